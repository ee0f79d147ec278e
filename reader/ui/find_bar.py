"""Find in the article: a slim bar with a query field, "n of m", previous/next and close.

API::

    bar = FindBar(parent)
    bar.attach(text_edit)           # the QTextEdit to search (its document may change; the bar follows)
    bar.open()                      # show, focus the field, select its text (prefilled from a short selection)
    bar.find_next()                 # F3 / Enter: the next match after the text cursor, wrapping around
    bar.find_previous()             # Shift+F3 / Shift+Enter: the match before it, wrapping around
    bar.close_bar()                 # Esc in the field: hide and give the focus back to the text
    bar.set_query(text)             # what typing does: search from where the bar was opened
    bar.query -> str; bar.current_index -> int (0-based, -1 if none); bar.match_count -> int
    bar.match_changed(int index, int total)   # after every search; index is -1 when there is no match
    bar.closed()                    # after close_bar()

Matching is case-insensitive and literal; matches do not overlap. Stepping starts from the text cursor, which is
the current match unless the reader clicked or moved elsewhere; an empty query finds nothing. The current match
becomes the text edit's selection (``setTextCursor``), so its extra selections (timeline highlights) are left alone.

Speed: the bar searches Python's copy of the text (``toPlainText()``, lowercased once per document) with
``str.find`` and ``str.count``, so a step on a 3.3 MB book costs milliseconds and no list of matches is kept.
Python string offsets are mapped to QTextCursor positions (UTF-16) when the text has characters outside the BMP.
The key bindings (F3, Shift+F3, Ctrl+F) belong to the keymap; the bar handles only Enter, Shift+Enter and Esc
inside its own field (Esc wins over any window shortcut on Esc while the field has focus).
"""

from __future__ import annotations

import bisect
import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget
from shiboken6 import isValid

from reader.ui.compat import override

_PREFILL_MAX = 80  # a selection shorter than this (and on one line) prefills the query on open()


class _SearchText:
    """One document's text prepared for case-insensitive search, with offsets mapped to QTextCursor positions."""

    def __init__(self, text: str) -> None:
        self.text = text
        folded = text.lower()
        # str.lower() keeps the length for nearly every text; when it does not, offsets would drift: use regex.
        self.folded: str | None = folded if len(folded) == len(text) else None
        # Positions of characters outside the BMP, which take two UTF-16 units in a QTextCursor position.
        astral: list[int] = []
        if not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text):  # 5 ms for 3 MB
            astral = [m.start() for m in re.finditer("[\U00010000-\U0010ffff]", text)]
        self._astral = astral
        self._astral_cursor = [offset + i for i, offset in enumerate(astral)]  # their QTextCursor positions

    def find(self, query: str, start: int) -> tuple[int, int] | None:
        """The first match at or after ``start`` as (start, end) string offsets, or None."""
        if self.folded is not None and len(query.lower()) == len(query):
            pos = self.folded.find(query.lower(), start)
            return (pos, pos + len(query)) if pos >= 0 else None
        m = re.compile(re.escape(query), re.IGNORECASE).search(self.text, start)
        return m.span() if m else None

    def rfind(self, query: str, end: int) -> tuple[int, int] | None:
        """The last match that ends at or before ``end``, or None."""
        if self.folded is not None and len(query.lower()) == len(query):
            pos = self.folded.rfind(query.lower(), 0, end)
            return (pos, pos + len(query)) if pos >= 0 else None
        spans = [m.span() for m in re.finditer(re.escape(query), self.text[:end], re.IGNORECASE)]
        return spans[-1] if spans else None

    def count(self, query: str, end: int | None = None) -> int:
        """How many (non-overlapping) matches start before ``end`` (all of them when None)."""
        if self.folded is not None and len(query.lower()) == len(query):
            return self.folded.count(query.lower(), 0, len(self.folded) if end is None else end)
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        return sum(1 for m in pattern.finditer(self.text) if end is None or m.start() < end)

    def to_cursor(self, offset: int) -> int:
        """A string offset as a QTextCursor position."""
        return offset + bisect.bisect_left(self._astral, offset)

    def from_cursor(self, position: int) -> int:
        """A QTextCursor position as a string offset."""
        return position - bisect.bisect_left(self._astral_cursor, position)


