"""The timeline's record types: Span, Passage, TimelineEvent, Timeline, and passage strengths.

These are the only types the UI and the exporters read. All offsets index the document text the app
displays (``Document.text``).
"""

from __future__ import annotations

from dataclasses import dataclass

# Strengths of related passages, strongest first (see docs/timeline.md for how each is found).
MENTION = "mention"
CONTINUATION = "continuation"
COREFERENCE = "coreference"
SAME_TIME = "same-time"
STRENGTHS = (MENTION, CONTINUATION, COREFERENCE, SAME_TIME)
# A numeric weight per strength for consumers that rank passages (1.0 is the mention itself).
STRENGTH_WEIGHT = {MENTION: 1.0, CONTINUATION: 0.75, COREFERENCE: 0.5, SAME_TIME: 0.25}

# Entry kinds: a point or period read off the text, the document's own time, an undated expression.
DATE = "date"
WRITING = "writing"
UNDATED = "undated"


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

    @property
    def weight(self) -> float:
        """The strength as a number in (0, 1]: mention 1.0 down to same-time 0.25."""
        return STRENGTH_WEIGHT[self.strength]


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One point or period on the time axis and the text behind it.

    start and end are ISO 8601 calendar dates bounding the period (``1954-01-01``..``1958-12-31``;
    ``-0043-03-15`` for 15 March 44 BC); both are ``""`` for the time-of-writing entry of a document
    whose date is unknown, and for undated expressions. open_start/open_end mark "before 1066" and
    "after 1066": the bound on that side is the anchor's, not a real one. approximate marks "c. 1650",
    "early 1920s", "mid-17th century". kind is DATE, WRITING (the document's own time) or UNDATED.
    sort_key orders entries (see ``reader.core.timeline.build``).
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
    open_start: bool = False
    open_end: bool = False
    kind: str = DATE


@dataclass(frozen=True, slots=True)
class Timeline:
    """The entries in chronological order (the time of writing last when undated), and the undated bin."""

    title: str
    dct: str | None
    entries: tuple[TimelineEvent, ...]
    undated: tuple[TimelineEvent, ...] = ()
