"""The core never depends on Qt or on the UI package; no module rebinds one of its global names."""

from __future__ import annotations

import ast
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


def test_no_module_binds_a_global_name_twice() -> None:
    # a second "_MONTH_PREPOSITIONS = ..." further down a module silently replaced the first for every function
    # that read it; ruff does not flag a rebound constant
    twice = []
    for path in (ROOT / "reader").rglob("*.py"):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                continue
            twice += [f"{path.relative_to(ROOT)}: {name}" for name in names if name in seen]
            seen.update(names)
    assert twice == []
