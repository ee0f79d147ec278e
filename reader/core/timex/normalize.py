"""Normalizers for absolute expressions: calendar dates, years, decades, centuries, clock times.

Each ``norm_<rule>`` takes the rule's match and the ``Context`` and returns a ``Found`` (type,
value, mod, ...) or None to reject the match. Relative expressions live in ``relative.py``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from reader.core.timex import filters
from reader.core.timex.context import Context, period_size
from reader.core.timex.numbers import (
    AD_ERA,
    BC_ERA,
    ORDINAL_SUFFIX,
    mod_of,
    norm_space,
    ordinal_number,
    parse_number,
    spelled_year,
    year_number,
)
from reader.core.timex.resolve import (
    century_of,
    fmt_century,
    fmt_date,
    fmt_week,
    fmt_year,
    nearest_year,
    weekday_date,
)
from reader.core.timex.tense import FUTURE, PAST, PLUPERFECT

FORWARD_DAYS = 100
_YEAR_PREPS = frozenset(("in", "since", "until", "by", "before", "after", "of"))
_NUMBER_GOES_ON = frozenset(("hundred", "thousand", "million", "billion"))
_TIME_OF = re.compile(r"\b(?:year|spring|summer|autumn|fall|winter|end|beginning|middle|start|turn)\s+of\s*$")
_UPCOMING = frozenset(("by", "until", "till", "before", "next", "effective", "payable"))
_YEAR_HEADERS = frozenset(("year", "years"))  # a table column of years (``norm_row_year``)


@dataclass(frozen=True, slots=True)
class Found:
    """A normalizer's verdict: TIMEX3 type and value, plus optional fields and span trims."""

    type: str
    value: str
    mod: str | None = None
    relative: bool = False
    end_value: str | None = None
    start: int | None = None
    end: int | None = None


def month_of(ctx: Context, word: str) -> int | None:
    """The month number of a (possibly abbreviated, dotted) month word."""
    return ctx.lex.months.get(word.rstrip(".").strip())


