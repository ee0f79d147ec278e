"""Unexpected errors: log them to the user's log folder, show the details with a "Copy report" button, go on.

``CrashHandler.install()`` replaces ``sys.excepthook``, which Python and PySide6 call for an exception that
nothing caught (in a slot, an event handler or a timer). The event loop keeps running after the dialog.
"""

from __future__ import annotations

import datetime
import os
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, Signal, Slot, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME, __version__

LOG_NAME = "crash.log"
MAX_LOG_BYTES = 1 << 20  # then the log moves to crash.log.1 and a new one starts


def default_log_dir() -> Path:
    """The user's log folder: ``$XDG_STATE_HOME/timeline-reader/log`` on Linux, the app's data folder elsewhere."""
    if sys.platform.startswith("linux"):
        state = os.environ.get("XDG_STATE_HOME", "")
        base = Path(state) if os.path.isabs(state) else Path.home() / ".local" / "state"
        return base / "timeline-reader" / "log"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location) / "logs"


def format_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text a user can paste into a bug report: versions, platform and the traceback."""
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [
        f"{APP_NAME} {__version__} — unexpected error at {now}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}",
        f"Qt platform: {QGuiApplication.platformName() or '-'}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


class CrashDialog(QDialog):
    """Tells the user what went wrong, where it was logged, and offers the report for copying."""

    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None, fatal: bool = False) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(f"{APP_NAME}: unexpected error")
        self.resize(640, 420)
        where = f"The details were saved to {log_file}." if log_file else "The details could not be saved."
        going_on = (
            f"{APP_NAME} keeps running, but the last action did not finish."
            if not fatal
            else f"{APP_NAME} cannot go on and will close."
        )
        self.summary = QLabel(
            f"<b>Something went wrong.</b><br>{going_on} {where} "
            "Please include the report below if you tell us about it."
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("&Copy report")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    @Slot()
    def copy_report(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText("Copied")


class CrashHandler(QObject):
    """The app's ``sys.excepthook``: log, then show a dialog (one at a time), then carry on."""

    _report_from_thread = Signal(str, object)

    def __init__(
        self,
        log_dir: Path | None = None,
        parent: QObject | None = None,
        previous_hook: Callable[..., object] | None = None,
    ) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if app is not None and self.thread() != app.thread():
            self.moveToThread(app.thread())  # created by an error in a worker thread: dialogs live in the GUI's
        self._report_from_thread.connect(self._show)
        self.log_dir = log_dir or default_log_dir()
        self.reports: list[str] = []
        self.repeats: dict[tuple[str, ...], int] = {}
        self._previous_hook = previous_hook or sys.excepthook
        self._showing = False

    @property
    def log_file(self) -> Path:
        """Where reports are appended."""
        return self.log_dir / LOG_NAME

    def install(self) -> None:
        """Become ``sys.excepthook``."""
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Put the previous hook back."""
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """Log the exception, print it, and show it to the user unless a report is already open."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            app = QApplication.instance()
            if app is not None:
                app.exit(130)
            return
        key = _signature(exc_type, exc, tb)
        self.repeats[key] = self.repeats.get(key, -1) + 1
        if self.repeats[key]:
            return  # the same error again (a failing paintEvent runs on every repaint): reported already
        report = format_report(exc_type, exc, tb)
        self.reports.append(report)
        print(report, file=sys.stderr, end="")
        log_file = self.write_log(report)
        app = QApplication.instance()
        if app is None:
            return
        if QThread.currentThread() != app.thread():
            self._report_from_thread.emit(report, log_file)  # queued: the GUI thread shows it
            return
        self._show(report, log_file)

    @Slot(str, object)
    def _show(self, report: str, log_file: Path | None) -> None:
        if self._showing:
            return
        self._showing = True
        # Outside the event loop (at start-up, or on the way out) the app cannot carry on.
        fatal = QThread.currentThread().loopLevel() == 0
        try:
            CrashDialog(report, log_file, QApplication.activeWindow(), fatal=fatal).exec()
        finally:
            self._showing = False

    def write_log(self, report: str) -> Path | None:
        """Append ``report`` to the log (rotating it past MAX_LOG_BYTES). Returns the log, or None."""
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            if self.log_file.exists() and self.log_file.stat().st_size > MAX_LOG_BYTES:
                self.log_file.replace(self.log_file.with_name(LOG_NAME + ".1"))
            with self.log_file.open("a", encoding="utf-8") as log:
                log.write(report + "\n")
        except OSError as err:
            print(f"reader: cannot write the crash log in {self.log_dir}: {err}", file=sys.stderr)
            return None
        return self.log_file


def _signature(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> tuple[str, ...]:
    """What makes two errors the same: type, message and where they were raised."""
    where = traceback.extract_tb(tb)[-1] if tb is not None else None
    return (exc_type.__qualname__, str(exc), where.filename if where else "", str(where.lineno if where else ""))
