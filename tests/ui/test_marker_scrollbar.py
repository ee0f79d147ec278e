"""MarkerScrollBar: ticks painted where asked, cleared on demand, and an ordinary scroll bar otherwise."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractSlider, QTextEdit
from pytestqt.qtbot import QtBot

from reader.ui.marker_scrollbar import TICK_THICKNESS, MarkerScrollBar

RED = QColor(255, 0, 0)
BLUE = QColor(0, 0, 255)


@pytest.fixture
def bar(qtbot: QtBot) -> MarkerScrollBar:
    bar = MarkerScrollBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 1000)
    bar.setPageStep(100)
    bar.resize(16, 400)
    return bar


def _rows_with(image: QImage, colour: QColor) -> list[int]:
    """The y of every row holding at least one pixel of exactly ``colour``."""
    rgb = colour.rgb()
    return [y for y in range(image.height()) if any(image.pixel(x, y) == rgb for x in range(image.width()))]


def _grab(bar: MarkerScrollBar) -> QImage:
    return bar.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _expected_row(bar: MarkerScrollBar, fraction: float) -> int:
    groove = bar.groove_rect()
    return groove.top() + round(fraction * (groove.height() - TICK_THICKNESS))


def test_no_ticks_by_default(bar: MarkerScrollBar) -> None:
    image = _grab(bar)
    assert _rows_with(image, RED) == []
    assert bar.markers() == ()


def test_ticks_are_painted_at_their_fractions(bar: MarkerScrollBar) -> None:
    bar.set_markers([0.25, 0.75], RED)
    rows = _rows_with(_grab(bar), RED)
    expected = [_expected_row(bar, f) + d for f in (0.25, 0.75) for d in range(TICK_THICKNESS)]
    assert rows == expected
    groove = bar.groove_rect()
    assert groove.top() < rows[0] < rows[-1] < groove.bottom()


def test_ticks_show_over_the_slider(bar: MarkerScrollBar) -> None:
    bar.setValue(0)  # the slider covers the top of the groove
    bar.set_markers([0.0], RED)
    assert _rows_with(_grab(bar), RED) == [_expected_row(bar, 0.0) + d for d in range(TICK_THICKNESS)]


def test_markers_clear(bar: MarkerScrollBar) -> None:
    bar.set_markers([0.5], RED)
    assert _rows_with(_grab(bar), RED)
    bar.clear_markers()
    assert _rows_with(_grab(bar), RED) == []
    bar.set_markers([0.5], RED)
    bar.set_markers([], RED)
    assert _rows_with(_grab(bar), RED) == []


def test_layers_are_independent(bar: MarkerScrollBar) -> None:
    bar.set_markers([0.2], RED, layer="strong")
    bar.set_markers([0.8], BLUE, layer="soft")
    image = _grab(bar)
    assert _rows_with(image, RED) == [_expected_row(bar, 0.2) + d for d in range(TICK_THICKNESS)]
    assert _rows_with(image, BLUE) == [_expected_row(bar, 0.8) + d for d in range(TICK_THICKNESS)]
    bar.clear_markers("soft")
    image = _grab(bar)
    assert _rows_with(image, BLUE) == []
    assert _rows_with(image, RED)


def test_fractions_are_clamped_sorted_and_nans_dropped(bar: MarkerScrollBar) -> None:
    bar.set_markers([1.5, math.nan, 0.5, -1.0], RED)
    assert bar.markers() == (0.0, 0.5, 1.0)
    rows = _rows_with(_grab(bar), RED)
    groove = bar.groove_rect()
    assert groove.top() <= rows[0]
    assert rows[-1] <= groove.bottom()


def test_many_markers_paint(bar: MarkerScrollBar) -> None:
    bar.set_markers([i / 10_000 for i in range(10_000)], RED)
    groove = bar.groove_rect()
    rows = _rows_with(_grab(bar), RED)
    assert rows[0] == groove.top()
    assert len(rows) >= groove.height() - 2


def test_horizontal_bar(qtbot: QtBot) -> None:
    bar = MarkerScrollBar(Qt.Orientation.Horizontal)
    qtbot.addWidget(bar)
    bar.setRange(0, 100)
    bar.resize(300, 16)
    bar.set_markers([0.5], RED)
    image = _grab(bar)
    rgb = RED.rgb()
    columns = [x for x in range(image.width()) if any(image.pixel(x, y) == rgb for y in range(image.height()))]
    groove = bar.groove_rect()
    assert columns == [groove.left() + round(0.5 * (groove.width() - TICK_THICKNESS)) + d for d in range(2)]


def test_still_scrolls_a_text_view(qtbot: QtBot) -> None:
    view = QTextEdit()
    qtbot.addWidget(view)
    bar = MarkerScrollBar()
    view.setVerticalScrollBar(bar)
    view.setPlainText("\n".join(f"line {i}" for i in range(2000)))
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    bar.set_markers([0.5], RED)
    assert view.verticalScrollBar() is bar
    assert bar.maximum() > 0

    def top_line() -> int:
        return view.cursorForPosition(view.viewport().rect().topLeft()).blockNumber()

    bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
    assert bar.value() == bar.pageStep()
    assert top_line() > 5
    groove = bar.groove_rect()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(groove.center().x(), groove.bottom() - 2))
    qtbot.waitUntil(lambda: bar.value() > bar.pageStep())  # a click in the groove pages (or jumps) down
    bar.setValue(bar.maximum() // 2)
    assert top_line() > 500
    assert bar.markers() == (0.5,)
