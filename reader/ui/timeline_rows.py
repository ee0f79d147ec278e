"""The sidebar's row structure: era groups, gaps and the undated bin, computed from a timeline's entries.

Qt-free and fast: ``build_groups`` runs once per document, ``layout_rows`` once per filter or fold change.
Years are astronomical (ISO 8601): year 0 is 1 BC and ``-0043`` is 44 BC.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.timeline import TimelineEvent

# The grouping unit is the finest of years, decades and centuries for which the middle 90% of the
# entries span under 15 units and the groups hold 2.5 entries on average; else centuries. Entries
# coarser than the unit ("the 17th century") get a group of their own size.
UNITS = (1, 10, 100)
SPAN_UNITS = 15
MIN_PER_GROUP = 2.5
SPARSE = 2.0  # ten-unit blocks whose groups average fewer entries become one group
DENSE = 30  # groups with more entries split into the next finer unit (centuries into decades, ...)
PREHISTORY = -999  # astronomical year of 1000 BC: earlier entries are grouped by millennium
PREHISTORY_UNIT = 1000
CORE_SHARE = 0.9
# A gap row appears where the next entry starts at least this share of that span after the previous
# ones ended, and at least two units (20 years when grouping by decade).
GAP_SHARE = 0.05
GRANULARITY_UNIT = {"millennium": 1000, "century": 100, "decade": 10}
UNDATED_KEY = 1 << 40
WRITING_KEY = UNDATED_KEY - 1  # the "time of writing" group: after every dated era, before the undated bin


class RowKind(IntEnum):
    """What a sidebar row shows."""

    HEADER = 1  # an era group: "17th century", "1950s"
    GAP = 2  # a long stretch without entries: "… 250 years …"
    ENTRY = 3  # one timeline entry
    UNDATED = 4  # the header of the undated bin, always last


@dataclass(eq=False, slots=True)
class Group:
    """An era (or the undated bin) with its entries; ``visible`` are those passing the filter."""

    key: int  # the first year of the era, or UNDATED_KEY
    label: str
    unit: int = 0  # the era's length in years
    events: list[TimelineEvent] = field(default_factory=list)
    visible: list[TimelineEvent] = field(default_factory=list)
    folded: bool = False


@dataclass(eq=False, slots=True)
class Row:
    """One sidebar row: a header (``group`` set), a gap (``text`` set) or an entry (``event`` set)."""

    kind: RowKind
    group: Group
    event: TimelineEvent | None = None
    text: str = ""


@dataclass(slots=True)
class Structure:
    """The groups of one timeline, in order, with what the gap rows need."""

    groups: list[Group]
    span: int  # years covered by the middle 90% of the entries
    unit: int  # 1 (years), 10 (decades) or 100 (centuries)
    years: dict[int, tuple[int, int]]  # id(event) -> (first year, last year)

    @property
    def gap_threshold(self) -> int:
        """The smallest number of empty years shown as a gap row."""
        return max(2 * self.unit, round(self.span * GAP_SHARE))


def year_of(iso: str) -> int | None:
    """The astronomical year of an ISO date ("1956-02-25" -> 1956, "-0043-03-15" -> -43); None if empty."""
    if not iso:
        return None
    try:
        return int(iso[: iso.index("-", 1)])
    except ValueError:
        pass
    try:
        return int(iso)  # a bare year
    except ValueError:
        return None


def ordinal(n: int) -> str:
    """1 -> "1st", 12 -> "12th", 22 -> "22nd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def group_key(year: int, unit: int) -> int:
    """The first year (astronomical) of the year, decade, century or millennium holding ``year``.

    Centuries follow the everyday convention (the 1600s are the 17th century); BC eras count
    backwards from 1 BC, so 44 BC is in the 1st century BC and in the 40s BC.
    """
    if year >= 1 or unit == 1:
        return year // unit * unit
    bc = 1 - year
    return 1 - ((bc - 1) // unit + 1) * unit


def group_label(key: int, unit: int) -> str:
    """The header text of a group: "1812", "1950s", "17th century", "1st century BC", "40s BC"."""
    if unit == 1:
        return str(key) if key >= 1 else f"{1 - key} BC"
    if key >= 0:
        n = key // unit
        if unit == 10 and key % 100 == 0:
            return f"{key}–{key + 9}"  # "1900s" would read as the century
        return {10: f"{key}s", 100: f"{ordinal(n + 1)} century"}.get(unit, f"{ordinal(n + 1)} millennium")
    n = (1 - key) // unit  # 1-based count of the era going back from 1 BC
    first_bc = (n - 1) * unit
    return {10: f"{first_bc}s BC", 100: f"{ordinal(n)} century BC"}.get(unit, f"{ordinal(n)} millennium BC")


def years_text(years: int) -> str:
    """ "… 250 years …" with a rounding that suits the size."""
    if years >= 1000:
        years = round(years, -2)
    elif years >= 100:
        years = round(years, -1)
    return f"… {years:,} year{'s' if years != 1 else ''} …"


def is_undated(event: TimelineEvent) -> bool:
    """True for entries without a place on the axis (undated expressions, unknown time of writing)."""
    return year_of(event.start) is None


def build_structure(entries: Sequence[TimelineEvent], undated: Iterable[TimelineEvent]) -> Structure:
    """Group ``entries`` (in chronological order) by century or decade; undated ones go to the last group."""
    years: dict[int, tuple[int, int]] = {}
    dated: list[TimelineEvent] = []
    firsts: list[int] = []
    bin_events: list[TimelineEvent] = []
    writing: list[TimelineEvent] = []
    for ev in entries:
        first = year_of(ev.start)
        if first is None:
            (writing if getattr(ev, "kind", "") == "writing" else bin_events).append(ev)
            continue
        last = year_of(ev.end) if ev.end != ev.start else first
        years[id(ev)] = (first, last if last is not None and last > first else first)
        dated.append(ev)
        firsts.append(first)
    bin_events.extend(undated)
    span = _core_span(sorted(firsts))
    own = [GRANULARITY_UNIT.get(ev.granularity, 1) for ev in dated]
    unit = next((u for u in UNITS if _fits(u, span, firsts, own)), UNITS[-1])
    groups: list[Group] = []
    current: Group | None = None
    for ev, first, size in zip(dated, firsts, _sizes(unit, firsts, own), strict=True):
        key = group_key(first, size)
        if current is None or key != current.key or size != current.unit:
            current = Group(key, group_label(key, size), unit=size)
            groups.append(current)
        current.events.append(ev)
    if writing:
        groups.append(Group(WRITING_KEY, "Time of writing", events=writing))
    if bin_events:
        groups.append(Group(UNDATED_KEY, "Undated", events=bin_events, folded=True))
    for g in groups:
        g.visible = list(g.events)
    return Structure(groups, span, unit, years)


def _fits(unit: int, span: int, firsts: list[int], sizes: list[int]) -> bool:
    if span >= SPAN_UNITS * unit:
        return False
    keys = {group_key(y, max(unit, size)) for y, size in zip(firsts, sizes, strict=True)}
    return len(keys) * MIN_PER_GROUP <= len(firsts)


def _sizes(unit: int, firsts: list[int], own: list[int]) -> list[int]:
    """The era length of each entry's group: the unit, the entry's own if coarser, and ten units where
    the groups of a ten-unit block would hold under SPARSE entries on average (prehistory in a world
    history gets millennia, not a header per century)."""
    # Before 1000 BC the eras are millennia: "8000 BC" sits in the 8th millennium BC, not the 80th century BC.
    sizes = [
        max(unit, size, PREHISTORY_UNIT if first < PREHISTORY else 1) for first, size in zip(firsts, own, strict=True)
    ]
    blocks: dict[int, list[int]] = {}  # block key -> [entries, groups]
    last_key = None
    for first, size in zip(firsts, sizes, strict=True):
        if size == unit:
            key = group_key(first, unit)
            block = blocks.setdefault(group_key(first, 10 * unit), [0, 0])
            block[0] += 1
            if key != last_key:  # entries are sorted: a new key is a new group
                block[1] += 1
                last_key = key
    sparse = {key for key, (count, groups) in blocks.items() if groups > 1 and count < SPARSE * groups}
    if sparse:
        for i, first in enumerate(firsts):
            if sizes[i] == unit and group_key(first, 10 * unit) in sparse:
                sizes[i] = 10 * unit
    _split_dense(sizes, firsts, own)
    return sizes


def _split_dense(sizes: list[int], firsts: list[int], own: list[int], start: int = 0, stop: int = -1) -> None:
    """Give the entries of groups over DENSE entries the next finer unit, while that makes several groups.

    Works on the runs of ``sizes[start:stop]`` (entries are sorted, so a group is a run) and recurses
    into the runs it split.
    """
    stop = len(sizes) if stop < 0 else stop
    while start < stop:
        size = sizes[start]
        key = group_key(firsts[start], size)
        end = start + 1
        while end < stop and sizes[end] == size and group_key(firsts[end], size) == key:
            end += 1
        finer = size // 10
        if finer >= 1 and end - start > DENSE:
            # Entries as coarse as the era stay in it only if they start with it ("the 11th century");
            # "the late 11th century" moves to the decade it starts in.
            movable = [i for i in range(start, end) if own[i] < size or group_key(firsts[i], size) != firsts[i]]
            if len({group_key(firsts[i], finer) for i in movable}) > 1:
                for i in movable:
                    sizes[i] = max(finer, own[i]) if own[i] < size else finer
                _split_dense(sizes, firsts, own, start, end)
        start = end


def _core_span(starts: list[int]) -> int:
    """Years between the first and last start of the middle CORE_SHARE of ``starts`` (sorted)."""
    if not starts:
        return 0
    cut = round(len(starts) * (1 - CORE_SHARE) / 2)
    return starts[len(starts) - 1 - cut] - starts[cut]


def apply_filter(structure: Structure, keep: Callable[[TimelineEvent], bool] | None) -> None:
    """Set every group's ``visible`` entries: all of them, or those ``keep`` accepts."""
    for g in structure.groups:
        g.visible = list(g.events) if keep is None else [ev for ev in g.events if keep(ev)]


def layout_rows(structure: Structure) -> list[Row]:
    """The rows to show: per non-empty group a header, its entries unless folded, gaps between groups."""
    rows: list[Row] = []
    threshold = structure.gap_threshold
    years = structure.years
    reached: int | None = None  # the latest year covered by the visible entries so far
    for g in structure.groups:
        if not g.visible:
            continue
        if g.key == UNDATED_KEY:
            rows.append(Row(RowKind.UNDATED, g))
        elif g.key == WRITING_KEY:
            rows.append(Row(RowKind.HEADER, g))
        else:
            first_year = years[id(g.visible[0])][0]
            if reached is not None and first_year - reached >= threshold:
                rows.append(Row(RowKind.GAP, g, text=years_text(first_year - reached)))
            last = max([years[id(ev)][1] for ev in g.visible])
            reached = last if reached is None else max(reached, last)
            rows.append(Row(RowKind.HEADER, g))
        if not g.folded:
            rows += [Row(RowKind.ENTRY, g, ev) for ev in g.visible]
    return rows
