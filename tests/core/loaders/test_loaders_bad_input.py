"""Bad input: always a one-line DocumentError, never a traceback, a hang or unbounded memory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.document import DocumentError
from reader.core.loaders import limits, load_document


def refused(path: Path, match: str) -> str:
    with pytest.raises(DocumentError, match=match) as err:
        load_document(path)
    message = str(err.value)
    assert "\n" not in message
    assert "Traceback" not in message
    return message


def test_empty_file(write) -> None:
    refused(write("empty.txt", b""), "empty")


@pytest.mark.parametrize("name", ["empty.md", "empty.html", "empty.epub", "empty.pdf"])
def test_empty_file_any_format(write, name: str) -> None:
    refused(write(name, b""), "empty")


def test_whitespace_only_file(write) -> None:
    refused(write("blank.txt", b"\r\n  \n\t\n"), "no text")


def test_binary_file_named_txt(write) -> None:
    refused(write("photo.txt", os.urandom(4096)), "binary")


def test_png_named_txt(write) -> None:
    refused(write("image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(200)), "PNG image")


def test_office_zip_is_not_epub(write) -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    refused(write("report.docx", buf.getvalue()), "Office document")


def test_directory(tmp_path: Path) -> None:
    refused(tmp_path, "folder")


def test_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "nope.txt", "not found")


def test_unreadable_file(write, monkeypatch) -> None:
    path = write("secret.txt", "text")

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)  # root ignores chmod 000; simulate the OS refusing
    refused(path, "permission denied")


def test_500_mb_file_is_refused_without_reading(tmp_path: Path, monkeypatch) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # sparse: no disk space used
        fh.truncate(500 * 1024 * 1024)
    opened: list[Path] = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    message = refused(big, "too large")
    assert "500 MB" in message
    assert opened == [], "the file must be refused from its size alone"


def test_file_over_text_limit_without_stat_size(write, monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    path = write("grown.txt", "x" * 2000)
    with pytest.raises(DocumentError, match="too large"):
        limits.read_limited(path, 1000)


def test_random_bytes_named_epub_and_pdf(write) -> None:
    noise = os.urandom(10_000)
    refused(write("noise.epub", noise), "EPUB")
    refused(write("noise.pdf", noise), "PDF")


def test_an_internal_failure_is_still_one_line(write, monkeypatch) -> None:
    import reader.core.loaders

    def boom(*args, **kwargs):
        raise ValueError("unexpected\nmultiline failure")

    monkeypatch.setattr(reader.core.loaders, "is_gutenberg", boom)
    with pytest.raises(DocumentError, match="cannot be opened") as err:
        load_document(write("a.txt", "Some text here."))
    assert "\n" not in str(err.value)
    from reader.core.loaders import document_from_text

    with pytest.raises(DocumentError, match="the text cannot be opened"):
        document_from_text("Some pasted text.")


def test_oversized_web_page_is_refused(write, monkeypatch) -> None:
    from reader.core.loaders import html

    monkeypatch.setattr(html, "MAX_HTML_BYTES", 100)
    refused(write("page.html", "<html><body>" + "<p>text</p>" * 50 + "</body></html>"), "too large a web page")
