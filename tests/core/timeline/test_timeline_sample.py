"""The bundled sample article through the real tagger: raw text and as the app loads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.loaders import load_document
from reader.core.timeline import CONTINUATION, COREFERENCE, MENTION, SAME_TIME, WRITING, Timeline, build_timeline

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample" / "china-russia-friendship.txt"
# The acceptance order. The sample has two distinct events in 1953 (Stalin's death; the newspaper
# slogan): we keep them as two entries, so "1953" appears twice in a row; the list below is the order
# of distinct labels.
ORDER = ["17th century", "1949", "1953", "1954–1958", "1956", "1959", "1961", "Time of writing"]


def _raw() -> tuple[str, Timeline]:
    text = SAMPLE.read_text(encoding="utf-8")
    return text, build_timeline(text)


def _loaded() -> tuple[str, Timeline]:
    doc = load_document(SAMPLE)
    return doc.text, build_timeline(doc.text, title=doc.title, dct=doc.date)


@pytest.fixture(params=[_raw, _loaded], ids=["raw", "loaded"])
def sample(request: pytest.FixtureRequest) -> tuple[str, Timeline]:
    return request.param()


def _distinct(labels: list[str]) -> list[str]:
    return [x for i, x in enumerate(labels) if i == 0 or labels[i - 1] != x]


def test_acceptance_order(sample: tuple[str, Timeline]) -> None:
    text, tl = sample
    labels = [e.label for e in tl.entries]
    assert _distinct(labels) == ORDER
    assert labels.count("1953") == 2
    assert tl.entries[-1].kind == WRITING
    quoted = " ".join(text[m.start : m.end] for e in (*tl.entries, *tl.undated) for m in e.mentions)
    for word in ("today", "tomorrow", "three-day", "centuries-long"):
        assert word not in quoted


def test_titles_and_passages(sample: tuple[str, Timeline]) -> None:
    text, tl = sample
    by_title = {e.title: e for e in tl.entries}
    assert "Two empires created a border with a treaty written in Latin" in by_title
    assert "Josef Stalin led the Soviet Union until his death" in by_title
    kh = next(e for e in tl.entries if e.label == "1956")
    assert "Khrushchev condemned Stalin" in kh.title
    assert [(text[p.start : p.end][:14], p.strength) for p in kh.related] == [
        ("In 1956, then-", MENTION),
        ("Mao, who had m", CONTINUATION),
    ]
    death = by_title["Josef Stalin led the Soviet Union until his death"]
    strengths = {text[p.start : p.end]: p.strength for p in death.related}
    assert strengths["But there were points of friction, especially after the death of Stalin."] == COREFERENCE
    assert SAME_TIME in strengths.values()
    writing = tl.entries[-1]
    assert [text[p.start : p.end][:24] for p in writing.related] == [
        "Chinese leader Xi Jinpin",
        "It's a high point in a c",
    ]
    assert [p.strength for p in writing.related] == [MENTION, CONTINUATION]
    assert writing.label == "Time of writing"
    assert "Xi Jinping concluded a three-day visit" in writing.title
    for e in tl.entries:
        assert len(e.title) <= 82
        assert e.label not in e.title
        for m in e.mentions:  # each mention lies inside one of its MENTION passages
            assert any(p.start <= m.start and m.end <= p.end for p in e.related if p.strength == MENTION)


def test_known_document_date_places_the_time_of_writing() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    tl = build_timeline(text, dct="2023-03-22", mode="news")
    assert tl.entries[-1].label == "22 March 2023"
    assert tl.entries[-1].kind == WRITING
    assert tl.entries[-1].start == "2023-03-22"
