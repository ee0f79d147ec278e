"""The app's remembered state: the only module that knows QSettings keys.

API (everything is typed; wrong or missing values read as the defaults below, never raise)::

    settings = Settings()                  # QSettings() after app.py set the org/app names
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))   # an explicit store

    settings.geometry: QByteArray | None         # QMainWindow.saveGeometry()
    settings.window_state: QByteArray | None     # QMainWindow.saveState()
    settings.splitter_state: QByteArray | None   # QSplitter.saveState()
    settings.theme: str                          # one of THEME_NAMES, default "system"
    settings.text_size: float                    # point size, clamped to 8..40, default 12.5
    settings.reading_width: int                  # column width in ems, clamped to 24..60, default 36
    settings.timeline_visible: bool              # default True
    settings.recent_files: list[str]             # most recent first, at most 10, files that no longer exist pruned
    settings.add_recent(path) -> None
    settings.clear_recent() -> None
    settings.document_state(content_hash) -> DocumentState       # DocumentState() when unknown
    settings.save_document_state(content_hash, DocumentState(position, selected_entry)) -> None
    settings.sync() -> None                      # flush to disk (QSettings also does this on its own)
    settings.backup_path: Path | None            # where a corrupt store was moved, if it was

Per-document state is keyed by ``Document.content_hash``; the most recently saved MAX_DOCUMENTS are kept.

A corrupt store (QSettings reports a FormatError, or a known key holds a value of the wrong type) is moved aside
to ``<file>.bak-<YYYYmmdd-HHMMSS>`` and the app starts with fresh settings. This is logged as a warning through
Python ``logging``; it never raises and never uses qWarning.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings

from reader.ui.themes import THEME_NAMES

log = logging.getLogger(__name__)

DEFAULT_THEME = "system"
DEFAULT_TEXT_SIZE = 12.5
TEXT_SIZE_RANGE = (8.0, 40.0)
DEFAULT_READING_WIDTH = 36
READING_WIDTH_RANGE = (24, 60)
MAX_RECENT = 10
MAX_DOCUMENTS = 200

_T = TypeVar("_T")

# The keys. Nothing outside this module names them.
_GEOMETRY = "window/geometry"
_WINDOW_STATE = "window/state"
_SPLITTER_STATE = "window/splitter"
_TIMELINE_VISIBLE = "window/timeline_visible"
_THEME = "view/theme"
_TEXT_SIZE = "view/text_size"
_READING_WIDTH = "view/reading_width"
_RECENT = "recent_files"  # a QSettings array of {path}
_RECENT_PATH = "path"
_DOCUMENTS = "documents"  # one group per content hash
_DOC_POSITION = "position"
_DOC_ENTRY = "selected_entry"
_DOC_USED = "used"  # a sequence number: larger is more recent
_DOC_SEQUENCE = "documents_sequence"


@dataclass(frozen=True, slots=True)
class DocumentState:
    """What the reader remembers about one document: the reading position and the selected timeline entry."""

    position: int = 0  # a character offset into Document.text
    selected_entry: str | None = None  # TimelineEvent.id


# Converters: value as stored (a str from an ini file, or the native type from QSettings' cache) -> typed
# value, or raise ValueError/TypeError when the value cannot be what the key holds.


def _to_bytes(value: object) -> QByteArray:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes):
        return QByteArray(value)
    raise TypeError(f"expected bytes, got {type(value).__name__}")


def _to_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
        return value.strip().lower() in ("true", "1")
    if isinstance(value, int):
        return bool(value)
    raise TypeError(f"expected a boolean, got {value!r}")


def _to_float(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"expected a finite number, got {value!r}")
    return number


def _to_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return int(value)


def _to_str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


_SCHEMA: dict[str, Callable[[object], object]] = {
    _GEOMETRY: _to_bytes,
    _WINDOW_STATE: _to_bytes,
    _SPLITTER_STATE: _to_bytes,
    _TIMELINE_VISIBLE: _to_bool,
    _THEME: _to_str,
    _TEXT_SIZE: _to_float,
    _READING_WIDTH: _to_int,
    _DOC_SEQUENCE: _to_int,
    f"{_RECENT}/size": _to_int,
}
_DOCUMENT_SCHEMA: dict[str, Callable[[object], object]] = {
    _DOC_POSITION: _to_int,
    _DOC_ENTRY: _to_str,
    _DOC_USED: _to_int,
}


class Settings:
    """Typed access to the app's QSettings store; see the module docstring for the API."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        self.backup_path: Path | None = None
        problem = self._find_corruption()
        if problem:
            self._reset_corrupt_store(problem)

    # Properties

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry (``QMainWindow.saveGeometry()``), or None."""
        return self._read(_GEOMETRY, _to_bytes, None)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, QByteArray(value))

    @property
    def window_state(self) -> QByteArray | None:
        """The main window's toolbars/docks state (``QMainWindow.saveState()``), or None."""
        return self._read(_WINDOW_STATE, _to_bytes, None)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue(_WINDOW_STATE, QByteArray(value))

    @property
    def splitter_state(self) -> QByteArray | None:
        """The timeline/article splitter's state (``QSplitter.saveState()``), or None."""
        return self._read(_SPLITTER_STATE, _to_bytes, None)

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._store.setValue(_SPLITTER_STATE, QByteArray(value))

    @property
    def theme(self) -> str:
        """The theme name: one of ``THEME_NAMES`` (light, sepia, dark, system); unknown names read as the default."""
        name = self._read(_THEME, _to_str, DEFAULT_THEME)
        return name if name in THEME_NAMES else DEFAULT_THEME

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEME_NAMES:
            raise ValueError(f"unknown theme {value!r}; expected one of {', '.join(THEME_NAMES)}")
        self._store.setValue(_THEME, value)

    @property
    def text_size(self) -> float:
        """The article's font size in points, within TEXT_SIZE_RANGE."""
        return _clamp(self._read(_TEXT_SIZE, _to_float, DEFAULT_TEXT_SIZE), *TEXT_SIZE_RANGE)

    @text_size.setter
    def text_size(self, value: float) -> None:
        self._store.setValue(_TEXT_SIZE, _clamp(_to_float(value), *TEXT_SIZE_RANGE))

    @property
    def reading_width(self) -> int:
        """The reading column's width in ems, within READING_WIDTH_RANGE."""
        return int(_clamp(self._read(_READING_WIDTH, _to_int, DEFAULT_READING_WIDTH), *READING_WIDTH_RANGE))

    @reading_width.setter
    def reading_width(self, value: int) -> None:
        self._store.setValue(_READING_WIDTH, int(_clamp(_to_int(value), *READING_WIDTH_RANGE)))

    @property
    def timeline_visible(self) -> bool:
        """Whether the timeline sidebar is shown (F9 toggles it)."""
        return self._read(_TIMELINE_VISIBLE, _to_bool, True)

    @timeline_visible.setter
    def timeline_visible(self, value: bool) -> None:
        self._store.setValue(_TIMELINE_VISIBLE, bool(value))

    @property
    def recent_files(self) -> list[str]:
        """Recently opened files, most recent first; files that no longer exist are left out (and forgotten)."""
        stored = self._read_recent()
        existing = [path for path in stored if os.path.isfile(path)]
        if existing != stored:
            self._write_recent(existing)
        return existing

    # Public API

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        """Put ``path`` (made absolute) first in the recent files, without duplicates, at most MAX_RECENT."""
        new = os.path.abspath(os.fspath(path))
        paths = [new, *(p for p in self._read_recent() if p != new)]
        self._write_recent(paths[:MAX_RECENT])

    def clear_recent(self) -> None:
        """Forget all recent files."""
        self._write_recent([])

    def document_state(self, content_hash: str) -> DocumentState:
        """The remembered state of the document with ``content_hash``, or ``DocumentState()`` if none."""
        group = _document_group(content_hash)
        if not self._store.contains(f"{group}/{_DOC_POSITION}"):
            return DocumentState()
        position = max(0, self._read(f"{group}/{_DOC_POSITION}", _to_int, 0))
        entry = self._read(f"{group}/{_DOC_ENTRY}", _to_str, "")
        return DocumentState(position, entry or None)

    def save_document_state(self, content_hash: str, state: DocumentState) -> None:
        """Remember ``state`` for the document with ``content_hash``; keep only the MAX_DOCUMENTS most recent."""
        sequence = self._read(_DOC_SEQUENCE, _to_int, 0) + 1
        self._store.setValue(_DOC_SEQUENCE, sequence)
        group = _document_group(content_hash)
        self._store.setValue(f"{group}/{_DOC_POSITION}", max(0, int(state.position)))
        if state.selected_entry:
            self._store.setValue(f"{group}/{_DOC_ENTRY}", state.selected_entry)
        else:
            self._store.remove(f"{group}/{_DOC_ENTRY}")
        self._store.setValue(f"{group}/{_DOC_USED}", sequence)
        self._prune_documents()

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._store.sync()

    def file_name(self) -> str:
        """The path of the settings file (for messages and tests)."""
        return self._store.fileName()

    # Helpers

    def _read(self, key: str, convert: Callable[[object], _T], default: _T) -> _T:
        """The value at ``key`` converted by ``convert``; ``default`` when absent or unconvertible."""
        if not self._store.contains(key):
            return default
        value = self._store.value(key)
        if value is None:
            return default
        try:
            return convert(value)
        except (TypeError, ValueError) as err:
            log.warning("Ignoring the setting %s in %s: %s", key, self._store.fileName(), err)
            return default

    def _read_recent(self) -> list[str]:
        """The stored recent files, without checking that they exist."""
        paths: list[str] = []
        try:
            size = self._store.beginReadArray(_RECENT)
            for i in range(size):
                self._store.setArrayIndex(i)
                value = self._store.value(_RECENT_PATH)
                if isinstance(value, str) and value and value not in paths:
                    paths.append(value)
        finally:
            self._store.endArray()
        return paths

    def _write_recent(self, paths: list[str]) -> None:
        self._store.remove(_RECENT)
        self._store.beginWriteArray(_RECENT, len(paths))
        for i, path in enumerate(paths):
            self._store.setArrayIndex(i)
            self._store.setValue(_RECENT_PATH, path)
        self._store.endArray()

    def _document_hashes(self) -> list[str]:
        self._store.beginGroup(_DOCUMENTS)
        try:
            return self._store.childGroups()
        finally:
            self._store.endGroup()

    def _prune_documents(self) -> None:
        hashes = self._document_hashes()
        if len(hashes) <= MAX_DOCUMENTS:
            return
        used = {h: self._read(f"{_document_group(h)}/{_DOC_USED}", _to_int, 0) for h in hashes}
        for h in sorted(hashes, key=lambda h: used[h])[: len(hashes) - MAX_DOCUMENTS]:
            self._store.remove(_document_group(h))

    def _find_corruption(self) -> str | None:
        """Why the store looks corrupt (unparsable, or a known key with a wrong-typed value), or None."""
        if self._store.status() == QSettings.Status.FormatError:
            return "the file cannot be parsed"
        keys = set(self._store.allKeys())
        if "" in keys:
            return "the file has an entry without a key"
        checks = [(key, convert) for key, convert in _SCHEMA.items() if key in keys]
        for h in self._document_hashes():
            checks += [
                (f"{_document_group(h)}/{name}", convert)
                for name, convert in _DOCUMENT_SCHEMA.items()
                if f"{_document_group(h)}/{name}" in keys
            ]
        for key, convert in checks:
            value = self._store.value(key)
            if value is None:
                continue
            try:
                convert(value)
            except (TypeError, ValueError) as err:
                return f"{key} is invalid ({err})"
        return None

    def _reset_corrupt_store(self, problem: str) -> None:
        """Move the corrupt settings file aside and continue with an empty store at the same place."""
        name = self._store.fileName()
        path = Path(name)
        if path.is_file():
            backup = path.with_name(f"{path.name}.bak-{time.strftime('%Y%m%d-%H%M%S')}")
            n = 1
            while backup.exists():
                n += 1
                backup = path.with_name(f"{path.name}.bak-{time.strftime('%Y%m%d-%H%M%S')}-{n}")
            try:
                path.replace(backup)
            except OSError as err:
                log.warning("Settings in %s are corrupt (%s) and cannot be moved aside: %s", name, problem, err)
                self._store = QSettings(name, self._store.format())
                self._store.clear()
                return
            self.backup_path = backup
            log.warning("Settings in %s were corrupt (%s); moved them to %s and started afresh", name, problem, backup)
            self._store = QSettings(name, self._store.format())
        else:  # not a file (e.g. the Windows registry): clear the values instead
            log.warning("Settings in %s were corrupt (%s); started afresh", name, problem)
            self._store.clear()


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def _document_group(content_hash: str) -> str:
    # QSettings treats "/" and "\\" as separators; hashes are hex, but be safe with any string.
    safe = content_hash.replace("/", "_").replace("\\", "_") or "_"
    return f"{_DOCUMENTS}/{safe}"
