"""A text that tells the same dated event again and again: the timeline must grow linearly with the repeats.

Builds the timeline of N and 2N copies of one paragraph (two dates each, all merged into two entries) and
prints the seconds and their ratio (about 2 when linear; joining each repeat into the growing entry had made
it about 4, 15 s for the 1,200 copies of the UI test's "big file").

    .venv/bin/python bench/bench_repeats.py [-n 600] [--check]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.timeline import build_timeline

PARAGRAPH = "In 1812 the army crossed the river, and by the winter of 1813 it had returned home. " * 4


def seconds(copies: int) -> float:
    """The best of three timeline builds of ``copies`` paragraphs."""
    text = "A long chronicle\n\n" + "\n\n".join([PARAGRAPH] * copies)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        timeline = build_timeline(text, mode="narrative")
        best = min(best, time.perf_counter() - started)
    assert len(timeline.entries) <= 3, [e.label for e in timeline.entries]
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=600, help="copies in the smaller text (default 600)")
    parser.add_argument("--check", action="store_true", help="exit 1 if doubling the copies more than triples the time")
    args = parser.parse_args()
    one, two = seconds(args.n), seconds(2 * args.n)
    ratio = two / one
    print(f"{args.n} copies {one:.2f} s, {2 * args.n} copies {two:.2f} s, ratio {ratio:.2f} (linear: about 2)")
    return 1 if args.check and ratio > 3 else 0


if __name__ == "__main__":
    sys.exit(main())
