"""TimelineModel: structure (qtmodeltester) and row-by-row data."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.timeline import build_timeline
from reader.ui.timeline_model import Role, TimelineModel


def test_model_structure_and_rows(qtmodeltester: object, sample_text: str) -> None:
    timeline = build_timeline(sample_text)
    model = TimelineModel()
    model.set_timeline(timeline)
    qtmodeltester.check(model)
    assert model.rowCount() == len(timeline.entries) > 0
    for row, event in enumerate(timeline.entries):
        index = model.index(row, 0)
        assert model.data(index, Role.EVENT) is event
        assert model.data(index, Role.LABEL) == event.label
        assert model.data(index, Role.TITLE) == event.title
        assert model.data(index, Qt.ItemDataRole.DisplayRole) == f"{event.label} — {event.title}"
        count = len(event.related) or len(event.mentions)
        assert model.data(index, Role.PASSAGE_COUNT) == count
        assert model.data(index, Qt.ItemDataRole.AccessibleTextRole).startswith(f"{event.label}, ")
    assert model.event_at(model.rowCount()) is None


def test_reset_to_empty(qtmodeltester: object, sample_text: str) -> None:
    model = TimelineModel()
    model.set_timeline(build_timeline(sample_text))
    model.set_timeline(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
