"""A scroll bar that also shows where things are: small ticks at fractions of the document (highlighted passages).

API::

    bar = MarkerScrollBar()                       # vertical by default; a plain QScrollBar otherwise
    text_view.setVerticalScrollBar(bar)           # the view takes ownership
    bar.set_markers([0.1, 0.52], QColor("#9c3d10"))           # fractions of the document, 0.0 top .. 1.0 bottom
    bar.set_markers([0.3], QColor("#f0a35e"), layer="soft")    # several layers, painted in the order first set
    bar.clear_markers()                           # every layer; clear_markers("soft") for one
    bar.markers(layer="default") -> tuple[float, ...]

A fraction maps onto the scroll bar's groove (the track between the arrow buttons), so a tick sits beside the part
of the document it marks, whatever the slider's size. Ticks are painted over the groove and the slider, after the
style has drawn the scroll bar, so scrolling, dragging, clicking and wheel behaviour are untouched. Fractions
outside 0..1 are clamped and NaNs dropped. Markers that fall on the same pixel are drawn once, so ten thousand of
them paint as fast as a few hundred.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QScrollBar, QWidget

from reader.ui.compat import override

TICK_THICKNESS = 2  # pixels along the scroll direction
TICK_INSET = 2  # pixels left free on each side across the bar


class MarkerScrollBar(QScrollBar):
    """A QScrollBar that paints marker ticks at document fractions; see the module docstring."""

    def __init__(self, orientation: Qt.Orientation = Qt.Orientation.Vertical, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setObjectName("markerScrollBar")
        self._layers: dict[str, tuple[tuple[float, ...], QColor]] = {}

    # Public API

    def set_markers(self, fractions: Iterable[float], colour: QColor, *, layer: str = "default") -> None:
        """Show ticks at ``fractions`` (0.0 = start, 1.0 = end of the document) in ``colour``, replacing ``layer``."""
        clean = tuple(sorted(min(max(float(f), 0.0), 1.0) for f in fractions if not math.isnan(f)))
        if clean:
            self._layers[layer] = (clean, QColor(colour))
        else:
            self._layers.pop(layer, None)
        self.update()

    def clear_markers(self, layer: str | None = None) -> None:
        """Remove the ticks of ``layer``, or of every layer when None."""
        if layer is None:
            self._layers.clear()
        else:
            self._layers.pop(layer, None)
        self.update()

    def markers(self, layer: str = "default") -> tuple[float, ...]:
        """The fractions currently shown in ``layer`` (sorted, clamped)."""
        return self._layers.get(layer, ((), QColor()))[0]

    def groove_rect(self) -> QRect:
        """The track the slider moves in, where fractions are mapped (widget coordinates)."""
        # Here, not at the top: creating QStyle's types takes 5 ms, and a start shows no markers.
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarGroove, self
        )

    # Qt event overrides

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        """Let the style draw the scroll bar, then draw the ticks on top."""
        super().paintEvent(event)
        if not self._layers:
            return
        groove = self.groove_rect()
        if groove.isEmpty():
            return
        vertical = self.orientation() == Qt.Orientation.Vertical
        start, length = (groove.top(), groove.height()) if vertical else (groove.left(), groove.width())
        across_start = (groove.left() if vertical else groove.top()) + TICK_INSET
        across = max(1, (groove.width() if vertical else groove.height()) - 2 * TICK_INSET)
        last = max(0, length - TICK_THICKNESS)
        painter = QPainter(self)
        try:
            for fractions, colour in self._layers.values():
                for pos in sorted({start + round(f * last) for f in fractions}):
                    if vertical:
                        painter.fillRect(across_start, pos, across, TICK_THICKNESS, colour)
                    else:
                        painter.fillRect(pos, across_start, TICK_THICKNESS, across, colour)
        finally:
            painter.end()
