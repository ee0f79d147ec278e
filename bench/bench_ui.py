"""UI speed: selecting an entry (highlights + scroll) and scrolling with timeline sync.

Bars (issue 6): selecting an entry < 16 ms on the sample and < 50 ms on War and Peace; scrolling the
article with sync on < 16 ms per step. Each timing includes processing the events it posts (paint).
Reported next to a baseline measured in the same run: one repaint of the article's viewport.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ui.py [BOOK]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT.parent / "shared" / "corpus" / "books" / "war_and_peace_pg2600.txt"


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:6.2f} ms, max {max(samples) * 1000:6.2f} ms"


def _timed(app: QApplication, action: object) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - start


def _settle(app: QApplication, window: object) -> None:
    """Let the incremental layout finish, as it does while a reader starts reading."""
    bar = window.text_view.verticalScrollBar()
    last, stable_since = -1, time.perf_counter()
    while time.perf_counter() - stable_since < 0.3:
        app.processEvents()
        if bar.maximum() != last:
            last, stable_since = bar.maximum(), time.perf_counter()


def bench(app: QApplication, window: object, name: str) -> dict[str, list[float]]:
    """Time a repaint (baseline), selecting each entry, and 200 scroll steps with sync."""
    _settle(app, window)
    view = window.text_view
    baseline = [_timed(app, view.viewport().repaint) for _ in range(30)]
    rows = [r for r in range(window.model.rowCount()) if window.model.event_at(r) is not None][:200]
    select = [_timed(app, lambda r=r: window.select_entry(r)) for r in rows]
    window.clear_selection()
    bar = view.verticalScrollBar()
    bar.setValue(0)
    step = max(1, view.viewport().height() // 3)

    def scroll_step() -> None:
        bar.setValue(bar.value() + step)
        window.sync_with_article()

    scroll = [_timed(app, scroll_step) for _ in range(200)]
    base = statistics.median(baseline)
    print(f"{name}: {len(view.toPlainText()):,} chars, {len(rows)} entries timed")
    print(f"  baseline repaint     {_ms(baseline)}")
    print(f"  select entry         {_ms(select)}   ({statistics.median(select) / base:.1f}x baseline)")
    print(f"  scroll step + sync   {_ms(scroll)}   ({statistics.median(scroll) / base:.1f}x baseline)")
    return {"baseline": baseline, "select": select, "scroll": scroll}


def main() -> int:
    """Run on the bundled sample and on a book."""
    sys.path.insert(0, str(ROOT))
    from reader.app import create_application
    from reader.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.open_paths([])
    bench(app, window, "sample")
    book = Path(sys.argv[1]) if len(sys.argv) > 1 else BOOK
    if book.exists():
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        marks: dict[str, float] = {}
        window.opener.text_ready.connect(lambda _doc: marks.setdefault("text", time.perf_counter()))
        window.opener.timeline_ready.connect(
            lambda *_: (marks.setdefault("timeline", time.perf_counter()), loop.quit())
        )
        start = time.perf_counter()
        window.open_path(book)  # a big file: text first, the timeline in the background
        loop.exec()
        print(
            f"\nopened {book.name}: text on screen after {marks['text'] - start:.2f} s, "
            f"timeline after {marks['timeline'] - start:.2f} s"
        )
        bench(app, window, book.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
