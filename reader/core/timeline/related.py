"""Related passages of an entry, with their strength; everything is found in time linear in the text.

- MENTION: the sentences holding the entry's mentions.
- CONTINUATION: the sentences that follow a mention in the same paragraph, up to ``CONTINUATION_LIMIT``,
  stopping at the first sentence that carries a time expression of its own (a new date).
- COREFERENCE: undated sentences that name the same event: an event word near the date ("his death in
  1953", "the Battle of Midway (1942)") and the same event word in a later or earlier sentence whose own
  phrase names the same ("after the death of Stalin", "the Midway battle"), within ``COREF_WINDOW``
  sentences; and "that year"/"the same year" anaphora, linked to the nearest preceding dated mention.
- SAME_TIME: the mention sentences of other entries with the same period (nearest ``SAME_TIME_LIMIT``).

Sentences are looked up with bisect over boundaries computed once (``Sentences``); event words are
indexed in one pass over the text, so no entry ever scans the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache

from reader.core.timeline.cues import alternation
from reader.core.timeline.model import STRENGTHS, Passage
from reader.core.timeline.sentences import Sentences

CONTINUATION_LIMIT = 3
COREF_WINDOW = 300  # sentences either side of a mention searched for a coreference
COREF_SCAN = 64  # candidate sentences looked at per event word and mention, nearest first
COREF_LIMIT = 10  # coreference passages per mention
COREF_ROWS = 8  # mentions of one entry whose neighbourhoods are searched
SAME_TIME_LIMIT = 20
_NEAR = 60  # characters either side of a date searched for its event word

_EVENT_WORDS = {
    "death": "death deaths died dies",
    "war": "war wars",
    "split": "split",
    "treaty": "treaty treaties",
    "visit": "visit visits visited",
    "founding": "founding founded foundation",
    "invasion": "invasion invaded invade",
    "revolution": "revolution revolutions",
    "conference": "conference conferences",
    "summit": "summit summits",
    "election": "election elections elected",
    "crisis": "crisis crises",
    "agreement": "agreement agreements accord",
    "alliance": "alliance alliances",
    "occupation": "occupation occupied",
    "battle": "battle battles",
    "coup": "coup coups",
    "independence": "independence",
    "assassination": "assassination assassinated",
    "collapse": "collapse collapsed",
    "birth": "birth born",
    "marriage": "marriage married wedding",
    "speech": "speech",
    "attack": "attack attacks attacked",
    "uprising": "uprising uprisings rebellion",
    "famine": "famine",
    "conflict": "conflict conflicts",
    "ceasefire": "ceasefire armistice truce",
    "coronation": "coronation crowned",
    "abdication": "abdication abdicated",
}
EVENT_LEMMA = {w: lemma for lemma, words in _EVENT_WORDS.items() for w in words.split()}
_EVENT = re.compile(r"\b" + alternation(sorted(EVENT_LEMMA)) + r"\b")  # over folded (lowercase) text
_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_a-z][^\W\d_]*")  # words not starting with an ASCII lowercase letter
_DETERMINED = re.compile(
    r"\b(?:the|his|her|their|its|this|that|our|[A-Z][a-z]+['’]s)\s+(?:[a-z]+(?:-[a-z]+)*\s+)?$", re.IGNORECASE
)
_NAME_REACH = 25
_NAME_WORD = r"[A-Z][^\W\d_]*(?:[-–][^\W\d_]+)*"  # "Sino-Japanese", "Polish–Soviet"
_NAME_BEFORE = re.compile(rf"\b({_NAME_WORD})(['’]s?)?\s+\Z")  # "the Korean War", "Stalin's death"
_NAMES_AFTER = re.compile(  # "the death of Stalin", "the Battle of Pork Chop Hill", "the war with Japan"
    rf"\s+(?:of|with|against|in|at|on|over|for|between|to)\s+(?:the\s+)?({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|\d+\b))*)"
)
_FRAME = re.compile(r"\b(?:during|throughout|within)\s+(?:the\s+)?(?:[a-z]+\s+)?\Z")
_ATTACHED = re.compile(r"[\s(,]{0,3}")  # the date right after the event word: "the Korean War (1950-53)"
_POSSESSIVE = re.compile(r"\b(?:his|her|its|their)\s+\Z")  # whose: the dated sentence says
# Event words that are verbs. A name before one of _DONE_TO is the one it happened to ("Stalin died",
# "the republic was founded"), before one of _DONE_BY the one who did it, and a name after it the one it
# was done to ("Japan invaded Manchuria": the invasion of Manchuria, Japan's or the Japanese invasion).
_DONE_TO = frozenset(
    ("died", "dies", "born", "elected", "married", "crowned", "abdicated", "assassinated", "founded", "collapsed")
)
_DONE_BY = frozenset(("invaded", "invade", "occupied", "visited", "attacked"))
_OBJECT = re.compile(  # "invaded Manchuria in 1931", not "invaded the Italian mainland"
    rf"\s+(?:the\s+)?({_NAME_WORD}(?:\s+{_NAME_WORD})*)\b"
    r"(?!\s+(?!(?:and|or|but|in|on|at|to|from|by|with|for|of|after|before|during|until|when|while|which|who)\b)[a-z])"
)
Unit = tuple[str, ...]  # a name as its words: ("Pork", "Chop", "Hill")
# An event word near a date: its lemma, the owners and adjectives of its phrase (``event_names``) and, when
# it has none ("Josef Stalin, who led the Soviet Union until his death in 1953"), the names around it.
Event = tuple[str, frozenset[Unit], frozenset[Unit], frozenset[str]]
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "But",
        "And",
        "Or",
        "When",
        "While",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Our",
        "Its",
        "After",
        "Before",
        "During",
        "Since",
        "Until",
        "Then",
        "There",
        "Here",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "If",
        "As",
        "So",
        "Yet",
        "Not",
        "No",
        "Yes",
        "What",
        "Who",
        "Which",
        "Where",
        "Why",
        "How",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)


def names(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """Capitalized names ("Stalin", "MacArthur", "Natásha") in ``text[start:end]`` widened to whole words,
    minus function words, months, weekdays and event words: "the Korean War" and "the First Sino-Japanese
    War" share "War" but not a name."""
    end = len(text) if end is None else end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return frozenset(w for w in _WORD.findall(text, start, end) if _is_name(w))


