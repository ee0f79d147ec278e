"""The article view: the document's text in a comfortable reading column, with linked highlights.

It knows nothing about the timeline model: ``highlight()`` takes plain (start, end, strength) passages.
Highlights are extra selections, so the text and the user's own selection are never modified.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from reader.core.document import Document, Heading, InlineStyle
from reader.ui.marker_scrollbar import MarkerScrollBar
from reader.ui.themes import Theme

COLUMN_EMS = 36  # default reading width in ems of the body font (about 70 characters a line)
LINE_HEIGHT = 155  # percent of the font's line height
FIRST_SLICE = 40_000  # characters shown at once: several screens, built in a few milliseconds
APPEND_SLICE = 20_000  # characters appended per event-loop turn after that (under ~10 ms with layout)
DEFAULT_POINT_SIZE = 12.5
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 40.0
MIN_COLUMN_EMS, MAX_COLUMN_EMS = 24, 60


class TextView(QTextEdit):
    """A read-only, selectable, keyboard-navigable reading view of one Document."""

    current_passage_changed = Signal(int, int)  # index (0-based), count
    layout_finished = Signal()  # the whole document is laid out (scroll range final)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUndoRedoEnabled(False)
        self.setAccessibleName("Article")
        self.markers = MarkerScrollBar()
        self.setVerticalScrollBar(self.markers)
        # Qt lays a big document out lazily in steps that grow to 200,000 characters (50 ms and more
        # on the UI thread); appending the text piece by piece keeps every step short.
        self._pending: tuple[str, int, list[Heading], list[InlineStyle]] = ("", 0, [], [])
        self._append_timer = QTimer(self)
        self._append_timer.setInterval(0)
        self._append_timer.timeout.connect(self._append_slice)
        self._body_format = QTextBlockFormat()
        self._body_format.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self._body_format.setBottomMargin(6)
        self._passages: list[tuple[int, int, str]] = []
        self._order: list[int] = []  # passage indices in stepping order: main passages first
        self._step = -1  # position in _order of the passage last scrolled to
        self._theme: Theme | None = None
        self._column_ems = COLUMN_EMS
        font = QFont(self.font())
        font.setPointSizeF(DEFAULT_POINT_SIZE)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setFamilies(["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"])
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(24)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)

    # Public API

    def set_document(self, doc: Document) -> None:
        """Show ``doc.text``: one block per line, headings styled, offsets identical to the text's.

        The first FIRST_SLICE characters are built into a detached QTextDocument and swapped in at once;
        a longer text is appended in APPEND_SLICE pieces, one per event-loop turn, so Qt lays out a small
        piece at a time and the UI never stalls. ``layout_finished`` says when the whole text is in.
        """
        self._passages = []
        self._order, self._step = [], -1
        self.setExtraSelections([])
        self._append_timer.stop()
        old = self.document()
        qdoc = QTextDocument(self)
        qdoc.setDefaultFont(old.defaultFont())
        qdoc.setDocumentMargin(old.documentMargin())
        qdoc.setUndoRedoEnabled(False)
        text = doc.text
        first = text.find("\n", FIRST_SLICE) if len(text) > FIRST_SLICE else -1
        first = len(text) if first < 0 else first
        cursor = QTextCursor(qdoc)
        cursor.setBlockFormat(self._body_format)
        cursor.insertText(text[:first])  # new blocks inherit the body format
        self._pending = (text, first, list(doc.headings), sorted(doc.styles, key=lambda st: st.start))
        self._format_headings(cursor, first)
        self.setDocument(qdoc)  # deletes the old document, which the view owns
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_margins()
        if first < len(text):
            self._append_timer.start()
        else:
            QTimer.singleShot(0, self, self.layout_finished.emit)  # dropped if the view goes first

    def is_complete(self) -> bool:
        """True once the whole text of the document is in the view."""
        text, done = self._pending[:2]
        return done >= len(text)

    def point_size(self) -> float:
        """The body text size in points."""
        return self.document().defaultFont().pointSizeF()

    def set_point_size(self, size: float) -> None:
        """Set the body text size (clamped to 8–40 pt), keeping the reading position."""
        empty = self.document().isEmpty()  # nothing to keep (and no viewport() to ask: the start-up path)
        anchor = 0 if empty else self.reading_position()
        font = self.document().defaultFont()
        font.setPointSizeF(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size)))
        self.document().setDefaultFont(font)
        self._update_margins()
        if not empty:
            self.scroll_to(anchor, fraction=0.0)

    def column_ems(self) -> int:
        """The reading column's width in ems."""
        return self._column_ems

    def set_column_ems(self, ems: int) -> None:
        """Set the reading column's width in ems (clamped to 24–60)."""
        self._column_ems = max(MIN_COLUMN_EMS, min(MAX_COLUMN_EMS, ems))
        self._update_margins()

    def set_theme(self, theme: Theme) -> None:
        """Recolour the view and re-apply the current highlights in the theme's colours."""
        self._theme = theme
        # A 3-pixel bar at the top shows where the keyboard focus is, without moving the text.
        self.setStyleSheet(
            f"QTextEdit#article {{ background: {theme.paper}; color: {theme.ink}; "
            f"selection-background-color: {theme.selection}; selection-color: {theme.ink}; "
            f"border: none; border-top: 3px solid {theme.paper}; }}"
            f"QTextEdit#article:focus {{ border-top: 3px solid {theme.accent}; }}"
        )
        self.highlight(self._passages, scroll=False)

    def highlight(self, passages: Iterable[tuple[int, int, str]], *, scroll: bool = True) -> None:
        """Highlight passages (start, end, strength); "mention" is strong, anything else soft.

        Passages are numbered (and ``n`` steps) main passages first, then related ones, each in text
        order; the first is scrolled into view when ``scroll`` is true.
        """
        self._passages = sorted(passages, key=lambda p: (p[0], p[1]))
        self._order = sorted(range(len(self._passages)), key=lambda i: self._passages[i][2] != "mention")
        self._step = 0 if self._passages else -1
        theme = self._theme
        strong = QColor(theme.strong if theme else "#ffe08a")
        soft = QColor(theme.soft if theme else "#fff3c9")
        selections = []
        length = self.document().characterCount() - 1
        for start, end, strength in self._passages:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(max(0, min(start, length)))
            cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(strong if strength == "mention" else soft)
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)
        self._update_markers()
        if scroll and self._passages:
            self.scroll_to(self._passages[self.current_passage()][0])
        self.current_passage_changed.emit(self._step, len(self._passages))

    def step_passage(self, delta: int) -> None:
        """Scroll to the next (``delta`` > 0) or previous passage in reading order, wrapping around."""
        if not self._passages:
            return
        self._step = (self._step + delta) % len(self._passages)
        self.scroll_to(self._passages[self.current_passage()][0])
        self.current_passage_changed.emit(self._step, len(self._passages))

    def current_passage(self) -> int:
        """The index (into ``highlighted_passages()``) of the passage last scrolled to, or -1."""
        return self._order[self._step] if self._step >= 0 else -1

    def clear_highlights(self) -> None:
        """Remove every highlight."""
        self.highlight([], scroll=False)

    def highlighted_passages(self) -> list[tuple[int, int, str]]:
        """The passages highlighted now, in text order."""
        return list(self._passages)

    def highlighted_texts(self) -> list[str]:
        """The text of each highlighted passage, in text order (what a reader sees marked)."""
        return [sel.cursor.selectedText().replace("\u2029", "\n") for sel in self.extraSelections()]

    def scroll_to(self, pos: int, fraction: float = 0.25) -> None:
        """Scroll so that offset ``pos`` sits ``fraction`` of the way down the view."""
        y = self.y_of(pos)
        bar = self.verticalScrollBar()
        target = self._line_top_at(y - self.viewport().height() * fraction)
        if target > bar.maximum():
            # The layout runs incrementally on big documents and the range lags behind it: lay out
            # the rest now (once) and set the range the view would reach on its own a moment later.
            height = self.document().documentLayout().documentSize().height()
            bar.setRange(0, max(0, int(height) - self.viewport().height()))
        bar.setValue(target)

    def visible_range(self) -> tuple[int, int]:
        """The offsets of the first and last characters on screen."""
        viewport = self.viewport().rect()
        first = self.cursorForPosition(viewport.topLeft()).position()
        last = self.cursorForPosition(viewport.bottomRight()).position()
        return first, max(first, last)

    def reading_position(self) -> int:
        """The offset at the top of the view: where the reader is."""
        return self.cursorForPosition(self.viewport().rect().topLeft()).position()

    def scroll_pages(self, pages: float) -> None:
        """Scroll by ``pages`` screens (negative: up), keeping a line of context."""
        bar = self.verticalScrollBar()
        step = self.viewport().height() - self.fontMetrics().height() * 2
        bar.setValue(bar.value() + int(step * pages))

    def scroll_lines(self, lines: int) -> None:
        """Scroll by ``lines`` lines of body text."""
        bar = self.verticalScrollBar()
        line = QFontMetrics(self.document().defaultFont()).lineSpacing() * LINE_HEIGHT / 100
        bar.setValue(bar.value() + int(line * lines))

    def y_of(self, pos: int) -> float:
        """The document y coordinate of the line holding offset ``pos``."""
        doc = self.document()
        block = doc.findBlock(pos)
        if not block.isValid():
            return 0.0
        rect = doc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        line = layout.lineForTextPosition(pos - block.position()) if layout else None
        return rect.top() + (line.y() if line is not None and line.isValid() else 0.0)

    def is_visible(self, pos: int) -> bool:
        """True when offset ``pos`` is on screen."""
        top = self.verticalScrollBar().value()
        y = self.y_of(pos)
        return top <= y <= top + self.viewport().height()

    def place_cursor(self, pos: int) -> None:
        """Put the reading cursor at ``pos`` (for keyboard reading from a passage) and show it."""
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(pos, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)

    # Qt event overrides

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the reading column centred and at a readable width."""
        super().resizeEvent(event)
        self._update_margins()

    # Helpers

    def _append_slice(self) -> None:
        """Append the next APPEND_SLICE characters (from a newline on); finish when the text is all in."""
        text, done, headings, styles = self._pending
        if done < len(text):
            end = text.find("\n", done + APPEND_SLICE)
            end = len(text) if end < 0 else end
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.beginEditBlock()  # one layout pass for the slice and its formats, not one per footnote
            cursor.insertBlock(self._body_format, QTextCharFormat())  # the newline at text[done]
            cursor.insertText(text[done + 1 : end])
            self._pending = (text, end, headings, styles)
            self._format_headings(cursor, end)
            cursor.endEditBlock()
            done = end
        if done >= len(text):
            self._append_timer.stop()
            self.document().documentLayout().documentSize()  # settles the scroll range
            self.layout_finished.emit()

    def _line_top_at(self, y: float) -> int:
        """The top of the text line at document height ``y``, so a scroll never cuts a line in half."""
        if y <= 0:
            return 0
        doc = self.document()
        layout = doc.documentLayout()
        block = doc.findBlock(max(0, layout.hitTest(QPointF(1, y), Qt.HitTestAccuracy.FuzzyHit)))
        if not block.isValid():
            return int(y)
        rect = layout.blockBoundingRect(block)
        if not rect.top() <= y < rect.bottom():
            # Right after a load the layout is still running, and the hit test can answer with a block far
            # away (a table of 450 one-line rows sent a passage near the top to the end): scroll to y as is.
            return int(y)
        top = rect.top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            if top + line.y() + line.height() > y:
                return int(top + line.y())
        return int(y)

    def _format_headings(self, cursor: QTextCursor, upto: int) -> None:
        """Style the pending headings and inline styles that end before ``upto`` (the text so far)."""
        styles = self._pending[3]
        while styles and styles[0].end <= upto:
            style = styles.pop(0)
            cursor.setPosition(style.start)
            cursor.setPosition(style.end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            if style.kind == "em":
                fmt.setFontItalic(True)
            elif style.kind == "strong":
                fmt.setFontWeight(QFont.Weight.Bold)
            elif style.kind == "code":
                fmt.setFontFamilies(["DejaVu Sans Mono", "Noto Sans Mono", "monospace"])
            elif style.kind == "note":
                fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)  # a footnote: one step smaller
            elif style.kind == "caption":
                fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)  # a caption beside the text, as printed
                fmt.setFontItalic(True)
            cursor.mergeCharFormat(fmt)
        headings = self._pending[2]
        while headings and headings[0].end <= upto:
            heading = headings.pop(0)
            cursor.setPosition(heading.start)
            cursor.setPosition(heading.end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            # relative sizes, so headings follow the text size (HTML-like steps: +3 is xx-large)
            fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, {1: 3, 2: 2}.get(heading.level, 1))
            cursor.mergeCharFormat(fmt)
            block = QTextBlockFormat()
            block.setTopMargin(18 if heading.level > 1 else 6)
            block.setBottomMargin(14)
            block.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            cursor.mergeBlockFormat(block)

    def _update_markers(self) -> None:
        """Ticks in the scroll bar where the passages are (by character offset: no layout needed)."""
        total = max(1, self.document().characterCount())
        theme = self._theme
        for layer, kinds, colour in (
            ("strong", {"mention"}, theme.accent if theme else "#9c3d10"),
            ("soft", None, theme.muted if theme else "#5b5b63"),
        ):
            fractions = [s / total for s, _, k in self._passages if (k in kinds if kinds else k != "mention")]
            self.markers.set_markers(fractions, QColor(colour), layer=layer)

    def _update_margins(self) -> None:
        em = QFontMetrics(self.document().defaultFont()).horizontalAdvance("M")
        column = int(em * self._column_ems) + 2 * int(self.document().documentMargin())
        available = self.width() - self.verticalScrollBar().sizeHint().width()
        column = min(column, available)
        side = max(0, (available - column) // 2)
        self.setViewportMargins(side, 0, side, 0)
        if self.lineWrapColumnOrWidth() != column:
            self.setLineWrapColumnOrWidth(column)
