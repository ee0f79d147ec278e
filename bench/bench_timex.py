"""Speed, linearity and memory of the temporal tagger on War and Peace at 1x, 2x and 4x.

For each size (the book concatenated with itself) we report the best of ``--repeat`` runs of
``reader.core.timex.tag`` (wall and CPU time), MB/s, the time per MB relative to the 1x size
(linearity, from CPU time: 1.00 means perfectly linear), and the tracemalloc peak in a separate run relative to
the text size. A baseline measured in the same run makes the numbers comparable on a noisy shared
machine: one ``re.finditer(r"\\d{4}")`` pass over the same text, the least a date tagger must do.
A second table does the same for a dense news-like text (one expression every ~60 characters),
the tagger's worst realistic case.

Run: ``.venv/bin/python bench/bench_timex.py [--book ../shared/corpus/books/war_and_peace_pg2600.txt]
[--repeat 3] [--mode narrative]``
"""

from __future__ import annotations

import argparse
import re
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timing import best_of  # noqa: E402 - after the sys.path setup, like the imports below

from reader.core.timex import tag  # noqa: E402

BOOK = ROOT.parent / "shared" / "corpus" / "books" / "war_and_peace_pg2600.txt"
SPEED_BAR_MB_S = 2.5
NEWS = (
    "On Friday, Oct. 15, 1999, the company said third-quarter profit rose 12% from a year earlier. "
    "Two years ago, in the 1990s, shares fell; last week they rose 3% to $45, and analysts expect "
    "more gains next year. The 1954-58 plan ran for four years until 5 p.m. EST Nov. 9. "
)


def peak_memory(fn: Callable[[], object]) -> int:
    """tracemalloc peak of one call, in bytes."""
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def table(name: str, base: str, mode: str, repeat: int) -> float:
    """Print one table (1x, 2x, 4x) and return the MB/s at 1x."""
    print(f"\n{name}: {len(base.encode('utf-8')) / 1e6:.2f} MB, mode {mode}")
    print(
        f"{'size':>4} {'MB':>6} {'wall s':>7} {'cpu s':>7} {'MB/s':>6} {'cpu/MB vs 1x':>12} "
        f"{'base s':>7} {'ratio':>6} {'found':>7} {'peak MB':>8} {'peak/text':>9}"
    )
    per_mb_1x = 0.0
    speed_1x = 0.0
    digits = re.compile(r"\d{4}")
    for k in (1, 2, 4):
        text = base * k
        mb = len(text.encode("utf-8")) / 1e6
        found = len(tag(text, mode=mode))
        wall, cpu = best_of(lambda t=text: tag(t, mode=mode), repeat)
        base_wall, _ = best_of(lambda t=text: sum(1 for _ in digits.finditer(t)), repeat)
        peak = peak_memory(lambda t=text: tag(t, mode=mode))
        per_mb = cpu / mb  # CPU time: steadier than wall time on a shared machine
        if k == 1:
            per_mb_1x, speed_1x = per_mb, mb / wall
        print(
            f"{k:>3}x {mb:6.2f} {wall:7.3f} {cpu:7.3f} {mb / wall:6.2f} {per_mb / per_mb_1x:12.2f} "
            f"{base_wall:7.3f} {wall / base_wall:6.1f} {found:7d} {peak / 1e6:8.1f} {peak / len(text):9.2f}"
        )
    return speed_1x


def main() -> int:
    """Run both tables and check the speed bar on the book."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--book", type=Path, default=BOOK)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mode", choices=("news", "narrative"), default="narrative")
    args = ap.parse_args()
    if not args.book.is_file():
        print(f"no such book: {args.book}", file=sys.stderr)
        return 2
    book = args.book.read_text(encoding="utf-8")
    tag("warm up: Friday, Oct. 15, 1999")
    speed = table(args.book.name, book, args.mode, args.repeat)
    table("dense news-like text", NEWS * (len(book) // len(NEWS) // 4), "news", args.repeat)
    verdict = "meets" if speed >= SPEED_BAR_MB_S else "MISSES"
    print(f"\n{speed:.2f} MB/s on the book: {verdict} the {SPEED_BAR_MB_S} MB/s bar")
    return 0 if speed >= SPEED_BAR_MB_S else 1


if __name__ == "__main__":
    sys.exit(main())
