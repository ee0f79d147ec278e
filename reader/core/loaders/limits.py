"""Resource limits shared by the loaders: they keep memory bounded and refuse hostile input early."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import DocumentError

#: Largest file we open at all (checked with ``stat`` before reading a byte).
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Largest decoded text we build a document from (a long book is ~3-6 MB).
MAX_TEXT_CHARS = 32 * 1024 * 1024
#: HTML larger than this is refused: lxml's tree takes ~10x the file size in memory.
MAX_HTML_BYTES = 24 * 1024 * 1024
#: Markdown larger than this is shown as plain text (markdown-it needs ~0.4 s per MB).
MAX_MARKDOWN_CHARS = 8 * 1024 * 1024
#: EPUB: total uncompressed size, per-entry size and worst compression ratio accepted.
MAX_ZIP_TOTAL = 256 * 1024 * 1024
MAX_ZIP_ENTRY = 64 * 1024 * 1024
MAX_ZIP_RATIO = 120
MAX_ZIP_ENTRIES = 10_000
#: PDF: most pages read.
MAX_PDF_PAGES = 5_000
#: HTML: deepest element nesting accepted before parsing in earnest.
MAX_HTML_DEPTH = 2_000


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read ``path`` entirely, or raise DocumentError with one clear line.

    Refuses folders, missing and unreadable files, and files over ``limit`` bytes (checked with
    ``stat`` first, then again while reading, so a growing file cannot slip through).
    """
    name = path.name or str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise DocumentError(f"{name}: file not found") from None
    except OSError as err:
        raise DocumentError(f"{name}: cannot be read ({err.strerror or err})") from None
    if path.is_dir():
        raise DocumentError(f"{name} is a folder, not a document")
    if st.st_size > limit:
        raise DocumentError(f"{name} is too large to open ({_mb(st.st_size)}; the limit is {_mb(limit)})")
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except IsADirectoryError:
        raise DocumentError(f"{name} is a folder, not a document") from None
    except PermissionError:
        raise DocumentError(f"{name}: permission denied") from None
    except OSError as err:
        raise DocumentError(f"{name}: cannot be read ({err.strerror or err})") from None
    if len(data) > limit:
        raise DocumentError(f"{name} is too large to open (over {_mb(limit)})")
    if not data:
        raise DocumentError(f"{name} is empty")
    return data
