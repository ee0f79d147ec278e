"""Plain text: decoding bytes in any common encoding, newline normalisation, and paragraph blocks.

Decoding order: a BOM decides (UTF-8, UTF-16, UTF-32); else strict UTF-8 (the fast path, most files);
else charset-normalizer on the bytes. Binary data (NUL and other control bytes) is refused.

Paragraphs: a run of lines between blank lines is one paragraph when the text is hard-wrapped (as in
Project Gutenberg books: most lines end near a fixed width); a line that ends well short of that width
ends its paragraph (verse, lists, tables of contents keep their lines). Text that is not hard-wrapped
(one paragraph per line, as saved or pasted web text) keeps every line as its own paragraph.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from reader.core.document import DocumentError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never occur in text (TAB, LF, FF, CR and ESC excluded).
_BINARY_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32)])
_PREFERRED = {e: i for i, e in enumerate(("utf_8", "cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r"))}
_ODD_BREAKS = re.compile(r"[\v\f\x85\u2028\u2029]")
_BLANK_RUN = re.compile(r"(\n(?:[ \t]*\n)+)")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# "  Nebula seen Edge-on      3", "  I.    THE WORLD IN SPACE     1": words, a run of blanks, a page number
_PAGE_AT_END = re.compile(r"(?<![ \t])[ \t]{2,}(\d{1,4})(?:-\d{1,4})?$")
_WORD_CHARS = re.compile(r"[^\W\d_]{2}")
_ROW_CHARS = 200  # a longer line is no entry of a list of contents
_PAGE_HEADING = re.compile(r"\bpages?\s*$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"(?:\d{1,4}(?:-\d{1,4})?\.|[-*•])\s")  # "745. ", "1854-56. ", "- ", "• "
_HYPHEN_WRAP = re.compile(r"(?<=[^\W_])-\n(?=([^\W_]))")
_ODD_BREAK_CHARS = "\v\f\x85\u2028\u2029"
_CONTROL_CHARS = "".join(map(chr, [*range(0, 9), *range(14, 32), 127]))


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    bad = sum(sample.count(bytes([b])) for b in _BINARY_BYTES)
    return bad > max(8, len(sample) // 100)


def decode_bytes(raw: bytes, name: str = "file") -> tuple[str, str]:
    """Decode ``raw`` to text; return ``(text, encoding)`` or raise DocumentError for binary data."""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError:
                raise DocumentError(f"{name}: broken {enc.upper()} text (invalid bytes after the BOM)") from None
    if _looks_binary(raw[:65536]):
        raise DocumentError(f"{name} looks like a binary file, not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw, steps=8, chunk_size=2048))
    if not matches:
        raise DocumentError(f"{name}: cannot tell which text encoding this file uses")
    best = matches[0]
    # Equally good guesses (same chaos and coherence): prefer the encodings people actually use.
    ties = [m for m in matches if m.chaos <= best.chaos + 0.005 and m.coherence >= best.coherence - 0.01]
    enc = min(ties, key=lambda m: _PREFERRED.get(m.encoding, len(_PREFERRED))).encoding
    if enc in ("latin_1", "iso8859_1") and any(0x80 <= b <= 0x9F for b in raw):
        enc = "cp1252"  # C1 controls in "Latin-1" text are really Windows-1252 punctuation
    return raw.decode(enc, errors="replace"), codecs.lookup(enc).name


def normalize_newlines(text: str) -> str:
    """CRLF, CR and Unicode line/paragraph separators become ``\\n``; stray control characters go."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # ``in`` scans are ~30x faster than a regex search over a 3 MB string
    if any(c in text for c in _ODD_BREAK_CHARS):
        text = _ODD_BREAKS.sub("\n", text)
    if any(c in text for c in _CONTROL_CHARS):
        text = _CONTROL.sub("", text)
    return text.lstrip("\ufeff")