def event_words_near(
    text: str, low: str, start: int, end: int, lo: int, hi: int, dates: Sequence[tuple[int, int]] = ()
) -> tuple[frozenset[str], frozenset[Event]]:
    """The lemmas of the event words within ``_NEAR`` characters of ``text[start:end]``, inside ``[lo, hi)``,
    and those of them that can say which event the date is of (see ``Event``). Not those: a frame ("during
    the Korean War on 20 October 1950"); a determined noun without a name ("the war began on 25 June 1950":
    which war, only its own name could say); an event whose phrase is nearer another of the sorted ``dates``
    ("the invasion of China (1937) and the Battle of Midway (1942)": Midway is 1942's)."""
    a, b = max(lo, start - _NEAR), min(hi, end + _NEAR)
    lemmas: set[str] = set()
    out: set[Event] = set()
    for m in _EVENT.finditer(low, a, b):
        lemmas.add(EVENT_LEMMA[m.group()])
        if _FRAME.search(low, max(0, m.start() - 30), m.start()) and not (
            m.end() <= start and _ATTACHED.fullmatch(low, m.end(), start)
        ):
            continue
        owners, adjectives, (p0, p1) = event_names(text, m.start(), m.end())
        if _nearer_another(dates, start, end, p0, p1):
            continue
        lemma = EVENT_LEMMA[m.group()]
        if owners or adjectives:
            out.add((lemma, owners, adjectives, frozenset()))
        elif m.group() in _DONE_TO or _POSSESSIVE.search(low, max(0, m.start() - 8), m.start()):
            around = names(text, max(lo, m.start() - _NEAR), min(hi, m.end() + _NEAR))
            out.add((lemma, owners, adjectives, around))
    return frozenset(lemmas), frozenset(out)


