"""The timeline filter: a query of years and words, matched against entries.

Syntax (case-insensitive, tokens separated by spaces):

- A number of up to four digits matches the years whose written form begins with it: "1956" is the
  year 1956, "195" the 1950s (and the year 195), "19" the 1900s (and the years 19 and 190–199).
- "-44", "44BC", "44 BC" or "44 BCE" do the same on the BC side; "AD 44" / "44 AD" mark the AD side.
- "1950s" is a decade, "1900s" a century; "17th" or "17th century" is 1600–1699, "1st century BC" too.
- Any other token is a word. An entry is kept when its period overlaps one of the year tokens (if any)
  and every word occurs in its label, its title, or the text of one of its passages.

Qt-free, so it can be tested and timed on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.ui.timeline_rows import year_of

if TYPE_CHECKING:
    from reader.core.timeline import TimelineEvent

_NUMBER = re.compile(r"^(-)?(\d{1,4})(s|bc|bce|b\.c\.|ad|a\.d\.|ce)?$")
_ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th)$")
_ERA_AFTER = {"bc", "bce", "b.c.", "b.c", "ad", "a.d.", "ce"}
_BC = {"bc", "bce", "b.c.", "b.c"}
_MAX_YEAR = 9999
# How much of each passage the word search reads (passages are sentences; this bounds odd ones).
_PASSAGE_LIMIT = 2000


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed filter: year ranges (astronomical, inclusive; any may match) and words (all must match)."""

    ranges: tuple[tuple[int, int], ...] = ()
    words: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """True when the query keeps everything."""
        return not self.ranges and not self.words


def parse_query(query: str) -> Query:
    """Split ``query`` into year ranges and casefolded words (see the module's docstring)."""
    tokens = query.casefold().split()
    ranges: list[tuple[int, int]] = []
    words: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in ("ad", "a.d.", "ce") and _NUMBER.match(nxt):
            i += 1
            continue  # "AD 44": the number follows and is AD anyway
        number = _NUMBER.match(token)
        ordinal = _ORDINAL.match(token)
        if number and int(number.group(2)) > 0:
            minus, digits, suffix = number.groups()
            bc = bool(minus) or suffix in _BC
            if suffix is None and nxt in _ERA_AFTER:
                bc = nxt in _BC
                i += 1
            if suffix == "s":
                ranges.append(_plural_range(digits, bc))
            else:
                ranges.extend(_prefix_ranges(digits, bc))
        elif ordinal:
            n = int(ordinal.group(1))
            if nxt == "century":
                i += 1
                nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            bc = nxt in _BC
            if bc:
                i += 1
            ranges.append(_century_range(n, bc))
        else:
            words.append(token)
        i += 1
    return Query(tuple(ranges), tuple(words))


def overlaps(first: int, last: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    """True when the years ``first``..``last`` meet one of ``ranges``."""
    return any(first <= hi and lo <= last for lo, hi in ranges)


class EntryMatcher:
    """Tests entries against a query; caches each entry's searchable text (built on first use)."""

    def __init__(self, text: str = "", years: dict[int, tuple[int, int]] | None = None) -> None:
        self._text = text
        self._years = years if years is not None else {}  # id(event) -> (first, last), when known
        self._haystacks: dict[int, str] = {}

    # Public API

    def predicate(self, query: str) -> Callable[[TimelineEvent], bool] | None:
        """A function keeping the entries that match ``query``, or None when it keeps everything."""
        parsed = parse_query(query)
        if parsed.empty:
            return None
        return lambda ev: self.matches(ev, parsed)

    def matches(self, event: TimelineEvent, query: Query) -> bool:
        """True when ``event`` passes ``query`` (undated entries never pass a query with years)."""
        if query.ranges:
            known = self._years.get(id(event))
            if known is None:
                first, last = year_of(event.start), year_of(event.end)
                if first is None:
                    return False
                known = (first, max(first, last if last is not None else first))
            if not overlaps(known[0], known[1], query.ranges):
                return False
        if query.words:
            haystack = self.haystack(event)
            return all(word in haystack for word in query.words)
        return True

    def haystack(self, event: TimelineEvent) -> str:
        """The casefolded label, title and passage texts of ``event``."""
        key = id(event)
        found = self._haystacks.get(key)
        if found is None:
            parts = [event.label, event.title]
            parts += [self._text[p.start : min(p.end, p.start + _PASSAGE_LIMIT)] for p in event.related]
            found = "\n".join(parts).casefold()
            self._haystacks[key] = found
        return found


# Helpers


def _prefix_ranges(digits: str, bc: bool) -> list[tuple[int, int]]:
    """Years (AD or BC) whose written form begins with ``digits``, as astronomical ranges."""
    ranges = []
    n, width = int(digits), 1
    while n * width <= _MAX_YEAR:
        lo, hi = n * width, n * width + width - 1
        if lo > 0 or hi > 0:
            ranges.append(_bc_range(max(lo, 1), hi) if bc else (max(lo, 1), hi))
        width *= 10
    return ranges


def _plural_range(digits: str, bc: bool) -> tuple[int, int]:
    """ "1950s" -> 1950–1959, "1900s" -> 1900–1999, "40s BC" -> 49–40 BC."""
    n = int(digits)
    width = 100 if n % 100 == 0 and n >= 100 else 10
    lo, hi = n, n + width - 1
    return _bc_range(max(lo, 1), hi) if bc else (lo, hi)


def _century_range(n: int, bc: bool) -> tuple[int, int]:
    """The nth century (everyday convention: the 17th is 1600–1699), or the nth century BC."""
    if bc:
        return _bc_range((n - 1) * 100 + 1, n * 100)
    return (n - 1) * 100, n * 100 - 1


def _bc_range(lo_bc: int, hi_bc: int) -> tuple[int, int]:
    """BC years lo..hi as an astronomical range (1 BC is year 0)."""
    return 1 - hi_bc, 1 - lo_bc
