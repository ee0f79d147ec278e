"""Which time expressions are not events, and which words point at the time of writing.

- Durations never become entries: TIMEX3 types DURATION and SET, and adjectives the tagger may still
  type DATE ("a three-day visit", "a centuries-long relationship", "a 40-year-old man").
- Generic uses of deictic words never become entries: "today", "tomorrow", "yesterday" or "now" used
  as a noun after a possessive or determiner ("The Soviet Union's today is our tomorrow").
- Time-of-writing cues: words with no TIMEX that still place a clause at the document's own time.
  The list is short on purpose (precision over recall): "just <verb>ed" after "has/have", or with no
  auxiliary in the lede (not "had just", narrative past), "recently concluded", "currently", "at present",
  "these days", "nowadays", "so far this year". Cues inside quotation marks (dialogue, slogans) are
  ignored.
- Story time: "now" next to a past-tense auxiliary ("was now"), and in an undated document any deictic
  word inside a quotation, and a present word ("now", "at the moment", "nowadays") in a clause told in the
  past (``past_clause``, the tagger's clause tense), are the characters' present, not the writer's:
  dropped (see ``story_time``).
- Deictic expressions: the tagger's unresolved DCT-relative values (``XXXX-WXX``, ``PRESENT_REF``) are
  about the time of writing only if the words are deictic ("last week", "now", "three days ago"), not
  anaphoric ("the next day", which goes to the undated bin).
- Anaphora: "that year", "the same year", "that spring" point back at the nearest preceding date.
- Context modifiers: "c."/"circa"/"about"/"around", "before" and "after" just before an expression whose
  span leaves them out make it approximate or open-bounded (``context_mod``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.timex import Timex
from reader.core.timex.lexicon import ENGLISH
from reader.core.timex.tense import LEFT_CHARS, PAST, PLUPERFECT, RIGHT_CHARS, clause_tense

_DURATION_WORD = r"(?:second|minute|hour|day|night|week|month|year|decade|century|centuries|millennium|millennia)"
_DURATION_ADJ = re.compile(rf"\w-{_DURATION_WORD}s?\b|-(?:long|old)\b|\b{_DURATION_WORD}s?-long\b", re.IGNORECASE)
_DURATION_VALUE = re.compile(r"PT?[\dX]")  # P3D, PT2H, PXY (not PAST_REF, PRESENT_REF)
_DEICTIC_NOUN = re.compile(r"^(?:today|tomorrow|yesterday|now|tonight)$", re.IGNORECASE)
_DETERMINER = re.compile(r"(?:['’]s|\b(?:our|their|my|your|his|her|its|the|a|an|whose))\s+$", re.IGNORECASE)
_DEICTIC = re.compile(
    r"^(?!the\b)(?:.*\b(?:this|last|next|past|coming|ago|today|tonight|yesterday|tomorrow|now|currently"
    r"|recent|present|so far)\b)",
    re.IGNORECASE,
)
# WRITING_CUE and ANAPHORA run over ``folded(text)`` and start with a literal, not ``\b``: ``re`` then
# skips ahead by first character, several times faster on a 3 MB book; ``at_word()`` checks the start.
WRITING_CUE = re.compile(
    r"(?:just(?=\s+(?:been\s+)?[a-z]+ed\b)|recently\s+concluded|currently|at\s+present"
    r"|these\s+days|nowadays|so\s+far\s+this\s+year)\b"
)
ANAPHORA = re.compile(r"(?:that|the\s+same)\s+(?:year|decade|century|month|spring|summer|autumn|fall|winter)\b")
_QUOTES = re.compile(r"[\"“”]")
_NEWLINE = re.compile(r"\n")


_CONTEXT_MOD = re.compile(
    r"\b(?:(?P<approx>c\.|ca\.|circa|about|around|approximately|roughly)|(?P<before>before)|(?P<after>after))\s*$",
    re.IGNORECASE,
)


def context_mod(text: str, t: Timex) -> str | None:
    """The TIMEX3 modifier a word just before an unmodified expression implies: "c. 1650" -> APPROX,
    "before 1066" -> BEFORE, "after 1945" -> AFTER (for a tagger that leaves the word out of the span)."""
    if t.mod:
        return t.mod
    m = _CONTEXT_MOD.search(text, max(0, t.start - 16), t.start)
    if not m:
        return None
    return "APPROX" if m.group("approx") else "BEFORE" if m.group("before") else "AFTER"


def is_duration(t: Timex) -> bool:
    """True for durations and sets, however typed: they are never entries nor undated."""
    return t.type in ("DURATION", "SET") or bool(_DURATION_VALUE.match(t.value) or _DURATION_ADJ.search(t.text))


def is_generic(text: str, t: Timex) -> bool:
    """True for "today"/"tomorrow"/"now" used as a noun: "the Soviet Union's today is our tomorrow"."""
    if not _DEICTIC_NOUN.match(t.text.strip()):
        return False
    return bool(_DETERMINER.search(text, max(0, t.start - 12), t.start))


def is_deictic(expression: str) -> bool:
    """True when the words point at the time of writing ("last week", "now"), not at a narrative time."""
    return bool(_DEICTIC.match(expression.strip()))


_PAST_AROUND = re.compile(r"\b(?:was|were|had|did|could|would)\b", re.IGNORECASE)
_PRESENT_AROUND = re.compile(
    r"\b(?:is|are|am|has|have|do|does|will|can|may|must)\b|['’](?:re|ve|ll|m)\b", re.IGNORECASE
)
LEDE = 2000  # characters: a bare "just concluded" counts only in a document's opening (a news lede)


def story_time(text: str, t: Timex, quotes: Quotes, *, dated: bool) -> bool:
    """True for a deictic word that refers to the story's time, not the writer's.

    "now" next to a past-tense auxiliary ("Pierre was now sure") is the narrative present. In a document
    without a date (a book), "now" is the writer's present only next to a present-tense auxiliary
    ("Beijing and Moscow are now rivals"), and any deictic word next to a past-tense auxiliary ("he was
    worse today") or inside a quotation ("I am leaving now," he said) is the characters' present. In a
    dated document (news) quotes and "today was" are the report's present.
    """
    a, b = max(0, t.start - 24), min(len(text), t.end + 16)
    now = t.text.strip().lower() == "now"
    if now and (_PAST_AROUND.search(text, a, b) or (not dated and not _PRESENT_AROUND.search(text, a, b))):
        return True
    if dated:
        return False
    if _PAST_AROUND.search(text, a, b) or quotes.inside(t.start):
        return True
    # "now", "at the moment" in a clause told in the past; not "last week", which news tells in the past
    return t.value == "PRESENT_REF" and past_clause(text, t.start, t.end)


def described_just(low: str, start: int) -> bool:
    """Whether a "just" cue at ``start`` describes someone in a relative clause, a comparison or the first person
    ("a surgeon who has just performed", "as girls look at the boy they ... have just kissed", "I have just
    returned", a character's letter): in a book, that is a character's or a picture's time, not the writer's."""
    return _DESCRIBED.search(low, max(0, start - 100), start) is not None


_DESCRIBED = re.compile(r"\b(?:who|whom|which|as|i)\b[^.;:!?\n]{0,80}$")


def past_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] is told in the past ("such youth was rare nowadays", "Pierre
    was glad at the moment"): in a book, that is the story's time, not the writer's."""
    a, b = max(0, start - LEFT_CHARS), min(len(text), end + RIGHT_CHARS)
    window = text[a:b]
    return clause_tense(window, folded(window), start - a, end - a, ENGLISH) in (PAST, PLUPERFECT)


class Quotes:
    """Where quotations are: quote marks and newlines indexed once, so each lookup is two bisects."""

    def __init__(self, text: str) -> None:
        self._marks = [m.start() for m in _QUOTES.finditer(text)]
        self._newlines = [m.start() for m in _NEWLINE.finditer(text)]

    def inside(self, pos: int) -> bool:
        """True when ``pos`` lies inside a quotation in its paragraph (an odd number of quote marks before)."""
        k = bisect_left(self._newlines, pos)
        para = self._newlines[k - 1] + 1 if k else 0
        return (bisect_left(self._marks, pos) - bisect_left(self._marks, para)) % 2 == 1


def writing_cues(low: str, quotes: Quotes) -> list[tuple[int, int]]:
    """Spans of time-of-writing cue words outside quotations, in text order (``low`` is ``folded(text)``).

    "just" + a past participle counts after "has/have" anywhere, with no auxiliary only in the lede
    (the first ``LEDE`` characters), and never after "had" ("had only just returned": narrative past).
    """
    out = []
    for m in WRITING_CUE.finditer(low):
        i = m.start()
        if not at_word(low, i) or quotes.inside(i):
            continue
        if low.startswith("just", i):
            aux = _AUX_BEFORE.search(low, max(0, i - 16), i)
            if (aux and aux.group(1) == "had") or (not aux and i > LEDE):
                continue
            if aux and low.endswith("to ", 0, aux.start()):
                continue  # "to have just effected": an infinitive, no time of its own
        out.append((i, m.end()))
    return out


_AUX_BEFORE = re.compile(r"\b(has|have|had|'s|’s|'ve|’ve)\s+(?:only\s+|also\s+)?$")


def at_word(low: str, i: int) -> bool:
    """True when offset ``i`` starts a word."""
    return i == 0 or not low[i - 1].isalnum()


def folded(text: str) -> str:
    """``text`` in lowercase with the same length, so that offsets into it index ``text`` too."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" lowercases to two chars


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` as a trie ("d(?:eath|ied)"): much faster in ``re`` than a flat list."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(root)


# A back-matter heading: a line of its own naming a list of references. Content notes ("Notes",
# "Footnotes") are not in the list: they often tell the story's own dates ("France followed 6 hours later").
_REFERENCES = re.compile(
    r"^[ \t]*(?:references|bibliography|select bibliography|works cited|sources|further reading|"
    r"external links|citations|literature cited|reference list)[ \t]*:?[ \t]*\r?$",
    re.IGNORECASE | re.MULTILINE,
)
BACK_MATTER_FROM = 0.35  # a references heading counts only past this share of the text (not in a contents list)


def back_matter(text: str) -> int:
    """Where a document's reference list begins ("References", "Bibliography", ...), or len(text).

    Time expressions from there on are dates of books and web pages ("Paine, Sarah (2012)",
    "Retrieved 7 April 2026"), not of the text's story; the timeline leaves them out.
    """
    m = _REFERENCES.search(text, int(len(text) * BACK_MATTER_FROM))
    return m.start() if m else len(text)
