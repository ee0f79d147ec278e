"""Normalizers for relative expressions (durations and sets are in ``durations.py``).

"last week", "two years ago", "the following year", "Friday", "tonight", "this summer", "the third
quarter", "Thanksgiving", "year-end". Values come from ``Context.deictic()`` (the DCT in news
mode) or ``Context.anaphoric()`` (the last date the text talked about); with no reference they
get X placeholders and ``relative=True``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from reader.core.timex import filters
from reader.core.timex.context import Context, period_size
from reader.core.timex.normalize import Found, apposition_year, day_date, month_of, year_for
from reader.core.timex.numbers import (
    ORDINAL_SUFFIX,
    duration_value,
    is_clock_unit,
    mod_of,
    norm_space,
    parse_number,
    unit_code,
    unit_name,
    year_number,
)
from reader.core.timex.resolve import (
    MOVABLE_HOLIDAYS,
    Ref,
    fmt_century,
    fmt_date,
    fmt_week,
    fmt_year,
    season_year,
    shift,
    strict_weekday_date,
    weekday_date,
)
from reader.core.timex.tense import FUTURE, PAST, PLUPERFECT, PRESENT

X_VALUE = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX", "Y": "XXXX",
           "10Y": "XXX", "100Y": "XX"}  # fmt: skip
BACK = ("last", "the last", "the past", "the previous", "previous", "the preceding", "the prior", "this past")
FORWARD = ("next", "the next", "the coming", "coming", "the following", "this coming")
QUARTER_REACH = 1000  # characters: how far back a named quarter makes "a year ago" a quarter
ANAPHORIC = ("the previous", "the preceding", "the prior", "the following", "that", "the same", "that same")


def _rel_code(ctx: Context, unit: str) -> str | None:
    """The calendar unit code for relative arithmetic ("week" -> W), None for clock units and fortnights."""
    if unit == "fiscal year":
        return "Y"
    code = unit_code(unit, ctx.lex)
    return code if code in X_VALUE else None


def _rel_value(ref: Ref | None, code: str, n: int) -> str:
    """The shifted value; with a reference too coarse for the unit, the reference itself
    ("three days later" after "1815" is 1815: the best the text tells)."""
    if ref is None:
        return X_VALUE[code]
    value = shift(ref, code, n)
    if value is None:
        value = fmt_year(ref.year) if ref.month is None else f"{fmt_year(ref.year)}-{ref.month:02d}"
    return value


_APPOSED_DATE = re.compile(r"[^.;:!?\n,]*\d" + ORDINAL_SUFFIX + r"?(?:\s*(?:a\.\s?d|b\.\s?c)\.?)?\s*,\s*")
_SMALLER = {"100Y": ("Y", 100), "10Y": ("Y", 10), "Y": ("M", 12), "W": ("D", 7)}  # a fraction of a unit, counted


def norm_unit_before(m: re.Match[str], ctx: Context) -> Found | None:
    """ "The year before, ...", "the night after,": one unit from the story's time (a day for a part of it)."""
    unit = m.group("unit")
    sign = -1 if m.group("dir") == "before" else 1
    part = ctx.lex.day_parts.get(unit)
    code = "D" if part else _rel_code(ctx, unit)
    if code is None:
        return None
    ref = ctx.anaphoric(
        day_at=m.start() if code in ("D", "W") else None, ahead=sign > 0, month_at=m.start() if code == "M" else None
    )
    if ref is None:
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", relative=True)
    value = _rel_value(ref, code, sign)
    if part:
        return Found("TIME", f"{value}T{part}", relative=True) if len(value) == 10 else None
    return Found("DATE", value, relative=True)


