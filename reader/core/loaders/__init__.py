"""Turn files into Documents. ``load_document(path)`` picks the loader by content and extension.

Formats: plain text (any common encoding, Project Gutenberg books, reader mode for saved web text),
HTML (main-article extraction; whole books), Markdown, XML feeds, EPUB 2/3 and PDF. Every loader produces a list
of blocks that :func:`reader.core.loaders.blocks.assemble` turns into ``Document.text`` with one paragraph
per line; heading and TOC offsets are computed on that final text. Errors are always
:class:`~reader.core.document.DocumentError` with one line for the user. Heavy libraries (trafilatura,
lxml, markdown-it-py, pypdfium2) are imported inside the loader that needs them. See docs/loaders.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.core.document import Document, DocumentError
from reader.core.loaders.blocks import Block, assemble, split_long, styles
from reader.core.loaders.detect import is_gutenberg, sniff
from reader.core.loaders.limits import MAX_MARKDOWN_CHARS, MAX_TEXT_CHARS, read_limited
from reader.core.loaders.text import decode_bytes, normalize_newlines

__all__ = ["Document", "DocumentError", "document_from_html", "document_from_text", "load_document"]

#: ``progress(done, total)``: called by the page- and chapter-wise loaders (PDF, EPUB). Raise from it
#: (any exception) to cancel the load; the exception propagates unchanged.
Progress = Callable[[int, int], None]


def load_document(path: str | Path, *, progress: Progress | None = None, reader_mode: bool = True) -> Document:
    """Load ``path`` as a Document, or raise DocumentError with one clear line.

    ``reader_mode=False`` keeps web-text debris lines (plain text only). ``progress`` is described at
    :data:`Progress`.
    """
    p = Path(path)
    if progress is not None:
        progress = _guarded(progress)
    raw = read_limited(p)
    name = p.name
    fmt = sniff(raw, p.suffix, name)
    try:
        if fmt == "pdf":
            from reader.core.loaders.pdf import load_pdf

            return load_pdf(raw, source=str(p), name=name, progress=progress)
        if fmt == "epub":
            from reader.core.loaders.epub import load_epub

            return load_epub(raw, source=str(p), name=name, progress=progress)
        if fmt == "html":
            from reader.core.loaders.html import document_from_html

            return document_from_html(raw, source=str(p), name=name)
        if fmt == "xml":
            from reader.core.loaders.xmltext import document_from_xml, parse_xml

            root = parse_xml(raw)
            doc = document_from_xml(root, source=str(p), name=name) if root is not None else None
            if doc is not None:
                return doc
        text, encoding = decode_bytes(raw, name)
        del raw
        if fmt == "markdown" and len(text) <= MAX_MARKDOWN_CHARS:
            from reader.core.loaders.markdown import document_from_markdown

            return document_from_markdown(text, source=str(p), encoding=encoding, name=name)
        return document_from_text(
            text, source=str(p), encoding=encoding, reader_mode=reader_mode, fallback_title=_stem_title(p)
        )
    except DocumentError:
        raise
    except _CancelledError as stop:
        raise stop.error from None
    except Exception as err:
        raise _as_document_error(err, f"{name} cannot be opened as {fmt.upper()}") from err


def document_from_text(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    encoding: str | None = None,
    reader_mode: bool = True,
    fallback_title: str | None = None,
) -> Document:
    """Build a Document from plain text (a file's contents or pasted text).

    Project Gutenberg books lose their licence header and footer and get chapter headings; other text
    goes through reader mode (see :mod:`reader.core.loaders.webtext`) unless ``reader_mode`` is false.
    ``title`` overrides the detected title; ``fallback_title`` is used when none is found.
    """
    try:
        return _document_from_text(text, title, source, encoding, reader_mode, fallback_title)
    except DocumentError:
        raise
    except Exception as err:
        raise _as_document_error(err, "the text cannot be opened") from err


def _document_from_text(
    text: str, title: str | None, source: str | None, encoding: str | None, reader_mode: bool, fallback: str | None
) -> Document:
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(f"text too long to open ({len(text):,} characters)")
    text = normalize_newlines(text)
    if not text.strip():
        raise DocumentError("the document has no text")
    if is_gutenberg(text):
        from reader.core.loaders import gutenberg

        meta = gutenberg.metadata(text)
        book_title = title or meta.get("title")
        blocks = gutenberg.book_blocks(gutenberg.strip_licence(text), book_title)
        body, headings, toc = assemble(blocks)
        return Document(
            text=body, title=book_title or fallback or "", source=source, format="text",
            encoding=encoding, author=meta.get("author"), headings=headings, toc=toc, original=text,
            styles=styles(blocks),
        )  # fmt: skip
    return _web_text(text, title, source, encoding, reader_mode, fallback)


def _web_text(
    text: str, title: str | None, source: str | None, encoding: str | None, reader_mode: bool, fallback: str | None
) -> Document:
    from reader.core.loaders.text import paragraphs, raw_blocks, wrap_width
    from reader.core.loaders.webtext import dateline, section_headings
    from reader.core.loaders.webtext import reader_mode as apply_reader_mode

    raws = raw_blocks(text)
    width = wrap_width(raws)
    lines = [p for raw in raws for p in paragraphs(raw, width) if p]
    date = dateline(lines)  # before reader mode, which drops an "Updated: ..." line as debris
    removed = 0
    title_index = -1
    if reader_mode:
        result = apply_reader_mode(lines)
        lines, title_index, removed = result.lines, result.title_index, result.removed
    elif lines and len(lines[0].split()) <= 25 and not lines[0].endswith("."):
        title_index = 0
    if title is not None and title_index >= 0 and lines[title_index] != title:
        title_index = -1
    sections = section_headings(lines, title_index + 1) if reader_mode else {}
    levels = {title_index: 1, **sections} if title_index >= 0 else sections
    blocks = split_long([Block(line, levels.get(i, 0)) for i, line in enumerate(lines)])
    body, headings, toc = assemble(blocks)
    if not body:
        raise DocumentError("the document has no text")
    found = lines[title_index] if title_index >= 0 else None
    return Document(
        text=body, title=title or found or fallback or "", source=source, format="text", encoding=encoding,
        date=date, genre="news" if date else None, headings=headings, toc=toc, original=text if removed else None,
        warnings=(f"reader mode removed {removed} line(s) of site debris",) if removed else (),
    )  # fmt: skip


def document_from_html(html: str | bytes, *, source: str | None = None, title: str | None = None) -> Document:
    """Build a Document from HTML (a saved page or HTML from the clipboard)."""
    from reader.core.loaders.html import document_from_html as _from_html

    try:
        doc = _from_html(html, source=source, name=Path(source).name if source else "HTML")
    except DocumentError:
        raise
    except Exception as err:
        raise _as_document_error(err, "the HTML cannot be opened") from err
    if title:
        from dataclasses import replace

        doc = replace(doc, title=title)
    return doc


class _CancelledError(Exception):
    """Carries an exception raised by a progress callback through the loaders, to re-raise it as is."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _guarded(progress: Progress) -> Progress:
    def call(done: int, total: int) -> None:
        try:
            progress(done, total)
        except Exception as err:
            raise _CancelledError(err) from err

    return call


def _as_document_error(err: Exception, what: str) -> DocumentError:
    """Any other failure as the one-line DocumentError the user sees."""
    if isinstance(err, (MemoryError, RecursionError)):
        return DocumentError(f"{what}: too large or too complex")
    return DocumentError(f"{what}: {_one_line(err)}")  # a parser failing on hostile input, never a traceback


def _stem_title(p: Path) -> str:
    return p.stem.replace("_", " ").strip()


def _one_line(err: BaseException) -> str:
    msg = " ".join(str(err).split()) or type(err).__name__
    return msg[:200]
