"""Markdown: rendered structure, not markup. Parsed with markdown-it-py (CommonMark plus tables).

Headings become headings (``#`` -> 2 and ``##`` -> 3 when the document has a single ``#`` title that we
make level 1; otherwise ``#`` is 2 and deeper levels are 3). Paragraphs, list items ("• " or "1. "),
block quotes, table rows and code blocks (one paragraph per line) become paragraphs. Inline markup is
rendered to its text: emphasis markers vanish, links show their text and never their URL, images show
their alt text, raw HTML tags are dropped.
"""

from __future__ import annotations

import itertools
import re

from reader.core.document import Document, DocumentError
from reader.core.loaders.blocks import Block, assemble, clean_inline, styles

_WS = re.compile(r"\s+")
_DASH_RULE = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")  # pandoc simple table: "------ ------ -----"
_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")  # pandoc grid table: "+------+------+"


def pandoc_tables(text: str) -> str:
    """Pandoc's simple and grid tables rewritten as pipe tables, which the parser reads row by row.

    CommonMark has neither: a simple table would run its rows together into one paragraph and a grid table
    would show its borders ("+-----+"). Wikipedia articles exported by pandoc are full of them ("966  April 14
    Baptism of Poland"). Columns come from the dash groups or the ``+`` of the border; a grid row's cells
    join their lines.
    """
    lines = text.split("\n")
    if not any(_DASH_RULE.match(line) or _GRID_RULE.match(line) for line in lines):
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _GRID_RULE.match(line):
            rows, i = _grid_rows(lines, i)
            out += _pipe_table(rows) if rows else [line]
            continue
        if i + 2 < len(lines) and line.strip() and _DASH_RULE.match(lines[i + 1]) and lines[i + 2].strip():
            rows, i = _simple_rows(lines, i)
            out += _pipe_table(rows)
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _columns(rule: str, mark: str) -> list[tuple[int, int]]:
    """The (start, end) of each column under a border: runs of ``mark`` characters."""
    return [(m.start(), m.end()) for m in re.finditer(mark, rule)]


