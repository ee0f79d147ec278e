"""The main window: the composition root that builds the widgets and wires them together."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.core.document import Document, DocumentError
from reader.core.loaders import load_document
from reader.core.timeline import Timeline, build_timeline
from reader.resources import sample_path
from reader.ui.keymap import DEFAULT_KEYMAP, build_actions
from reader.ui.shortcut_sheet import ShortcutSheet
from reader.ui.text_view import TextView
from reader.ui.themes import Theme, palette_for, resolve_theme
from reader.ui.timeline_model import TimelineModel
from reader.ui.timeline_view import TimelineView


class MainWindow(QMainWindow):
    """An article beside its timeline."""

    def __init__(self, theme: str = "light") -> None:
        super().__init__()
        self.document: Document | None = None
        self.timeline: Timeline | None = None
        self.theme: Theme = resolve_theme(theme)

        self.model = TimelineModel(self)
        self.timeline_view = TimelineView()
        self.timeline_view.setModel(self.model)
        self.text_view = TextView()
        self._timeline_header = QLabel()
        self._timeline_header.setObjectName("timelineHeader")
        self._timeline_header.setMargin(10)

        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        box = QVBoxLayout(sidebar)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self._timeline_header)
        box.addWidget(self.timeline_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(self.text_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 870])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.resize(1200, 800)

        self.actions_by_name = build_actions(
            {"window": self, "timeline": self.timeline_view},
            {
                "file.open": self.open_dialog,
                "file.quit": self.close,
                "timeline.next": lambda: self.step(+1),
                "timeline.previous": lambda: self.step(-1),
                "timeline.go_to_passage": self.go_to_passage,
                "focus.next_pane": lambda: self.cycle_focus(+1),
                "focus.previous_pane": lambda: self.cycle_focus(-1),
                "highlight.clear": self.clear_selection,
                "help.shortcuts": self.show_shortcuts,
            },
        )
        self._build_menus()
        self.timeline_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.apply_theme(self.theme)
        self.statusBar().showMessage("Ready")

    # Public API

    def open_paths(self, paths: Sequence[str | Path]) -> None:
        """Open the first of ``paths``, or the bundled sample when there are none."""
        self.open_path(paths[0] if paths else sample_path())

    def open_path(self, path: str | Path) -> bool:
        """Load ``path``; on failure show why and keep the current document. Returns success."""
        try:
            doc = load_document(path)
        except DocumentError as err:
            self.show_error(f"Cannot open {Path(path).name}", str(err))
            return False
        self.set_document(doc)
        return True

    def open_path_quietly(self, path: str | Path) -> bool:
        """Load ``path`` for scripted use (screenshot): errors go to stderr, not to a dialog."""
        try:
            doc = load_document(path)
        except DocumentError as err:
            print(f"reader: {err}", file=sys.stderr)
            return False
        self.set_document(doc)
        return True

    def set_document(self, doc: Document) -> None:
        """Show ``doc`` and its timeline."""
        self.document = doc
        self.timeline = build_timeline(doc.text, title=doc.title, dct=doc.date)
        self.text_view.set_document(doc)
        self.model.set_timeline(self.timeline)
        count = len(self.timeline.entries)
        self._timeline_header.setText(f"<b>Timeline</b> &nbsp;·&nbsp; {count} entr{'y' if count == 1 else 'ies'}")
        self.setWindowTitle(f"{doc.title or Path(doc.source or '').name} — {APP_NAME}")
        self.statusBar().showMessage(f"{count} dated entries")

    def select_entry(self, row: int) -> None:
        """Make ``row`` the current timeline entry (as a click or a key press would)."""
        index = self.model.index(row, 0)
        if index.isValid():
            self.timeline_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def current_row(self) -> int:
        """The current timeline row, or -1."""
        index = self.timeline_view.currentIndex()
        return index.row() if index.isValid() else -1

    def step(self, delta: int) -> None:
        """Move the timeline selection by ``delta`` entries, clamped to the list."""
        count = self.model.rowCount()
        if count == 0:
            return
        row = self.current_row()
        target = (0 if delta > 0 else count - 1) if row < 0 else max(0, min(count - 1, row + delta))
        self.select_entry(target)

    def go_to_passage(self) -> None:
        """Move the keyboard focus into the article, at the current entry's first passage."""
        passages = self.text_view.highlighted_passages()
        if passages:
            self.text_view.place_cursor(passages[0][0])
            self.text_view.scroll_to(passages[0][0])
        self.text_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def cycle_focus(self, delta: int) -> None:
        """F6 / Shift+F6: move focus between the timeline and the article."""
        panes = [self.timeline_view, self.text_view]
        focused = self.focusWidget()
        current = next((i for i, p in enumerate(panes) if p is focused or p.isAncestorOf(focused)), -1)
        panes[(current + delta) % len(panes)].setFocus(Qt.FocusReason.TabFocusReason)

    def clear_selection(self) -> None:
        """Esc: clear the timeline selection and the highlights."""
        self.timeline_view.selectionModel().clear()
        self.text_view.clear_highlights()
        self.statusBar().clearMessage()

    def apply_theme(self, theme: Theme) -> None:
        """Recolour the whole window."""
        self.theme = theme
        self.setPalette(palette_for(theme))
        self.text_view.set_theme(theme)
        self.timeline_view.set_theme(theme)
        self._timeline_header.setStyleSheet(
            f"QLabel#timelineHeader {{ background: {theme.sidebar}; color: {theme.muted}; }}"
        )

    def show_error(self, title: str, message: str) -> None:
        """Tell the user something went wrong, without leaving the current document."""
        self.statusBar().showMessage(f"{title}: {message}", 10000)
        QMessageBox.warning(self, title, message)

    # Public slots

    @Slot()
    def open_dialog(self) -> None:
        """Ctrl+O: choose a file to open."""
        start = str(Path(self.document.source).parent) if self.document and self.document.source else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Open a document",
            start,
            "Documents (*.txt *.text *.md *.markdown *.htm *.html *.xhtml *.epub *.pdf);;All files (*)",
        )
        if path:
            self.open_path(path)

    @Slot()
    def show_shortcuts(self) -> None:
        """F1: the keyboard shortcut sheet, built from the keymap."""
        ShortcutSheet(DEFAULT_KEYMAP, self).exec()

    # Private slots

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event = self.model.event_at(current.row()) if current.isValid() else None
        if event is None:
            self.text_view.clear_highlights()
            return
        passages = [(p.start, p.end, p.strength) for p in event.related]
        passages += [(m.start, m.end, "mention") for m in event.mentions if not _covered(m, passages)]
        self.text_view.highlight(passages)
        self.timeline_view.scrollTo(current)
        n = len(event.related) or len(event.mentions)
        self.statusBar().showMessage(f"{event.label} · {event.title} · {n} passage{'s' if n != 1 else ''}")

    # Helpers

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.actions_by_name["file.open"])
        file_menu.addSeparator()
        file_menu.addAction(self.actions_by_name["file.quit"])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.actions_by_name["help.shortcuts"])


def _covered(span: object, passages: list[tuple[int, int, str]]) -> bool:
    return any(s <= span.start and span.end <= e for s, e, _ in passages)
