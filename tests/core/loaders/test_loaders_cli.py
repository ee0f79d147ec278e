"""``reader text FILE`` and ``--json``; imports stay lazy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader.commands.text import main

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "sample" / "china-russia-friendship.txt"


def test_text_prints_clean_text(capsysbinary) -> None:
    assert main([str(SAMPLE)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.startswith("China and Russia: Explaining a long, complicated friendship\n")
    assert out.rstrip("\n").endswith("the western region of Xinjiang.")


def test_json(capsysbinary) -> None:
    assert main(["--json", str(SAMPLE)]) == 0
    data = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert set(data) == {"title", "author", "date", "format", "encoding", "text"}
    assert data["format"] == "text"
    assert data["encoding"] == "utf-8"


def test_error_is_one_line_on_stderr(capsys, tmp_path: Path) -> None:
    assert main([str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not found" in err


def test_module_entry_point(tmp_path: Path) -> None:
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    run = subprocess.run([sys.executable, "-m", "reader", "text", str(bad)], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode != 0
    assert "binary" in run.stderr
    assert "Traceback" not in run.stderr


def test_heavy_libraries_are_imported_lazily() -> None:
    code = (
        "import sys; from reader.core.loaders import load_document; "
        f"load_document({str(SAMPLE)!r}); "
        "heavy = [m for m in ('trafilatura', 'lxml', 'markdown_it', 'pypdfium2', 'PySide6') if m in sys.modules]; "
        "print(heavy)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert run.stdout.strip() == "[]"
