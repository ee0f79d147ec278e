"""The menu bar, built from the window's keymap actions (so menus and shortcuts never disagree)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup

from reader.ui.themes import THEME_NAMES

if TYPE_CHECKING:
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


def build_menus(window: MainWindow) -> None:
    """Fill the window's menu bar; None in MENUS is a separator, unknown names are skipped."""
    for title, names in MENUS.items():
        menu = window.menuBar().addMenu(title)
        for name in names:
            if name is None:
                menu.addSeparator()
            elif name in window.actions_by_name:
                menu.addAction(window.actions_by_name[name])
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
