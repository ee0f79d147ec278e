"""The main window: the sample with its timeline, linked highlighting, keyboard navigation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.timeline import TimelineEvent
from reader.ui.main_window import MainWindow
from reader.ui.opener import SYNC_LIMIT
from reader.ui.timeline_model import Role


def _entries(window: MainWindow) -> list[tuple[int, TimelineEvent]]:
    """(row, entry) for the timeline's entry rows (not group headers or gaps)."""
    rows = ((r, window.model.event_at(r)) for r in range(window.model.rowCount()))
    return [(r, e) for r, e in rows if e is not None]


def _row_of(window: MainWindow, label: str) -> int:
    for row, event in _entries(window):
        if event.label == label:
            return row
    raise AssertionError(f"no entry {label!r}")


def _highlighted(window: MainWindow) -> str:
    return " ".join(window.text_view.highlighted_texts())


def test_sample_opens_with_title_and_chronological_timeline(window: MainWindow) -> None:
    assert window.document is not None
    assert window.document.title == "China and Russia: Explaining a long, complicated friendship"
    entries = _entries(window)
    labels = [window.model.data(window.model.index(r, 0), Role.LABEL) for r, _ in entries]
    assert labels.index("17th century") < labels.index("1949") < labels.index("1953") < labels.index("1961")
    starts = [e.start for _, e in entries if e.start]
    assert starts == sorted(starts)


def test_key_down_moves_through_timeline_and_highlights_passage(window: MainWindow, qtbot: QtBot) -> None:
    window.timeline_view.setFocus()
    qtbot.waitUntil(window.timeline_view.hasFocus)
    first = _row_of(window, "17th century")
    window.select_entry(first)
    assert "the 17th century" in _highlighted(window)
    qtbot.keyClick(window.timeline_view, Qt.Key.Key_Down)  # the next entry, skipping group headers and gaps
    assert window.current_row() == _row_of(window, "1949")
    assert "founded in 1949" in _highlighted(window)
    assert "17th century" not in _highlighted(window)
    qtbot.keyClick(window.timeline_view, Qt.Key.Key_Down)
    assert window.current_event().label == "1953"
    assert "his death in 1953" in _highlighted(window)
    qtbot.keyClick(window.timeline_view, Qt.Key.Key_Up)
    qtbot.keyClick(window.timeline_view, Qt.Key.Key_Up)
    assert window.current_row() == first


def test_click_on_entry_highlights_and_scrolls_passage_into_view(window: MainWindow, qtbot: QtBot) -> None:
    row = _row_of(window, "1961")
    rect = window.timeline_view.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.timeline_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_row() == row
    assert "alliance in 1961" in _highlighted(window)
    first = window.text_view.highlighted_passages()[window.text_view.current_passage()][0]
    assert window.text_view.is_visible(first)


def test_enter_moves_focus_to_article_at_passage(window: MainWindow, qtbot: QtBot) -> None:
    window.timeline_view.setFocus()
    qtbot.waitUntil(window.timeline_view.hasFocus)
    window.select_entry(_row_of(window, "1959"))
    qtbot.keyClick(window.timeline_view, Qt.Key.Key_Return)
    qtbot.waitUntil(window.text_view.hasFocus)
    passage_start = window.text_view.highlighted_passages()[window.text_view.current_passage()][0]
    assert window.text_view.textCursor().position() == passage_start


def test_f6_cycles_panes_and_esc_clears(window: MainWindow, qtbot: QtBot) -> None:
    window.timeline_view.setFocus()
    qtbot.waitUntil(window.timeline_view.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    qtbot.waitUntil(window.text_view.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(window.timeline_view.hasFocus)
    window.select_entry(_entries(window)[0][0])
    assert window.text_view.highlighted_passages()
    qtbot.keyClick(window.timeline_view, Qt.Key.Key_Escape)
    assert window.text_view.highlighted_passages() == []
    assert window.current_row() == -1


def test_step_is_clamped_at_both_ends(window: MainWindow) -> None:
    first, last = _entries(window)[0][0], _entries(window)[-1][0]
    window.clear_selection()
    assert window.current_row() == -1
    window.step(-1)
    assert window.current_row() == last
    window.step(+1)
    assert window.current_row() == last
    window.select_entry(first)
    window.step(-1)
    assert window.current_row() == first


def test_open_failure_keeps_current_document(window: MainWindow, monkeypatch: object, tmp_path: object) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[1:]))
    before = window.document
    assert window.open_path(tmp_path / "missing.txt") is False
    assert window.document is before
    assert shown
    assert "missing.txt" in shown[0][0]


def test_actions_come_from_the_keymap(window: MainWindow) -> None:
    quit_action = window.actions_by_name["file.quit"]
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.actions_by_name["file.open"].shortcut().toString() == "Ctrl+O"


def _big_file(tmp_path: Path) -> Path:
    paragraph = "In 1812 the army crossed the river, and by the winter of 1813 it had returned home. " * 4
    doc = tmp_path / "big.txt"
    doc.write_text("A long chronicle\n\n" + "\n\n".join([paragraph] * 1200), encoding="utf-8")
    assert doc.stat().st_size > SYNC_LIMIT
    return doc


