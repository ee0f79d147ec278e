"""Quit as if every window were closed when the system asks the app to end.

SIGTERM (logging out, shutting down, ``kill``), SIGINT (Ctrl+C in the terminal that started the app) and SIGHUP
(that terminal closed) would otherwise end the process on the spot: no window would remember its reading
position or geometry, and the single-instance socket would stay behind for the next launch to clean up.

Python runs a signal handler only between bytecodes, and the Qt event loop can wait in C++ for as long as
nothing happens, so the signal wakes the loop through a socket pair: ``signal.set_wakeup_fd`` writes the signal
number (one byte) into it, and a ``QSocketNotifier`` on the other end calls ``_on_wakeup`` in the event loop.
There every window closes as the user would close it, and the app exits with 128 + the signal number, as shells
expect. The Python handler itself does nothing: it only replaces the default action (or KeyboardInterrupt).
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")  # those the platform has (Windows: SIGTERM and SIGINT)


class QuitOnSignals(QObject):
    """Installs the handlers on creation (main thread only); ``uninstall`` puts back the previous ones."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {}
        for name in SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(number, _do_nothing)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)

    def uninstall(self) -> None:
        """Restore the handlers and the wakeup fd that were there before."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()

    def _on_wakeup(self) -> None:
        received = b""
        try:
            while chunk := self._reader.recv(64):
                received += chunk
        except BlockingIOError:
            pass
        if received:
            self._app.closeAllWindows()  # each window saves its state in closeEvent
            self._app.exit(128 + received[0])


def _do_nothing(number: int, frame: object) -> None:
    """The Python-level handler: the wakeup byte does the work, in the event loop."""
