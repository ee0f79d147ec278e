"""Hand-built timelines for the sidebar tests (no tagger involved)."""

from __future__ import annotations

from reader.core.timeline import Passage, Span, Timeline, TimelineEvent

SENTENCES = [
    "Chinese and Russian states have loomed large in each other's affairs since the 17th century.",
    "The People's Republic of China was founded in 1949.",
    "Mao Zedong was junior to Josef Stalin, who died in 1953.",
    "In 1953 the slogan was that the Soviet Union's today is our tomorrow.",
    "The Soviets sent some 11,000 experts in 1954-58.",
    "Around 1956, Khrushchev condemned Stalin's cult of personality.",
    "Back then relations were warm.",
    "Later on they cooled.",
]
TEXT = " ".join(SENTENCES)


def passage(n: int) -> Passage:
    """The n-th sentence of TEXT as a mention passage."""
    start = TEXT.index(SENTENCES[n])
    return Passage(start, start + len(SENTENCES[n]), "mention")


def event(
    eid: str,
    label: str,
    start: str,
    end: str,
    *,
    granularity: str = "year",
    title: str = "",
    passages: tuple[int, ...] = (),
    approximate: bool = False,
    value: str = "",
) -> TimelineEvent:
    """A TimelineEvent with the given fields and passages taken from SENTENCES."""
    related = tuple(passage(n) for n in passages)
    return TimelineEvent(
        id=eid,
        label=label,
        value=value or label,
        start=start,
        end=end,
        granularity=granularity,
        title=title or (SENTENCES[passages[0]] if passages else label),
        mentions=tuple(Span(p.start, p.end) for p in related),
        related=related,
        approximate=approximate,
        sort_key=(start,),
    )


def china_timeline() -> Timeline:
    """17th century, a 250-year gap, four 20th-century entries (one range, one approximate), two undated."""
    entries = (
        event("c17", "17th century", "1600-01-01", "1699-12-31", granularity="century", passages=(0,)),
        event("y1949", "1949", "1949-01-01", "1949-12-31", passages=(1,)),
        event("y1953", "1953", "1953-01-01", "1953-12-31", passages=(2, 3)),
        event("r1954", "1954–1958", "1954-01-01", "1958-12-31", passages=(4,), value="1954/1958"),
        event("c1956", "1956", "1956-01-01", "1956-12-31", passages=(5,), approximate=True),
    )
    undated = (
        event("u1", "back then", "", "", granularity="", passages=(6,)),
        event("u2", "later on", "", "", granularity="", passages=(7,)),
    )
    return Timeline(title="China and Russia", dct=None, entries=entries, undated=undated)


def years_timeline(years: list[int], *, undated: int = 0) -> Timeline:
    """One single-year entry per year of ``years`` (astronomical; sorted by the caller)."""
    entries = tuple(
        event(f"e{i}", str(y) if y > 0 else f"{1 - y} BC", _iso(y), _iso(y), title=f"Event {i} in {y}")
        for i, y in enumerate(years)
    )
    bin_ = tuple(event(f"u{i}", "then", "", "", granularity="", title=f"Undated {i}") for i in range(undated))
    return Timeline(title="", dct=None, entries=entries, undated=bin_)


def _iso(year: int) -> str:
    return f"-{-year:04d}-01-01" if year < 0 else f"{year:04d}-01-01"