def _simple_rows(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The header at ``i``, its dash rule, and the rows up to a blank line; the index after the table."""
    spans = _columns(lines[i + 1], r"-+")
    rows = []
    j = i
    while j < len(lines) and lines[j].strip():
        if not _DASH_RULE.match(lines[j]):
            cells = [lines[j][a : (b if k < len(spans) - 1 else None)] for k, (a, b) in enumerate(spans)]
            rows.append([" ".join(c.split()) for c in cells])
        j += 1
    return rows, j


def _grid_rows(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The rows of a grid table starting at the border ``i`` (each row's cells joined across its lines)."""
    bars = [m.start() for m in re.finditer(r"\+", lines[i])]
    spans = list(itertools.pairwise(bars))
    rows: list[list[str]] = []
    cells: list[list[str]] = [[] for _ in spans]
    j = i + 1
    while j < len(lines) and (lines[j].lstrip().startswith("|") or _GRID_RULE.match(lines[j])):
        if _GRID_RULE.match(lines[j]):
            if any(cells):
                rows.append([_cell_text(c) for c in cells])
            cells = [[] for _ in spans]
        else:
            for k, (a, b) in enumerate(spans):
                cells[k].append(lines[j][a + 1 : b])
        j += 1
    return rows, j


# a wiki's cross-reference in a paragraph of its own: "See Botswana–Russia relations", "See also: Cold War"
_HATNOTE = re.compile(r"(?:See(?:\s+also)?|Main articles?|Further information):?\s+[A-Z][^.!?]{0,100}")
_PARAGRAPH_STOPS = (".", "!", "?", ":", ";", ")", "]", "”", '"')


def _cell_text(lines: list[str]) -> str:
    """A grid cell's lines as one line; a blank line in the cell ends a paragraph, and so its sentence ("The
    FOREIGN RELATIONS ..." over "The two countries ..."); a paragraph that is only a cross-reference goes ("See
    Botswana–Russia relations" over "Botswana and the Soviet Union initiated ...")."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]
    paragraphs = [p for p in paragraphs if not _HATNOTE.fullmatch(p)] or paragraphs
    last = len(paragraphs) - 1
    return " ".join(p if k == last or p.endswith(_PARAGRAPH_STOPS) else p + "." for k, p in enumerate(paragraphs))


def _pipe_table(rows: list[list[str]]) -> list[str]:
    """A pipe table (blank lines around it) with ``rows[0]`` as its header."""
    width = max(len(r) for r in rows)

    def row(cells: list[str]) -> str:
        cells = [c.replace("|", "\\|") for c in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(cells) + " |"

    return ["", row(rows[0]), "|" + "---|" * width, *(row(r) for r in rows[1:]), ""]


# A wiki export's image caption left in the text: "... had passed. Leszek Miller, 2002]] During the Iraq ...".
_CAPTION_END = re.compile(r"\]\](?!\])\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\[\d+\])*\s+")


# The blanks before a template are bounded: an unbounded "\s*" first is tried again at every blank of a long
# run (a grid table's padding) and took seconds on a wiki export.
_WIKI_SEPARATOR = re.compile(r"[ \t]{0,8}\{\{\s*(?:·|•|middot|dot|bull)\s*\}\}\s*")
_WIKI_MAGIC_WORD = re.compile(
    r"[ \t]{0,8}__(?:NOTOC|TOC|FORCETOC|NOEDITSECTION|NEWSECTIONLINK|NOGALLERY|INDEX|NOINDEX)__"
)


def wiki_magic(text: str) -> str:
    """``text`` without what a wiki conversion left of MediaWiki's markup for the page itself: separator
    templates between links ("5th{{·}}6th{{·}}7th" is "5th · 6th · 7th") and magic words ("__NOTOC__")."""
    if "{{" not in text and "__" not in text:
        return text
    return _WIKI_MAGIC_WORD.sub("", _WIKI_SEPARATOR.sub(" · ", text))


def drop_wiki_captions(text: str) -> str:
    """``text`` without the captions a wiki conversion left in it, each from its sentence start to its "]]".

    The "[[File:...|caption]]" markup lost its start, so the caption runs into the paragraph and its date
    into the timeline ("(1952), Peng Dehuai (1950–1952) and Deng Hua (1952–1953)]] In a series of emergency
    meetings that lasted from 2 to 5 October" put those meetings in 1952). A "]]" after a bracket of its own
    ("x[i[0]]") is left alone.
    """
    if "]]" not in text:
        return text
    out: list[str] = []
    pos = 0
    for m in _CAPTION_END.finditer(text):
        start = pos
        for b in _SENTENCE_END.finditer(text, pos, m.start()):
            start = b.end()
        if "[" in text[start : m.start()] or "]" in text[start : m.start()]:
            continue  # a bracket of its own: code or a link, not a caption's lost start
        out.append(text[pos:start])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out).strip()


def markdown_blocks(text: str) -> list[Block]:
    """Blocks of a Markdown document, with raw heading levels (1..6) for now."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    tokens = md.parse(pandoc_tables(wiki_magic(text)))
    blocks: list[Block] = []
    lists: list[list[int]] = []  # stack of [ordered?, counter]
    heading = 0
    row: list[str] = []
    in_row = False
    prefix = ""
    for tok in tokens:
        t = tok.type
        if t == "heading_open":
            heading = int(tok.tag[1])
        elif t == "heading_close":
            heading = 0
        elif t in ("bullet_list_open", "ordered_list_open"):
            start = int(tok.attrGet("start") or 1) if t == "ordered_list_open" else 0
            lists.append([1 if t == "ordered_list_open" else 0, start])
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "list_item_open" and lists:
            top = lists[-1]
            prefix = f"{top[1]}. " if top[0] else "• "
            top[1] += 1
        elif t == "tr_open":
            in_row, row = True, []
        elif t == "tr_close":
            in_row = False
            blocks.append(Block(clean_inline(" | ".join(c for c in row if c))))
        elif t == "inline":
            content, spans = render_styled(tok.children or [])
            if not heading and "]]" in content:
                uncaptioned = drop_wiki_captions(content)
                if uncaptioned != content:
                    content, spans = uncaptioned, ()  # its emphasis no longer lines up: the text is what counts
            if in_row:
                row.append(content)
            elif heading:
                blocks.append(Block(content, heading, styles=spans))
            else:
                shift = len(prefix)
                blocks.append(Block(prefix + content, styles=tuple((s + shift, e + shift, k) for s, e, k in spans)))
                prefix = ""
        elif t in ("fence", "code_block"):
            prefix = ""
            blocks.extend(Block(line.rstrip()) for line in tok.content.split("\n") if line.strip())
        elif t == "html_block":
            continue
    return [b for b in blocks if b.text]


