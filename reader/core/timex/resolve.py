"""Reference times and calendar arithmetic for relative expressions.

A ``Ref`` is a partially known calendar point (year, optional month, optional day). The tagger
keeps two of them while it walks through the text:

* ``deictic``: what "today", "last week", "on Friday" are relative to. In news mode this is the
  document creation time (DCT); in narrative mode it is the most recent explicit date.
* ``anaphoric``: what "the following year", "that summer", "two years later" are relative to:
  the most recent explicit date in both modes (falling back to the DCT).

Every function here returns a TIMEX3 value string, or None when the reference is too coarse;
the caller then writes X placeholders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference time known to year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Ref | None:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (longer is cut; a leading minus for BC, astronomical);
        None if not a date. A BC date keeps its month and day, though ``date`` has none (datetime starts at 1)."""
        sign = -1 if value and value.startswith("-") else 1
        value = value[1:] if sign < 0 else value
        if not value or len(value) < 4 or not value[:4].isdigit():
            return None
        parts = value[:10].split("-")
        try:
            year = sign * int(parts[0])
            month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            day = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
            if month is not None and day is not None:
                dt.date(year % 400 + 400, month, day)  # the calendar repeats every 400 years, BC (astronomical) too
            elif month is not None and not 1 <= month <= 12:
                return None
        except ValueError:
            return None
        return cls(year, month, day)

    @property
    def date(self) -> dt.date | None:
        """The full date, if known to the day."""
        if self.month is None or self.day is None or self.year < 1:
            return None
        return dt.date(self.year, self.month, self.day)


def fmt_year(year: int) -> str:
    """A TIMEX3 year: four digits, astronomical with a leading minus before year 1."""
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def century_of(year: int) -> int:
    """The TIMEX3 century prefix of a year: 19 for 1900-1999, -4 for -0400..-0499 (401-500 BC)."""
    return year // 100 if year >= 0 else -(-year // 100)


def fmt_century(c: int) -> str:
    """A TIMEX3 century: "19" for 1900-1999, "-01" for the second century BC (astronomical)."""
    return f"-{-c:02d}" if c < 0 else f"{c:02d}"


def fmt_date(d: dt.date) -> str:
    """YYYY-MM-DD."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_week(d: dt.date) -> str:
    """The ISO week holding ``d``: YYYY-Www."""
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) shifted by n months."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def shift(ref: Ref, unit: str, n: int) -> str | None:
    """The value of the ``unit`` that is ``n`` units away from ``ref`` (n=0: the one containing it).

    unit is one of D, W, WE, M, Q, H (half year), Y, 10Y (decade), 100Y (century).
    """
    if unit == "Y":
        return fmt_year(ref.year + n)
    if unit == "10Y":
        year = fmt_year(ref.year + 10 * n)
        return year[:4] if year.startswith("-") else year[:3]  # "-039" is the decade of -0393, "195" of 1953
    if unit == "100Y":
        return fmt_century(century_of(ref.year) + n)
    if ref.month is None:
        return None
    if unit == "M":
        y, m = add_months(ref.year, ref.month, n)
        return f"{fmt_year(y)}-{m:02d}"
    if unit == "Q":
        y, m = add_months(ref.year, ref.month, 3 * n)
        return f"{fmt_year(y)}-Q{(m - 1) // 3 + 1}"
    if unit == "H":
        y, m = add_months(ref.year, ref.month, 6 * n)
        return f"{fmt_year(y)}-H{(m - 1) // 6 + 1}"
    d = ref.date
    if d is None:
        return None
    if unit == "D":
        return fmt_date(d + dt.timedelta(days=n))
    if unit == "W":
        return fmt_week(d + dt.timedelta(weeks=n))
    if unit == "WE":
        return fmt_week(d + dt.timedelta(weeks=n)) + "-WE"
    return None


def weekday_date(ref: Ref, weekday: int, direction: int) -> str | None:
    """The date of ``weekday`` (1=Monday) nearest to ref: -1 on or before, +1 on or after, 0 same week."""
    d = ref.date
    if d is None:
        return None
    delta = weekday - d.isoweekday()
    if direction < 0 and delta > 0:
        delta -= 7
    elif direction > 0 and delta < 0:
        delta += 7
    return fmt_date(d + dt.timedelta(days=delta))


def strict_weekday_date(ref: Ref, weekday: int, direction: int) -> str | None:
    """Like ``weekday_date`` but never the reference day itself ("last Friday", "next Friday")."""
    d = ref.date
    if d is None:
        return None
    delta = weekday - d.isoweekday()
    if direction < 0 and delta >= 0:
        delta -= 7
    elif direction > 0 and delta <= 0:
        delta += 7
    return fmt_date(d + dt.timedelta(days=delta))


def nearest_year(ref: Ref, month: int, day: int | None = None) -> int:
    """The year that puts month(/day) closest to the reference (within six months of it)."""
    if ref.month is None:
        return ref.year
    here = ref.month * 31 + (ref.day or 15)
    there = month * 31 + (day or 15)
    if there - here > 6 * 31:
        return ref.year - 1
    if here - there > 6 * 31:
        return ref.year + 1
    return ref.year


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # winter 1941 is December 1941 to February 1942


def season_year(ref: Ref, season: str, direction: int) -> int:
    """The year of "last/this/next <season>" seen from ref (winter counts with the year it starts in).

    Next: the first such season that starts after the one ``ref`` is in ("the next winter" after June 1941
    is 1941-WI); last: the last one that started before it; this: the one holding ref, or this year's.
    """
    if ref.month is None:
        return ref.year + direction
    month = _SEASON_START[season]
    now = ref.year * 12 + ref.month - 1
    current = now - (ref.month - 3) % 3  # where the season holding ref began (March, June, September, December)
    if direction > 0:
        year = ref.year - 1
        while year * 12 + month - 1 <= current:
            year += 1
        return year
    if direction < 0:
        year = ref.year + 1
        while year * 12 + month - 1 >= current:
            year -= 1
        return year
    return ref.year - (1 if season == "WI" and ref.month <= 2 else 0)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 for last) ``weekday`` (1=Monday) of the month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    y, m = add_months(year, month, 1)
    last = dt.date(y, m, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


MOVABLE_HOLIDAYS = {
    "thanksgiving": lambda y: nth_weekday(y, 11, 4, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 4, 4),
    "easter": easter,
    "easter sunday": easter,
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "palm sunday": lambda y: easter(y) - dt.timedelta(days=7),
    "ash wednesday": lambda y: easter(y) - dt.timedelta(days=46),
    "whit sunday": lambda y: easter(y) + dt.timedelta(days=49),
    "whitsunday": lambda y: easter(y) + dt.timedelta(days=49),
    "pentecost": lambda y: easter(y) + dt.timedelta(days=49),
    "whit monday": lambda y: easter(y) + dt.timedelta(days=50),
    "election day": lambda y: nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    "labor day": lambda y: nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: nth_weekday(y, 5, 1, -1),
    "mother's day": lambda y: nth_weekday(y, 5, 7, 2),
    "father's day": lambda y: nth_weekday(y, 6, 7, 3),
}
