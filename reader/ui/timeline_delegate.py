"""The timeline sidebar's delegate: paints rows of a TimelineModel as a vertical time axis.

Era headers carry a fold chevron on the axis, gaps are dashed stretches of axis, entries have a marker
(filled for a date, hollow when approximate, a capsule for a range), a bold date label, a two-line
title and their number of passages. Entries whose passages are on screen get an accent bar.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui.compat import override
from reader.ui.themes import THEMES, Theme
from reader.ui.timeline_model import AXIS_ABOVE, AXIS_BELOW, AXIS_ON, Role, RowKind

_Index = QModelIndex | QPersistentModelIndex
AXIS_X = 24.0  # the axis line's x inside a row
TEXT_X = AXIS_X + 16  # where labels and titles start
PAD = 8.0
MARKER_R = 4.5
CHEVRON_R = 7.5


class TimelineDelegate(QStyledItemDelegate):
    """Paints the rows of a TimelineModel as a vertical timeline."""

    def __init__(self, parent: QListView) -> None:
        super().__init__(parent)
        self._view = parent
        self.theme: Theme = THEMES["light"]
        self._font_key = ""
        self._heights: dict[RowKind, int] = {}
        self._fonts: dict[str, QFont] = {}

    # Public API

    def row_heights(self, font: QFont) -> dict[RowKind, int]:
        """The height of each row kind in ``font`` (the model serves them as SizeHintRole)."""
        if font.key() != self._font_key:
            self._measure(font)
        return dict(self._heights)

    # Qt overrides

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if option.font.key() != self._font_key:
            self._measure(option.font)
        kind = index.data(Role.KIND)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect)
        selected = self._view.selectionModel().isSelected(index)
        self._paint_background(painter, option, index, rect, kind, selected)
        axis = index.data(Role.AXIS) or 0
        if kind == RowKind.ENTRY:
            self._paint_entry(painter, index, rect, axis, selected)
        elif kind == RowKind.GAP:
            self._paint_gap(painter, index, rect)
        elif kind is not None:
            self._paint_header(painter, index, rect, axis, kind)
        painter.restore()

    # Helpers

    def _measure(self, font: QFont) -> None:
        """Cache the fonts and the row height of every kind for ``font``."""
        self._font_key = font.key()
        line = QFontMetricsF(font).height()
        label = QFont(font)
        label.setBold(True)
        header = _scaled(font, 0.86)
        header.setBold(True)
        header.setCapitalization(QFont.Capitalization.AllUppercase)
        header.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.8)
        small = _scaled(font, 0.86)
        gap = QFont(small)
        gap.setItalic(True)
        self._fonts = {"body": QFont(font), "label": label, "header": header, "small": small, "gap": gap}
        self._heights = {
            RowKind.ENTRY: round(PAD + line + 2 + 2 * line + PAD + 2),
            RowKind.HEADER: round(line * 1.2 + 22),
            RowKind.UNDATED: round(line * 1.2 + 30),
            RowKind.GAP: round(line * 1.3 + 14),
        }

    def _paint_background(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, rect: QRectF, kind: int, selected: bool
    ) -> None:
        """Selection, hover and focus, as the view's option.state would say; see _hovered."""
        if kind == RowKind.GAP:  # not selectable: no hover, selection or focus
            return
        theme = self.theme
        card = rect.adjusted(6, 2, -6, -2)
        if kind in (RowKind.HEADER, RowKind.UNDATED):
            card.setTop(card.bottom() - self._heights[RowKind.HEADER] + 8)
        painter.setPen(Qt.PenStyle.NoPen)
        if selected:
            painter.setBrush(QColor(theme.selection))
            painter.drawRoundedRect(card, 7, 7)
        elif self._hovered(option):
            hover = QColor(theme.selection)
            hover.setAlpha(110)
            painter.setBrush(hover)
            painter.drawRoundedRect(card, 7, 7)
        if self._view.hasFocus() and index == self._view.currentIndex():
            painter.setPen(QPen(QColor(theme.accent), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(0.75, 0.75, -0.75, -0.75), 7, 7)

    def _hovered(self, option: QStyleOptionViewItem) -> bool:
        """Whether the view marks the row as under the mouse. Selection and focus come from the view itself:
        reading ``option.state`` makes PySide create QStyle and its ~600 enum members (5 ms of a launch), so it
        waits until the mouse is over the timeline, the only time the hover flag can be set."""
        if not self._view.underMouse():
            return False
        from PySide6.QtWidgets import QStyle

        return bool(option.state & QStyle.StateFlag.State_MouseOver)

    def _axis_pen(self, dashed: bool = False) -> QPen:
        colour = QColor(self.theme.muted)
        colour.setAlpha(95)
        pen = QPen(colour, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        if dashed:
            pen.setDashPattern([2.0, 2.5])
        return pen

    def _draw_axis(self, painter: QPainter, rect: QRectF, axis: int, anchor: float) -> None:
        """The axis through the row: above ``anchor`` if it continues above, below it if it continues below."""
        painter.setPen(self._axis_pen())
        top = rect.top() if axis & AXIS_ABOVE else anchor
        bottom = rect.bottom() + 1 if axis & AXIS_BELOW else anchor
        if bottom > top:
            painter.drawLine(QPointF(AXIS_X, top), QPointF(AXIS_X, bottom))

    def _paint_entry(self, painter: QPainter, index: _Index, rect: QRectF, axis: int, selected: bool) -> None:
        theme, fonts = self.theme, self._fonts
        fm = QFontMetricsF(fonts["label"])
        label_top = rect.top() + PAD
        cy = label_top + fm.height() / 2
        dated = bool(axis & AXIS_ON)
        if dated:
            self._draw_axis(painter, rect, axis, cy)
        accent = QColor(theme.accent) if dated else QColor(theme.muted)
        if index.data(Role.ON_SCREEN):
            self._paint_on_screen(painter, rect.adjusted(0, 6, 0, -6))
        approximate = bool(index.data(Role.APPROXIMATE))
        bottom = rect.bottom() - PAD - 2
        fill = QColor(theme.sidebar) if approximate or not dated else accent
        painter.setPen(QPen(QColor(theme.sidebar), 3))
        if index.data(Role.RANGE):
            capsule = QRectF(AXIS_X - 4, cy - 4, 8, bottom - cy)
            painter.setBrush(QColor(theme.sidebar))
            painter.drawRoundedRect(capsule.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5)
            painter.setPen(QPen(accent, 1.6))
            tint = QColor(accent)
            tint.setAlpha(70 if not approximate else 0)
            painter.setBrush(tint)
            painter.drawRoundedRect(capsule, 4, 4)
        else:
            radius = MARKER_R + (1 if selected else 0)
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(AXIS_X, cy), radius + 1.5, radius + 1.5)
            painter.setPen(QPen(accent, 1.6))
            painter.drawEllipse(QPointF(AXIS_X, cy), radius, radius)
            event = index.data(Role.EVENT)
            # "before 1066" / "after 1066": a small arrowhead on the open side of the marker.
            for open_side, direction in (("open_start", -1), ("open_end", 1)):
                if getattr(event, open_side, False):
                    tip = cy + direction * (radius + 7)
                    arrow = QPainterPath(QPointF(AXIS_X - 3.5, tip - direction * 3.5))
                    arrow.lineTo(AXIS_X, tip)
                    arrow.lineTo(AXIS_X + 3.5, tip - direction * 3.5)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(accent, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                    painter.drawPath(arrow)

        width = rect.right() - PAD - 4 - TEXT_X
        count = index.data(Role.PASSAGE_COUNT) or 0
        count_text = f"{count} ¶"
        small_fm = QFontMetricsF(fonts["small"])
        count_w = small_fm.horizontalAdvance(count_text)
        painter.setFont(fonts["small"])
        painter.setPen(QColor(theme.muted))
        painter.drawText(
            QRectF(rect.right() - PAD - 4 - count_w, label_top, count_w, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            count_text,
        )
        painter.setFont(fonts["label"])
        painter.setPen(accent)
        label = fm.elidedText(index.data(Role.LABEL) or "", Qt.TextElideMode.ElideRight, width - count_w - 8)
        painter.drawText(QPointF(TEXT_X, label_top + fm.ascent()), label)
        painter.setPen(QColor(theme.ink))
        title_top = label_top + fm.height() + 2
        _draw_elided_lines(painter, fonts["body"], index.data(Role.TITLE) or "", TEXT_X, title_top, width, 2)

    def _paint_header(self, painter: QPainter, index: _Index, rect: QRectF, axis: int, kind: int) -> None:
        theme, fonts = self.theme, self._fonts
        fm = QFontMetricsF(fonts["header"])
        cy = rect.bottom() - self._heights[RowKind.HEADER] / 2 + 4
        if kind == RowKind.HEADER:
            self._draw_axis(painter, rect, axis, cy)
        folded = bool(index.data(Role.FOLDED))
        muted = QColor(theme.muted)
        if folded and index.data(Role.ON_SCREEN):
            self._paint_on_screen(painter, QRectF(rect.left(), cy - 8, rect.width(), 16))
        # The chevron sits in a small disc on the axis.
        painter.setPen(QPen(QColor(theme.sidebar), 3))
        painter.setBrush(QColor(theme.sidebar))
        painter.drawEllipse(QPointF(AXIS_X, cy), CHEVRON_R + 1.5, CHEVRON_R + 1.5)
        ring = QColor(muted)
        ring.setAlpha(150)
        painter.setPen(QPen(ring, 1.3))
        painter.drawEllipse(QPointF(AXIS_X, cy), CHEVRON_R, CHEVRON_R)
        painter.setPen(QPen(QColor(theme.ink), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        chevron = QPainterPath()
        if folded:  # pointing right
            chevron.moveTo(AXIS_X - 1.5, cy - 3.5)
            chevron.lineTo(AXIS_X + 2, cy)
            chevron.lineTo(AXIS_X - 1.5, cy + 3.5)
        else:  # pointing down
            chevron.moveTo(AXIS_X - 3.5, cy - 1.5)
            chevron.lineTo(AXIS_X, cy + 2)
            chevron.lineTo(AXIS_X + 3.5, cy - 1.5)
        painter.drawPath(chevron)

        painter.setFont(fonts["header"])
        painter.setPen(QColor(theme.ink))
        label = index.data(Role.LABEL) or ""
        baseline = cy - fm.height() / 2 + fm.ascent()
        painter.drawText(QPointF(TEXT_X, baseline), label)
        count = index.data(Role.ENTRY_COUNT) or 0
        right = rect.right() - PAD - 4
        line_end = right
        if kind == RowKind.HEADER:
            small = fonts["small"]
            count_text = f"{count}"
            count_w = QFontMetricsF(small).horizontalAdvance(count_text)
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(
                QRectF(right - count_w, cy - fm.height() / 2, count_w, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                count_text,
            )
            line_end = right - count_w - 8
        rule_start = TEXT_X + fm.horizontalAdvance(label) + 10
        if line_end > rule_start + 8:
            rule = QColor(muted)
            rule.setAlpha(60)
            painter.setPen(QPen(rule, 1))
            painter.drawLine(QPointF(rule_start, cy + 0.5), QPointF(line_end, cy + 0.5))

    def _paint_on_screen(self, painter: QPainter, rect: QRectF) -> None:
        """The accent bar at the left edge of a row whose passages are on screen."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.theme.accent))
        painter.drawRoundedRect(QRectF(rect.left() + 1, rect.top(), 3.5, rect.height()), 1.75, 1.75)

    def _paint_gap(self, painter: QPainter, index: _Index, rect: QRectF) -> None:
        painter.setPen(self._axis_pen(dashed=True))
        painter.drawLine(QPointF(AXIS_X, rect.top()), QPointF(AXIS_X, rect.bottom() + 1))
        painter.setFont(self._fonts["gap"])
        painter.setPen(QColor(self.theme.muted))
        painter.drawText(
            QRectF(TEXT_X, rect.top(), rect.width() - TEXT_X - PAD, rect.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            index.data(Role.LABEL) or "",
        )


def _scaled(font: QFont, factor: float) -> QFont:
    """A copy of ``font`` scaled by ``factor``, whether it is sized in points or in pixels."""
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return scaled


def _draw_elided_lines(painter: QPainter, font: QFont, text: str, x: float, y: float, width: float, lines: int) -> None:
    """Draw ``text`` wrapped into at most ``lines`` lines of ``width``, eliding the last one."""
    fm = QFontMetricsF(font)
    painter.setFont(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    drawn = 0
    while drawn < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if drawn == lines - 1 and start + length < len(text):
            elided = fm.elidedText(text[start:], Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPointF(x, y + fm.ascent()), elided)
        else:
            painter.drawText(QPointF(x, y + fm.ascent()), text[start : start + length].rstrip())
        y += fm.height()
        drawn += 1
    layout.endLayout()
