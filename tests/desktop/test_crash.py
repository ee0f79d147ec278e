"""Unexpected errors: logged, shown with a "Copy report" button, and the app goes on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from reader.ui.crash import LOG_NAME, CrashDialog, CrashHandler, default_log_dir, format_report


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[CrashDialog]:
    """Dialogs the handler showed; exec() returns at once."""
    dialogs: list[CrashDialog] = []

    def fake_exec(self: CrashDialog) -> int:
        dialogs.append(self)
        return 0

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    return dialogs


@pytest.fixture
def handler(qapp: object, tmp_path: Path) -> CrashHandler:
    """A crash handler that logs into a temporary folder, installed for the test only."""
    crash = CrashHandler(log_dir=tmp_path / "log")
    crash.install()
    yield crash
    crash.uninstall()


def _raise(message: str) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        return sys.exc_info()


def test_report_names_versions_and_the_traceback(qapp: object) -> None:
    report = format_report(*_raise("boom"))
    assert report.startswith("Timeline Reader ")
    assert "Python " in report
    assert "Qt " in report
    assert "RuntimeError: boom" in report
    assert "in _raise" in report


def test_handler_logs_and_shows_the_report(
    handler: CrashHandler, shown: list[CrashDialog], qtbot: object, capsys: pytest.CaptureFixture[str]
) -> None:
    handler.handle(*_raise("boom"))
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
    assert "RuntimeError: boom" in shown[0].details.toPlainText()
    log = handler.log_dir / LOG_NAME
    assert "RuntimeError: boom" in log.read_text(encoding="utf-8")
    assert "RuntimeError: boom" in capsys.readouterr().err
    handler.handle(*_raise("again"))
    assert log.read_text(encoding="utf-8").count("RuntimeError: ") == 2, "reports are appended"


def test_copy_report_puts_it_on_the_clipboard(qtbot: object, tmp_path: Path) -> None:
    dialog = CrashDialog("the report\n", tmp_path / LOG_NAME)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "the report\n"
    assert dialog.copy_button.text() == "Copied"


def test_an_error_while_a_report_is_open_is_only_logged(
    handler: CrashHandler, shown: list[CrashDialog], monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    def nested_exec(self: CrashDialog) -> int:
        qtbot.addWidget(self)
        shown.append(self)
        handler.handle(*_raise("inside"))
        return 0

    monkeypatch.setattr(CrashDialog, "exec", nested_exec)
    handler.handle(*_raise("outside"))
    assert len(shown) == 1
    assert len(handler.reports) == 2


def test_an_unwritable_log_folder_still_shows_the_dialog(
    qapp: object, tmp_path: Path, shown: list[CrashDialog], qtbot: object
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    crash = CrashHandler(log_dir=blocker / "log")
    crash.handle(*_raise("boom"))
    qtbot.addWidget(shown[0])
    assert "could not be saved" in shown[0].summary.text()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_handler_and_the_loop_goes_on(
    handler: CrashHandler, shown: list[CrashDialog], qtbot: object
) -> None:
    def boom() -> None:
        raise ValueError("in a slot")

    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    qtbot.addWidget(shown[0])
    assert "ValueError: in a slot" in handler.reports[0]
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True], timeout=5000)


def test_default_log_dir_follows_xdg_state_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG_STATE_HOME is the Linux convention")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert default_log_dir() == tmp_path / "timeline-reader" / "log"


def test_the_app_loads_the_crash_handler_on_the_first_exception(
    qapp: object, shown: list[CrashDialog], qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from reader.app import _lazy_crash_hook

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    passed_on: list[type[BaseException]] = []
    hook = _lazy_crash_hook(qapp, lambda exc_type, _exc, _tb: passed_on.append(exc_type))
    hook(*_raise("boom"))
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
    if sys.platform.startswith("linux"):
        assert "RuntimeError: boom" in (tmp_path / "timeline-reader" / "log" / LOG_NAME).read_text(encoding="utf-8")
    monkeypatch.setattr(qapp, "exit", lambda code: passed_on.append(code))
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        hook(*sys.exc_info())
    assert passed_on == [KeyboardInterrupt, 130], "Ctrl+C goes to the previous hook and ends the loop"


def test_the_same_error_again_is_reported_once(handler: CrashHandler, shown: list[CrashDialog], qtbot: object) -> None:
    for _ in range(5):
        handler.handle(*_raise("in paintEvent"))
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
    assert len(handler.reports) == 1
    assert handler.log_file.read_text(encoding="utf-8").count("RuntimeError: in paintEvent") == 1


def test_an_error_in_a_worker_thread_is_shown_by_the_gui_thread(
    qapp: object, shown: list[CrashDialog], qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import threading

    from reader.app import _lazy_crash_hook, _thread_hook

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setattr(threading, "excepthook", _thread_hook(_lazy_crash_hook(qapp, sys.__excepthook__)))
    shown_in: list[bool] = []
    original = CrashDialog.exec

    def record_thread(self: CrashDialog) -> int:
        shown_in.append(threading.current_thread() is threading.main_thread())
        return original(self)

    monkeypatch.setattr(CrashDialog, "exec", record_thread)

    def work() -> None:
        raise OSError("disk on fire")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=30)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    qtbot.addWidget(shown[0])
    assert shown_in == [True]
    assert "OSError: disk on fire" in shown[0].report
