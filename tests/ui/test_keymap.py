"""Every key of the keymap, pressed for real, with its effect asserted.

KEY_TESTS must cover DEFAULT_KEYMAP exactly: adding a binding without a test fails here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.keymap import DEFAULT_KEYMAP
from reader.ui.main_window import MainWindow
from reader.ui.settings import DEFAULT_TEXT_SIZE
from reader.ui.shortcut_sheet import ShortcutSheet


def press(qtbot: QtBot, widget: QWidget, keys: str) -> None:
    """Press a key sequence like "Ctrl+Shift+F" or "]" on ``widget``."""
    combo = QKeySequence(keys)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def focus(qtbot: QtBot, widget: QWidget) -> QWidget:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def row_of(window: MainWindow, label: str) -> int:
    return next(r for r in range(window.model.rowCount()) if getattr(window.model.event_at(r), "label", "") == label)


def key(name: str, index: int = 0) -> str:
    return DEFAULT_KEYMAP[name].keys[index]


@pytest.fixture
def win(window: MainWindow, qtbot: QtBot) -> MainWindow:
    window.resize(900, 420)
    qtbot.waitUntil(lambda: window.text_view.verticalScrollBar().maximum() > 0)
    return window


def t_open(win: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    doc = tmp_path / "essay.txt"
    doc.write_text("A short essay\n\nThe war ended in 1918, and the treaty came in 1919.\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(doc), ""))
    press(qtbot, focus(qtbot, win.text_view), key("file.open"))
    assert "treaty came in 1919" in win.document.text


def t_paste(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    QGuiApplication.clipboard().setText("Pasted notes\n\nThe bridge opened in 1932.")
    press(qtbot, focus(qtbot, win.text_view), key("file.paste"))
    assert "bridge opened in 1932" in win.document.text
    assert any("1932" in win.model.event_at(r).label for r in range(win.model.rowCount()) if win.model.event_at(r))


def t_close(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    press(qtbot, focus(qtbot, win.text_view), key("file.close"))
    assert not win.isVisible()


def t_quit(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    press(qtbot, focus(qtbot, win.text_view), key("file.quit"))
    assert not win.isVisible()
    assert not other.isVisible()


def t_timeline_next(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    win.select_entry(row_of(win, "1949"))
    press(qtbot, focus(qtbot, win.timeline_view), key("timeline.next"))
    assert win.current_event().label == "1953"
    assert any("1953" in t for t in win.text_view.highlighted_texts())


def t_timeline_previous(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    win.select_entry(row_of(win, "1949"))
    press(qtbot, focus(qtbot, win.timeline_view), key("timeline.previous"))
    assert win.current_event().label == "17th century"


def t_go_to_passage(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    win.select_entry(row_of(win, "1961"))
    press(qtbot, focus(qtbot, win.timeline_view), key("timeline.go_to_passage"))
    qtbot.waitUntil(win.text_view.hasFocus)
    assert (
        win.text_view.textCursor().position()
        == win.text_view.highlighted_passages()[win.text_view.current_passage()][0]
    )


def t_event_next(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    win.select_entry(row_of(win, "1956"))
    press(qtbot, focus(qtbot, win.text_view), key("event.next"))
    assert win.current_event().label == "1959"


def t_event_previous(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    win.select_entry(row_of(win, "1956"))
    press(qtbot, focus(qtbot, win.text_view), key("event.previous"))
    assert win.current_event().label == "1954–1958"


def t_dated_next(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    win.select_entry(row_of(win, "1949"))
    press(qtbot, focus(qtbot, win.text_view), key("dated.next"))
    event = win.current_event()
    assert event.label == "1953"
    assert win.text_view.is_visible(win.text_view.textCursor().position())


def t_dated_previous(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    win.select_entry(row_of(win, "1959"))
    press(qtbot, focus(qtbot, win.text_view), key("dated.previous"))
    assert win.current_event().label == "1956"


def t_passage_next(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    row = next(r for r in range(win.model.rowCount()) if len(getattr(win.model.event_at(r), "related", ())) >= 2)
    win.select_entry(row)
    passages = win.text_view.highlighted_passages()
    first = win.text_view.current_passage()
    assert passages[first][2] == "mention"  # numbering starts at the entry's own sentence
    assert f"passage 1 of {len(passages)}" in win.passage_label.text()
    press(qtbot, focus(qtbot, win.text_view), key("passage.next"))
    assert win.text_view.current_passage() != first
    assert f"passage 2 of {len(passages)}" in win.passage_label.text()
    assert win.text_view.is_visible(passages[win.text_view.current_passage()][0])


def t_passage_previous(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    row = next(r for r in range(win.model.rowCount()) if len(getattr(win.model.event_at(r), "related", ())) >= 2)
    win.select_entry(row)
    count = len(win.text_view.highlighted_passages())
    press(qtbot, focus(qtbot, win.text_view), key("passage.previous"))  # wraps to the last one
    assert f"passage {count} of {count}" in win.passage_label.text()


def t_filter(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    press(qtbot, focus(qtbot, win.text_view), key("timeline.filter"))
    qtbot.waitUntil(win.filter_box.hasFocus)
    qtbot.keyClicks(win.filter_box, "j")  # a single-letter shortcut must not fire while typing
    assert win.filter_box.text() == "j"


def t_clear(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    win.select_entry(row_of(win, "1949"))
    assert win.text_view.highlighted_passages()
    press(qtbot, focus(qtbot, win.timeline_view), key("highlight.clear"))
    assert win.text_view.highlighted_passages() == []
    assert win.current_row() == -1


def t_find_open(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    find_bar = win.find_bar
    press(qtbot, focus(qtbot, win.text_view), key("find.open", 1))
    qtbot.waitUntil(lambda: find_bar.isVisible() and QApplication.focusWidget() is find_bar.line_edit)


def _find(win: MainWindow, qtbot: QtBot, word: str) -> None:
    press(qtbot, focus(qtbot, win.text_view), key("find.open"))
    qtbot.keyClicks(win.find_bar.line_edit, word)


def t_find_next(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    _find(win, qtbot, "Stalin")
    first = win.text_view.textCursor().selectionStart()
    press(qtbot, focus(qtbot, win.text_view), key("find.next"))
    assert win.text_view.textCursor().selectionStart() > first
    assert win.text_view.textCursor().selectedText() == "Stalin"


def t_find_previous(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    _find(win, qtbot, "Stalin")
    first = win.text_view.textCursor().selectionStart()
    press(qtbot, focus(qtbot, win.text_view), key("find.previous"))
    assert win.text_view.textCursor().selectionStart() != first  # wrapped to the last match
    assert win.text_view.textCursor().selectedText() == "Stalin"


def _jump(win: MainWindow, qtbot: QtBot) -> int:
    bar = win.text_view.verticalScrollBar()
    bar.setValue(0)
    top = bar.value()
    win.select_entry(row_of(win, "1961"))
    win.step_dated(-1)
    return top


def t_back(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    top = _jump(win, qtbot)
    press(qtbot, focus(qtbot, win.text_view), key("history.back"))
    assert win.text_view.verticalScrollBar().value() != top or top == 0


def t_forward(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    _jump(win, qtbot)
    after_jump = win.text_view.reading_position()
    press(qtbot, focus(qtbot, win.text_view), key("history.back"))
    press(qtbot, win.text_view, key("history.forward"))
    assert abs(win.text_view.reading_position() - after_jump) < 200


def _scroll_test(name: str, direction: int) -> Callable[..., None]:
    def run(win: MainWindow, qtbot: QtBot, *_: object) -> None:
        bar = win.text_view.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        before = bar.value()
        press(qtbot, focus(qtbot, win.text_view), key(name))
        assert (bar.value() - before) * direction > 0

    return run


def t_top(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    bar = win.text_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    press(qtbot, focus(qtbot, win.text_view), key("reading.top"))
    assert bar.value() == 0
    assert win.text_view.textCursor().position() == 0


def t_bottom(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    bar = win.text_view.verticalScrollBar()
    press(qtbot, focus(qtbot, win.text_view), key("reading.bottom"))
    assert bar.value() == bar.maximum()


def t_next_pane(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    press(qtbot, focus(qtbot, win.timeline_view), key("focus.next_pane"))
    qtbot.waitUntil(win.text_view.hasFocus)
    press(qtbot, win.text_view, key("focus.next_pane"))
    qtbot.waitUntil(win.filter_box.hasFocus)


def t_previous_pane(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    press(qtbot, focus(qtbot, win.timeline_view), key("focus.previous_pane"))
    qtbot.waitUntil(win.filter_box.hasFocus)


def _size_test(name: str, expect: Callable[[float, float], bool]) -> Callable[..., None]:
    def run(win: MainWindow, qtbot: QtBot, *_: object) -> None:
        win.text_view.set_point_size(DEFAULT_TEXT_SIZE + 3)
        before = win.text_view.point_size()
        press(qtbot, focus(qtbot, win.text_view), key(name))
        assert expect(before, win.text_view.point_size())

    return run


def _width_test(name: str, sign: int) -> Callable[..., None]:
    def run(win: MainWindow, qtbot: QtBot, *_: object) -> None:
        before = win.text_view.column_ems()
        press(qtbot, focus(qtbot, win.text_view), key(name))
        assert (win.text_view.column_ems() - before) * sign > 0

    return run


def t_toggle_timeline(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    press(qtbot, focus(qtbot, win.text_view), key("view.toggle_timeline"))
    assert not win.sidebar.isVisible()
    press(qtbot, win.text_view, key("view.toggle_timeline"))
    assert win.sidebar.isVisible()
    qtbot.waitUntil(win.timeline_view.hasFocus)


def t_full_screen(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    press(qtbot, focus(qtbot, win.text_view), key("view.full_screen"))
    assert win.windowState() & Qt.WindowState.WindowFullScreen
    press(qtbot, win.text_view, key("view.full_screen"))
    assert not win.windowState() & Qt.WindowState.WindowFullScreen


def t_original(win: MainWindow, qtbot: QtBot, *_: object) -> None:
    press(qtbot, focus(qtbot, win.text_view), key("view.original"))
    assert win.showing_original
    assert "top of page" in win.text_view.toPlainText()
    press(qtbot, win.text_view, key("view.original"))
    assert "top of page" not in win.text_view.toPlainText()


def t_shortcuts(win: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, *_: object) -> None:
    shown: list[int] = []
    monkeypatch.setattr(ShortcutSheet, "exec", lambda self: shown.append(self.table.rowCount()) or 0)
    press(qtbot, focus(qtbot, win.text_view), key("help.shortcuts"))
    press(qtbot, win.text_view, key("help.shortcuts", 1))
    assert shown == [len(DEFAULT_KEYMAP)] * 2


KEY_TESTS: dict[str, Callable[..., None]] = {
    "file.open": t_open,
    "file.paste": t_paste,
    "file.close": t_close,
    "file.quit": t_quit,
    "timeline.next": t_timeline_next,
    "timeline.previous": t_timeline_previous,
    "timeline.go_to_passage": t_go_to_passage,
    "event.next": t_event_next,
    "event.previous": t_event_previous,
    "dated.next": t_dated_next,
    "dated.previous": t_dated_previous,
    "passage.next": t_passage_next,
    "passage.previous": t_passage_previous,
    "timeline.filter": t_filter,
    "highlight.clear": t_clear,
    "find.open": t_find_open,
    "find.next": t_find_next,
    "find.previous": t_find_previous,
    "history.back": t_back,
    "history.forward": t_forward,
    "reading.page_down": _scroll_test("reading.page_down", +1),
    "reading.page_up": _scroll_test("reading.page_up", -1),
    "reading.line_down": _scroll_test("reading.line_down", +1),
    "reading.line_up": _scroll_test("reading.line_up", -1),
    "reading.top": t_top,
    "reading.bottom": t_bottom,
    "focus.next_pane": t_next_pane,
    "focus.previous_pane": t_previous_pane,
    "view.bigger": _size_test("view.bigger", lambda a, b: b > a),
    "view.smaller": _size_test("view.smaller", lambda a, b: b < a),
    "view.reset_size": _size_test("view.reset_size", lambda a, b: b < a),
    "view.wider": _width_test("view.wider", +1),
    "view.narrower": _width_test("view.narrower", -1),
    "view.toggle_timeline": t_toggle_timeline,
    "view.full_screen": t_full_screen,
    "view.original": t_original,
    "help.shortcuts": t_shortcuts,
}


def test_every_binding_has_a_key_test() -> None:
    assert set(KEY_TESTS) == set(DEFAULT_KEYMAP)


@pytest.mark.parametrize("name", list(KEY_TESTS))
def test_key(name: str, win: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    KEY_TESTS[name](win, qtbot, monkeypatch, tmp_path)


def test_single_letter_keys_do_not_fire_in_the_filter_box(win: MainWindow, qtbot: QtBot) -> None:
    bar = win.text_view.verticalScrollBar()
    before = bar.value()
    focus(qtbot, win.filter_box)
    qtbot.keyClicks(win.filter_box, "jk n[]{}?/")
    assert win.filter_box.text() == "jk n[]{}?/"
    assert bar.value() == before
