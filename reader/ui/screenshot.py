"""``reader screenshot OUT.png [FILE] [--select N] [--size WxH] [--theme NAME]``: render the window offscreen."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got {text!r}") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return w, h


def main(argv: Sequence[str]) -> int:
    """Render the main window with entry N selected and write it to OUT as PNG."""
    from reader.ui.themes import THEME_NAMES

    parser = argparse.ArgumentParser(prog="reader screenshot", description=__doc__.split(":")[1].strip())
    parser.add_argument("out", metavar="OUT.png")
    parser.add_argument("file", nargs="?", metavar="FILE", help="document (default: the bundled sample)")
    parser.add_argument("--select", type=int, metavar="N", help="select timeline entry N (0-based)")
    parser.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    parser.add_argument("--theme", choices=THEME_NAMES, default="light")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reader.app import create_application

    app = create_application()
    from PySide6.QtCore import QSettings

    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings
    from reader.ui.themes import resolve_theme

    # A throwaway store: a screenshot shows the defaults, never the user's remembered state.
    scratch = tempfile.TemporaryDirectory(prefix="reader-screenshot-")
    settings = Settings(QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, theme=args.theme)
    window.resize(*args.size)
    window.quiet_errors = True
    if args.file and not window.open_path(args.file, background=False):
        return 1
    if not args.file:
        window.open_paths([])
    window.show()
    deadline = time.monotonic() + 60
    while window.timeline is None and time.monotonic() < deadline:  # a big text arrives in slices
        app.processEvents()
    app.processEvents()
    if args.select is not None:
        count = window.model.entry_count()
        if not 0 <= args.select < count:
            print(f"reader screenshot: no entry {args.select} (the timeline has {count})", file=sys.stderr)
            return 1
        row = -1
        for _ in range(args.select + 1):  # the N-th entry, skipping group headers and gaps
            row = window.model.next_entry_row(row, +1)
        window.select_entry(row)
        window.timeline_view.setFocus()
    window.apply_theme(resolve_theme(args.theme))
    app.processEvents()
    if not window.grab().save(args.out, "PNG"):
        print(f"reader screenshot: cannot write {args.out}", file=sys.stderr)
        return 1
    window.close()
    return 0
