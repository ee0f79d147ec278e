"""TIMEX3 values as periods on the time axis: ISO bounds, granularity, display label and flags.

``period(value, mod)`` reads one TIMEX3 value (``1949``, ``1921-SP``, ``195``, ``16``, ``-0043-03-15``,
``1998-W07``, ``2023-03-22T14:30``) and returns a Period, or None when the value is not a point or
period that can be placed (``XXXX-03``, ``PRESENT_REF``, ``P3D``). Years use ISO 8601 astronomical
numbering: year 0 is 1 BC and ``-0043`` is 44 BC. ``join(a, b)`` makes the range "1954–1958".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

Day = tuple[int, int, int]  # (year, month, day); year may be 0 or negative (astronomical numbering)

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_SEASONS = {"SP": ("spring", 3, 5), "SU": ("summer", 6, 8), "FA": ("autumn", 9, 11), "WI": ("winter", 12, 14)}
_DAY_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
# Granularities from coarsest to finest; "document" is the time of writing when its date is unknown.
GRANULARITIES = (
    "millennium", "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time",
)  # fmt: skip

_VALUE = re.compile(
    r"^(?P<sign>-|BC)?(?P<y>\d{1,4})"
    r"(?:-(?:(?P<season>SP|SU|FA|WI)|Q(?P<q>[1-4])|H(?P<h>[12])|W(?P<w>\d{2})"
    r"|(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<t>[\d:]+|MO|AF|EV|NI|DT))?)?))?$"
)


@dataclass(frozen=True, slots=True)
class Period:
    """A stretch of the time axis from the first day ``start`` to the last day ``end``, both included."""

    start: Day
    end: Day
    granularity: str
    label: str
    approximate: bool = False
    open_start: bool = False
    open_end: bool = False

    @property
    def iso_start(self) -> str:
        """``start`` as an ISO 8601 calendar date."""
        return iso(self.start)

    @property
    def iso_end(self) -> str:
        """``end`` as an ISO 8601 calendar date."""
        return iso(self.end)


def iso(day: Day) -> str:
    """``(-43, 3, 15)`` -> ``-0043-03-15``."""
    y, m, d = day
    year = f"{y:04d}" if y >= 0 else f"-{-y:04d}"
    return f"{year}-{m:02d}-{d:02d}"


def year_label(y: int) -> str:
    """1949 -> "1949"; -43 -> "44 BC" (astronomical year -43 is 44 BC); 14 -> "AD 14" (a year under 100 reads
    as a day or a count without its era: "19 August AD 14", not "19 August 14")."""
    if y <= 0:
        return f"{1 - y} BC"
    return f"AD {y}" if y < 100 else str(y)


def ordinal(n: int) -> str:
    """17 -> "17th", 21 -> "21st"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def month_days(y: int, m: int) -> int:
    """Days in month ``m`` of year ``y`` (proleptic Gregorian, any year)."""
    if m == 2:
        return 29 if _leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _years(first: int, last: int, granularity: str, label: str) -> Period:
    return Period((first, 1, 1), (last, 12, 31), granularity, label)


def period(value: str, mod: str | None = None) -> Period | None:
    """The period of a TIMEX3 value, with its modifier applied; None when it cannot be placed."""
    m = _VALUE.match(value)
    if not m:
        return None
    digits, bc = m.group("y"), m.group("sign")
    n = int(digits)
    if bc == "BC":  # TIMEX2-style "BC0044": a historical BC year number
        n, bc = n - 1, "-"
    sign = -1 if bc else 1
    suffix = any(m.group(g) for g in ("season", "q", "h", "w", "m"))
    coarse = len(digits) < 4
    base = _fine(m, sign * n) if not coarse else None if suffix else _coarse(digits, n, negative=bool(bc))
    if base is None:
        return None
    return apply_mod(base, mod)


def _coarse(digits: str, n: int, *, negative: bool) -> Period | None:
    """Millennium ``1``, century ``16``, decade ``195``; BC centuries ``-00`` (1st century BC)."""
    if len(digits) == 2:
        if negative:  # the (n+1)th century BC: astronomical years -(n+1)*100+1 .. -n*100
            return _years(-(n + 1) * 100 + 1, -n * 100, "century", f"{ordinal(n + 1)} century BC")
        return _years(n * 100, n * 100 + 99, "century", f"{ordinal(n + 1)} century")
    if negative:
        return None
    if len(digits) == 3:
        return _years(n * 10, n * 10 + 9, "decade", f"{n * 10}s")
    return _years(n * 1000, n * 1000 + 999, "millennium", f"{ordinal(n + 1)} millennium")


