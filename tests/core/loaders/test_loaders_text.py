"""Plain text: encodings, newlines, paragraphs, and the plain-text Document."""

from __future__ import annotations

import pytest

from reader.core.document import DocumentError
from reader.core.loaders import document_from_text, load_document
from reader.core.loaders.text import decode_bytes, normalize_newlines, paragraphs, raw_blocks, wrap_width

RUSSIAN = "Москва - столица России. В 1812 году армия Наполеона вошла в город, и начался большой пожар. " * 8
FRENCH = "Le château de Versailles fut achevé en 1682 ; la cour s'y installa, à la fin de l'été. " * 8
SMART = "“Quotes” and — dashes… cost €5 in 1999. " * 8


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (FRENCH, "utf-8", "utf-8"),
        (FRENCH, "utf-8-sig", "utf-8"),
        (RUSSIAN, "utf-16", "utf-16"),
        (FRENCH, "latin-1", "cp1252"),
        (SMART, "cp1252", None),
        (RUSSIAN, "koi8-r", "koi8-r"),
        (RUSSIAN, "cp1251", "cp1251"),
    ],
)
def test_decode_common_encodings(text: str, encoding: str, expected: str | None) -> None:
    decoded, enc = decode_bytes(text.encode(encoding))
    assert decoded == text
    if expected:
        assert enc == expected


def test_binary_is_refused() -> None:
    with pytest.raises(DocumentError, match="binary"):
        decode_bytes(bytes(range(256)) * 40)


@pytest.mark.parametrize("eol", ["\r\n", "\r", "\n"])
def test_newlines_normalized(eol: str) -> None:
    doc = document_from_text(eol.join(["A title line here", "", "First paragraph.", "Second paragraph."]))
    assert "\r" not in doc.text
    assert doc.text == "A title line here\nFirst paragraph.\nSecond paragraph."


def test_unicode_separators_become_newlines() -> None:
    assert normalize_newlines("a\u2028b\u2029c\x0cd\x00e") == "a\nb\nc\nde"


def test_hard_wrapped_text_is_unwrapped_but_short_lines_kept() -> None:
    para = "This is a line of a hard-wrapped paragraph that goes on and on\n" * 30
    verse = "Short line one\nShort line two\n"
    raws = raw_blocks(para + "ending here.\n\n" + verse)
    width = wrap_width(raws)
    assert 55 <= width <= 70
    out = [p for raw in raws for p in paragraphs(raw, width)]
    assert len(out) == 3
    assert out[0].endswith("on and on ending here.")
    assert out[1:] == ["Short line one", "Short line two"]


def test_an_article_set_in_a_narrower_column_is_unwrapped_at_its_own_width() -> None:
    wide = "This is a line of a hard-wrapped paragraph that goes on and on\n" * 30 + "ending here.\n\n"
    column = (  # an old newspaper's column, in a file of articles set at different widths
        "ARTISTS\nIN\nFORCE\nJUST about all of\nSydney's art world\nturned up for a private\nview of David "
        "Strachan's\nexhibition of paintings at\nthe Macquarie Galleries\nyesterday, when the\nartist dispensed "
        "sherry to\nguests and the galleries\nwere packed by crowds\nbetween noon and two.\nIn a charcoal grey\n"
        "flannel suit, the artist\nsmiled.\n\n"
    )
    names = "Miss Jessie Chom-\nley, of Double Bay, who\ndied on November 18, left\nan estate of £60,605.\n"
    names += "Probate of her will was\ngranted in the Supreme\nCourt. She left £500 to\nStawell District Hos-\n"
    names += "pital, Victoria.\n\n"  # capitals begin most lines: the broken words tell it is a column
    verse = "Tell me not, in mournful numbers,\nLife is but an empty dream!\nFor the soul is dead that slumbers,\n"
    verse += "And things are not what they seem.\nLife is real! Life is earnest!\nAnd the grave is not its goal;\n"
    verse += "Dust thou art, to dust returnest,\nWas not spoken of the soul.\n"
    raws = raw_blocks(wide + column + names + verse)
    out = [p for raw in raws for p in paragraphs(raw, wrap_width(raws))]
    assert out[1:6] == [
        "ARTISTS",
        "IN",
        "FORCE",
        "JUST about all of Sydney's art world turned up for a private view of David Strachan's exhibition of "
        "paintings at the Macquarie Galleries yesterday, when the artist dispensed sherry to guests and the "
        "galleries were packed by crowds between noon and two. In a charcoal grey flannel suit, the artist smiled.",
        "Miss Jessie Chomley, of Double Bay, who died on November 18, left an estate of £60,605. Probate of her "
        "will was granted in the Supreme Court. She left £500 to Stawell District Hospital, Victoria.",
    ]
    assert out[6:] == verse.splitlines()  # verse keeps its lines


