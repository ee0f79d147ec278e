"""Run something once a window has painted for the first time: what the first frame does not need waits for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from reader.ui.compat import override


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int = 2000) -> None:
    """Call ``callback`` once ``widget`` and its children have painted for the first time.

    If no paint comes within ``fallback_ms`` (a window started minimized), call it then.
    """
    probe = _FirstPaint(callback, widget)
    widget.installEventFilter(probe)
    QTimer.singleShot(fallback_ms, probe.fire)


class _FirstPaint(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback: Callable[[], None] | None = callback

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The children paint in the same pass, after the window: call back when the pass is over.
            QTimer.singleShot(0, self.fire)
        return False
