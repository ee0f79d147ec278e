"""Walk an lxml tree (HTML, XHTML, or trafilatura's XML) into paragraph and heading blocks.

The walk is iterative (``lxml.etree.iterwalk``), so deeply nested markup cannot exhaust the Python
stack. Scripts, styles, forms and other non-text elements are skipped with everything inside them;
nothing is fetched and nothing is run: the tree is only read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.loaders.blocks import Block, clean_inline

HTML_BLOCK = frozenset(
    [
        "p",
        "div",
        "li",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "figure",
        "figcaption",
        "table",
        "tr",
        "dl",
        "dt",
        "dd",
        "ul",
        "ol",
        "address",
        "center",
        "body",
        "html",
        "form",
        "fieldset",
        "hr",
        "caption",
        "details",
        "summary",
        "nav",
        "tbody",
        "thead",
        "tfoot",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    ]
)
HTML_SKIP = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "title",
        "meta",
        "link",
        "iframe",
        "object",
        "embed",
        "button",
        "select",
        "input",
        "textarea",
        "canvas",
        "audio",
        "video",
        "map",
        "area",
        "source",
        "track",
        "picture",
        "dialog",
    ]
)
# trafilatura's XML output vocabulary
TEI_BLOCK = frozenset(["doc", "main", "comments", "p", "head", "item", "list", "quote", "row", "table", "code", "lb"])
TEI_SKIP = frozenset(["graphic", "ref-list"])

_HEADING = re.compile(r"^h([1-6])$")
_ROMAN = re.compile(r"^(?:[IVXLC]+|\d{1,3})\.?$")

HeadingLevel = Callable[[object, str], int]


def localname(tag: object) -> str:
    """Lower-case local tag name ("p" for "{http://www.w3.org/1999/xhtml}p"); "" for comments."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def html_heading_level(el: object, name: str) -> int:
    """h1 -> 1, h2 -> 2, h3..h6 -> 3; a heading right after an image is its caption (0)."""
    m = _HEADING.match(name)
    if not m:
        return 0
    prev = el.getprevious()  # type: ignore[attr-defined]
    if prev is not None and localname(prev.tag) == "img":
        return 0
    return min(int(m.group(1)), 3)


def html_caption(el: object, name: str) -> bool:
    """Whether an element is a picture's caption: ``<figcaption>``, a heading right after an image (a Project
    Gutenberg book's "THE EXECUTION OF MARIE ANTOINETTE, ... OCTOBER 16, 1793"), or a class naming it."""
    if name == "figcaption":
        return True
    if _HEADING.match(name):
        prev = el.getprevious()  # type: ignore[attr-defined]
        if prev is not None and localname(prev.tag) == "img":
            return True
    return name in ("p", "div", "span") and "caption" in (el.get("class") or "").lower()  # type: ignore[attr-defined]


def walk(
    root: object,
    *,
    block_tags: frozenset[str] = HTML_BLOCK,
    skip_tags: frozenset[str] = HTML_SKIP,
    heading_level: HeadingLevel = html_heading_level,
    caption: Callable[[object, str], bool] = html_caption,
    skip: Callable[[object], bool] | None = None,
    anchors: dict[str, int] | None = None,
) -> list[Block]:
    """Blocks of ``root``'s readable text in document order; a caption's (``caption``) are styled "caption".

    With ``anchors``, every element ``id`` (and ``<a name>``) is recorded with the index of the block
    it starts or falls in, for resolving links such as TOC targets.
    """
    from lxml import etree

    blocks: list[Block] = []
    buf: list[str] = []
    levels: dict[int, int] = {}
    skipped: set[int] = set()
    captions: set[int] = set()  # the caption elements the walk is inside

    def flush(level: int = 0) -> None:
        text = clean_inline("".join(buf))
        while text.endswith(" |"):  # a row's empty last cells: "1043. | Russian fleet threatened Constantinople. |"
            text = text[:-2].rstrip()
        buf.clear()
        if text and text != "•":
            styled = ((0, len(text), "caption"),) if captions and not level else ()
            blocks.append(Block(text, level, styles=styled))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        name = localname(el.tag)
        if event == "start":
            if not name or name in skip_tags or (skip is not None and skip(el)):
                skipped.add(id(el))
                walker.skip_subtree()
                continue
            if anchors is not None:
                ident = el.get("id") or (el.get("name") if name == "a" else None)
                if ident and ident not in anchors:
                    anchors[ident] = len(blocks)
            if caption(el, name):
                flush()
                captions.add(id(el))
            level = heading_level(el, name)
            if level:
                flush()
                levels[id(el)] = level
            elif name in block_tags or name in ("br", "lb"):
                flush()
                if name in ("li", "item"):
                    buf.append("• ")
            elif name in ("td", "th", "cell") and any(part.strip() for part in buf):
                buf.append(" | ")
            if el.text:
                buf.append(el.text)
        else:
            key = id(el)
            if key in skipped:
                skipped.discard(key)
            elif key in levels:
                flush(levels.pop(key))
            elif name in block_tags:
                flush()
            if key in captions:
                flush()
                captions.discard(key)
            if el.tail:
                buf.append(el.tail)
    flush()
    return blocks if anchors is not None else merge_numbered_headings(blocks)


def merge_numbered_headings(blocks: list[Block]) -> list[Block]:
    """A heading that is only a numeral, followed by a heading, becomes "XIV. TITLE" (books)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.level and _ROMAN.match(b.text) and i + 1 < len(blocks) and blocks[i + 1].level:
            out.append(Block(f"{b.text.rstrip('.')}. {blocks[i + 1].text}", b.level))
            i += 2
            continue
        out.append(b)
        i += 1
    return out
