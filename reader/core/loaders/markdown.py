"""Markdown: rendered structure, not markup. Parsed with markdown-it-py (CommonMark plus tables).

Headings become headings (``#`` -> 2 and ``##`` -> 3 when the document has a single ``#`` title that we
make level 1; otherwise ``#`` is 2 and deeper levels are 3). Paragraphs, list items ("• " or "1. "),
block quotes, table rows and code blocks (one paragraph per line) become paragraphs. Inline markup is
rendered to its text: emphasis markers vanish, links show their text and never their URL, images show
their alt text, raw HTML tags are dropped.
"""

from __future__ import annotations

from reader.core.document import Document, DocumentError
from reader.core.loaders.blocks import Block, assemble, clean_inline


def markdown_blocks(text: str) -> list[Block]:
    """Blocks of a Markdown document, with raw heading levels (1..6) for now."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    tokens = md.parse(text)
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
            content = render_inline(tok.children or [])
            if in_row:
                row.append(content)
            elif heading:
                blocks.append(Block(clean_inline(content), heading))
            else:
                blocks.append(Block(prefix + clean_inline(content)))
                prefix = ""
        elif t in ("fence", "code_block"):
            prefix = ""
            blocks.extend(Block(line.rstrip()) for line in tok.content.split("\n") if line.strip())
        elif t == "html_block":
            continue
    return [b for b in blocks if b.text]


def render_inline(children: list) -> str:
    """The visible text of inline tokens: no markers, no URLs, no tags."""
    out: list[str] = []
    for child in children:
        t = child.type
        if t in ("text", "code_inline"):
            out.append(child.content)
        elif t in ("softbreak", "hardbreak"):
            out.append(" ")
        elif t == "image":
            out.append(render_inline(child.children or []) or child.content)
    return "".join(out)


def document_from_markdown(
    text: str, *, source: str | None = None, encoding: str | None = "utf-8", name: str = "document"
) -> Document:
    """Build a Document from Markdown text."""
    from reader.core.loaders.text import normalize_newlines

    blocks = markdown_blocks(normalize_newlines(text))
    if not blocks:
        raise DocumentError(f"{name} has no text")
    levels = [b.level for b in blocks if b.level]
    title = ""
    if levels and levels.count(1) == 1 and blocks[0].level == 1:
        title = blocks[0].text
        blocks = [blocks[0]] + [Block(b.text, min(3, b.level)) if b.level else b for b in blocks[1:]]
    elif levels:
        top = min(levels)
        blocks = [Block(b.text, min(3, 2 + b.level - top)) if b.level else b for b in blocks]
    if not title:
        stem = (source or name).replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ")
        title = stem
    out, headings, toc = assemble(blocks)
    return Document(
        text=out, title=title, source=source, format="markdown", encoding=encoding, headings=headings, toc=toc
    )
