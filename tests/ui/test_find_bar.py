"""FindBar: counts, wrap-around, case-insensitive, keys in its field, document changes, big books."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.find_bar import FindBar

TEXT = "Alpha and beta.\nThen ALPHA again, and gamma.\nFinally alpha."


class Harness:
    """A window holding a text edit with the find bar under it, like the main window will."""

    def __init__(self, qtbot: QtBot, text: str = TEXT) -> None:
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.edit = QTextEdit()
        self.edit.setReadOnly(True)
        self.edit.setPlainText(text)
        self.bar = FindBar()
        self.bar.attach(self.edit)
        box = QVBoxLayout(self.window)
        box.addWidget(self.edit)
        box.addWidget(self.bar)
        self.signals: list[tuple[int, int]] = []
        self.bar.match_changed.connect(lambda index, total: self.signals.append((index, total)))

    def show(self, qtbot: QtBot) -> None:
        self.window.show()
        qtbot.waitExposed(self.window)

    def selected(self) -> str:
        return self.edit.textCursor().selectedText()

    def selection(self) -> tuple[int, int]:
        cursor = self.edit.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()


@pytest.fixture
def harness(qtbot: QtBot) -> Harness:
    return Harness(qtbot)


def test_hidden_until_opened(harness: Harness, qtbot: QtBot) -> None:
    harness.show(qtbot)
    assert not harness.bar.isVisible()
    harness.bar.open()
    assert harness.bar.isVisible()
    qtbot.waitUntil(harness.bar.line_edit.hasFocus)


def test_first_match_is_selected_and_counted(harness: Harness) -> None:
    harness.bar.open()
    harness.bar.set_query("alpha")
    assert harness.selection() == (0, 5)
    assert harness.selected() == "Alpha"
    assert (harness.bar.current_index, harness.bar.match_count) == (0, 3)
    assert harness.bar.count_label.text() == "1 of 3"
    assert harness.signals[-1] == (0, 3)


def test_next_and_previous_wrap_around(harness: Harness) -> None:
    harness.bar.open()
    harness.bar.set_query("ALPHA")
    seen = [harness.bar.current_index]
    for _ in range(3):
        harness.bar.find_next()
        seen.append(harness.bar.current_index)
    assert seen == [0, 1, 2, 0]
    harness.bar.find_previous()
    assert harness.bar.current_index == 2
    assert harness.selected() == "alpha"
    assert harness.bar.count_label.text() == "3 of 3"
    harness.bar.find_previous()
    assert (harness.bar.current_index, harness.selected()) == (1, "ALPHA")


def test_next_follows_the_reader_when_the_cursor_moved(harness: Harness) -> None:
    harness.bar.open()
    harness.bar.set_query("alpha")
    assert harness.bar.current_index == 0
    cursor = harness.edit.textCursor()
    cursor.setPosition(TEXT.index("gamma"))  # the reader clicked further down
    harness.edit.setTextCursor(cursor)
    harness.bar.find_next()
    assert harness.bar.current_index == 2
    harness.bar.find_previous()
    assert harness.bar.current_index == 1


def test_no_match(harness: Harness) -> None:
    harness.bar.open()
    harness.bar.set_query("delta")
    assert (harness.bar.current_index, harness.bar.match_count) == (-1, 0)
    assert harness.bar.count_label.text() == "No matches"
    assert harness.signals[-1] == (-1, 0)
    harness.bar.find_next()
    harness.bar.find_previous()
    assert harness.signals[-1] == (-1, 0)


def test_empty_query_clears_the_count(harness: Harness) -> None:
    harness.bar.open()
    harness.bar.set_query("beta")
    harness.bar.set_query("")
    assert harness.bar.count_label.text() == ""
    assert harness.signals[-1] == (-1, 0)


def test_find_next_without_a_query_starts_after_the_cursor(harness: Harness) -> None:
    cursor = harness.edit.textCursor()
    cursor.setPosition(TEXT.index("Then"))
    harness.edit.setTextCursor(cursor)
    harness.bar.open()
    harness.bar.set_query("alpha")  # typing searches from where the bar was opened
    assert harness.bar.current_index == 1
    harness.bar.set_query("alph")
    assert harness.bar.current_index == 1


def test_typing_in_the_field_finds_as_you_type(harness: Harness, qtbot: QtBot) -> None:
    harness.show(qtbot)
    harness.bar.open()
    qtbot.waitUntil(harness.bar.line_edit.hasFocus)
    qtbot.keyClicks(harness.bar.line_edit, "gam")
    assert harness.selected() == "gam"
    assert harness.bar.count_label.text() == "1 of 1"


def test_enter_and_shift_enter_step(harness: Harness, qtbot: QtBot) -> None:
    harness.show(qtbot)
    harness.bar.open()
    qtbot.waitUntil(harness.bar.line_edit.hasFocus)
    qtbot.keyClicks(harness.bar.line_edit, "alpha")
    qtbot.keyClick(harness.bar.line_edit, Qt.Key.Key_Return)
    assert harness.bar.current_index == 1
    qtbot.keyClick(harness.bar.line_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(harness.bar.line_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert harness.bar.current_index == 2


def test_escape_closes_and_returns_focus_even_with_a_window_esc_shortcut(harness: Harness, qtbot: QtBot) -> None:
    clear = QAction("Clear highlights", harness.window)
    clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    clear.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    harness.window.addAction(clear)
    fired: list[bool] = []
    clear.triggered.connect(lambda: fired.append(True))
    harness.show(qtbot)
    harness.bar.open()
    harness.bar.set_query("beta")
    qtbot.waitUntil(harness.bar.line_edit.hasFocus)
    with qtbot.waitSignal(harness.bar.closed):
        qtbot.keyClick(harness.bar.line_edit, Qt.Key.Key_Escape)
    assert not harness.bar.isVisible()
    assert fired == []
    qtbot.waitUntil(harness.edit.hasFocus)
    assert harness.selected() == "beta"  # the match stays selected in the text


def test_open_prefills_a_short_selection_and_selects_the_field(harness: Harness) -> None:
    cursor = harness.edit.textCursor()
    cursor.setPosition(TEXT.index("gamma"))
    cursor.setPosition(TEXT.index("gamma") + 5, QTextCursor.MoveMode.KeepAnchor)
    harness.edit.setTextCursor(cursor)
    harness.bar.open()
    assert harness.bar.query == "gamma"
    assert harness.bar.line_edit.selectedText() == "gamma"
    assert (harness.bar.current_index, harness.bar.match_count) == (0, 1)
    assert harness.selected() == "gamma"


def test_open_ignores_a_multi_line_selection(harness: Harness) -> None:
    harness.bar.open()
    harness.bar.set_query("beta")
    harness.bar.close_bar()
    harness.edit.selectAll()
    harness.bar.open()
    assert harness.bar.query == "beta"


def test_a_new_text_is_searched_after_it_changes(harness: Harness, qtbot: QtBot) -> None:
    harness.show(qtbot)
    harness.bar.open()
    harness.bar.set_query("alpha")
    assert harness.bar.match_count == 3
    with qtbot.waitSignal(harness.bar.match_changed) as blocker:
        harness.edit.setPlainText("alpha alpha alpha alpha alpha")
    assert blocker.args[1] == 5
    harness.bar.find_next()
    assert (harness.bar.current_index, harness.bar.match_count) == (0, 5)


def test_follows_a_replaced_qtextdocument(harness: Harness, qtbot: QtBot) -> None:
    # TextView.set_document() builds a new QTextDocument and swaps it in; the old one is deleted.
    harness.show(qtbot)
    harness.bar.open()
    harness.bar.set_query("alpha")
    assert harness.bar.match_count == 3
    old = harness.edit.document()
    with qtbot.waitSignal(harness.bar.match_changed) as blocker:
        harness.edit.setDocument(type(old)("one alpha, two alpha", harness.edit))
    assert blocker.args == [-1, 2]
    assert harness.bar.count_label.text() == "2 matches"
    harness.bar.find_next()
    assert (harness.bar.current_index, harness.bar.match_count) == (0, 2)
    assert harness.selected() == "alpha"
    harness.edit.setPlainText("alpha")  # changes to the new document are followed too
    harness.bar.find_next()
    assert harness.bar.match_count == 1


def test_extra_selections_are_left_alone(harness: Harness) -> None:
    highlight = QTextEdit.ExtraSelection()
    highlight.cursor = QTextCursor(harness.edit.document())
    highlight.cursor.setPosition(6)
    highlight.cursor.setPosition(9, QTextCursor.MoveMode.KeepAnchor)
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ffe08a"))
    highlight.format = fmt
    harness.edit.setExtraSelections([highlight])
    harness.bar.open()
    harness.bar.set_query("alpha")
    harness.bar.find_next()
    [kept] = harness.edit.extraSelections()
    assert (kept.cursor.selectionStart(), kept.cursor.selectionEnd()) == (6, 9)


def test_characters_outside_the_bmp_keep_offsets_right(qtbot: QtBot) -> None:
    harness = Harness(qtbot, "😀 one alpha 🏛️ and 𝔄 then alpha")
    harness.bar.open()
    harness.bar.set_query("alpha")
    assert harness.selected() == "alpha"
    harness.bar.find_next()
    assert harness.selected() == "alpha"
    assert (harness.bar.current_index, harness.bar.match_count) == (1, 2)


def test_text_whose_lowercase_changes_length(qtbot: QtBot) -> None:
    harness = Harness(qtbot, "İstanbul in 1453. Later, istanbul again.")  # "İ".lower() is two characters
    harness.bar.open()
    harness.bar.set_query("istanbul")
    assert harness.bar.match_count == 2  # the regex fallback matches "İ" with "i", as a reader expects
    assert harness.selected() == "İstanbul"
    harness.bar.find_next()
    assert harness.selected() == "istanbul"
    harness.bar.set_query("1453")
    assert harness.selected() == "1453"


@pytest.mark.slow
def test_a_big_book_searches_quickly(qtbot: QtBot, shared_dir: Path) -> None:
    text = (shared_dir / "corpus" / "books" / "war_and_peace_pg2600.txt").read_text(encoding="utf-8-sig")
    harness = Harness(qtbot, text)
    plain = harness.edit.toPlainText()
    harness.bar.open()
    slowest = 0.0
    for query in ("p", "pr", "pri", "prince", "pierre"):
        started = time.perf_counter()
        harness.bar.set_query(query)
        slowest = max(slowest, time.perf_counter() - started)
        assert harness.bar.match_count == plain.lower().count(query)
    for step in (harness.bar.find_previous, harness.bar.find_next, harness.bar.find_next):
        started = time.perf_counter()
        step()
        slowest = max(slowest, time.perf_counter() - started)
        assert harness.selected().lower() == "pierre"
    assert harness.bar.current_index == 1
    # Milliseconds in practice; the bound only catches a QTextDocument.find loop (seconds) on a busy machine.
    assert slowest < 1.0
