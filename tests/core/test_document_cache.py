"""DocumentCache: reopening a file reuses its loaded document; a changed file or changed code loads it again."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from reader.core import cache as cache_module
from reader.core.cache import DocumentCache
from reader.core.document import Document, DocumentError
from reader.core.loaders import load_document

TEXT = "The Treaty\n\nThe treaty was signed in 1648. Two years later, in 1650, the war ended.\n"


class CountingLoad:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, path: Path) -> Document:
        self.calls += 1
        return load_document(path)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_second_load_comes_from_the_cache(tmp_path: Path, article: Path) -> None:
    load = CountingLoad()
    first = DocumentCache(tmp_path / "cache").load(article, load)
    second = DocumentCache(tmp_path / "cache").load(article, load)
    assert load.calls == 1
    assert second == first == load_document(article)
    assert "1648" in second.text


def test_the_real_loader_is_used_by_default(tmp_path: Path, article: Path) -> None:
    assert DocumentCache(tmp_path / "cache").load(article) == load_document(article)


def test_a_changed_file_is_loaded_again(tmp_path: Path, article: Path) -> None:
    load = CountingLoad()
    cache = DocumentCache(tmp_path / "cache")
    cache.load(article, load)
    article.write_text(TEXT.replace("1648", "1649"), encoding="utf-8")
    assert "1649" in cache.load(article, load).text
    assert load.calls == 2


def test_the_same_bytes_at_another_path_are_another_document(tmp_path: Path, article: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(article.read_bytes())
    load = CountingLoad()
    cache = DocumentCache(tmp_path / "cache")
    first, second = cache.load(article, load), cache.load(copy, load)
    assert load.calls == 2
    assert first.source != second.source


def test_new_code_invalidates_old_entries(tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load = CountingLoad()
    DocumentCache(tmp_path / "cache").load(article, load)
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "changed-loaders")
    DocumentCache(tmp_path / "cache").load(article, load)
    assert load.calls == 2


def test_errors_are_the_loaders_and_nothing_is_stored(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / "cache")
    with pytest.raises(DocumentError):
        cache.load(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(DocumentError):
        cache.load(empty)
    assert not list((tmp_path / "cache").glob("*.pickle"))


def test_corrupt_entry_is_loaded_again(tmp_path: Path, article: Path, caplog: pytest.LogCaptureFixture) -> None:
    load = CountingLoad()
    cache = DocumentCache(tmp_path / "cache")
    cache.load(article, load)
    (entry,) = (tmp_path / "cache").glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    with caplog.at_level(logging.WARNING):
        doc = cache.load(article, load)
    assert load.calls == 2
    assert "1650" in doc.text
    assert "unreadable document cache" in caplog.text


def test_oldest_entries_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DocumentCache, "max_entries", 3)
    cache = DocumentCache(tmp_path / "cache")
    for year in range(1900, 1906):
        path = tmp_path / f"{year}.txt"
        path.write_text(f"It happened in {year}.", encoding="utf-8")
        cache.load(path)
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 3
