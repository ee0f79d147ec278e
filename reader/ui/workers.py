"""Background work: load a document and build its timeline off the UI thread, reporting through Signals.

API::

    job = DocumentJob(parent)                # one job object can run many loads, one after another
    job.progress.connect(...)                # (percent: int, message: str)
    job.loaded.connect(...)                  # (Document): the text is ready; the timeline is still being built
    job.finished.connect(...)                # (LoadResult): document, timeline and timings
    job.failed.connect(...)                  # (message: str): one line for the user
    job.start(path, hold=False)              # a file, through reader.core.loaders.load_document
    job.release()                            # a held load (hold=True) goes on from ``loaded`` to the timeline
    job.start_text(text, title=None)         # pasted text, through reader.core.loaders.document_from_text
    job.start_callable(load, description)    # any other source: ``load()`` returns a Document
    job.cancel()                             # drop the current load: none of its signals fire any more
    job.running -> bool                      # a load was started and has neither finished, failed nor been cancelled
    job.wait(msecs=-1) -> bool               # join the worker threads (tests' teardown, application exit)

Signals are always delivered in the thread that owns the job (the UI thread), through queued connections, and only
for the most recent load: starting a new load, or ``cancel()``, drops everything the previous one would still report.
Exactly one of ``finished`` or ``failed`` ends a load that is not cancelled. A ``DocumentError`` becomes
``failed(str(err))``; any other exception becomes ``failed("Unexpected error: ...")`` with the traceback logged.

Cancelling is checked between stages (reading, building the timeline). The core does not take a cancel callback yet;
``CancelToken.is_cancelled`` is the callable to hand it when it does.

Keep a reference to the job while it runs, and call ``wait()`` before dropping it at exit (or in test teardown).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from reader.core import loaders
from reader.core import timeline as timeline_module
from reader.core.document import Document, DocumentError
from reader.core.timeline import Timeline

log = logging.getLogger(__name__)

# Progress points (percent) at the start of each stage.
_READING = 0
_BUILDING = 30
_DONE = 100
HOLD_LIMIT = 10.0  # seconds a held load waits for release() before it goes on anyway


@dataclass(frozen=True)
class LoadResult:
    """What a finished load delivers: the document, its timeline, and how long each stage took."""

    document: Document
    timeline: Timeline
    source: str | None  # the path (or description) the load started from
    load_seconds: float  # reading and cleaning the document
    timeline_seconds: float  # building the timeline


class CancelToken:
    """A thread-safe cancelled flag shared by the UI thread and one load."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._released = threading.Event()

    def cancel(self) -> None:
        """Ask the load to stop; its results will be dropped."""
        self._event.set()
        self._released.set()

    def release(self) -> None:
        """Let a held load go on to build its timeline."""
        self._released.set()

    def wait_released(self, timeout: float) -> bool:
        """Block until ``release()`` (or ``cancel()``) or ``timeout`` seconds; True if released."""
        return self._released.wait(timeout)

    def is_cancelled(self) -> bool:
        """Whether ``cancel()`` was called (a callback the core can poll)."""
        return self._event.is_set()


class _Relay(QObject):
    """Carries one load's reports from its worker thread to the job.

    The job creates and connects it (queued) in the UI thread, then detaches it from every thread
    (``moveToThread(None)``) and hands it to the task, which holds the only reference: the relay is
    deleted on the worker thread when the task ends, which is safe for an object with no thread that
    only sends. The worker therefore never holds a reference to the job itself.
    """

    progress = Signal(int, int, str)  # generation, percent, message
    loaded = Signal(int, object)  # generation, Document
    finished = Signal(int, object)  # generation, LoadResult
    failed = Signal(int, str)  # generation, message


