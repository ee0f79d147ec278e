"""What the window remembers between runs, through an isolated settings store (tests/ui/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.menus import fill_recent_menu
from reader.ui.settings import Settings


def _new_window(qtbot: QtBot, *paths: str | Path) -> MainWindow:
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.resize(900, 420)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.is_set_up)  # the menus' items come right after the first paint
    win.open_paths(list(paths))
    return win


def _row(win: MainWindow, label: str) -> int:
    return next(r for r in range(win.model.rowCount()) if getattr(win.model.event_at(r), "label", "") == label)


def test_reading_position_and_entry_are_restored_on_reopen(qtbot: QtBot) -> None:
    first = _new_window(qtbot)
    first.select_entry(_row(first, "1956"))
    first.text_view.scroll_to(first.document.text.index("Wien Mao"), fraction=0.0)
    position = first.text_view.reading_position()
    first.close()

    second = _new_window(qtbot)
    assert second.current_event().label == "1956"
    assert abs(second.text_view.reading_position() - position) < 80


def test_view_preferences_persist(qtbot: QtBot) -> None:
    first = _new_window(qtbot)
    first.set_theme_name("sepia")
    first.zoom(+3)
    first.widen(-8)
    first.toggle_timeline()
    size, width = first.text_view.point_size(), first.text_view.column_ems()
    first.close()

    second = _new_window(qtbot)
    assert second.theme.name == "sepia"
    assert second.text_view.point_size() == size
    assert second.text_view.column_ems() == width
    assert not second.sidebar.isVisible()


def test_recent_files_menu_lists_opened_documents(qtbot: QtBot, tmp_path: Path) -> None:
    doc = tmp_path / "notes.txt"
    doc.write_text("Notes on the war\n\nIt began in 1914.\n", encoding="utf-8")
    win = _new_window(qtbot, doc)
    assert win.settings.recent_files[0] == str(doc)
    menu = win.findChild(type(win.menuBar().actions()[0].menu()), "recentMenu")
    fill_recent_menu(win, menu)
    labels = [a.text() for a in menu.actions()]
    assert labels[0] == "&1 notes.txt"
    win.open_paths([])  # back to the sample
    next(a for a in menu.actions() if a.text() == "&1 notes.txt").trigger()
    assert win.document.source == str(doc)
