"""Build a Timeline from tagged time expressions: classify, merge into entries, order, relate.

Steps, each linear in the text:

1. Classify each Timex (``_classify``): durations, generic uses and deictic words in story time ("was
   now", "now" in dialogue) are dropped; ``PRESENT_REF``, writing
   cues and unresolved deictic expressions ("last week" with no document date) go to the time of
   writing; ``PAST_REF``/``FUTURE_REF`` and other unplaceable values go to the undated bin; the rest
   become periods (``periods.period``). Two dates joined by "from ... to", "between ... and" or a dash
   become one range.
2. Merge mentions of the same period into entries: a mention joins the latest entry of its period in
   the same paragraph, or an earlier entry of its period that names the same event (a shared event
   word near the date and a shared name); otherwise it starts a new entry, so two distinct 1953 events
   stay two entries. A resolved relative expression ("that year" -> 1953) whose period matches an
   entry mentioned in the last few sentences is a coreference of that entry, not a new entry.
3. Order (``sort_key``): by start; on equal starts an open-start period ("before 1066") first, then
   the longer period first (a century before a year that starts it, a range before a point), then
   text order. The time of writing goes last when the document's date is unknown, and in its place
   on the axis when it is known.
4. Related passages (``related``): mention, continuation, coreference, same time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from reader.core.timeline import cues
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
from reader.core.timeline.periods import Period, join, period
from reader.core.timeline.related import (
    COREF_ROWS,
    SAME_TIME_LIMIT,
    Event,
    EventIndex,
    add,
    assemble,
    continuation,
    event_words_near,
    names,
    nearest,
)
from reader.core.timeline.sentences import Sentences
from reader.core.timeline.titles import display_case, event_title, short_title, title_score, with_antecedent
from reader.core.timex import Timex
from reader.core.timex.numbers import writes_a_date

ANAPHORA_REACH = 5  # sentences back from a "that year" or a resolved relative date to its antecedent
_MERGE_REACH = 20  # earlier entries of the same period compared for "same event"
_CONTEXT = 400  # characters either side of a mention read for its title and names
# a sentence that only dates the one before it: "This was in 1727.", "It happened in 1453."
_BARE_REFERENCE = re.compile(r"(?:This|That|It|These|Those|All this)(?:\s+(?:was|were|happened|occurred|took place))?")
_TITLE_TRIES = 5  # mentions tried for a title when the first has no words around it (a dateline)
_TABLE_HEAD = re.compile(r"[^\W\d][^|\d]{0,30}(?: \| [^\W\d][^|\d]{0,30})+")  # "Year | Date | Event"
_HEADINGS_SKIPPED = 3  # sentences looked at after a heading for its title ("CHAPTER I" is one of them)
_HAS_WORD = re.compile(r"[^\W\d_]{2}")
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


@dataclass(slots=True)
class _Item:
    """A classified expression: a span, its kind and, for dates, its period."""

    start: int
    end: int
    kind: str
    value: str
    period: Period | None = None
    relative: bool = False
    text: str = ""


@dataclass(slots=True)
class _Entry:
    """An entry being built: its period and mentions, and sentence rows found for it."""

    kind: str
    value: str
    period: Period | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    coref: list[int] = field(default_factory=list)
    lemmas: frozenset[str] = frozenset()
    events: frozenset[Event] = frozenset()  # the event words near the first mention, with their names
    who: frozenset[str] = frozenset()


def _classify(text: str, t: Timex, dct: str | None, quotes: cues.Quotes) -> _Item | None:
    """The kind of one expression (DATE, WRITING, UNDATED), or None when it is no entry at all."""
    if cues.is_duration(t) or cues.is_generic(text, t):
        return None
    item = _Item(t.start, t.end, UNDATED, t.value, relative=t.relative, text=t.text)
    if t.value == "PRESENT_REF" or (t.relative and "X" in t.value and cues.is_deictic(t.text) and not dct):
        if cues.story_time(text, t, quotes, dated=bool(dct)):
            return None
        item.kind = WRITING
        return item
    p = period(t.value, cues.context_mod(text, t)) if "X" not in t.value else None
    if p is not None and t.end_value:
        end = period(t.end_value, None)
        p = join(p, end) if end else p
        item.value = f"{t.value}/{t.end_value}"
    if p is not None:
        item.kind, item.period = DATE, p
    return item


def _combine_ranges(text: str, items: list[_Item]) -> list[_Item]:
    """Join "from 1918 to 1921", "between 1918 and 1921" and "1918–1921" into one range item.

    Expressions overlapping an earlier one are dropped; a range is never extended by a third date; a
    day or month followed by its year in a separate expression ("15 March" "44 BC") becomes one day.
    """
    out: list[_Item] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None and it.start < prev.end:
            continue  # overlapping expressions (a range and a date inside it): keep the first, longest
        if prev is not None and prev.value.endswith("/" + it.value) and _RANGE_GAP.fullmatch(text, prev.end, it.start):
            prev.end = it.end  # "from 2011 to 2013" tagged as 2011/2013 on "2011", then "2013" again
            continue
        if prev is not None and (link := _coordinated_periods(text, prev, it) or _alternatives(text, prev, it)):
            first = prev.value.split("/")[0]
            a = prev.period if first == prev.value else period(first)  # a list's first: "the fifth, sixth, ..."
            (a, va), (b, vb) = sorted(((a, first), (it.period, it.value)), key=lambda pv: pv[0].start)  # type: ignore[union-attr]
            joined = join(a, b)  # type: ignore[arg-type]
            if joined is not None:  # "the seventeenth and eighteenth centuries": 17th to 18th century
                if link == "or":  # "By 6000 or 7000 B.C.": one time, not known better
                    joined = replace(joined, approximate=True)
                out[-1] = _Item(prev.start, it.end, DATE, f"{va}/{vb}", joined, text=prev.text)
                continue  # "the fourth or fifth century B.C.": 5th to 4th century BC
        if prev is not None and (day := _with_year(text, prev, it)) is not None:
            out[-1] = day  # "15 March" (year guessed) + "44 BC" -> 15 March 44 BC
            continue
        if prev is not None and _relative_then_date(text, prev, it):
            out[-1] = replace(it, start=prev.start, text=text[prev.start : it.end])
            continue  # "three months later on 25 August": the date the text names, once
        if prev is not None and _year_then_date(text, prev, it):
            out[-1] = _Item(prev.start, it.end, DATE, it.value, it.period, text=text[prev.start : it.end])
            continue  # "1018 | January 30", "In 1018, on January 30": one date, not a year and a day
        if (
            prev is not None
            and "/" not in prev.value
            and prev.kind == it.kind == DATE
            and prev.period is not None
            and it.period is not None
            and prev.period.granularity == it.period.granularity
            and not prev.period.open_start
            and _RANGE_GAP.fullmatch(text, prev.end, it.start)
        ):
            gap = text[prev.end : it.start]
            dash = any(c in gap for c in "-–—")
            opened = _RANGE_OPEN.search(text, max(0, prev.start - 12), prev.start)
            joined = join(prev.period, it.period)
            if joined and (dash or (opened and ("and" in gap) == (opened.group().lower().startswith("between")))):
                out[-1] = _Item(prev.start, it.end, DATE, f"{prev.value}/{it.value}", joined, text=prev.text)
                continue
        out.append(it)
    return out


_YEAR_GAP = re.compile(r",?\s*")
_COORDINATION = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+", re.IGNORECASE)
_OR = re.compile(r"\s+or\s+", re.IGNORECASE)


def _coordinated_periods(text: str, prev: _Item, it: _Item) -> str | None:
    """ "list" or "or" when ``prev`` is an ordinal that leaves out the word "century" before ``it`` ("the fifth,
    [sixth], seventh and eighth centuries", "the fourth or fifth century"), or a decade that shares its "the"
    with ``it`` ("the sixties and seventies"), else None."""
    grain = _shared_granularity(prev, it)
    if not (
        (grain == "century" and "centur" not in text[prev.start : prev.end].lower())
        or (grain == "decade" and not it.text.lower().startswith("the"))
    ):
        return None
    gap = _COORDINATION.fullmatch(text, prev.end, it.start)
    return None if gap is None else "or" if gap.group().strip().lower() == "or" else "list"


def _alternatives(text: str, prev: _Item, it: _Item) -> str | None:
    """ "or" when ``prev`` or ``it`` is the date ("By 6000 or 7000 B.C.", "in 1812 or 1813"), else None."""
    if "/" not in prev.value and _shared_granularity(prev, it) and _OR.fullmatch(text, prev.end, it.start):
        return "or"
    return None


def _shared_granularity(prev: _Item, it: _Item) -> str | None:
    """The granularity of two dated items when they share it ("century", "year"), else None."""
    a, b = prev.period, it.period
    same = prev.kind == it.kind == DATE and a is not None and b is not None and a.granularity == b.granularity
    return a.granularity if same else None  # type: ignore[union-attr]


def _with_year(text: str, first: _Item, year: _Item) -> _Item | None:
    """A day or month written apart from its year ("15 March" then "44 BC") as one item, else None."""
    a, b = first.period, year.period
    if a is None or b is None or first.kind != DATE or year.kind != DATE or b.granularity != "year":
        return None
    if (
        a.granularity not in ("day", "month")
        or "/" in first.value
        or not _YEAR_GAP.fullmatch(text, first.end, year.start)
    ):
        return None
    y = b.start[0]
    iso_year = f"{y:04d}" if y >= 0 else f"-{-y:04d}"
    value = f"{iso_year}-{a.start[1]:02d}" + (f"-{a.start[2]:02d}" if a.granularity == "day" else "")
    p = period(value)
    return None if p is None else _Item(first.start, year.end, DATE, value, p, text=text[first.start : year.end])


_APPOSED_GAP = re.compile(r",?\s*(?:(?:on|in)\s+)?", re.IGNORECASE)


def _relative_then_date(text: str, rel: _Item, date: _Item) -> bool:
    """Whether a date the tagger counted ("three months later", "the next day") is followed at once by the
    date it means, written out ("... later on 25 August", "The next day, 17 December 1950"); the written date
    is the one to keep, even where the count was off."""
    return (
        rel.relative
        and rel.kind == date.kind == DATE
        and not writes_a_date(rel.text)
        and writes_a_date(date.text)
        and "/" not in rel.value + date.value
        and _APPOSED_GAP.fullmatch(text, rel.end, date.start) is not None
    )


_YEAR_THEN_DATE_GAP = re.compile(r"\s*[|,]?\s*(?:(?:on|in)\s+)?", re.IGNORECASE)


def _year_then_date(text: str, year: _Item, date: _Item) -> bool:
    """Whether a bare year is followed at once by a day or month of that year (a table's Year and Date
    columns, "In 1018, on January 30")."""
    a, b = year.period, date.period
    return (
        a is not None
        and b is not None
        and year.kind == date.kind == DATE
        and a.granularity == "year"
        and b.granularity in ("day", "month")
        and "/" not in year.value + date.value
        and b.start[0] == a.start[0]
        and _YEAR_THEN_DATE_GAP.fullmatch(text, year.end, date.start) is not None
    )


def _story_cue(text: str, low: str, a: int, b: int) -> bool:
    """Whether a time-of-writing cue in a book is the story's time: "nowadays" in a clause told in the past, or a
    "just" that describes someone ("a surgeon who has just performed"); any other "just" carries its own tense."""
    if low.startswith("just", a):
        return cues.described_just(low, a)
    return cues.past_clause(text, a, b)


def timeline_from_timexes(text: str, timexes: list[Timex], *, title: str = "", dct: str | None = None) -> Timeline:
    """The timeline of ``text`` given its time expressions (``tag()``'s output, or a hand-built list)."""
    sents = Sentences(text)
    low = cues.folded(text)
    quotes = cues.Quotes(text)
    subject = _SITE_SUFFIX.sub("", title).strip()  # "World War II - Wikipedia": what an infobox's "Date" dates
    cut = cues.back_matter(text)
    ordered = sorted((t for t in timexes if t.start < cut), key=lambda t: (t.start, -t.end))
    items = [it for t in ordered if (it := _classify(text, t, dct, quotes))]
    items = _combine_ranges(text, items)
    writing = cues.writing_cues(low, quotes)
    if not dct:  # a book: "nowadays" in a clause told in the past is the story's time ("just ..." carries its own,
        # unless it describes someone: "a surgeon who has just performed an operation")
        writing = [(a, b) for a, b in writing if not _story_cue(text, low, a, b)]
    items += [_Item(a, b, WRITING, "PRESENT_REF", text=text[a:b]) for a, b in writing if a < cut]
    items.sort(key=lambda it: it.start)
    stops = {sents.index(it.start) for it in items}
    dates = [(it.start, it.end) for it in items]

    entries: list[_Entry] = []
    by_key: dict[tuple[object, ...], list[_Entry]] = {}
    writing: _Entry | None = None
    undated: dict[tuple[str, str], _Entry] = {}
    writing_day = period(dct) if dct else None
    recent: list[tuple[int, _Entry]] = []  # (sentence row, entry) of placed mentions, in text order
    for it in items:
        row = sents.index(it.start)
        if it.kind == WRITING:
            writing = _add_writing(writing, it, row, writing_day)
            continue
        if it.kind == UNDATED:
            u = undated.setdefault((it.value, it.text.lower()), _Entry(UNDATED, it.value, None))
            u.spans.append((it.start, it.end))
            u.rows.append(row)
            continue
        assert it.period is not None
        p = it.period
        if writing_day is not None and (p.start, p.end) == (writing_day.start, writing_day.end):
            it.kind = WRITING  # the document's own day ("• 24 July 2015", "today", "on Friday")
            writing = _add_writing(writing, it, row, writing_day)
            continue
        key = (p.start, p.end, p.granularity, p.label)
        same = by_key.setdefault(key, [])
        if it.relative and same and row - same[-1].rows[-1] <= ANAPHORA_REACH:
            same[-1].coref.append(row)
            continue
        s0, s1 = _near(sents, row, it.start, it.end)
        lemmas, events = event_words_near(text, low, it.start, it.end, s0, s1, dates)
        who = names(text, s0, s1)
        target = None
        if same and sents.paragraphs[same[-1].rows[-1]] == sents.paragraphs[row]:
            target = same[-1]
        else:
            target = next((e for e in same[-_MERGE_REACH:] if e.lemmas & lemmas and e.who & who), None)
        if target is None:
            target = _Entry(DATE, it.value, p, lemmas=lemmas, events=events, who=who)
            entries.append(target)
            same.append(target)
        target.spans.append((it.start, it.end))
        target.rows.append(row)
        recent.append((row, target))

    _link_anaphora(low, sents, recent)
    index = EventIndex(text, low, sents, stops, frozenset().union(*(e.lemmas for e in entries)))
    same_time = _SameTime(by_key)
    events = _merge_same_events(
        [
            ev
            for e in entries
            if not _bare_date_lines(text, (ev := _event(text, sents, e, same_time, index, stops, quotes, subject)))
        ]
    )
    events.sort(key=lambda ev: ev.sort_key)
    if writing is not None:
        ev, _ = _event(text, sents, writing, same_time, index, stops, quotes, subject)
        events.append(ev)
        if dct:
            events.sort(key=lambda ev: ev.sort_key)
    numbered = tuple(_renumber(ev, f"e{i}") for i, ev in enumerate(events, 1))
    bin_ = tuple(
        _renumber(_event(text, sents, u, same_time, index, stops, quotes)[0], f"u{i}")
        for i, u in enumerate(sorted(undated.values(), key=lambda u: u.spans[0]), 1)
    )
    return Timeline(title=title, dct=dct, entries=numbered, undated=bin_)


def _add_writing(writing: _Entry | None, it: _Item, row: int, day: Period | None) -> _Entry:
    """Add a mention to the time-of-writing entry, creating it on first use."""
    if writing is None:
        writing = _Entry(WRITING, "PRESENT_REF", day)
    if writing.spans and writing.spans[-1] == (it.start, it.end):  # a cue the tagger found too ("nowadays")
        return writing
    writing.spans.append((it.start, it.end))
    writing.rows.append(row)
    return writing


def _link_anaphora(low: str, sents: Sentences, recent: list[tuple[int, _Entry]]) -> None:
    """Attach "that year"/"the same year" sentences to the nearest preceding dated entry."""
    rows = [r for r, _ in recent]
    for m in cues.ANAPHORA.finditer(low):
        if not cues.at_word(low, m.start()):
            continue
        row = sents.index(m.start())
        k = bisect_right(rows, row) - 1
        if k >= 0 and row - rows[k] <= ANAPHORA_REACH:
            recent[k][1].coref.append(row)


class _SameTime:
    """Mention rows of the other entries with the same period, nearest first, without quadratic work."""

    def __init__(self, by_key: dict[tuple[object, ...], list[_Entry]]) -> None:
        self._rows: dict[int, list[tuple[int, int]]] = {}
        for group in by_key.values():
            if len(group) > 1:
                rows = sorted((r, id(e)) for e in group for r in e.rows)
                for e in group:
                    self._rows[id(e)] = rows

    def rows(self, e: _Entry) -> list[int]:
        """Up to SAME_TIME_LIMIT sentence rows of same-period entries other than ``e``, near its first mention."""
        rows = self._rows.get(id(e))
        if not rows:
            return []
        reach = SAME_TIME_LIMIT + len(e.rows)
        k = bisect_left(rows, (e.rows[0], -1))
        others = sorted({r for r, owner in rows[max(0, k - reach) : k + reach] if owner != id(e)})
        return nearest(others, e.rows[0], SAME_TIME_LIMIT)


def _event(
    text: str,
    sents: Sentences,
    e: _Entry,
    same_time: _SameTime,
    index: EventIndex,
    stops: set[int],
    quotes: cues.Quotes,
    subject: str = "",
) -> tuple[TimelineEvent, str]:
    """Turn a built entry into a TimelineEvent with its label, title, passages and sort key, and the title
    of its first mention (``_merge_same_events``'s key). ``subject`` is what the document is about (its title)."""
    strengths: dict[int, str] = {}
    add(strengths, e.rows, MENTION)
    rows = list(dict.fromkeys(e.rows))
    if e.kind != UNDATED:  # the time of writing continues too: "Xi just concluded a visit. It's a high point"
        for row in rows:
            add(strengths, continuation(sents, row, stops), CONTINUATION)
    if e.kind == DATE:
        for row in rows[:COREF_ROWS]:
            add(strengths, index.coreferent(e.events, row), COREFERENCE)
        add(strengths, e.coref, COREFERENCE)
        add(strengths, same_time.rows(e), SAME_TIME)
    related: tuple[Passage, ...] = assemble(sents, strengths)
    first_start, first_end = e.spans[0]
    title, key = _title(text, sents, e, stops, quotes, subject)
    mentions = tuple(Span(a, b) for a, b in e.spans)
    p = e.period
    if e.kind == UNDATED:
        label = text[first_start:first_end]
        return TimelineEvent("", label, e.value, "", "", UNDATED, title, mentions, related, kind=UNDATED), key
    if p is None:  # the time of writing of an undated document
        return TimelineEvent(
            "", "Time of writing", e.value, "", "", "document", title, mentions, related, sort_key=(1,), kind=WRITING
        ), key
    end_key = tuple(-x for x in p.end)
    sort_key = (0, p.start, 0 if p.open_start else 1, end_key, first_start)
    return TimelineEvent(
        "",
        p.label,
        e.value if e.kind == DATE else p.iso_start,
        p.iso_start,
        p.iso_end,
        p.granularity,
        title,
        mentions,
        related,
        approximate=p.approximate,
        sort_key=sort_key,
        open_start=p.open_start,
        open_end=p.open_end,
        kind=e.kind,
    ), key


def _near(sents: Sentences, row: int, a: int, b: int) -> tuple[int, int]:
    """Sentence ``row``'s bounds, clamped to ``_CONTEXT`` characters around ``[a, b)``.

    A text without punctuation can be one huge "sentence"; per-mention work stays bounded.
    """
    s0, s1 = sents.bounds(row)
    return max(s0, a - _CONTEXT), min(s1, b + _CONTEXT)


def _title(
    text: str, sents: Sentences, e: _Entry, stops: set[int], quotes: cues.Quotes, subject: str = ""
) -> tuple[str, str]:
    """The entry's title, and the first mention's own title (the key that finds an event told twice).

    The first mention's clause is the title unless it scores low (``title_score``: a heading, dialogue,
    a fragment, a pronoun-only subject); then the titles of the next mentions and of the sentence after
    each (when that one has no date of its own) compete, and the best wins, the earliest on a tie. A date
    in an infobox's "Date" field is the document's ``subject`` ("Date 1 September 1939 – 2 September 1945":
    World War II).
    """
    best, best_score, first = "", -100, ""
    for (a, b), row in list(zip(e.spans, e.rows, strict=True))[:_TITLE_TRIES]:
        if subject and _DATE_FIELD.search(text, max(0, a - 24), a):
            return subject, subject
        s0, s1 = _near(sents, row, a, b)
        title = event_title(text[s0:s1], a - s0, b - s0)
        same_paragraph = row > 0 and sents.paragraphs[row - 1] == sents.paragraphs[row]
        if title.startswith(("He ", "She ", "It ")):
            previous = sents.sentence(row - 1)[-_CONTEXT:] if same_paragraph else ""
            title = with_antecedent(title, text[s0:s1], a - s0, b - s0, previous)
        elif same_paragraph and _BARE_REFERENCE.fullmatch(title):
            title = short_title(sents.sentence(row - 1)[:_CONTEXT])  # "... banished to Siberia. This was in 1727."
        first = first or title
        candidates = [(title, title_score(title, quoted=quotes.inside(a)))]
        own = candidates[0][1]
        bracketed = sents.sentence(row).lstrip().startswith("[")  # "[Illustration: FLINT KNIVES OF 4500 B.C.]"
        nxt = row + 1
        while nxt < len(sents) and nxt not in stops and nxt - row <= _HEADINGS_SKIPPED:
            if (own > -4 or bracketed) and sents.paragraphs[nxt] != sents.paragraphs[row]:
                break  # a sentence's neighbour is in its paragraph; a heading's or a dateline's is after it (not a
                # caption's: the text after a picture is not about it)
            n0, _ = sents.bounds(nxt)
            if _TABLE_HEAD.fullmatch(sents.sentence(nxt).strip()):
                nxt += 1  # "13th century" / "Year | Date | Event": a table's header row names no event
                continue
            following = short_title(sents.sentence(nxt)[:_CONTEXT])
            score = title_score(following, quoted=quotes.inside(n0 + 1))
            candidates.append((following, score - 2))  # the date's own words first, unless clearly worse
            if score > -4:
                break
            nxt += 1  # "BOOK ONE: 1805" / "CHAPTER I" / the first sentence of the book
        for cand, score in candidates:
            if score > best_score:
                best, best_score = cand, score
        if best_score >= 0:
            break
    return (best if best_score > -10 else ""), first


_SITE_SUFFIX = re.compile(r"\s+[-–—|]\s+(?:Wikipedia|Wikimedia Commons)\s*$", re.IGNORECASE)
# an infobox's "Date" before its value, or an article's dateline ("Published 14 March 2023", "Posted on ..."):
# the date of the document's subject
_DATE_FIELD = re.compile(r"(?:^|(?<=[\s\]]))(?:Dates?|(?:First\s+)?Published|Posted)(?:\s+on)?:?[ \t]+$")
_LINE_MARKS = " \t\r.,:;|#*_-–—()[]"


def _bare_date_lines(text: str, event: tuple[TimelineEvent, str]) -> bool:
    """Whether an entry is only lines that hold nothing but its date, and found no title: a section's heading
    ("10th century" over a table of the century's events, which the sidebar's era already names), a dateline
    without its story. It is no event."""
    ev = event[0]
    if ev.title or not ev.mentions:
        return False
    for m in ev.mentions:
        start = text.rfind("\n", 0, m.start) + 1
        end = text.find("\n", m.end)
        end = len(text) if end < 0 else end
        if text[start : m.start].strip(_LINE_MARKS) or text[m.end : end].strip(_LINE_MARKS):
            return False
    return True


def _merge_same_events(events: list[tuple[TimelineEvent, str]]) -> list[TimelineEvent]:
    """Entries of the same period whose first mentions have the same title are one event told twice (a printed
    contents line and its heading, "BOOK ONE: 1805"; a lead repeated in a caption): keep the first, with the
    better title of the two and all the mentions and passages of both (a passage keeps its strongest strength).
    Each group is joined once at the end: joining as they come sorted the growing union again for every
    repeat, quadratic in a text that tells the same event a thousand times."""
    position: dict[tuple[str, str, str, str], int] = {}
    groups: list[list[TimelineEvent]] = []
    for ev, first_title in events:
        key = (ev.start, ev.end, ev.label, " ".join(first_title.lower().split()))
        at = position.get(key) if first_title else None
        if at is None:
            position[key] = len(groups)
            groups.append([ev])
        else:
            groups[at].append(ev)
    return [group[0] if len(group) == 1 else _joined(group) for group in groups]


def _joined(group: list[TimelineEvent]) -> TimelineEvent:
    """One event from the entries of ``group`` (told in this order): the first's, with the best title (the
    earliest of the highest score), every mention, and each passage at its strongest."""
    first = group[0]
    title, score = first.title, title_score(first.title)
    best: dict[tuple[int, int], Passage] = {}
    mentions = set()
    for ev in group:
        if ev is not first and (s := title_score(ev.title)) > score:
            title, score = ev.title, s
        mentions.update(ev.mentions)
        for p in ev.related:
            kept = best.get((p.start, p.end))
            if kept is None or p.weight > kept.weight:
                best[(p.start, p.end)] = p
    return replace(
        first,
        title=title,
        mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
        related=tuple(sorted(best.values(), key=lambda p: (p.start, p.end))),
    )


def _renumber(ev: TimelineEvent, new_id: str) -> TimelineEvent:
    """The entry with its id, and its title as it is shown (``display_case``: scored and compared as written)."""
    return replace(ev, id=new_id, title=display_case(ev.title))
