"""Print the README's keyboard table from the keymap (the single source of every shortcut).

Usage: .venv/bin/python scripts/keymap_table.py   (tests/ui/test_readme.py checks the README matches)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def keymap_table() -> str:
    """The Markdown table of every binding, grouped as in the keymap."""
    from PySide6.QtGui import QGuiApplication

    from reader.ui.keymap import DEFAULT_KEYMAP, key_text

    _app = QGuiApplication.instance() or QGuiApplication([])
    scopes = {"timeline": " (in the timeline)", "article": " (in the article)"}
    lines = ["| Keys | Action |", "|---|---|"]
    for binding in sorted(DEFAULT_KEYMAP.values(), key=lambda b: b.group):
        keys = key_text(binding.keys).replace("|", "\\|")
        lines.append(f"| {keys} | {binding.group}: {binding.label}{scopes.get(binding.scope, '')} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(keymap_table())
