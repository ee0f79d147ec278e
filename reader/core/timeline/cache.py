"""A disk cache of built timelines, keyed by the text and by the code that built them (see ``reader.core.cache``).

The key hashes the text, title, DCT and mode together with the fingerprint of the core's code, so a changed
tagger never serves stale timelines.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.cache import PickleFiles
from reader.core.hashing import sha256
from reader.core.timeline.model import Timeline


class TimelineCache(PickleFiles):
    """Timelines stored under ``directory``; ``get_or_build`` is the one call most users need."""

    what = "timeline cache"

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
        return self._read(key, Timeline)

    def put(self, key: str, timeline: Timeline) -> None:
        """Store ``timeline`` (best effort: a full disk or a read-only folder only logs)."""
        self._write(key, timeline)

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
