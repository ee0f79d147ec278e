"""Timeline exports: JSON (our schema), TimelineJS 3 JSON, CSV and Markdown. Qt-free.

Every exporter takes the Timeline and the text its offsets index (``Document.text``). The JSON schema
is documented in docs/timeline.md; ``start``/``end`` are null where the entry has no calendar bounds
(the time of writing of an undated document, undated expressions).
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable

from reader.core.timeline import WRITING, Timeline, TimelineEvent

_QUOTE_MAX = 300  # characters of a passage quoted in Markdown


def entry_dict(ev: TimelineEvent, text: str) -> dict[str, object]:
    """One entry in the JSON schema, with the quoted text of every mention and passage."""
    return {
        "id": ev.id,
        "label": ev.label,
        "value": ev.value,
        "start": ev.start or None,
        "end": ev.end or None,
        "granularity": ev.granularity,
        "title": ev.title,
        "mentions": [{"start": m.start, "end": m.end, "text": text[m.start : m.end]} for m in ev.mentions],
        "related": [
            {"start": p.start, "end": p.end, "text": text[p.start : p.end], "strength": p.strength} for p in ev.related
        ],
        "kind": ev.kind,
        "approximate": ev.approximate,
        "open_start": ev.open_start,
        "open_end": ev.open_end,
    }


def to_dict(timeline: Timeline, text: str) -> dict[str, object]:
    """The whole timeline in the JSON schema."""
    return {
        "title": timeline.title,
        "dct": timeline.dct,
        "entries": [entry_dict(ev, text) for ev in timeline.entries],
        "undated": [entry_dict(ev, text) for ev in timeline.undated],
    }


def to_json(timeline: Timeline, text: str) -> str:
    """The JSON export, indented, non-ASCII kept."""
    return json.dumps(to_dict(timeline, text), ensure_ascii=False, indent=2) + "\n"


# TimelineJS 3 ------------------------------------------------------------------------------------------

_PRECISION = {
    "millennium": 1, "century": 1, "decade": 1, "year": 1, "half": 2, "quarter": 2, "season": 2,
    "month": 2, "week": 3, "day": 3, "time": 3,
}  # fmt: skip
_ERA_GRANULARITIES = ("millennium", "century", "decade")
_ERA_MIN_YEARS = 10  # ranges at least this long are also eras


def _tl_date(iso: str, precision: int, display: str | None = None) -> dict[str, object]:
    """A TimelineJS date object: year (a number; astronomical, so 44 BC is -43), then month, day."""
    negative = iso.startswith("-")
    y, m, d = iso.lstrip("-").split("-")
    out: dict[str, object] = {"year": -int(y) if negative else int(y)}
    if precision >= 2:
        out["month"] = int(m)
    if precision >= 3:
        out["day"] = int(d)
    if display:
        out["display_date"] = display
    return out


def _passages_html(ev: TimelineEvent, text: str) -> str:
    parts = []
    for p in ev.related:
        quote = html.escape(text[p.start : p.end], quote=False)
        parts.append(f"<p>{quote}</p>" if p.strength == "mention" else f"<p><i>({p.strength})</i> {quote}</p>")
    return "".join(parts)


def to_timelinejs_dict(timeline: Timeline, text: str) -> dict[str, object]:
    """TimelineJS 3 JSON: a title slide, one event per dated entry, centuries and long ranges as eras.

    The time of writing of an undated document has no date, so it is no event; the title slide says so.
    """
    events: list[dict[str, object]] = []
    eras: list[dict[str, object]] = []
    note = ""
    for ev in timeline.entries:
        if not ev.start:
            note = f"<p>Time of writing (date unknown): {html.escape(ev.title, quote=False)}</p>"
            continue
        precision = _PRECISION.get(ev.granularity, 1)
        start = _tl_date(ev.start, precision)
        end = _tl_date(ev.end, precision)
        slide: dict[str, object] = {
            "start_date": start,
            "text": {"headline": ev.title or ev.label, "text": _passages_html(ev, text)},
            "display_date": ev.label,
            "group": ev.granularity,
            "unique_id": ev.id,
        }
        if end != start:
            slide["end_date"] = end
        events.append(slide)
        first, last = _tl_date(ev.start, 1), _tl_date(ev.end, 1)
        if ev.granularity in _ERA_GRANULARITIES or int(last["year"]) - int(first["year"]) + 1 >= _ERA_MIN_YEARS:
            eras.append({"start_date": first, "end_date": last, "text": {"headline": ev.label}})
    title_text = f"<p>Document date: {html.escape(timeline.dct or 'unknown', quote=False)}</p>{note}"
    return {
        "title": {"text": {"headline": timeline.title or "Timeline", "text": title_text}},
        "events": events,
        "eras": eras,
    }


def to_timelinejs(timeline: Timeline, text: str) -> str:
    """The TimelineJS 3 export as a JSON string."""
    return json.dumps(to_timelinejs_dict(timeline, text), ensure_ascii=False, indent=2) + "\n"


# CSV and Markdown --------------------------------------------------------------------------------------

CSV_FIELDS = (
    "id",
    "kind",
    "label",
    "start",
    "end",
    "granularity",
    "approximate",
    "title",
    "value",
    "mentions",
    "passage",
)


def to_csv(timeline: Timeline, text: str) -> str:
    """One row per entry (undated ones last, kind "undated"); passage is the first mention's sentence."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for ev in (*timeline.entries, *timeline.undated):
        first = ev.related[0] if ev.related else None
        passage = " ".join(text[first.start : first.end].split()) if first else ""
        writer.writerow(
            (ev.id, ev.kind, ev.label, ev.start, ev.end, ev.granularity, ev.approximate, ev.title, ev.value,
             len(ev.mentions), passage)
        )  # fmt: skip
    return out.getvalue()


def _quote(s: str) -> str:
    s = " ".join(s.split())
    return s if len(s) <= _QUOTE_MAX else s[: _QUOTE_MAX - 1].rsplit(" ", 1)[0] + "…"


def to_markdown(timeline: Timeline, text: str) -> str:
    """A dated list: each entry's label and title, then its passages quoted, strength noted."""
    lines = [f"# {timeline.title or 'Timeline'}", "", f"Document date: {timeline.dct or 'unknown'}", ""]
    for ev in timeline.entries:
        label = ev.label if ev.kind != WRITING or not ev.start else f"{ev.label} (time of writing)"
        lines.append(f"- **{label}** — {ev.title}" if ev.title else f"- **{label}**")
        for p in ev.related:
            note = "" if p.strength == "mention" else f" _({p.strength})_"
            lines.append(f"  > {_quote(text[p.start : p.end])}{note}")
            lines.append("  >")
        if ev.related:
            lines.pop()
    if timeline.undated:
        lines += ["", "## Undated", ""]
        lines += [f"- **{ev.label}** — {ev.title}" if ev.title else f"- **{ev.label}**" for ev in timeline.undated]
    return "\n".join(lines) + "\n"


FORMATS: dict[str, Callable[[Timeline, str], str]] = {
    "json": to_json,
    "csv": to_csv,
    "md": to_markdown,
    "timelinejs": to_timelinejs,
}


def export(timeline: Timeline, text: str, fmt: str) -> str:
    """The timeline in format ``fmt`` (a key of FORMATS)."""
    return FORMATS[fmt](timeline, text)
