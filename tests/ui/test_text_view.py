"""TextView: big texts arrive in slices, yet offsets, headings and highlights match the Document's."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextFormat
from pytestqt.qtbot import QtBot

from reader.core.document import Document, Heading, InlineStyle
from reader.ui.text_view import APPEND_SLICE, FIRST_SLICE, TextView


def _book(chapters: int = 60) -> Document:
    parts, headings, pos = [], [], 0
    for n in range(1, chapters + 1):
        title = f"CHAPTER {n}"
        headings.append(Heading(3, pos, pos + len(title)))
        body = f"In {1800 + n} the story went on. " * 120
        parts.append(f"{title}\n{body}")
        pos += len(title) + 1 + len(body) + 1
    return Document(text="\n".join(parts), title="A book", headings=tuple(headings))


def _shown_view(qtbot: QtBot) -> TextView:
    """A text view on screen at 800x600, as loads and scrolling need it."""
    view = TextView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    return view


def test_big_text_arrives_in_slices_with_identical_offsets(qtbot: QtBot) -> None:
    doc = _book()
    assert len(doc.text) > FIRST_SLICE + 3 * APPEND_SLICE
    view = _shown_view(qtbot)
    with qtbot.waitSignal(view.layout_finished, timeout=10000):
        view.set_document(doc)
        assert not view.is_complete()  # the first screens are there before the rest
        assert FIRST_SLICE <= view.document().characterCount() < len(doc.text)
    assert view.is_complete()
    assert view.toPlainText() == doc.text
    last = doc.headings[-1]
    fragment = view.document().findBlock(last.start).begin().fragment()  # the last chapter's heading
    assert fragment.text() == "CHAPTER 60"
    assert fragment.charFormat().fontWeight() == QFont.Weight.Bold
    start = doc.text.rindex("1860")
    view.highlight([(start, start + 4, "mention")])
    assert view.highlighted_texts() == ["1860"]
    assert view.is_visible(start)


def test_small_text_is_complete_at_once(qtbot: QtBot) -> None:
    view = TextView()
    qtbot.addWidget(view)
    doc = Document(text="Title\nIn 1949 it began.", headings=(Heading(1, 0, 5),))
    with qtbot.waitSignal(view.layout_finished, timeout=2000):
        view.set_document(doc)
        assert view.is_complete()
    assert view.toPlainText() == doc.text


def test_inline_styles_are_drawn(qtbot: QtBot) -> None:
    text = "Notes\nThe treaty was *signed* in 1648, a **turning point**."
    plain = "Notes\nThe treaty was signed in 1648, a turning point."
    del text  # the loader turns the Markdown above into ``plain`` plus these spans
    em, strong = plain.index("signed"), plain.index("turning point")
    doc = Document(
        text=plain,
        headings=(Heading(1, 0, 5),),
        styles=(InlineStyle(em, em + 6, "em"), InlineStyle(strong, strong + 13, "strong")),
    )
    view = TextView()
    qtbot.addWidget(view)
    view.set_document(doc)

    def char_format_at(pos: int) -> object:
        cursor = QTextCursor(view.document())
        cursor.setPosition(pos + 1)  # the format of the character before the cursor
        return cursor.charFormat()

    assert char_format_at(em).fontItalic()
    assert char_format_at(strong).fontWeight() == QFont.Weight.Bold
    assert not char_format_at(plain.index("treaty")).fontItalic()


@pytest.mark.parametrize(("kind", "italic"), [("note", False), ("caption", True)])
def test_notes_and_captions_are_set_one_size_smaller(qtbot: QtBot, kind: str, italic: bool) -> None:
    # A footnote as a printed book sets it; a picture's caption in italics too.
    plain = "The festival began in April.\n[Footnote 18: During the second Punic war.]\nThe games followed."
    note = plain.index("[Footnote")
    doc = Document(text=plain, styles=(InlineStyle(note, plain.index("\nThe games"), kind),))
    view = TextView()
    qtbot.addWidget(view)
    view.set_document(doc)
    cursor = QTextCursor(view.document())

    def format_at(pos: int) -> QTextCharFormat:
        cursor.setPosition(pos + 1)
        return cursor.charFormat()

    assert format_at(note + 3).intProperty(QTextFormat.Property.FontSizeAdjustment) == -1
    assert format_at(note + 3).fontItalic() == italic
    for outside in (plain.index("festival"), plain.index("games")):
        assert format_at(outside).intProperty(QTextFormat.Property.FontSizeAdjustment) == 0
        assert not format_at(outside).fontItalic()


def test_a_passage_near_the_top_is_shown_right_after_a_load_of_many_short_rows(qtbot: QtBot) -> None:
    # A table of one-line rows (a Wikipedia timeline): right after the load the layout is still running and
    # the line lookup could answer with a row far down, which sent a passage near the top to the end.
    rows = [f"{1000 + n} | April 18 | Event number {n}" for n in range(500)]
    doc = Document(text="\n".join(rows), title="Rows")
    view = _shown_view(qtbot)
    with qtbot.waitSignal(view.layout_finished, timeout=10000):
        view.set_document(doc)
    start = doc.text.index("1030 |")
    view.highlight([(start, start + 30, "mention")])
    assert view.is_visible(start)
    assert view.verticalScrollBar().value() < view.verticalScrollBar().maximum() // 2
