"""Time the timeline sidebar on 10,000 entries: load, first paint, scrolling, filtering, folding.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_sidebar.py [--entries 10000] [--repeat 7]

"Load" is ``model.set_timeline(timeline, text)`` plus the view's first paint (``view.grab()`` and the
pending events), on a view that is already shown. The baseline, measured in the same run, loads as
many strings into a QStringListModel shown by a plain QListView. Exits 1 when the median load is over
the issue's 200 ms bar.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, QStringListModel
from PySide6.QtWidgets import QApplication, QListView

from reader.core.timeline import Passage, Span, Timeline, TimelineEvent
from reader.ui.timeline_model import TimelineModel
from reader.ui.timeline_view import TimelineView

BAR_MS = 200.0
AXIS_X_PROBE = 30  # a point inside the first row, to check the first paint had rows
WORDS = [
    "war",
    "peace",
    "treaty",
    "king",
    "emperor",
    "army",
    "siege",
    "council",
    "river",
    "empire",
    "revolt",
    "famine",
    "trade",
    "church",
    "city",
]


def synthetic(n: int, seed: int = 6) -> tuple[Timeline, str]:
    """``n`` entries from 3000 BC to AD 2000 (a few ranges and approximate dates, 2% undated) and a text."""
    rng = random.Random(seed)
    sentences, offsets, pos = [], [], 0
    for i in range(n):
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 22))).capitalize() + f" ({i})."
        sentences.append(sentence)
        offsets.append(pos)
        pos += len(sentence) + 1
    text = " ".join(sentences)
    years = sorted(rng.randint(-3000, 2000) for _ in range(n))
    entries, undated = [], []
    for i, year in enumerate(years):
        passage = Passage(offsets[i], offsets[i] + len(sentences[i]), "mention")
        span = rng.random() < 0.1
        end = year + rng.randint(1, 30) if span else year
        label = _label(year) + (f"–{_label(end)}" if span else "")
        ev = TimelineEvent(
            id=f"e{i}",
            label=label,
            value=f"{year}/{end}" if span else str(year),
            start="" if i % 50 == 0 else _iso(year, 1, 1),
            end="" if i % 50 == 0 else _iso(end, 12, 31),
            granularity="year",
            title=sentences[i],
            mentions=(Span(passage.start, passage.end),),
            related=(passage,),
            approximate=rng.random() < 0.1,
            sort_key=(year,),
        )
        (undated if i % 50 == 0 else entries).append(ev)
    return Timeline("synthetic", None, tuple(entries), tuple(undated)), text


def _label(year: int) -> str:
    return str(year) if year > 0 else f"{1 - year} BC"


def _iso(year: int, month: int, day: int) -> str:
    return f"{'-' if year < 0 else ''}{abs(year):04d}-{month:02d}-{day:02d}"


def _ms(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    timeline, text = synthetic(args.entries)
    strings = [f"{ev.label} — {ev.title}" for ev in timeline.entries + timeline.undated]

    base_model = QStringListModel()
    base_view = QListView()
    base_view.setModel(base_model)
    base_view.resize(340, 800)
    base_view.show()
    uniform_model = QStringListModel()
    uniform_view = QListView()
    uniform_view.setUniformItemSizes(True)
    uniform_view.setModel(uniform_model)
    uniform_view.resize(340, 800)
    uniform_view.show()
    model = TimelineModel()
    view = TimelineView()
    view.setModel(model)
    view.resize(340, 800)
    view.show()
    app.processEvents()

    def load_baseline() -> None:
        base_model.setStringList([])
        base_model.setStringList(strings)
        base_view.grab()
        app.processEvents()

    def load_uniform() -> None:
        uniform_model.setStringList([])
        uniform_model.setStringList(strings)
        uniform_view.grab()
        app.processEvents()

    def load_sidebar() -> None:
        model.set_timeline(None)
        model.set_timeline(timeline, text)
        view.grab()
        app.processEvents()

    def settle() -> None:
        """Run the event loop until the scroll range stops changing (every row measured)."""
        bar, previous, still = view.verticalScrollBar(), -1, 0
        while still < 3:
            app.processEvents()
            still = still + 1 if bar.maximum() == previous else 0
            previous = bar.maximum()

    def load_and_settle() -> None:
        load_sidebar()
        settle()

    baseline = _ms(load_baseline, args.repeat)
    uniform = _ms(load_uniform, args.repeat)
    load = _ms(load_sidebar, args.repeat)
    painted = view.indexAt(QPoint(AXIS_X_PROBE, 5)).isValid()
    full = _ms(load_and_settle, 3)

    # Let the batched layout finish, then time scrolling by a third of a page with a repaint each step.
    settle()
    bar = view.verticalScrollBar()
    steps = []
    for i in range(60):
        t0 = time.perf_counter()
        bar.setValue(i * bar.pageStep() // 3 + (i % 2) * bar.maximum() // 2)
        view.grab()
        steps.append((time.perf_counter() - t0) * 1000)
    scroll = statistics.median(steps)
    worst = max(steps)

    def refilter(query: str) -> float:
        def run() -> None:
            model.set_filter(query)
            view.grab()
            model.set_filter("")

        return _ms(run, 3)

    filters = {q: refilter(q) for q in ("195", "war peace", "1st century BC")}
    header = model.next_entry_row(-1, 1) - 1
    fold = _ms(lambda: (model.toggle_fold(header), model.toggle_fold(header), view.grab()), 5)

    ratio = load / baseline if baseline else float("inf")
    print(f"entries: {args.entries:,} ({model.rowCount():,} rows: headers, gaps, entries, undated bin)")
    print(f"baseline QStringListModel + QListView load: {baseline:7.1f} ms")
    print(f"  same with uniform item sizes:              {uniform:7.1f} ms")
    print(f"sidebar TimelineModel + TimelineView load:  {load:7.1f} ms  (x{ratio:.2f} the baseline; bar {BAR_MS:.0f})")
    print(f"  load + event loop until the scroll range is final: {full:.1f} ms")
    print(f"scroll (jumps of 1/3 page and half the list) + repaint: median {scroll:.1f} ms, worst {worst:.1f} ms")
    for query, ms in filters.items():
        print(f"filter {query!r} + repaint + clear: {ms:.1f} ms")
    print(f"fold + unfold a group + repaint: {fold:.1f} ms")
    if not painted:
        print("error: the first paint showed no row")
    return 0 if load <= BAR_MS and painted else 1


if __name__ == "__main__":
    sys.exit(main())