def test_big_file_opens_in_background_text_first(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    doc = _big_file(tmp_path)
    with qtbot.waitSignal(window.opener.timeline_ready, timeout=20000):
        assert window.open_path(doc) is True
        assert window.opener.busy
    assert window.document.source == str(doc)
    assert window.document.title == "A long chronicle"
    assert any(e.label == "1812" for _, e in _entries(window))


@pytest.mark.parametrize("big", [True, False])
def test_a_file_opened_before_is_not_parsed_again(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, big: bool
) -> None:
    doc = _big_file(tmp_path) if big else tmp_path / "small.txt"
    if not big:
        doc.write_text("A short note\n\nIn 1812 the army crossed the river.\n", encoding="utf-8")
    with qtbot.waitSignal(window.opener.timeline_ready, timeout=20000):
        window.open_path(doc)
    first = window.document

    def parse_again(path: Path) -> object:
        raise AssertionError(f"{path} was parsed again")

    import reader.core.loaders

    monkeypatch.setattr(reader.core.loaders, "load_document", parse_again)
    with qtbot.waitSignal(window.opener.timeline_ready, timeout=20000):
        window.open_path(doc)
    assert window.document == first
    assert window.document is not first  # read back from the cache, not kept in memory


def test_escape_cancels_a_background_load_and_keeps_the_document(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    before = window.document
    window.open_path(_big_file(tmp_path))
    with qtbot.assertNotEmitted(window.opener.timeline_ready, wait=300):
        qtbot.keyClick(window.timeline_view, Qt.Key.Key_Escape)
    assert not window.opener.busy
    assert "Cancelled" in window.statusBar().currentMessage()
    if window.document is not before:  # the text had already been shown: it stays, without a timeline
        assert window.timeline is None
        assert "cancelled" in window._timeline_header.text()


def test_scrolling_marks_the_entries_on_screen(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(900, 420)
    bar = window.text_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)

    def on_screen(label: str) -> bool:
        return bool(window.model.data(window.model.index(_row_of(window, label), 0), Role.ON_SCREEN))

    bar.setValue(0)
    qtbot.waitUntil(lambda: on_screen("17th century"))
    assert not on_screen("1961")
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: on_screen("1961"))
    assert not on_screen("17th century")


def test_pasted_html_opens_as_an_article(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setHtml(
        "<html><head><title>The Congress of Vienna</title></head><body>"
        "<nav>Home | News | Subscribe</nav><article><h1>The Congress of Vienna</h1>"
        "<p>The congress met from September 1814 to June 1815 and redrew the map of Europe.</p>"
        "<p>Its final act was signed on 9 June 1815, nine days before Waterloo.</p></article></body></html>"
    )
    mime.setText("plain fallback")
    assert window.open_mime(mime)
    assert window.document.title == "The Congress of Vienna"
    assert "signed on 9 June 1815" in window.document.text
    assert "plain fallback" not in window.document.text
    assert any("1815" in e.label for _, e in _entries(window))


def test_a_dated_article_counts_its_months_from_its_date(window: MainWindow) -> None:
    mime = QMimeData()
    para = " The debate over guns has gone on for years in Washington, and in the country at large."
    mime.setHtml(
        '<html><head><meta property="article:published_time" content="2015-07-24T10:00:00Z"><title>Gun laws'
        "</title></head><body><article><h1>Gun laws</h1>"
        f"<p>Mr Obama came to power in 2009 and has tried to pass new gun laws ever since, in vain.{para}</p>"
        f"<p>After nine churchgoers were killed in South Carolina in June, he admitted there were few options.{para}"
        "</p></article></body></html>"
    )
    assert window.open_mime(mime)
    assert window.document.reading_mode == "news"
    labels = [e.label for _, e in _entries(window)]
    assert "June 2015" in labels
    assert "June 2009" not in labels


def test_focus_is_visible_on_the_article(window: MainWindow, qtbot: QtBot) -> None:
    accent = QColor(window.theme.accent)
    view = window.text_view

    def top_edge() -> QColor:
        return view.grab().toImage().pixelColor(view.width() // 2, 1)

    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.waitUntil(lambda: top_edge() == accent)
    window.timeline_view.setFocus()
    qtbot.waitUntil(window.timeline_view.hasFocus)
    qtbot.waitUntil(lambda: top_edge() != accent)


def test_big_file_opened_at_once_gets_its_timeline_when_the_text_is_in(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    doc = _big_file(tmp_path)
    window.open_path(doc, background=False)
    assert not window.text_view.is_complete()
    assert window.timeline is None  # not before its passages are in the view
    qtbot.waitUntil(lambda: window.timeline is not None, timeout=20000)
    assert window.text_view.is_complete()
    last = _entries(window)[-1][0]
    window.select_entry(last)
    start = window.text_view.highlighted_passages()[window.text_view.current_passage()][0]
    assert window.text_view.is_visible(start)


def test_header_counts_what_the_filter_keeps(window: MainWindow, qtbot: QtBot) -> None:
    total = window.model.total_entry_count()
    assert f"{total} entries" in window._timeline_header.text()
    window.filter_box.setText("195")
    qtbot.waitUntil(lambda: window.model.filter_text == "195")
    shown = window.model.entry_count()
    assert 0 < shown < total
    assert f"{shown} of {total} entries" in window._timeline_header.text()
    window.filter_box.clear()
    qtbot.waitUntil(lambda: window.model.filter_text == "")
    assert window._timeline_header.text().endswith(f"{total} entries")
