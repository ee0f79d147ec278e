"""One app, many files: the local-socket protocol in-process, and two real launches."""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QWidget

from reader.resources import sample_path
from reader.ui.single_instance import (
    ACK,
    INSTANCE_ENV,
    AppWindows,
    FileOpenEvents,
    SingleInstance,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "china-russia-friendship.txt"
LAUNCH_TIMEOUT = 60.0


class FakeWindow(QWidget):
    """Stands in for MainWindow: remembers what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    def open_paths(self, paths: list[str]) -> None:
        self.opened = list(paths)
        self.document = SimpleNamespace(source=str(paths[0] if paths else sample_path()))


@pytest.fixture
def name() -> str:
    """A server name of its own for each test."""
    return server_name({INSTANCE_ENV: uuid.uuid4().hex})


def test_server_name_is_per_user_and_per_instance_group() -> None:
    plain = server_name({})
    assert plain.startswith("io.github.timeline_reader.TimelineReader-")
    assert str(os.getuid()) in plain
    assert server_name({INSTANCE_ENV: "a"}) != server_name({INSTANCE_ENV: "b"}) != plain


def test_nothing_to_forward_to_returns_quickly(qapp: object, name: str) -> None:
    start = time.monotonic()
    assert SingleInstance(name).forward(["x.txt"]) is False
    assert time.monotonic() - start < 1.0


def test_server_receives_files_and_acknowledges(qtbot: object, name: str) -> None:
    server = SingleInstance(name)
    assert server.listen()
    client = QLocalSocket()
    replies: list[bytes] = []
    client.readyRead.connect(lambda: replies.append(bytes(client.readAll().data())))
    client.connectToServer(name)
    with qtbot.waitSignal(server.files_requested, timeout=5000) as blocker:
        client.write(json.dumps({"files": ["/a.txt", "/b.md"]}).encode() + b"\n")
    assert blocker.args == [["/a.txt", "/b.md"]]
    qtbot.waitUntil(lambda: b"".join(replies) == ACK, timeout=5000)
    client.abort()
    server.close()


def test_a_garbled_message_is_dropped(qtbot: object, name: str) -> None:
    server = SingleInstance(name)
    assert server.listen()
    client = QLocalSocket()
    client.connectToServer(name)
    with qtbot.assertNotEmitted(server.files_requested, wait=200):
        client.write(b"not json\n")
        qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
    server.close()


def test_a_server_that_does_not_answer_is_marked(qapp: object, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.ui.single_instance as single_instance

    monkeypatch.setattr(single_instance, "REPLY_TIMEOUT_MS", 50)
    server = SingleInstance(name)
    assert server.listen()
    client = SingleInstance(name)
    assert client.forward(["/a.txt"]) is False, "no event loop runs here, so the server cannot answer"
    assert client.unanswered
    server.close()


def test_a_second_server_does_not_steal_a_live_name(qapp: object, name: str) -> None:
    first = SingleInstance(name)
    assert first.listen()
    assert SingleInstance(name).listen() is False
    first.close()


def test_a_first_launch_does_not_load_qtnetwork(name: str) -> None:
    code = (
        "import sys\nfrom PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
        "from reader.ui.single_instance import SingleInstance\n"
        f"assert SingleInstance({name!r}).forward(['a.txt']) is False\n"
        "assert 'PySide6.QtNetwork' not in sys.modules\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_stale_socket_is_replaced(qapp: object, name: str) -> None:
    """A socket file left by an app that crashed: nobody answers, so the new app takes the name."""
    path = os.path.join(QDir.tempPath(), name)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)
    stale.close()  # the file stays; no one listens
    try:
        assert SingleInstance(name).forward([]) is False
        server = SingleInstance(name)
        assert server.listen()
        server.close()
    finally:
        if os.path.exists(path):
            os.unlink(path)


def test_app_windows_opens_one_window_per_file_and_forgets_closed_ones(qtbot: object) -> None:
    windows = AppWindows(FakeWindow)
    windows.open_files(["/a.txt", "/b.txt"])
    windows.open_files([])
    assert [w.opened for w in windows.windows] == [["/a.txt"], ["/b.txt"], []]
    for window in windows.windows:
        qtbot.waitExposed(window)
    first = windows.windows[0]
    first.close()
    qtbot.waitUntil(lambda: len(windows.windows) == 2, timeout=5000)
    assert first not in windows.windows
    for window in list(windows.windows):
        window.close()
    qtbot.waitUntil(lambda: not windows.windows, timeout=5000)


def test_after_first_paint_calls_back_once(qtbot: object) -> None:
    from reader.ui.single_instance import after_first_paint

    calls: list[str] = []
    painted = QWidget()
    qtbot.addWidget(painted)
    after_first_paint(painted, lambda: calls.append("painted"), fallback_ms=60_000)
    painted.show()
    qtbot.waitUntil(lambda: calls == ["painted"], timeout=5000)
    painted.update()
    hidden = QWidget()
    qtbot.addWidget(hidden)
    after_first_paint(hidden, lambda: calls.append("fallback"), fallback_ms=10)
    qtbot.waitUntil(lambda: calls == ["painted", "fallback"], timeout=5000)


def test_a_file_opened_by_the_system_replaces_an_untouched_sample(qtbot: object) -> None:
    windows = AppWindows(FakeWindow)
    windows.open_files([])
    qtbot.waitExposed(windows.windows[0])
    windows.open_files_here(["/a.txt", "/b.txt"])
    assert [w.opened for w in windows.windows] == [["/a.txt"], ["/b.txt"]]
    windows.open_files_here(["/c.txt"])
    assert [w.opened for w in windows.windows] == [["/a.txt"], ["/b.txt"], ["/c.txt"]]
    for window in list(windows.windows):
        window.close()
    qtbot.waitUntil(lambda: not windows.windows, timeout=5000)


def test_file_open_events_become_requests(qapp: object, qtbot: object) -> None:
    events = FileOpenEvents()
    qapp.installEventFilter(events)
    try:
        with qtbot.waitSignal(events.files_requested, timeout=5000) as blocker:
            QCoreApplication.sendEvent(qapp, QFileOpenEvent("/books/war.epub"))
    finally:
        qapp.removeEventFilter(events)
    assert blocker.args == [["/books/war.epub"]]


def _app_env(tmp_path: Path) -> dict[str, str]:
    """An environment for a launched app of its own: offscreen, traced, its own instance group and XDG folders."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TIMELINE_READER_TRACE": "1",
        INSTANCE_ENV: uuid.uuid4().hex,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }


