"""TimelineView: folding by key and mouse, accessible names, painting in every theme, row heights."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAccessible, QColor
from timeline_data import TEXT, china_timeline, years_timeline

from reader.ui.themes import THEMES
from reader.ui.timeline_model import Role, RowKind, TimelineModel
from reader.ui.timeline_view import TimelineView


@pytest.fixture
def view(qtbot: object) -> TimelineView:
    model = TimelineModel()
    model.set_timeline(china_timeline(), TEXT)
    view = TimelineView()
    model.setParent(view)
    view.setModel(model)
    view.resize(340, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def select(view: TimelineView, row: int) -> None:
    view.selectionModel().setCurrentIndex(view.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_left_and_right_fold_a_header(qtbot: object, view: TimelineView) -> None:
    model = view.model()
    view.setFocus()
    select(view, 3)  # the 20th century
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert model.data(model.index(3), Role.FOLDED) is True
    assert model.rowCount() == 5
    qtbot.keyClick(view, Qt.Key.Key_Left)  # already folded: nothing changes
    assert model.rowCount() == 5
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert model.data(model.index(3), Role.FOLDED) is False
    assert view.currentIndex().row() == 3
    qtbot.keyClick(view, Qt.Key.Key_Right)  # unfolded: into the group
    assert view.currentIndex().row() == 4
    qtbot.keyClick(view, Qt.Key.Key_Left)  # from an entry: back to its header
    assert view.currentIndex().row() == 3


def test_folding_moves_the_current_entry_to_its_header(view: TimelineView) -> None:
    select(view, 6)
    assert view.set_folded(3, True)
    assert view.currentIndex().row() == 3
    assert view.toggle_fold(3)
    assert view.toggle_fold(1) is False


def test_click_on_a_header_toggles_it(qtbot: object, view: TimelineView) -> None:
    model = view.model()
    undated = model.rowCount() - 1
    assert model.kind_at(undated) == RowKind.UNDATED
    centre = view.visualRect(model.index(undated)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert model.data(model.index(undated), Role.FOLDED) is False
    assert model.rowCount() == undated + 3
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert model.data(model.index(undated), Role.FOLDED) is True
    # A click on an entry selects it and folds nothing.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(4)).center())
    assert view.currentIndex().row() == 4
    assert model.rowCount() == undated + 1


def test_accessible_names(view: TimelineView) -> None:
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None
    assert iface.text(QAccessible.Text.Name) == "Timeline"
    names = []
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.role() in (QAccessible.Role.ListItem, QAccessible.Role.Cell):
            names.append(child.text(QAccessible.Text.Name))
    assert "20th century, 4 entries, expanded" in names
    assert "1953, Mao Zedong was junior to Josef Stalin, who died in 1953., 2 passages" in names
    assert "Undated, 2 entries, folded" in names


def test_filter_keeps_the_current_entry(view: TimelineView) -> None:
    model = view.model()
    select(view, 5)  # 1953
    model.set_filter("Stalin")
    assert model.event_at(view.currentIndex().row()).id == "y1953"
    model.set_filter("")
    assert model.event_at(view.currentIndex().row()).id == "y1953"


def test_row_heights_by_kind(view: TimelineView) -> None:
    model = view.model()
    heights = {model.kind_at(r): view.sizeHintForRow(r) for r in range(model.rowCount())}
    assert heights[RowKind.ENTRY] > heights[RowKind.HEADER] > 0
    assert heights[RowKind.GAP] > 0
    rects = [view.visualRect(model.index(r)) for r in range(model.rowCount())]
    assert all(a.bottom() < b.top() for a, b in pairwise(rects))


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_paints_every_kind_in_every_theme(view: TimelineView, theme: str) -> None:
    model = view.model()
    model.set_folded(model.rowCount() - 1, False)
    model.set_on_screen({"y1949"})
    view.set_theme(THEMES[theme])
    view.setFocus()
    select(view, 5)
    image = view.viewport().grab().toImage()
    assert not image.isNull()
    # The on-screen entry has an accent bar at the left edge; its neighbour has none.
    accent = QColor(THEMES[theme].accent)
    rect = view.visualRect(model.index(4))
    bar = image.pixelColor(2, rect.center().y())
    assert abs(bar.red() - accent.red()) + abs(bar.green() - accent.green()) + abs(bar.blue() - accent.blue()) < 40
    other = image.pixelColor(2, view.visualRect(model.index(6)).center().y())
    assert other != bar


def test_many_entries_lay_out(qtbot: object) -> None:
    model = TimelineModel()
    model.set_timeline(years_timeline([1000 + i // 10 for i in range(3000)], undated=5))
    view = TimelineView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(340, 600)
    view.show()
    qtbot.waitExposed(view)
    assert view.indexAt(view.viewport().rect().topLeft()).row() == 0  # the first paint has rows
    last = model.index(model.rowCount() - 1)

    def bottom_reached() -> bool:  # the batched layout may still be growing the scroll range
        view.scrollToBottom()
        return view.viewport().rect().intersects(view.visualRect(last))

    qtbot.waitUntil(bottom_reached)
    assert model.kind_at(model.rowCount() - 1) == RowKind.UNDATED


def test_arrow_keys_never_stop_on_a_gap(qtbot: object, view: TimelineView) -> None:
    """Without the keymap's actions, the list's own Up/Down step over gap rows."""
    model = view.model()
    view.setFocus()
    select(view, 1)
    rows = []
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Up):
        qtbot.keyClick(view, key)
        rows.append(view.currentIndex().row())
    assert rows == [3, 4, 3, 1]
    assert model.kind_at(2) == RowKind.GAP


def test_pixel_sized_and_larger_fonts(qtbot: object, view: TimelineView) -> None:
    before = view.sizeHintForRow(1)
    font = view.font()
    font.setPixelSize(24)
    view.setFont(font)
    qtbot.waitUntil(lambda: view.sizeHintForRow(1) > before)
    view.viewport().grab()  # paints without a "point size <= 0" warning


def test_load_10000_entries(qtbot: object, benchmark: object) -> None:
    """pytest-benchmark: model reset + first paint on 10,000 entries (a smoke test unless --benchmark-enable).

    bench/bench_sidebar.py is the full benchmark, with its baseline.
    """
    timeline = years_timeline([-3000 + i // 2 for i in range(10_000)], undated=100)
    model = TimelineModel()
    view = TimelineView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(340, 800)
    view.show()
    qtbot.waitExposed(view)

    def load() -> None:
        model.set_timeline(None)
        model.set_timeline(timeline)
        view.viewport().grab()

    benchmark(load)
    assert view.indexAt(view.viewport().rect().topLeft()).row() == 0
    assert model.entry_count() == 10_100