def norm_ago(m: re.Match[str], ctx: Context) -> Found | None:
    """ "two years ago" -> DCT - 2 years (year precision), "a year earlier", "three days later"."""
    unit = "weekend" if m.group("wkd") else unit_name(m.group("unit"), ctx.lex)
    n = parse_number(m.group("num"), ctx.lex)
    if n is not None and m.group("half"):
        n += 0.5  # "a year and a half later": eighteen months
    direction = norm_space(m.group("dir"))
    if direction in ("afterward", "afterwards", "thereafter") and ctx.prev_word(m.start()) == "for":
        return None  # "for a month afterwards hundreds were flung into the river": how long, read as a duration
    sign = 1 if direction in ("later", "afterward", "afterwards", "thereafter", "from now", "hence", "after") else -1
    if unit == "fortnight" and n is not None:
        unit, n = "week", 2 * n  # "a fortnight before": two weeks (it had been counted in years)
    day_at = m.start() if unit in ("day", "week", "weekend") else None
    if direction in ("ago", "from now", "hence"):
        ref = ctx.dct if ctx.narrative and ctx.dct is not None else ctx.deictic(day_at)  # the writer's now
    else:
        ref = ctx.anaphoric(day_at, ahead=sign > 0, month_at=m.start() if unit == "month" else None)
    if is_clock_unit(unit, ctx.lex):
        return Found("DURATION", duration_value(n, unit, ctx.lex)) if direction in ("before", "after") else None
    if ctx.narrative and direction in ("ago", "from now", "hence") and ctx.dct is None:
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", relative=True)  # the writer's now is unknown
    code = _rel_code(ctx, unit) or "Y"
    if n is not None and n != int(n) and code in _SMALLER and (n * _SMALLER[code][1]).is_integer():
        code, n = _SMALLER[code][0], n * _SMALLER[code][1]  # "half a century later": 50 years
    if n is None or n != int(n):
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", relative=True)
    near = m.start() - ctx.quarter_pos < QUARTER_REACH
    if code == "Y" and n == 1 and ctx.last_quarter and near and direction in ("earlier", "ago"):
        return Found("DATE", _quarter_shift(_reported_quarter(ctx), -4), relative=True)
    years = n * (int(code[:-1]) if code in ("10Y", "100Y") else 1 if code == "Y" else 0)
    if ref is None or abs(ref.year + sign * years) > 9999:
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", relative=True)  # "11,000 years ago"
    if direction not in ("ago", "from now", "hence") and _restates(ctx, m.start()):
        n = 0  # "In 1881, twenty years afterwards, ...": the date just written, said again from the story's view
    elif ctx.narrative and ctx.period and direction not in ("ago", "from now", "hence"):
        value = _period_shift(ctx.period, sign * int(years))
        if value is not None:  # "The 1990s saw its collapse; a decade later" is the 2000s
            mod = mod_of(m.group("approx"))
            return Found("DATE", value, mod if mod == "APPROX" else None, relative=True)
    value = _rel_value(ref, code, sign * int(n))
    if code in ("10Y", "100Y"):
        value = fmt_year(ref.year + sign * int(code[:-1]) * int(n))  # "a century later": a year
    mod = mod_of(m.group("approx"))
    return Found("DATE", value, mod if mod == "APPROX" else None, relative=True)


def _named_period(ctx: Context, code: str, rel: str) -> str | None:
    """ "that decade", "the same century", "the following century": counted from the decade or century the text
    named last, when it named it after the story's year (else the story's year decides)."""
    size = 10 if code == "10Y" else 100
    named = ctx.named_period.get(size)
    if named is None or named[1] < ctx.anchor_pos:
        return None
    if rel in ("that", "the same", "that same", "the"):  # "the": "by the end of the decade"
        return named[0]
    if rel in ("the following", "the previous", "the preceding", "the prior") or (rel == "the next" and ctx.narrative):
        return _period_shift(named[0], size if rel in FORWARD else -size)
    return None  # "the last decade", "the past century": counted from today


def _period_shift(period: str, years: int) -> str | None:
    """The decade or century ``years`` away from ``period`` ("199" and 10: "200"; "14" and 200: "16"), or None
    when ``years`` counts no whole number of them."""
    size = period_size(period)
    if size is None or years == 0 or years % size:
        return None
    n = int(period) + years // size
    if size == 10:
        return f"{n:03d}" if n >= 0 else None
    return fmt_century(n)


def _restates(ctx: Context, pos: int) -> bool:
    """Whether the expression at ``pos`` is in apposition to the date written just before it ("In 1881, twenty
    years afterwards,", "on 10 June, two days later,"): that date is its value."""
    between = ctx.low[max(ctx.anchor_pos, 0) : pos]
    return 0 <= pos - ctx.anchor_pos < 40 and _APPOSED_DATE.fullmatch(between) is not None


def _reported_quarter(ctx: Context) -> str:
    """The quarter a "year-ago" comparison starts from: the last one named, unless that one is still to come
    ("through the third quarter of 1990" in a 1989 forecast); then the quarter just reported."""
    reported = _rel_value(ctx.deictic(), "Q", -1)
    named = ctx.last_quarter
    if named is None or ("X" not in reported and named > reported[:4] + "-Q4"):
        return reported
    return named


def _quarter_shift(q: str, n: int) -> str:
    """ "1989-Q3" shifted by n quarters."""
    y, k = int(q[:4]), int(q[-1]) - 1 + n
    return f"{y + k // 4:04d}-Q{k % 4 + 1}"


