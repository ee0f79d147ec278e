"""The one keymap, kept as data: action name -> (label, shortcuts, scope).

Both the QActions and the shortcut sheet are built from it. Shortcuts are strings or StandardKey
names; no QKeySequence is built at import time (that can crash before a QApplication exists).
scope "window" fires anywhere in the window; "reading" fires only when no text field has focus, so
single-letter keys never fire while typing; "timeline" fires only in the timeline.
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
    "file.quit": Binding("Quit", ("Ctrl+Q",), group="File"),
    "timeline.next": Binding("Next entry", ("Down",), "timeline", "Timeline"),
    "timeline.previous": Binding("Previous entry", ("Up",), "timeline", "Timeline"),
    "timeline.go_to_passage": Binding("Go to the entry's passage", ("Return", "Enter"), "timeline", "Timeline"),
    "focus.next_pane": Binding("Next pane", ("F6",), group="Navigation"),
    "focus.previous_pane": Binding("Previous pane", ("Shift+F6",), group="Navigation"),
    "highlight.clear": Binding("Clear highlights", ("Esc",), group="Navigation"),
    "help.shortcuts": Binding("Keyboard shortcuts", ("F1",), group="Help"),
}


def key_text(keys: tuple[str, ...]) -> str:
    """Human-readable shortcut list for the sheet and the README, in the platform's notation."""
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


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
        action.setShortcutContext(context)
        action.triggered.connect(handler)
        parent.addAction(action)
        actions[name] = action
    return actions
