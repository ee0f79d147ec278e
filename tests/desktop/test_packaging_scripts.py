"""The PyInstaller bundle's scripts: fast checks here; the build itself runs via packaging/pyinstaller/build.sh."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

from reader.cli import COMMANDS

PACKAGING = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller"


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((PACKAGING / "timeline-reader.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == name:
            return [elt.value for elt in node.value.elts if isinstance(elt, ast.Constant)]
    raise AssertionError(f"no {name}= in the spec")


def test_the_bundle_carries_every_command() -> None:
    """Commands are imported by name, so PyInstaller cannot see them: the spec must list each one."""
    hidden = _spec_list("hiddenimports")
    assert {module for module, _, _ in COMMANDS.values()} <= set(hidden)


@pytest.mark.parametrize("script", ["build.sh", "smoke.sh"])
def test_shell_scripts_parse(script: str) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    result = subprocess.run([bash, "-n", str(PACKAGING / script)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
