"""Project Gutenberg books: licence dropped, title/author found, chapters as headings, TOC."""

from __future__ import annotations

import pytest

from reader.core.loaders import document_from_text, load_document

WRAPPED = ("It was a bright cold day in April, and the clocks were striking thirteen. Winston\n"
           "Smith, his chin nuzzled into his breast in an effort to escape the vile wind,\n"
           "slipped quickly through the glass doors of Victory Mansions, though not\n"
           "quickly enough to prevent a swirl of gritty dust from entering along with him.\n")  # fmt: skip


def pg_book(body: str) -> str:
    return (
        "The Project Gutenberg EBook of A Test Book, by Some Author\r\n\r\n"
        "This eBook is for the use of anyone anywhere at no cost.\r\n\r\n"
        "Title: A Test Book\r\n\r\nAuthor: Some Author\r\n\r\n"
        "*** START OF THIS PROJECT GUTENBERG EBOOK A TEST BOOK ***\r\n\r\n\r\n\r\n"
        + body.replace("\n", "\r\n")
        + "\r\n\r\n*** END OF THIS PROJECT GUTENBERG EBOOK A TEST BOOK ***\r\n\r\n"
        "Updated editions will replace the previous one. START: FULL LICENSE\r\n"
    )


BODY = (
    "A TEST BOOK\n\n\n\nCONTENTS\n\n    BOOK ONE: 1805\n\n    CHAPTER I\n\n    CHAPTER II\n\n\n\n"
    "BOOK ONE: 1805\n\nCHAPTER I\n\n" + WRAPPED * 3 + "\n\n\n\nCHAPTER II\n\n" + WRAPPED * 3
)


def test_licence_dropped_and_structure_found(check_offsets) -> None:
    doc = document_from_text(pg_book(BODY))
    check_offsets(doc)
    assert doc.title == "A Test Book"
    assert doc.author == "Some Author"
    assert "Project Gutenberg" not in doc.text
    assert "LICENSE" not in doc.text
    assert doc.text.startswith("A TEST BOOK\n")
    levels = [(h.level, doc.text[h.start : h.end]) for h in doc.headings]
    assert levels == [(1, "A TEST BOOK"), (2, "BOOK ONE: 1805"), (3, "CHAPTER I"), (3, "CHAPTER II")]
    assert [(t.label, t.level) for t in doc.toc] == [("BOOK ONE: 1805", 1), ("CHAPTER I", 2), ("CHAPTER II", 2)]
    assert doc.original is not None
    assert "START OF THIS PROJECT" in doc.original


def test_footnotes_are_marked_as_notes() -> None:
    note = (
        "[Footnote 18: During the second Punic war, the Romans imported from Asia the\n"
        "worship of the mother of the gods. Her festival, the Megalesia, began on the\n"
        "fourth of April, and lasted six days.]"
    )
    doc = document_from_text(pg_book("CHAPTER I\n\n" + WRAPPED * 3 + "\n" + note + "\n\n" + WRAPPED * 3))
    (style,) = doc.styles
    assert style.kind == "note"
    assert doc.text[style.start : style.end] == " ".join(note.split())


def test_illustrations_are_captions_and_asides() -> None:
    picture = "[Illustration: EARLY TRAVELLING ON THE LIVERPOOL AND MANCHESTER RAILWAY,\n1833]"
    doc = document_from_text(pg_book("CHAPTER I\n\n" + WRAPPED * 3 + "\n" + picture + "\n\n" + WRAPPED * 3))
    (style,) = doc.styles
    assert style.kind == "caption"
    assert [doc.text[a:b] for a, b in doc.asides] == [" ".join(picture.split())]


LIST_OF_ILLUSTRATIONS = (
    "LIST OF ILLUSTRATIONS\n\n"
    "                                                                 PAGE\n"
    "  Nebula seen Edge-on                                               3\n"
    "  Flint Knives of 4500 B.C.                                        87\n"
    "  Roman Empire and its Alliances, 150 B.C.                   Map  183\n"
    "  LVI. THE UNEASY PEACE IN EUROPE THAT FOLLOWED THE FALL OF\n"
    "         NAPOLEON                                                 349\n"
)


