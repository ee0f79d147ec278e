"""From time expressions to a timeline: entries in chronological order with their passages.

Public API: ``Span``, ``Passage``, ``TimelineEvent``, ``Timeline``, the strengths ``MENTION``,
``CONTINUATION``, ``COREFERENCE``, ``SAME_TIME``, ``build_timeline(text, ...)`` (tags the text) and
``timeline_from_timexes(text, timexes, ...)`` (for a given list of time expressions), plus
``sentence_bounds()`` and ``TimelineCache``. Modules: ``model`` (types), ``periods`` (TIMEX3 values as
periods and labels), ``sentences``, ``titles``, ``cues`` (what is not an event; time-of-writing cues),
``related`` (passages), ``build`` (the pipeline) and ``cache``. See docs/timeline.md.

Importing this package loads only the types: the tagger and the pipeline (whose patterns take tens of
milliseconds to compile) load on the first build, so a timeline read from the cache costs none of that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.timeline.model import (
    CONTINUATION,
    COREFERENCE,
    DATE,
    MENTION,
    SAME_TIME,
    UNDATED,
    WRITING,
    Passage,
    Span,
    Timeline,
    TimelineEvent,
)

if TYPE_CHECKING:
    from reader.core.timeline.build import timeline_from_timexes
    from reader.core.timeline.cache import TimelineCache
    from reader.core.timeline.sentences import sentence_bounds

_LAZY = {
    "timeline_from_timexes": "reader.core.timeline.build",
    "sentence_bounds": "reader.core.timeline.sentences",
    "TimelineCache": "reader.core.timeline.cache",
}


def __getattr__(name: str) -> object:
    """Load the pipeline's names on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def build_timeline(
    text: str,
    *,
    title: str = "",
    dct: str | None = None,
    mode: str = "narrative",
    asides: tuple[tuple[int, int], ...] = (),
) -> Timeline:
    """Tag ``text`` (against ``dct``, the document's date, if known) and build its timeline; ``asides`` are the
    spans of its captions (``Document.asides``), whose dates never move the story's time."""
    from reader.core.timeline.build import timeline_from_timexes
    from reader.core.timex import tag

    return timeline_from_timexes(text, tag(text, dct=dct, mode=mode, asides=asides), title=title, dct=dct)


__all__ = [
    "CONTINUATION",
    "COREFERENCE",
    "DATE",
    "MENTION",
    "SAME_TIME",
    "UNDATED",
    "WRITING",
    "Passage",
    "Span",
    "Timeline",
    "TimelineCache",
    "TimelineEvent",
    "build_timeline",
    "sentence_bounds",
    "timeline_from_timexes",
]
