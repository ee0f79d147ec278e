"""Load time of every file in ../shared/corpus, as ratios against a baseline measured in the same run.

Baseline: ``Path.read_bytes().decode("utf-8", "replace")`` of the same file (the least any loader must
do). For each file we report the best of ``--repeat`` warm runs of ``load_document`` (wall and CPU
time, imports already done), the baseline, and their ratio; then the one-off import cost of each heavy library, measured
in fresh interpreters. The speed bar: War and Peace (3.3 MB of text) must load well under 0.3 s so the
app shows its first screen under 0.5 s after Open.

A reopened file comes from the document cache (``reader.core.cache.DocumentCache``): the "reopen" column
times ``DocumentCache.load`` on a warm cache (the file read and hashed, the pickle read), and "reopen /
load" is its ratio to ``load_document`` in the same run.

Run: ``.venv/bin/python bench/bench_load.py [--corpus ../shared/corpus] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timing import best_of  # noqa: E402 - after the sys.path setup, like the imports below

from reader.core.cache import DocumentCache  # noqa: E402
from reader.core.document import DocumentError  # noqa: E402
from reader.core.loaders import load_document  # noqa: E402

SPEED_BAR = ("books/war_and_peace_pg2600.txt", 0.3)


def import_cost(module: str) -> float:
    """Seconds to import ``module`` in a fresh interpreter (minus the interpreter's own start)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    """Print the per-file table; exit 1 if the speed bar is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file())
    if not files:
        print(f"no files under {args.corpus}", file=sys.stderr)
        return 1
    for warm in ("books/gibbon_decline_fall_vol1_pg731.txt", "html_books/wells_short_history_pg35461.htm"):
        if (args.corpus / warm).exists():
            load_document(args.corpus / warm)  # import the loaders once, outside the timings
    print("| file | size (KB) | baseline (ms) | load_document wall (ms) | CPU (ms) | ratio | reopen (ms) | "
          "reopen / load | result |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    ok = True
    cache = DocumentCache(tempfile.mkdtemp(prefix="bench-load-"))
    cache.max_entries = len(files)
    for path in files:
        rel = str(path.relative_to(args.corpus))
        base, _ = best_of(lambda p=path: p.read_bytes().decode("utf-8", "replace"), args.repeat)
        result = "ok"

        def load(p: Path = path) -> None:
            nonlocal result
            try:
                doc = load_document(p)
                result = f"{doc.format}, {len(doc.text) // 1000} k chars, {len(doc.headings)} headings"
            except DocumentError as err:
                result = f"refused: {err}"

        took, cpu = best_of(load, args.repeat)
        if not result.startswith("refused"):
            cache.load(path)  # stored once, outside the timing
            again, _ = best_of(lambda p=path: cache.load(p), args.repeat)
            reopen = f"{again * 1000:.1f} | {again / took:.2f}"
        else:
            reopen = "- | -"
        print(f"| {rel} | {path.stat().st_size // 1024} | {base * 1000:.1f} | {took * 1000:.1f} | "
              f"{cpu * 1000:.0f} | {took / base:.0f}x | {reopen} | {result} |")  # fmt: skip
        if rel == SPEED_BAR[0] and took > SPEED_BAR[1]:
            ok = False
    print()
    print("| one-off import in a fresh interpreter | seconds |")
    print("|---|---:|")
    for module in ("reader.core.loaders", "charset_normalizer", "lxml.html", "trafilatura", "markdown_it", "pypdfium2"):
        print(f"| {module} | {import_cost(module):.3f} |")
    if not ok:
        print(f"\nSPEED BAR MISSED: {SPEED_BAR[0]} must load in under {SPEED_BAR[1]} s", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
