"""Shared assertions for the loader tests (imported by conftest.py and the property tests)."""

from __future__ import annotations


def assert_offsets(doc) -> None:
    """Every heading, TOC and inline-style offset indexes ``doc.text``; headings are whole lines, styles within
    one line."""
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
    for style in doc.styles:
        assert 0 <= style.start < style.end <= len(text)
        assert "\n" not in text[style.start : style.end]
