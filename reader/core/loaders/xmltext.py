"""XML files (RSS/Atom feeds and other data): their text, one element per paragraph, not the markup.

Feeds get structure: the channel/feed title is the title (level 1) and each item/entry title a
heading (level 3) followed by its description, date and category; links, GUIDs, image URLs and
other plumbing elements are left out. Other XML shows each element's text as a paragraph. The
encoding comes from the XML declaration (lxml decodes it, e.g. KOI8-R). Parsing is safe: recovering
parser, no DTD, no entity expansion, no network. A file lxml cannot read falls back to plain text.
"""

from __future__ import annotations

import codecs
import contextlib
import re

from reader.core.document import Document
from reader.core.loaders.blocks import Block, assemble, clean_inline
from reader.core.loaders.htmlwalk import localname

_PLUMBING = frozenset(
    [
        "link",
        "guid",
        "url",
        "width",
        "height",
        "enclosure",
        "comments",
        "docs",
        "generator",
        "ttl",
        "cloud",
        "textinput",
        "skiphours",
        "skipdays",
        "managingeditor",
        "webmaster",
        "id",
        "icon",
        "logo",
    ]
)
_ITEMS = frozenset({"item", "entry"})
_TAGS = re.compile(r"<[^>]{0,2000}>")


def parse_xml(raw: bytes) -> object | None:
    """The root element, or None when lxml cannot make sense of the bytes."""
    from lxml import etree

    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )
    try:
        return etree.fromstring(raw, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def document_from_xml(root: object, *, source: str | None, name: str) -> Document | None:
    """A Document of the XML tree's text, or None when it has no text (caller falls back)."""
    from lxml import etree

    blocks: list[Block] = []
    title = ""
    in_item = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = localname(el.tag)
        if not tag:  # comments, processing instructions, unexpanded entity references
            continue
        if tag in _ITEMS:
            in_item += 1 if event == "start" else -1
            continue
        if event != "start" or tag in _PLUMBING:
            continue
        text = clean_inline(_TAGS.sub(" ", el.text or ""))
        if not text:
            continue
        if tag == "title" and not in_item and not title:
            title = text
            blocks.append(Block(text, 1))
        elif tag == "title" and in_item:
            blocks.append(Block(text, 3))
        elif tag != "title":
            blocks.append(Block(text))
    if not any(b.text for b in blocks):
        return None
    text, headings, toc = assemble(blocks)
    encoding = root.getroottree().docinfo.encoding or "utf-8"  # type: ignore[attr-defined]
    with contextlib.suppress(LookupError):
        encoding = codecs.lookup(encoding).name
    return Document(
        text=text, title=title or name.rsplit(".", 1)[0], source=source, format="xml", encoding=encoding,
        headings=headings, toc=toc,
    )  # fmt: skip
