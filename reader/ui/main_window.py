"""The main window: the composition root that builds the widgets and wires them together.

The current timeline entry has one source of truth, the timeline view's ``currentChanged``: clicks,
keys and the navigation actions all change it, and ``_on_current_changed`` turns it into highlights.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QMimeData, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QSplitter, QVBoxLayout, QWidget

from reader import APP_NAME
from reader.core.document import Document
from reader.core.timeline import Timeline, TimelineEvent, build_timeline
from reader.resources import sample_path
from reader.ui.first_paint import after_first_paint
from reader.ui.menus import add_menus
from reader.ui.navigation import History, PassageIndex
from reader.ui.opener import DocumentOpener, user_caches
from reader.ui.settings import DEFAULT_TEXT_SIZE, DocumentState, Settings
from reader.ui.text_view import TextView
from reader.ui.themes import Theme, palette_for, resolve_theme, window_style_sheet
from reader.ui.timeline_model import TimelineModel
from reader.ui.timeline_view import TimelineView

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from reader.ui.find_bar import FindBar

OPEN_FILTER = "Documents (*.txt *.text *.md *.markdown *.htm *.html *.xhtml *.epub *.pdf);;All files (*)"


class MainWindow(QMainWindow):
    """An article beside its timeline."""

    def __init__(self, settings: Settings | None = None, *, theme: str | None = None) -> None:
        """``settings`` remembers state between runs (default: the user's store); ``theme`` overrides its theme."""
        super().__init__()
        self.settings = settings if settings is not None else Settings()
        self.document: Document | None = None
        self.timeline: Timeline | None = None
        self.theme_name = theme or self.settings.theme
        self.theme: Theme = resolve_theme(self.theme_name)
        self.showing_original = False
        self.history = History()
        self._index = PassageIndex(None)

        self.model = TimelineModel(self)
        self.timeline_view = TimelineView()
        self.timeline_view.setModel(self.model)
        self.text_view = TextView()
        self._find_bar: FindBar | None = None  # created on first use (keeps start-up lean)
        timelines, documents = user_caches()
        self.opener = DocumentOpener(self, cache=timelines, documents=documents)
        self.quiet_errors = False  # scripted use (screenshot): errors go to stderr, not to dialogs
        self._waiting_timeline: tuple[Document, Timeline] | None = None  # until the text is all in
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("timelineFilter")
        self.filter_box.setPlaceholderText("Filter: a year like 195, or a name")
        self.filter_box.setAccessibleName("Filter the timeline")
        self._timeline_header = QLabel()
        self._timeline_header.setObjectName("timelineHeader")
        self._timeline_header.setContentsMargins(10, 8, 10, 4)

        self.sidebar = QWidget()
        self.sidebar.setObjectName("sidebar")
        box = QVBoxLayout(self.sidebar)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self._timeline_header)
        box.addWidget(self.filter_box)
        box.addWidget(self.timeline_view)
        article = QWidget()
        self._article_box = QVBoxLayout(article)
        self._article_box.setContentsMargins(0, 0, 0, 0)
        self._article_box.setSpacing(0)
        self._article_box.addWidget(self.text_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(article)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 860])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.setTabOrder(self.filter_box, self.timeline_view)
        self.setTabOrder(self.timeline_view, self.text_view)
        self.setAcceptDrops(True)
        self.resize(1200, 800)

        self.passage_label = QLabel()
        self.statusBar().addPermanentWidget(self.passage_label)
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(0)
        self._filter_timer = QTimer(self)  # typing coalesces: one filter pass per pause, not per key
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(60)

        # The menus are in the first frame (empty: their items are not on screen); the keymap's actions and the
        # menus' items come right after the first paint, or when first asked for (see _finish_setup).
        self._menus = add_menus(self)
        self._actions: dict[str, QAction] | None = None
        self.timeline_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.text_view.current_passage_changed.connect(self._on_passage_changed)
        # not .connect(timer.start): that would pick start(msec) and turn the scroll value into a delay
        self.text_view.verticalScrollBar().valueChanged.connect(lambda _value: self._sync_timer.start())
        self._sync_timer.timeout.connect(self.sync_with_article)
        self.filter_box.textChanged.connect(lambda _text: self._filter_timer.start())
        self._filter_timer.timeout.connect(self._apply_filter)
        self.opener.text_ready.connect(self._on_text_ready)
        self.opener.timeline_ready.connect(self._on_timeline_ready)
        self.opener.failed.connect(self.show_error)
        self.opener.progress.connect(self._on_progress)
        self.text_view.layout_finished.connect(self.opener.release_timeline)
        self.text_view.layout_finished.connect(self._on_layout_finished)
        self.apply_theme(self.theme)
        self._restore_settings()
        self.timeline_view.setFocus(Qt.FocusReason.OtherFocusReason)
        after_first_paint(self, self._finish_setup)

    # Properties

    @property
    def actions_by_name(self) -> dict[str, QAction]:
        """The keymap's actions by name (built right after the first paint, or here if asked for before)."""
        self._finish_setup()
        return self._actions

    @property
    def is_set_up(self) -> bool:
        """True once the keyboard shortcuts and the menus' items are in place (right after the first paint)."""
        return self._actions is not None

    @property
    def find_bar(self) -> FindBar:
        """The find bar under the article, created the first time it is needed."""
        if self._find_bar is None:
            from reader.ui.find_bar import FindBar  # lazily: not needed for the first paint

            bar = FindBar()
            bar.attach(self.text_view)
            bar.hide()
            bar.closed.connect(lambda: self.text_view.setFocus(Qt.FocusReason.OtherFocusReason))
            self._article_box.addWidget(bar)
            self._find_bar = bar
        return self._find_bar

    # Public API: documents

    def open_paths(self, paths: Sequence[str | Path]) -> None:
        """Open the first of ``paths``, or the bundled sample when there are none."""
        self.open_path(paths[0] if paths else sample_path())

    def open_path(self, path: str | Path, *, background: bool | None = None) -> bool:
        """Open ``path`` (big files in the background); on failure say why and keep the current document.

        Returns False when it failed at once; a background load reports later, through the status bar.
        """
        return self.opener.open_path(path, background=background)

    def open_text(self, text: str, *, title: str | None = None) -> bool:
        """Open pasted or dropped text as a document."""
        return self.opener.open_text(text, title=title)

    def set_document(self, doc: Document, timeline: Timeline | None = None) -> None:
        """Show ``doc`` and its timeline (built here unless given), where the reader left it last time."""
        self._on_text_ready(doc)
        if timeline is None:
            timeline = build_timeline(doc.text, title=doc.title, dct=doc.date, mode=doc.reading_mode, asides=doc.asides)
        self._on_timeline_ready(doc, timeline)

    def save_document_state(self) -> None:
        """Remember the reading position and the selected entry of the current document."""
        if self.document is None or self.showing_original:
            return
        event = self.current_event()
        state = DocumentState(self.text_view.reading_position(), event.id if event else None)
        self.settings.save_document_state(self.document.content_hash, state)

    # Public API: timeline navigation

    def select_entry(self, row: int) -> None:
        """Make ``row`` the current timeline entry (as a click or a key press would)."""
        index = self.model.index(row, 0)
        if index.isValid():
            self.timeline_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_event(self, event_id: str) -> bool:
        """Make the entry with ``event_id`` current; False if it is not in the (filtered) timeline."""
        row = self.model.row_of_event(event_id)
        if row >= 0:
            self.select_entry(row)
        return row >= 0

    def current_row(self) -> int:
        """The current timeline row, or -1."""
        index = self.timeline_view.currentIndex()
        return index.row() if index.isValid() else -1

    def current_event(self) -> TimelineEvent | None:
        """The selected entry, or None."""
        return self.model.event_at(self.current_row())

    def step(self, delta: int) -> None:
        """Move the timeline selection by ``delta`` entries in time order, clamped to the list."""
        target = self.model.next_entry_row(self.current_row(), delta)
        if target >= 0:
            self.remember_position()
            self.select_entry(target)

    def step_dated(self, delta: int) -> None:
        """Jump to the next (``delta`` > 0) or previous dated passage in reading order and select its entry."""
        here = self._reading_anchor()
        hit = self._index.next_mention(here) if delta > 0 else self._index.previous_mention(here)
        if hit is None:
            self.statusBar().showMessage("No more dated passages in this direction", 3000)
            return
        self.remember_position()
        offset, event_id = hit
        self.select_event(event_id)  # highlights its passages (unless the filter hides it)
        self.text_view.scroll_to(offset)
        self.text_view.place_cursor(offset)

    def go_to_passage(self) -> None:
        """Move the keyboard focus into the article, at the current passage."""
        passages = self.text_view.highlighted_passages()
        if passages:
            start = passages[max(0, self.text_view.current_passage())][0]
            self.text_view.place_cursor(start)
            self.text_view.scroll_to(start)
        self.text_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def sync_with_article(self) -> None:
        """Mark the entries whose passages are on screen, and keep the first of them visible in the sidebar."""
        if self.timeline is None:
            return
        first, last = self.text_view.visible_range()
        ids = self._index.events_between(first, last)
        self.model.set_on_screen(ids)
        if ids and not self.timeline_view.hasFocus():
            # the entry's row, or its folded era's header: reading never unfolds what the reader folded
            rows = [r for r in (self.model.shown_row_of_event(i) for i in ids) if r >= 0]
            if rows:
                self.timeline_view.scrollTo(self.model.index(min(rows), 0))

    # Public API: history, focus, view

    def remember_position(self) -> None:
        """Record where the reader is, for Alt+Left."""
        self.history.visit(self.text_view.reading_position())

    def go_back(self) -> None:
        """Alt+Left: return to the previous reading position."""
        target = self.history.back(self.text_view.reading_position())
        if target is not None:
            self.text_view.scroll_to(target, fraction=0.0)

    def go_forward(self) -> None:
        """Alt+Right: undo a go_back."""
        target = self.history.forward(self.text_view.reading_position())
        if target is not None:
            self.text_view.scroll_to(target, fraction=0.0)

    def cycle_focus(self, delta: int) -> None:
        """F6 / Shift+F6: move focus between the filter, the timeline and the article."""
        panes = [self.filter_box, self.timeline_view, self.text_view]
        if self._find_bar is not None:
            panes.append(self._find_bar.line_edit)
        panes = [w for w in panes if w.isVisible()]
        focused = self.focusWidget()
        current = next((i for i, p in enumerate(panes) if p is focused or p.isAncestorOf(focused)), -1)
        if current < 0:
            current = 0 if delta > 0 else len(panes)
        panes[(current + delta) % len(panes)].setFocus(Qt.FocusReason.TabFocusReason)

    def clear_selection(self) -> None:
        """Esc: cancel a load, leave the filter box, or clear the timeline selection and the highlights."""
        if self.opener.cancel():
            self.statusBar().showMessage("Cancelled", 3000)
            if self.timeline is None:
                self._timeline_header.setText("<b>Timeline</b> &nbsp;·&nbsp; cancelled (reopen to build it)")
            return
        if self.filter_box.hasFocus():
            self.filter_box.clear()
            self.timeline_view.setFocus()
            return
        self.timeline_view.selectionModel().clear()
        self.text_view.clear_highlights()
        self.statusBar().clearMessage()

    def focus_filter(self) -> None:
        """Ctrl+Shift+F: type to filter the timeline."""
        self.sidebar.setVisible(True)
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def toggle_timeline(self) -> None:
        """F9: show or hide the timeline sidebar."""
        visible = not self.sidebar.isVisible()
        self.sidebar.setVisible(visible)
        self.settings.timeline_visible = visible
        (self.timeline_view if visible else self.text_view).setFocus()

    def toggle_full_screen(self) -> None:
        """F11: full screen on and off."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def zoom(self, steps: int) -> None:
        """Ctrl+= / Ctrl+-: change the text size by ``steps`` points; 0 resets it."""
        size = DEFAULT_TEXT_SIZE if steps == 0 else self.text_view.point_size() + steps
        self.text_view.set_point_size(size)
        self.settings.text_size = self.text_view.point_size()
        self.statusBar().showMessage(f"Text size {self.text_view.point_size():g} pt", 2000)

    def widen(self, ems: int) -> None:
        """Ctrl+] / Ctrl+[: change the reading column's width."""
        self.text_view.set_column_ems(self.text_view.column_ems() + ems)
        self.settings.reading_width = self.text_view.column_ems()
        self.statusBar().showMessage(f"Reading width {self.text_view.column_ems()} em", 2000)

    def toggle_original(self) -> None:
        """Ctrl+U: switch between the clean reading text and the original, debris included."""
        doc = self.document
        if doc is None or not doc.original or doc.original == doc.text:
            self.statusBar().showMessage("This document has no other version to show", 3000)
            return
        self.showing_original = not self.showing_original
        if self.showing_original:
            self.model.set_timeline(None)
            self.text_view.set_document(Document(text=doc.original, title=doc.title))
            self.statusBar().showMessage("Showing the original text (Ctrl+U for reader mode)")
        else:
            self.text_view.set_document(doc)
            self._set_model_timeline()
            self.statusBar().showMessage("Reader mode", 3000)

    def apply_theme(self, theme: Theme) -> None:
        """Recolour the whole window."""
        self.theme = theme
        palette = palette_for(theme)
        QApplication.setPalette(palette)  # menus and dialogs are top-level: they take the app's palette
        self.setPalette(palette)
        self.text_view.set_theme(theme)
        self.timeline_view.set_theme(theme)
        self.setStyleSheet(window_style_sheet(theme))

    def set_theme_name(self, name: str) -> None:
        """Switch to the theme called ``name`` (light, sepia, dark, system)."""
        self.theme_name = name
        self.settings.theme = name
        self.apply_theme(resolve_theme(name))

    def show_error(self, title: str, message: str) -> None:
        """Tell the user something went wrong, without leaving the current document."""
        self.statusBar().showMessage(f"{title}: {message}", 10000)
        if self.quiet_errors:
            print(f"reader: {message}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, title, message)

    # Public slots

    @Slot()
    def open_dialog(self) -> None:
        """Ctrl+O: choose a file to open."""
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self.document.source).parent) if self.document and self.document.source else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open a document", start, OPEN_FILTER)
        if path:
            self.open_path(path)

    @Slot()
    def paste_document(self) -> None:
        """Ctrl+Shift+V: open the clipboard's text (plain, or HTML reduced to text) as a document."""
        self.open_mime(QGuiApplication.clipboard().mimeData())

    def open_mime(self, mime: QMimeData | None) -> bool:
        """Open what a clipboard or a drop carries: local files first, then HTML or plain text."""
        if mime is None:
            return False
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if files:
            return self.open_path(files[0])
        if mime.hasHtml() and mime.html().strip():
            return self.opener.open_html(mime.html())
        return self.open_text(mime.text())

    @Slot()
    def show_shortcuts(self) -> None:
        """F1: the keyboard shortcut sheet, built from the keymap."""
        from reader.ui.keymap import DEFAULT_KEYMAP
        from reader.ui.shortcut_sheet import ShortcutSheet

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

    @Slot(int, int)
    def _on_passage_changed(self, index: int, count: int) -> None:
        event = self.current_event()
        if event is None or count == 0:
            self.passage_label.clear()
            return
        text = f"{event.label}: passage {index + 1} of {count}"
        self.passage_label.setText(text)
        self.statusBar().showMessage(f"{event.label} · {event.title}")
        start, end, _ = self.text_view.highlighted_passages()[self.text_view.current_passage()]
        quote = self.document.text[start:end] if self.document else ""
        from reader.ui.accessibility import announce  # lazily: QAccessible is not needed for the first paint

        announce(self.text_view, f"{text}. {quote[:300]}")

    @Slot(object)
    def _on_text_ready(self, doc: Document) -> None:
        """The text is ready: show it at once; the timeline may still be on its way."""
        self.save_document_state()
        self.document = doc
        self.timeline = None
        self._waiting_timeline = None
        self.showing_original = False
        self._index = PassageIndex(None)
        self.history.reset()
        self.text_view.set_document(doc)
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.blockSignals(False)
        self._filter_timer.stop()
        self.model.set_filter("")
        self.model.set_timeline(None)
        self._timeline_header.setText("<b>Timeline</b> &nbsp;·&nbsp; finding dates…")
        self.setWindowTitle(f"{doc.title or Path(doc.source or 'Untitled').name} — {APP_NAME}")

    @Slot(object, object)
    def _on_timeline_ready(self, doc: Document, timeline: Timeline) -> None:
        if doc is not self.document:
            return
        if not self.text_view.is_complete():  # its passages may lie beyond the text appended so far
            self._waiting_timeline = (doc, timeline)
            return
        self._waiting_timeline = None
        self.timeline = timeline
        self._index = PassageIndex(timeline)
        self._set_model_timeline()
        self._show_entry_count()
        count = len(timeline.entries)
        self.statusBar().showMessage(f"{count} dated entries", 5000)
        if doc.source and Path(doc.source).is_file():
            self.settings.add_recent(doc.source)
        self._restore_document_state(doc)
        if self.is_set_up:  # else _finish_setup marks what is on screen, once the article has its size
            self.sync_with_article()

    @Slot()
    def _on_layout_finished(self) -> None:
        if self._waiting_timeline is not None:
            self._on_timeline_ready(*self._waiting_timeline)

    @Slot(int, str)
    def _on_progress(self, percent: int, message: str) -> None:
        if percent < 100:
            self.statusBar().showMessage(f"{message}… {percent}%  (Esc cancels)")

    @Slot()
    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_box.text())
        if self.timeline is not None:
            self._show_entry_count()

    # Qt event overrides

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept dropped files and text."""
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText() or mime.hasHtml():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open a dropped file (or dropped text)."""
        if self.open_mime(event.mimeData()):
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window and the reading position, stop any load, then close."""
        self.opener.shutdown()
        self.save_document_state()
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()
        super().closeEvent(event)

    # Helpers

    def _show_entry_count(self) -> None:
        """The header's count: "9 entries", or "5 of 9 entries" while a filter hides some."""
        total = self.model.total_entry_count()
        shown = self.model.entry_count() if self.model.filter_text else total
        count = f"{shown} of {total} entries" if shown != total else f"{total} entr{'y' if total == 1 else 'ies'}"
        self._timeline_header.setText(f"<b>Timeline</b> &nbsp;·&nbsp; {count}")

    def _finish_setup(self) -> None:
        """What the first frame does not need: the keymap's actions (shortcuts), the menus' items, the filter's
        clear button and the marks of the entries on screen (the first look at ``text_view.viewport()`` makes
        PySide create ~60 types)."""
        if self._actions is not None:
            return
        from reader.ui.keymap import build_actions
        from reader.ui.menus import build_menus

        scopes = {"window": self, "timeline": self.timeline_view, "article": self.text_view}
        self._actions = build_actions(scopes, self._handlers())
        build_menus(self, self._menus)
        self.filter_box.setClearButtonEnabled(True)  # shown only once there is text to clear
        self.sync_with_article()  # the sidebar's marks for the entries on screen

    def _handlers(self) -> dict[str, object]:
        return {
            "file.open": self.open_dialog,
            "file.paste": self.paste_document,
            "file.close": self.close,
            "file.quit": QApplication.closeAllWindows,
            "timeline.next": lambda: self.step(+1),
            "timeline.previous": lambda: self.step(-1),
            "timeline.go_to_passage": self.go_to_passage,
            "event.next": lambda: self.step(+1),
            "event.previous": lambda: self.step(-1),
            "dated.next": lambda: self.step_dated(+1),
            "dated.previous": lambda: self.step_dated(-1),
            "passage.next": lambda: self.text_view.step_passage(+1),
            "passage.previous": lambda: self.text_view.step_passage(-1),
            "timeline.filter": self.focus_filter,
            "highlight.clear": self.clear_selection,
            "find.open": lambda: self.find_bar.open(),
            "find.next": lambda: self._find_step(forward=True),
            "find.previous": lambda: self._find_step(forward=False),
            "history.back": self.go_back,
            "history.forward": self.go_forward,
            "reading.page_down": lambda: self.text_view.scroll_pages(+1),
            "reading.page_up": lambda: self.text_view.scroll_pages(-1),
            "reading.line_down": lambda: self.text_view.scroll_lines(+3),
            "reading.line_up": lambda: self.text_view.scroll_lines(-3),
            "reading.top": lambda: self._jump_to(0),
            "reading.bottom": lambda: self._jump_to(self.text_view.document().characterCount() - 1),
            "focus.next_pane": lambda: self.cycle_focus(+1),
            "focus.previous_pane": lambda: self.cycle_focus(-1),
            "view.bigger": lambda: self.zoom(+1),
            "view.smaller": lambda: self.zoom(-1),
            "view.reset_size": lambda: self.zoom(0),
            "view.wider": lambda: self.widen(+4),
            "view.narrower": lambda: self.widen(-4),
            "view.toggle_timeline": self.toggle_timeline,
            "view.full_screen": self.toggle_full_screen,
            "view.original": self.toggle_original,
            "help.shortcuts": self.show_shortcuts,
        }

    def _find_step(self, forward: bool) -> None:
        """F3 / Shift+F3: the next or previous match; with nothing to find yet, open the find bar."""
        bar = self.find_bar
        if not bar.query:
            bar.open()
        elif forward:
            bar.find_next()
        else:
            bar.find_previous()

    def _restore_settings(self) -> None:
        settings = self.settings
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        if settings.splitter_state is not None:
            self.splitter.restoreState(settings.splitter_state)
        self.text_view.set_point_size(settings.text_size)
        self.text_view.set_column_ems(settings.reading_width)
        self.sidebar.setVisible(settings.timeline_visible)

    def _restore_document_state(self, doc: Document) -> None:
        state = self.settings.document_state(doc.content_hash)
        if state.selected_entry:
            self.select_event(state.selected_entry)
        if state.position > 0:
            self.text_view.scroll_to(min(state.position, len(doc.text)), fraction=0.0)

    def _jump_to(self, pos: int) -> None:
        self.remember_position()
        self.text_view.place_cursor(pos)
        bar = self.text_view.verticalScrollBar()
        bar.setValue(bar.minimum() if pos == 0 else bar.maximum())

    def _reading_anchor(self) -> int:
        """Where ] and [ count from: the selected entry's mention in the current passage if on screen,
        else the cursor if on screen, else the top of the view."""
        passages = self.text_view.highlighted_passages()
        cur = self.text_view.current_passage()
        event = self.current_event()
        if event is not None and passages and cur >= 0 and self.text_view.is_visible(passages[cur][0]):
            start, end, _ = passages[cur]
            inside = [m.start for m in event.mentions if start <= m.start < max(end, start + 1)]
            return inside[0] if inside else start
        cursor = self.text_view.textCursor().position()
        return cursor if self.text_view.is_visible(cursor) else self.text_view.reading_position()

    def _set_model_timeline(self) -> None:
        self.model.set_timeline(self.timeline, self.document.text if self.document else "")


def _covered(span: object, passages: list[tuple[int, int, str]]) -> bool:
    return any(s <= span.start and span.end <= e for s, e, _ in passages)
