"""How long does the UI thread stall while a DocumentJob loads a big book in the background?

A QTimer ticks every 5 ms on the UI thread and records the gap between ticks; the longest gap is the longest
event-loop stall. Each run compares three phases measured in the same process, one after another:

* baseline: the timer alone, for as long as a load takes (jitter of the timer and of the machine);
* job: ``DocumentJob.start(path)`` until ``finished`` (worker thread only; the UI thread just receives signals);
* view: no job; the UI thread shows the (already loaded) document in the app's TextView (``set_document``), then
  idles for 1 s: what showing a book costs the UI thread by itself (building the text, then lazy layout);
* job+view: the job again, held after ``loaded`` while the UI thread shows the document in a TextView and
  lays it out, then released to build the timeline: what the app does.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ui_stall.py [--runs 3] [--switch-interval MS] [FILE]

FILE defaults to ../shared/corpus/books/war_and_peace_pg2600.txt. Prints one line per phase and run, then a summary
(the worst stall over the runs, and the median time to ``loaded`` and ``finished``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_FILE = ROOT.parent / "shared" / "corpus" / "books" / "war_and_peace_pg2600.txt"
TICK_MS = 5

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.core.document import Document  # noqa: E402
from reader.core.loaders import load_document  # noqa: E402
from reader.ui.text_view import TextView  # noqa: E402
from reader.ui.workers import DocumentJob, LoadResult  # noqa: E402


@dataclass
class Phase:
    """The timer gaps seen during one phase, and when its milestones arrived (seconds from its start)."""

    name: str
    gaps: list[float] = field(default_factory=list)
    loaded_at: float | None = None
    finished_at: float | None = None
    view_seconds: float | None = None
    close_seconds: float | None = None  # destroying the view and its document, after the phase
    error: str | None = None

    @property
    def max_gap_ms(self) -> float:
        return max(self.gaps, default=0.0) * 1000

    @property
    def p99_gap_ms(self) -> float:
        if not self.gaps:
            return 0.0
        ordered = sorted(self.gaps)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000

    def line(self) -> str:
        parts = [f"{self.name:9}", f"max gap {self.max_gap_ms:7.1f} ms", f"p99 {self.p99_gap_ms:5.1f} ms"]
        parts.append(f"ticks {len(self.gaps):5}")
        if self.loaded_at is not None:
            parts.append(f"loaded {self.loaded_at:5.2f} s")
        if self.finished_at is not None:
            parts.append(f"finished {self.finished_at:5.2f} s")
        if self.view_seconds is not None:
            parts.append(f"set_document {self.view_seconds * 1000:6.1f} ms")
        if self.close_seconds is not None:
            parts.append(f"closing the book {self.close_seconds * 1000:5.1f} ms")
        if self.error:
            parts.append(f"FAILED: {self.error}")
        return "  ".join(parts)


class StallMeter:
    """A 5 ms precise timer on the UI thread that records the gaps between its ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.phase: Phase | None = None
        self._last = 0.0

    def start(self, phase: Phase) -> None:
        self.phase = phase
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._tick()  # the gap up to the end counts too

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.phase is not None:
            self.phase.gaps.append(now - self._last)
        self._last = now


def run_baseline(meter: StallMeter, seconds: float) -> Phase:
    """The timer alone for ``seconds``."""
    phase = Phase("baseline")
    loop = QEventLoop()
    meter.start(phase)
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
    meter.stop()
    return phase


def run_load(meter: StallMeter, path: Path, *, with_view: bool) -> Phase:
    """Load ``path`` with a DocumentJob while the timer runs; optionally show the text when it is loaded."""
    phase = Phase("job+view" if with_view else "job")
    job = DocumentJob()
    view = TextView() if with_view else None
    if view is not None:
        view.resize(900, 700)
        view.show()
        view.layout_finished.connect(job.release)  # as the app does: timeline after the text is laid out
    loop = QEventLoop()
    clock = QElapsedTimer()

    def on_loaded(doc: Document) -> None:
        phase.loaded_at = clock.elapsed() / 1000
        if view is not None:
            started = time.perf_counter()
            view.set_document(doc)
            phase.view_seconds = time.perf_counter() - started

    def on_finished(result: LoadResult) -> None:
        phase.finished_at = clock.elapsed() / 1000
        loop.quit()

    def on_failed(message: str) -> None:
        phase.error = message
        loop.quit()

    job.loaded.connect(on_loaded)
    job.finished.connect(on_finished)
    job.failed.connect(on_failed)
    meter.start(phase)
    clock.start()
    job.start(path, hold=with_view)
    loop.exec()
    meter.stop()
    job.wait()
    if view is not None:
        phase.close_seconds = _destroy(view)
    return phase


def _destroy(view: TextView) -> float:
    """Delete ``view`` now (not in the next phase's event loop) and return how long that took."""
    started = time.perf_counter()
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return time.perf_counter() - started


def run_view_only(meter: StallMeter, doc: Document, seconds: float) -> Phase:
    """No job: show ``doc`` in a TextView on the UI thread and keep the timer running ``seconds`` after."""
    phase = Phase("view")
    view = TextView()
    view.resize(900, 700)
    view.show()
    loop = QEventLoop()

    def show_text() -> None:
        started = time.perf_counter()
        view.set_document(doc)
        phase.view_seconds = time.perf_counter() - started
        QTimer.singleShot(round(seconds * 1000), loop.quit)

    meter.start(phase)
    QTimer.singleShot(50, show_text)
    loop.exec()
    meter.stop()
    phase.close_seconds = _destroy(view)
    return phase


def main(argv: list[str] | None = None) -> int:
    """Run the phases ``--runs`` times and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--switch-interval", type=float, default=None, help="sys.setswitchinterval in ms (Python's default is 5)"
    )
    args = parser.parse_args(argv)
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval / 1000)
    if not args.file.is_file():
        print(f"{args.file} does not exist", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([])
    print(
        f"file: {args.file.name} ({args.file.stat().st_size / 1e6:.1f} MB); platform: {app.platformName()}; "
        f"Python {sys.version.split()[0]}; switch interval {sys.getswitchinterval() * 1000:.0f} ms; "
        f"cpus {os.cpu_count()}; timer {TICK_MS} ms"
    )
    meter = StallMeter()
    run_load(meter, args.file, with_view=False)  # warm-up: imports, caches
    doc = load_document(args.file)
    results: dict[str, list[Phase]] = {"baseline": [], "job": [], "view": [], "job+view": []}
    for _ in range(args.runs):
        job = run_load(meter, args.file, with_view=False)
        baseline = run_baseline(meter, job.finished_at or 1.0)
        view = run_view_only(meter, doc, 1.0)
        shown = run_load(meter, args.file, with_view=True)
        for phase in (baseline, job, view, shown):
            results[phase.name].append(phase)
            print(phase.line())
    print("summary over", args.runs, "runs:")
    for name, phases in results.items():
        worst = max(p.max_gap_ms for p in phases)
        line = f"  {name:9} worst max gap {worst:7.1f} ms"
        finished = [p.finished_at for p in phases if p.finished_at is not None]
        loaded = [p.loaded_at for p in phases if p.loaded_at is not None]
        if loaded:
            line += f"; median loaded {statistics.median(loaded):.2f} s"
        if finished:
            line += f"; median finished {statistics.median(finished):.2f} s"
        views = [p.view_seconds for p in phases if p.view_seconds is not None]
        if views:
            line += f"; median set_document {statistics.median(views) * 1000:.0f} ms"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
