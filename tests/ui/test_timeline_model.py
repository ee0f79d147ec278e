"""TimelineModel: structure (qtmodeltester), row-by-row data of every row kind, folding, navigation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from timeline_data import TEXT, china_timeline, event, passage, years_timeline

from reader.core.timeline import build_timeline
from reader.ui.timeline_model import Role, RowKind, TimelineModel
from reader.ui.timeline_rows import build_structure, group_key, group_label, year_of, years_text

DISPLAY = Qt.ItemDataRole.DisplayRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


@pytest.fixture
def model() -> TimelineModel:
    m = TimelineModel()
    m.set_timeline(china_timeline(), TEXT)
    return m


def kinds(model: TimelineModel) -> list[RowKind]:
    return [model.data(model.index(r), Role.KIND) for r in range(model.rowCount())]


def test_sample_structure(qtmodeltester: object, sample_text: str) -> None:
    timeline = build_timeline(sample_text)
    model = TimelineModel()
    model.set_timeline(timeline, sample_text)
    qtmodeltester.check(model)
    entries = [model.event_at(r) for r in range(model.rowCount()) if model.event_at(r) is not None]
    # dated entries, then the time of writing, which ends the axis; the undated bin starts folded
    assert entries == [ev for ev in timeline.entries if ev.start or ev.kind == "writing"]
    assert entries[-1].label == "Time of writing"
    assert model.entry_count() == len(timeline.entries) + len(timeline.undated)


def test_rows_of_every_kind(qtmodeltester: object, model: TimelineModel) -> None:
    qtmodeltester.check(model)
    e, h, g, u = RowKind.ENTRY, RowKind.HEADER, RowKind.GAP, RowKind.UNDATED
    assert kinds(model) == [h, e, g, h, e, e, e, e, u]

    def row(r: int, role: int) -> object:
        return model.data(model.index(r), role)

    # Header of the 17th century.
    assert row(0, Role.LABEL) == "17th century"
    assert row(0, DISPLAY) == row(0, ACCESSIBLE) == "17th century, 1 entry, expanded"
    assert row(0, Role.FOLDED) is False
    assert row(0, Role.ENTRY_COUNT) == 1
    assert row(0, Role.EVENT) is None
    assert model.event_at(0) is None
    # Its entry.
    c17 = model.event_at(1)
    assert c17.id == "c17"
    assert row(1, Role.EVENT) is c17
    assert row(1, Role.LABEL) == "17th century"
    assert row(1, Role.TITLE) == c17.title
    assert row(1, Role.PASSAGE_COUNT) == 1
    assert row(1, Role.APPROXIMATE) is False
    assert row(1, Role.RANGE) is False
    assert row(1, Role.ON_SCREEN) is False
    p = passage(0)
    assert row(1, Role.QUOTE) == TEXT[p.start : p.end]
    assert row(1, Qt.ItemDataRole.AccessibleDescriptionRole) == TEXT[p.start : p.end]
    assert row(1, Qt.ItemDataRole.ToolTipRole) == f"<p>{TEXT[p.start : p.end].replace(chr(39), '&#x27;')}</p>"
    assert row(1, DISPLAY) == f"17th century, {c17.title}, 1 passage"
    # The gap: the 17th century ends in 1699, the next entry starts in 1949.
    assert row(2, Role.LABEL) == row(2, DISPLAY) == "… 250 years …"
    assert row(2, ACCESSIBLE) == "gap of 250 years"
    assert model.event_at(2) is None
    assert not model.flags(model.index(2)) & Qt.ItemFlag.ItemIsSelectable
    # The 20th century header and its entries.
    assert row(3, DISPLAY) == "20th century, 4 entries, expanded"
    assert [model.event_at(r).id for r in range(4, 8)] == ["y1949", "y1953", "r1954", "c1956"]
    assert row(5, Role.PASSAGE_COUNT) == 2
    assert row(5, ACCESSIBLE).endswith(", 2 passages")
    assert row(6, Role.RANGE) is True
    assert row(6, Role.LABEL) == "1954–1958"
    assert row(7, Role.APPROXIMATE) is True
    assert row(7, Role.LABEL) == "c. 1956"
    assert row(7, ACCESSIBLE) == "c. 1956, Around 1956, Khrushchev condemned Stalin's cult of personality., 1 passage"
    # The undated bin: last, folded.
    assert row(8, Role.LABEL) == "Undated (2)"
    assert row(8, DISPLAY) == "Undated, 2 entries, folded"
    assert row(8, Role.FOLDED) is True
    assert model.entry_count() == model.total_entry_count() == 7


def test_axis_flags(model: TimelineModel) -> None:
    axis = [model.data(model.index(r), Role.AXIS) for r in range(model.rowCount())]
    assert axis == [6, 7, 7, 7, 7, 7, 7, 5, 0]  # ON|BELOW first, ON|ABOVE last dated row, bin off the axis


def test_fold_and_unfold(qtmodeltester: object, qtbot: object, model: TimelineModel) -> None:
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        assert model.toggle_fold(3)
    assert removed.args[1:] == [4, 7]
    qtmodeltester.check(model)
    assert kinds(model) == [RowKind.HEADER, RowKind.ENTRY, RowKind.GAP, RowKind.HEADER, RowKind.UNDATED]
    assert model.data(model.index(3), DISPLAY) == "20th century, 4 entries, folded"
    assert model.set_folded(3, True) is False  # already folded
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        assert model.set_folded(4, False)  # the undated bin
    assert inserted.args[1:] == [5, 6]
    assert [model.event_at(r).id for r in (5, 6)] == ["u1", "u2"]
    assert model.data(model.index(5), Role.AXIS) == 0
    qtmodeltester.check(model)
    assert model.toggle_fold(1) is False  # an entry is not a header
    assert model.toggle_fold(2) is False  # nor is a gap


def test_row_of_event_unfolds(model: TimelineModel) -> None:
    assert model.row_of_event("y1953") == 5
    assert model.row_of_event("nope") == -1
    assert model.row_of_event("u2", unfold=False) == -1
    assert model.data(model.index(8), Role.FOLDED) is True
    assert model.row_of_event("u2") == 10
    assert model.data(model.index(8), Role.FOLDED) is False
    model.set_folded(3, True)
    assert model.row_of_event("c1956") == 7
    model.set_filter("Stalin")
    assert model.row_of_event("y1949") == -1  # filtered out


@pytest.mark.parametrize(
    ("row", "delta", "expected"),
    [
        (-1, 1, 1),  # from nowhere forward: the first entry
        (-1, -1, 7),  # from nowhere backward: the last entry
        (1, 1, 4),  # skips the gap and the header
        (4, -1, 1),
        (4, 2, 6),
        (7, 1, 7),  # clamped at the last entry
        (1, -1, 1),  # clamped at the first entry
        (1, 10, 7),
        (0, 1, 1),  # from a header
        (3, -1, 1),
        (8, 1, 7),  # the folded undated header: nothing after, so the nearest before
        (99, 1, 1),
    ],
)
def test_next_entry_row(model: TimelineModel, row: int, delta: int, expected: int) -> None:
    assert model.next_entry_row(row, delta) == expected


def test_next_entry_row_without_entries() -> None:
    model = TimelineModel()
    assert model.next_entry_row(-1, 1) == -1
    model.set_timeline(years_timeline([], undated=2))
    assert model.rowCount() == 1  # only the folded bin
    assert model.next_entry_row(-1, 1) == model.next_entry_row(0, -1) == -1


def test_on_screen_changes_only_changed_rows(qtbot: object, model: TimelineModel) -> None:
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), b.row())))
    model.set_on_screen({"y1949", "y1953", "c17"})
    assert changed == [(1, 1), (4, 5)]
    assert [model.data(model.index(r), Role.ON_SCREEN) for r in (1, 4, 5, 6)] == [True, True, True, False]
    changed.clear()
    model.set_on_screen({"y1953", "r1954"})
    assert changed == [(1, 1), (4, 4), (6, 6)]
    changed.clear()
    model.set_on_screen({"y1953", "r1954"})
    assert changed == []


def test_empty_and_reset(qtmodeltester: object, model: TimelineModel) -> None:
    model.set_timeline(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.entry_count() == 0
    assert model.event_at(0) is None
    empty = TimelineModel()
    empty.set_timeline(years_timeline([]))
    qtmodeltester.check(empty)
    assert empty.rowCount() == 0


def test_old_calls_still_work(sample_text: str) -> None:
    """The main window's first calls: set_timeline without text, rowCount, index, event_at."""
    model = TimelineModel()
    model.set_timeline(build_timeline(sample_text))
    assert model.rowCount() > 0
    row = model.next_entry_row(-1, 1)
    assert model.event_at(row) is model.data(model.index(row, 0), Role.EVENT)
    assert model.data(model.index(row), Role.QUOTE) == ""