def norm_week_of(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the week of March 6": the ISO week holding that day."""
    month = month_of(ctx, m.group("month"))
    day = int(m.group("day"))
    if month is None or not 1 <= day <= 31 or not filters.month_case_ok(ctx, m.start("month"), m.group("month"), False):
        return None
    year = year_number(m.group("year")) if m.group("year") else year_for(ctx, month, day, m.start())[0]
    date = day_date(year, month, day) if year else None
    if date is None:
        return Found("DATE", "XXXX-WXX", relative=True)
    return Found("DATE", fmt_week(dt.date.fromisoformat(date)), relative=not m.group("year"))


_SAME_DAY = 200  # characters: a day named this close before "later in the day" is that day


def norm_unit_rel(m: re.Match[str], ctx: Context) -> Found | None:
    """ "last week", "this year", "the following year", "earlier this month", "the latest quarter"."""
    rel = norm_space(m.group("rel"))
    unit = unit_name(norm_space(m.group("unit")), ctx.lex)
    mod = mod_of(m.group("mod"))
    words = ctx.text[m.start() : m.end()].split()
    quoted = m.start() > 0 and ctx.text[m.start() - 1] in "\"“'‘"
    if quoted and len(words) > 1 and all(w[:1].isupper() for w in words):
        return None  # ABC's "This Week": a title
    if m.group("half"):  # "for the next year-and-a-half", "during that month and a half": how long
        return Found("DURATION", duration_value(1.5, unit_name(unit, ctx.lex), ctx.lex))
    if is_clock_unit(unit, ctx.lex):
        if rel in BACK or rel in FORWARD:
            return Found("DURATION", duration_value(1, unit, ctx.lex))
        return None
    named_quarter = unit == "quarter"  # the word itself, not "period" read as one
    if unit == "period":
        if rel not in ("the latest", "the most recent", "the same"):
            return None
        if ctx.narrative and ctx.dct is None and not ctx.last_quarter:
            ref = ctx.deictic(m.start())  # a story's "at the same period": the time it is telling, as a year
            return Found("DATE", fmt_year(ref.year), mod, True) if rel == "the same" and ref is not None else None
        unit = "quarter"
    day_rels = ("the next", "the following", "the previous", "the same", "that same", "that", "the preceding")
    edge = norm_space(m.group("mod") or "")
    inside = rel == "the" and edge in ("earlier", "later") and unit in ("day", "week", "month", "year")
    if inside:
        rel = "this"  # "earlier in the year", "later in the day": the one the text is in
        day = ctx.day_anchor
        if unit == "day" and day is not None and day.date is not None and m.start() - ctx.day_anchor_pos < _SAME_DAY:
            return Found("DATE", fmt_date(day.date), mod, True)  # "Earlier Thursday, ...; later in the day, ..."
    elif unit == "day" and edge == "the end of" and _idiom_end_of_day(ctx, m):
        return None  # "At the end of the day, it is about trust"
    edged = edge.startswith(("the ", "end", "beginning")) and rel == "the"
    if unit == "day" and rel not in day_rels and not inside and not edged:
        return None  # "the day" alone is generic; "the end of the day" is not
    if unit == "quarter" and rel == "that" and ctx.last_quarter:
        return Found("DATE", ctx.last_quarter, mod, True)  # the quarter named last
    if named_quarter and ctx.narrative and ctx.dct is None and not ctx.last_quarter:
        return None  # a book that names no quarter: "the raiders in that quarter" is a place
    if unit == "quarter" and rel in ("the", "the latest", "the most recent", "the fiscal", "its", "the same"):
        value = _rel_value(ctx.deictic(), "Q", -1)  # financial news: the quarter just reported
        if not ctx.narrative or named_quarter:  # a story's "same period" is a time, not a quarter
            ctx.last_quarter = value if "X" not in value else None
            ctx.quarter_pos = m.start()
        return Found("DATE", value, mod, True)
    ended = ctx.after(m.end(), 9).lstrip().startswith(("ended", "ending", "to "))
    if unit in ("year", "fiscal year") and rel in ("the", "the fiscal", "its", "the full", "the entire") and ended:
        return Found("DURATION", "P1Y", mod)
    if rel == "the" and ctx.narrative and not m.group("mod") and unit != "weekend":
        return None  # "all the year", "the day": generic in a story
    if m.group("mod") and rel == "the":
        if mod not in ("START", "MID", "END"):
            return None  # "about the year": generic
        rel = "this"  # "the end of the month"
    if rel == "the" and unit == "week":
        rel = "this"
    if rel in (
        "the",
        "its",
        "the new",
        "the full",
        "the entire",
        "the whole",
        "the calendar",
        "the fiscal",
    ) and unit in (
        "week",
        "month",
        "decade",
        "century",
        "day",
    ):
        return None
    code = _rel_code(ctx, unit)
    if code is None:
        return None
    # "By the end of the decade exports had tripled", after "the 1960s": the decade named, in a story told in
    # the past; "plans to double sales by the end of the decade" is today's
    period_rel = "the" if edged and ctx.tense(m.start(), m.end()) in (PAST, PLUPERFECT) else rel
    if code in ("10Y", "100Y") and (named := _named_period(ctx, code, period_rel)) is not None:
        return Found("DATE", named, mod, True)  # "The 1920s were wild; later in that decade" is the 1920s
    day_at = m.start() if code in ("D", "W", "WE") else None
    ahead = rel in FORWARD
    # "The next year, the Taliban released two videos" (past): the year after the story's; "over the next year"
    # (present or future): the one after today's
    anaphoric = rel in ANAPHORIC or (rel == "the next" and ctx.tense(m.start(), m.end()) == PAST)
    at = m.start() if rel in ("that", "the same", "that same") else None
    month_at = m.start() if code == "M" else None
    ref = ctx.anaphoric(day_at, ahead, at, month_at) if anaphoric else ctx.deictic(day_at, ahead)
    if rel in BACK:
        n = -1
    elif rel in FORWARD:
        n = 1
    elif rel in ("the latest", "the most recent", "the latest fiscal"):
        n = -1
    else:
        n = 0
    if code == "WE" and n == 0 and ref is not None and ref.date is not None:
        # told early in a week, "over the weekend" is the one just past, "will travel this weekend" the coming one
        n = -1 if ref.date.isoweekday() < 5 and not ctx.looks_ahead(m.start(), m.end()) else 0
    if rel == "the new" and code == "Y" and ref is not None and (ref.month or 0) >= 7:
        n = 1  # "In the new year" told in November: the coming one (in January, the one just begun)
    value = _rel_value(ref, code, n)
    if code == "Q":
        ctx.last_quarter = value if "X" not in value else ctx.last_quarter
        ctx.quarter_pos = m.start()
    return Found("DATE", value, mod, True)


def _idiom_end_of_day(ctx: Context, m: re.Match[str]) -> bool:
    """ "At the end of the day, it is about trust": the idiom (after all), told in the present or with no tense;
    "At the end of the day, the index closed lower" is the day."""
    if ctx.prev_word(m.start()) != "at" or not ctx.low.startswith(",", m.end()):
        return False
    return ctx.tense(m.start(), m.end()) in (PRESENT, None)


def norm_year_end(m: re.Match[str], ctx: Context) -> Found | None:
    """ "year-end", "by year's end", "around year end": the end of the reference year; "At month's end": of its
    month."""
    ref = ctx.deictic()
    shift_by = {"last": -1, "next": 1}.get(m.group("yr") or "", 0)
    mod = mod_of(m.group("mod"))
    start = m.start() if mod == "APPROX" else None
    if start is None:
        start = m.end("mod") + 1 if m.group("mod") else None
    if (m.group("unit") or m.group("unit2")) == "month":
        if ref is None or ref.month is None:
            return Found("DATE", "XXXX-XX", "END", True, start=start)
        value = _rel_value(ref, "M", shift_by)
        return Found("DATE", value, mod or "END", True, start=start)
    if ref is None:
        return Found("DATE", "XXXX", "END", True, start=start)
    return Found("DATE", fmt_year(ref.year + shift_by), mod or "END", True, start=start)


def norm_year_earlier(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the year-earlier period" -> the same quarter a year before; "year-ago" -> last year."""
    u = m.group("u") or m.group("pre")  # "the year-ago quarter", "the quarter a year ago"
    ref = ctx.deictic()
    if u in ("quarter", "period") or (u is None and ctx.last_quarter):
        base = _reported_quarter(ctx)
        if "X" in base:
            return Found("DATE", "XXXX-QX", relative=True)
        return Found("DATE", _quarter_shift(base, -4), relative=True)
    return Found("DATE", _rel_value(ref, "Y", -1), relative=True)


_HALF_OF_A_UNIT = re.compile(r"[\s-]+(?:hour|minute|mile|dozen|inning|century|decade|day|week|month)")


def norm_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the third quarter", "third-quarter", "the fourth quarter of 1997", "the first half"."""
    if ctx.after(m.end(), 8).startswith(" of the"):
        return None  # "the third quarter of the eighteenth century": not a business quarter
    half = m.group("qh") == "half"
    if half and _HALF_OF_A_UNIT.match(ctx.low, m.end()):
        return None  # "smashed to pieces in the first half hour": half of an hour, not of a year
    year = m.group("qyear") or m.group("qyear2")
    if m.group("qord") in ("last", "latter", "final"):
        if not (half or year or m.group("qrel")):
            return None  # "last quarter" is the one before this one (``norm_unit_rel``), not the fourth
        n = 2 if half else 4  # "the last half of 1989", "the final quarter of 1998"
    else:
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group("qord"), 0) or int(m.group("qord")[0])
    if half and n > 2:
        return None
    text = m.group()
    rel = m.group("qrel") or next((w for w in ("this", "last", "next") if text.startswith(w)), None)
    start = m.start("qord") if m.group("hy") == "-" and not m.group("qyear") else None  # "a third-quarter loss"
    return _quarter(m, ctx, n, half, int(year) if year else None, rel, start)


def norm_quarter_code(m: re.Match[str], ctx: Context) -> Found | None:
    """ "Q1 2013", "Q3'12", "H2" (the half-year), "FY2013" and "FY 2012-13" (fiscal years, valued as their year)."""
    if m.group("fy"):
        y = _short_year(ctx, m.group("fy"))
        end = m.group("fy2")
        end_value = None
        if end is not None:
            y2 = _short_year(ctx, end) if len(end) == 2 else int(end)
            if y2 != y + 1:
                return None  # "FY 2012-15" is no fiscal year
            end_value = fmt_year(y2)
        return Found("DATE", fmt_year(y), end_value=end_value)
    code = m.group("qc")
    year = m.group("qcy") or m.group("qcy2")
    if year is None and ctx.prev_word(m.start()) not in _CODE_BEFORE:
        return None  # "the Q1 model", "an H2 tank": only "in Q3", "for Q4", "since H1" are periods for sure
    return _quarter(m, ctx, int(code[1]), code[0] == "h", _short_year(ctx, year) if year else None, None, None)


_CODE_BEFORE = frozenset(("in", "for", "during", "since", "by", "through", "until", "over", "from", "to", "and"))


def _short_year(ctx: Context, digits: str) -> int:
    """A year written with two digits ("FY13", "Q3'12"): the one nearest the reference time, else this century's."""
    if len(digits) == 4:
        return int(digits)
    ref = ctx.deictic()
    now = ref.year if ref is not None else 2000
    base = now // 100 * 100
    return min((base - 100 + int(digits), base + int(digits), base + 100 + int(digits)), key=lambda y: abs(y - now))


def _quarter(
    m: re.Match[str], ctx: Context, n: int, half: bool, year: int | None, rel: str | None, start: int | None
) -> Found:
    """The quarter (or half) n of ``year``; without a year, the last one begun at the reference time, or
    this/last/next year's for ``rel``."""
    ref = ctx.deictic()
    if year is not None:
        y = year
    elif ref is None:
        return Found("DATE", f"XXXX-{'H' if half else 'Q'}{n}", relative=True)
    elif rel:
        y = ref.year + {"this": 0, "the": 0, "last": -1, "next": 1}[rel]
    else:
        current = ((ref.month or 12) - 1) // (6 if half else 3) + 1
        if ctx.future(m.start(), m.end()):
            # the coming one, but the one just ended is still to be reported ("will report third-quarter
            # results", told in October); "expects first-quarter revenue", told in October, is next year's
            y = ref.year + 1 if n < current - 1 else ref.year
        else:
            y = ref.year if n <= current else ref.year - 1
    value = f"{fmt_year(y)}-{'H' if half else 'Q'}{n}"
    if not half:
        ctx.last_quarter = value
        ctx.quarter_pos = m.start()
    return Found("DATE", value, relative=year is None, start=start)


def norm_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    """ "Friday", "last Friday", "Friday morning", "each Thursday" (a set)."""
    wd = ctx.lex.weekdays[m.group("wd")]
    rel = norm_space(m.group("rel") or m.group("post") or "")  # "on Monday last", "Friday next"
    part = ctx.lex.day_parts.get(m.group("part") or "", "")
    suffix = f"T{part}" if part else ""
    if not m.group("plural") and rel not in ("each", "every") and part != "EV":
        part, suffix = "", ""  # TimeML news practice: "Friday night" is mostly valued as the day, "Friday evening" not
    start = m.start("wd") if rel in ("on", "early", "late") else None
    if m.group("plural") or rel in ("each", "every"):
        return Found("SET", f"XXXX-WXX-{wd}{suffix}", start=start)
    ref = ctx.anaphoric(m.start()) if rel in ("the previous", "the following") else ctx.deictic(m.start())
    if ref is None or ref.date is None:
        return Found("TIME" if part else "DATE", f"XXXX-WXX-{wd}{suffix}", relative=True, start=start)
    if m.group("dom") and (named := _weekday_of_month(ref, wd, int(m.group("dom")))):
        return Found("TIME" if part else "DATE", f"{named}{suffix}", relative=True, start=start)
    if rel in ("last", "this past", "the previous"):
        value = strict_weekday_date(ref, wd, -1)
    elif rel in ("next", "this coming", "the following"):
        value = strict_weekday_date(ref, wd, 1)
    elif rel == "this":
        value = weekday_date(ref, wd, 0)
    else:
        value = weekday_date(ref, wd, 1 if _weekday_ahead(m, ctx) else -1)
    return Found("TIME" if part else "DATE", f"{value}{suffix}", relative=True, start=start)


def _weekday_of_month(ref: Ref, wd: int, day: int) -> str | None:
    """ "Sunday the 11th": the 11th of the story's month, the month before or the one after, the nearest to the
    story's day among those that fall on that weekday, or among all three when none does (the day's number is
    the writer's more careful word: Morris's "Monday, the 29th" of May 1904 was a Sunday)."""
    if ref.date is None:
        return None
    days = []
    for step in (0, -1, 1):
        month = ref.date.month + step
        year, month = ref.date.year + (month - 1) // 12, (month - 1) % 12 + 1
        if day <= calendar.monthrange(year, month)[1]:
            days.append(dt.date(year, month, day))
    fitting = [d for d in days if d.isoweekday() == wd] or days
    return fmt_date(min(fitting, key=lambda d: abs(d - ref.date))) if fitting else None


def _weekday_ahead(m: re.Match[str], ctx: Context) -> bool:
    """Whether a bare "Friday" is the coming one: by the tense of its clause (``tense.py``).

    Future and present look ahead ("will meet Friday", "is in Paris Friday": news writes schedules in
    the present, as HeidelTime reads them too); past and no tense look back. "since Friday" is past;
    "Friday's ruling" names an event, which news reports after it happened (unless "ahead of Friday's
    vote"), so the clause's tense does not apply to it.
    """
    lead = ctx.before(m.start(), 16)
    if lead.endswith(" since "):
        return False
    if ctx.low.startswith(("'s", "’s"), m.end("wd")):
        return lead.endswith((" ahead of ", " upcoming "))
    return ctx.looks_ahead(m.start(), m.end())


def norm_deictic(m: re.Match[str], ctx: Context) -> Found | None:
    """ "today", "yesterday", "late yesterday", "tomorrow morning", "tonight"."""
    d = m.group("d")
    if filters.idiomatic_deictic(ctx, m.start("d"), m.end("d")):
        return None
    mod_word = norm_space(m.group("mod") or "")
    start = m.start("d") if mod_word in ("until", "as of") else None
    mod = mod_of(mod_word)
    part = ctx.lex.day_parts.get(m.group("part") or "", "")
    if d == "tonight":
        part = "NI"
    end = m.end("d") if m.group().endswith("'s") and not part else None
    offset = {"yesterday": -1, "tomorrow": 1}.get(d, 0)
    if mod_word == "the day before":
        offset, start = offset - 1, m.start()
    elif mod_word == "the day after":
        offset, start = offset + 1, m.start()
    ref = ctx.deictic(m.start())
    typ = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    if ctx.narrative and d == "today":
        return Found("DATE", "PRESENT_REF", relative=True, start=start, end=end)
    if ref is None or ref.date is None:
        if not ctx.narrative and offset == 0:
            return Found(typ, "PRESENT_REF" if not part else "XXXX-XX-XX" + suffix, mod, True, start=start, end=end)
        fallback = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[max(-1, min(1, offset))]
        return Found("DATE", fallback, mod, True, start=start, end=end)
    value = fmt_date(ref.date + dt.timedelta(days=offset)) + suffix
    return Found(typ, value, mod, True, start=start, end=end)


def norm_part_rel(m: re.Match[str], ctx: Context) -> Found | None:
    """ "this morning", "last night", "the next morning", "that evening"."""
    rel = norm_space(m.group("rel"))
    if rel in ("the same", "that same"):
        rel = "that"  # "the same night": the day the story is at
    part = ctx.lex.day_parts[m.group("part")]
    if rel == "the" and (ctx.narrative or ctx.after(m.end(), 4).startswith(" of")):
        return None  # "the night of Oct. 23" is anchored by its date
    if rel == "the":
        rel = "this"
    ref = (
        ctx.anaphoric(m.start())
        if rel in ("that", "the next", "the following", "the previous")
        else ctx.deictic(m.start())
    )
    offset = {"last": -1 if part == "NI" else 0, "yesterday": -1, "tomorrow": 1, "the next": 1, "the following": 1,
              "the previous": -1}.get(rel, 0)  # fmt: skip
    if rel == "last" and part != "NI":
        offset = -1
    if ref is None or ref.date is None:
        return Found("TIME", f"XXXX-XX-XXT{part}", relative=True)
    return Found("TIME", fmt_date(ref.date + dt.timedelta(days=offset)) + f"T{part}", relative=True)


def norm_of_rel_year(m: re.Match[str], ctx: Context) -> Found | None:
    """ "June of the following year", "the spring of that year": the month or season of a year counted from the
    story's time ("that", "the following") or from today ("this", "last", "next")."""
    if m.group("month"):
        month = month_of(ctx, m.group("month"))
        if month is None or not filters.month_case_ok(ctx, m.start("month"), m.group("month"), strict=False):
            return None
        part = f"{month:02d}"
    else:
        part = ctx.lex.seasons[m.group("season")]
    day = m.group("day") or m.group("day2")
    if day and m.group("season"):
        return None  # "the 3 summer of": no such date
    yrel = norm_space(m.group("yrel"))
    ref = ctx.deictic() if yrel in ("this", "last", "next") else ctx.anaphoric(at=m.start())
    if ref is None:
        return Found("DATE", f"XXXX-{part}" + (f"-{int(day):02d}" if day else ""), mod_of(m.group("mod")), True)
    year = ref.year + (-1 if yrel in BACK else 1 if yrel in FORWARD or yrel in ("the ensuing", "the succeeding") else 0)
    if day:
        value = day_date(year, int(part), int(day))  # "the 1st January of the next year"
        return Found("DATE", value, mod_of(m.group("mod")), True) if value else None
    return Found("DATE", f"{fmt_year(year)}-{part}", mod_of(m.group("mod")), True)


def norm_season(m: re.Match[str], ctx: Context) -> Found | None:
    """ "this summer", "last fall", "the winter of 1994", "early spring"."""
    season = ctx.lex.seasons[m.group("season")]
    if filters.name_follows(ctx, m.end("season")):
        return None  # "the Winter War"
    rel = norm_space(m.group("rel") or "")
    mod = mod_of(m.group("mod0")) or mod_of(m.group("mod")) or mod_of(rel)  # "early that winter"
    bare = rel in ("", "the", "in the") and not m.group("mod") and not m.group("year")
    when = bare and (m.group("mod0") is not None or _season_when(ctx, m))  # "By autumn,", "Early in the spring"
    if m.group("season") == "spring" and rel == "in the" and _CLAUSE_END.match(ctx.low, m.end("season")):
        when = True  # "testify next week and again in the spring.": a spring of water seldom ends a clause
    if m.group("season") in ("fall", "spring") and bare and not when:
        return None  # "the fall of prices", "spring" the verb; "injured in the fall."
    if not rel and not m.group("mod") and not m.group("year") and not when:
        return None  # "the snows of winter", "summer pasture": a season in general
    plain = rel in ("", "the", "early", "late", "mid", "the early", "the late")
    if plain and not m.group("year") and ctx.next_word(m.end("season")) in _SEASONAL_THINGS:
        return None  # "the summer palace", "the winter rye", "early spring flowers": things of a season
    if rel == "the" and not m.group("year") and _SEASON_OF_THING.match(ctx.low, m.end("season")):
        return None  # "the summer of the Coal Swamps", "the spring of life": a season of something, no date
    start = m.start("rel") + 3 if rel == "in the" else None
    if m.group("year"):
        year = year_number(m.group("year"))
        if year and m.group("y2") and int(m.group("y2")[-2:]) != (year + 1) % 100:
            return None  # "the winter of 1950–51" spans the new year; "summer 1950-1960" is no season
        return Found("DATE", f"{fmt_year(year)}-{season}", mod, start=start) if year else None
    story = rel in ("that", "the following", "the next", "the previous")  # relative to the story's time
    ahead = rel in ("the following", "the next")
    ref = ctx.anaphoric(ahead=ahead) if story else ctx.deictic()
    if ref is None:
        return Found("DATE", f"XXXX-{season}", mod, True, start=start)
    back, ahead = ("last", "this past", "the previous"), ("next", "this coming", "the following", "the next")
    direction = -1 if rel in back else 1 if rel in ahead else 0
    year = season_year(ref, season, direction) if direction else ref.year
    if (
        not direction
        and rel in ("", "the", "in the")
        and ctx.narrative
        and ref.month is not None
        and ref.month > _SEASON_LAST_MONTH[season]
        and set(ctx.before(m.start(), 60).rsplit("\n", 1)[-1].split()) <= _SEASON_OPENER
    ):
        year += 1  # a story goes on: "The offensive stalled in December 1941. By the summer" is the summer of 1942
    elif season == "WI" and rel == "this" and ref.month is not None and ref.month <= 2:
        year -= 1  # told in February, "this winter" began last December (a winter counts with its first year)
    elif not direction and rel in ("", "the", "in the") and not ctx.narrative and ref.month is not None:
        year += _news_season_shift(ctx, m, season, ref.month)
    return Found("DATE", f"{fmt_year(year)}-{season}", mod, True, start=start)


def _news_season_shift(ctx: Context, m: re.Match[str], season: str, month: int) -> int:
    """A bare season in the news is the one the verb's tense points to: told in October, "will testify in the
    spring" is next year's spring, and told in February, "was built in the summer" last year's summer."""
    tense = ctx.tense(m.start(), m.end())
    if tense == FUTURE and _SEASON_LAST_MONTH[season] < month:
        return 1
    if tense == PAST and _SEASON_LAST_MONTH[season] - 2 > month:
        return -1
    return 0


_CLAUSE_END = re.compile(r"\s*(?:[.!?;]|,\s+(?:and|but|when|while|after|before)\s)")
_SEASON_LAST_MONTH = {"SP": 5, "SU": 8, "FA": 11, "WI": 14}  # winter ends in the next year's February
# the words a season that opens its sentence may follow: "In the middle of the summer Princess Mary received"
_SEASON_OPENER = frozenset((
    "in", "by", "during", "until", "till", "towards", "toward", "through", "throughout", "the", "middle", "end",
    "beginning", "start", "of", "early", "late", "and", "then", "but",
))  # fmt: skip

_SEASONAL_THINGS = frozenset((
    "palace", "palaces", "residence", "house", "quarters", "camp", "solstice", "equinox", "pasture", "pastures",
    "rye", "wheat", "corn", "crops", "crop", "sowing", "flowers", "fruit", "garden", "clothes", "coat", "coats",
    "uniform", "uniforms", "resort", "capital", "road", "roads", "tempest", "storms",
))  # fmt: skip
# "of" and what is not a time: "the summer of the Coal Swamps", "the autumn of his life" (not "of that year",
# "of the following year", "of 1942", "of '42").
_SEASON_OF_THING = re.compile(
    r"\s+of\s+(?!(?:that|this|the\s+(?:same|following|next|previous|preceding|ensuing|succeeding))\s+year"
    r"|\d|'\d|that\s+(?:same\s+)?year|the\s+year\b)"
)
_SEASON_OPENING = re.compile(
    r"(?:^|[.!?;]\s+|\n\s*)(?:(?:in|during|through|throughout|over)\s+the|(?:by|until|till)(?:\s+the)?)\s+$"
)  # "In the spring,", "By autumn,"; not "In winter," (mostly a habit: "In winter, he visited his villages")


_SEASON_PAIRED = re.compile(
    r"\s+(?:and|or)\s+(?:the\s+)?(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s"
)


def _season_when(ctx: Context, m: re.Match[str]) -> bool:
    """Whether a bare season names the story's time: a phrase that opens the sentence and is set off by a
    comma ("By autumn, the raids had failed", "In the spring, the Germans turned east"). Elsewhere a bare
    season is mostly a habit or a thing ("sitting at home in winter", "broken by the fall")."""
    at = m.start("season")
    if _SEASON_PAIRED.match(ctx.low, m.end("season")):
        return True  # "in the spring or autumn of that year": the year written once, after the second season
    return ctx.low.startswith(",", m.end("season")) and _SEASON_OPENING.search(ctx.low, max(0, at - 24), at) is not None


# "Polish", "Ukrainian", "Chinese", "Israeli", "Icelandic", "Ukraine's": a nation's adjective or possessive.
_NATION_BEFORE = re.compile(r"\b([A-Z]\w+(?:an|ish|ese|i|ic)|[A-Z][\w.]+(?:'s|’s))\s+\Z")


def _other_nation(ctx: Context, at: int) -> bool:
    """Whether a nation other than America is named before a holiday ("Polish Independence Day")."""
    m = _NATION_BEFORE.search(ctx.text, max(0, at - 24), at)
    return m is not None and m.group(1) not in ("American", "America's", "America’s")


def norm_holiday(m: re.Match[str], ctx: Context) -> Found | None:
    """ "Christmas", "last Thanksgiving", "Easter 1916", "Election Day"."""
    name = norm_space(m.group("holiday"))
    if filters.name_follows(ctx, m.end("holiday")):
        return None  # "the Easter Rising"
    if not ctx.text[m.start("holiday")].isupper():
        return None
    if name == "independence day" and _other_nation(ctx, m.start("holiday")):
        return None  # "Polish Independence Day" is 11 November, not the 4th of July
    ref = ctx.deictic()
    rel = m.group("rel")
    apposed = None if m.group("year") else apposition_year(ctx, m.end(), holiday=True)  # "Christmas Eve, 1914"
    if m.group("year") or apposed:
        year = apposed or year_number(m.group("year")) or 0
        if not year:
            return None
    elif ref is None:
        fixed = ctx.lex.fixed_holidays.get(name)
        return Found("DATE", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX", relative=True)
    else:
        year = ref.year + {"last": -1, "next": 1}.get(rel or "", 0)
    fixed = ctx.lex.fixed_holidays.get(name)
    if year < 1:  # a story before Christ: a fixed day has its date, Easter's feasts none (no datetime either)
        value = day_date(year, *fixed) if fixed else None
        return Found("DATE", value or "XXXX-XX-XX", relative=True)

    def on(y: int) -> dt.date:
        """The holiday's date in year y."""
        return dt.date(y, *fixed) if fixed else MOVABLE_HOLIDAYS[name](y)

    day = on(year)
    today = ref.date if ref is not None else None
    if today is not None and not m.group("year") and not apposed and not ctx.narrative:
        if rel == "last" or (rel is None and not ctx.future(m.start())):
            day = on(ref.year) if on(ref.year) <= today else on(ref.year - 1)
        elif rel == "next" or rel is None:
            day = on(ref.year) if on(ref.year) >= today else on(ref.year + 1)
    return Found("DATE", fmt_date(day), relative=not (m.group("year") or apposed))
