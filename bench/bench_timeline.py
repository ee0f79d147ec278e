"""Benchmark: the whole timeline pipeline (tagging, entries, related passages) on a big book.

    python bench/bench_timeline.py [FILE] [--repeat N] [--check]

FILE defaults to War and Peace (../shared/corpus/books/war_and_peace_pg2600.txt), loaded with the
app's loaders. The text is measured at 1x, 2x and 4x (concatenated copies) so that the growth is
visible: a linear stage takes about 2x and 4x the 1x time. Each size reports the best of N runs of

- ``regex``: one plain regex pass over the text (``\\d{4}``), a floor for any scan;
- ``tag``: the tagger alone (``reader.core.timex.tag``);
- ``timeline``: our stage alone (``timeline_from_timexes`` on the tagger's output);
- ``pipeline``: ``build_timeline`` (tag + timeline), what the app runs.

``--check`` exits 1 unless the 1x pipeline takes under 2 s and the timeline stage grows linearly
(4x time under 4 x 1.5 the 1x time).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.loaders import load_document  # noqa: E402
from reader.core.timeline import build_timeline, timeline_from_timexes  # noqa: E402
from reader.core.timex import tag  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "books" / "war_and_peace_pg2600.txt"
BUDGET_S = 2.0
LINEAR_SLACK = 1.5
_YEARS = re.compile(r"\d{4}")


def best(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def measure(text: str, repeat: int) -> dict[str, float]:
    """Seconds for each stage on ``text``."""
    timexes = tag(text, mode="narrative")
    return {
        "regex": best(lambda: _YEARS.findall(text), repeat),
        "tag": best(lambda: tag(text, mode="narrative"), repeat),
        "timeline": best(lambda: timeline_from_timexes(text, timexes), repeat),
        "pipeline": best(lambda: build_timeline(text), repeat),
        "timexes": float(len(timexes)),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the table; with --check, exit 1 if the speed bar is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = load_document(args.file).text
    print(f"{Path(args.file).name}: {len(text) / 1e6:.2f} M characters (as loaded), best of {args.repeat}")
    print(f"{'size':>4} {'chars':>10} {'timexes':>8} {'regex':>7} {'tag':>7} {'timeline':>9} {'pipeline':>9}"
          f" {'pipe/1x':>8} {'tl/1x':>6} {'pipe/tag':>9}")  # fmt: skip
    rows: dict[int, dict[str, float]] = {}
    for k in (1, 2, 4):
        big = "\n".join([text] * k)
        r = rows[k] = measure(big, args.repeat)
        base = rows[1]
        print(
            f"{k:>3}x {len(big):>10} {int(r['timexes']):>8} {r['regex']:>7.3f} {r['tag']:>7.3f} {r['timeline']:>9.3f}"
            f" {r['pipeline']:>9.3f} {r['pipeline'] / base['pipeline']:>8.2f} {r['timeline'] / base['timeline']:>6.2f}"
            f" {r['pipeline'] / r['tag']:>9.2f}"
        )
    ok_speed = rows[1]["pipeline"] < BUDGET_S
    ok_linear = rows[4]["timeline"] < 4 * LINEAR_SLACK * rows[1]["timeline"]
    print(
        f"1x pipeline under {BUDGET_S} s: {'yes' if ok_speed else 'NO'}; "
        f"timeline stage linear: {'yes' if ok_linear else 'NO'}"
    )
    return 0 if (ok_speed and ok_linear) or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
