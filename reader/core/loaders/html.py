"""HTML: saved web pages (main-article extraction with trafilatura) and whole books (an lxml walk).

Safety: the page is parsed by lxml with network access off and entities not resolved; nothing is
fetched (images, styles, frames) and no script runs: scripts are dropped unread. libxml2 caps element
nesting, so a page of 100,000 nested elements parses quickly into a shallow tree.

Articles: trafilatura extracts the main text as XML (headings, paragraphs, lists, quotes, tables), which
we walk into blocks; its metadata gives title, author and publication date (``Document.date``, ISO
YYYY-MM-DD, the document creation time). When trafilatura finds nothing, the whole body is walked.
A MediaWiki page (Wikipedia) is dated by its last edit, from the footer ("This page was last edited on
28 October 2016") or its JSON-LD ``dateModified``: the dates its microformats mark as "published" are
the subject's (a company's founding in the infobox), and "currently" in the article means the revision's time.

Books: a page with many headings and a lot of paragraph text (a Project Gutenberg HTML edition) is not
an article; trafilatura is slow on it (2.3 s for a 1 MB book) and may drop chapters, so we walk the
body ourselves, keeping h1-h4 as headings (h1 title, h2 part, h3+ chapter), dropping PG page numbers
and the licence before "*** START OF" and after "*** END OF".
"""

from __future__ import annotations

import codecs
import re

from reader.core.document import Document, DocumentError
from reader.core.loaders.blocks import Block, assemble, clean_inline, styles
from reader.core.loaders.gutenberg import licence_span
from reader.core.loaders.htmlwalk import HTML_SKIP, TEI_BLOCK, TEI_SKIP, walk
from reader.core.loaders.limits import MAX_HTML_BYTES
from reader.core.loaders.webtext import find_date

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_PG_TITLE = re.compile(r"^The Project Gutenberg (?:e-?book|e-?text) of (.+?)(?:, by (.+))?$", re.IGNORECASE)
_EDIT_MARK = re.compile(r"\s*\[edit\]$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_MODIFIED = re.compile(r'"dateModified"\s*:\s*"(\d{4}-\d{2}-\d{2})')
_CF_HTML = re.compile(r"^Version:\d[^<]*?(?=<)", re.DOTALL)  # Windows clipboard "Version:0.9 StartHTML:..."
#: Pages larger than this skip trafilatura (seconds on megabytes) and are walked directly.
MAX_EXTRACT_CHARS = 4_000_000
_BOOK_HEADINGS = 8
_BOOK_CHARS = 150_000
_SKIP_CLASSES = re.compile(r"\b(pagenum|pageno|page-number)\b")
_SKIP_IDS = frozenset({"pg-header", "pg-footer", "pg-machine-header"})
_BOILERPLATE_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})


def decode_html(raw: bytes) -> tuple[str, str]:
    """Decode HTML bytes: BOM, then the declared charset, then UTF-8, then detection."""
    from reader.core.loaders.text import decode_bytes

    if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(raw)
    m = _META_CHARSET.search(raw[:8192])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            declared = "cp1252"  # what browsers do (WHATWG encoding standard)
        try:
            return raw.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return decode_bytes(raw)