def _launch(env: dict[str, str], *files: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "reader", *files],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def _lines(stream: object) -> tuple[queue.Queue[str], threading.Thread]:
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line.rstrip("\n"))

    thread = threading.Thread(target=pump, daemon=True)
    thread.start()
    return lines, thread


def _wait_for(lines: queue.Queue[str], wanted: str, seen: list[str]) -> str:
    deadline = time.monotonic() + LAUNCH_TIMEOUT
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            break
        seen.append(line)
        if line.startswith(f"reader-trace: {wanted}"):
            return line
    raise AssertionError(f"no {wanted!r} line; the app said:\n" + "\n".join(seen))


def test_second_launch_opens_its_file_in_the_running_app(tmp_path: Path) -> None:
    env = _app_env(tmp_path)
    first = _launch(env)
    seen: list[str] = []
    lines, pump = _lines(first.stderr)
    try:
        _wait_for(lines, "first-paint", seen)
        _wait_for(lines, "listening", seen)  # the server starts after the first paint
        start = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "reader", str(SAMPLE.relative_to(ROOT))],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=LAUNCH_TIMEOUT,
        )
        assert second.returncode == 0, second.stderr
        assert "reader-trace: forwarded" in second.stderr
        assert time.monotonic() - start < 10
        assert _wait_for(lines, "window 2", seen) == f"reader-trace: window 2 {SAMPLE}"
        assert first.poll() is None, "the first app is still running"
    finally:
        first.terminate()
        first.wait(timeout=LAUNCH_TIMEOUT)
        pump.join(timeout=LAUNCH_TIMEOUT)
        first.stderr.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM from outside is a POSIX affair")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_a_termination_signal_closes_the_windows_and_the_socket(tmp_path: Path, signal_name: str) -> None:
    """Logging out sends SIGTERM: the app saves its windows' state and removes its socket, as a quit would."""
    import signal

    env = _app_env(tmp_path)
    socket_file = Path(QDir.tempPath(), server_name(env))
    app = _launch(env, str(SAMPLE))
    seen: list[str] = []
    lines, pump = _lines(app.stderr)
    try:
        _wait_for(lines, "listening", seen)
        assert socket_file.exists()
        assert "geometry" not in "".join(path.read_text() for path in tmp_path.glob("config/**/*.conf"))
        app.send_signal(getattr(signal, signal_name))
        code = app.wait(timeout=LAUNCH_TIMEOUT)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        pump.join(timeout=LAUNCH_TIMEOUT)
        app.stderr.close()
    assert code == 128 + getattr(signal, signal_name), "\n".join(seen)
    assert not socket_file.exists()
    (settings,) = tmp_path.glob("config/**/*.conf")
    assert "geometry" in settings.read_text()
