"""Screen-reader support: announcements of what changed on screen that focus does not reveal."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str) -> None:
    """Ask assistive technology to read ``message`` politely (e.g. "1956: passage 1 of 2, ...").

    The message is also kept as the widget's accessible description, so it stays discoverable.
    """
    widget.setAccessibleDescription(message)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
