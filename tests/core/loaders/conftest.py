"""Fixtures for the loader tests: the ../shared corpus (skipped when absent) and small file makers."""

from __future__ import annotations

from pathlib import Path

import pytest
from loaders_helpers import assert_offsets

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLE = ROOT / "resources" / "sample" / "china-russia-friendship.txt"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """../shared/corpus (read-only, never copied into the repo)."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available")
    return CORPUS


@pytest.fixture
def write(tmp_path: Path):
    """``write(name, data)`` -> path of a new file holding ``data`` (bytes or UTF-8 text)."""

    def _write(name: str, data: bytes | str) -> Path:
        p = tmp_path / name
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return p

    return _write


@pytest.fixture
def check_offsets():
    """``check_offsets(doc)`` asserts that every offset is sound (see :func:`assert_offsets`)."""
    return assert_offsets
