"""Property tests: any text with any time expressions gives a well-formed, ordered timeline."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.export import to_dict, to_timelinejs_dict
from reader.core.timeline import MENTION, WRITING, timeline_from_timexes
from reader.core.timex import Timex

_VALUES = [
    "1949", "16", "195", "1", "-0043", "-0043-03-15", "1921-SP", "1921-WI", "1921-03", "2023-03-22",
    "2023-03-22T14:30", "1998-W07", "1921-Q2", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-03", "P3D",
    "1954", "-00", "9999-12-31", "0000", "BC0044", "garbage",
]  # fmt: skip
_MODS = [None, None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "LESS_THAN"]
_WORDS = ["In", "the", "war", "death", "of", "Stalin", "now", "just", "concluded", "that", "year", "1953", ",", ".",
          "\n", '"', "(", ")", "c.", "who", "until", "today", "three-day"]  # fmt: skip


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[Timex]]:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=80))
    text = " ".join(words)
    timexes = []
    for _ in range(draw(st.integers(0, 12))):
        a = draw(st.integers(0, len(text) - 1))
        if text[a].isspace():  # a tagger's span starts at a word
            continue
        b = draw(st.integers(a + 1, min(len(text), a + 20)))
        value = draw(st.sampled_from(_VALUES))
        kind = "DURATION" if value.startswith("P") and value[1:2].isdigit() else "DATE"
        end_value = draw(st.sampled_from([None, None, "1958", "1950"]))
        timexes.append(
            Timex(a, b, text[a:b], kind, value, mod=draw(st.sampled_from(_MODS)), end_value=end_value,
                  relative=draw(st.booleans()))
        )  # fmt: skip
    return text, timexes


@settings(max_examples=200, deadline=None)
@given(documents(), st.sampled_from([None, "2023-03-22"]))
def test_any_input_gives_a_well_formed_timeline(doc: tuple[str, list[Timex]], dct: str | None) -> None:
    text, timexes = doc
    tl = timeline_from_timexes(text, timexes, dct=dct)
    ids = [e.id for e in (*tl.entries, *tl.undated)]
    assert len(ids) == len(set(ids))
    placed = [e.sort_key for e in tl.entries if e.start]
    assert placed == sorted(placed)
    assert sum(e.kind == WRITING for e in tl.entries) <= 1
    if dct is None and any(e.kind == WRITING for e in tl.entries):
        assert tl.entries[-1].kind == WRITING
    for e in (*tl.entries, *tl.undated):
        assert e.label
        assert e.start <= e.end or e.start.startswith("-") or not e.start
        starts = [p.start for p in e.related]
        assert starts == sorted(starts)
        for p in e.related:
            assert 0 <= p.start <= p.end <= len(text)
        for m in e.mentions:
            assert any(p.start <= m.start < max(p.end, p.start + 1) for p in e.related if p.strength == MENTION)
    assert to_dict(tl, text)["entries"] is not None
    to_timelinejs_dict(tl, text)
