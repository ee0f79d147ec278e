"""The timeline filter: query parsing, matching, and the model's filtered rows."""

from __future__ import annotations

import pytest
from timeline_data import TEXT, china_timeline, event

from reader.ui.timeline_filter import EntryMatcher, Query, overlaps, parse_query
from reader.ui.timeline_model import Role, RowKind, TimelineModel


@pytest.fixture
def model() -> TimelineModel:
    m = TimelineModel()
    m.set_timeline(china_timeline(), TEXT)
    return m


def entry_ids(model: TimelineModel) -> list[str]:
    return [model.event_at(r).id for r in range(model.rowCount()) if model.event_at(r) is not None]


@pytest.mark.parametrize(
    ("query", "ranges", "words"),
    [
        ("", (), ()),
        ("   ", (), ()),
        ("1956", ((1956, 1956),), ()),
        ("195", ((195, 195), (1950, 1959)), ()),
        ("19", ((19, 19), (190, 199), (1900, 1999)), ()),
        ("1950s", ((1950, 1959),), ()),
        ("1900s", ((1900, 1999),), ()),
        ("17th century", ((1600, 1699),), ()),
        ("17th", ((1600, 1699),), ()),
        ("1st century BC", ((-99, 0),), ()),
        ("-44", ((-43, -43), (-448, -439), (-4498, -4399)), ()),
        ("44 BC", ((-43, -43), (-448, -439), (-4498, -4399)), ()),
        ("44bc", ((-43, -43), (-448, -439), (-4498, -4399)), ()),
        ("AD 1066", ((1066, 1066),), ()),
        ("Stalin", (), ("stalin",)),
        ("stalin CULT", (), ("stalin", "cult")),
        ("1956 Stalin", ((1956, 1956),), ("stalin",)),
        ("0", (), ("0",)),
    ],
)
def test_parse_query(query: str, ranges: tuple, words: tuple) -> None:
    assert parse_query(query) == Query(ranges, words)


def test_overlaps() -> None:
    assert overlaps(1954, 1958, ((1950, 1959),))
    assert overlaps(1900, 1999, ((1956, 1956),))
    assert not overlaps(1949, 1949, ((1950, 1959),))


def test_matcher_reads_passages_not_only_titles() -> None:
    matcher = EntryMatcher(TEXT)
    ev = event("x", "1953", "1953-01-01", "1953-12-31", passages=(3,), title="A title without the word")
    assert matcher.matches(ev, parse_query("slogan"))  # only in the passage
    assert matcher.matches(ev, parse_query("TITLE"))  # case-insensitive
    assert not matcher.matches(ev, parse_query("slogan nowhere"))  # every word must match
    assert matcher.predicate("") is None


def test_decade_prefix(qtmodeltester: object, model: TimelineModel) -> None:
    model.set_filter("195")
    qtmodeltester.check(model)
    assert entry_ids(model) == ["y1953", "r1954", "c1956"]
    assert model.kind_at(0) == RowKind.HEADER
    assert model.data(model.index(0), Role.LABEL) == "20th century"
    assert model.data(model.index(0), Role.ENTRY_COUNT) == 3
    assert model.entry_count() == 3
    assert model.total_entry_count() == 7
    assert model.filter_text == "195"


def test_year_keeps_overlapping_ranges(model: TimelineModel) -> None:
    model.set_filter("1957")
    assert entry_ids(model) == ["r1954"]
    model.set_filter("16")
    assert entry_ids(model) == ["c17"]
    assert RowKind.GAP not in [model.kind_at(r) for r in range(model.rowCount())]


def test_words(qtmodeltester: object, model: TimelineModel) -> None:
    model.set_filter("Stalin")
    qtmodeltester.check(model)
    assert entry_ids(model) == ["y1953", "c1956"]
    # Headers with nothing left disappear, and so does the gap before them.
    assert [model.kind_at(r) for r in range(model.rowCount())] == [RowKind.HEADER, RowKind.ENTRY, RowKind.ENTRY]
    model.set_filter("stalin cult")
    assert entry_ids(model) == ["c1956"]


def test_words_reach_the_undated_bin(model: TimelineModel) -> None:
    model.set_filter("relations")
    assert [model.kind_at(r) for r in range(model.rowCount())] == [RowKind.UNDATED]
    assert model.data(model.index(0), Role.LABEL) == "Undated (1)"
    assert model.row_of_event("u1") == 1  # unfolds the bin
    model.set_filter("1956 relations")
    assert model.rowCount() == 0


def test_empty_query_shows_everything(qtmodeltester: object, model: TimelineModel) -> None:
    rows = model.rowCount()
    model.set_filter("nothing matches this")
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.next_entry_row(-1, 1) == -1
    model.set_filter("")
    qtmodeltester.check(model)
    assert model.rowCount() == rows


def test_folding_survives_filtering(model: TimelineModel) -> None:
    model.set_folded(3, True)
    model.set_filter("195")
    assert model.data(model.index(0), Role.FOLDED) is True
    assert model.rowCount() == 1
    model.set_filter("")
    assert model.data(model.index(3), Role.FOLDED) is True
