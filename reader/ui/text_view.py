"""The article view: the document's text in a comfortable reading column, with linked highlights.

It knows nothing about the timeline model: ``highlight()`` takes plain (start, end, strength) passages.
Highlights are extra selections, so the text and the user's own selection are never modified.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from reader.core.document import Document
from reader.ui.themes import Theme

COLUMN_EMS = 36  # reading width in ems of the body font (about 70 characters a line)
LINE_HEIGHT = 155  # percent of the font's line height


class TextView(QTextEdit):
    """A read-only, selectable, keyboard-navigable reading view of one Document."""

    highlights_changed = Signal()

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
        self._passages: list[tuple[int, int, str]] = []
        self._theme: Theme | None = None
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.25)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setFamilies(["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"])
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(24)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)

    # Public API

    def set_document(self, doc: Document) -> None:
        """Show ``doc.text``: one block per line, headings styled, offsets identical to the text's."""
        self._passages = []
        self.setExtraSelections([])
        qdoc = self.document()
        qdoc.setPlainText(doc.text)
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        body = QTextBlockFormat()
        body.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        body.setBottomMargin(6)
        cursor.mergeBlockFormat(body)
        base = qdoc.defaultFont().pointSizeF()
        for heading in doc.headings:
            cursor.setPosition(heading.start)
            cursor.setPosition(heading.end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontPointSize(base * {1: 1.7, 2: 1.35}.get(heading.level, 1.15))
            cursor.mergeCharFormat(fmt)
            block = QTextBlockFormat()
            block.setTopMargin(18 if heading.level > 1 else 6)
            block.setBottomMargin(14)
            block.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            cursor.mergeBlockFormat(block)
        cursor.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_margins()

    def set_theme(self, theme: Theme) -> None:
        """Recolour the view and re-apply the current highlights in the theme's colours."""
        self._theme = theme
        self.setStyleSheet(
            f"QTextEdit#article {{ background: {theme.paper}; color: {theme.ink}; "
            f"selection-background-color: {theme.selection}; selection-color: {theme.ink}; }}"
        )
        self.highlight(self._passages, scroll=False)

    def highlight(self, passages: Iterable[tuple[int, int, str]], *, scroll: bool = True) -> None:
        """Highlight passages (start, end, strength); "mention" is strong, anything else soft.

        Scrolls the first passage into view when ``scroll`` is true.
        """
        self._passages = sorted(passages, key=lambda p: (p[0], p[1]))
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
        if scroll and self._passages:
            self.scroll_to(self._passages[0][0])
        self.highlights_changed.emit()

    def clear_highlights(self) -> None:
        """Remove every highlight."""
        self.highlight([], scroll=False)

    def highlighted_passages(self) -> list[tuple[int, int, str]]:
        """The passages highlighted now, in text order."""
        return list(self._passages)

    def highlighted_texts(self) -> list[str]:
        """The text of each highlighted passage, in text order (what a reader sees marked)."""
        return [sel.cursor.selectedText().replace("\u2029", "\n") for sel in self.extraSelections()]

    def scroll_to(self, pos: int) -> None:
        """Scroll so that offset ``pos`` sits a quarter of the way down the view."""
        y = self.y_of(pos)
        bar = self.verticalScrollBar()
        bar.setValue(int(y - self.viewport().height() / 4))

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

    def _update_margins(self) -> None:
        em = self.fontMetrics().horizontalAdvance("M") * self.document().defaultFont().pointSizeF()
        em /= max(self.font().pointSizeF(), 1.0)
        column = int(em * COLUMN_EMS) + 2 * int(self.document().documentMargin())
        available = self.width() - self.verticalScrollBar().sizeHint().width()
        column = min(column, available)
        side = max(0, (available - column) // 2)
        self.setViewportMargins(side, 0, side, 0)
        if self.lineWrapColumnOrWidth() != column:
            self.setLineWrapColumnOrWidth(column)
