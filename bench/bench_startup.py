"""Startup: time from process start to the first painted window, the app against a bare PySide6 window.

Both start the same way, ``python -c`` in a subprocess with QT_QPA_PLATFORM=offscreen (the app through the code
of its ``reader`` launcher), and print a line once their first paint pass is over; the clock runs from just
before the process is spawned to that line. The app shows the bundled sample with its timeline; the bare window
shows the same text in a QPlainTextEdit. ``--phases`` times the app's start-up steps inside one process;
``--against DIR`` also launches the app from another checkout (``git worktree add DIR COMMIT``), alternating with
this one, to compare two versions in the same run.

    .venv/bin/python bench/bench_startup.py [-n 10] [--check] [--json] [--phases] [--against DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "china-russia-friendship.txt"
TARGET_RATIO = 1.5
TARGET_SECONDS = 1.0
TIMEOUT = 60.0
MARK = "first-paint"
# What the installed ``reader`` launcher (pip's console script) runs; the bare window starts with -c too.
LAUNCHER = "import re, sys\nfrom reader.cli import main\nsys.exit(main())\n"

BARE = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: print("reader-trace: {MARK}", file=sys.stderr, flush=True))
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit(open(sys.argv[1], encoding="utf-8").read()))
window.resize(1200, 800)
probe = FirstPaint(window)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


# The app's main window on the sample without the rest of run_app (single instance, crash hook, icon): the
# difference to the full launch is what run_app itself costs.
WINDOW_ONLY = f"""
import sys
from reader.app import create_application
from reader.ui.single_instance import after_first_paint
app = create_application()
from reader.ui.main_window import MainWindow
window = MainWindow()
window.open_paths([sys.argv[1]])
window.show()
after_first_paint(window, lambda: print("reader-trace: {MARK}", file=sys.stderr, flush=True))
sys.exit(app.exec())
"""

# The same work as run_app, timed step by step in one process (for --phases).
PHASES = """
import gc, json, os, sys, time
gc.disable()  # as run_app does until the first paint
t0 = time.perf_counter()
marks = {}
def mark(name, _last=[t0]):
    now = time.perf_counter()
    marks[name] = now - _last[0]
    _last[0] = now
import reader.core.cache, reader.core.timeline.cache  # before PySide6, as run_app does
mark("import reader.core")
from PySide6.QtWidgets import QApplication
mark("import PySide6 widgets")
from reader.app import create_application
app = create_application()
mark("QApplication")
from PySide6.QtCore import Qt
mark("Qt namespace (first use)")
from reader.ui.main_window import MainWindow
mark("import reader.ui.main_window (rest)")
from reader.ui.single_instance import AppWindows, after_first_paint
windows = AppWindows(MainWindow)
window = windows._factory()
mark("MainWindow()")
window.open_paths([sys.argv[1]])
mark("open_paths(sample)")
window.show()
mark("show()")
def painted():
    mark("first paint pass")
    print(json.dumps(marks), flush=True)
    app.quit()
after_first_paint(window, painted)
app.exec()
"""


def launch_once(argv: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    """Seconds from spawning ``argv`` in ``cwd`` to its first-paint line; the process is then ended."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        for line in proc.stderr:
            if line.startswith(f"reader-trace: {MARK}"):
                return time.perf_counter() - start
            if time.perf_counter() - start > TIMEOUT:
                break
        raise RuntimeError(f"{argv[1:3]} did not report its first paint")
    finally:
        proc.terminate()
        proc.wait(timeout=TIMEOUT)
        proc.stderr.close()


