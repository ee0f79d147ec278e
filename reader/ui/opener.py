"""Opening documents for a window: small files at once, big ones in the background.

A file under ``SYNC_LIMIT`` bytes opens synchronously (reading it and building its timeline takes a few
milliseconds, and showing it at once avoids a flash of an empty window). A bigger one goes to a
DocumentJob: its text is shown as soon as it is read (``text_ready``); the timeline is built once the
window calls ``release_timeline()`` (after the text view has laid the text out, so that the two never
compete for the UI thread) and arrives through ``timeline_ready``; the reader can cancel while it loads.
Errors never replace the current document.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from reader.core.cache import DocumentCache, code_fingerprint
from reader.core.document import Document, DocumentError
from reader.core.timeline import Timeline, build_timeline
from reader.core.timeline.cache import TimelineCache

if TYPE_CHECKING:
    from reader.ui.workers import DocumentJob, LoadResult

SYNC_LIMIT = 256 * 1024


class DocumentOpener(QObject):
    """Turns paths and text into (Document, Timeline) pairs, reporting through signals."""

    text_ready = Signal(object)  # Document: show its text; its timeline follows
    timeline_ready = Signal(object, object)  # Document, Timeline
    failed = Signal(str, str)  # title, message
    progress = Signal(int, str)  # percent, message

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        cache: TimelineCache | None = None,
        documents: DocumentCache | None = None,
    ) -> None:
        """``cache`` keeps built timelines between runs, ``documents`` loaded files (None: always build)."""
        super().__init__(parent)
        self.cache = cache
        self.documents = documents
        self._job_instance: DocumentJob | None = None  # created on the first background load
        self._pending: Document | None = None

    # Properties

    @property
    def busy(self) -> bool:
        """True while a background load runs."""
        return self._job_instance is not None and self._job_instance.running

    @property
    def _job(self) -> DocumentJob:
        if self._job_instance is None:
            from reader.ui.workers import DocumentJob

            job = DocumentJob(self, build=self._build)
            job.loaded.connect(self._on_loaded)
            job.finished.connect(self._on_finished)
            job.failed.connect(self._on_failed)
            job.progress.connect(self.progress)
            self._job_instance = job
        return self._job_instance

    # Public API

    def open_path(self, path: str | os.PathLike[str], *, background: bool | None = None) -> bool:
        """Open ``path``; ``background`` None decides by size. Returns False if it failed at once."""
        p = Path(path)
        if background is None:
            try:
                background = p.is_file() and p.stat().st_size > SYNC_LIMIT
            except OSError:
                background = False
        if background:
            self._job.start_callable(lambda: self._load(p), os.fspath(p), hold=True)  # see release_timeline()
            return True
        try:
            doc = self._load(p)
        except DocumentError as err:
            self.failed.emit(f"Cannot open {p.name}", str(err))
            return False
        self._deliver(doc, self._timeline_of(doc))
        return True

    def open_html(self, html: str) -> bool:
        """Open pasted or dropped HTML: the main article, as a saved page would be read."""
        from reader.core.loaders import document_from_html

        try:
            doc = document_from_html(html)
        except DocumentError as err:
            self.failed.emit("Cannot open the pasted page", str(err))
            return False
        self._deliver(doc, self._timeline_of(doc))
        return True

    def open_text(self, text: str, *, title: str | None = None) -> bool:
        """Open pasted or dropped text."""
        if not text.strip():
            self.failed.emit("Nothing to open", "There is no text to open.")
            return False
        from reader.core.loaders import document_from_text

        doc = document_from_text(text, title=title)
        self._deliver(doc, self._timeline_of(doc))
        return True

    def release_timeline(self) -> None:
        """The text is shown and laid out: the background load may build the timeline now."""
        if self._job_instance is not None:
            self._job_instance.release()

    def cancel(self) -> bool:
        """Stop a background load (its results are dropped). Returns True if one was running."""
        running = self.busy
        if self._job_instance is not None:
            self._job_instance.cancel()
        self._pending = None
        return running

    def shutdown(self) -> None:
        """Cancel and join the worker threads (window close, test teardown)."""
        if self._job_instance is not None:
            self._job_instance.cancel()
            self._job_instance.wait()

    # Private slots

    @Slot(object)
    def _on_loaded(self, doc: Document) -> None:
        self._pending = doc
        self.text_ready.emit(doc)

    @Slot(object)
    def _on_finished(self, result: LoadResult) -> None:
        if self._pending is not result.document:
            self.text_ready.emit(result.document)
        self._pending = None
        self.timeline_ready.emit(result.document, result.timeline)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._pending = None
        self.failed.emit("Cannot open the document", message)

    # Helpers

    def _load(self, path: Path) -> Document:
        """Load a file through the document cache when there is one (safe from any thread)."""
        if self.documents is not None:
            return self.documents.load(path)
        from reader.core.loaders import load_document

        return load_document(path)

    def _build(self, text: str, **inputs: object) -> Timeline:
        """Build a timeline through the cache when there is one (safe from any thread); ``inputs`` are
        ``build_timeline``'s (title, dct, mode, asides)."""
        if self.cache is None:
            return build_timeline(text, **inputs)  # type: ignore[arg-type]
        return self.cache.get_or_build(text, **inputs)  # type: ignore[arg-type]

    def _timeline_of(self, doc: Document) -> Timeline:
        return self._build(doc.text, title=doc.title, dct=doc.date, mode=doc.reading_mode, asides=doc.asides)

    def _deliver(self, doc: Document, timeline: Timeline) -> None:
        self.text_ready.emit(doc)
        self.timeline_ready.emit(doc, timeline)


def user_caches() -> tuple[TimelineCache, DocumentCache]:
    """The caches in the user's cache folder (e.g. ~/.cache/timeline-reader/timelines and .../documents)."""
    from PySide6.QtCore import QStandardPaths

    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    fingerprint = code_fingerprint()
    return TimelineCache(base / "timelines", fingerprint=fingerprint), DocumentCache(
        base / "documents", fingerprint=fingerprint
    )
