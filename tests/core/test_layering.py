"""The core never depends on Qt or on the UI package."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_and_cli_tools_import_without_pyside6() -> None:
    code = (
        "import sys\n"
        "import reader.core.document, reader.core.loaders, reader.core.timex, reader.core.timeline\n"
        "import reader.commands.timex\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'reader.ui', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_no_core_module_imports_pyside6_or_ui() -> None:
    importing = re.compile(r"^\s*(?:from|import)\s+(?:PySide6|shiboken6|reader\.ui)\b", re.MULTILINE)
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "reader" / "core").rglob("*.py")
        if importing.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
