"""TIMEX3 values as periods: bounds, granularity, labels, modifiers, BCE and ranges."""

from __future__ import annotations

import pytest

from reader.core.timeline.periods import iso, join, period


@pytest.mark.parametrize(
    ("value", "mod", "start", "end", "granularity", "label"),
    [
        ("1", None, "1000-01-01", "1999-12-31", "millennium", "2nd millennium"),
        ("16", None, "1600-01-01", "1699-12-31", "century", "17th century"),
        ("20", None, "2000-01-01", "2099-12-31", "century", "21st century"),
        ("195", None, "1950-01-01", "1959-12-31", "decade", "1950s"),
        ("1949", None, "1949-01-01", "1949-12-31", "year", "1949"),
        ("1921-SP", None, "1921-03-01", "1921-05-31", "season", "spring 1921"),
        ("1923-WI", None, "1923-12-01", "1924-02-29", "season", "winter 1923"),
        ("1921-Q2", None, "1921-04-01", "1921-06-30", "quarter", "Q2 1921"),
        ("1921-H2", None, "1921-07-01", "1921-12-31", "half", "second half of 1921"),
        ("1998-W07", None, "1998-02-09", "1998-02-15", "week", "week of 9 February 1998"),
        ("2021-W01", None, "2021-01-04", "2021-01-10", "week", "week of 4 January 2021"),
        ("2020-W53", None, "2020-12-28", "2021-01-03", "week", "week of 28 December 2020"),
        ("1900-02", None, "1900-02-01", "1900-02-28", "month", "February 1900"),
        ("2023-03-22", None, "2023-03-22", "2023-03-22", "day", "22 March 2023"),
        ("2023-03-22T14:30", None, "2023-03-22", "2023-03-22", "time", "22 March 2023, 14:30"),
        ("2023-03-22TEV", None, "2023-03-22", "2023-03-22", "time", "22 March 2023, evening"),
    ],
)
def test_granularities(value: str, mod: str | None, start: str, end: str, granularity: str, label: str) -> None:
    p = period(value, mod)
    assert p is not None
    assert (p.iso_start, p.iso_end, p.granularity, p.label) == (start, end, granularity, label)
    assert not p.approximate


def test_bce_day_year_and_century() -> None:
    ides = period("-0043-03-15")
    assert ides is not None
    assert (ides.iso_start, ides.iso_end, ides.label) == ("-0043-03-15", "-0043-03-15", "15 March 44 BC")
    year = period("-0043")
    assert year is not None
    assert year.label == "44 BC"
    assert year.iso_end == "-0043-12-31"
    assert period("BC0044") == year  # TIMEX2-style BC year numbers mean the same year
    first_bc = period("-00")
    assert first_bc is not None
    assert (first_bc.iso_start, first_bc.iso_end, first_bc.label) == ("-0099-01-01", "0000-12-31", "1st century BC")
    assert iso((-1, 1, 1)) == "-0001-01-01"


@pytest.mark.parametrize(
    ("value", "mod", "start", "end", "label"),
    [
        ("192", "START", "1920-01-01", "1923-12-31", "early 1920s"),
        ("192", "END", "1926-01-01", "1929-12-31", "late 1920s"),
        ("16", "MID", "1634-01-01", "1665-12-31", "mid-17th century"),
        ("1921", "START", "1921-01-01", "1921-04-30", "early 1921"),
        ("1950-07", "START", "1950-07-01", "1950-07-11", "early July 1950"),  # so "late July" follows "20 July"
        ("1950-07", "END", "1950-07-21", "1950-07-31", "late July 1950"),
        ("1950-02", "MID", "1950-02-11", "1950-02-18", "mid-February 1950"),
        ("1650", "APPROX", "1650-01-01", "1650-12-31", "c. 1650"),
        ("1812-09-01", "START", "1812-09-01", "1812-09-01", "early on 1 September 1812"),  # not "early 1 September"
        ("1812-08-31", "END", "1812-08-31", "1812-08-31", "late on 31 August 1812"),
    ],
)
def test_approximate_periods_are_ranges_not_fake_points(value: str, mod: str, start: str, end: str, label: str) -> None:
    p = period(value, mod)
    assert p is not None
    assert (p.iso_start, p.iso_end, p.label, p.approximate) == (start, end, label, True)


def test_open_bounds() -> None:
    before = period("1066", "BEFORE")
    assert before is not None
    assert (before.label, before.open_start, before.open_end, before.iso_end) == (
        "before 1066",
        True,
        False,
        "1066-01-01",
    )
    after = period("1066", "AFTER")
    assert after is not None
    assert (after.label, after.open_start, after.open_end, after.iso_start) == ("after 1066", False, True, "1066-12-31")


@pytest.mark.parametrize("value", ["XXXX-03", "PRESENT_REF", "PAST_REF", "P3D", "19XX", "1921-13", "1921-02-30", ""])
def test_unplaceable_values(value: str) -> None:
    assert period(value) is None


def test_ranges_and_their_labels() -> None:
    def p(v: str):
        out = period(v)
        assert out is not None
        return out

    years = join(p("1954"), p("1958"))
    assert years is not None
    assert (years.label, years.iso_start, years.iso_end) == (
        "1954–1958",
        "1954-01-01",
        "1958-12-31",
    )
    months = join(p("1921-03"), p("1921-05"))
    assert months is not None
    assert months.label == "March–May 1921"
    days = join(p("2023-03-22"), p("2023-03-25"))
    assert days is not None
    assert days.label == "22–25 March 2023"
    bc = join(p("-0043"), p("-0029"))
    assert bc is not None
    assert bc.label == "44–30 BC"
    assert join(p("1958"), p("1954")) is None  # backwards: not a range


def test_years_under_a_hundred_carry_their_era() -> None:
    augustus = period("0014-08-19")
    assert augustus is not None
    assert augustus.label == "19 August AD 14"  # not "19 August 14"
    trajan = period("0098")
    assert trajan is not None
    assert trajan.label == "AD 98"
    odoacer = period("0476")
    assert odoacer is not None
    assert odoacer.label == "476"
    start, end = period("0014"), period("0037")
    assert start is not None
    assert end is not None
    tiberius = join(start, end)
    assert tiberius is not None
    assert tiberius.label == "AD 14–37"
