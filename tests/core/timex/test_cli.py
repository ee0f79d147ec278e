"""``python -m reader timex``: JSON lines with offsets into the file's text, fast and Qt-free."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "timex", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_json_lines_with_offsets(tmp_path: Path) -> None:
    text = "Line one.\r\nOn Friday, March 3 1998 they met; last week too.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    proc = _run("--dct", "1998-03-05", "--mode", "news", str(path))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["Friday, March 3 1998", "last week"]
    for r in rows:
        assert text[r["start"] : r["end"]] == r["text"]
        assert set(r) >= {"start", "end", "text", "type", "value"}


def test_offsets_count_a_byte_order_mark_as_the_utf8_decoded_text_does(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfIn 1949 it began.")
    text = path.read_text(encoding="utf-8")  # "\ufeffIn 1949 ...": the text the scorer indexes
    row = json.loads(_run(str(path)).stdout)
    assert text[row["start"] : row["end"]] == "1949"


def test_dct_none_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text("yesterday", encoding="utf-8")
    proc = _run("--dct", "none", str(path))
    assert json.loads(proc.stdout)["value"] == "PAST_REF"
    assert _run(str(tmp_path / "missing.txt")).returncode == 1


def test_core_does_not_import_qt() -> None:
    code = "import sys, reader.commands.timex, reader.core.timex; print('PySide6' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == "False"
