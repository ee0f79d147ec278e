"""Reading-order navigation: where the dated passages are, and a back/forward history of positions.

Plain Python (no Qt), so the main window's navigation logic is tested without widgets.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.core.timeline import CONTINUATION, MENTION, Timeline


class PassageIndex:
    """Every mention and main passage of a timeline, sorted by offset, for bisect lookups."""

    def __init__(self, timeline: Timeline | None) -> None:
        points: list[tuple[int, int, str]] = []  # (start, end, event id)
        mentions: list[tuple[int, str]] = []
        if timeline is not None:
            for event in (*timeline.entries, *timeline.undated):
                for m in event.mentions:
                    mentions.append((m.start, event.id))
                    points.append((m.start, m.end, event.id))
                for p in event.related:
                    if p.strength in (MENTION, CONTINUATION):
                        points.append((p.start, p.end, event.id))
        mentions.sort()
        points.sort()
        self._mentions = mentions
        self._mention_starts = [m[0] for m in mentions]
        self._points = points
        self._point_starts = [p[0] for p in points]
        self._longest = max((e - s for s, e, _ in points), default=0)

    def next_mention(self, pos: int) -> tuple[int, str] | None:
        """The first dated mention starting after ``pos``: (offset, event id)."""
        i = bisect_right(self._mention_starts, pos)
        return self._mentions[i] if i < len(self._mentions) else None

    def previous_mention(self, pos: int) -> tuple[int, str] | None:
        """The last dated mention starting before ``pos``."""
        i = bisect_left(self._mention_starts, pos)
        return self._mentions[i - 1] if i > 0 else None

    def events_between(self, first: int, last: int) -> set[str]:
        """Ids of the events with a mention or main passage overlapping ``[first, last]``."""
        lo = bisect_left(self._point_starts, first - self._longest)
        hi = bisect_right(self._point_starts, last)
        return {eid for s, e, eid in self._points[lo:hi] if e >= first}


class History:
    """Back/forward positions, like a browser's: visiting a new place drops the forward list."""

    def __init__(self, limit: int = 100) -> None:
        self._back: list[int] = []
        self._forward: list[int] = []
        self._limit = limit

    def visit(self, here: int) -> None:
        """Remember ``here`` before jumping somewhere else."""
        if not self._back or self._back[-1] != here:
            self._back.append(here)
            del self._back[: -self._limit]
        self._forward.clear()

    def back(self, here: int) -> int | None:
        """Return the previous position (remembering ``here`` for forward), or None."""
        if not self._back:
            return None
        self._forward.append(here)
        return self._back.pop()

    def forward(self, here: int) -> int | None:
        """Return the next position (remembering ``here`` for back), or None."""
        if not self._forward:
            return None
        self._back.append(here)
        return self._forward.pop()

    def reset(self) -> None:
        """Forget everything (a new document)."""
        self._back.clear()
        self._forward.clear()
