"""Project Gutenberg plain-text books: drop the licence header and footer, find title, author, chapters.

Chapters become headings: level 1 is the book's title, 2 a book/part/volume/epilogue, 3 a chapter.
A heading candidate is a one-line block. Pattern headings ("CHAPTER IV", "BOOK ONE: 1805", "Chapter I:
...") count anywhere; an all-capitals line counts when three or more blank lines precede it (the PG
layout for chapter titles). A lone Roman numeral followed by an all-capitals title becomes one heading
("I. THE WORLD IN SPACE"). Tables of contents are runs of candidates with no body text between them:
from such a run only the tail that leads into the text is kept (e.g. "BOOK ONE: 1805", "CHAPTER I").
"""

from __future__ import annotations

import re

from reader.core.loaders.blocks import Block, split_long
from reader.core.loaders.detect import GUTENBERG_END as _END
from reader.core.loaders.detect import GUTENBERG_START as _START
from reader.core.loaders.text import RawBlock, list_block, paragraphs, wrap_width

_FIRST_LINE = re.compile(
    r"The Project Gutenberg E-?(?:Book|text) of (?P<title>[^\n]+?), by (?P<author>[^\n]+?)"
    r"(?:\s*\n| This e-?book| \*|$)",
    re.IGNORECASE,
)
_META = re.compile(
    r"^(Title|Author|Translator|Editor|Release Date|Language|Produced by|Character set encoding)"
    r":\s*(.*)$",
    re.MULTILINE,
)
_META_LINE = re.compile(r"[A-Z][A-Za-z ]{1,30}:( |$)")
_PART = re.compile(
    r"^(?:(?:BOOK|PART|VOLUME|EPILOGUE)\b|(?:FIRST|SECOND|THIRD|FOURTH|FINAL) (?:EPILOGUE|PART|BOOK)\b"
    r"|(?:Book|Part|Volume) (?:[IVXLC]+|\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)"
)
_CHAPTER = re.compile(r"^(?:CHAPTER|Chapter|CHAP\.)\s+(?:[IVXLCDM]+|\d+|[A-Z][A-Za-z-]+)\b")
_ROMAN = re.compile(r"^(?:[IVXLC]+|\d{1,3})\.?$")
_PAGE_MARK = re.compile(r"[ \t]*\{(?:\d{1,4}|[ivxlc]{1,8})\}[ \t]*")
_PRODUCED = re.compile(r"^(?:Produced|Prepared|Transcribed|E-?text prepared) by\b", re.IGNORECASE)
_ILLUSTRATION = re.compile(r"\[Illustrations?\b")  # "[Illustration: THE STEAMBOAT: _CLERMONT_, 1807, U.S.A.]"
_NOTE = re.compile(r"\[(?:Footnote|Note|Sidenote)\b[^\]\n]{0,20}:")  # "[Footnote 18: ...]": set smaller
_BODY_CHARS = 120  # a paragraph this long is body text, not part of a table of contents


def metadata(text: str) -> dict[str, str]:
    """Title and author from the PG header lines ("Title: ...", "Author: ...")."""
    found: dict[str, str] = {}
    for m in _META.finditer(text[:20000]):
        key = m.group(1).lower()
        if key not in found and m.group(2).strip():
            found[key] = m.group(2).strip()
    if "title" not in found:  # "The Project Gutenberg EBook of War and Peace, by Leo Tolstoy"
        first = _FIRST_LINE.search(text[:2000])
        if first:
            found["title"] = first.group("title").strip()
            found.setdefault("author", first.group("author").strip())
    return found


def strip_licence(text: str) -> str:
    """The book without its PG header (up to the START line) and footer (from the END line)."""
    start = _START.search(text[:40000])
    text = text[start.end() :] if start else _strip_meta_preamble(text)
    end = _END.search(text, max(0, len(text) - 200000))
    if end:
        text = text[: end.start()]
    return text


def _strip_meta_preamble(text: str) -> str:
    """Without a START line, drop leading "Key: value" header blocks (Title:, Author:, ...)."""
    pos = 0
    while True:
        while text.startswith("\n", pos):
            pos += 1
        nxt = text.find("\n\n", pos)
        if nxt < 0 or not _META_LINE.match(text, pos):
            return text[pos:]
        pos = nxt


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _candidate(block: RawBlock) -> int:
    """0 for body text, else the heading level the one-line block would have."""
    if len(block.lines) != 1:
        return 0
    line = block.lines[0].strip().strip("_")
    if len(line) > 100 or line.endswith((",", ";")):
        return 0
    if _PART.match(line):
        return 2
    if _CHAPTER.match(line):
        return 3
    if block.gap >= 3 and _is_caps(line) and not line.endswith(":"):
        return 3
    return 0


