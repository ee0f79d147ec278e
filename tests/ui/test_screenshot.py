"""`python -m reader screenshot` renders the window offscreen to a PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "reader", "screenshot", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def test_screenshot_writes_png_of_requested_size(tmp_path: Path) -> None:
    out = tmp_path / "s.png"
    result = _run(str(out), "--select", "2", "--size", "900x600", "--theme", "dark")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    # dark theme: the article's paper colour fills the middle of the window
    assert image.pixelColor(650, 590).lightness() < 80


def test_screenshot_rejects_missing_entry(tmp_path: Path) -> None:
    result = _run(str(tmp_path / "s.png"), "--select", "999")
    assert result.returncode == 1
    assert "no entry 999" in result.stderr
