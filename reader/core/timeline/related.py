"""Related passages of an entry, with their strength; everything is found in time linear in the text.

- MENTION: the sentences holding the entry's mentions.
- CONTINUATION: the sentences that follow a mention in the same paragraph, up to ``CONTINUATION_LIMIT``,
  stopping at the first sentence that carries a time expression of its own (a new date).
- COREFERENCE: undated sentences that name the same event: an event word near the date ("his death in
  1953": death) and a shared capitalized name from the dated sentence (Stalin) in a later or earlier
  sentence with the same event word ("after the death of Stalin"), within ``COREF_WINDOW`` sentences;
  and "that year"/"the same year" anaphora, linked to the nearest preceding dated mention.
- SAME_TIME: the mention sentences of other entries with the same period (nearest ``SAME_TIME_LIMIT``).

Sentences are looked up with bisect over boundaries computed once (``Sentences``); event words are
indexed in one pass over the text, so no entry ever scans the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
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
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*")
_DETERMINED = re.compile(r"\b(?:the|his|her|their|its|this|that|our|[A-Z][a-z]+['’]s)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_NAME_REACH = 25
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


def names(sentence: str) -> frozenset[str]:
    """Capitalized names of a sentence, minus function words, months and weekdays."""
    return frozenset(w for w in _NAME.findall(sentence) if w not in _NOT_NAMES)


def event_words_near(low: str, start: int, end: int, lo: int, hi: int) -> frozenset[str]:
    """Lemmas of event words within ``_NEAR`` characters of ``low[start:end]``, inside ``[lo, hi)``."""
    a, b = max(lo, start - _NEAR), min(hi, end + _NEAR)
    return frozenset(EVENT_LEMMA[m.group()] for m in _EVENT.finditer(low, a, b))


@lru_cache(maxsize=64)
def _event_pattern(lemmas: frozenset[str]) -> re.Pattern[str]:
    """The event words of ``lemmas`` only: one pass over the text looks for what some entry needs."""
    words = sorted(w for w, lemma in EVENT_LEMMA.items() if lemma in lemmas)
    return re.compile(r"\b" + alternation(words) + r"\b")


class EventIndex:
    """Event words of sentences without time expressions, by lemma, in text order.

    Only the lemmas some entry carries are looked for (``lemmas``).
    Only determined uses count ("the death", "his visit", "the civil war"), not bare ones
    ("devastated by war"), and a coreference also needs a name within ``_NAME_REACH`` characters of
    the word ("the death of Stalin").
    """

    def __init__(self, text: str, low: str, sents: Sentences, dated: set[int], lemmas: frozenset[str]) -> None:
        self._text = text
        self._sents = sents
        self._by_lemma: dict[str, list[tuple[int, int, int]]] = {}
        if not lemmas:
            return
        for m in _event_pattern(lemmas).finditer(low):
            i = sents.index(m.start())
            if i in dated or not _DETERMINED.search(text, max(0, m.start() - 24), m.start()):
                continue
            self._by_lemma.setdefault(EVENT_LEMMA[m.group()], []).append((i, m.start(), m.end()))

    def coreferent(self, lemmas: Iterable[str], who: frozenset[str], around: int) -> list[int]:
        """Undated sentences near sentence ``around`` with a lemma and a shared name.

        Looks at most ``COREF_SCAN`` candidates per lemma, nearest first, and returns at most
        ``COREF_LIMIT`` sentences, so a text full of "the war" costs no more than a plain one.
        """
        if not who:
            return []
        out: list[int] = []
        for lemma in lemmas:
            rows = self._by_lemma.get(lemma, [])
            k = bisect_left(rows, (around,))
            lo = max(bisect_left(rows, (around - COREF_WINDOW,)), k - COREF_SCAN // 2)
            hi = min(bisect_left(rows, (around + COREF_WINDOW + 1,)), k + COREF_SCAN // 2)
            for i, a, b in rows[lo:hi]:
                s0, s1 = self._sents.bounds(i)
                near = self._text[max(s0, a - _NAME_REACH) : min(s1, b + _NAME_REACH)]
                if names(near) & who:
                    out.append(i)
                    if len(out) >= COREF_LIMIT:
                        return out
        return out


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
