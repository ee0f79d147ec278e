"""Turn files into Documents. ``load_document(path)`` picks the loader by content and extension.

Skeleton version: UTF-8 plain text with a first-line title. The document-loaders issue replaces the
internals (encodings, reader mode, HTML, Markdown, EPUB, PDF) behind the same two functions.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.document import Document, DocumentError, Heading


def load_document(path: str | Path) -> Document:
    """Load ``path`` as a Document, or raise DocumentError with one clear line."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except IsADirectoryError:
        raise DocumentError(f"{p} is a folder, not a document") from None
    except FileNotFoundError:
        raise DocumentError(f"{p} does not exist") from None
    except OSError as err:
        raise DocumentError(f"{p} cannot be read: {err.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return document_from_text(text, source=str(p))


def document_from_text(text: str, *, title: str | None = None, source: str | None = None) -> Document:
    """Build a Document from plain text (a file's contents or pasted text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    headings: list[Heading] = []
    if title is None:
        pos = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if len(stripped.split()) >= 3:
                title = stripped
                start = pos + line.index(stripped)
                headings.append(Heading(1, start, start + len(stripped)))
                break
            pos += len(line) + 1
    return Document(text=text, title=title or "", source=source, headings=tuple(headings))
