"""The one keymap, kept as data: action name -> (label, shortcuts, scope).

Both the QActions and the shortcut sheet are built from it. Shortcuts are strings or StandardKey
names; no QKeySequence is built at import time (that can crash before a QApplication exists).
scope "window" fires anywhere in the window, "timeline" only in the timeline, "article" only in the
article. Single-character keys never fire while typing: text fields accept printable keys as
ShortcutOverride, which takes them before any shortcut.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Binding:
    """One action of the keymap."""

    label: str
    keys: tuple[str, ...]
    scope: str = "window"
    group: str = "General"


DEFAULT_KEYMAP: dict[str, Binding] = {
    "file.open": Binding("Open…", ("Ctrl+O",), group="File"),
    "file.paste": Binding("Open text from the clipboard", ("Ctrl+Shift+V",), group="File"),
    "file.close": Binding("Close window", ("Ctrl+W",), group="File"),
    "file.quit": Binding("Quit", ("Ctrl+Q",), group="File"),
    "timeline.next": Binding("Next entry", ("Down",), "timeline", "Timeline"),
    "timeline.previous": Binding("Previous entry", ("Up",), "timeline", "Timeline"),
    "timeline.go_to_passage": Binding("Go to the entry's passage", ("Return", "Enter"), "timeline", "Timeline"),
    "event.next": Binding("Next event in time", ("}",), group="Timeline"),
    "event.previous": Binding("Previous event in time", ("{",), group="Timeline"),
    "dated.next": Binding("Next dated passage in the text", ("]",), group="Timeline"),
    "dated.previous": Binding("Previous dated passage in the text", ("[",), group="Timeline"),
    "passage.next": Binding("Next passage of the entry", ("N",), group="Timeline"),
    "passage.previous": Binding("Previous passage of the entry", ("Shift+N",), group="Timeline"),
    "timeline.filter": Binding("Filter the timeline", ("Ctrl+Shift+F",), group="Timeline"),
    "highlight.clear": Binding("Clear highlights / close bar", ("Esc",), group="Timeline"),
    "find.open": Binding("Find in text", ("Ctrl+F", "/"), group="Find"),
    "find.next": Binding("Find next", ("F3",), group="Find"),
    "find.previous": Binding("Find previous", ("Shift+F3",), group="Find"),
    "history.back": Binding("Back", ("Alt+Left",), group="Navigation"),
    "history.forward": Binding("Forward", ("Alt+Right",), group="Navigation"),
    "reading.page_down": Binding("Page down", ("Space",), group="Navigation"),
    "reading.page_up": Binding("Page up", ("Shift+Space",), group="Navigation"),
    "reading.line_down": Binding("Scroll down", ("J",), group="Navigation"),
    "reading.line_up": Binding("Scroll up", ("K",), group="Navigation"),
    "reading.top": Binding("Beginning of the text", ("Home", "Ctrl+Home"), "article", "Navigation"),
    "reading.bottom": Binding("End of the text", ("End", "Ctrl+End"), "article", "Navigation"),
    "focus.next_pane": Binding("Next pane", ("F6",), group="Navigation"),
    "focus.previous_pane": Binding("Previous pane", ("Shift+F6",), group="Navigation"),
    "view.bigger": Binding("Larger text", ("Ctrl+=", "Ctrl++"), group="View"),
    "view.smaller": Binding("Smaller text", ("Ctrl+-",), group="View"),
    "view.reset_size": Binding("Default text size", ("Ctrl+0",), group="View"),
    "view.wider": Binding("Wider reading column", ("Ctrl+]",), group="View"),
    "view.narrower": Binding("Narrower reading column", ("Ctrl+[",), group="View"),
    "view.toggle_timeline": Binding("Show or hide the timeline", ("F9",), group="View"),
    "view.full_screen": Binding("Full screen", ("F11",), group="View"),
    "view.original": Binding("View original text", ("Ctrl+U",), group="View"),
    "help.shortcuts": Binding("Keyboard shortcuts", ("F1", "?"), group="Help"),
}


def key_text(keys: tuple[str, ...]) -> str:
    """Human-readable shortcut list for the sheet and the README, in the platform's notation.

    A bare letter is the unshifted key, so it is shown in lower case ("j"), as readers type it.
    """
    return ", ".join(
        k.lower() if len(k) == 1 and k.isalpha() else QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
        for k in keys
    )


def build_actions(
    scopes: Mapping[str, QWidget],
    handlers: Mapping[str, Callable[[], object]],
    keymap: Mapping[str, Binding] = DEFAULT_KEYMAP,
) -> dict[str, QAction]:
    """Create one QAction per keymap entry that has a handler, added to the widget of its scope.

    ``scopes`` maps each scope name to its widget; "window" is required and is the fallback.
    """
    actions: dict[str, QAction] = {}
    for name, binding in keymap.items():
        handler = handlers.get(name)
        if handler is None:
            continue
        parent = scopes.get(binding.scope, scopes["window"])
        action = QAction(binding.label, parent)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in binding.keys])
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        if binding.scope == "window":
            context = Qt.ShortcutContext.WindowShortcut
        if binding.scope == "window" and any(len(k) == 1 for k in binding.keys):
            action.setShortcutVisibleInContextMenu(False)
        action.setShortcutContext(context)
        action.triggered.connect(handler)
        parent.addAction(action)
        actions[name] = action
    return actions