def _nearer_another(dates: Sequence[tuple[int, int]], start: int, end: int, p0: int, p1: int) -> bool:
    """Whether the phrase ``[p0, p1)`` is nearer another of the sorted ``dates`` than ``[start, end)``."""

    def gap(a: int, b: int) -> int:
        return max(a - p1, p0 - b, 0)

    mine = gap(start, end)
    k = bisect_left(dates, (p0,))
    return any(gap(*dates[j]) < mine for j in (k - 1, k) if 0 <= j < len(dates) and dates[j] != (start, end))


def event_names(text: str, start: int, end: int) -> tuple[frozenset[Unit], frozenset[Unit], tuple[int, int]]:
    """The names that the event word ``text[start:end]`` carries in its own phrase, each as a tuple of words:
    its owners, whom it happened to or what it was about ("Stalin's death", "Stalin died", "the death of
    Stalin", "the Battle of Pork Chop Hill", "his visit to Moscow", "invaded Manchuria"), and its adjectives
    ("the Korean War", "the Japanese invasion", "Japan invaded"); and the phrase's bounds."""
    owners: set[Unit] = set()
    adjectives: set[Unit] = set()
    p0, p1 = start, end
    word = text[start:end].lower()
    before = _NAME_BEFORE.search(text, max(0, start - _NAME_REACH), start)
    if before and _is_name(before.group(1)):
        (owners if before.group(2) or word in _DONE_TO else adjectives).add((before.group(1),))
        p0 = before.start()
    after = (_OBJECT if word in _DONE_BY else _NAMES_AFTER).match(text, end)
    if after and _is_name(after.group(1).split()[0]):
        owners.add(tuple(after.group(1).split()))
        p1 = after.end()
    return frozenset(owners), frozenset(adjectives), (p0, p1)


def _is_name(word: str) -> bool:
    return (
        len(word) > 1
        and word[0].isupper()
        and word[1].islower()
        and word not in _NOT_NAMES
        and word.lower() not in EVENT_LEMMA
    )


def same_name(u: Unit, v: Unit) -> bool:
    """Whether two names are one: the shorter ends or begins the longer ("Stalin" and "Josef Stalin",
    "Shevárdino" and "Shevárdino Redoubt"); "Hill 312" and "Pork Chop Hill" are not one."""
    n = min(len(u), len(v))
    return n > 0 and (u[-n:] == v[-n:] or u[:n] == v[:n])


@lru_cache(maxsize=64)
def _event_pattern(lemmas: frozenset[str]) -> re.Pattern[str]:
    """The event words of ``lemmas`` only: one pass over the text looks for what some entry needs."""
    words = sorted(w for w, lemma in EVENT_LEMMA.items() if lemma in lemmas)
    return re.compile(r"\b" + alternation(words) + r"\b")


