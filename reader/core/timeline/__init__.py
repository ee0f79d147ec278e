"""From time expressions to a timeline: entries in chronological order with their passages.

Public API: ``Span``, ``Passage``, ``TimelineEvent``, ``Timeline``, the strengths ``MENTION``,
``CONTINUATION``, ``COREFERENCE``, ``SAME_TIME``, ``build_timeline(text, ...)`` (tags the text) and
``timeline_from_timexes(text, timexes, ...)`` (for a given list of time expressions), plus
``sentence_bounds()``. Modules: ``model`` (types), ``periods`` (TIMEX3 values as periods and labels),
``sentences``, ``titles``, ``cues`` (what is not an event; time-of-writing cues), ``related``
(passages) and ``build`` (the pipeline). See docs/timeline.md.
"""

from __future__ import annotations

from reader.core.timeline.build import timeline_from_timexes
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
from reader.core.timeline.sentences import sentence_bounds
from reader.core.timex import tag


def build_timeline(text: str, *, title: str = "", dct: str | None = None, mode: str = "narrative") -> Timeline:
    """Tag ``text`` (against ``dct``, the document's date, if known) and build its timeline."""
    return timeline_from_timexes(text, tag(text, dct=dct, mode=mode), title=title, dct=dct)


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
    "TimelineEvent",
    "build_timeline",
    "sentence_bounds",
    "timeline_from_timexes",
]
