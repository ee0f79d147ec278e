"""What the first paint does not need stays unloaded until after it (see run_app and bench/bench_startup.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from reader.ui.single_instance import INSTANCE_ENV

ROOT = Path(__file__).resolve().parents[2]
DEFERRED = (
    "PySide6.QtNetwork",
    "reader.ui.crash",
    "reader.desktop",
    "reader.ui.keymap",
    "reader.ui.accessibility",
    "_hashlib",  # OpenSSL (3 ms): the start-up's hashes are small (reader.core.hashing)
    "reader.core.loaders.gutenberg",  # its patterns (2 ms) wait for a Gutenberg book
    "reader.ui.timeline_filter",  # waits for the first filter query
)
# PySide types whose creation the first paint does without: QStyle (its enums take 5 ms) and QCalendarWidget, which
# stands for the ~60 widget types PySide creates when it first converts a view's viewport() (12 ms).
DEFERRED_TYPES = ("QStyle", "QCalendarWidget")

PROBE = f"""
import sys
import reader.ui.single_instance as single_instance
from PySide6.QtWidgets import QApplication

first_paint = single_instance.after_first_paint

def probe(widget, callback, fallback_ms=2000):
    def report():
        loaded = [name for name in {DEFERRED!r} if name in sys.modules]
        print("loaded before the first paint:", ",".join(loaded) or "-", flush=True)
        created = [name for name in {DEFERRED_TYPES!r} if name in vars(sys.modules["PySide6.QtWidgets"])]
        print("types created before the first paint:", ",".join(created) or "-", flush=True)
        QApplication.instance().exit(0)
    first_paint(widget, report, fallback_ms)

single_instance.after_first_paint = probe
from reader.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _launch(tmp_path: Path, probe: str) -> str:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        INSTANCE_ENV: uuid.uuid4().hex,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    sample = ROOT / "resources" / "sample" / "china-russia-friendship.txt"
    result = subprocess.run(
        [sys.executable, "-c", probe, str(sample)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_first_paint_loads_no_deferred_module(tmp_path: Path) -> None:
    out = _launch(tmp_path, PROBE)
    assert "loaded before the first paint: -" in out, out
    assert "types created before the first paint: -" in out, out


def test_a_document_opened_before_is_not_parsed_again(tmp_path: Path) -> None:
    """The second start takes the sample from the document cache: the loaders (10 ms) are not even imported."""
    probe = PROBE.replace(repr(DEFERRED), repr(("reader.core.loaders", "reader.core.timex")))
    first = _launch(tmp_path, probe)
    assert "loaded before the first paint: reader.core.loaders" in first, first  # nothing cached yet
    assert "loaded before the first paint: -" in _launch(tmp_path, probe)


SCAN_PROBE = """
import json, sys
import reader.core.cache, reader.core.timeline.cache  # as run_app does, before PySide6
from reader.app import create_application

app = create_application()
feature = sys.modules["__feature__"]
table = getattr(feature, "pyside_feature_dict", None)
uses = getattr(feature, "_mod_uses_pyside", None)
if table is None or uses is None:
    print(json.dumps(None))
else:
    import reader.ui.main_window  # the window modules were answered before they were imported
    seeded = [name for name, flag in table.items() if flag == -1 and name in sys.modules]
    ours = [name for name in table if name.startswith("reader.ui.") and name in sys.modules]
    wrong = [name for name in [*seeded, *ours] if uses(sys.modules[name]) != (table[name] == 0)]
    print(json.dumps({"seeded": seeded, "ours": ours, "wrong": wrong}))
"""


def test_modules_loaded_before_pyside_are_spared_its_feature_scan() -> None:
    """create_application marks them as PySide's scan would (no PySide in their source), so it skips them."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCAN_PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    if found is None:
        pytest.skip("this PySide has no __feature__ table to fill")
    assert {"typing", "re", "reader.core.cache", "reader.core.document"} <= set(found["seeded"])
    assert {"reader.ui.main_window", "reader.ui.timeline_model", "reader.ui.timeline_rows"} <= set(found["ours"])
    assert found["wrong"] == []
