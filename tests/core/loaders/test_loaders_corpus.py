"""Every file in ../shared/corpus opens (or is refused with a clear one-line message)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reader.core.document import DocumentError
from reader.core.loaders import load_document

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file()) if CORPUS.is_dir() else []
# Files that must be refused, with the words the message must contain.
REFUSED: dict[str, str] = {}


@pytest.mark.skipif(not FILES, reason="../shared/corpus is not available")
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_corpus_file_opens(path: Path, check_offsets) -> None:
    rel = str(path.relative_to(CORPUS))
    if rel in REFUSED:
        with pytest.raises(DocumentError, match=REFUSED[rel]) as err:
            load_document(path)
        assert "\n" not in str(err.value)
        return
    t = time.perf_counter()
    doc = load_document(path)
    elapsed = time.perf_counter() - t
    check_offsets(doc)
    assert doc.text.strip()
    assert doc.title
    assert doc.format in ("text", "markdown", "html", "xml", "epub", "pdf")
    assert "\ufffd" not in doc.text[:100_000], "decoding produced replacement characters"
    assert elapsed < 10, f"{rel} took {elapsed:.1f} s"


@pytest.mark.skipif(not FILES, reason="../shared/corpus is not available")
@pytest.mark.parametrize("name", ["newsru.com_koi8-r.xml", "newsru.com_windows-1251.xml"])
def test_cyrillic_encodings_detected(name: str) -> None:
    doc = load_document(CORPUS / "messy" / "chardet_real" / name)
    assert doc.encoding in ("koi8-r", "cp1251")
    assert "Россия" in doc.text or "России" in doc.text


@pytest.mark.skipif(not FILES, reason="../shared/corpus is not available")
def test_utf16_subtitles() -> None:
    doc = load_document(CORPUS / "messy" / "chardet_real" / "bom-utf-16-le.srt")
    assert doc.encoding == "utf-16"
    assert "\x00" not in doc.text
    assert doc.title == "bom-utf-16-le"  # "1" (a cue number) is no title


@pytest.mark.skipif(not FILES, reason="../shared/corpus is not available")
def test_single_line_book() -> None:
    doc = load_document(CORPUS / "messy" / "derived" / "reed_ten_days_SINGLE_LINE.txt")
    assert len(doc.text) > 700_000
    assert doc.title == "Ten Days That Shook the World"
    assert doc.author == "John Reed"
    assert "Project Gutenberg" not in doc.text[-2000:]  # licence found mid-line and dropped
    assert max(len(p) for p in doc.text.split("\n")) < 20_000  # split at sentence ends for the view