def day_date(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD if it is a real date (before year 1, astronomical: "15 March 44 BC" is -0043-03-15)."""
    if year < 1:
        leap = calendar.isleap(year)  # proleptic Gregorian, as TIMEX3 values are
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2000 if leap else 2001, month)[1]:
            return None
        return f"{fmt_year(year)}-{month:02d}-{day:02d}"
    try:
        return fmt_date(dt.date(year, month, day))
    except ValueError:
        return None


# a thing a month names: "the great days of", "the Russian Revolution of", "the martyrs of" (a month behind; also
# ``tagger._aside``: such a month does not move the story)
NAMED_BY_MONTH = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){1,3}of\s+$")


_YOU = re.compile(r"\byou\b")


def _spoken(ctx: Context, pos: int) -> bool:
    """Whether the words at ``pos`` are spoken in the story (quoted, or addressed to "you": "Workers, soldiers,
    peasants! In March you struck down the tyranny"): their tenses are the speaker's, at the story's time."""
    return ctx.quoted(pos) or _YOU.search(ctx.before(pos, 60) + " " + ctx.after(pos, 20)) is not None


def year_for(ctx: Context, month: int, day: int | None, pos: int) -> tuple[int | None, bool]:
    """The year of a month(/day) written without one.

    Narrative mode: the occurrence nearest the reference time (within six months). News mode: the
    next occurrence after the DCT if it is at most ``FORWARD_DAYS`` ahead (or the sentence speaks
    of the future: "payable Dec. 7", "by February", "will ... in May"), else the most recent one
    ("in March", "on Oct. 23").
    """
    ref = ctx.deictic()
    if ref is None:
        return None, True
    if ref.month is None:
        if ctx.narrative and ctx.winter and month <= 2 and ref is ctx.anchor:
            return ref.year + 1, True  # "In the winter the Soviets counterattacked [1942-WI]. On 2 February": 1943
        return ref.year, True
    if ctx.narrative:  # stories move on: "In December 1941 ... In February" is February 1942
        if ctx.year_restated and ref is ctx.anchor:
            return ref.year, True  # "... the end of January. In 1811 there was ... On December 6": 1811
        year = nearest_year(ref, month, day)
        end = ctx.span_end
        if end is not None and end.month is not None and (year, month, day or 1) < (ref.year, ref.month, ref.day or 1):
            year = nearest_year(end, month, day)  # "from March until November 7th, 1917. ... November 6th": 1917
        if year < ref.year and ctx.in_table(pos):
            return ref.year, True  # a timeline's rows go forward: "1025 | April 18 | ...\nDecember 25 | ..." is 1025
        if year > ref.year and ctx.tense(pos) == PLUPERFECT:
            return ref.year, True  # "From January 31 to April 21, the Chinese had suffered" (told in September)
        if year > ref.year and day is None and NAMED_BY_MONTH.search(ctx.before(pos, 40)):
            return ref.year, True  # told in November 1917, "the Russian Revolution of March" is March 1917
        if year != ref.year and _spoken(ctx, pos):
            tense = ctx.tense(pos)
            ahead = ((month - 1) * 30.5 + (day or 1) - (ref.month - 1) * 30.5 - (ref.day or 15)) % 366
            if (year > ref.year and ahead > 62 and tense in (PAST, PLUPERFECT)) or (
                year < ref.year and tense == FUTURE
            ):
                # a speaker in November 1917: "the work scarcely begun in March" is behind him (but a month or two
                # ahead is the story going on: "on January 14", told of a voyage begun on November 29)
                return ref.year, True
        return year, True
    here = (ref.month - 1) * 30.5 + (ref.day or 15)
    there = (month - 1) * 30.5 + (day or 1)
    ahead = (there - here) % 366
    behind = (here - there) % 366
    if ahead == 0 or (day is None and month == ref.month):
        return ref.year, True
    prev = ctx.prev_word(pos)
    if (prev.endswith("ed") or prev in ctx.lex.past_verbs) and ahead > 7:
        forward = False  # "ended Sept. 30", "terminated on ..."
    elif prev in _UPCOMING and behind > 31:
        forward = True  # "by February", "effective June 1"
    elif prev in ("through", "thru") and behind > 31 and ctx.tense(pos) not in (PAST, PLUPERFECT):
        forward = True  # "funds the government through Sept. 30" (but "sales rose through March")
    elif day is None:
        # two months on at most, or the next one in a past clause: "Sales fell in January" told in November is
        # last January, "informed them of a cutback in September" told in August the coming one (a plan)
        if ahead <= 31:
            forward = True
        else:  # the clause's tense only when it decides
            tense = ctx.tense(pos)
            forward = (ahead <= 62 and tense not in (PAST, PLUPERFECT)) or (behind > 31 and tense == FUTURE)
    else:
        forward = ahead <= FORWARD_DAYS or (behind > 31 and ctx.future(pos))  # "payable Dec. 7"
    if forward:
        return (ref.year if there >= here else ref.year + 1), True
    return (ref.year if there <= here else ref.year - 1), True


def norm_mdy(m: re.Match[str], ctx: Context) -> Found | None:
    """ "Oct. 15, 1999", "March 26", "Friday, Aug. 7"."""
    month = month_of(ctx, m.group("month"))
    dayw = m.groupdict().get("dayw")
    day = ctx.lex.ordinals[" ".join(dayw.split())] if dayw else int(m.group("day"))
    if month is None or not 1 <= day <= 31:
        return None
    if not filters.month_case_ok(ctx, m.start("month"), m.group("month"), strict=False):
        return None
    if m.group("year"):
        year, relative = year_number(m.group("year")), False
        if year is None:
            return None
    else:
        if m.end("month") < m.end() and filters.counted_after(ctx, m.end()):
            return None  # "May 5 people" is a count; "On 15 September tanks appeared" a day
        if m.group("month").endswith(".") and filters.cited_after_abbreviation(ctx, m.start("month")):
            return None  # "(Suet. Jul. 2, 5.)": Suetonius' Julius, chapters 2 and 5
        year, relative = year_for(ctx, month, day, m.start())
        apposed = apposition_year(ctx, m.end())
        if apposed is not None:
            year, relative = apposed, False  # "the thirty-first of December, New Year's Eve, 1809"
        event = _event_year(ctx, month, day, m.end())
        if event is not None:
            year, relative = event, False  # "the Sept. 11 attacks": 2001
    groups = m.groupdict()
    first, last = (groups.get("day0"), day) if groups.get("day0") else (day, groups.get("day1"))
    if year is None:
        return Found("DATE", f"XXXX-{month:02d}-{int(first):02d}", relative=True)  # day ranges need a year
    value = day_date(year, month, int(first))
    end_value = day_date(year, month, int(last)) if last else None
    if value is None or (end_value is not None and end_value <= value):
        return None if value is None else Found("DATE", value, relative=relative, end=m.end("day"))
    return Found("DATE", value, mod_of(groups.get("mod")), relative=relative, end_value=end_value)


_ROMAN_LATE = frozenset((3, 5, 7, 10))  # March, May, July, October: ides on the 15th, nones on the 7th


def norm_roman_day(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the Ides of March" (the 15th), "the calends of January" (the 1st), "the nones of June" (the 5th)."""
    month = month_of(ctx, m.group("month"))
    if month is None or m.group("month").endswith("."):
        return None
    named = m.group("rday")
    late = month in _ROMAN_LATE
    day = 1 if named in ("calends", "kalends") else (15 if late else 13) if named == "ides" else (7 if late else 5)
    if m.group("year"):
        year, relative = year_number(m.group("year")), False
    else:
        year, relative = year_for(ctx, month, day, m.start())
    if year is None:
        return Found("DATE", f"XXXX-{month:02d}-{day:02d}", relative=True)
    value = day_date(year, month, day)
    return None if value is None else Found("DATE", value, relative=relative)


_DAYS_BACK = 7  # a day of the month fewer days than this before the story's day is a look back, not next month's


def norm_ordinal_day(m: re.Match[str], ctx: Context) -> Found | None:
    """ "due on the 15th.", "On the morning of the 9th": that day of the month the text is in. A story moves on
    ("On 16 October ... on the 21st", "On the 19th of February ... On the 25th"), so a day already past is next
    month's unless it is only a few days back; in news, only in a future clause, and a day still to come in a
    past clause is last month's."""
    day = int(m.group("od"))
    which = (m.group("which") or "")[:2]
    if not which and not m.group("prep") and m.group("partof") is None:
        return None  # "the 15th." alone: a rank as often as a day ("the morning of the 9th" is a day)
    ref = ctx.deictic()
    if ref is None or ref.month is None or not 1 <= day <= 31:
        return Found("DATE", f"XXXX-XX-{day:02d}", relative=True) if which and 1 <= day <= 31 else None
    year, month = ref.year, ref.month
    if which:  # instant: this month; ultimo: the last; proximo: the next
        month += {"in": 0, "ul": -1, "pr": 1}[which]
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        value = day_date(year, month, day)
        return Found("DATE", value, relative=True) if value else None
    tense = FUTURE if ctx.narrative else ctx.tense(m.start(), m.end())
    if ctx.narrative and ref.day is not None and day < ref.day:
        # a story moves on ("On 25 October ... on the 17th" is November's) but a day or two back is a look back:
        # "His feast-day came on the 10th of July. On the morning of the 9th he set out"
        tense = PAST if ref.day - day < _DAYS_BACK else FUTURE
    if ref.day is not None and day < ref.day and tense == FUTURE:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    elif ref.day is not None and day > ref.day and tense in (PAST, PLUPERFECT):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    value = day_date(year, month, day)
    return Found("DATE", value, relative=True, start=m.start() + m.group().lower().index("the")) if value else None


def apposition_year(ctx: Context, end: int, *, holiday: bool = False) -> int | None:
    """The year written after a holiday set beside a date: "the thirty-first of December, New Year's Eve,
    1809" (``end``: where the date ends), or after a holiday itself: "Christmas Eve, 1914" (``holiday``)."""
    pos = end
    if not holiday:
        if not ctx.low.startswith(", ", end):
            return None
        written = ctx.low[end + 2 : end + 24].replace("’", "'")  # "New Year’s Eve" with a curly apostrophe
        name = next((h for h in ctx.lex.fixed_holidays if written.startswith(h)), None)
        if name is None:
            return None
        pos = end + 2 + len(name)
    m = _YEAR_AFTER.match(ctx.low, pos)
    return int(m.group(1)) if m else None


_YEAR_AFTER = re.compile(r",\s+([12]\d{3})(?!\d|[.,]\d)")


def _event_year(ctx: Context, month: int, day: int, end: int) -> int | None:
    """The year of an event named by its day ("the Sept. 11 attacks"), if the noun after the date names one that
    happened before the reference time."""
    for value, nouns in ctx.lex.event_nouns.items():
        if value[5:] == f"{month:02d}-{day:02d}" and ctx.next_word(end) in nouns and _after_event(ctx, value):
            return int(value[:4])
    return None


def _after_event(ctx: Context, value: str) -> bool:
    """Whether the text is written after the day ``value`` (or says nothing of when it is written): the DCT, not
    the story's time, decides ("D-Day" in a story told in May 1944 is still 6 June)."""
    ref = ctx.dct
    return ref is None or (ref.year, ref.month or 12, ref.day or 31) > tuple(int(x) for x in value.split("-"))


def norm_event_day(m: re.Match[str], ctx: Context) -> Found | None:
    """ "9/11", "D-Day", "V-E Day": a day named after an event, in a text written after it."""
    value = ctx.lex.event_days[norm_space(m.group("event"))]
    if ctx.next_word(m.end()) in ("for", "of", "minus", "plus"):
        return None  # "D-Day for Operation Torch": another operation's first day
    return Found("DATE", value) if _after_event(ctx, value) else None


def norm_dmy(m: re.Match[str], ctx: Context) -> Found | None:
    """ "15 October 1999", "the 5th of May"."""
    return norm_mdy(m, ctx)


# "the second week of": a week counted in what follows (``week_of``)
_WEEK_OF = re.compile(r"the (first|second|third|fourth|last|final) week of")


def week_of(word: str | None, year: int, month: int | None = None) -> str | None:
    """The ISO week that "the second week of" (``word``) a month or a year names: the week holding the middle
    day of that seven-day stretch ("the first week of January 1945" is 1945-W01, "the last week of April
    1945" the week of 27 April); None when ``word`` counts no week or the year has no calendar."""
    week = _WEEK_OF.fullmatch(norm_space(word or "").lower())
    if week is None or year < 1:
        return None
    last_day = calendar.monthrange(year, month)[1] if month else 365 + calendar.isleap(year)
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(week.group(1))
    day = 7 * n - 3 if n else last_day - 3
    d = dt.date(year, month, day) if month else dt.date(year, 1, 1) + dt.timedelta(days=day - 1)
    return fmt_week(d)


def norm_month_year(m: re.Match[str], ctx: Context) -> Found | None:
    """ "June 1994", "early November 1989", "June last year"."""
    month = month_of(ctx, m.group("month"))
    if month is None or not filters.month_case_ok(ctx, m.start("month"), m.group("month"), strict=False):
        return None
    ystr = m.group("year")
    relative = ystr.split()[0] in ("last", "next", "this")
    if relative:
        ref = ctx.deictic()
        if ref is None:
            return Found("DATE", f"XXXX-{month:02d}", mod_of(m.group("mod")), True)
        year = ref.year + {"last": -1, "next": 1}.get(ystr.split()[0], 0)
    else:
        year = year_number(ystr)
        if year is None:
            return None
    if week := week_of(m.group("mod"), year, month):
        return Found("DATE", week, relative=relative)
    return Found("DATE", f"{fmt_year(year)}-{month:02d}", mod_of(m.group("mod")), relative)


def norm_month(m: re.Match[str], ctx: Context) -> Found | None:
    """ "March", "last May", "early December", "mid-November"."""
    word = m.group("month")
    month = month_of(ctx, word)
    if month is None or not filters.month_case_ok(ctx, m.start("month"), word, strict=True):
        return None
    if filters.day_follows(ctx, m.end()):
        return None  # "last Oct. 23": the month-day rule reads it
    if filters.cited_month(ctx, m.start("month"), m.end("month")):
        return None
    if filters.event_name_follows(ctx, m.end("month")):
        return None  # "the October Revolution"
    rel = " ".join((m.group("rel") or "").split())
    mod = mod_of(m.group("mod"))
    start = m.start() if (m.group("mod") or rel) else None
    if start is None:
        start = m.start("month")
    if start == m.start("month") and filters.recited_months(ctx, m.start("month"), m.end("month")):
        return None  # “January, February, March, April, May”: names a character says, no time of anything
    ref = ctx.deictic()
    if ref is None:
        return Found("DATE", f"XXXX-{month:02d}", mod, True, start=start)
    if rel in ("the next", "the following", "the previous", "that"):
        ref = ctx.anaphoric() or ref
    if rel in ("last", "this past", "the previous") and ref.month is not None:
        year = ref.year if month < ref.month else ref.year - 1
    elif rel in ("next", "this coming", "the next", "the following"):
        year = ref.year if ref.month is not None and month > ref.month else ref.year + 1
    elif rel in ("this", "that"):
        year = ref.year
    else:
        year = year_for(ctx, month, None, m.start())[0] or ref.year
    if week := week_of(m.group("mod"), year, month):
        return Found("DATE", week, relative=True, start=start)
    return Found("DATE", f"{fmt_year(year)}-{month:02d}", mod, True, start=start)


def norm_iso(m: re.Match[str], ctx: Context) -> Found | None:
    """ "1998-03-01", "1998-03-01T14:00"."""
    value = day_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if value is None:
        return None
    if m.group("hh"):
        return Found("TIME", f"{value}T{m.group('hh')}:{m.group('mm')}")
    return Found("DATE", value)


def norm_slash(m: re.Match[str], ctx: Context) -> Found | None:
    """ "10/12/1998" (US order), "3/4/98"."""
    y = int(m.group("y"))
    if y < 100:
        y += 1900 if y >= 30 else 2000
    value = day_date(y, int(m.group("m")), int(m.group("d")))
    return Found("DATE", value) if value else None


def norm_year(m: re.Match[str], ctx: Context) -> Found | None:
    """ "1949", "fiscal 1989", "the end of 1990", "1954-58" (a range), "the 1988 period"."""
    year = int(m.group("year"))
    if not filters.year_ok(ctx, m.start("year"), m.end("year"), year):
        return None
    mod = mod_of(m.group("mod"))
    if mod == "APPROX" and ctx.low.startswith("in", m.end("mod") + 1):
        return Found("DATE", fmt_year(year), start=m.start("year"))  # "will be around in 1995": an adverb
    if mod == "APPROX" and ctx.prev_word(m.start()) in _QUANTITY_BEFORE:
        return None  # "the population of this district at about 1200, of whom 400 are Chinese"
    between = ctx.prev_word(m.start("year")) == "between"
    if not m.group("y2") and not m.group("period") and (between or not _AND_NEXT.match(ctx.low, m.end("year"))):
        span = _era_span_first(ctx, year, m.end("year"), between=between)
        if span is not None:  # "between 1600 and 600 B.C.", "from 2000 to 1500 B.C.": the era is written once
            return Found("DATE", span[0], mod, end_value=span[1], start=m.start("year"), end=m.end("year"))
    end_value = None
    cut = False  # keep only the year: a "range" that is not one ("1990-1" scores, "1999-1998")
    if m.group("y2"):
        y2 = span_last(str(year), m.group("y2").strip(" -–"))
        if year < y2 <= year + 100 and not filters.score_like(ctx, m.end()):
            end_value = fmt_year(y2)
        else:
            cut = True
    start = m.start("the") if m.group("the") else None
    if m.group("period") == "quarter":
        ref = ctx.deictic()
        q = ((ref.month or 1) - 1) // 3 if ref is not None else 0
        return Found("DATE", f"{fmt_year(year)}-Q{q or 4}", start=start, relative=True)
    if m.group("period"):
        return Found("DATE", fmt_year(year), mod, end_value=end_value, start=start)
    if not end_value and (week := week_of(m.group("mod"), year)):
        return Found("DATE", week, end=m.end("year"))  # "the last week of 1944"
    if m.group("the") and not m.group("mod") and not m.group("fiscal"):
        start = m.start("year")  # "the" only belongs to "the 1988 period"
    end = m.end("year") if (cut or not m.group("y2")) else None
    if end is not None and m.group("period") is None:
        end = m.end("year")
    return Found("DATE", fmt_year(year), mod, end_value=end_value, start=start, end=end)


_QUANTITY_BEFORE = frozenset(("at", "of", "with"))  # "at about 1200", "a population of about 1200"
_GLUED_UNIT = re.compile(r"(?:ft|feet|yds?|lbs?|cwt|oz|mm|cm|km|mi|in\.|acres?)\b")  # "625ft."
_UNIT_NEXT = re.compile(r"\s*(?:[A-Z]{2,4}s?|[a-zA-Z]{1,3}/[a-zA-Z]{1,3}|%|°)(?![\w.])")  # MW, km/h, %: a measure
_ERA_SPAN_END = re.compile(
    rf"\s*(?P<link>to|and|or|till|until|-|–|—)\s*(\d{{1,4}})\s?(?:(?P<bc>{BC_ERA})|{AD_ERA})(?![a-z])"
)
_AND_NEXT = re.compile(r"\s*and\b")  # "1812 and 50 BC": two years, the first one AD
_DIGITS_NEXT = re.compile(r"\s+[^\s]*\d")  # "about 120 T-34s", "in 300 MiG-15s": a count of models
_RATIO_BEFORE = re.compile(r"(?:\d|\bone)\s+i")  # "1 in 224", "one in 150"
_PLURAL_PHRASE_NEXT = re.compile(r"\s+[a-z]+\s+[a-z]{2,}s\b")
_VERB_NEXT = re.compile(r"\s+(?:was|were|would|will|had|have|has|are|is|could|might|should|did|[a-z]{2,}ed)\b")


def norm_short_year(m: re.Match[str], ctx: Context) -> Found | None:
    """A three-digit year after a preposition in a story: "in 864 he invited Rurik" (narrative mode only)."""
    if not ctx.narrative or filters.counted_after(ctx, m.end()) or filters.plural_after(ctx, m.end()):
        return None
    end = m.end()
    span = _era_span_first(ctx, int(m.group("year")), end, between=m.group().startswith("between"))
    if span is None and m.group().startswith(("between", "from")):
        return None  # "between 800 and 900 men", "450 stores from 360": counts; "from 264 to 146 BC" is years
    if span is not None:  # "from 264 to 146 BC": the first year is BC too
        start = m.start("approx") if m.group("approx") else m.start("year")
        return Found("DATE", span[0], "APPROX" if m.group("approx") else None, end_value=span[1], start=start)
    if _DIGITS_NEXT.match(ctx.text, end) or _UNIT_NEXT.match(ctx.text, end) or _GLUED_UNIT.match(ctx.low, end):
        return None  # "about 120 T-34s", "about 300 MW of thermal power", "about 625ft.": counts and measures
    if m.group("approx") and ctx.prev_word(m.start()) in _QUANTITY_BEFORE:
        return None  # "a population of about 600"
    if _RATIO_BEFORE.search(ctx.low, max(0, m.start() - 8), m.start() + 1):
        return None  # "an incline of 1 in 224": a ratio
    if m.group("approx") and _PLURAL_PHRASE_NEXT.match(ctx.text, end):
        return None  # "about 200 tramway officers": a count
    if m.group("approx") and _VERB_NEXT.match(ctx.low, end):
        return None  # "of which about 150 would be Bolsheviki", "about 400 were Chinese": a count as a subject
    start = m.start("ty") if m.group("ty") else m.start("ty2") if m.group("ty2") else m.start("year")
    if m.group("approx"):
        return Found("DATE", fmt_year(int(m.group("year"))), "APPROX", start=m.start("approx"))
    return Found("DATE", fmt_year(int(m.group("year"))), start=start)


def span_last(first: str, last: str) -> int:
    """The last year of a span whose last year is written short, with the first year's leading digits: "1854"
    and "56" -> 1856, "361" and "3" -> 363, "180" and "192" -> 192."""
    return int(first[: max(0, len(first) - len(last))] + last)


def norm_row_year(m: re.Match[str], ctx: Context) -> Found | None:
    """A short year that starts a table row: three digits before a month's cell ("966 | April 14 | Baptism of
    Poland"), or any in a column headed "Year" ("450 | First Slavic settlements"). Not a count or a rank:
    "Ward | Voters" over "966 | 12"."""
    year = m.group("year")
    if (m.group("month") is None or len(year) < 3) and ctx.table_header(m.start()) not in _YEAR_HEADERS:
        return None
    last = _row_end(ctx, m.end(), int(year), bc=False) if m.group("month") is None else None
    return Found("DATE", fmt_year(int(year)), end_value=last)


def norm_list_year(m: re.Match[str], ctx: Context) -> Found | None:
    """A year that starts a row of a chronology under its era's line (``Context.list_era``): "B.C." over
    "146. Carthage destroyed." is 146 BC, "A.D. Christian Era began." over "14. Augustus died." AD 14. Its rows
    count down before Christ and up after: a numbered list ("1. Introduction", "2. ...") under an era's line
    is no chronology. "361-3." is a span of years, 361 to 363."""
    start = m.start()
    line_start = ctx.low.rfind("\n", 0, start) + 1
    if ctx.low[line_start:start].strip(" \t"):
        return None  # not at the start of its line
    era, above = ctx.list_era(line_start)
    if not era:
        return None
    year = int(m.group("year"))
    if above is not None and (above < year if era == "bc" else above > year):
        return None
    bc = era == "bc"
    if not m.group("y2"):
        return Found("DATE", fmt_year(1 - year if bc else year), end_value=_row_end(ctx, m.end(), year, bc=bc))
    last = span_last(m.group("year"), m.group("y2"))
    if (last >= year) if bc else (last <= year):
        return None  # a span runs forward in time: down before Christ, up after
    return Found("DATE", fmt_year(1 - year if bc else year), end_value=fmt_year(1 - last if bc else last))


_ROW_TO = re.compile(r"(?:\(\s*to|\bto)\s+(\d{1,4})\s*\)?\s*\.?\s*$")  # "... (to 404)", "... to 1085."


def _row_end(ctx: Context, end: int, year: int, *, bc: bool) -> str | None:
    """The last year of a row's event that its text ends with: "431. Peloponnesian War began (to 404)" (BC),
    "450 | First Slavic settlements (to 500)"; None when the row ends otherwise, or the year would run back."""
    line_end = ctx.low.find("\n", end, end + 400)
    to = _ROW_TO.search(ctx.low, end, line_end if line_end >= 0 else min(len(ctx.low), end + 400))
    if to is None:
        return None
    last = int(to.group(1))
    if (last >= year) if bc else (last <= year):
        return None
    return fmt_year(1 - last if bc else last)


def norm_era_span_start(m: re.Match[str], ctx: Context) -> Found | None:
    """The first year of "431 to 404 B.C." or "(14 to 37 A.D.)" (the era is written once, after the last year)."""
    span = _era_span_first(ctx, int(m.group("year")), m.end(), between=ctx.prev_word(m.start()) == "between")
    return None if span is None else Found("DATE", span[0], end_value=span[1])


def _era_span_first(ctx: Context, year: int, end: int, between: bool) -> tuple[str, str | None] | None:
    """The value of ``year`` ending at ``end`` when a year with an era follows it ("431 to 404 B.C.", "14 to 37
    A.D.") and the span's end value; None when none follows or the span would go backwards in time ("12 to 44
    BC", "37 to 14 A.D."). "(55 and 54 B.C.)" are two years, the era written once: no span, unless after
    "between"; so are "4000 or 5000 B.C."."""
    era = _ERA_SPAN_END.match(ctx.low, end)
    if era is None:
        return None
    last, bc = int(era.group(2)), era.group("bc") is not None
    if era.group("link") == "or":  # "before 4000 or 5000 B.C.": two guesses in the same era, no span
        return (fmt_year(1 - year if bc else year), None) if abs(last - year) <= year else None
    if (last >= year) if bc else (last <= year):
        return None
    to = between or era.group("link") != "and"
    if bc:
        return fmt_year(1 - year), fmt_year(1 - last) if to else None
    return fmt_year(year), fmt_year(last) if to else None


def norm_era(m: re.Match[str], ctx: Context) -> Found | None:
    """ "44 BC" -> -0043, "AD 1066" -> 1066, "A.D. 180-192" -> 0180 to 0192, "B.C. 206" (the era first, as older
    books write it) -> -0205; not "Victoria, B.C. 1998" or "the B.C. 2010 Olympics" (British Columbia)."""
    raw = m.group("n1") or m.group("n3") or m.group("n2")
    n = int(raw.replace(",", ""))
    era = "bc" if m.group("bc") else (m.group("era") or "ad").replace(".", "")
    if n == 0 or n > 9999:
        return None
    bc = era.startswith("b")
    value = fmt_year(1 - n if bc else n)
    if m.group("n1e"):  # "A.D. 180-192", "A.D. 1854-56": a span after the era
        last = span_last(m.group("n1"), m.group("n1e"))
        if last > n:
            return Found("DATE", value, mod_of(m.group("mod")), end_value=fmt_year(last))
        return Found("DATE", value, mod_of(m.group("mod")), end=m.end("n1"))  # "A.D. 220-5 men": the year alone
    if m.group("n0"):  # "218–201 BC": one range, both ends in the era written once
        n0 = int(m.group("n0"))
        if n0 == 0 or (n0 <= n if bc else n0 >= n):
            return Found("DATE", value, mod_of(m.group("mod")), start=m.start("n2"))  # no span: the year alone
        return Found("DATE", fmt_year(1 - n0 if bc else n0), mod_of(m.group("mod")), end_value=value)
    return Found("DATE", value, mod_of(m.group("mod")))


def norm_decade(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the 1990s" -> 199, "the '80s" -> 198, "the nineties" -> 199, "the early 1980s" (START), "the 1800s" -> 18."""
    if m.group("dec"):
        value = m.group("dec")[:3]
        end = m.group("dec_end") or (value[:2] + m.group("dec_end2") if m.group("dec_end2") else None)
        if end is not None:  # "the 1940s–50s", "the 1920s-1930s": a span of decades
            end = end[:3]
            return Found("DATE", value, mod_of(m.group("mod")), end_value=end) if end > value else None
        if value.endswith("0") and m.group("dec")[2] == "0" and value != "200":
            value = value[:2]  # "the 1800s" is the nineteenth century; "the 2000s" the decade 2000-2009
    elif m.group("dec2"):
        value = "19" + m.group("dec2")[0]
    else:
        if _AGE_BEFORE.search(ctx.low, max(0, m.start("decw") - 48), m.start("decw")):
            return None  # "in their early twenties", "a man in his forties": an age
        tens = ctx.lex.tens[m.group("decw")[:-3] + "y"] // 10
        value = f"{_decade_century(ctx, m.end(), tens)}{tens}"
    return Found("DATE", value, mod_of(m.group("mod")))


_AGE_BEFORE = re.compile(  # "in their late teens or early twenties"
    r"(?<![a-z])(?:his|her|their|my|your|our|one's|one’s)\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?:(?:teens|[a-z]+ties)\s+(?:or|and|to)\s+(?:(?:early|mid|late)[\s-]+)?)?\Z"
)
_OF_CENTURY = re.compile(
    r"(?:\s+(?:and|or|to)\s+[a-z]+)?\s+of\s+the\s+([a-z]+|\d{1,2}" + ORDINAL_SUFFIX + r")\s+century"
)


def _decade_century(ctx: Context, end: int, tens: int) -> int:
    """The century of "the sixties": the one named after it ("the thirties and forties of the nineteenth
    century"), in a story the one that puts the decade nearest the story's time (Wells's "By the latter half of
    the nineteenth century ... the sixties and seventies"), else the twentieth."""
    of = _OF_CENTURY.match(ctx.low, end)
    if of is not None:
        n = ordinal_number(of.group(1), ctx.lex)
        if n > 0:
            return n - 1
    ref = ctx.anchor if ctx.narrative else None
    if ref is None or ref.year < 100:
        return 19
    century = ref.year // 100
    return min((century, century - 1), key=lambda c: abs(c * 100 + tens * 10 + 5 - ref.year))


_DECADE_ORDINAL = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6,
                   "eighth": 7, "ninth": 8, "tenth": 9, "last": 9, "final": 9}  # fmt: skip


def norm_decade_of_century(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the first decade of the 20th century" -> 190, "the last decade of the 19th century" -> 189."""
    n = ordinal_number(m.group("cord"), ctx.lex)
    if not 1 <= n <= 100:
        return None
    return Found("DATE", f"{n - 1:02d}{_DECADE_ORDINAL[m.group('dord')]}")


def norm_century(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the 17th century" -> 16, "the fifth century BC" -> -04, "this century", "early in the 19th century"."""
    mod = mod_of(m.group("mod")) or mod_of(m.group("mod2"))
    if m.group("ord") or m.group("ord1"):
        n = ordinal_number(m.group("ord") or m.group("ord1"), ctx.lex)
        if not n:
            return None
        if (m.group("era") or m.group("era1") or "").startswith("b"):
            return Found("DATE", f"-{n - 1:02d}", mod)
        return Found("DATE", f"{n - 1:02d}", mod)
    step = {"this": 0}.get(m.group("crel"), -1 if "last" in m.group("crel") or "past" in m.group("crel") else 1)
    # "this/the last century" speaks from the writer's time, which a story does not give (no DCT);
    # "the next century" follows the story.
    ref = ctx.dct if ctx.narrative and step <= 0 else ctx.deictic()
    if ref is None:
        return Found("DATE", "XX", mod, True)
    return Found("DATE", fmt_century(century_of(ref.year) + step), mod, True)


def norm_turn(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the turn of the century": the years around the nearest change of century, c. 1900 told in 1890 or 1905;
    "the turn of the 20th century" c. 1900, "of the fifth century BC" c. 500 BC, "of the millennium" c. 2000."""
    size = 1000 if m.group("tunit") == "millennium" else 100
    if m.group("tord"):
        n = ordinal_number(m.group("tord"), ctx.lex)
        if not n or size == 1000:
            return None
        bc = (m.group("tera") or "").startswith("b")
        return Found("DATE", fmt_year(1 - n * 100 if bc else (n - 1) * 100), "APPROX")
    if ctx.narrative and ctx.period and (period := period_size(ctx.period)):
        year = (int(ctx.period) + 1) * period  # after "In the latter half of the 19th century", c. 1900
    elif (ref := ctx.deictic()) is not None:
        year = ref.year
    else:
        return None  # no century to turn: the writer's time is unknown
    return Found("DATE", fmt_year(round(year / size) * size), "APPROX", relative=True)


def norm_spelled_year(m: re.Match[str], ctx: Context) -> Found | None:
    """ "nineteen ninety-six" -> 1996, "the year two thousand" -> 2000."""
    if filters.title_case_number(ctx, m.start()):
        return None  # "George Orwell's Nineteen Eighty-Four"
    if filters.counted_after(ctx, m.end()) or filters.plural_after(ctx, m.end()):
        return None  # "the loss of two thousand men"
    if ctx.next_word(m.end()) in _NUMBER_GOES_ON:
        return None  # "about two thousand three hundred walled towns"
    if m.group("tt") and not m.group().startswith("the"):
        prev = ctx.prev_word(m.start())
        if prev not in _YEAR_PREPS or (prev == "of" and not _TIME_OF.search(ctx.before(m.start(), 40))):
            return None  # "a note for two thousand", "a fleet of two thousand, or even of six thousand vessels"
    if m.group("tt"):
        n = parse_number(m.group("r2") or "", ctx.lex) if m.group("r2") else 0
        return Found("DATE", fmt_year(2000 + int(n or 0)))
    year = spelled_year(m.group("c"), m.group("r"), ctx.lex)
    return Found("DATE", fmt_year(year)) if year else None


def clock_value(
    ctx: Context, hour: int, minute: int | None, wd: str | None, pos: int, end: int | None = None
) -> tuple[str, bool]:
    """A TIME value: the day the text is talking about (or the named weekday near it) plus THH:MM."""
    ref = ctx.deictic()
    if not wd and ctx.anchor is not None and ctx.anchor.date is not None:
        # "was shot at 10 p.m." after "Oct. 23": that day's evening; in the news, "The market opens at 9:30
        # a.m." (present, a schedule) or "will speak at noon" after a day gone by is today's
        past_day = ref is not None and ref.date is not None and ctx.anchor.date < ref.date
        if ctx.narrative or not past_day or not ctx.looks_ahead(pos, end):
            ref = ctx.anchor
    day = None
    if ref is not None:
        if wd:
            day = weekday_date(ref, ctx.lex.weekdays[wd], 1 if ctx.looks_ahead(pos, end) else -1)
        else:
            day = fmt_date(ref.date) if ref.date else None
    clock = f"T{hour:02d}:{minute or 0:02d}"
    return (day or "XXXX-XX-XX") + clock, True


def norm_clock(m: re.Match[str], ctx: Context) -> Found | None:
    """ "10:35 a.m.", "5 p.m. EST", "9 a.m. Tuesday", "5 p.m. EST Nov. 9"."""
    hour = int(m.group("h"))
    minute = int(m.group("mi")) if m.group("mi") else None
    if not 1 <= hour <= 12:
        return None
    pm = m.group("ampm").startswith("p")
    hour = hour % 12 + (12 if pm else 0)
    value, rel = clock_value(ctx, hour, minute, m.group("wd") or weekday_past_aside(ctx, m.end()), m.start(), m.end())
    return _on_day(m, ctx, value, rel)


def norm_clock_word(m: re.Match[str], ctx: Context) -> Found | None:
    """ "five A.M.", "seven p.m. on 9 July": a spelled hour on the twelve-hour clock."""
    hour = ctx.lex.numbers.get(m.group("h"))
    if hour is None or not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if m.group("ampm").startswith("p") else 0)
    value, rel = clock_value(ctx, hour, None, m.group("wd") or weekday_past_aside(ctx, m.end()), m.start(), m.end())
    return _on_day(m, ctx, value, rel)


_ASIDE_THEN_WORD = re.compile(r"\s*\([^()\n]{1,30}\)\s*,?\s*(?:on\s+)?([a-z]+)")


def weekday_past_aside(ctx: Context, end: int) -> str | None:
    """The weekday after a clock time's parenthesis: "10:35 a.m. (0735 GMT) Friday", "8:30 a.m. local time (0030
    GMT) on Tuesday" (the parenthesis restates the time; the day is still the time's)."""
    m = _ASIDE_THEN_WORD.match(ctx.low, end)
    return m.group(1) if m is not None and m.group(1) in ctx.lex.weekdays else None


def _on_day(m: re.Match[str], ctx: Context, value: str, relative: bool, start: int | None = None) -> Found | None:
    """A clock time ``value`` moved to the day written after it ("5 p.m. EST Nov. 9", "08:15 on 6 August")."""
    if m.group("cmonth") or m.group("dmonth"):
        month = month_of(ctx, m.group("cmonth") or m.group("dmonth"))
        day = int(m.group("cday") or m.group("dday"))
        if month is None or not 1 <= day <= 31:
            return None
        year = int(m.group("cyear")) if m.group("cyear") else year_for(ctx, month, day, m.start())[0]
        date = day_date(year, month, day) if year else f"XXXX-{month:02d}-{day:02d}"
        if date is None:
            return None
        value = date + value[value.index("T") :]
        relative = not m.group("cyear")
    return Found("TIME", value, relative=relative, start=start)


def norm_clock24(m: re.Match[str], ctx: Context) -> Found | None:
    """ "at 04:45", "by 17.30 hours": a 24-hour clock after a time preposition."""
    hour, minute = int(m.group("h")), int(m.group("mi") or m.group("mi2"))
    if hour > 24 or (hour == 24 and minute):
        return None
    value, rel = clock_value(ctx, hour, minute, m.group("wd"), m.start(), m.end())
    return _on_day(m, ctx, value, rel, start=m.start("h"))


def norm_noon(m: re.Match[str], ctx: Context) -> Found | None:
    """ "noon", "midnight Friday", "mid-afternoon"."""
    prev = ctx.prev_word(m.start())
    if prev == "high" or (prev in ("a", "an") and ctx.prev_word(m.start() - len(prev) - 1) == "many"):
        return None  # "High Noon", "high noon comes today": an idiom; "many a midnight lucubration": a kind
    w = m.group("w").replace("-", "")
    if m.group("d") in ("yesterday", "tomorrow"):
        ref = ctx.deictic()
        day = (
            fmt_date(ref.date + dt.timedelta(days=-1 if m.group("d") == "yesterday" else 1))
            if ref and ref.date
            else None
        )
    else:  # the day as a clock time's: "hours before a midnight deadline" after "late Thursday" is Thursday's
        day = clock_value(ctx, 12, 0, m.group("wd"), m.start(), m.end())[0].split("T")[0]
    suffix = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00", "midafternoon": "TAF",
              "midmorning": "TMO"}[w]  # fmt: skip
    return _on_day(m, ctx, (day or "XXXX-XX-XX") + suffix, True)


def _hour_in_part(hour: int, part: str | None) -> int:
    """The 24-hour clock's hour of "four" (1-12) in the morning, afternoon, evening or night (six or later at
    night is the evening's; "two at night" the small hours'); without a part, as written."""
    if part == "morning":
        return hour % 12
    if part in ("afternoon", "evening") or (part == "night" and hour >= 6):
        return hour % 12 + 12
    return hour


def norm_clock_part(m: re.Match[str], ctx: Context) -> Found | None:
    """ "4 in the morning", "ten o'clock at night": a clock time by its part of the day."""
    n = parse_number(m.group("h"), ctx.lex)
    if n is None or n != int(n) or not 1 <= n <= 12:
        return None
    hour = _hour_in_part(int(n), m.group("part") or "night")
    value, rel = clock_value(ctx, hour, 0, None, m.start())
    start = m.start("h") if m.group().startswith("at") else None
    return Found("TIME", value, relative=rel, start=start)


def norm_oclock(m: re.Match[str], ctx: Context) -> Found | None:
    """ "four o'clock", "two o'clock on Saturday afternoon" (14:00 that Saturday), "ten o'clock on 8 May"."""
    n = parse_number(m.group("h"), ctx.lex)
    if n is None or n != int(n) or not 1 <= n <= 12:
        return None
    hour = _hour_in_part(int(n), m.group("opart"))
    value, rel = clock_value(ctx, hour, 0, m.group("wd"), m.start(), m.end())
    return _on_day(m, ctx, value, rel)