class _LoadTask(QRunnable):
    """One load on a pool thread: read, check the token, build the timeline, report through the relay."""

    def __init__(
        self,
        relay: _Relay,
        generation: int,
        token: CancelToken,
        load: Callable[[], Document],
        source: str | None,
        build: Callable[..., Timeline] | None,
    ) -> None:
        super().__init__()
        self._build = build
        self._relay: _Relay | None = relay
        self._generation = generation
        self._token = token
        self._load: Callable[[], Document] | None = load
        self._source = source

    def run(self) -> None:
        """Run the stages; never raises (every outcome is reported through the relay)."""
        relay, load, generation = self._relay, self._load, self._generation
        self._relay = self._load = None
        assert relay is not None
        assert load is not None
        try:
            self._run_stages(relay, load)
        except DocumentError as err:
            relay.failed.emit(generation, str(err) or "The document cannot be opened")
        except Exception as err:
            log.exception("Loading %s failed", self._source or "pasted text")
            relay.failed.emit(generation, f"Unexpected error: {type(err).__name__}: {err}")

    def _run_stages(self, relay: _Relay, load: Callable[[], Document]) -> None:
        generation, token = self._generation, self._token
        if token.is_cancelled():
            return
        relay.progress.emit(generation, _READING, "Reading the document")
        started = time.perf_counter()
        doc = load()
        load_seconds = time.perf_counter() - started
        if token.is_cancelled():
            return
        relay.loaded.emit(generation, doc)
        # A held load waits here while the UI thread lays out the text it just received: building the
        # timeline at the same time would make the two compete for the GIL and stall the UI.
        token.wait_released(HOLD_LIMIT)
        if token.is_cancelled():
            return
        relay.progress.emit(generation, _BUILDING, "Finding dates")
        started = time.perf_counter()
        build = self._build or timeline_module.build_timeline
        timeline = build(doc.text, title=doc.title, dct=doc.date, mode=doc.reading_mode, asides=doc.asides)
        timeline_seconds = time.perf_counter() - started
        if token.is_cancelled():
            return
        relay.progress.emit(generation, _DONE, "Done")
        relay.finished.emit(generation, LoadResult(doc, timeline, self._source, load_seconds, timeline_seconds))


class DocumentJob(QObject):
    """Loads documents in the background; see the module docstring for the API and its guarantees."""

    progress = Signal(int, str)
    loaded = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_threads: int = 2,
        build: Callable[..., Timeline] | None = None,
    ) -> None:
        """``build(text, title=, dct=)`` makes the timeline (default: the core's build_timeline)."""
        super().__init__(parent)
        self._build = build  # None: the core's build_timeline, looked up when a load runs
        self._pool = QThreadPool(self)
        # Two threads: a cancelled load still finishes its current stage, and must not hold up the next one.
        self._pool.setMaxThreadCount(max_threads)
        self._generation = 0
        self._token: CancelToken | None = None
        self._running = False

    # Properties

    @property
    def running(self) -> bool:
        """Whether the current load has neither finished, failed nor been cancelled."""
        return self._running

    # Public API

    def start(self, path: str | os.PathLike[str], *, hold: bool = False) -> None:
        """Load the file at ``path`` and build its timeline; cancels a load still running.

        With ``hold``, the worker stops after ``loaded`` until ``release()`` (at most HOLD_LIMIT seconds).
        """
        source = os.fspath(path)
        self.start_callable(lambda: loaders.load_document(Path(source)), source, hold=hold)

    def start_text(self, text: str, title: str | None = None) -> None:
        """Load pasted ``text`` (with an optional title) and build its timeline; cancels a load still running."""
        self.start_callable(lambda: loaders.document_from_text(text, title=title), None)

    def start_callable(self, load: Callable[[], Document], source: str | None = None, *, hold: bool = False) -> None:
        """Run ``load()`` off the UI thread, then build the timeline of the Document it returns."""
        self.cancel()
        self._generation += 1
        self._token = CancelToken()
        if not hold:
            self._token.release()
        self._running = True
        relay = _Relay()
        relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        relay.loaded.connect(self._on_loaded, Qt.ConnectionType.QueuedConnection)
        relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        relay.moveToThread(None)
        self._pool.start(_LoadTask(relay, self._generation, self._token, load, source, self._build))

    def cancel(self) -> None:
        """Drop the current load: it stops at the next stage boundary and none of its signals are emitted."""
        if self._token is not None:
            self._token.cancel()
        self._token = None
        self._generation += 1
        self._running = False

    def release(self) -> None:
        """Let the current held load build its timeline (no effect on a load that is not held)."""
        if self._token is not None:
            self._token.release()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every worker thread of this job is idle (or ``msecs`` passed); True if they are."""
        return self._pool.waitForDone(msecs)

    # Private slots

    @Slot(int, int, str)
    def _on_progress(self, generation: int, percent: int, message: str) -> None:
        if generation == self._generation:
            self.progress.emit(percent, message)

    @Slot(int, object)
    def _on_loaded(self, generation: int, doc: Document) -> None:
        if generation == self._generation:
            self.loaded.emit(doc)

    @Slot(int, object)
    def _on_finished(self, generation: int, result: LoadResult) -> None:
        if generation == self._generation:
            self._running = False
            self._token = None
            self.finished.emit(result)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._running = False
            self._token = None
            self.failed.emit(message)