class FindBar(QWidget):
    """Find-as-you-type over an attached QTextEdit; see the module docstring for the API."""

    match_changed = Signal(int, int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._edit: QTextEdit | None = None
        self._search: _SearchText | None = None
        self._search_doc: QObject | None = None
        self._watched_doc: QObject | None = None
        self._anchor = 0  # string offset where typing searches from (the cursor when the bar opened)
        self._index = -1
        self._total = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)

        self.line_edit = QLineEdit()
        self.line_edit.setObjectName("findField")
        self.line_edit.setPlaceholderText("Find in article")
        self.line_edit.setAccessibleName("Find in article")
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance("99999 of 99999"))
        self.previous_button = self._button("↑", "Previous match (Shift+F3)")
        self.next_button = self._button("↓", "Next match (F3)")
        self.close_button = self._button("✕", "Close find bar (Esc)")

        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(4)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.count_label)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.close_button)
        self.setFocusProxy(self.line_edit)

        self.line_edit.textEdited.connect(self.set_query)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self._refresh_timer.timeout.connect(self._refresh)
        self.hide()

    # Properties

    @property
    def query(self) -> str:
        """The text being searched for."""
        return self.line_edit.text()

    @property
    def current_index(self) -> int:
        """The 0-based number of the current match, or -1 when there is none."""
        return self._index

    @property
    def match_count(self) -> int:
        """How many matches the query has in the whole text."""
        return self._total

    # Public API

    def attach(self, text_edit: QTextEdit) -> None:
        """Search ``text_edit`` from now on."""
        self._edit = text_edit
        self._watch(text_edit.document())

    def open(self) -> None:
        """Show the bar, focus the field and select its text; a short one-line selection becomes the query."""
        if self._edit is not None:
            cursor = self._edit.textCursor()
            selected = cursor.selectedText()
            if selected and len(selected) <= _PREFILL_MAX and "\u2029" not in selected:
                self.line_edit.setText(selected)
            search = self._prepared()
            self._anchor = search.from_cursor(cursor.selectionStart()) if search else 0
        self.show()
        self.line_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line_edit.selectAll()
        if self.query:
            self._search_from(self._anchor, forward=True)

    def find_next(self) -> None:
        """Select the next match after the text cursor (the current match, unless the reader moved), wrapping."""
        self._search_from(self._cursor_offset(end=True), forward=True)

    def find_previous(self) -> None:
        """Select the match before the text cursor (the current match, unless the reader moved), wrapping."""
        self._search_from(self._cursor_offset(end=False), forward=False)

    def close_bar(self) -> None:
        """Hide the bar and give the focus back to the text, which keeps the current match selected."""
        self.hide()
        if self._edit is not None:
            self._edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # Public slots

    @Slot(str)
    def set_query(self, text: str) -> None:
        """Search for ``text`` from where the bar was opened (find as you type)."""
        if self.line_edit.text() != text:
            self.line_edit.setText(text)
        self._search_from(self._anchor, forward=True)

    # Private slots

    @Slot()
    def _invalidate(self) -> None:
        """The text changed: forget the prepared copy, and recount soon if the bar is in use."""
        self._search = None
        if self.isVisible() and self.query:
            self._refresh_timer.start()

    @Slot()
    def _refresh(self) -> None:
        """Recount after the text changed, keeping the text cursor where it is."""
        search = self._prepared()
        if search is None or not self.query:
            return
        self._total = search.count(self.query)
        cursor = self._edit.textCursor() if self._edit else None
        match = None
        if cursor is not None and cursor.hasSelection():
            start = search.from_cursor(cursor.selectionStart())
            found = search.find(self.query, start)
            if found and found[0] == start:
                match = found
        self._set_current(search, match)

    # Qt event overrides

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the field: Esc closes the bar (before any window shortcut), Enter/Shift+Enter step through matches."""
        if watched is self.line_edit and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                if key == Qt.Key.Key_Escape:
                    self.close_bar()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                        self.find_previous()
                    else:
                        self.find_next()
                    return True
        return super().eventFilter(watched, event)

    # Helpers

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        return button

    def _prepared(self) -> _SearchText | None:
        """The attached document's text, prepared once per content."""
        if self._edit is None:
            return None
        doc = self._edit.document()
        if self._watched_doc is not doc:
            self._watch(doc)  # the text edit got a new QTextDocument: follow it
        if self._search is None or self._search_doc is not doc:
            self._search = _SearchText(doc.toPlainText())
            self._search_doc = doc
        return self._search

    def _watch(self, doc: QObject) -> None:
        """Listen to ``doc``'s changes (only: a previous document is no longer watched)."""
        old, self._watched_doc = self._watched_doc, doc
        if old is not None and old is not doc and isValid(old):  # not if Qt already deleted it
            old.contentsChanged.disconnect(self._invalidate)
            old.destroyed.disconnect(self._invalidate)
        if old is not doc:
            doc.contentsChanged.connect(self._invalidate)
            doc.destroyed.connect(self._invalidate)  # QTextEdit.setDocument() replaced (and deleted) it
        self._search = None

    def _cursor_offset(self, *, end: bool) -> int:
        search = self._prepared()
        if self._edit is None or search is None:
            return 0
        cursor = self._edit.textCursor()
        return search.from_cursor(cursor.selectionEnd() if end else cursor.selectionStart())

    def _search_from(self, offset: int, *, forward: bool) -> None:
        """Find the query from ``offset`` in one direction, wrapping around, and make it the current match."""
        search = self._prepared()
        query = self.query
        if search is None or not query:
            self._total = 0
            self._set_current(search, None)
            return
        if forward:
            match = search.find(query, offset) or search.find(query, 0)
        else:
            match = search.rfind(query, offset) or search.rfind(query, len(search.text))
        self._total = search.count(query) if match else 0
        self._set_current(search, match)

    def _set_current(self, search: _SearchText | None, match: tuple[int, int] | None) -> None:
        if match is None or search is None:
            self._index = -1
            if not self.query:
                self.count_label.setText("")
            elif self._total:  # after the text changed: matches, but none is current yet
                self.count_label.setText(f"{self._total} matches" if self._total > 1 else "1 match")
            else:
                self.count_label.setText("No matches")
        else:
            self._index = search.count(self.query, match[0])
            self.count_label.setText(f"{self._index + 1} of {self._total}")
            if self._edit is not None:
                cursor = QTextCursor(self._edit.document())
                cursor.setPosition(search.to_cursor(match[0]))
                cursor.setPosition(search.to_cursor(match[1]), QTextCursor.MoveMode.KeepAnchor)
                self._edit.setTextCursor(cursor)
                self._edit.ensureCursorVisible()
        self.match_changed.emit(self._index, self._total)
