"""A disk cache of built timelines, keyed by the text and by the code that built them.

Reopening a document (the bundled sample at every start, a book read over weeks) then costs a file read
instead of tagging. The key hashes the text, title, DCT and mode together with a fingerprint of the
core's source files (their names, sizes and modification times) and the app's version, so a changed
tagger never serves stale timelines. Entries are pickles of the core's frozen dataclasses, written
atomically; anything unreadable is rebuilt, never raised. The folder is the user's own cache folder,
which only this app writes to. At most MAX_ENTRIES files are kept, the least recently used go first.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path

from reader import __version__
from reader.core.hashing import sha256
from reader.core.timeline.model import Timeline

log = logging.getLogger(__name__)

MAX_ENTRIES = 64
FORMAT = 1  # bump when the pickled types change shape
_CORE = Path(__file__).resolve().parents[1]


def code_fingerprint() -> str:
    """A short hash of the core's source files, so that new rules invalidate old timelines."""
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


class TimelineCache:
    """Timelines stored under ``directory``; ``get_or_build`` is the one call most users need."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)
        self._fingerprint = code_fingerprint()

    def key(
        self, text: str, *, title: str, dct: str | None, mode: str, asides: tuple[tuple[int, int], ...] = ()
    ) -> str:
        """The file name of a timeline for these inputs."""
        parts = [self._fingerprint.encode()]
        spans = ",".join(f"{a}-{b}" for a, b in asides)
        parts += [part.encode("utf-8", "surrogatepass") + b"\0" for part in (title, dct or "", mode, spans)]
        parts.append(text.encode("utf-8", "surrogatepass"))
        return sha256(b"".join(parts)).hexdigest()[:40]

    def get(self, key: str) -> Timeline | None:
        """The cached timeline for ``key``, or None (missing, unreadable, or from another version)."""
        path = self.directory / f"{key}.pickle"
        try:
            with path.open("rb") as fh:
                timeline = pickle.load(fh)
            os.utime(path)  # least recently used goes first
        except FileNotFoundError:
            return None
        except Exception as err:  # a truncated or foreign file: rebuild it
            log.warning("ignoring unreadable timeline cache %s: %s", path, err)
            return None
        return timeline if isinstance(timeline, Timeline) else None

    def put(self, key: str, timeline: Timeline) -> None:
        """Store ``timeline`` (best effort: a full disk or a read-only folder only logs)."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.directory, suffix=".tmp", delete=False) as fh:
                pickle.dump(timeline, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(fh.name, self.directory / f"{key}.pickle")
            self._prune()
        except OSError as err:
            log.warning("cannot write the timeline cache in %s: %s", self.directory, err)

    def get_or_build(
        self,
        text: str,
        *,
        title: str = "",
        dct: str | None = None,
        mode: str = "narrative",
        asides: tuple[tuple[int, int], ...] = (),
        build: Callable[..., Timeline] | None = None,
    ) -> Timeline:
        """The cached timeline of ``text``, or a freshly built (and stored) one."""
        key = self.key(text, title=title, dct=dct, mode=mode, asides=asides)
        cached = self.get(key)
        if cached is not None:
            return cached
        if build is None:
            from reader.core.timeline import build_timeline as build
        timeline = build(text, title=title, dct=dct, mode=mode, asides=asides)
        self.put(key, timeline)
        return timeline

    def _prune(self) -> None:
        files = sorted(self.directory.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for stale in files[MAX_ENTRIES:]:
            stale.unlink(missing_ok=True)
