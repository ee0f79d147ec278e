"""The state the normalizers share while the tagger walks through one text.

``Context`` knows the text (original and lowercased), the mode, the document creation time and
the reference times that move as explicit dates go by (see ``resolve.py`` for which is used when).
It also answers small questions about the words around a match (tense cues, the previous word).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from reader.core.timex.lexicon import ENGLISH, Lexicon
from reader.core.timex.resolve import Ref
from reader.core.timex.tense import FUTURE, PRESENT, SCHEDULE, clause_tense

_WEEK = re.compile(r"(\d{4})-W(\d{2})")  # a week of a year, "1945-W17" (not "1945-W17-WE")
_WEEK_PART = re.compile(r"-W\d")  # any week ("1998-W33-WE"), not a winter ("1740-WI")
_PERIOD = re.compile(r"-?\d{2,3}")  # a century ("19", "-05") or a decade ("199")


def period_size(value: str) -> int | None:
    """The years a TIMEX3 value spans if it is a century (100: "19", "-05") or a decade (10: "199"), else None."""
    if not _PERIOD.fullmatch(value):
        return None
    return 100 if len(value.lstrip("-")) == 2 else 10


def _in_period(year: int, period: str, size: int) -> bool:
    """Whether ``year`` lies in the century or decade ``period`` (of ``size`` years, see ``period_size``)."""
    n = int(period)
    first = n * size if n >= 0 else n * size - size + 1
    return first <= year < first + size


DAY_REACH = 2000  # characters: how far back a named day still anchors "the next day" under a bare year
# ... and how many years that bare year may lie after the day: a citation's year ("(1953)") is a few years on,
# a new story's year ("=== 1923 ===" after "born on May 18, 1822") a lifetime.
DAY_YEARS = 10
ROW_CHARS = 1000  # a table row (``in_table``) is shorter than this
# A chronology (``Context.list_era``): its rows, its era lines, and what may lie between two rows
_LIST_ROW = re.compile(r"[ \t]*(\d{1,4})(?:-\d{1,4})?\.(?:[ \t]|\r?$)")
_ERA_LINE = re.compile(r"[ \t]*(b\.\s?c\.|a\.\s?d\.)(?:[ \t]*(?:\||\r?$)|[ \t]+[a-z])")
_LIST_TEXT_LINES = 4  # lines of an entry's text under its row
_LIST_GAP_LINES = 4  # blank or page-number lines between two rows
_PREV_WORD = re.compile(r"([\w'$%.,:;]+)\s*$")
_NEXT_WORD = re.compile(r"\s{1,3}([a-z]+)")
_SENTENCE_CUT = re.compile(r"[.!?;:\n]\s")


def hard_break(low: str, q: int) -> bool:
    """Whether no date runs over the line break at ``q``: a blank line or a table row follows.

    "... Death of Zygmunt II August" ends a timeline's row and "1573 | January 28 | ..." starts the next: not
    "August 1573". A line break inside a paragraph (hard-wrapped text) can still be inside a date.
    """
    line_end = low.find("\n", q + 1, q + 1 + ROW_CHARS)
    line = low[q + 1 : line_end if line_end >= 0 else q + 1 + ROW_CHARS]
    return not line.strip() or " | " in line


_WRAPPED_LINE = 120  # characters: a longer line is a paragraph of its own, not a line of wrapped text
_CURLY_QUOTE = re.compile("[“”]")


def _paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends (at most 3000 characters on): at the end of its line when the
    line is longer than a wrapped line (a paragraph per line), else at a blank line."""
    hi = min(len(text), pos + 3000)
    line_end = text.find("\n", pos, hi)
    if line_end >= 0 and line_end - text.rfind("\n", 0, pos) > _WRAPPED_LINE:
        return line_end
    blank = text.find("\n\n", pos, hi)
    return hi if blank < 0 else blank


def quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation of its paragraph (curly quotes, or an odd number of straight ones).

    A paragraph starts after a blank line, or after the line break before ``pos`` when its line is longer than
    a wrapped line (a loaded book keeps one paragraph per line). Straight quotes are counted only from a
    paragraph's start: counted from an arbitrary point 3000 characters back, half the dates after a long
    quotation read as inside one (Morris's "made in 1602" after a traveller's quoted words). A paragraph
    without an opening quote before ``pos`` that closes one after it ends a speech of several paragraphs ("It
    is the _lutte finale._ ... We will complete the work scarcely begun in March ....”": Trotsky speaking)."""
    lo = max(0, pos - 3000)
    start = text.rfind("\n\n", lo, pos)
    line = text.rfind("\n", lo, pos)
    if line > start:
        stop = max(pos, line + _WRAPPED_LINE + 1)  # look no further than a wrapped line's length
        line_end = text.find("\n", pos, stop)
        if (min(len(text), stop) if line_end < 0 else line_end) - line > _WRAPPED_LINE:
            start = line
    opening, closing = text.rfind("“", max(start, lo), pos), text.rfind("”", max(start, lo), pos)
    if opening >= 0 or closing >= 0:
        return opening > closing
    if (after := _CURLY_QUOTE.search(text, pos, _paragraph_end(text, pos))) is not None:
        return after.group() == "”"  # the last paragraph of a speech: its quote opened paragraphs before
    if start < 0 and lo > 0:
        return False  # no paragraph start in reach: straight quotes cannot be paired
    return text.count('"', max(start, 0), pos) % 2 == 1


@dataclass(slots=True)
class Context:
    """Per-call tagging state (mutable, private to one ``tag()`` call)."""

    text: str
    low: str
    mode: str
    dct: Ref | None
    lex: Lexicon = ENGLISH
    anchor: Ref | None = None
    anchor_pos: int = -(10**9)  # where the text named the story's time last
    span_end: Ref | None = None  # the far end of the span the story's time begins ("from 1939 to 1945")
    day_anchor: Ref | None = None  # the last day the text named, and where
    day_anchor_pos: int = -(10**9)
    month_anchor: Ref | None = None  # the last month the text named (or day), and where
    month_anchor_pos: int = -(10**9)
    # a decade or century the story moved to, away from its last year ("the 1990s", "the fifteenth century"), and
    # where: what "a decade later", "two centuries later" count from (``relative.norm_ago``)
    period: str | None = None
    period_pos: int = -(10**9)
    winter: bool = False  # the story's time is a winter ("In the winter of 1942"): its January is the next year's
    # the last decade and century the text named, and where, by their size (10, 100): what "that decade" and "the
    # same century" mean when named after the story's year
    named_period: dict[int, tuple[str, int]] = field(default_factory=dict)
    aside: Ref | None = None  # a date that did not move the story's time ("had been created in 4004 B.C.") ...
    aside_end: int = -1  # ... which "that year" still means until the end of its sentence
    year_restated: bool = False  # the story's year was just written again ("In 1811 there was ...")
    last_quarter: str | None = None
    quarter_pos: int = -(10**9)
    asides: tuple[tuple[int, int], ...] = ()  # sorted spans beside the narration (captions): see ``in_aside``
    headers: dict[int, str] = field(default_factory=dict)  # ``table_header``'s answers by row start
    eras: dict[int, str] = field(default_factory=dict)  # ``list_era``'s answers by row start
    surnames: set[str] = field(default_factory=set)  # month words seen as a surname ("Theresa May"): ``filters``

    @property
    def narrative(self) -> bool:
        """True in narrative mode."""
        return self.mode == "narrative"

    def deictic(self, day_at: int | None = None, ahead: bool = False) -> Ref | None:
        """What "today", "last week" and "Friday" are relative to (``day_at``, ``ahead``: see ``anaphoric``).

        In a story, the story's time; but a dated article ("Document date: 24 July 2015") whose story time names
        no day counts "on Sunday" from the day it was written, as its reader does.
        """
        if self.narrative:
            ref = self.story(day_at, ahead)
            if (
                day_at is not None
                and self.dct is not None
                and self.dct.date is not None
                and (ref is None or ref.date is None)
            ):
                return self.dct
            return ref or self.dct
        return self.dct or self.story(day_at, ahead)

    def anaphoric(
        self, day_at: int | None = None, ahead: bool = False, at: int | None = None, month_at: int | None = None
    ) -> Ref | None:
        """What "the following year" and "two years later" are relative to.

        ``day_at`` is the position of an expression counted in days ("the next day", "two days later"): when
        the story's time is a bare year, the day the text named shortly before is the better reference.
        "On 16 December 1950, Truman declared an emergency (3 C.F.R. 99 (1953)). The next day, ..." is
        17 December 1950, not 1953. ``ahead`` is for an expression that counts forward ("the following year",
        "two years later"): after a span, it counts from the span's end ("The war lasted from 1939 to 1945.
        The following year" is 1946). ``at`` is the position of a "that year" or "the same year": in the
        sentence of a look back, it means the look back's year ("created in 4004 B.C., ... in the spring or
        autumn of that year"). ``month_at`` is ``day_at`` for an expression counted in months ("one month
        later"): after a bare earlier year, the month named shortly before ("In January 1948 ... documents
        titled Nazi–Soviet Relations, 1939–1941. One month later" is February 1948; but "On 1 July 1916 ...
        In early 1917 ... two months later" stays in 1917).
        """
        if at is not None and self.aside is not None and at < self.aside_end:
            return self.aside
        return self.story(day_at, ahead, month_at) or self.dct

    def story(self, day_at: int | None = None, ahead: bool = False, month_at: int | None = None) -> Ref | None:
        """The story's time, or the day named shortly before ``day_at`` (the month before ``month_at``) when
        the story's time is a bare year (in news, none: the DCT is then the reference), or (``ahead``) the end
        of the span it begins."""
        ref = self.anchor
        if (
            month_at is not None
            and ref is not None
            and ref.month is None
            and self.month_anchor is not None
            and self.month_anchor.year > ref.year
            and month_at - self.month_anchor_pos < DAY_REACH
        ):
            return self.month_anchor
        if ahead and self.span_end is not None and day_at is None:
            return self.span_end  # counted in days or weeks, "a week later" stays near the span's start
        if day_at is None or ref is None or ref.month is not None:
            return ref
        if (
            self.day_anchor is not None
            and day_at - self.day_anchor_pos < DAY_REACH
            and 0 <= ref.year - self.day_anchor.year <= DAY_YEARS
        ):
            return self.day_anchor
        if self.narrative or self.dct is None or ref.year != self.dct.year:
            return ref  # news: "was in 1979. An election followed five weeks later" is in 1979
        return None  # news: the DCT knows the day; "this year" does not

    def remember(self, value: str, pos: int = 0, relative: bool = False, setting: bool = False) -> None:
        """Move the anaphoric reference to a date the text has just talked about (at ``pos``). A week named
        with its month or year moves it to that month; one counted from the story's time ("the next week",
        ``relative``) does not, as the story's day would be lost for a coarser time. A decade or a century
        away from the story's year becomes the story's period when it is the ``setting`` of its clause ("In
        the tenth century the Turks ..."); one that holds the story's year ends the period."""
        if (week := _WEEK.fullmatch(value)) is not None and not relative:  # "the last week of April 1945"
            try:
                thursday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
            except ValueError:
                return
            value = f"{thursday.year:04d}-{thursday.month:02d}"
        elif _WEEK_PART.search(value):
            return  # a week counted from the story, a weekend ("1998-W33-WE")
        if (size := period_size(value)) is not None:
            if self.anchor is not None and _in_period(self.anchor.year, value, size):
                self.period = None  # "In 750 ... the eighth century": the story is back at its year
            elif setting:
                self.period, self.period_pos = value, pos  # "In 1953 ... The 1990s saw": the story left 1953
            return
        ref = Ref.parse(value.split("T", 1)[0])
        bare = value.lstrip("-")
        if ref is not None and len(bare) >= 4 and bare[4:5] in ("", "-", "T"):
            self.period = None
            if ref.day is not None:
                self.day_anchor, self.day_anchor_pos = ref, pos
            if ref.month is not None:
                self.month_anchor, self.month_anchor_pos = ref, pos
            self.span_end = None
            self.anchor_pos = pos
            self.winter = value.endswith("-WI")
            old = self.anchor
            if old is not None and ref.month is None and old.year == ref.year and old.month is not None:
                self.year_restated = True  # its months are in that year, not the nearest one to the finer anchor
                return  # "1954" after "March 1954" keeps the finer anchor
            self.year_restated = False
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
        """The lowercased token right before ``pos`` ('' at the start, or after a ``hard_break``)."""
        start = max(0, pos - 24)
        q = self.low.rfind("\n", start, pos)
        if q >= 0 and hard_break(self.low, q):
            start = q + 1  # a table row's first cell: "... imperial train\n1916 | ..." is no train's number
        m = _PREV_WORD.search(self.low, start, pos)
        return m.group(1) if m else ""

    def next_word(self, pos: int) -> str:
        """The lowercased word right after ``pos`` ('' at the end or before punctuation)."""
        m = _NEXT_WORD.match(self.low, pos)
        return m.group(1) if m else ""

    def in_aside(self, pos: int) -> bool:
        """Whether ``pos`` is inside one of the text's asides (spans given to ``tag``)."""
        if not self.asides:
            return False
        i = bisect_right(self.asides, (pos, 1 << 62)) - 1
        return i >= 0 and self.asides[i][0] <= pos < self.asides[i][1]

    def in_table(self, pos: int) -> bool:
        """Whether ``pos`` is in a table row (cells joined by " | ", as the loaders write them) under another row."""
        return self.table_row(pos) is not None

    def table_row(self, pos: int) -> tuple[int, int] | None:
        """The (start, end) of the table row holding ``pos`` if it is one under another row (see ``in_table``)."""
        text = self.text
        start = text.rfind("\n", max(0, pos - ROW_CHARS), pos)  # the newline that ends the row above
        above = text.rfind("\n", max(0, start - ROW_CHARS), start) if start > 0 else -1
        if start <= 0 or (above < 0 and start >= ROW_CHARS):
            return None  # no row above, or rows too long for a table's
        end = text.find("\n", pos, pos + ROW_CHARS)
        if end < 0 and pos + ROW_CHARS < len(text):
            return None  # a line too long for a row
        end = len(text) if end < 0 else end
        if " | " in text[start:end] and " | " in text[above + 1 : start]:
            return start + 1, end
        return None

    def table_header(self, row_start: int) -> str:
        """The first cell, lower-cased, of the top row of the table whose row starts at ``row_start``: the first
        of the run of " | " rows it ends (itself when no row is above it). Every row walked is remembered, so a
        long table's rows are each read once."""
        low, seen, walked = self.low, self.headers, []
        start = row_start
        while (header := seen.get(start)) is None:
            walked.append(start)
            above = low.rfind("\n", max(0, start - 1 - ROW_CHARS), start - 1) + 1 if start > 0 else 0
            if start == 0 or (above == 0 and start - 1 > ROW_CHARS) or " | " not in low[above : start - 1]:
                bar = low.find(" | ", start, start + ROW_CHARS)
                header = low[start:bar].strip() if bar >= 0 else ""
                break
            start = above
        for row in walked:
            seen[row] = header
        return header

    def list_era(self, row_start: int) -> tuple[str, int | None]:
        """For a line that starts with a number and a full stop ("146. Carthage destroyed."), the era of the
        chronology it is a row of, and the number of the row above it (None under the era's line).

        The era is "bc" or "ad", from the nearest line above that is "B.C." or "A.D." alone or before words
        ("A.D. Christian Era began.", "A.D. | ..."); "" when the line is in no such list. The list runs up from
        the row through other rows, a few lines of an entry's text under each, and blank or page-number lines
        (no letters) between them; a paragraph of words that no row heads ends it. Every row walked is
        remembered, so a long list's rows are each read once.
        """
        low, seen, walked = self.low, self.eras, []
        pos, texts, blanks, above = row_start, 0, 0, None
        era = ""
        while pos > 0:
            start = low.rfind("\n", max(0, pos - 1 - ROW_CHARS), pos - 1) + 1
            if start == 0 and pos - 1 > ROW_CHARS:
                break  # a line too long for a list's
            line = low[start : pos - 1]
            row = _LIST_ROW.match(line)
            if row is not None:
                if above is None:
                    above = int(row.group(1))
                if start in seen:
                    era = seen[start]
                    break
                walked.append(start)
                texts = blanks = 0
            elif (mark := _ERA_LINE.match(line)) is not None:
                top = _LIST_ROW.match(low, walked[-1] if walked else row_start)
                if top is not None and top.group(1) != "1":  # "1. Introduction": a numbered list
                    era = "bc" if mark.group(1).startswith("b") else "ad"
                break
            elif not any(c.isalpha() for c in line):
                blanks += 1
                if texts or blanks > _LIST_GAP_LINES:
                    break  # the words above head no row: a paragraph
            else:
                texts += 1
                if texts > _LIST_TEXT_LINES:
                    break
            pos = start
        seen[row_start] = era
        for row_at in walked:
            seen[row_at] = era
        return era, above

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quotation (``quoted``)."""
        return quoted(self.text, pos)

    def tense(self, start: int, end: int | None = None) -> str | None:
        """The tense of the clause around text[start:end] (``tense.py``): "past", "present", "future" or None."""
        tense = clause_tense(self.text, self.low, start, start if end is None else end, self.lex)
        if tense == SCHEDULE:
            return PRESENT if self.narrative else FUTURE  # "1306 | ... Reign begins" is history, not a plan
        return tense

    def future(self, start: int, end: int | None = None) -> bool:
        """Whether the clause around text[start:end] speaks about the future ("will", "plans to", "is to", ...)."""
        return self.tense(start, end) == FUTURE

    def looks_ahead(self, start: int, end: int | None = None) -> bool:
        """Whether a weekday in the clause around text[start:end] is the coming one: future, or the present of a
        schedule ("meets again Friday", "is set for 10:30 a.m. ET on Friday")."""
        return self.tense(start, end) in (FUTURE, PRESENT)
