"""From time expressions to a timeline: entries in chronological order with their passages.

Public API: ``Span``, ``Passage``, ``TimelineEvent``, ``Timeline`` and ``build_timeline(text, ...)``.
The UI reads only these types. Skeleton version: one entry per distinct year or century value, with
the mention's sentence as its passage; the timeline issue replaces the internals behind the same API.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.timex import Timex, tag

# Strengths of related passages, strongest first.
MENTION = "mention"
CONTINUATION = "continuation"
COREFERENCE = "coreference"
SAME_TIME = "same-time"


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` of the document the app displays."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage related to an entry, with how strongly: MENTION, CONTINUATION, COREFERENCE, SAME_TIME."""

    start: int
    end: int
    strength: str


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One point or period on the time axis and the text behind it.

    start and end are ISO 8601 calendar dates bounding the period (``1954-01-01``..``1958-12-31``;
    ``-0043-03-15`` for 15 March 44 BC). sort_key orders entries (see ``build_timeline``).
    """

    id: str
    label: str
    value: str
    start: str
    end: str
    granularity: str
    title: str
    mentions: tuple[Span, ...]
    related: tuple[Passage, ...]
    approximate: bool = False
    sort_key: tuple[object, ...] = ()


@dataclass(frozen=True, slots=True)
class Timeline:
    """The entries in chronological order, and the undated bin."""

    title: str
    dct: str | None
    entries: tuple[TimelineEvent, ...]
    undated: tuple[TimelineEvent, ...] = ()


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+|\n+")


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence (or paragraph line) around offset ``pos``."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 2000), pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    end = m.start() if m else len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _period(t: Timex) -> tuple[str, str, str, str]:
    """(start, end, granularity, label) for the skeleton's year and century values."""
    if len(t.value) == 2:  # century "16" is 1600-1699
        n = int(t.value) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{t.value}00-01-01", f"{t.value}99-12-31", "century", f"{n}{suffix} century"
    last = t.end_value or t.value
    label = f"{t.value}–{last}" if t.end_value else t.value
    return f"{t.value}-01-01", f"{last}-12-31", "year", label


def build_timeline(
    text: str, *, title: str = "", dct: str | None = None, mode: str = "narrative"
) -> Timeline:
    """Tag ``text`` and group its dated mentions into entries ordered by start, longer periods first."""
    groups: dict[tuple[str, str | None], list[Timex]] = {}
    for t in tag(text, dct=dct, mode=mode):
        groups.setdefault((t.value, t.end_value), []).append(t)
    entries = []
    for timexes in groups.values():
        first = timexes[0]
        start, end, granularity, label = _period(first)
        passages = tuple(Passage(*sentence_bounds(text, t.start), MENTION) for t in timexes)
        s, e = passages[0].start, passages[0].end
        entries.append(
            TimelineEvent(
                id="",
                label=label,
                value=first.value if not first.end_value else f"{first.value}/{first.end_value}",
                start=start,
                end=end,
                granularity=granularity,
                title=text[s:e].strip()[:120],
                mentions=tuple(Span(t.start, t.end) for t in timexes),
                related=passages,
                sort_key=(start, tuple(-ord(c) for c in end)),
            )
        )
    entries.sort(key=lambda ev: ev.sort_key)
    numbered = tuple(
        TimelineEvent(**{**{f: getattr(ev, f) for f in ev.__slots__}, "id": f"e{i}"})
        for i, ev in enumerate(entries)
    )
    return Timeline(title=title, dct=dct, entries=numbered)