@dataclass(slots=True)
class RawBlock:
    """A run of non-blank lines in plain text, with how many blank lines preceded it."""

    gap: int
    lines: list[str]


def raw_blocks(text: str) -> list[RawBlock]:
    """Split normalised text into runs of non-blank lines (trailing spaces removed)."""
    parts = _BLANK_RUN.split("\n" + text + "\n")
    out: list[RawBlock] = []
    # parts alternates: text, separator, text, ...; the first and last chunks may be empty
    gap = 0
    for i, chunk in enumerate(parts):
        if i % 2:
            gap = chunk.count("\n") - 1
            continue
        if chunk.strip():
            lines = [line.rstrip() for line in chunk.strip("\n").split("\n")]
            out.append(RawBlock(gap, lines))
    return out


def wrap_width(blocks: list[RawBlock]) -> int:
    """The width text was hard-wrapped at, or 0 when it was not (long lines: a paragraph per line)."""
    lengths = sorted(len(line) for b in blocks[:4000] for line in b.lines if len(b.lines) > 1)
    if len(lengths) < 20:
        return 0
    p90 = lengths[int(len(lengths) * 0.9)]
    longest = lengths[-1] if len(lengths) < 200 else lengths[int(len(lengths) * 0.995)]
    if p90 > 100 or longest > 160:
        return 0
    return p90


def paragraphs(block: RawBlock, width: int) -> list[str]:
    """Turn one raw block into paragraph strings, unwrapping hard-wrapped lines."""
    lines = block.lines
    if leader_rows(lines):
        return _leader_items(lines)
    if width <= 0 or len(lines) == 1:
        return [" ".join(line.split()) for line in lines]
    items = _hanging_items(lines)
    if items is not None:
        return [_unwrap(item) for item in items]
    short = _column_width(lines, width) * 0.6
    if min(map(len, lines[:-1])) >= short:  # the common case: one wrapped paragraph
        return [_unwrap(lines)]
    out: list[str] = []
    cur: list[str] = []
    for line in lines:
        cur.append(line)
        if len(line) < short:
            out.append(_unwrap(cur))
            cur = []
    if cur:
        out.append(_unwrap(cur))
    return out


def _column_width(lines: list[str], width: int) -> int:
    """The width a block was wrapped at: the text's, or a narrower one of its own when its lines run on into
    each other (an old newspaper's column in a file of articles set at different widths: "turned up for a
    private\nview of David Strachan's\nexhibition of paintings at"). Verse, headings and lists start their
    lines with capitals and break no word at a line's end: they keep the text's width, and their short lines
    stay lines."""
    if len(lines) < _COLUMN_LINES:
        return width
    lengths = sorted(len(line) for line in lines[:-1])
    own = lengths[int(len(lengths) * 0.9)]
    if own >= width * 0.75:
        return width
    broken = sum(1 for line in lines[:-1] if _WORD_BROKEN.search(line))  # "Syd-\nney": verse breaks no word
    runs_on = sum(1 for nxt in lines[1:] if nxt.lstrip()[:1].islower())
    return own if broken >= 2 or runs_on * 2 >= len(lines) - 1 else width


_COLUMN_LINES = 8
_WORD_BROKEN = re.compile(r"[^\W\d_]-$")


def list_block(lines: list[str]) -> bool:
    """Whether a block is a list that keeps a paragraph per entry (``leader_rows`` or a hanging indent), however
    long its lines: not one wrapped paragraph."""
    first = lines[0][:1]
    if not (first.isspace() or first.isdigit() or first in "-*•") and not (
        lines[-1][-1:].isdigit() or lines[-2][-1:].isdigit()
    ):
        return False  # the quick test (most blocks are prose): no indent, no item, no page number
    return leader_rows(lines) or _hanging_items(lines) is not None


