"""The rule-based TIMEX3 tagger: find, choose, normalize, link ranges.

How it works (see docs/tagger.md for the full design):

1. ``text.lower()`` once (same length as the text, so offsets carry over).
2. One whole-text scan with the grammar's trigger pattern stops at words that can head a time expression.
3. For each trigger, the rules of its kind run in a small window around it; the longest match
   that covers the trigger and that its normalizer accepts wins (ties: rule order). A longer
   match that overlaps the previous expression replaces it.
4. Normalizers run in text order, so the ``Context`` reference times (DCT, last explicit date)
   are the ones a reader would have in mind at that point.
5. Ranges: "1954-58" is one expression with ``end_value``; "from 1918 to 1921" and "between
   1918 and 1921" stay two expressions, as TimeML annotates them, and the first one gets the
   second's value as ``end_value`` so the timeline can draw the range.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reader.core.timex import durations, filters, normalize, relative
from reader.core.timex.context import Context, hard_break, period_size
from reader.core.timex.model import Timex
from reader.core.timex.normalize import Found
from reader.core.timex.numbers import mod_of, ordinal_number, writes_a_date
from reader.core.timex.patterns import (
    BLANK,
    DIGIT_GATE,
    ENGLISH_GRAMMAR,
    VALUE,
    WINDOW_LEFT,
    WINDOW_RIGHT,
    WORD_START,
    Grammar,
)
from reader.core.timex.resolve import Ref, fmt_date, fmt_year, shift
from reader.core.timex.tense import FUTURE, PLUPERFECT, happened_until

Normalizer = Callable[[re.Match[str], Context], Found | None]
NORMALIZERS: dict[str, Normalizer] = {
    name[5:]: fn
    for module in (normalize, relative, durations)
    for name, fn in vars(module).items()
    if name.startswith("norm_")
}
_LEAD_TRIM = ("in ", "on ", "for ")
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|through|till|until|and)\s*$")
# on the text as written: "Between June and ...", "the years 1914 to 1918"
_RANGE_OPEN = re.compile(r"(?:from|between|the\s+years)\s+$", re.IGNORECASE)
_PARENTHESIS_END = re.compile(r"\.?\)")
_FROM_BEFORE = re.compile(r"\bfrom\b")
_YEAR_VALUE = re.compile(r"-?\d{4}")  # a bare year
_RECALL = re.compile(
    r"\b(?:knew|remembered|recalled|recollected|remembering|recalling|reminded|thought of|heard of|spoke of"
    r"|talked of|told of|read of|dreamed of)\b[^.;:!?]*$|\bsince\b[^.;:!?,]*$"
)  # a look back in a character's mind or "since Borís left Moscow in 1805": not the story moving back
_HAD_DONE = re.compile(r"\bhad\s+(?!(?:to|a|an|the|his|her|their|its|no|some|any|been\s+to)\b)[a-z]+\b[^.;:!?]*$")
_LATER_ON = re.compile(r"\b(?:subsequently|afterwards?|thereafter|later on|in later years)\b[^.;:!?]*$")
_EARLIER_ON = re.compile(r"\b(?:previously|formerly|earlier)\b[^.;:!?]*$")
_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")
_COMPARED = re.compile(r"\b(?:as|than)\s+(?:in\s+)?$")
_AS_IF = re.compile(r"\bas (?:if|though)\b[^.;:!?]*$")
_THING_OF = re.compile(r"([a-z]+)[ \t]+the[ \t]+(?:[\w'’-]+[ \t]+){1,3}of[ \t]+(?:the[ \t]+year[ \t]+)?$")
_TIME_PREPOSITIONS = frozenset(
    ("in", "during", "since", "after", "before", "until", "till", "by", "at", "from", "through", "throughout", "to",
     "into", "following", "within")
)  # fmt: skip
_NEXT_NOUN = re.compile(r" ([a-z][a-z'’-]+)")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BARE_MONTH = re.compile(r"\d{4}-\d{2}")  # a month without its day
_MONTH_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d{2}(?:-\d{2})?$")
_YEAR_WRITTEN = re.compile(r"\d{4}")
_COORDINATED = re.compile(r"\s*(?:and|or|&)\s*")
_CENTURY_VALUE = re.compile(r"(-?)(\d{2})")  # "15" (the 16th century), "-01" (the 2nd century BC)
_PART_OF_YEAR = re.compile(r"(-?\d{4}|XXXX)-(\d{2}|SP|SU|FA|WI)")  # a month or a season, no day
_OF_RELATIVE_YEAR = re.compile(
    r"\bof\s+(?:that|the\s+same|that\s+same|the\s+following|the\s+next|the\s+previous)\s+year\b", re.IGNORECASE
)
_DAYS_BEFORE = re.compile(
    r"\b(?P<n>the|a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(?P<dir>before|after)\s+\Z"
)
_CELL_WORDS = re.compile(r"\w")
_DECADE_WRITTEN = re.compile(r"\d{3}0['’]?s\b")  # "1950s", "1950's"
_DECADE_VALUE = re.compile(r"\d{3}")
_SHORT_DECADE = re.compile(r"(?:(?:the|early|mid|late)[\s-]+)*['’]?\d0['’]?s", re.IGNORECASE)
_NEXT_DECADE = re.compile(  # ", 60s", " and early 70s", " or the '80s"
    r"(?:\s*,\s*|\s+)(?:(?:and|or|&|to)\s+)?(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<dec>['’]?(?P<d>\d)0['’]?s)"
    r"(?![\w'’-])"
)
HEADING_CHARS = 60  # a heading's line is shorter than this ...
HEADING_YEARS = 15  # ... and the period in its parentheses at most this long (a lifespan is longer)
_EVENT_BEFORE = re.compile(  # "the First Sino-Japanese War (1894–95)": the event's own time, not a lifespan
    r"\b(?:wars?|campaigns?|battles?|revolution|rule|crisis|conference|offensive|siege|uprising|rebellion|revolt"
    r"|occupation|reign|era|period|dynasty|expedition|invasion|conflict|blockade|famine|retreat)"
    r"(?:\s+(?:of|at|on|for)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?)?\s*$"  # "the Battle of Gettysburg (1–3 July)"
)
_WRAPPED_MIN = 50  # characters: a shorter line ends where its text does (a heading, a list item)
_SUBORDINATE = re.compile(r"\S\s+(?:because|when|who|whom|which|where|whose|although|though|while|as)\b[^.;:!?]*$")
# a clause about someone set off by a comma, or a birth: "Johnson, who had been born on ...", "Born in 1808, he"
_ASIDE_CLAUSE = re.compile(r",\s+(?:who|whom|whose)\b[^.;:!?,()]*$|\bborn\b[^.;:!?,()]{0,24}$")
# a clock time that says which half of the day it is in ("4 p.m.", "noon", "in the evening", "16:00")
_HALF_OF_DAY = re.compile(r"(?:0\d|1[3-9]|2\d)\D|.*(?:[ap]\.?m\b|noon|midnight|morning|afternoon|evening|night)")
_CLOCK_HOUR = re.compile(r"(.*T)(\d{2})(:\d{2})$")
_DAYS_AFTER = re.compile(r"\s+days\b")  # "the July days": an event named by its month
# a date closing a parenthesis that lists a source before it: "(Petrograd, No.88, August 19th, 1917)", "(Reuters,
# Oct. 5, 1998)"; not "(1894–95)" nor "(on 3 May 1917)"
_CITATION_OPEN = re.compile(r"\([^()\n]{2,40},\s*$")
_CITATION_CLOSE = re.compile(r"\.?\)")
_RESTATED_GAP = re.compile(r",?\s{1,3}\(")  # "nine years afterwards (1389)"
_UPPER = str.maketrans({chr(c): chr(c + 32) for c in range(65, 91)})
# An underscore at a word's edge marks emphasis ("_Fifty years ago_" in Markdown or a Gutenberg text); one
# inside a word ("file_1945") joins an identifier.
_EMPHASIS = re.compile(r"(?<![^\W_])_|_(?![^\W_])")


def _lower(text: str, chunk: int = 1 << 16) -> str:
    """``text.lower()`` with the same length (offsets carry over), in slices, emphasis underscores as spaces.

    Slices keep the peak memory low: CPython's ``lower()`` of a non-ASCII string first allocates
    a buffer of three UCS-4 characters per input character. A slice whose lowercase changes
    length ("İ") falls back to ASCII-only lowering. The patterns' word boundaries then fall where a
    reader sees words begin and end.
    """
    parts = []
    for i in range(0, len(text), chunk):
        piece = text[i : i + chunk]
        low = piece.lower()
        parts.append(low if len(low) == len(piece) else piece.translate(_UPPER))
    low = "".join(parts)
    return _EMPHASIS.sub(" ", low) if "_" in low else low


def _window_start(low: str, p: int) -> int:
    """The first word start at most ``WINDOW_LEFT`` characters left of p."""
    ws = max(0, p - WINDOW_LEFT)
    if ws == 0:
        return 0
    m = BLANK.search(low, ws, p)
    return m.end() if m else p


def _window(low: str, ws: int, p: int, we: int) -> tuple[int, int]:
    """The window [ws, we) around p cut at the line breaks no date runs over (``context.hard_break``)."""
    q = low.rfind("\n", ws, p)
    if q >= 0 and hard_break(low, q):
        ws = q + 1
    q = low.find("\n", p, we)
    while q >= 0:
        if hard_break(low, q):
            return ws, q
        q = low.find("\n", q + 1, we)
    return ws, we


def _best(ctx: Context, grammar: Grammar, p: int, stop: int, kind: str, floor: int) -> tuple[int, int, Found] | None:
    """The longest accepted match of a rule of ``kind`` that covers position p.

    The rules are tried anchored (``match``) at a few word starts only: the start of the run of
    modifier words ("at least the past", "early", "Friday,") that ends at the trigger, and each
    word start after it. That is a handful of C-level attempts per rule instead of a scan. No start
    goes left of ``floor`` (the word before the expression found last): in "1999 1999 1999 ..." each
    trigger then tries two starts, not eight.
    """
    low = ctx.low
    ws, we = _window(low, max(_window_start(low, p), floor), p, min(len(low), stop + WINDOW_RIGHT))
    run = grammar.left.match(low[ws:p][::-1])  # the window, reversed: the run is matched leftwards from p
    starts = [m.start() for m in WORD_START.finditer(low, p - run.end(), p)] if run else []
    starts.append(p)
    options = []
    for order, rule in grammar.by_kind.get(kind, ()):
        match = rule.regex.match
        for s in starts:
            m = match(low, s, we)
            if m is not None and m.end() > p:
                options.append((s - m.end(), order, m))
                break
    best = None
    for _neg, order, m in options:
        try:
            found = NORMALIZERS[grammar.rules[order].name](m, ctx)
        except (ValueError, OverflowError):  # a calendar out of range (year 0, 12,000 BC): no date
            found = None
        if found is not None:
            start = m.start() if found.start is None else found.start
            end = m.end() if found.end is None else found.end
            if best is None or end - start > best[1] - best[0]:
                best = (start, end, found)
    return best


def _make(ctx: Context, start: int, end: int, found: Found) -> Timex | None:
    """The Timex for a span, without a leading preposition or trailing blanks and commas."""
    text = ctx.text
    for lead in _LEAD_TRIM:
        if ctx.low.startswith(lead, start) and end - start > len(lead):
            start += len(lead)
    while end > start and text[end - 1] in " \t\r\n,":
        end -= 1
    if end <= start or not VALUE.fullmatch(found.value):
        return None  # an empty span, or a date past the calendar's edge
    if found.end_value is not None and not VALUE.fullmatch(found.end_value):
        found = Found(found.type, found.value, found.mod, found.relative)
    return Timex(start, end, text[start:end], found.type, found.value, found.mod, found.end_value, found.relative)


def tag(
    text: str,
    dct: str | None = None,
    mode: str = "news",
    *,
    grammar: Grammar = ENGLISH_GRAMMAR,
    asides: Sequence[tuple[int, int]] = (),
) -> list[Timex]:
    """Return the temporal expressions of ``text``, sorted and not overlapping.

    dct is the document creation time (``YYYY-MM-DD``; anything else counts as none); mode is
    "news" (relative expressions are resolved against the DCT) or "narrative" (against the most
    recent explicit date). Without a DCT, news-mode relative expressions are still found, with X
    placeholders or PAST_REF/PRESENT_REF/FUTURE_REF values and ``relative=True``. grammar is
    the language (``patterns.build_grammar(lexicon)``); English by default. ``asides`` are (start, end) spans
    of text beside the narration (a document's captions): their dates are found but never become the time
    the story is at.
    """
    if mode not in ("news", "narrative"):
        raise ValueError(f"mode must be 'news' or 'narrative', not {mode!r}")
    low = _lower(text)
    ref = Ref.parse(dct)
    ctx = Context(text=text, low=low, mode=mode, dct=ref, lex=grammar.lexicon, asides=tuple(sorted(asides)))
    out: list[Timex] = []
    last_end = 0
    kind_of = grammar.kind_of
    for m in grammar.trigger.finditer(low):
        p = m.start()
        if p < last_end:
            continue
        word = m.group()
        first = word[0]
        if first.isdigit() or first == "'":
            if p and low[p - 1].isdigit():
                continue
            if first != "'" and not DIGIT_GATE.match(low, p) and not low.endswith(("ad ", "a.d. "), 0, p):
                continue
            kind = "digit" if first.isdigit() else "decade"
        else:
            if p and (low[p - 1].isalnum() or (low[p - 1] == "'" and p > 1 and low[p - 2].isalpha())):
                continue
            kind = kind_of.get(word, "")
        floor = low.rfind(" ", 0, max(0, out[-1].start - 1)) + 1 if out else 0
        best = _best(ctx, grammar, p, m.end(), kind, floor)
        if best is None:
            continue
        start, end, found = best
        if found.type == "DATE" and (filters.access_date(ctx, start) or filters.imprint_year(ctx, start, end)):
            last_end = end  # "Retrieved 16 April 2021", "Leipsig, 1773.": when a page was read or a book printed
            continue
        if filters.chapter_citation(ctx, start):
            last_end = end  # "vol. i. c. 182": a chapter
            continue
        timex = _make(ctx, start, end, found)
        if timex is None:
            continue
        while out and out[-1].end > timex.start:
            prev = out[-1]
            if prev.end - prev.start >= timex.end - timex.start:
                timex = None
                break
            out.pop()
        if timex is None:
            continue
        out.append(timex)
        last_end = timex.end
        if size := period_size(timex.value):
            ctx.named_period[size] = (timex.value, timex.start)
        first = out[-2] if len(out) > 1 else None
        if (
            first
            and first.relative
            and ctx.anchor_pos == first.start
            and _range_pair(text, first, timex)
            and (value := _year_from_end(first, timex)) != first.value
        ):  # "from March until November 7th, 1917": the story is in the March that the end's year says
            ctx.remember(value, first.start)
        if len(out) > 1 and (later := _range_end_weekday(ctx, out[-2], timex)) is not None:
            timex = out[-1] = later
        if len(out) > 1 and (later := _range_end_hour(ctx, out[-2], timex)) is not None:
            timex = out[-1] = later
        restated = len(out) > 1 and _restated(ctx, out[-2], timex)
        if restated:
            out[-2] = replace(out[-2], value=timex.value)
        if timex.type in ("DATE", "TIME") and timex.value.lstrip("-")[:1].isdigit():
            if restated or not _aside(ctx, timex):
                setting = size is not None and _story_period(ctx, timex.start)
                ctx.remember(timex.value, timex.start, timex.relative, setting)
                if timex.end_value and ctx.low[timex.start - 1 : timex.start] != "(":
                    ctx.span_end = Ref.parse(timex.end_value)  # "During 1941–1944 ...": see Context.anaphoric
            else:
                if not timex.relative and ctx.narrative:  # "that year" in its sentence still means it
                    ctx.aside, ctx.aside_end = Ref.parse(timex.value), _sentence_end(ctx.low, timex.end)
                if _span_end(ctx, timex):
                    ctx.span_end = Ref.parse(timex.value)  # "from 1939 to 1945"
    out = _coordinated_centuries(ctx, grammar, _join_durations(text, _days_around(ctx, out)))
    out = _coordinated_decades(ctx, out)
    return _coordinated_years(text, _link_ranges(text, out))


_PERIOD_SETTING = frozenset(
    ("in", "from", "during", "by", "throughout", "through", "until", "till", "towards", "toward")
)


def _story_period(ctx: Context, pos: int) -> bool:
    """Whether a decade or a century at ``pos`` is where the story goes: the setting of its clause ("In the tenth
    century the Turks", "The 1990s saw"), not a thing's time ("the romance of the fifteenth century") nor a note's
    ("[Footnote 178: See the fourth century of Mosheim's History")."""
    before = ctx.before(pos, 40).split()
    return (not before or before[-1] in _PERIOD_SETTING) and not filters.in_footnote(ctx, pos)


def _restated(ctx: Context, prev: Timex, timex: Timex) -> bool:
    """Whether ``timex`` is a date in parentheses that restates the relative date just before it: "He died nine
    years afterwards (1389)", "Next year (1097) the real fighting forces crossed". The text's own date is then
    the relative one's value, and the story's time."""
    return (
        prev.relative
        and prev.type == "DATE"
        and not timex.relative
        and timex.type == "DATE"
        and len(prev.value) == len(timex.value)
        and prev.value.lstrip("-")[:1].isdigit()
        and timex.value.lstrip("-")[:1].isdigit()
        and _RESTATED_GAP.fullmatch(ctx.low, prev.end, timex.start) is not None
        and ctx.low.startswith(")", timex.end)
    )


def _sentence_end(low: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its full stop, or the end of its line), at most 400 chars on.
    A hard-wrapped paragraph's line break ends no sentence: one before a line of text, after a line of
    ``_WRAPPED_MIN`` characters or more ("created suddenly in 4004 B.C., though\nauthorities differed as to whether
    this had occurred in the spring\nor autumn of that year")."""
    stop = pos + 400
    for m in _SENTENCE_STOP.finditer(low, pos, stop):
        q = m.start()
        if low[q] != "\n" or hard_break(low, q) or q - (low.rfind("\n", 0, q) + 1) < _WRAPPED_MIN:
            return q
    return stop


def _aside(ctx: Context, timex: Timex) -> bool:
    """Whether a date leaves the story's time where it was.

    A range in parentheses is a lifespan or a term of office ("Peng Dehuai (1950–1952)"), unless it follows
    an event's name ("the First Sino-Japanese War (1894–95)": "A decade later" is 1904); in a story, a
    date in a character's speech is theirs and a relative date behind the story's time ("the previous
    year") is a look back; a date after "until"/"since" or at the far end of "from ... to" is the edge of
    a span. None of them is the time the narration moves to.
    """
    if ctx.in_aside(timex.start):
        return True  # a caption beside the text (``tag``'s asides)
    if timex.end_value and ctx.low[timex.start - 1 : timex.start] == "(":
        heading = _heading_period(ctx, timex)
        if heading is not None:
            return not heading
        if not _EVENT_BEFORE.search(ctx.before(timex.start - 1, 50)):
            return True
    low = ctx.low
    if _CITATION_CLOSE.match(low, timex.end) and _CITATION_OPEN.search(low, max(0, timex.start - 60), timex.start):
        return True  # a source cited in parentheses: "(Petrograd, No.88, August 19th, 1917)"
    if _BARE_MONTH.fullmatch(timex.value) and " " not in timex.text:
        named = normalize.NAMED_BY_MONTH.search(ctx.before(timex.start, 40))
        days = ctx.prev_word(timex.start) == "the" and _DAYS_AFTER.match(low, timex.end)
        if (named and "month" not in named.group()) or days:
            return True  # an event named by its month: "the martyrs of March", "arrested in the July days"
    if ctx.narrative and _story_aside(ctx, timex, Ref.parse(timex.value)):
        return True
    if ctx.narrative and _in_cell_text(ctx, timex):
        return True  # "1918 | November 1 | Polish–Ukrainian War begins, ends in 1919": the row is in 1918
    prev = ctx.prev_word(timex.start)
    if _after_from(ctx, timex, ("to", "through")):
        return True  # "from Austerlitz to the year 1813": the far end of a span
    if prev in ("until", "till"):  # the end of a span, not when a past "did not ... until" says it happened
        return not happened_until(ctx.low, ctx.low.rfind(prev, 0, timex.start))
    return prev == "since"


def _heading_period(ctx: Context, timex: Timex) -> bool | None:
    """For a range in parentheses that ends a short line of its own, a section heading's period ("Axis advance
    stalls (1942–1943)"): whether the story's time moves to it, as it does from outside the period and not from
    inside it. None for any other range, and for one longer than a heading's period (a lifespan)."""
    end = ctx.text.find("\n", timex.end, timex.end + 4)
    if end < 0 or ctx.text[timex.end : end].strip() != ")":
        return None
    line_start = ctx.text.rfind("\n", max(0, timex.start - HEADING_CHARS), timex.start)
    if line_start < 0 and timex.start >= HEADING_CHARS:
        return None
    words = ctx.text[line_start + 1 : timex.start - 1]
    if not words[:1].isupper() or any(p in words for p in ",.;:") or not ctx.text[end + 1 : end + 2].isupper():
        return None  # a heading is a capitalized line of its own; a wrapped line of prose is not
    first, last, now = Ref.parse(timex.value), Ref.parse(timex.end_value or ""), ctx.anchor
    if first is None or last is None or not 0 <= last.year - first.year <= HEADING_YEARS:
        return None
    return now is None or not first.year <= now.year <= last.year


def _in_cell_text(ctx: Context, timex: Timex) -> bool:
    """Whether a date is inside a table cell's text, not the whole cell (a timeline's date column)."""
    row = ctx.table_row(timex.start)
    if row is None:
        return False
    text = ctx.text
    line_start, line_end = row
    bar = text.rfind(" | ", line_start, timex.start)
    cell_start = line_start if bar < 0 else bar + 3
    cell_end = text.find(" | ", timex.end, line_end)
    cell_end = line_end if cell_end < 0 else cell_end
    # words around the date in its cell, not the punctuation of a chronology's "1871. | Paris surrendered"
    return (
        _CELL_WORDS.search(text, cell_start, timex.start) is not None
        or _CELL_WORDS.search(text, timex.end, cell_end) is not None
    )


def _story_aside(ctx: Context, timex: Timex, ref: Ref | None) -> bool:
    """The narrative-mode half of ``_aside`` (``ref``: the date's value, parsed once)."""
    bare_year = _YEAR_VALUE.fullmatch(timex.value) is not None
    if timex.relative and not _names_a_day(ctx, timex) and _behind(ctx.story(timex.start), ref):
        return True  # "the previous year", "two days earlier": a look back; the story stays where it was
    if _ahead(ctx.anchor, ref) and ctx.tense(timex.start, timex.end) == FUTURE:
        return True  # "a protectorate scheduled for independence in 1946", told in 1941: a look ahead
    if timex.relative and ctx.story(timex.start) is not ctx.anchor and not _names_a_day(ctx, timex):
        return True  # "the next day" counted from a day named before a bare year: the year stays the story's time
    if (
        timex.relative
        and _BARE_MONTH.fullmatch(timex.value)
        and ctx.anchor is not None
        and ctx.anchor.month is not None
        and _behind(ctx.anchor, ref)
    ):
        return True  # told in November 1917, "In March you struck down the tyranny": a look back at March
    if ctx.anchor and bare_year and _attributive(ctx, timex):
        return True  # "had served in the 1805 campaign": a year naming an event, not the story's time
    if bare_year and _names_a_thing(ctx, timex):
        return True  # "in honour of the Ikon of 1612", "an account of the Revolution of 1905": not the story's time
    if _AS_IF.search(ctx.before(timex.start, 80)) or _COMPARED.search(ctx.before(timex.start, 12)):
        return True  # "as if, in 1792, on the streets of Paris", "the same ecstasy in 1812 as in 1808": comparisons
    if _ahead(ctx.anchor, ref) and _LATER_ON.search(ctx.before(timex.start, 30)):
        return True  # "as he did subsequently in 1813", told in October 1812: a look ahead
    if _behind(ctx.anchor, ref) and _EARLIER_ON.search(ctx.before(timex.start, 30)):
        return True  # "as he had done previously in July and October", told on 3 November: a look back
    if _behind(ctx.anchor, ref) and (
        _RECALL.search(ctx.before(timex.start, 100)) or (bare_year and _past_perfect(ctx, timex))
    ):
        return True  # "Pierre knew all the details of the attempt ... in 1809", "as Rostóv had done in 1805"
    if (
        bare_year
        and ctx.anchor is not None
        and ctx.anchor.month is not None
        and _behind(ctx.anchor, ref)
        and _SUBORDINATE.search(ctx.before(timex.start, 140))
    ):
        return True  # told day by day in November 1812, "because when he was sent to Turkey in 1811": a look back
    if _behind(ctx.anchor, ref) and _ASIDE_CLAUSE.search(ctx.before(timex.start, 100)):
        return True  # told in 1865, "Johnson, who was born in 1808, succeeded him": a look back at a person
    if ctx.quoted(timex.start):
        return True  # "I saw flags of truce in 1805," said Prince Andrew in 1812: the story stays in 1812
    # Gibbon's note on the Megalesia citing "the year 1731": the scholar's time, not Rome's
    return _later_by_centuries(ctx.anchor, ref) and filters.in_footnote(ctx, timex.start)


def _after_from(ctx: Context, timex: Timex, links: tuple[str, ...]) -> bool:
    """Whether the date follows one of ``links`` in a sentence that says "from" before it ("from ... to 1945")."""
    return ctx.prev_word(timex.start) in links and _FROM_BEFORE.search(ctx.before(timex.start, 80)) is not None


def _span_end(ctx: Context, timex: Timex) -> bool:
    """Whether the date ends a span whose start the story's time is ("from 1939 to 1945", "from 1924 until 1953",
    "In 1533 ... He ruled until 1584")."""
    if not _behind(Ref.parse(timex.value), ctx.anchor):
        return False
    until = ctx.prev_word(timex.start) in ("until", "till")
    return until or _after_from(ctx, timex, ("to", "through"))


def _attributive(ctx: Context, timex: Timex) -> bool:
    """Whether a bare year modifies the noun after it ("the 1805 campaign", "the 1939 Agreement")."""
    if ctx.prev_word(timex.start) not in ("the", "a", "an", "his", "her", "its", "their"):
        return False
    m = _NEXT_NOUN.match(ctx.low, timex.end)
    return m is not None and m.group(1) not in ("and", "or", "to", "till", "until", "through", "when", "the")


def _names_a_thing(ctx: Context, timex: Timex) -> bool:
    """Whether a bare year qualifies a noun after "of" outside a time adverbial: "in honour of the Ikon of
    1612", "an account of the Revolution of 1905" (but "in the Revolution of 1905, when ...", "since the
    Revolution of 1905" place the clause in that year)."""
    m = _THING_OF.search(ctx.before(timex.start, 60))
    return m is not None and m.group(1) not in _TIME_PREPOSITIONS


def _names_a_day(ctx: Context, timex: Timex) -> bool:
    """Whether the expression writes its month or day out ("On 30 April", "in May"): a date, not an anaphor."""
    return writes_a_date(timex.text, ctx.lex)


def _past_perfect(ctx: Context, timex: Timex) -> bool:
    """Whether the clause of ``timex`` is in the past perfect: "as Rostóv had done in 1805" (its "done" alone
    reads as a past to the tense finder)."""
    return bool(_HAD_DONE.search(ctx.before(timex.start, 60))) or ctx.tense(timex.start, timex.end) == PLUPERFECT


def _later_by_centuries(anchor: Ref | None, ref: Ref | None) -> bool:
    """Whether ``ref`` is over a century after the story's time ``anchor``."""
    return anchor is not None and ref is not None and ref.year > anchor.year + 100


def _ahead(anchor: Ref | None, ref: Ref | None) -> bool:
    """Whether ``ref`` lies after the story's time ``anchor``, in another year."""
    return anchor is not None and ref is not None and ref.year > anchor.year


def _behind(anchor: Ref | None, ref: Ref | None) -> bool:
    """Whether ``ref`` lies before the story's time ``anchor`` (compared at the precision both have)."""
    if anchor is None or ref is None:
        return False
    if ref.year != anchor.year or ref.month is None or anchor.month is None:
        return ref.year < anchor.year
    return (ref.month, ref.day or 0) < (anchor.month, anchor.day or 0)


def _days_around(ctx: Context, out: list[Timex]) -> list[Timex]:
    """ "the day before last Tuesday's hearing", "two days after Christmas": the date shifted, as one expression."""
    result: list[Timex] = []
    for t in out:
        m = None
        if t.type == "DATE" and _DAY_VALUE.fullmatch(t.value):
            m = _DAYS_BEFORE.search(ctx.low, max(0, t.start - 30), t.start)
        clash = m is not None and result and result[-1].end > m.start()
        if clash and (result[-1].type != "DURATION" or result[-1].start < m.start()):
            m = None  # the words belong to another expression
        ref = Ref.parse(t.value) if m is not None else None
        if m is None or ref is None or ref.date is None:
            result.append(t)
            continue
        word = m.group("n")
        n = 1 if word in ("the", "a", "one") else ctx.lex.numbers.get(word) or int(word)
        value = shift(ref, "D", -n if m.group("dir") == "before" else n)
        if value is None:
            result.append(t)
            continue
        if result and result[-1].end > m.start():
            result.pop()  # "two days" is part of "two days after Christmas"
        start = m.start() + (4 if word == "the" else 0)
        result.append(Timex(start, t.end, ctx.text[start : t.end], "DATE", value, t.mod, None, t.relative))
    return result


_DURATION_PARTS = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_DURATION_CODES = ("Y", "M", "W", "D", "H", "M", "S")
_AND_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")  # "three years, nine months and four days"


def _join_durations(text: str, out: list[Timex]) -> list[Timex]:
    """ "two years and three months" is one DURATION, P2Y3M (the larger unit first)."""
    joined: list[Timex] = []
    for t in out:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.type == t.type == "DURATION"
            and _AND_GAP.fullmatch(text, prev.end, t.start)
            and (value := _add_durations(prev.value, t.value)) is not None
            and VALUE.fullmatch(value)
        ):
            joined[-1] = Timex(prev.start, t.end, text[prev.start : t.end], "DURATION", value, prev.mod, None, False)
        else:
            joined.append(t)
    return joined


def _add_durations(a: str, b: str) -> str | None:
    """P2Y + P3M = P2Y3M when every part of ``a`` is a larger unit than every part of ``b`` (else None)."""
    ma, mb = _DURATION_PARTS.fullmatch(a), _DURATION_PARTS.fullmatch(b)
    if ma is None or mb is None:
        return None
    pa = [i for i, g in enumerate(ma.groups()) if g]
    pb = [i for i, g in enumerate(mb.groups()) if g]
    if not pa or not pb or max(pa) >= min(pb) or 2 in pa + pb:  # weeks do not mix with other units in TIMEX3
        return None
    parts = [ma.group(i + 1) or mb.group(i + 1) for i in range(7)]
    date = "".join(f"{n}{c}" for n, c in zip(parts[:4], _DURATION_CODES[:4], strict=True) if n)
    time = "".join(f"{n}{c}" for n, c in zip(parts[4:], _DURATION_CODES[4:], strict=True) if n)
    return "P" + date + ("T" + time if time else "")


def _link_ranges(text: str, out: list[Timex]) -> list[Timex]:
    """Give "from A to B" / "between A and B" the range A..B on A (as end_value)."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if _range_pair(text, a, b):
            out[i] = Timex(a.start, a.end, a.text, a.type, _year_from_end(a, b), a.mod, b.value, a.relative)
    return out


def _range_end_weekday(ctx: Context, a: Timex, b: Timex) -> Timex | None:
    """The end of "from two o'clock on Saturday afternoon until two o'clock on Sunday morning", "from Monday to
    Friday": a weekday after a weekday is the first such day on or after the start (None: no change)."""
    if not b.relative or b.type not in ("DATE", "TIME") or b.start - a.end > 12:
        return None
    if _RANGE_GAP.match(ctx.low, a.end, b.start) is None or ctx.low[a.end : b.start].strip() == "and":
        return None
    start, end = Ref.parse(a.value), Ref.parse(b.value)
    if start is None or end is None or start.date is None or end.date is None or start.date == end.date:
        return None
    wd = next((n for w, n in ctx.lex.weekdays.items() if _word_in(w, ctx.low, b.start, b.end)), None)
    if wd is None or not any(_word_in(w, ctx.low, a.start, a.end) for w in ctx.lex.weekdays):
        return None  # both ends name a weekday; "from Sept. 14 to Thursday" is last Thursday
    day = fmt_date(start.date + dt.timedelta(days=(wd - start.date.isoweekday()) % 7))
    return replace(b, value=day + b.value[10:]) if day != b.value[:10] else None


def _range_end_hour(ctx: Context, a: Timex, b: Timex) -> Timex | None:
    """The end of "between noon and two o'clock", "from eleven o'clock till three": a clock time that does not
    say its half of the day, earlier than the start it ends, is the afternoon's (None: no change)."""
    if a.type != "TIME" or b.type != "TIME" or b.start - a.end > 12 or _HALF_OF_DAY.match(ctx.low, b.start, b.end):
        return None
    gap = ctx.low[a.end : b.start].strip()
    if _RANGE_GAP.match(ctx.low, a.end, b.start) is None or (gap == "and" and ctx.prev_word(a.start) != "between"):
        return None
    start, end = _CLOCK_HOUR.match(a.value), _CLOCK_HOUR.match(b.value)
    if start is None or end is None or start.group(1) != end.group(1):
        return None
    hour = int(end.group(2))
    if not 1 <= hour < int(start.group(2)) < hour + 12:
        return None
    return replace(b, value=f"{end.group(1)}{hour + 12:02d}{end.group(3)}")


def _word_in(word: str, low: str, start: int, end: int) -> bool:
    """Whether ``word`` is a whole word of low[start:end]."""
    at = low.find(word, start, end)
    while at >= 0:
        if not low[at - 1 : at].isalpha() and not low[at + len(word) : at + len(word) + 1].isalpha():
            return True
        at = low.find(word, at + 1, end)
    return False


def _range_pair(text: str, a: Timex, b: Timex) -> bool:
    """Whether dates ``a`` and ``b`` are the ends of one range: "from A to B", "between A and B", "A–B"."""
    if a.end_value or b.type != a.type or a.type != "DATE" or b.start - a.end > 12:
        return False
    if _RANGE_GAP.match(text, a.end, b.start) is None:
        return False
    if text[a.end : b.start].strip() in ("-", "–", "—") or _RANGE_OPEN.search(text, max(0, a.start - 10), a.start):
        return True
    # a parenthesis of two dates is a span ("the first of the Roman emperors (27 B.C. to 14 A.D.)", a reign)
    return (
        text[a.start - 1 : a.start] == "("
        and _PARENTHESIS_END.match(text, b.end) is not None
        and text[a.end : b.start].strip() != "and"  # "(1939 and 1945)": two years
    )


def _coordinated_centuries(ctx: Context, grammar: Grammar, out: list[Timex]) -> list[Timex]:
    """ "the fifteenth and sixteenth centuries", "the fifth, sixth, seventh and eighth centuries", "between the
    thirteenth and the sixteenth century": an ordinal before a century, its "century" left out, is a century
    too (in the same era: "the second and first centuries B.C.")."""
    found: list[Timex] = []
    previous_end = 0
    for t in out:
        c = _CENTURY_VALUE.fullmatch(t.value)
        chain: list[Timex] = []
        pos = t.start
        while c is not None and not t.relative:
            m = grammar.ordinal_before.search(ctx.low, max(previous_end, pos - 40), pos)
            if m is None:
                break
            n = ordinal_number(m.group("ord"), ctx.lex)
            if n == 0 or abs(n - 1 - int(c.group(2))) > 10:
                break  # "on the fifth and the sixteenth century": a day, more likely
            pos = m.start() - 4 if ctx.low.endswith("the ", max(previous_end, m.start() - 4), m.start()) else m.start()
            chain.append(Timex(pos, m.end("ord"), ctx.text[pos : m.end("ord")], "DATE", f"{c.group(1)}{n - 1:02d}"))
        found.extend(reversed(chain))
        found.append(t)
        previous_end = t.end
    return found


def _coordinated_decades(ctx: Context, out: list[Timex]) -> list[Timex]:
    """ "the 1950s and 60s", "the 1920s, 30s and early 40s": a decade written with two digits after one
    written with four, in a list, is a decade of the same century (alone, "in his 60s" is an age)."""
    found: list[Timex] = []
    covered = 0  # the end of the last decade read here: the tagger's own reading of it ("'50s" as 195) goes
    for i, t in enumerate(out):
        if t.start < covered:
            continue
        found.append(t)
        if not _DECADE_WRITTEN.search(t.text) or t.end_value or not _DECADE_VALUE.fullmatch(t.value):
            continue
        j = i + 1  # the decades the tagger read on its own ("or the '80s") are read again here
        while j < len(out) and _SHORT_DECADE.fullmatch(out[j].text):
            j += 1
        limit = out[j].start if j < len(out) else len(ctx.low)
        last, pos = t.value, t.end
        while (m := _NEXT_DECADE.match(ctx.low, pos, limit)) is not None:
            value = last[:2] + m.group("d")
            if value <= last:
                break
            start = m.start("mod") if m.group("mod") else m.start("dec")
            found.append(Timex(start, m.end(), ctx.text[start : m.end()], "DATE", value, mod_of(m.group("mod"))))
            last, pos = value, m.end()
        covered = pos
    return found


def _coordinated_years(text: str, out: list[Timex]) -> list[Timex]:
    """ "the summer and autumn of 1951", "March and April 1951", "September or October 1950": the first
    month or season, written without a year, is in the year written after the second (a month after the
    second one's is in the year before: "December and January 1951")."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        year_of_b = _YEAR_WRITTEN.search(b.text) is not None or _OF_RELATIVE_YEAR.search(b.text) is not None
        if not a.relative or a.end_value or a.type != "DATE" or b.type != "DATE" or not year_of_b:
            continue
        if b.relative and not _OF_RELATIVE_YEAR.search(b.text):
            continue  # "March and next April"
        if not _COORDINATED.fullmatch(text, a.end, b.start) or _YEAR_WRITTEN.search(a.text):
            continue
        pa, pb = _PART_OF_YEAR.fullmatch(a.value), _PART_OF_YEAR.fullmatch(b.value)
        if pa is None or pb is None or "X" in pb.group(1):
            continue
        months = pa.group(2).isdigit() and pb.group(2).isdigit()
        year = int(pb.group(1)) - (1 if months and pa.group(2) > pb.group(2) else 0)
        out[i] = Timex(a.start, a.end, a.text, a.type, f"{fmt_year(year)}-{pa.group(2)}", a.mod, None, a.relative)
    return out


def _year_from_end(a: Timex, b: Timex) -> str:
    """ "26 June–4 August 1952": a first date without a year takes the year of the second (or the one before)."""
    if not a.relative or b.relative or not (_MONTH_VALUE.match(a.value) and _MONTH_VALUE.match(b.value)):
        return a.value
    if not _YEAR_WRITTEN.search(b.text) or _YEAR_WRITTEN.search(a.text):
        return a.value
    year = int(b.value[:4]) - (1 if a.value[5:7] > b.value[5:7] else 0)  # "December–March 1951" starts in 1950
    return f"{year:04d}{a.value[4:]}"
