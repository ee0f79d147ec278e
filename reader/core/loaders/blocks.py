"""Blocks: the common intermediate form of every loader, and their assembly into ``Document.text``.

A loader turns its input into a list of :class:`Block` (a paragraph or a heading, one line each).
:func:`assemble` joins them with single ``\\n`` (one paragraph per line, no blank lines: the view adds
paragraph spacing) and computes every heading and TOC offset on that final string, so offsets can never
drift from the displayed text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.document import Heading, InlineStyle, TocEntry

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)\]]* (?=[\"“‘(]?[A-Z0-9])")
#: A paragraph longer than this (a book saved as one line) is split at sentence ends into pieces of
#: about ``PIECE_CHARS``, so the view never lays out a single 800,000-character block.
LONG_PARAGRAPH = 10_000
PIECE_CHARS = 2_000
_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W_])-[ \t]*[\n\r]+[ \t]*(?=[^\W_])")
_LINE_BREAKS = re.compile(r"[\n\r\v\f\x85\u2028\u2029]+")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph (``level == 0``) or heading (``level >= 1``; 1 = title, 2 = part, 3 = chapter)."""

    text: str
    level: int = 0
    toc: bool = True  # headings only: whether the heading also becomes a TocEntry
    styles: tuple[tuple[int, int, str], ...] = ()  # (start, end, kind) relative to ``text``


def clean_inline(text: str) -> str:
    """Collapse whitespace (including line breaks) inside one paragraph to single spaces; a hyphen that ends a
    source line joins its word to the next ("Shi-\nHwang-ti" -> "Shi-Hwang-ti", not "Shi- Hwang-ti")."""
    return _SPACE_RUN.sub(" ", _LINE_BREAKS.sub(" ", _HYPHEN_BREAK.sub("-", text))).strip()


def para(text: str) -> Block:
    """A paragraph block with its whitespace collapsed."""
    return Block(clean_inline(text))


def heading(text: str, level: int, *, toc: bool = True) -> Block:
    """A heading block (level clamped to 1..3) with its whitespace collapsed."""
    return Block(clean_inline(text), max(1, min(3, level)), toc)


def assemble(blocks: Iterable[Block]) -> tuple[str, tuple[Heading, ...], tuple[TocEntry, ...]]:
    """Join blocks into the display text; return it with heading and TOC offsets into it.

    Empty blocks are dropped. The title (level 1) gets no TocEntry; the other headings do, with levels
    shifted so that the outermost TOC entries are level 1.
    """
    parts: list[str] = []
    headings: list[Heading] = []
    toc: list[TocEntry] = []
    pos = 0
    for block in blocks:
        text = block.text
        if not text:
            continue
        if parts:
            pos += 1  # the "\n" before this block
        parts.append(text)
        if block.level:
            headings.append(Heading(block.level, pos, pos + len(text)))
            if block.toc and block.level > 1:
                toc.append(TocEntry(text, pos, block.level - 1))
        pos += len(text)
    if toc and (top := min(t.level for t in toc)) > 1:  # the TOC's outermost entries are level 1
        toc = [TocEntry(t.label, t.offset, t.level - top + 1) for t in toc]
    return "\n".join(parts), tuple(headings), tuple(toc)


def offsets(blocks: list[Block]) -> list[int]:
    """The start offset in the assembled text of each block (an empty block gets the next offset)."""
    out: list[int] = []
    pos = 0
    started = False
    for block in blocks:
        if block.text and started:
            pos += 1
        out.append(pos)
        if block.text:
            pos += len(block.text)
            started = True
    return out


def split_long(blocks: list[Block]) -> list[Block]:
    """Split paragraphs over LONG_PARAGRAPH characters at sentence ends (see PIECE_CHARS)."""
    if all(len(b.text) <= LONG_PARAGRAPH for b in blocks):
        return blocks
    out: list[Block] = []
    for b in blocks:
        if b.level or len(b.text) <= LONG_PARAGRAPH:
            out.append(b)
            continue
        text, start = b.text, 0
        for m in _SENTENCE_BREAK.finditer(text):
            if m.start() - start >= PIECE_CHARS:
                out.append(Block(text[start : m.start()].rstrip()))
                start = m.end()
        out.append(Block(text[start:]))
    return out


def styles(blocks: list[Block]) -> tuple[InlineStyle, ...]:
    """The blocks' inline styles as absolute InlineStyle spans into the assembled text."""
    out: list[InlineStyle] = []
    for block, start in zip(blocks, offsets(blocks), strict=True):
        out.extend(InlineStyle(start + s, start + e, kind) for s, e, kind in block.styles if e > s)
    return tuple(sorted(out, key=lambda st: (st.start, st.end)))