def phases(n: int, env: dict[str, str]) -> int:
    """Print the median time of each start-up step (see PHASES) over ``n`` runs."""
    runs: list[dict[str, float]] = []
    for _ in range(n + 1):  # the first run warms the caches and is dropped
        result = subprocess.run(
            [sys.executable, "-c", PHASES, str(SAMPLE)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=True,
        )
        runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    total = 0.0
    print(f"start-up steps, median of {n} runs:")
    for name in runs[0]:
        median = statistics.median(run[name] for run in runs[1:])
        total += median
        print(f"  {name:<38} {median * 1000:6.1f} ms")
    print(f"  {'sum':<38} {total * 1000:6.1f} ms")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Launch each side N times, alternating, and report medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10, help="launches of each (default 10)")
    parser.add_argument("--check", action="store_true", help=f"exit 1 above {TARGET_RATIO}x or {TARGET_SECONDS}s")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--phases", action="store_true", help="time the app's start-up steps in one process")
    parser.add_argument(
        "--against",
        type=Path,
        metavar="DIR",
        help="also launch the app from DIR, another checkout (git worktree add DIR COMMIT), alternating",
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "TIMELINE_READER_TRACE": "1",
            "XDG_CONFIG_HOME": str(Path(tmp, "config")),
            "XDG_DATA_HOME": str(Path(tmp, "data")),
            "XDG_STATE_HOME": str(Path(tmp, "state")),
            "XDG_CACHE_HOME": str(Path(tmp, "cache")),
        }
        # Installed, the app's modules are compiled (pip writes the .pyc files; so does a bundle): let the
        # warm-up launch write them here too. With PYTHONDONTWRITEBYTECODE set (some shells and CI set it),
        # every launch would compile the app's ~50 modules from source, which no user's launch does.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if args.phases:
            return phases(args.n, env)
        # name -> (command, working folder); ``python -c`` imports ``reader`` from its working folder first
        sides = {
            "bare": ([sys.executable, "-c", BARE, str(SAMPLE)], ROOT),
            "window": ([sys.executable, "-c", WINDOW_ONLY, str(SAMPLE)], ROOT),
            "reader": ([sys.executable, "-c", LAUNCHER, str(SAMPLE)], ROOT),
        }
        if args.against:
            sides["against"] = ([sys.executable, "-c", LAUNCHER, str(SAMPLE)], args.against.resolve())
        times: dict[str, list[float]] = {name: [] for name in sides}
        for command, cwd in sides.values():  # warm the file cache and the .pyc files
            launch_once(command, {**env, "TIMELINE_READER_INSTANCE": uuid.uuid4().hex}, cwd)
        for _ in range(args.n):
            for name, (command, cwd) in sides.items():
                instance = {**env, "TIMELINE_READER_INSTANCE": uuid.uuid4().hex}
                times[name].append(launch_once(command, instance, cwd))

    bare, app = statistics.median(times["bare"]), statistics.median(times["reader"])
    window = statistics.median(times["window"])
    result = {
        "n": args.n,
        "bare_median_s": round(bare, 4),
        "window_only_median_s": round(window, 4),
        "reader_median_s": round(app, 4),
        "bare_min_s": round(min(times["bare"]), 4),
        "reader_min_s": round(min(times["reader"]), 4),
        "ratio": round(app / bare, 3),
    }
    if args.against:
        against = statistics.median(times["against"])
        result["against_median_s"] = round(against, 4)
        result["against_min_s"] = round(min(times["against"]), 4)
        result["ratio_to_against"] = round(app / against, 3)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"launch to first paint, median of {args.n} (min):")
        print(f"  bare PySide6 window  {bare * 1000:7.0f} ms ({result['bare_min_s'] * 1000:.0f})")
        print(f"  MainWindow only      {window * 1000:7.0f} ms ({min(times['window']) * 1000:.0f})")
        print(f"  Timeline Reader      {app * 1000:7.0f} ms ({result['reader_min_s'] * 1000:.0f})")
        print(f"  ratio                {result['ratio']:7.2f}x  (target <= {TARGET_RATIO}x, < {TARGET_SECONDS} s)")
        if args.against:
            print(f"  app from {args.against}: {result['against_median_s'] * 1000:.0f} ms", end="")
            print(f" ({result['against_min_s'] * 1000:.0f}); this tree / that one: {result['ratio_to_against']:.3f}")
    ok = app / bare <= TARGET_RATIO and app < TARGET_SECONDS
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
