"""Fixtures for the loader tests: the ../shared corpus (skipped when absent) and small file makers."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def assert_offsets(doc) -> None:
    """Every heading and TOC offset indexes ``doc.text``; headings are whole lines."""
    text = doc.text
    assert "\r" not in text
    assert "\n\n" not in text, "blank lines must be collapsed (one paragraph per line)"
    for h in doc.headings:
        assert 0 <= h.start < h.end <= len(text)
        assert "\n" not in text[h.start : h.end]
        assert h.start == 0 or text[h.start - 1] == "\n"
        assert h.end == len(text) or text[h.end] == "\n"
        assert 1 <= h.level <= 3
    for t in doc.toc:
        assert 0 <= t.offset < len(text)
        assert t.offset == 0 or text[t.offset - 1] == "\n"