class EventIndex:
    """Event words of sentences without time expressions, by lemma, in text order, with their names.

    Only the lemmas some entry carries are looked for (``lemmas``). Only determined uses count ("the death",
    "his visit", "the civil war"), not bare ones ("devastated by war"), and only those whose own phrase names
    something (``event_names``: "the death of Stalin", "the Punic wars"): "In North Korea, the war is called"
    names no war, and "the Korean War" is not the "First Sino-Japanese War" of a sentence about Korea.
    """

    def __init__(self, text: str, low: str, sents: Sentences, dated: set[int], lemmas: frozenset[str]) -> None:
        self._by_lemma: dict[str, list[tuple[int, frozenset[Unit], frozenset[Unit]]]] = {}  # row, names
        if not lemmas:
            return
        for m in _event_pattern(lemmas).finditer(low):
            a, b = m.span()
            i = sents.index(a)
            if i in dated or not _DETERMINED.search(text, max(0, a - 24), a):
                continue
            owners, adjectives, _ = event_names(text, a, b)
            if owners or adjectives:
                self._by_lemma.setdefault(EVENT_LEMMA[m.group()], []).append((i, owners, adjectives))

    def coreferent(self, events: Iterable[Event], around: int) -> list[int]:
        """Undated sentences near sentence ``around`` with an event word of ``events`` that names the same.

        A dated event word with a name of its own ("Stalin died in 1953", "the Korean War (1950-53)") needs a
        coreferent with that name (``same_name``: "after the death of Stalin", "the Korean War"); one without
        ("his death in 1953") a coreferent whose owner is among the names around it. Looks at most
        ``COREF_SCAN`` candidates per lemma, nearest first, and returns at most ``COREF_LIMIT`` sentences, so
        a text full of "the war" costs no more than a plain one.
        """
        wanted: dict[str, list[Event]] = {}
        for event in events:
            wanted.setdefault(event[0], []).append(event)
        out: list[int] = []
        for lemma, mine in wanted.items():
            rows = self._by_lemma.get(lemma, [])
            k = bisect_left(rows, (around,))
            lo = max(bisect_left(rows, (around - COREF_WINDOW,)), k - COREF_SCAN // 2)
            hi = min(bisect_left(rows, (around + COREF_WINDOW + 1,)), k + COREF_SCAN // 2)
            for i, owners, adjectives in rows[lo:hi]:
                if i not in out and any(_same_event(event, owners, adjectives) for event in mine):
                    out.append(i)
                    if len(out) >= COREF_LIMIT:
                        return out
        return out


def _same_event(event: Event, owners: frozenset[Unit], adjectives: frozenset[Unit]) -> bool:
    """Whether a dated event word and an undated one with these names name the same event: owners, if both
    have some, must agree ("the Japanese invasion of China" is not "the Japanese invasion of Manchuria"),
    else any name ("the Battle of Midway", "the Midway battle"); a dated word without names needs an owner
    among the names around it ("his death in 1953": "the death of Stalin")."""
    _, my_owners, my_adjectives, near = event
    if my_owners and owners:
        return any(same_name(u, v) for u in my_owners for v in owners)
    if my_owners or my_adjectives:
        return any(same_name(u, v) for u in my_owners | my_adjectives for v in owners | adjectives)
    return any(all(w in near for w in owner if not w.isdigit()) for owner in owners)


def continuation(sents: Sentences, i: int, stops: set[int]) -> list[int]:
    """The sentences after sentence ``i`` in its paragraph that carry its time (no date of their own)."""
    out: list[int] = []
    para = sents.paragraphs[i]
    j = i + 1
    while j < len(sents) and len(out) < CONTINUATION_LIMIT and sents.paragraphs[j] == para and j not in stops:
        out.append(j)
        j += 1
    return out


def nearest(rows: list[int], around: int, limit: int) -> list[int]:
    """Up to ``limit`` values of the sorted ``rows`` closest to ``around``."""
    k = bisect_left(rows, around)
    lo, hi = max(0, k - limit), min(len(rows), k + limit)
    return sorted(sorted(rows[lo:hi], key=lambda r: abs(r - around))[:limit])


def assemble(sents: Sentences, strengths: dict[int, str]) -> tuple[Passage, ...]:
    """Passages in text order, one per sentence, each with its strongest strength."""
    return tuple(Passage(*sents.bounds(i), strengths[i]) for i in sorted(strengths))


def add(strengths: dict[int, str], rows: Iterable[int], strength: str) -> None:
    """Record ``strength`` for ``rows`` unless a stronger one is already there."""
    rank = STRENGTHS.index(strength)
    for i in rows:
        old = strengths.get(i)
        if old is None or STRENGTHS.index(old) > rank:
            strengths[i] = strength
