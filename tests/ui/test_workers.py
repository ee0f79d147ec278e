"""DocumentJob: loads off the UI thread, signals in the UI thread, errors as messages, cancel drops results."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from reader.core import timeline as timeline_module
from reader.core.document import Document, DocumentError
from reader.core.loaders import document_from_text, load_document
from reader.resources import sample_path
from reader.ui.workers import DocumentJob, LoadResult

TIMEOUT = 30_000  # ms; the sample takes well under a second


@pytest.fixture
def job(qapp: QCoreApplication) -> Iterator[DocumentJob]:
    """A job that is cancelled and joined at teardown, whatever the test did."""
    job = DocumentJob()
    yield job
    job.cancel()
    assert job.wait(TIMEOUT)
    QCoreApplication.processEvents()  # deliver (and drop) whatever the worker queued


class Recorder:
    """Everything a job emitted, in order, with the thread each signal arrived on."""

    def __init__(self, job: DocumentJob) -> None:
        self.events: list[tuple[str, object]] = []
        self.threads: set[str] = set()
        job.progress.connect(lambda percent, message: self._add("progress", (percent, message)))
        job.loaded.connect(lambda doc: self._add("loaded", doc))
        job.finished.connect(lambda result: self._add("finished", result))
        job.failed.connect(lambda message: self._add("failed", message))

    def _add(self, name: str, value: object) -> None:
        self.events.append((name, value))
        self.threads.add(threading.current_thread().name)

    def names(self) -> list[str]:
        return [name for name, _ in self.events]


class Gate:
    """A loader that blocks on the worker thread until the test opens the gate."""

    def __init__(self, text: str = "In 1956 something happened. Then, in 1961, something else.") -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.text = text

    def __call__(self) -> Document:
        self.entered.set()
        assert self.release.wait(TIMEOUT / 1000)
        return document_from_text(self.text)


def _drain(job: DocumentJob) -> None:
    """Join the worker and deliver its queued signals (which a cancelled job must drop)."""
    assert job.wait(TIMEOUT)
    QCoreApplication.processEvents()


def test_loads_the_sample_in_the_background(job: DocumentJob, qtbot: QtBot) -> None:
    recorder = Recorder(job)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT) as blocker:
        job.start(sample_path())
        assert job.running
    result = blocker.args[0]
    assert isinstance(result, LoadResult)
    expected = load_document(sample_path())
    assert result.document.text == expected.text
    assert result.document.title == expected.title
    assert result.source == str(sample_path())
    assert [e.label for e in result.timeline.entries] == [
        e.label for e in timeline_module.build_timeline(expected.text, title=expected.title).entries
    ]
    assert result.timeline.entries
    assert result.load_seconds >= 0
    assert result.timeline_seconds >= 0
    assert not job.running
    assert recorder.names() == ["progress", "loaded", "progress", "progress", "finished"]
    assert [v for n, v in recorder.events if n == "progress"] == [
        (0, "Reading the document"),
        (30, "Finding dates"),
        (100, "Done"),
    ]
    assert recorder.threads == {threading.main_thread().name}


def test_pasted_text(job: DocumentJob, qtbot: QtBot) -> None:
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT) as blocker:
        job.start_text("Pasted note\nThe wall fell in 1989 and Germany reunited in 1990.", title="My note")
    result = blocker.args[0]
    assert result.document.title == "My note"
    assert result.source is None
    assert {e.label for e in result.timeline.entries} >= {"1989", "1990"}


@pytest.mark.parametrize("name", ["missing.txt", "."], ids=["missing", "folder"])
def test_document_errors_become_failed_messages(job: DocumentJob, qtbot: QtBot, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with pytest.raises(DocumentError) as raised:
        load_document(path)
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT) as blocker:
        job.start(path)
    assert blocker.args == [str(raised.value)]
    assert not job.running


def test_document_error_from_a_custom_loader(job: DocumentJob, qtbot: QtBot) -> None:
    def refuse() -> Document:
        raise DocumentError("This PDF has no text layer")

    with qtbot.waitSignal(job.failed, timeout=TIMEOUT) as blocker:
        job.start_callable(refuse, "scan.pdf")
    assert blocker.args == ["This PDF has no text layer"]


def test_unexpected_errors_are_logged_and_reported(
    job: DocumentJob, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(timeline_module, "build_timeline", broken)
    with (
        caplog.at_level(logging.ERROR, logger="reader.ui.workers"),
        qtbot.waitSignal(job.failed, timeout=TIMEOUT) as blocker,
    ):
        job.start_text("In 1956 something happened.")
    assert blocker.args == ["Unexpected error: RuntimeError: boom"]
    assert "Traceback" in caplog.text
    assert "boom" in caplog.text


def test_cancel_drops_the_result_and_skips_the_timeline(
    job: DocumentJob, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[str] = []
    real_build = timeline_module.build_timeline
    monkeypatch.setattr(
        timeline_module, "build_timeline", lambda text, **kw: built.append(text) or real_build(text, **kw)
    )
    gate = Gate()
    recorder = Recorder(job)
    job.start_callable(gate, "slow.txt")
    assert gate.entered.wait(TIMEOUT / 1000)
    job.cancel()
    assert not job.running
    gate.release.set()
    _drain(job)
    assert built == []  # stopped between stages
    assert "finished" not in recorder.names()
    assert "loaded" not in recorder.names()
    assert "failed" not in recorder.names()


def test_a_new_load_replaces_the_running_one(job: DocumentJob, qtbot: QtBot) -> None:
    slow = Gate("The slow one, from 1914.")
    recorder = Recorder(job)
    job.start_callable(slow, "slow.txt")
    assert slow.entered.wait(TIMEOUT / 1000)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT) as blocker:
        job.start_text("The quick one, from 1815.")
    assert "1815" in blocker.args[0].document.text
    slow.release.set()
    _drain(job)
    finished = [v for n, v in recorder.events if n == "finished"]
    assert len(finished) == 1
    assert "1914" not in finished[0].document.text


def test_the_job_can_be_reused(job: DocumentJob, qtbot: QtBot, tmp_path: Path) -> None:
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT):
        job.start(tmp_path / "nope.txt")
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT) as blocker:
        job.start_text("Again in 2001.")
    assert "2001" in blocker.args[0].document.text


def test_wait_joins_a_running_load(job: DocumentJob) -> None:
    gate = Gate()
    job.start_callable(gate)
    assert gate.entered.wait(TIMEOUT / 1000)
    assert not job.wait(10)  # still blocked in the loader
    gate.release.set()
    assert job.wait(TIMEOUT)


def test_deleting_a_running_job_waits_for_its_worker(qtbot: QtBot) -> None:
    job = DocumentJob()
    gate = Gate()
    recorder = Recorder(job)
    job.start_callable(gate)
    assert gate.entered.wait(TIMEOUT / 1000)
    threading.Timer(0.05, gate.release.set).start()
    del job  # the C++ destructor joins the pool; the worker holds no reference to the job
    QCoreApplication.processEvents()
    assert "finished" not in recorder.names()
