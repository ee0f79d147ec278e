"""Exports (JSON schema, TimelineJS 3 structure, CSV, Markdown) and the ``reader timeline`` command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.commands.timeline import main
from reader.core.export import CSV_FIELDS, to_csv, to_dict, to_markdown, to_timelinejs_dict
from reader.core.timeline import Timeline, build_timeline, timeline_from_timexes

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample" / "china-russia-friendship.txt"

# -- a small validator for the documented TimelineJS 3 JSON format (timeline.knightlab.com/docs/json-format)
_DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"}
_SLIDE_KEYS = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
}


def _check_date(d: object, where: str) -> tuple[int, ...]:
    assert isinstance(d, dict), where
    assert set(d) <= _DATE_KEYS, f"{where}: unknown keys {set(d) - _DATE_KEYS}"
    assert isinstance(d["year"], int), f"{where}: year must be a number"
    assert not isinstance(d["year"], bool), f"{where}: year must be a number"
    for key, lo, hi in (("month", 1, 12), ("day", 1, 31), ("hour", 0, 23), ("minute", 0, 59)):
        if key in d:
            assert isinstance(d[key], int), f"{where}: {key} must be a number"
            assert lo <= d[key] <= hi, f"{where}: {key} out of range"
    assert "day" not in d or "month" in d, f"{where}: day without month"
    if "display_date" in d:
        assert isinstance(d["display_date"], str)
    return (d["year"], d.get("month", 1), d.get("day", 1))


def _check_text(t: object, where: str) -> None:
    assert isinstance(t, dict), where
    assert set(t) <= {"headline", "text"}, where
    assert all(isinstance(v, str) for v in t.values()), where


def validate_timelinejs(doc: object) -> None:
    """Raise AssertionError unless ``doc`` follows the TimelineJS 3 JSON format."""
    assert isinstance(doc, dict)
    assert set(doc) <= {"events", "title", "eras", "scale"}
    assert isinstance(doc["events"], list)
    if "title" in doc:
        assert set(doc["title"]) <= _SLIDE_KEYS - {"start_date", "end_date"}
        _check_text(doc["title"]["text"], "title")
    for i, ev in enumerate(doc["events"]):
        where = f"events[{i}]"
        assert isinstance(ev, dict), where
        assert set(ev) <= _SLIDE_KEYS, where
        start = _check_date(ev["start_date"], where + ".start_date")
        if "end_date" in ev:
            assert _check_date(ev["end_date"], where + ".end_date") >= start, f"{where}: ends before it starts"
        if "text" in ev:
            _check_text(ev["text"], where)
        for key in ("group", "display_date", "unique_id"):
            assert key not in ev or isinstance(ev[key], str), where
    for i, era in enumerate(doc.get("eras", [])):
        where = f"eras[{i}]"
        assert set(era) <= {"start_date", "end_date", "text"}, where
        start = _check_date(era["start_date"], where)
        assert _check_date(era["end_date"], where) >= start, where
        if "text" in era:
            _check_text(era["text"], where)
    ids = [ev["unique_id"] for ev in doc["events"] if "unique_id" in ev]
    assert len(ids) == len(set(ids))
    if "scale" in doc:
        assert doc["scale"] in ("human", "cosmological")


@pytest.fixture(scope="module")
def sample() -> tuple[str, Timeline]:
    text = SAMPLE.read_text(encoding="utf-8")
    return text, build_timeline(text, title="China and Russia")


def test_json_schema(sample: tuple[str, Timeline]) -> None:
    text, tl = sample
    doc = json.loads(json.dumps(to_dict(tl, text)))
    assert set(doc) == {"title", "dct", "entries", "undated"}
    assert doc["title"] == "China and Russia"
    assert doc["dct"] is None
    required = {"id", "label", "value", "start", "end", "granularity", "title", "mentions", "related"}
    for entry in doc["entries"] + doc["undated"]:
        assert required <= set(entry)
        assert all(isinstance(entry[k], str) for k in ("id", "label", "value", "granularity", "title"))
        for m in entry["mentions"]:
            assert set(m) == {"start", "end", "text"}
            assert text[m["start"] : m["end"]] == m["text"]
        for p in entry["related"]:
            assert set(p) == {"start", "end", "text", "strength"}
            assert text[p["start"] : p["end"]] == p["text"]
    first = doc["entries"][0]
    assert (first["label"], first["start"], first["end"]) == ("17th century", "1600-01-01", "1699-12-31")
    assert doc["entries"][-1]["start"] is None  # the time of writing, date unknown


def test_timelinejs_is_valid_with_eras_spans_and_bce(tx) -> None:
    text = "Caesar died on 15 March 44 BC. The 17th century was long. Experts came in 1954-58. Spring 1921 was cold."
    timexes = [
        tx(text, "15 March 44 BC", "-0043-03-15"),
        tx(text, "The 17th century", "16"),
        tx(text, "1954-58", "1954", end_value="1958"),
        tx(text, "Spring 1921", "1921-SP"),
    ]
    doc = to_timelinejs_dict(timeline_from_timexes(text, timexes, title="T"), text)
    validate_timelinejs(doc)
    by_date = {ev["display_date"]: ev for ev in doc["events"]}
    assert by_date["15 March 44 BC"]["start_date"] == {"year": -43, "month": 3, "day": 15}
    assert by_date["17th century"]["end_date"] == {"year": 1699}
    assert by_date["1954–1958"]["start_date"] == {"year": 1954}
    assert by_date["1954–1958"]["end_date"] == {"year": 1958}
    assert by_date["spring 1921"]["end_date"] == {"year": 1921, "month": 5}
    assert [e["text"]["headline"] for e in doc["eras"]] == ["17th century"]
    assert by_date["15 March 44 BC"]["text"]["headline"] == "Caesar died"


def test_timelinejs_of_the_sample(sample: tuple[str, Timeline]) -> None:
    text, tl = sample
    doc = to_timelinejs_dict(tl, text)
    validate_timelinejs(doc)
    assert len(doc["events"]) == len(tl.entries) - 1  # the undated time of writing is no event
    assert "Time of writing" in doc["title"]["text"]["text"]
    with pytest.raises(AssertionError):
        validate_timelinejs({"events": [{"start_date": {"year": "1949"}}]})  # the validator itself bites


def test_csv_and_markdown(sample: tuple[str, Timeline]) -> None:
    text, tl = sample
    rows = list(csv.DictReader(io.StringIO(to_csv(tl, text))))
    assert tuple(rows[0]) == CSV_FIELDS
    assert [r["label"] for r in rows] == [e.label for e in tl.entries]
    assert rows[1]["passage"].startswith("The People's Republic of China was founded in 1949")
    md = to_markdown(tl, text)
    assert md.startswith("# China and Russia\n")
    assert "- **1949** — The People's Republic of China was founded\n  > The People's Republic" in md
    assert "_(continuation)_" in md
    assert "- **Time of writing** —" in md


def test_command_json_and_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SAMPLE)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [e["label"] for e in doc["entries"]][:2] == ["17th century", "1949"]
    assert main([str(SAMPLE), "--format", "timelinejs", "--dct", "2023-03-22", "--mode", "news"]) == 0
    tjs = json.loads(capsys.readouterr().out)
    validate_timelinejs(tjs)
    assert tjs["events"][-1]["display_date"] == "22 March 2023"
    for fmt in ("csv", "md"):
        assert main([str(SAMPLE), "--format", fmt]) == 0
        assert "1961" in capsys.readouterr().out


def test_command_reads_a_dated_article_as_news_like_the_app(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "".join(
        f"<p>{p} The debate over guns has gone on for years in Washington, and in the country at large.</p>"
        for p in (
            "Mr Obama came to power in 2009 and has tried to pass new gun laws ever since, in vain.",
            "After nine churchgoers were killed in South Carolina in June, he admitted there were few options.",
        )
    )
    page = tmp_path / "article.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2015-07-24T10:00:00Z">'
        f"<title>Gun laws</title></head><body><article><h1>Gun laws</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    assert main([str(page)]) == 0
    labels = [e["label"] for e in json.loads(capsys.readouterr().out)["entries"]]
    assert "June 2015" in labels  # the June before the article, as its reader takes it
    assert main([str(page), "--mode", "narrative"]) == 0
    assert "June 2009" in [e["label"] for e in json.loads(capsys.readouterr().out)["entries"]]


def test_command_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reader timeline: ")
    assert err.count("\n") == 1
    with pytest.raises(SystemExit):
        main([str(SAMPLE), "--dct", "March 2023"])