def render_inline(children: list) -> str:
    """The visible text of inline tokens: no markers, no URLs, no tags (whitespace collapsed)."""
    return render_styled(children)[0]


def render_styled(children: list) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """Visible text of inline tokens plus its emphasis spans ``(start, end, kind)``.

    Whitespace is collapsed while the text is built, so the spans index the returned string exactly.
    """
    parts: list[str] = []
    length = 0  # len("".join(parts)), kept as we go (no quadratic string building)
    spans: list[tuple[int, int, str]] = []
    open_at: dict[str, list[int]] = {"em": [], "strong": []}

    def add(piece: str) -> int:
        nonlocal length
        piece = _WS.sub(" ", piece)
        if not parts or parts[-1].endswith(" "):
            piece = piece.lstrip(" ")
        if piece:
            parts.append(piece)
            length += len(piece)
        return len(piece)

    for child in children:
        t = child.type
        if t == "text":
            add(child.content)
        elif t == "code_inline":
            n = add(child.content)
            spans.append((length - n, length, "code"))
        elif t in ("softbreak", "hardbreak"):
            add(" ")
        elif t == "image":
            add(render_inline(child.children or []) or child.content)
        elif t in ("em_open", "strong_open"):
            open_at[t.removesuffix("_open")].append(length)
        elif t in ("em_close", "strong_close") and open_at[t.removesuffix("_close")]:
            kind = t.removesuffix("_close")
            spans.append((open_at[kind].pop(), length, kind))
    text = "".join(parts).rstrip(" ")
    end = len(text)
    return text, tuple((s, min(e, end), k) for s, e, k in spans if min(e, end) > s)


# A static site's front matter: "---" (YAML) or "+++" (TOML) lines around "key: value" fields, first in the file
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The fields of a front matter block opening ``text`` ("title", "date", "author", lowercased keys, quotes
    taken off) and the text after it; ({}, text) when there is none. The block's first line must be a field,
    so a thematic break ("---") over a paragraph stays text."""
    m = _FRONT_MATTER.match(text)
    if m is None:
        return {}, text
    lines = [line for line in m.group(2).split("\n") if line.strip()]
    if not lines or not _FIELD.match(lines[0]):
        return {}, text
    fields: dict[str, str] = {}
    for line in lines:
        if (f := _FIELD.match(line)) is not None and not line[0].isspace():
            fields.setdefault(f.group(1).lower(), f.group(2).strip().strip("\"'"))
    return fields, text[m.end() :]


def _front_date(fields: dict[str, str]) -> str | None:
    """The publication day a front matter gives ("date: 2023-03-14T10:00:00Z", "date: March 14, 2023"), if real."""
    from reader.core.loaders.webtext import find_date

    for key in ("date", "published", "pubdate", "publishdate", "created"):
        if found := find_date(fields.get(key, "")):
            return found
    return None


def document_from_markdown(
    text: str, *, source: str | None = None, encoding: str | None = "utf-8", name: str = "document"
) -> Document:
    """Build a Document from Markdown text (a front matter's title, date and author become the document's)."""
    from reader.core.loaders.text import normalize_newlines

    fields, text = front_matter(normalize_newlines(text))
    blocks = markdown_blocks(text)
    if not blocks:
        raise DocumentError(f"{name} has no text")
    if not any(b.level for b in blocks):  # Markdown-ish text without "#": find plain section titles
        from reader.core.loaders.webtext import section_headings

        found = section_headings([b.text for b in blocks])
        blocks = [Block(b.text, found[i], styles=b.styles) if i in found else b for i, b in enumerate(blocks)]
    levels = [b.level for b in blocks if b.level]
    title = ""
    if levels and levels.count(1) == 1 and blocks[0].level == 1:
        title = blocks[0].text
        blocks = [blocks[0]] + [Block(b.text, min(3, b.level), styles=b.styles) if b.level else b for b in blocks[1:]]
    elif levels:
        top = min(levels)
        blocks = [Block(b.text, min(3, 2 + b.level - top), styles=b.styles) if b.level else b for b in blocks]
    if not title:
        stem = (source or name).replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ")
        title = fields.get("title") or stem
    out, headings, toc = assemble(blocks)
    date = _front_date(fields)
    author = fields.get("author") or None
    return Document(
        text=out, title=title, source=source, format="markdown", encoding=encoding, headings=headings, toc=toc,
        styles=styles(blocks), date=date, genre="news" if date else None,
        author=author if author and not author.startswith("[") else None,
    )  # fmt: skip
