"""The sidebar's list model: era headers, gaps, entries and the undated bin, with folding and a filter.

Rows are built by ``timeline_rows`` (grouping by century or decade, gap detection) and filtered by
``timeline_filter``. Every structural change goes through begin/endResetModel (new timeline, new
filter) or begin/endInsertRows/RemoveRows (unfolding, folding).
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal

from reader.ui.compat import override
from reader.ui.timeline_rows import Group, Row, RowKind, Structure, apply_filter, build_structure, layout_rows

if TYPE_CHECKING:
    from reader.core.timeline import Timeline, TimelineEvent
    from reader.ui.timeline_filter import EntryMatcher


__all__ = ["Role", "RowKind", "TimelineModel"]

_Index = QModelIndex | QPersistentModelIndex
_QUOTE_LIMIT = 320  # characters of the first passage shown as the hover quote
_SIZE_HINT = int(Qt.ItemDataRole.SizeHintRole)
_APPROXIMATE_MARKS = ("c.", "ca.", "circa", "about", "around", "early", "mid", "late")


class Role(IntEnum):
    """Custom data roles of TimelineModel."""

    EVENT = Qt.ItemDataRole.UserRole + 1  # the TimelineEvent (entries only)
    LABEL = Qt.ItemDataRole.UserRole + 2  # date label ("c. 1650", "1954–1958"), header or gap text
    TITLE = Qt.ItemDataRole.UserRole + 3
    PASSAGE_COUNT = Qt.ItemDataRole.UserRole + 4
    APPROXIMATE = Qt.ItemDataRole.UserRole + 5
    KIND = Qt.ItemDataRole.UserRole + 6  # a RowKind
    FOLDED = Qt.ItemDataRole.UserRole + 7  # headers: whether their entries are hidden
    ON_SCREEN = Qt.ItemDataRole.UserRole + 8  # a passage is on screen (folded headers: one of their entries')
    QUOTE = Qt.ItemDataRole.UserRole + 9  # entries: the text of the first passage
    ENTRY_COUNT = Qt.ItemDataRole.UserRole + 10  # headers: entries in the group (after the filter)
    RANGE = Qt.ItemDataRole.UserRole + 11  # entries: the label names a period with two ends
    AXIS = Qt.ItemDataRole.UserRole + 12  # AXIS_ON | AXIS_ABOVE | AXIS_BELOW flags


AXIS_ABOVE = 1
AXIS_BELOW = 2
AXIS_ON = 4  # the row is on the time axis (the undated bin is not)


class TimelineModel(QAbstractListModel):
    """Rows of the timeline sidebar: HEADER, GAP and ENTRY rows, then the UNDATED bin (folded)."""

    filter_changed = Signal(str)  # after the rows were rebuilt for a new query

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._text = ""
        self._structure = Structure([], 0, 100, {})
        self._rows: list[Row] = []
        self._query = ""
        self._matcher: EntryMatcher | None = None  # made for the first query (timeline_filter loads then)
        self._on_screen: set[str] = set()
        self._by_id: dict[str, tuple[TimelineEvent, Group]] | None = None  # built on first lookup
        self._row_of_id: dict[str, int] | None = None  # built on demand, dropped on every change
        self._header_rows: dict[int, int] = {}  # id(group) -> its header row, built with _row_of_id
        self._axis_end = 0  # rows before this index sit on the axis (the undated bin does not)
        self._sizes: dict[RowKind, QSize] = {}  # SizeHintRole per kind, set by the view

    # Properties

    @property
    def timeline(self) -> Timeline | None:
        """The timeline shown, or None."""
        return self._timeline

    @property
    def filter_text(self) -> str:
        """The current filter query ("" shows everything)."""
        return self._query

    # Public API

    def set_timeline(self, timeline: Timeline | None, text: str = "") -> None:
        """Show ``timeline``; ``text`` is the document text its passages index (for quotes and the filter)."""
        self.beginResetModel()
        self._timeline = timeline
        self._text = text
        self._on_screen = set()
        if timeline is None:
            self._structure = Structure([], 0, 100, {})
        else:
            self._structure = build_structure(timeline.entries, timeline.undated)
        self._matcher = None
        self._by_id = None
        self._relayout(self._query)
        self.endResetModel()

    def set_filter(self, query: str) -> None:
        """Keep only the entries matching ``query`` (see ``timeline_filter``); folding is kept."""
        query = query.strip()
        if query == self._query:
            return
        self.beginResetModel()
        self._relayout(query)
        self.endResetModel()
        self.filter_changed.emit(query)

    def event_at(self, row: int) -> TimelineEvent | None:
        """The entry of ``row``, or None for headers, gaps and rows outside the model."""
        return self._rows[row].event if 0 <= row < len(self._rows) else None

    def set_row_heights(self, heights: dict[RowKind, int]) -> None:
        """Serve these heights as SizeHintRole, so the view lays rows out without a Python delegate call."""
        self._sizes = {kind: QSize(200, h) for kind, h in heights.items()}
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.SizeHintRole])

    def kind_at(self, row: int) -> RowKind | None:
        """The RowKind of ``row``, or None outside the model."""
        return self._rows[row].kind if 0 <= row < len(self._rows) else None

    def row_of_event(self, event_id: str, *, unfold: bool = True) -> int:
        """The row of the entry ``event_id``, unfolding its group if needed; -1 if absent or filtered out.

        With ``unfold=False`` an entry inside a folded group gives -1 and nothing changes.
        """
        found = self._events_by_id().get(event_id)
        if found is None:
            return -1
        event, group = found
        if group.folded:
            if not unfold or not any(ev is event for ev in group.visible):
                return -1
            self.set_folded(self._header_row(group), False)
        return self._rows_by_id().get(event_id, -1)

    def shown_row_of_event(self, event_id: str) -> int:
        """The row that shows ``event_id``: its own, or its folded group's header; never unfolds. -1 if absent."""
        found = self._events_by_id().get(event_id)
        if found is None:
            return -1
        row = self._rows_by_id().get(event_id, -1)
        if row < 0 and found[1].folded and any(ev is found[0] for ev in found[1].visible):
            row = self._header_row(found[1])
        return row

    def next_entry_row(self, row: int, delta: int) -> int:
        """The entry row ``delta`` entries after (or before) ``row``, skipping other rows, clamped.

        From ``row`` -1, a positive delta gives the first entry and a negative one the last. -1 when
        no entry is shown.
        """
        rows = self._rows
        if not 0 <= row < len(rows):
            order = range(len(rows)) if delta >= 0 else range(len(rows) - 1, -1, -1)
            return next((r for r in order if rows[r].kind == RowKind.ENTRY), -1)
        step = -1 if delta < 0 else 1
        target = row if rows[row].kind == RowKind.ENTRY else -1
        remaining = max(1, abs(delta)) if delta or target < 0 else 0
        r = row + step
        while remaining and 0 <= r < len(rows):
            if rows[r].kind == RowKind.ENTRY:
                target, remaining = r, remaining - 1
            r += step
        if target < 0:  # a header or gap with no entry that way: the nearest one the other way
            r = row - step
            while 0 <= r < len(rows) and rows[r].kind != RowKind.ENTRY:
                r -= step
            target = r if 0 <= r < len(rows) else -1
        return target

    def set_on_screen(self, event_ids: set[str]) -> None:
        """Mark the entries whose passages are visible in the article; repaints only the rows that changed."""
        changed = self._on_screen.symmetric_difference(event_ids)
        self._on_screen = set(event_ids)
        if not changed:
            return
        rows = sorted({self.shown_row_of_event(i) for i in changed} - {-1})
        for first, last in _runs(rows):
            self.dataChanged.emit(self.index(first), self.index(last), [Role.ON_SCREEN])

    def entry_count(self) -> int:
        """How many entries pass the filter, dated and undated, including those in folded groups."""
        return sum(len(g.visible) for g in self._structure.groups)

    def total_entry_count(self) -> int:
        """How many entries the timeline has, ignoring the filter."""
        return sum(len(g.events) for g in self._structure.groups)

    def is_header(self, row: int) -> bool:
        """True for era headers and the undated bin's header."""
        return self.kind_at(row) in (RowKind.HEADER, RowKind.UNDATED)

    def header_of(self, row: int) -> int:
        """The header row of the group ``row`` belongs to (itself for a header), or -1."""
        if not 0 <= row < len(self._rows):
            return -1
        if self._rows[row].kind == RowKind.GAP:  # a gap introduces the group after it
            return row + 1
        while row >= 0 and self._rows[row].kind not in (RowKind.HEADER, RowKind.UNDATED):
            row -= 1
        return row

    def toggle_fold(self, row: int) -> bool:
        """Fold or unfold the header at ``row``; False when ``row`` is not a header."""
        if not self.is_header(row):
            return False
        return self.set_folded(row, not self._rows[row].group.folded)

    def set_folded(self, row: int, folded: bool) -> bool:
        """Hide (or show) the entries of the header at ``row``. True when something changed."""
        if not self.is_header(row):
            return False
        group = self._rows[row].group
        if group.folded == folded:
            return False
        count = len(group.visible)
        # The header's own data changes after the rows move (qtmodeltester checks the neighbours).
        if folded:
            self.beginRemoveRows(QModelIndex(), row + 1, row + count)
            del self._rows[row + 1 : row + 1 + count]
            self._changed_structure()
            self.endRemoveRows()
        else:
            self.beginInsertRows(QModelIndex(), row + 1, row + count)
            self._rows[row + 1 : row + 1] = [Row(RowKind.ENTRY, group, ev) for ev in group.visible]
            self._changed_structure()
            self.endInsertRows()
        group.folded = folded
        header = self.index(row)
        self.dataChanged.emit(header, header, [Role.FOLDED, Role.ON_SCREEN, Qt.ItemDataRole.DisplayRole])
        return True

    # Qt overrides

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kind == RowKind.GAP:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        item = self._rows[row]
        if role == _SIZE_HINT:  # asked for every row at each layout: keep it first and cheap
            return self._sizes.get(item.kind)
        if role == Role.KIND:
            return item.kind
        if role == Role.AXIS:
            if row >= self._axis_end:
                return 0
            return AXIS_ON | (AXIS_ABOVE if row > 0 else 0) | (AXIS_BELOW if row < self._axis_end - 1 else 0)
        if item.event is not None:
            return self._entry_data(item.event, role)
        if item.kind == RowKind.GAP:
            if role in (Qt.ItemDataRole.DisplayRole, Role.LABEL):
                return item.text
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"gap of {item.text.strip('… ')}"
            return None
        return self._header_data(item, role)

    # Helpers

    def _entry_data(self, ev: TimelineEvent, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            count = _passage_count(ev)
            return f"{_date_label(ev)}, {ev.title}, {count} passage{'s' if count != 1 else ''}"
        if role == Role.LABEL:
            return _date_label(ev)
        if role == Role.TITLE:
            return ev.title
        if role == Role.PASSAGE_COUNT:
            return _passage_count(ev)
        if role == Role.APPROXIMATE:
            return ev.approximate
        if role == Role.ON_SCREEN:
            return ev.id in self._on_screen
        if role == Role.RANGE:
            return "/" in ev.value or "–" in ev.label
        if role == Role.EVENT:
            return ev
        if role in (Role.QUOTE, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._quote(ev)
        if role == Qt.ItemDataRole.ToolTipRole:
            import html  # here: tooltips come long after the first paint

            quote = self._quote(ev)
            return f"<p>{html.escape(quote)}</p>" if quote else None
        return None

    def _header_data(self, item: Row, role: int) -> Any:
        group = item.group
        if role == Role.LABEL:
            return f"Undated ({len(group.visible)})" if item.kind == RowKind.UNDATED else group.label
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            n = len(group.visible)
            state = "folded" if group.folded else "expanded"
            return f"{group.label}, {n} entr{'y' if n == 1 else 'ies'}, {state}"
        if role == Role.FOLDED:
            return group.folded
        if role == Role.ON_SCREEN:  # a folded header stands for its entries
            return group.folded and bool(self._on_screen) and any(ev.id in self._on_screen for ev in group.visible)
        if role == Role.ENTRY_COUNT:
            return len(group.visible)
        return None

    def _quote(self, ev: TimelineEvent) -> str:
        if ev.related:
            start, end = ev.related[0].start, ev.related[0].end
        elif ev.mentions:
            start, end = ev.mentions[0].start, ev.mentions[0].end
        else:
            return ""
        quote = " ".join(self._text[start : min(end, start + _QUOTE_LIMIT + 1)].split())
        if len(quote) > _QUOTE_LIMIT or end - start > _QUOTE_LIMIT + 1:
            quote = quote[:_QUOTE_LIMIT].rsplit(" ", 1)[0] + " …"
        return quote

    def _relayout(self, query: str) -> None:
        """Rebuild the rows for ``query``; callers wrap it in begin/endResetModel."""
        self._query = query
        apply_filter(self._structure, self._matcher_for_queries().predicate(query) if query else None)
        self._rows = layout_rows(self._structure)
        self._changed_structure()

    def _matcher_for_queries(self) -> EntryMatcher:
        if self._matcher is None:
            from reader.ui.timeline_filter import EntryMatcher

            self._matcher = EntryMatcher(self._text, self._structure.years)
        return self._matcher

    def _changed_structure(self) -> None:
        self._row_of_id = None
        undated = next((r for r in range(len(self._rows) - 1, -1, -1) if self._rows[r].kind == RowKind.UNDATED), -1)
        self._axis_end = undated if undated >= 0 else len(self._rows)

    def _events_by_id(self) -> dict[str, tuple[TimelineEvent, Group]]:
        if self._by_id is None:
            self._by_id = {ev.id: (ev, g) for g in self._structure.groups for ev in g.events if ev.id}
        return self._by_id

    def _rows_by_id(self) -> dict[str, int]:
        if self._row_of_id is None:
            self._row_of_id, self._header_rows = {}, {}
            for i, r in enumerate(self._rows):
                if r.event is not None:
                    self._row_of_id[r.event.id] = i
                elif r.kind != RowKind.GAP:
                    self._header_rows[id(r.group)] = i
        return self._row_of_id

    def _header_row(self, group: Group) -> int:
        self._rows_by_id()
        return self._header_rows.get(id(group), -1)


def _passage_count(ev: TimelineEvent) -> int:
    return len(ev.related) or len(ev.mentions)


def _date_label(ev: TimelineEvent) -> str:
    """The label as shown: approximate dates get "c." unless the label already says so."""
    if ev.approximate and not ev.label.casefold().startswith(_APPROXIMATE_MARKS):
        return f"c. {ev.label}"
    return ev.label


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and r == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs
