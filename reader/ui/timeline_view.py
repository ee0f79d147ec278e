"""The timeline sidebar: a list view whose delegate draws an axis with markers, dates and titles."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from reader.ui.themes import THEMES, Theme
from reader.ui.timeline_model import Role

try:
    from typing import override
except ImportError:  # Python 3.11
    from typing_extensions import override

_Index = QModelIndex | QPersistentModelIndex
AXIS_X = 18  # the axis line's x inside a row
PAD = 8


class TimelineDelegate(QStyledItemDelegate):
    """Paints one entry: a marker on the vertical axis, the date label, a two-line title, the passage count."""

    def __init__(self, parent: QListView) -> None:
        super().__init__(parent)
        self.theme: Theme = THEMES["light"]

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, int(fm.height() * 3.4) + 2 * PAD)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        theme = self.theme
        rect = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.selection))
            painter.drawRoundedRect(rect.adjusted(4, 2, -4, -2), 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus and selected:
            painter.setPen(QPen(QColor(theme.accent), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(4.5, 2.5, -4.5, -2.5), 6, 6)

        axis = QColor(theme.muted)
        axis.setAlpha(110)
        painter.setPen(QPen(axis, 2))
        top = rect.top() if index.row() > 0 else rect.top() + PAD + 8
        bottom = rect.bottom() if index.row() < index.model().rowCount() - 1 else rect.top() + PAD + 8
        painter.drawLine(QPointF(AXIS_X, top), QPointF(AXIS_X, bottom))

        fm = QFontMetrics(option.font)
        cy = rect.top() + PAD + fm.ascent() / 2 + 2
        painter.setPen(QPen(QColor(theme.paper), 2))
        painter.setBrush(QColor(theme.accent))
        radius = 5.5 if selected else 4.5
        painter.drawEllipse(QPointF(AXIS_X, cy), radius, radius)

        x = AXIS_X + 14
        width = rect.right() - x - PAD
        label_font = QFont(option.font)
        label_font.setBold(True)
        painter.setFont(label_font)
        painter.setPen(QColor(theme.accent))
        label = index.data(Role.LABEL) or ""
        count = index.data(Role.PASSAGE_COUNT) or 0
        count_text = f"{count}¶"
        count_w = fm.horizontalAdvance(count_text) + 4
        label_rect = QRectF(x, rect.top() + PAD, width - count_w, fm.height())
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setFont(option.font)
        painter.setPen(QColor(theme.muted))
        painter.drawText(
            QRectF(rect.right() - PAD - count_w, rect.top() + PAD, count_w, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            count_text,
        )
        painter.setPen(QColor(theme.ink))
        _draw_elided_lines(painter, option.font, index.data(Role.TITLE) or "", x, label_rect.bottom() + 2, width, 2)
        painter.restore()


def _draw_elided_lines(painter: QPainter, font: QFont, text: str, x: float, y: float, width: float, lines: int) -> None:
    """Draw ``text`` wrapped into at most ``lines`` lines of ``width``, eliding the last one."""
    fm = QFontMetrics(font)
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
        rest = text[line.textStart() :]
        if drawn == lines - 1 and line.textStart() + line.textLength() < len(text):
            elided = fm.elidedText(rest, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(QPointF(x, y + fm.ascent()), elided)
        else:
            segment = text[line.textStart() : line.textStart() + line.textLength()].rstrip()
            painter.drawText(QPointF(x, y + fm.ascent()), segment)
        y += fm.height()
        drawn += 1
    layout.endLayout()


class TimelineView(QListView):
    """The timeline list: single selection, uniform rows, smooth per-pixel scrolling."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName("Timeline")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self._delegate = TimelineDelegate(self)
        self.setItemDelegate(self._delegate)

    def set_theme(self, theme: Theme) -> None:
        """Recolour the sidebar."""
        self._delegate.theme = theme
        self.setStyleSheet(f"QListView#timeline {{ background: {theme.sidebar}; color: {theme.ink}; }}")
        self.viewport().update()
