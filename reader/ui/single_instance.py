"""One app, many files: a second launch hands its files to the running app, which opens a window per file.

The running app listens on a local socket named for the app and the user (``QLocalServer``). A new launch first
tries to connect (briefly); if an app answers, it sends the files as one JSON line, waits for ``ok`` and exits.
Otherwise it becomes the running app, removing a stale socket left by a crashed one.

QtNetwork and json are imported only when needed: a first launch (no socket file) does not load them before its
window has painted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from reader import APP_ID
from reader.ui.compat import override
from reader.ui.first_paint import after_first_paint  # noqa: F401 (run_app, the bench and tests use it from here)

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

CONNECT_TIMEOUT_MS = 300
REPLY_TIMEOUT_MS = 5000  # a running app busy loading a book may take a while to answer
ACK = b"ok\n"
MAX_MESSAGE = 1 << 20
# Set to a name to run a separate group of instances (tests, or a second profile).
INSTANCE_ENV = "TIMELINE_READER_INSTANCE"
TRACE_ENV = "TIMELINE_READER_TRACE"


def server_name(environ: dict[str, str] | None = None) -> str:
    """The socket name: the app id and the user, so that users on one machine never share an app."""
    env = os.environ if environ is None else environ
    if hasattr(os, "getuid"):
        user = str(os.getuid())
    else:  # Windows: named pipes are per machine, so name the user
        import getpass

        user = getpass.getuser()
    name = f"{APP_ID}-{user}"
    if env.get(INSTANCE_ENV):
        from reader.core.hashing import sha256

        name += "-" + sha256(env[INSTANCE_ENV].encode()).hexdigest()[:10]
    return name


def trace(message: str) -> None:
    """Print an event line for tests and benchmarks when ``TIMELINE_READER_TRACE`` is set."""
    if os.environ.get(TRACE_ENV):
        print(f"reader-trace: {message}", file=sys.stderr, flush=True)


class SingleInstance(QObject):
    """Either forwards files to the running app, or is the running app and receives them."""

    files_requested = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.unanswered = False  # a running app took a connection but did not acknowledge the files
        self._server: QLocalServer | None = None

    # Public API

    def may_be_running(self) -> bool:
        """Whether an app may be listening. On Unix, False means surely not (no socket file)."""
        if os.name != "posix":
            return True
        return os.path.exists(os.path.join(QDir.tempPath(), self.name))

    def forward(self, files: Sequence[str], timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
        """Send ``files`` to a running app. Returns True if one took them."""
        if not self.may_be_running():
            return False
        import json

        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        message = json.dumps({"files": [str(Path(f).absolute()) for f in files]}).encode() + b"\n"
        socket.write(message)
        reply = b""
        if socket.waitForBytesWritten(REPLY_TIMEOUT_MS):
            while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
                reply += bytes(socket.readAll().data())
        socket.abort()
        if reply != ACK:
            # An app is there but busy or hung: it may still open the files later, so this launch must not
            # hand them over a second time (see ``unanswered``).
            self.unanswered = True
            trace("the running app did not answer")
        return reply == ACK

    def listen(self) -> bool:
        """Become the running app. Returns False if another app holds the name (or listening failed)."""
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        # With access options set, Qt binds elsewhere and moves the socket into place, replacing a live
        # one: so ask first whether an app answers on the name.
        if self._is_alive():
            trace("another app is listening")
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                return False
            QLocalServer.removeServer(self.name)  # a stale socket from an app that crashed
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        trace(f"listening {self.name}")
        return True

    def close(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            self._server = None

    # Private slots

    @Slot()
    def _on_new_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(self._on_ready_read)

    @Slot()
    def _on_ready_read(self) -> None:
        import json

        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE:
                socket.abort()
            return
        try:
            files = [str(f) for f in json.loads(bytes(socket.readLine().data()))["files"]]
        except (ValueError, KeyError, TypeError):
            socket.disconnectFromServer()
            return
        socket.write(ACK)
        socket.flush()
        self.files_requested.emit(files)

    # Helpers

    def _is_alive(self) -> bool:
        if not self.may_be_running():
            return False
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        alive = socket.waitForConnected(CONNECT_TIMEOUT_MS)
        socket.abort()
        return alive


class AppWindows(QObject):
    """The app's open windows: one per document, each independent; closed ones are let go."""

    def __init__(self, factory: Callable[[], QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.windows: list[QWidget] = []

    @Slot(list)
    def open_files(self, files: Sequence[str]) -> None:
        """Open a window for each of ``files``, or one on the sample when there are none."""
        for path in files or [None]:
            window = self._factory()
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _=None, w=window: self._forget(w))
            window.open_paths([path] if path else [])
            self.windows.append(window)
            window.show()
            if QGuiApplication.platformName() != "offscreen":  # which warns that it cannot raise
                window.raise_()
                window.activateWindow()
            trace(f"window {len(self.windows)} {path or 'sample'}")

    @Slot(list)
    def open_files_here(self, files: Sequence[str]) -> None:
        """Like ``open_files``, but the first file replaces the sample in a lone window still showing it.

        For files the system opens in this app after it started (macOS sends a launch's files that way).
        """
        if files and len(self.windows) == 1 and _shows_sample(self.windows[0]):
            self.windows[0].open_paths([files[0]])
            trace(f"window 1 {files[0]}")
            files = files[1:]
        if files:
            self.open_files(files)

    def _forget(self, window: QWidget) -> None:
        if window in self.windows:
            self.windows.remove(window)


class FileOpenEvents(QObject):
    """Turns the system's file-open events (macOS Finder, "Open With") into ``files_requested``."""

    files_requested = Signal(list)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and watched is QGuiApplication.instance():
            path = event.file()
            if path:
                self.files_requested.emit([path])
                return True
        return False


def _shows_sample(window: QWidget) -> bool:
    from reader.resources import sample_path

    document = getattr(window, "document", None)
    source = getattr(document, "source", None)
    return bool(source) and Path(source).resolve() == sample_path().resolve()
