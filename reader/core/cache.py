"""Disk caches of what the core builds: loaded documents and their timelines.

Reopening a document (the bundled sample at every start, a book read over weeks) then costs a file read
instead of parsing and tagging. Every key hashes the inputs together with a fingerprint of the core's
source files (their names, sizes and modification times) and the app's version, so changed loaders or
rules never serve stale results. Entries are pickles of the core's frozen dataclasses, written atomically;
anything unreadable is rebuilt, never raised. The folders are the user's own cache folders, which only
this app writes to; each keeps at most ``max_entries`` files, the least recently used go first.

``DocumentCache`` lives here; ``TimelineCache`` in ``reader.core.timeline.cache``. Neither imports the
loaders or the tagger unless it has to build.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from reader import __version__
from reader.core.document import Document
from reader.core.hashing import sha256

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the pickled types change shape
MAX_FILE_BYTES = 64 * 1024 * 1024  # larger files go to the loader, which refuses them (loaders/limits.py)
_CORE = Path(__file__).resolve().parent
T = TypeVar("T")


def code_fingerprint() -> str:
    """A short hash of the core's source files, so that new loaders or rules invalidate old entries."""
    digest = sha256(f"{__version__}/{FORMAT}".encode())
    for relative, stat in _source_files(_CORE, ""):
        digest.update(f"{relative}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def _source_files(folder: Path | str, prefix: str) -> list[tuple[str, os.stat_result]]:
    """The ``.py`` files under ``folder`` (relative names, in a fixed order) with their stat; os.scandir, not
    Path.rglob, since this runs at every start (0.3 ms instead of 1 ms)."""
    found: list[tuple[str, os.stat_result]] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return found
    for entry in entries:
        try:
            if entry.is_dir() and entry.name != "__pycache__":
                found += _source_files(entry.path, f"{prefix}{entry.name}/")
            elif entry.name.endswith(".py"):
                found.append((prefix + entry.name, entry.stat()))
        except OSError:
            continue
    return found


class PickleFiles:
    """A folder of ``<key>.pickle`` files, the base of the caches (``what`` names them in warnings)."""

    max_entries = 64
    what = "cache"

    def __init__(self, directory: str | os.PathLike[str], *, fingerprint: str | None = None) -> None:
        """``fingerprint``: the core's, when the caller has computed it already (``code_fingerprint()``)."""
        self.directory = Path(directory)
        self._fingerprint = fingerprint or code_fingerprint()

    def _read(self, key: str, kind: type[T]) -> T | None:
        """The entry stored under ``key`` if it is a ``kind``; None if missing, unreadable or of another type."""
        path = self.directory / f"{key}.pickle"
        try:
            with path.open("rb") as fh:
                value = pickle.load(fh)
            os.utime(path)  # least recently used goes first
        except FileNotFoundError:
            return None
        except Exception as err:  # a truncated or foreign file: rebuild it
            log.warning("ignoring unreadable %s %s: %s", self.what, path, err)
            return None
        return value if isinstance(value, kind) else None

    def _write(self, key: str, value: object) -> None:
        """Store ``value`` (best effort: a full disk or a read-only folder only logs)."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.directory, suffix=".tmp", delete=False) as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(fh.name, self.directory / f"{key}.pickle")
            self._prune()
        except OSError as err:
            log.warning("cannot write the %s in %s: %s", self.what, self.directory, err)

    def _prune(self) -> None:
        files = sorted(self.directory.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for stale in files[self.max_entries :]:
            stale.unlink(missing_ok=True)


class DocumentCache(PickleFiles):
    """Loaded documents, keyed by the file's path and bytes; ``load`` is the one call most users need.

    Fewer entries than timelines: a book's document holds its text twice (the reading text and the original).
    """

    max_entries = 16
    what = "document cache"

    def key(self, path: Path, data: bytes) -> str:
        """The file name of the document loaded from ``path``, whose bytes are ``data``."""
        name = os.path.abspath(path).encode("utf-8", "surrogateescape")  # as named: the document keeps its path
        digest = sha256(self._fingerprint.encode() + b"\0" + name + b"\0")
        digest.update(data)
        return digest.hexdigest()[:40]

    def load(self, path: str | os.PathLike[str], load: Callable[[Path], Document] | None = None) -> Document:
        """The document at ``path``: from the cache if this file, with these bytes, was loaded before by
        this code; otherwise ``load(path)`` (the loaders' ``load_document``), stored for next time. A file
        that cannot be read, or a document the loader rejects, raises as ``load`` does, and is not stored."""
        p = Path(path)
        try:
            key = self.key(p, p.read_bytes()) if p.stat().st_size <= MAX_FILE_BYTES else None
        except OSError:
            key = None  # let the loader say what is wrong with the file
        cached = self._read(key, Document) if key is not None else None
        if cached is not None:
            return cached
        if load is None:
            from reader.core.loaders import load_document as load
        doc = load(p)
        if key is not None:
            self._write(key, doc)
        return doc