def book_blocks(body: str, title: str | None) -> list[Block]:
    """Blocks of a PG book body (licence already stripped) with chapter headings marked."""
    from reader.core.loaders.text import raw_blocks

    if len(_PAGE_MARK.findall(body, 0, 200000)) >= 10:  # PG page numbers "{12}" in the text
        body = _PAGE_MARK.sub(lambda m: " " if m.group().strip() != m.group() else "", body)
    raws = raw_blocks(body)
    while raws and _PRODUCED.match(raws[0].lines[0]):
        del raws[0]
    width = wrap_width(raws)
    kinds = [_candidate(b) for b in raws]
    # "I" + "THE WORLD IN SPACE": merge a lone numeral with the capitals title after it.
    for i in range(len(raws) - 1):
        if len(raws[i].lines) == 1 and _ROMAN.match(raws[i].lines[0].strip()) and raws[i].gap >= 2:
            nxt = raws[i + 1]
            if len(nxt.lines) == 1 and _is_caps(nxt.lines[0]) and len(nxt.lines[0]) <= 100:
                num = raws[i].lines[0].strip().rstrip(".")
                raws[i + 1] = RawBlock(nxt.gap, [f"{num}. {nxt.lines[0].strip()}"])
                raws[i] = RawBlock(raws[i].gap, [])
                kinds[i], kinds[i + 1] = 0, 3
    _drop_toc_runs(raws, kinds)
    out: list[Block] = []
    norm_title = " ".join((title or "").lower().split())
    title_at = -1
    for i, raw in enumerate(raws[:12]):
        if len(raw.lines) == 1 and " ".join(raw.lines[0].split()).strip("_ ").lower() == norm_title:
            title_at = i
            break
    if title_at < 0 and title:
        out.append(Block(" ".join(title.split()), 1))
    short = width * 0.6
    append = out.append
    for i, (raw, kind) in enumerate(zip(raws, kinds, strict=True)):
        lines = raw.lines
        if not lines:
            continue
        if kind or i == title_at:
            line = " ".join(lines[0].split()).strip("_ ")
            append(Block(line, 1) if i == title_at else Block(line.rstrip(".") or line, kind))
        elif width and len(lines) > 1 and min(map(len, lines[:-1])) >= short and not list_block(lines):
            append(Block(" ".join(" ".join(lines).split())))  # the common case: one wrapped paragraph
        else:
            out.extend(Block(p) for p in paragraphs(raw, width))
    return [_styled(b) for b in split_long(out)]


def _styled(block: Block) -> Block:
    """A footnote paragraph is a "note" (set smaller); an "[Illustration: ...]" is a picture's "caption"."""
    if _NOTE.match(block.text):
        return Block(block.text, styles=((0, len(block.text), "note"),))
    if _ILLUSTRATION.match(block.text):
        return Block(block.text, styles=((0, len(block.text), "caption"),))
    return block


def _drop_toc_runs(raws: list[RawBlock], kinds: list[int]) -> None:
    """In each run of candidates without body text between them keep only the tail leading into text."""
    run: list[int] = []
    for i, raw in enumerate(raws):
        if kinds[i]:
            run.append(i)
            continue
        lines = raw.lines
        if not lines or (len(lines) < 3 and sum(map(len, lines)) < _BODY_CHARS):
            continue  # short lines (epigraphs, dates, stray numbers) do not end a run
        _keep_tail(run, kinds)
        run = []
    _keep_tail(run, kinds)


def _keep_tail(run: list[int], kinds: list[int]) -> None:
    if len(run) < 2:
        return
    keep = run[-1]
    level = kinds[keep]
    for i in reversed(run[:-1]):
        if kinds[i] < level:
            level = kinds[i]
        else:
            kinds[i] = 0


_BLOCK_START = re.compile(r"\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG", re.IGNORECASE)
_BLOCK_END = re.compile(r"\*{3}\s*END OF (THE|THIS) PROJECT GUTENBERG|^End of (the )?Project Gutenberg", re.I)


def licence_span(blocks: list[Block]) -> tuple[int, int]:
    """``(start, end)`` block indices of a PG book's body inside HTML/EPUB blocks (all if no markers)."""
    start = 0
    for i, b in enumerate(blocks[: max(50, len(blocks) // 5)]):
        if _BLOCK_START.search(b.text):
            start = i + 1
            break
    end = len(blocks)
    for i in range(len(blocks) - 1, max(start, len(blocks) - max(400, len(blocks) // 5)) - 1, -1):
        if _BLOCK_END.search(blocks[i].text):
            end = i
    while start < end and _PRODUCED.match(blocks[start].text):
        start += 1
    return start, end
