"""Which loader a file needs: decided from its first bytes, with the file name extension as a hint."""

from __future__ import annotations

import re

from reader.core.document import DocumentError

FORMATS = ("text", "markdown", "html", "xml", "epub", "pdf")
SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text", ".srt": "text", ".csv": "text", ".log": "text",
    ".xml": "xml", ".rss": "xml", ".atom": "xml",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".epub": "epub", ".pdf": "pdf",
}  # fmt: skip
# Magic numbers of common binary files people may pick by mistake, for a clear refusal.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"OggS", "an audio file"),
    (b"ID3", "an MP3 file"),
    (b"SQLite format 3\x00", "a database"),
)


def sniff(raw: bytes, suffix: str, name: str = "file") -> str:
    """Return the format name for ``raw`` (one of FORMATS) or raise DocumentError if unsupported."""
    suffix = suffix.lower()
    head = raw[:4096]
    if head.startswith(b"%PDF-") or suffix == ".pdf":
        return "pdf"
    if head.startswith(b"PK\x03\x04") or suffix == ".epub":
        if suffix == ".epub" or b"application/epub+zip" in head[:200]:
            return "epub"
        kind = "an Office document" if b"[Content_Types].xml" in raw[:65536] else "a zip archive"
        raise DocumentError(f"{name} is {kind}; open the text, HTML, Markdown, EPUB or PDF file instead")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise DocumentError(f"{name} is {what}, not a document")
    by_suffix = SUFFIXES.get(suffix)
    if by_suffix in ("html", "markdown"):
        return by_suffix
    if _looks_html(head):
        return "html"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"<?xml", b"<rss", b"<feed")):
        return "xml"
    return by_suffix or "text"


def _looks_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return True
    return start.startswith((b"<?xml", b"<!--")) and b"<html" in start[:2048]


# Project Gutenberg's licence markers, found mid-line too (a book joined into one line still loses its licence).
GUTENBERG_START = re.compile(r"\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG[^*\n]*(\*{3}|$)", re.MULTILINE | re.I)
GUTENBERG_END = re.compile(r"\*{3}\s*END OF (THE|THIS) PROJECT GUTENBERG|End of (the )?Project Gutenberg'?s? ", re.I)


def is_gutenberg(text: str) -> bool:
    """True when the text carries Project Gutenberg start or end markers (then ``gutenberg`` loads it; it is
    imported only then, since compiling its patterns costs every start a millisecond or two)."""
    head = text[:20000]
    tail = text[-120000:]
    return bool(GUTENBERG_START.search(head) or (GUTENBERG_END.search(tail) and "Gutenberg" in head + tail))
