"""The bundled sample article: the dates the timeline needs, and none of its traps."""

from __future__ import annotations

import pytest

from reader.core.timex import Timex, tag


@pytest.fixture(scope="module", params=["news", "narrative"])
def found(request: pytest.FixtureRequest, sample_text: str) -> list[Timex]:
    return tag(sample_text, dct=None, mode=request.param)


def test_finds_every_date(found: list[Timex]) -> None:
    dates = [(t.text, t.value) for t in found if t.type == "DATE"]
    assert dates == [
        ("the 17th century", "16"),
        ("1949", "1949"),
        ("1953", "1953"),
        ("1953", "1953"),
        ("1954-58", "1954"),
        ("1956", "1956"),
        ("1959", "1959"),
        ("1961", "1961"),
    ]


def test_range_is_one_expression(found: list[Timex]) -> None:
    (rng,) = [t for t in found if t.text == "1954-58"]
    assert (rng.value, rng.end_value) == ("1954", "1958")


def test_no_false_positives(found: list[Timex], sample_text: str) -> None:
    texts = [t.text for t in found]
    assert "11,000" not in texts
    slogan = sample_text.index("The Soviet Union's today is our tomorrow")
    inside = [t for t in found if slogan <= t.start < slogan + 45]
    assert inside == []


def test_durations_are_durations(found: list[Timex]) -> None:
    assert ("three-day", "DURATION", "P3D") in [(t.text, t.type, t.value) for t in found]
