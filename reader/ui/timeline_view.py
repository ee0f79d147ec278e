"""The timeline sidebar: a list view of TimelineModel rows, drawn by TimelineDelegate as a time axis.

Headers fold and unfold by click or Left/Right; the cursor keys step over gap rows; the current entry
survives a filter change; an empty result says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView

from reader.ui.compat import override
from reader.ui.themes import Theme
from reader.ui.timeline_delegate import PAD, TimelineDelegate
from reader.ui.timeline_model import Role, RowKind, TimelineModel

__all__ = ["TimelineDelegate", "TimelineView"]


class TimelineView(QListView):
    """The timeline list: single selection, rows of three heights, folding by click and Left/Right."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName("Timeline")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self._delegate = TimelineDelegate(self)
        self.setItemDelegate(self._delegate)
        self._kept_event = ""  # the current entry across a filter change

    # Public API

    def set_theme(self, theme: Theme) -> None:
        """Recolour the sidebar."""
        self._delegate.theme = theme
        self.setStyleSheet(f"QListView#timeline {{ background: {theme.sidebar}; color: {theme.ink}; }}")
        if self.isVisible():  # a hidden view paints in full when shown (and viewport() costs ~12 ms the first time)
            self.viewport().update()

    def set_folded(self, row: int, folded: bool) -> bool:
        """Fold or unfold the header at ``row``; the current entry moves to the header if it gets hidden."""
        model = self.model()
        if not isinstance(model, TimelineModel) or not model.is_header(row):
            return False
        current = self.currentIndex()
        if folded and current.isValid() and current.row() > row and model.header_of(current.row()) == row:
            self.setCurrentIndex(model.index(row, 0))
        return model.set_folded(row, folded)

    def toggle_fold(self, row: int) -> bool:
        """Fold an unfolded header or unfold a folded one."""
        model = self.model()
        if not isinstance(model, TimelineModel) or not model.is_header(row):
            return False
        return self.set_folded(row, not model.index(row, 0).data(Role.FOLDED))

    # Private slots

    @Slot()
    def _remember_current(self) -> None:
        event = self.currentIndex().data(Role.EVENT) if self.currentIndex().isValid() else None
        self._kept_event = event.id if event is not None else ""

    @Slot(str)
    def _restore_current(self, _query: str) -> None:
        model = self.model()
        if self._kept_event and isinstance(model, TimelineModel):
            row = model.row_of_event(self._kept_event, unfold=False)
            if row >= 0:
                self.setCurrentIndex(model.index(row, 0))
                self.scrollTo(model.index(row, 0))

    # Qt overrides

    @override
    def setModel(self, model: object) -> None:
        old = self.model()
        if isinstance(old, TimelineModel):
            old.modelAboutToBeReset.disconnect(self._remember_current)
            old.filter_changed.disconnect(self._restore_current)
        super().setModel(model)
        if isinstance(model, TimelineModel):
            model.modelAboutToBeReset.connect(self._remember_current)
            model.filter_changed.connect(self._restore_current)
            model.set_row_heights(self._delegate.row_heights(self.font()))

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        model = self.model()
        if event.type() == QEvent.Type.FontChange and isinstance(model, TimelineModel):
            model.set_row_heights(self._delegate.row_heights(self.font()))
            self.scheduleDelayedItemsLayout()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not isinstance(model, TimelineModel) or model.rowCount() or model.timeline is None:
            return
        query = model.filter_text
        message = f"No entry matches “{query}”" if query else "No dates found in this document"
        painter = QPainter(self.viewport())
        painter.setPen(QColor(self._delegate.theme.muted))
        painter.drawText(
            QRectF(self.viewport().rect()).adjusted(PAD * 2, PAD * 3, -PAD * 2, 0),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            message,
        )
        painter.end()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if isinstance(model, TimelineModel) and plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            row = self.currentIndex().row() if self.currentIndex().isValid() else -1
            if row >= 0:
                self._fold_key(model, row, key == Qt.Key.Key_Left)
            event.accept()
            return
        super().keyPressEvent(event)

    @override
    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        model = self.model()
        if isinstance(model, TimelineModel) and index.isValid() and model.kind_at(index.row()) == RowKind.GAP:
            backwards = action in (
                QAbstractItemView.CursorAction.MoveUp,
                QAbstractItemView.CursorAction.MovePageUp,
                QAbstractItemView.CursorAction.MovePrevious,
            )
            row = index.row() + (-1 if backwards else 1)  # a gap sits between an entry and a header
            if 0 <= row < model.rowCount():
                index = model.index(row, 0)
        return index

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        model = self.model()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and isinstance(model, TimelineModel)
            and model.is_header(index.row())
        ):
            self.toggle_fold(index.row())

    # Helpers

    def _fold_key(self, model: TimelineModel, row: int, left: bool) -> None:
        """Left folds a header (or goes from an entry to its header); Right unfolds, then enters the group."""
        if model.is_header(row):
            folded = bool(model.index(row, 0).data(Role.FOLDED))
            if left and not folded:
                self.set_folded(row, True)
            elif not left and folded:
                self.set_folded(row, False)
            elif not left and model.kind_at(row + 1) == RowKind.ENTRY:
                self.setCurrentIndex(model.index(row + 1, 0))
        elif left:
            header = model.header_of(row)
            if header >= 0:
                self.setCurrentIndex(model.index(header, 0))
