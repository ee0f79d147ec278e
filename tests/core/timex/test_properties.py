"""Property tests: on any text the tagger never raises and keeps its output contract."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core.timex import tag

# TIMEX3 values this tagger can produce (a subset of the TimeML grammar).
VALUE = re.compile(
    r"(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|-?[0-9X]{2,4}(?:-(?:[0-9X]{2}|W[0-9X]{2}|Q[1-4X]|H[12]|SP|SU|FA|WI)(?:-(?:[0-9X]{2}|WE|[1-7]))?)?"
    r"(?:T(?:[0-9]{2}(?::[0-9]{2})?|MO|AF|EV|NI))?"
    r"|XXXX-WXX(?:-[1-7]|-WE)?(?:T(?:MO|AF|EV|NI))?"
    r"|P(?:[0-9.]+|X)(?:[YMWDQ]|WE)(?:[0-9]+M)?(?:T[0-9]+H)?|PT(?:[0-9.]+|X)[HMS](?:[0-9]+[MS])?"
    r"|P(?=[0-9])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?)"
)
WORDS = [
    "today", "yesterday", "Friday", "last", "next", "week", "year", "years", "ago", "March", "May", "the",
    "1949", "1954-58", "11,000", "three-day", "early", "mid-", "century", "17th", "quarter", "third", "a.m.",
    "10:35", "BC", "AD", "'80s", "1990s", "from", "to", "between", "and", "fiscal", "Oct.", "15,", "now",
    "summer", "every", "daily", "two", "days", "later", "the following", "Christmas", " ", "\n", ",", ".",
    "B.C.", "1BC", "centuries", "ago", "Feb.", "29", "31", "9999", "Easter", "night", "noon", "in", "the year",
    "22d", "3d", "the 9th", "morning of", "of", "on", "they", "five", "A.M.", "p.m.", "_", "(1389)", "(", ")",
    "afterwards", "hundred", "the past", "the present", "until", "Suet.", "Jul.", "2,", "for",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=40).map("".join),
)
dcts = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["", "bogus", "1998-02-30", "0001-01-01", "9999-12-31", "-0043"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, dct=dcts, mode=st.sampled_from(["news", "narrative"]))
def test_contract(text: str, dct: str | None, mode: str) -> None:
    found = tag(text, dct=dct, mode=mode)
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= last_end, "sorted and not overlapping"
        last_end = t.end
        assert t.text == text[t.start : t.end]
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert VALUE.fullmatch(t.value), t.value
        if t.end_value is not None:
            assert VALUE.fullmatch(t.end_value), t.end_value
        assert t.to_json()["value"] == t.value


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts,
    st.lists(st.tuples(st.integers(0, 300), st.integers(1, 80)), max_size=4),
    st.sampled_from(["news", "narrative"]),
)
@example("1BC:EASTER", [(0, 1)], "news")  # a holiday in year 0 (1 BC) was dropped; with "1BC" aside it was found
def test_asides_change_values_only(text: str, spans: list[tuple[int, int]], mode: str) -> None:
    # A caption's dates are still found, of the same types: asides only keep them from moving the story.
    asides = [(start, start + length) for start, length in spans]
    plain = [(t.start, t.end, t.type) for t in tag(text, mode=mode)]
    assert [(t.start, t.end, t.type) for t in tag(text, mode=mode, asides=asides)] == plain
