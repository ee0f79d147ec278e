"""UI fixtures: an isolated settings store and a main window on the bundled sample."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reader.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Path:
    """Every UI test writes its settings into its own temporary folder."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return tmp_path / "settings"


@pytest.fixture
def window(qtbot: object) -> MainWindow:
    """A main window showing the bundled sample, shown, exposed and set up (shortcuts and menus are in place)."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_paths([])
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.is_set_up)  # the keymap's actions come right after the first paint
    return win