def leader_rows(lines: list[str]) -> bool:
    """Whether a block is a list with its page numbers set off at the right (a table of contents, a list of
    illustrations: "  Nebula seen Edge-on                       3"): a paragraph per line, without its page
    number (a reader has no pages). Padded to the width of the text, its lines would pass for a wrapped
    paragraph. Most of its lines end in a page number, and the numbers never go down: a table of figures does
    not read so ("Rubbers    (Pair)    2.50    500")."""
    if len(lines) < 3 or not (lines[-1][-1:].isdigit() or lines[-2][-1:].isdigit()):
        return False  # a list of contents ends in a page number (a paragraph seldom does): the quick test
    if sum(line[-1:].isdigit() for line in lines) * 2 <= len(lines):
        return False
    pages = [row[1] for line in lines if (row := _page_row(line)) is not None]
    return len(pages) >= 3 and len(pages) * 2 > len(lines) and pages == sorted(pages)


def _page_row(line: str) -> tuple[str, int] | None:
    """A contents line's words and page number: ("  Nebula seen Edge-on", 3) for "  Nebula seen Edge-on      3"."""
    if len(line) > _ROW_CHARS:
        return None
    page = _PAGE_AT_END.search(line)
    if page is None or _WORD_CHARS.search(line, 0, page.start()) is None:
        return None
    return line[: page.start()], int(page.group(1))


def _leader_items(lines: list[str]) -> list[str]:
    """The entries of a ``leader_rows`` block without their page numbers; an entry wrapped over lines ends at
    the line with its page number ("LVI. THE UNEASY PEACE IN EUROPE THAT FOLLOWED" / "THE FALL OF NAPOLEON
    349"), and a column's heading ("CHAPTER    PAGE") stands alone."""
    out: list[str] = []
    cur: list[str] = []
    for line in lines:
        row = _page_row(line)
        if row is None and _PAGE_HEADING.search(line):
            out += [" ".join(" ".join(cur).split())] if cur else []
            out.append(" ".join(line.split()))
            cur = []
            continue
        cur.append(line if row is None else row[0])
        if row is not None:
            out.append(" ".join(" ".join(cur).split()))
            cur = []
    return out + ([" ".join(" ".join(cur).split())] if cur else [])


def _hanging_items(lines: list[str]) -> list[list[str]] | None:
    """The items of a list set with a hanging indent: each starts at the block's margin with a number or a
    bullet, and its wrapped lines are indented further (Wells's chronology: "  745. Tiglath Pileser III
    conquered Babylonia and founded the New" over "    Assyrian Empire." and "  722. Sargon II ..."). The first
    line may be the list's heading ("B.C."), and one line in ten at the margin may continue an item (a typo of
    the indent: "  took and pillaged Rome."). None for any other block: prose, a block quote indented as a
    whole, a list without wrapped lines (``paragraphs`` splits that by its short lines)."""
    if not lines[0][:1].isspace() and not _LIST_ITEM.match(lines[0]):
        return None  # the quick test: a list set in from the margin, or one whose first line is an item
    indents = [len(line) - len(line.lstrip()) for line in lines]
    margin = min(indents)
    if indents[0] != margin or margin == max(indents):
        return None
    items: list[list[str]] = []
    strays = 0
    for line, indent in zip(lines, indents, strict=True):
        if items and (indent > margin or not _LIST_ITEM.match(line, margin)):
            items[-1].append(line)
            strays += indent == margin
        else:
            items.append([line])
    return items if len(items) > 2 and strays * 10 <= len(items) else None


def _unwrap(lines: list[str]) -> str:
    """Hard-wrapped lines as one line. A word broken at a line end is joined again, as the PDF loader joins it:
    without the hyphen before a lowercase letter ("enter-\ntainment" is "entertainment"; old newspapers set in
    narrow columns break a word every few lines), with it otherwise ("1914-\n1918", "Shi-\nHwang-ti")."""
    joined = "\n".join(line.strip() for line in lines)
    return " ".join(_HYPHEN_WRAP.sub(lambda m: "" if m.group(1).islower() else "-", joined).split())