def parse_html(text: str) -> object:
    """Parse HTML text safely (no network, no entity expansion, comments and PIs dropped)."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
    text = _XML_DECL.sub("", text, count=1)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        raise DocumentError("the page has no readable content") from None


def looks_like_book(root: object) -> bool:
    """Many headings and a lot of paragraph text: a book, not an article page."""
    headings = sum(1 for _ in root.iter("h2", "h3", "h4"))  # type: ignore[attr-defined]
    if headings < _BOOK_HEADINGS:
        return False
    chars = 0
    for p in root.iter("p"):  # type: ignore[attr-defined]
        chars += len(p.text_content())
        if chars >= _BOOK_CHARS:
            return True
    return False


def document_from_html(raw: bytes | str, *, source: str | None = None, name: str = "page") -> Document:
    """Build a Document from HTML bytes (a file) or text (the clipboard; a CF_HTML header is skipped)."""
    if len(raw) > MAX_HTML_BYTES:
        raise DocumentError(f"{name} is too large a web page to open (the limit is {MAX_HTML_BYTES >> 20} MB)")
    if isinstance(raw, str):
        text, encoding = _CF_HTML.sub("", raw, count=1), "utf-8"
    else:
        text, encoding = decode_html(raw)
    root = parse_html(text)
    if len(text) > MAX_EXTRACT_CHARS:  # trafilatura's time grows fast with page size; walk huge pages
        return _book(root, source, encoding, books_only=False)
    if looks_like_book(root):
        return _book(root, source, encoding)
    return _article(text, root, source, encoding, name)


def _page_title(root: object) -> str:
    el = root.find(".//title")  # type: ignore[attr-defined]
    return clean_inline(el.text_content()) if el is not None else ""


def _skip_boilerplate_attrs(el: object) -> bool:
    get = el.get  # type: ignore[attr-defined]
    return bool(_SKIP_CLASSES.search(get("class") or "")) or (get("id") or "") in _SKIP_IDS


def _book(root: object, source: str | None, encoding: str, *, books_only: bool = True) -> Document:
    body = root.find("body")  # type: ignore[attr-defined]
    skip_tags = HTML_SKIP if books_only else HTML_SKIP | _BOILERPLATE_TAGS
    blocks = walk(body if body is not None else root, skip_tags=skip_tags, skip=_skip_boilerplate_attrs)
    blocks = [b if not b.level or _has_words(b.text) else Block(b.text) for b in blocks]
    start, end = licence_span(blocks)
    blocks = blocks[start:end]
    title, author = _pg_title(_page_title(root))
    title = title or next((b.text for b in blocks if b.level == 1), "")
    out, headings, toc = assemble(blocks)
    if not out:
        raise DocumentError("the page has no readable text")
    return Document(
        text=out, title=title, source=source, format="html", encoding=encoding, author=author,
        headings=headings, toc=toc, styles=styles(blocks),
    )  # fmt: skip


def _has_words(text: str) -> bool:
    """A heading needs three letters ("BY" and "1922" on a title page are not headings)."""
    return sum(c.isalpha() for c in text) >= 3


def _pg_title(title: str) -> tuple[str, str | None]:
    """ "The Project Gutenberg E-text of A Short History, by H. G. Wells" -> ("A Short History", "H. G. Wells")."""
    m = _PG_TITLE.match(title)
    if not m:
        return title, None
    return m.group(1).strip(), (m.group(2) or "").strip() or None


def _article(text: str, root: object, source: str | None, encoding: str, name: str) -> Document:
    import logging

    import trafilatura
    from lxml import etree

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs ERROR for mere fragments
    xml = trafilatura.extract(
        text, output_format="xml", with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, include_formatting=False, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
    )  # fmt: skip
    meta: dict[str, str] = {}
    blocks: list[Block] = []
    if xml:
        doc = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
        meta = {k: v for k, v in doc.attrib.items() if v}
        blocks = walk(doc, block_tags=TEI_BLOCK, skip_tags=TEI_SKIP, heading_level=_tei_heading_level)
    if not any(not b.level for b in blocks):
        body = root.find("body")  # type: ignore[attr-defined]
        skip = HTML_SKIP | _BOILERPLATE_TAGS
        blocks = walk(body if body is not None else root, skip_tags=skip, skip=_skip_boilerplate_attrs)
    blocks = _trim_debris(blocks)
    if not blocks:
        raise DocumentError(f"{name}: no readable text found in the page")
    blocks = [Block(_EDIT_MARK.sub("", b.text), b.level) if b.level else b for b in blocks]
    title = clean_inline(meta.get("title", "")) or _page_title(root)
    title = title or next((b.text for b in blocks[:5] if b.level), "") or name.rsplit(".", 1)[0]
    blocks = _with_title(blocks, title)
    out, headings, toc = assemble(blocks)
    wiki_date = _mediawiki_date(root)
    date = meta.get("date", "") if wiki_date is None else wiki_date
    return Document(
        text=out, title=title, source=source, format="html", encoding=encoding,
        author=clean_inline(meta.get("author", "")) or None,
        date=date if _ISO_DATE.match(date) else None, headings=headings, toc=toc, original=_page_text(root),
        genre="reference" if wiki_date is not None else ("news" if _ISO_DATE.match(date) else None),
    )  # fmt: skip


def _mediawiki_date(root: object) -> str | None:
    """A MediaWiki page's last edit as YYYY-MM-DD ("" when the page does not say); None if not MediaWiki."""
    generator = root.find(".//meta[@name='generator']")  # type: ignore[attr-defined]
    footer = root.find(".//*[@id='footer-info-lastmod']")  # type: ignore[attr-defined]
    if footer is None and (generator is None or not generator.get("content", "").startswith("MediaWiki")):
        return None
    if footer is not None and (date := find_date(" ".join(footer.itertext()))):
        return date  # "This page was last edited on 28 October 2016, at 20:14."
    for script in root.iter("script"):  # type: ignore[attr-defined]
        if script.get("type") == "application/ld+json" and (m := _DATE_MODIFIED.search(script.text or "")):
            return m.group(1)
    return ""


def _trim_debris(blocks: list[Block]) -> list[Block]:
    """Reader mode on extracted blocks: debris paragraphs ("941 comments", "Read more:" and the links
    after it) go from the lead and the tail; between prose only unmistakable chrome goes."""
    from reader.core.loaders.webtext import is_body, is_debris, related_tail

    texts = [b.text.removeprefix("• ") if not b.level else "" for b in blocks]
    blocks = blocks[: related_tail([b.text if not b.level else "x" for b in blocks])]
    body = [i for i, b in enumerate(blocks) if not b.level and is_body(b.text)]
    first, last = (body[0], body[-1]) if body else (len(blocks), -1)
    return [b for i, b in enumerate(blocks) if b.level or not is_debris(texts[i], edge=i < first or i > last)]


def _page_text(root: object) -> str | None:
    """The whole page's visible text (scripts and styles aside), for the "View original" toggle."""
    body = root.find("body")  # type: ignore[attr-defined]
    text = "\n".join(b.text for b in walk(body if body is not None else root))
    return text or None


def _tei_heading_level(el: object, name: str) -> int:
    if name != "head":
        return 0
    rend = el.get("rend") or "h2"  # type: ignore[attr-defined]
    m = re.match(r"h([1-6])", rend)
    return max(2, min(int(m.group(1)) if m else 2, 3))


def _with_title(blocks: list[Block], title: str) -> list[Block]:
    """Make the title the first block (level 1), reusing an equal first block if there is one."""
    if not title:
        return blocks
    norm = title.casefold()
    for i, b in enumerate(blocks[:3]):
        if b.text.casefold() == norm:
            return [Block(b.text, 1), *blocks[:i], *blocks[i + 1 :]]
    return [Block(title, 1), *blocks]
