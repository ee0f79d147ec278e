"""Settings: typed values with defaults and bounds, recent files, per-document state, corrupt-store recovery.

Every test runs against its own ini store (the autouse ``isolated_settings`` fixture in conftest.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from reader.ui import settings as settings_module
from reader.ui.settings import (
    DEFAULT_READING_WIDTH,
    DEFAULT_TEXT_SIZE,
    DEFAULT_THEME,
    MAX_RECENT,
    DocumentState,
    Settings,
)


def _ini(tmp_path: Path, text: str | bytes) -> QSettings:
    """A QSettings on a hand-written ini file, as a later run of the app would read it."""
    path = tmp_path / "hand.ini"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return QSettings(str(path), QSettings.Format.IniFormat)


def _files(tmp_path: Path, count: int) -> list[str]:
    paths = []
    for i in range(count):
        path = tmp_path / f"doc{i}.txt"
        path.write_text("x", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_default_store_is_the_isolated_one(isolated_settings: Path) -> None:
    settings = Settings()
    settings.theme = "dark"
    settings.sync()
    assert Path(settings.file_name()).is_relative_to(isolated_settings)
    assert Path(settings.file_name()).is_file()


def test_defaults_on_an_empty_store() -> None:
    settings = Settings()
    assert settings.geometry is None
    assert settings.window_state is None
    assert settings.splitter_state is None
    assert settings.theme == DEFAULT_THEME
    assert settings.text_size == DEFAULT_TEXT_SIZE
    assert settings.reading_width == DEFAULT_READING_WIDTH
    assert settings.timeline_visible is True
    assert settings.recent_files == []
    assert settings.document_state("abc") == DocumentState(0, None)
    assert settings.backup_path is None


def test_values_round_trip_through_the_file(tmp_path: Path) -> None:
    path = str(tmp_path / "rt.ini")
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    settings.geometry = QByteArray(b"\x01\x00geo")
    settings.window_state = QByteArray(b"state")
    settings.splitter_state = QByteArray(b"\x00split")
    settings.theme = "sepia"
    settings.text_size = 14.5
    settings.reading_width = 42
    settings.timeline_visible = False
    settings.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.geometry == QByteArray(b"\x01\x00geo")
    assert again.window_state == QByteArray(b"state")
    assert again.splitter_state == QByteArray(b"\x00split")
    assert (again.theme, again.text_size, again.reading_width, again.timeline_visible) == ("sepia", 14.5, 42, False)


def test_values_written_by_an_earlier_run_are_parsed_from_strings(tmp_path: Path) -> None:
    settings = Settings(
        _ini(
            tmp_path,
            "[view]\ntheme=dark\ntext_size=15.5\nreading_width=50\n"
            "[window]\ntimeline_visible=false\ngeometry=@ByteArray(\\x1\\x2)\n",
        )
    )
    assert settings.backup_path is None
    assert (settings.theme, settings.text_size, settings.reading_width) == ("dark", 15.5, 50)
    assert settings.timeline_visible is False
    assert settings.geometry == QByteArray(b"\x01\x02")


@pytest.mark.parametrize(("value", "expected"), [(2.0, 8.0), (8.0, 8.0), (13.25, 13.25), (40.0, 40.0), (99.0, 40.0)])
def test_text_size_is_clamped(value: float, expected: float) -> None:
    settings = Settings()
    settings.text_size = value
    assert settings.text_size == expected


@pytest.mark.parametrize(("value", "expected"), [(0, 24), (24, 24), (36, 36), (60, 60), (200, 60)])
def test_reading_width_is_clamped(value: int, expected: int) -> None:
    settings = Settings()
    settings.reading_width = value
    assert settings.reading_width == expected


def test_out_of_range_values_in_the_file_are_clamped(tmp_path: Path) -> None:
    settings = Settings(_ini(tmp_path, "[view]\ntext_size=1000\nreading_width=3\n"))
    assert (settings.text_size, settings.reading_width) == (40.0, 24)


def test_unknown_theme_is_refused_and_reads_as_default(tmp_path: Path) -> None:
    settings = Settings()
    with pytest.raises(ValueError, match="unknown theme"):
        settings.theme = "neon"
    assert Settings(_ini(tmp_path, "[view]\ntheme=neon\n")).theme == DEFAULT_THEME


def test_recent_files_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    a, b, c = _files(tmp_path, 3)
    settings = Settings()
    for path in (a, b, c, a):
        settings.add_recent(path)
    assert settings.recent_files == [a, c, b]


def test_recent_files_keep_at_most_ten(tmp_path: Path) -> None:
    paths = _files(tmp_path, MAX_RECENT + 3)
    settings = Settings()
    for path in paths:
        settings.add_recent(path)
    assert settings.recent_files == paths[::-1][:MAX_RECENT]


def test_recent_files_are_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "rel.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    settings = Settings()
    settings.add_recent("rel.txt")
    assert settings.recent_files == [str(tmp_path / "rel.txt")]


def test_missing_recent_files_are_pruned_on_read(tmp_path: Path) -> None:
    a, b = _files(tmp_path, 2)
    settings = Settings()
    settings.add_recent(a)
    settings.add_recent(b)
    Path(b).unlink()
    assert settings.recent_files == [a]
    Path(b).write_text("back", encoding="utf-8")
    assert settings.recent_files == [a]  # forgotten, not just hidden


@pytest.mark.parametrize("count", [0, 1, 2])
def test_recent_files_of_zero_one_or_two_survive_a_restart(tmp_path: Path, count: int) -> None:
    # QSettings' list pitfall: an empty list reads back as None and a one-item list as a plain string.
    paths = _files(tmp_path, count)
    store = str(tmp_path / "recent.ini")
    settings = Settings(QSettings(store, QSettings.Format.IniFormat))
    for path in paths:
        settings.add_recent(path)
    settings.sync()
    assert Settings(QSettings(store, QSettings.Format.IniFormat)).recent_files == paths[::-1]


def test_recent_files_with_commas_survive_a_restart(tmp_path: Path) -> None:
    odd = tmp_path / "a, b.txt"
    odd.write_text("x", encoding="utf-8")
    settings = Settings(_ini(tmp_path, f'[recent_files]\nsize=1\n1\\path="{odd}"\n'))  # as QSettings writes it
    assert settings.recent_files == [str(odd)]
    settings.add_recent(odd)
    settings.sync()
    assert Settings(QSettings(settings.file_name(), QSettings.Format.IniFormat)).recent_files == [str(odd)]


def test_clear_recent() -> None:
    settings = Settings()
    settings.add_recent(__file__)
    settings.clear_recent()
    assert settings.recent_files == []


def test_document_state_round_trip(tmp_path: Path) -> None:
    store = str(tmp_path / "docs.ini")
    settings = Settings(QSettings(store, QSettings.Format.IniFormat))
    settings.save_document_state("a" * 32, DocumentState(1234, "e7"))
    settings.save_document_state("b" * 32, DocumentState(5, None))
    settings.sync()
    again = Settings(QSettings(store, QSettings.Format.IniFormat))
    assert again.document_state("a" * 32) == DocumentState(1234, "e7")
    assert again.document_state("b" * 32) == DocumentState(5, None)
    assert again.document_state("c" * 32) == DocumentState()


def test_clearing_the_selected_entry() -> None:
    settings = Settings()
    settings.save_document_state("h", DocumentState(10, "e1"))
    settings.save_document_state("h", DocumentState(20, None))
    assert settings.document_state("h") == DocumentState(20, None)


def test_remembered_documents_are_capped_dropping_the_oldest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings_module, "MAX_DOCUMENTS", 3)
    settings = Settings()
    for i in range(5):
        settings.save_document_state(f"h{i}", DocumentState(i, None))
    settings.save_document_state("h2", DocumentState(22, None))  # h2 becomes the most recent
    settings.save_document_state("h5", DocumentState(5, None))
    assert [settings.document_state(f"h{i}").position for i in range(6)] == [0, 0, 22, 0, 4, 5]


def test_default_cap_keeps_two_hundred_documents() -> None:
    settings = Settings()
    for i in range(settings_module.MAX_DOCUMENTS + 2):
        settings.save_document_state(f"{i:032x}", DocumentState(i + 1, None))
    kept = [i for i in range(settings_module.MAX_DOCUMENTS + 2) if settings.document_state(f"{i:032x}").position]
    assert kept == list(range(2, settings_module.MAX_DOCUMENTS + 2))


CORRUPT = [
    pytest.param(b"[view\ntheme=dark\n", id="unparsable-section"),
    pytest.param(b"\x00\xff\xfe garbage \x01\n=\n[", id="binary-garbage"),
    pytest.param(b"[window]\ngeometry=not bytes\n", id="geometry-not-bytes"),
    pytest.param(b"[view]\ntext_size=huge\n", id="text-size-not-a-number"),
    pytest.param(b"[view]\nreading_width=1.5\n", id="width-not-an-integer"),
    pytest.param(b"[window]\ntimeline_visible=maybe\n", id="visible-not-a-bool"),
    pytest.param(b"[recent_files]\nsize=lots\n", id="recent-size"),
    pytest.param(b"[documents]\nabc\\position=top\n", id="document-position"),
]


@pytest.fixture
def app_identity(qapp: QCoreApplication) -> Iterator[None]:
    """The organization and application names app.py sets, without which QSettings() reports AccessError."""
    saved = (qapp.organizationName(), qapp.applicationName())
    qapp.setOrganizationName("timeline-reader-test")
    qapp.setApplicationName("settings-test")
    yield
    qapp.setOrganizationName(saved[0])
    qapp.setApplicationName(saved[1])


def _default_store_file(isolated_settings: Path) -> Path:
    """Where QSettings() keeps the file, computed without opening it (QSettings caches what it parsed)."""
    path = isolated_settings / "timeline-reader-test" / "settings-test.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.usefixtures("app_identity")
@pytest.mark.parametrize("content", CORRUPT)
def test_corrupt_store_is_moved_aside_and_reset(
    content: bytes, isolated_settings: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _default_store_file(isolated_settings)
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="reader.ui.settings"):
        settings = Settings()
    assert settings.file_name() == str(path)
    assert settings.backup_path is not None
    assert settings.backup_path.name.startswith(path.name + ".bak-")
    assert settings.backup_path.read_bytes() == content
    assert "corrupt" in caplog.text
    assert (settings.theme, settings.text_size, settings.recent_files) == (DEFAULT_THEME, DEFAULT_TEXT_SIZE, [])
    settings.theme = "dark"
    settings.sync()
    assert Settings().theme == "dark"
    assert "[view]\ntheme=dark" in path.read_text(encoding="utf-8")


@pytest.mark.usefixtures("app_identity")
def test_two_corruptions_keep_both_backups(isolated_settings: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = _default_store_file(isolated_settings)
    backups = []
    for content in (b"[a\n", b"[b\n"):
        path.write_bytes(content)
        with caplog.at_level(logging.WARNING, logger="reader.ui.settings"):
            backup = Settings().backup_path
        assert backup is not None
        backups.append(backup)
    assert [b.read_bytes() for b in backups] == [b"[a\n", b"[b\n"]


def test_a_healthy_store_is_not_moved(tmp_path: Path) -> None:
    settings = Settings(_ini(tmp_path, "[view]\ntheme=light\n"))
    assert settings.backup_path is None
    assert (tmp_path / "hand.ini").is_file()
    assert list(tmp_path.glob("*.bak-*")) == []