def test_a_list_with_a_hanging_indent_keeps_an_item_per_paragraph() -> None:
    prose = "This is a line of a hard-wrapped paragraph that goes on and on\n" * 30 + "ending here.\n\n"
    chronology = (
        "  B.C.\n"
        "  790. The Ethiopian conquest of Egypt (founding the XXVth Dynasty).\n"
        "  776. First Olympiad.\n"
        "  745. Tiglath Pileser III conquered Babylonia and founded the New\n"
        "    Assyrian Empire.\n"
        "  606. Capture of Nineveh by the Chaldeans and Medes.\n"
        "       Foundation of the Chaldean Empire.\n"
    )
    raws = raw_blocks(prose + chronology)
    out = [p for raw in raws for p in paragraphs(raw, wrap_width(raws))]
    assert out[1:] == [
        "B.C.",
        "790. The Ethiopian conquest of Egypt (founding the XXVth Dynasty).",
        "776. First Olympiad.",
        "745. Tiglath Pileser III conquered Babylonia and founded the New Assyrian Empire.",
        "606. Capture of Nineveh by the Chaldeans and Medes. Foundation of the Chaldean Empire.",
    ]
    # long rows, none of them short, and one continued at the margin by a typo of the indent
    row = "  {}. Mongol victory in Liegnitz in Silesia, and the events of that year.\n"
    rows = "".join(row.format(1241 + i) for i in range(12)) + "    interregnum until 1273.\n  took and pillaged Rome.\n"
    raws = raw_blocks(prose + rows)
    out = [p for raw in raws for p in paragraphs(raw, wrap_width(raws))]
    assert len(out) == 13
    assert out[-1].endswith("that year. interregnum until 1273. took and pillaged Rome.")
    # a paragraph with a stray indented line is no list: its lines at the margin start no item
    stray = "This is a line of a hard-wrapped paragraph that goes on and on\n" * 3
    stray += "  a line indented by accident, as long as the other lines are here\n"
    stray += "This is a line of a hard-wrapped paragraph that goes on and on\n" * 3
    raws = raw_blocks(prose + stray)
    assert len([p for raw in raws for p in paragraphs(raw, wrap_width(raws))]) == 2


def test_a_word_broken_at_a_line_end_is_joined_again() -> None:
    column = (
        "together with the superiority of the enter-\n"
        "tainment over rival amusements, in the years 1914-\n"
        "1918 - which were hard - and in the north-\n"
        "east of the colony, are causes enough of this.\n"
    ) * 8
    raws = raw_blocks(column)
    (text,) = [p for raw in raws for p in paragraphs(raw, wrap_width(raws))]
    assert "the entertainment over" in text
    assert "the years 1914-1918 - which were hard - and in the northeast of" in text  # as the PDF loader joins
    assert "- " not in text.replace(" - ", " ")  # a spaced dash stays a dash


def test_long_lines_are_one_paragraph_each(check_offsets) -> None:
    lines = [f"Paragraph {i} " + "word " * 40 for i in range(30)]
    doc = document_from_text("\n".join(lines))
    assert doc.text.count("\n") == 29
    check_offsets(doc)


def test_blank_line_runs_collapse() -> None:
    doc = document_from_text("Title of it\n\n\n\n\nBody text that is long enough to be a paragraph.\n\n\n\nMore.")
    assert doc.text == "Title of it\nBody text that is long enough to be a paragraph.\nMore."


def test_load_latin1_file(write) -> None:
    doc = load_document(write("f.txt", FRENCH.encode("latin-1")))
    assert "château" in doc.text
    assert doc.format == "text"


def test_load_utf16_file(write) -> None:
    doc = load_document(write("r.txt", ("Заголовок\n\n" + RUSSIAN).encode("utf-16")))
    assert "Наполеона" in doc.text
    assert doc.encoding == "utf-16"


def test_title_override() -> None:
    doc = document_from_text("Some words here\nand more.", title="Given")
    assert doc.title == "Given"


def test_whitespace_only_text_is_refused() -> None:
    with pytest.raises(DocumentError):
        document_from_text(" \n\t\n ")


def test_content_hash_is_stable() -> None:
    a = document_from_text("Same text in both\nbody.")
    b = document_from_text("Same text in both\r\nbody.")
    assert a.content_hash == b.content_hash


def test_very_long_paragraph_is_split_at_sentence_ends(check_offsets) -> None:
    sentence = "The delegates argued until dawn about the railway and the land in 1917. "
    doc = document_from_text("Title words here\n" + sentence * 2000)
    check_offsets(doc)
    pieces = doc.text.split("\n")[1:]
    assert len(pieces) > 10
    assert all(p.startswith("The delegates") and p.endswith("1917.") for p in pieces)
    assert "".join(p + " " for p in pieces) == sentence * 2000
