"""The menu bar, built from the window's keymap actions (so menus and shortcuts never disagree)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.ui.themes import THEME_NAMES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from reader.ui.main_window import MainWindow

MENUS: dict[str, tuple[str | None, ...]] = {
    "&File": ("file.open", "file.paste", None, "file.close", "file.quit"),
    "&View": (
        "view.bigger", "view.smaller", "view.reset_size", None, "view.wider", "view.narrower", None,
        "view.toggle_timeline", "view.full_screen", "view.original",
    ),
    "&Go": (
        "event.next", "event.previous", "dated.next", "dated.previous", "passage.next", "passage.previous", None,
        "history.back", "history.forward", None, "timeline.filter", "find.open", "find.next", "find.previous",
    ),
    "&Help": ("help.shortcuts",),
}  # fmt: skip


def add_menus(window: MainWindow) -> dict[str, QMenu]:
    """The window's menu bar with its menus, still empty: cheap, so the first frame has its final layout."""
    return {title: window.menuBar().addMenu(title) for title in MENUS}


def build_menus(window: MainWindow, menus: dict[str, QMenu] | None = None) -> None:
    """Fill the menus of ``add_menus`` (added here if not given); None in MENUS is a separator, unknown names
    are skipped."""
    from PySide6.QtGui import QAction, QActionGroup  # here: the menus are filled after the first paint

    menus = add_menus(window) if menus is None else menus
    for title, names in MENUS.items():
        menu = menus[title]
        for name in names:
            if name is None:
                menu.addSeparator()
            elif name in window.actions_by_name:
                menu.addAction(window.actions_by_name[name])
        if title == "&File":
            recent = menu.addMenu("Open &Recent")
            recent.setObjectName("recentMenu")
            menu.insertMenu(menu.actions()[2], recent)
            recent.aboutToShow.connect(lambda m=recent: fill_recent_menu(window, m))
        if title == "&View":
            menu.addSeparator()
            themes = menu.addMenu("&Theme")
            group = QActionGroup(window)
            for name in THEME_NAMES:
                action = QAction(name.capitalize(), group)
                action.setCheckable(True)
                action.setChecked(name == window.theme_name)
                action.setObjectName(f"theme.{name}")
                action.triggered.connect(lambda _checked=False, n=name: window.set_theme_name(n))
                themes.addAction(action)


def fill_recent_menu(window: MainWindow, menu: QMenu) -> None:
    """Rebuild the recent-files submenu from the settings (files that vanished are already pruned)."""
    menu.clear()
    paths = window.settings.recent_files
    for number, path in enumerate(paths, start=1):
        label = f"&{number} {Path(path).name}" if number < 10 else Path(path).name
        action = menu.addAction(label)
        action.setToolTip(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_path(p))
    if not paths:
        menu.addAction("No recent documents").setEnabled(False)
        return
    menu.addSeparator()
    menu.addAction("Clear the list", window.settings.clear_recent)
