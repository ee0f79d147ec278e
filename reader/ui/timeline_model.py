"""A list model over the core timeline's entries, with a role per field the views need."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader.core.timeline import Timeline, TimelineEvent

try:
    from typing import override
except ImportError:  # Python 3.11
    from typing_extensions import override

_Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Custom data roles of TimelineModel."""

    EVENT = Qt.ItemDataRole.UserRole + 1
    LABEL = Qt.ItemDataRole.UserRole + 2
    TITLE = Qt.ItemDataRole.UserRole + 3
    PASSAGE_COUNT = Qt.ItemDataRole.UserRole + 4
    APPROXIMATE = Qt.ItemDataRole.UserRole + 5


class TimelineModel(QAbstractListModel):
    """Rows are the timeline's dated entries in chronological order."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._events: list[TimelineEvent] = []

    # Public API

    def set_timeline(self, timeline: Timeline | None) -> None:
        """Replace every row with the entries of ``timeline`` (one model reset)."""
        self.beginResetModel()
        self._events = list(timeline.entries) if timeline else []
        self.endResetModel()

    def event_at(self, row: int) -> TimelineEvent | None:
        """The entry of ``row``, or None outside the model."""
        return self._events[row] if 0 <= row < len(self._events) else None

    # Qt overrides

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        ev = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{ev.label} — {ev.title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = len(ev.related) or len(ev.mentions)
            return f"{ev.label}, {ev.title}, {count} passage{'s' if count != 1 else ''}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return ev.title
        if role == Role.EVENT:
            return ev
        if role == Role.LABEL:
            return ev.label
        if role == Role.TITLE:
            return ev.title
        if role == Role.PASSAGE_COUNT:
            return len(ev.related) or len(ev.mentions)
        if role == Role.APPROXIMATE:
            return ev.approximate
        return None