def _fine(m: re.Match[str], y: int) -> Period | None:
    """Year, season, quarter, half, week, month, day and time values."""
    yl = year_label(y)
    if m.group("season"):
        name, first, last = _SEASONS[m.group("season")]
        ly, lm = (y + 1, last - 12) if last > 12 else (y, last)
        return Period((y, first, 1), (ly, lm, month_days(ly, lm)), "season", f"{name} {yl}")
    if m.group("q"):
        q = int(m.group("q"))
        return Period((y, 3 * q - 2, 1), (y, 3 * q, month_days(y, 3 * q)), "quarter", f"Q{q} {yl}")
    if m.group("h"):
        h = int(m.group("h"))
        last = 6 * h
        label = f"{'first' if h == 1 else 'second'} half of {yl}"
        return Period((y, last - 5, 1), (y, last, month_days(y, last)), "half", label)
    if m.group("w"):
        if y < 1:
            return None
        try:
            monday = date.fromisocalendar(y, int(m.group("w")), 1)
            sunday = date.fromisocalendar(y, int(m.group("w")), 7)
        except ValueError:
            return None
        label = f"week of {monday.day} {MONTHS[monday.month - 1]} {year_label(monday.year)}"  # not "week 34"
        return Period(monday.timetuple()[:3], sunday.timetuple()[:3], "week", label)
    if not m.group("m"):
        return _years(y, y, "year", yl)
    mo = int(m.group("m"))
    if not 1 <= mo <= 12:
        return None
    if not m.group("d"):
        return Period((y, mo, 1), (y, mo, month_days(y, mo)), "month", f"{MONTHS[mo - 1]} {yl}")
    d = int(m.group("d"))
    if not 1 <= d <= month_days(y, mo):
        return None
    label = f"{d} {MONTHS[mo - 1]} {yl}"
    t = m.group("t")
    if not t:
        return Period((y, mo, d), (y, mo, d), "day", label)
    return Period((y, mo, d), (y, mo, d), "time", f"{label}, {_DAY_PARTS.get(t, t)}")


_PREFIX = {"START": "early", "MID": "mid-", "END": "late"}


def apply_mod(p: Period, mod: str | None) -> Period:
    """Apply a TIMEX3 modifier: START/MID/END narrow to a third, APPROX flags, BEFORE/AFTER open a side."""
    if not mod:
        return p
    if mod in _PREFIX:
        word = _PREFIX[mod]
        label = f"{word}{p.label}" if word.endswith("-") else f"{word} {p.label}"
        if p.granularity in ("day", "time"):  # "early on 1 September 1812", not "early 1 September 1812"
            label = {"START": "early on ", "MID": "midday, ", "END": "late on "}[mod] + p.label
        start, end = _third(p, mod)
        return replace(p, start=start, end=end, label=label, approximate=True)
    if mod == "APPROX":
        return replace(p, label=f"c. {p.label}", approximate=True)
    if mod in ("BEFORE", "ON_OR_BEFORE"):
        end = p.start if mod == "BEFORE" else p.end
        return replace(p, end=end, label=f"before {p.label}", open_start=True)
    if mod in ("AFTER", "ON_OR_AFTER"):
        start = p.end if mod == "AFTER" else p.start
        return replace(p, start=start, label=f"after {p.label}", open_end=True)
    return replace(p, approximate=True)  # LESS_THAN, MORE_THAN, EQUAL_OR_*: fuzzy, same bounds


def _third(p: Period, mod: str) -> tuple[Day, Day]:
    """The first, middle or last third of a period of whole years, months or of one month ("late July": 21-31)."""
    (y0, m0, _), (y1, m1, _) = p.start, p.end
    if p.granularity in ("millennium", "century", "decade", "year") and y1 > y0:
        n = y1 - y0 + 1
        k = -(-n // 3)
        a, b = {"START": (0, k - 1), "MID": (k, n - k - 1), "END": (n - k, n - 1)}[mod]
        return (y0 + a, 1, 1), (y0 + b, 12, 31)
    months = (y1 - y0) * 12 + m1 - m0 + 1
    if months >= 3:
        k = -(-months // 3)
        a, b = {"START": (0, k - 1), "MID": (k, months - k - 1), "END": (months - k, months - 1)}[mod]
        ya, ma = divmod(y0 * 12 + m0 - 1 + a, 12)
        yb, mb = divmod(y0 * 12 + m0 - 1 + b, 12)
        return (ya, ma + 1, 1), (yb, mb + 1, month_days(yb, mb + 1))
    if months == 1 and p.granularity == "month":
        n = month_days(y0, m0)
        k = -(-n // 3)
        a, b = {"START": (1, k), "MID": (k + 1, n - k), "END": (n - k + 1, n)}[mod]
        return (y0, m0, a), (y0, m0, b)
    return p.start, p.end


def join(a: Period, b: Period) -> Period | None:
    """The range from ``a`` to ``b`` ("1954–1958", "March–May 1921"); None if b ends before a starts."""
    if b.end < a.start:
        return None
    if a.granularity == b.granularity == "year":
        ya, yb = a.start[0], b.start[0]
        label = f"{ya}–{yb}" if ya > 0 else f"{1 - ya}–{1 - yb} BC" if yb <= 0 else f"{a.label}–{b.label}"
        if 0 < ya < 100:
            label = "AD " + label  # "AD 14–37"
    elif a.granularity == b.granularity == "month" and a.start[0] == b.start[0]:
        label = f"{MONTHS[a.start[1] - 1]}–{b.label}"
    elif a.granularity == b.granularity == "day" and a.start[:2] == b.start[:2]:
        label = f"{a.start[2]}–{b.label}"
    else:
        label = f"{a.label} – {b.label}"
    return Period(
        a.start,
        b.end,
        a.granularity,
        label,
        approximate=a.approximate or b.approximate,
        open_start=a.open_start,
        open_end=b.open_end,
    )