def test_a_list_with_page_numbers_keeps_a_paragraph_per_entry_without_its_page() -> None:
    doc = document_from_text(pg_book("CHAPTER I\n\n" + WRAPPED * 3 + "\n\n" + LIST_OF_ILLUSTRATIONS))
    assert doc.text.split("\n")[-5:] == [
        "PAGE",
        "Nebula seen Edge-on",
        "Flint Knives of 4500 B.C.",
        "Roman Empire and its Alliances, 150 B.C. Map",
        "LVI. THE UNEASY PEACE IN EUROPE THAT FOLLOWED THE FALL OF NAPOLEON",
    ]
    # a table whose last column goes down is no such list: its lines stay as they are
    table = "  Rubbers      (Pair)       2.50       15.       500\n  Men's Suit    (Suit)      40.     400.       90\n"
    doc = document_from_text(pg_book("CHAPTER I\n\n" + WRAPPED * 3 + "\n\n" + table * 2))
    assert "2.50 15. 500" in doc.text


def test_a_chronology_of_long_rows_keeps_a_paragraph_per_row() -> None:
    row = "  {}. Mongol victory in Liegnitz in Silesia, and the events of that year.\n"
    rows = "".join(row.format(1241 + i) for i in range(6)) + "    interregnum until 1273.\n"
    doc = document_from_text(pg_book("CHAPTER I\n\n" + WRAPPED * 8 + "\n\n" + rows))
    assert doc.text.split("\n")[-6:-1] == [row.format(1241 + i).strip() for i in range(5)]


def test_wrapped_paragraphs_are_joined() -> None:
    doc = document_from_text(pg_book(BODY))
    assert "Winston Smith, his chin nuzzled" in doc.text


def test_war_and_peace(corpus, check_offsets) -> None:
    doc = load_document(corpus / "books" / "war_and_peace_pg2600.txt")
    check_offsets(doc)
    assert doc.title == "War and Peace"
    assert doc.author == "Leo Tolstoy"
    heads = [doc.text[h.start : h.end] for h in doc.headings]
    assert heads[:3] == ["WAR AND PEACE", "BOOK ONE: 1805", "CHAPTER I"]
    assert heads.count("BOOK ONE: 1805") == 1, "the contents listing must not produce headings"
    assert sum(1 for h in doc.headings if h.level == 2) >= 15 + 2  # 15 books + 2 epilogues
    assert sum(1 for h in doc.headings if h.level == 3) >= 360
    assert "END OF THIS PROJECT GUTENBERG" not in doc.text
    assert doc.text.rstrip().endswith("a dependence of which we are not conscious.")


@pytest.mark.parametrize("name", ["wells_short_history_pg35461_ascii.txt", "wells_short_history_pg35461_latin1.txt"])
def test_wells_numbered_chapters(corpus, name: str) -> None:
    doc = load_document(corpus / "books" / name)
    heads = [doc.text[h.start : h.end] for h in doc.headings]
    assert "I. THE WORLD IN SPACE" in heads
    assert "LXVII. THE POLITICAL AND SOCIAL RECONSTRUCTION OF THE WORLD" in heads
    assert "{2}" not in doc.text  # page numbers gone
    assert {t.level for t in doc.toc} == {1}  # chapters only: they are the TOC's top level
    assert doc.text.count("A Short History of the World\n") <= 2


def test_latin1_and_ascii_editions_agree(corpus) -> None:
    a = load_document(corpus / "books" / "wells_short_history_pg35461_ascii.txt")
    b = load_document(corpus / "books" / "wells_short_history_pg35461_latin1.txt")
    assert b.encoding in ("iso8859-1", "cp1252")
    assert abs(len(a.text) - len(b.text)) < len(a.text) * 0.01
    assert "\ufffd" not in b.text


def test_war_and_peace_loads_fast(corpus) -> None:
    """The speed bar (bench/bench_load.py measures it): under 0.3 s of CPU, best of 3, on a machine that runs
    ``sum(range(10**7))`` in 0.15 s of CPU, and proportionally more on a slower one (measured in the same run).

    CPU time, not wall time: the machines are shared, and a busy neighbour doubles wall time; and the
    machine's own speed varies from day to day (that loop took 0.24 s on 7 Dec 2026, and the load 0.27-0.31 s).
    """
    import time

    def cpu(work) -> float:
        best = float("inf")
        for _ in range(3):
            t = time.process_time()
            work()
            best = min(best, time.process_time() - t)
        return best

    path = corpus / "books" / "war_and_peace_pg2600.txt"
    load_document(path)
    took = cpu(lambda: load_document(path))
    bar = 0.3 * max(1.0, cpu(lambda: sum(range(10**7))) / 0.15)
    assert took < bar, f"War and Peace took {took:.3f} s of CPU (bar {bar:.3f} s on this machine today)"
