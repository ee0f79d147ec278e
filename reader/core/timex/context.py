"""The state the normalizers share while the tagger walks through one text.

``Context`` knows the text (original and lowercased), the mode, the document creation time and
the reference times that move as explicit dates go by (see ``resolve.py`` for which is used when).
It also answers small questions about the words around a match (tense cues, the previous word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.timex.lexicon import ENGLISH, Lexicon
from reader.core.timex.resolve import Ref
from reader.core.timex.tense import FUTURE, clause_tense

_WEEK = re.compile(r"-W\d")
_PREV_WORD = re.compile(r"([\w'$%.,:;]+)\s*$")
_SENTENCE_CUT = re.compile(r"[.!?;:\n]\s")


@dataclass(slots=True)
class Context:
    """Per-call tagging state (mutable, private to one ``tag()`` call)."""

    text: str
    low: str
    mode: str
    dct: Ref | None
    lex: Lexicon = ENGLISH
    anchor: Ref | None = None
    last_quarter: str | None = None
    quarter_pos: int = -(10**9)

    @property
    def narrative(self) -> bool:
        """True in narrative mode."""
        return self.mode == "narrative"

    def deictic(self) -> Ref | None:
        """What "today", "last week" and "Friday" are relative to."""
        if self.narrative:
            return self.anchor or self.dct
        return self.dct or self.anchor

    def anaphoric(self) -> Ref | None:
        """What "the following year" and "two years later" are relative to."""
        return self.anchor or self.dct

    def remember(self, value: str) -> None:
        """Move the anaphoric reference to a date the text has just talked about."""
        ref = Ref.parse(value.split("T", 1)[0])
        bare = value.lstrip("-")
        if ref is not None and len(bare) >= 4 and bare[4:5] in ("", "-", "T") and not _WEEK.search(value):
            old = self.anchor
            if old is not None and ref.month is None and old.year == ref.year and old.month is not None:
                return  # "1954" after "March 1954" keeps the finer anchor
            self.anchor = ref

    def before(self, pos: int, width: int = 60) -> str:
        """The lowercased text of the current sentence before ``pos`` (at most ``width`` chars)."""
        chunk = self.low[max(0, pos - width) : pos]
        last = None
        for last in _SENTENCE_CUT.finditer(chunk):  # noqa: B007 - we want the last one
            pass
        return " " + (chunk[last.end() :] if last else chunk)

    def after(self, pos: int, width: int = 30) -> str:
        """The lowercased text after ``pos`` (at most ``width`` chars)."""
        return self.low[pos : pos + width]

    def prev_word(self, pos: int) -> str:
        """The lowercased token right before ``pos`` ('' at the start)."""
        m = _PREV_WORD.search(self.low, max(0, pos - 24), pos)
        return m.group(1) if m else ""

    def tense(self, start: int, end: int | None = None) -> str | None:
        """The tense of the clause around text[start:end] (``tense.py``): "past", "present", "future" or None."""
        return clause_tense(self.text, self.low, start, start if end is None else end, self.lex)

    def future(self, start: int, end: int | None = None) -> bool:
        """Whether the clause around text[start:end] speaks about the future ("will", "plans to", "is to", ...)."""
        return self.tense(start, end) == FUTURE