@pytest.mark.parametrize(
    ("years", "headers"),
    [
        ([1949, 1953, 1954, 1956, 1957, 1959, 1961, 1962], ["1940s", "1950s", "1960s"]),
        ([1805, 1805, 1805, 1806, 1806, 1806, 1812, 1812, 1812], ["1805", "1806", "1812"]),
        ([1600, 1650, 1700, 1790, 1900, 1950], ["17th century", "18th century", "20th century"]),
        ([-43, -40, 14, 30, 79, 100], ["1st century BC", "1st century", "2nd century"]),
    ],
)
def test_grouping_adapts_to_the_span(years: list[int], headers: list[str]) -> None:
    model = TimelineModel()
    model.set_timeline(years_timeline(years))
    labels = [model.data(model.index(r), Role.LABEL) for r in range(model.rowCount()) if model.is_header(r)]
    assert labels == headers


def test_gap_rows() -> None:
    model = TimelineModel()
    model.set_timeline(years_timeline([1100, 1110, 1120, 1130, 1800, 1810, 1820, 1830]))
    gaps = [model.data(model.index(r), Role.LABEL) for r in range(model.rowCount()) if model.kind_at(r) == RowKind.GAP]
    assert gaps == ["… 670 years …"]


@pytest.mark.parametrize(
    ("year", "unit", "label"),
    [
        (1956, 10, "1950s"),
        (1905, 10, "1900–1909"),
        (1956, 100, "20th century"),
        (1699, 100, "17th century"),
        (-43, 100, "1st century BC"),
        (0, 100, "1st century BC"),
        (-100, 100, "2nd century BC"),
        (-43, 10, "40s BC"),
        (-43, 1, "44 BC"),
        (1999, 1000, "2nd millennium"),
    ],
)
def test_group_labels(year: int, unit: int, label: str) -> None:
    assert group_label(group_key(year, unit), unit) == label


def test_years_text_rounds() -> None:
    assert years_text(1) == "… 1 year …"
    assert years_text(47) == "… 47 years …"
    assert years_text(254) == "… 250 years …"
    assert years_text(1234) == "… 1,200 years …"


def test_sparse_blocks_get_wider_eras() -> None:
    """A century mode timeline whose early millennium is sparse groups that millennium as one era."""
    years = [-3900, -3500, -3100, *range(1900, 2000, 4)]
    years += [1000 + 50 * i for i in range(10)]
    model = TimelineModel()
    model.set_timeline(years_timeline(sorted(years)))
    labels = [model.data(model.index(r), Role.LABEL) for r in range(model.rowCount()) if model.is_header(r)]
    assert labels[0] == "4th millennium BC"
    assert "20th century" in labels


def test_folded_header_stands_for_its_on_screen_entries(qtbot: object, model: TimelineModel) -> None:
    model.set_folded(3, True)
    assert model.shown_row_of_event("y1953") == 3
    assert model.shown_row_of_event("c17") == 1
    assert model.shown_row_of_event("u1") == 4  # the folded bin's header
    assert model.shown_row_of_event("nope") == -1
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_on_screen({"y1953"})
    assert (changed.args[0].row(), changed.args[1].row()) == (3, 3)
    assert model.data(model.index(3), Role.ON_SCREEN) is True
    assert model.data(model.index(3), Role.FOLDED) is True  # nothing unfolded
    model.set_folded(3, False)
    assert model.data(model.index(3), Role.ON_SCREEN) is False
    assert model.data(model.index(model.shown_row_of_event("y1953")), Role.ON_SCREEN) is True


def test_dense_eras_split_into_finer_ones() -> None:
    """A century holding over 30 entries is split into decades; the rest stay centuries."""
    years = [1000 + 90 * i for i in range(10)] + [1800 + i // 2 for i in range(40)]
    model = TimelineModel()
    model.set_timeline(years_timeline(sorted(years)))
    labels = [model.data(model.index(r), Role.LABEL) for r in range(model.rowCount()) if model.is_header(r)]
    assert labels[:3] == ["11th century", "12th century", "13th century"]
    assert labels[-2:] == ["1800–1809", "1810s"]


@pytest.mark.slow
def test_a_book(qtmodeltester: object, shared_dir: object) -> None:
    """A whole history book: structure, every entry once, in order, under its era; folded and filtered states."""
    from reader.core.loaders import load_document

    doc = load_document(shared_dir / "corpus" / "books" / "wells_short_history_pg35461_latin1.txt")
    timeline = build_timeline(doc.text, title=doc.title, dct=doc.date)
    model = TimelineModel()
    model.set_timeline(timeline, doc.text)
    qtmodeltester.check(model)
    shown = [model.event_at(r) for r in range(model.rowCount()) if model.event_at(r) is not None]
    # the undated bin starts folded; the time of writing ends the axis
    assert shown == [ev for ev in timeline.entries if ev.start or ev.kind == "writing"]
    assert model.entry_count() == len(timeline.entries) + len(timeline.undated)
    for header in [r for r in range(model.rowCount()) if model.is_header(r)][:5]:
        model.set_folded(header, True)
    qtmodeltester.check(model)
    model.set_filter("Egypt")
    qtmodeltester.check(model)
    assert 0 < model.entry_count() < len(timeline.entries)
    model.set_filter("15")  # the years 15, 150–159 and 1500–1599
    kept = [model.event_at(r) for r in range(model.rowCount()) if model.event_at(r) is not None]
    assert kept
    for ev in kept:
        first, last = year_of(ev.start), year_of(ev.end)
        assert any(first <= hi and lo <= last for lo, hi in ((15, 15), (150, 159), (1500, 1599))), ev.label


def test_prehistory_is_grouped_by_millennium() -> None:
    entries = [
        event("a", "8000 BC", "-7999-01-01", "-7999-12-31"),
        event("b", "7000 BC", "-6999-01-01", "-6999-12-31"),
        event("c", "4500 BC", "-4499-01-01", "-4499-12-31"),
        event("d", "44 BC", "-0043-01-01", "-0043-12-31"),
    ]
    labels = [g.label for g in build_structure(entries, ()).groups]
    assert labels[:3] == ["8th millennium BC", "7th millennium BC", "5th millennium BC"]
    assert "millennium" not in labels[-1]  # after 1000 BC the usual eras come back
