"""Markdown: rendered structure, no markup, no raw URLs."""

from __future__ import annotations

import time

from reader.core.loaders import load_document
from reader.core.loaders.markdown import document_from_markdown

MD = """# The Title

Some *emphasis*, **strong**, `code` and [a link](https://example.com/very/long/url).
An image: ![a map of 1815](map.png) and <span>inline html</span>.

## First section

- one
- two
  continued

3. three
4. four

> quoted text

| Year | Event |
|------|-------|
| 1815 | Waterloo |

```
code line
```
"""


def test_markdown_rendered(write, check_offsets) -> None:
    doc = load_document(write("notes.md", MD))
    check_offsets(doc)
    assert doc.format == "markdown"
    assert doc.title == "The Title"
    lines = doc.text.split("\n")
    assert lines[0] == "The Title"
    assert "Some emphasis, strong, code and a link. An image: a map of 1815 and inline html." in lines
    assert "https://" not in doc.text
    assert "*" not in doc.text
    assert "](" not in doc.text
    assert "• one" in lines
    assert "• two continued" in lines
    assert "3. three" in lines
    assert "4. four" in lines
    assert "quoted text" in lines
    assert "1815 | Waterloo" in lines
    assert "code line" in lines
    assert [(h.level, doc.text[h.start : h.end]) for h in doc.headings] == [(1, "The Title"), (2, "First section")]


def test_markdown_without_title_uses_file_name() -> None:
    doc = document_from_markdown("## A\n\ntext\n\n### B\n\nmore", source="/x/My_notes.md")
    assert doc.title == "My notes"
    assert [h.level for h in doc.headings] == [2, 3]


def test_chinapedia_markdown(corpus, check_offsets) -> None:
    doc = load_document(corpus / "wikipedia" / "markdown_chinapedia" / "Korean_War.md")
    check_offsets(doc)
    assert "25 June 1950" in doc.text


def test_chinapedia_captions_are_dropped(corpus) -> None:
    doc = load_document(corpus / "wikipedia" / "markdown_chinapedia" / "Korean_War.md")
    assert "]]" not in doc.text
    assert "Deng Hua (1952–1953)" not in doc.text  # a picture's caption, not the narration
    assert "In a series of emergency meetings that lasted from 2 to 5 October" in doc.text


def test_a_wiki_caption_left_in_a_paragraph_goes_with_it() -> None:
    text = (
        "The bases stayed until the necessity had passed. Leszek Miller, 2002]] During the crisis, Putin "
        "opposed the war.\n\ntank along the river front, August 1950]] The Battle of Osan began.\n\n"
        "Index with `x[i[0]]` as usual."
    )
    paragraphs = document_from_markdown(text).text.split("\n")
    assert paragraphs == [
        "The bases stayed until the necessity had passed. During the crisis, Putin opposed the war.",
        "The Battle of Osan began.",
        "Index with x[i[0]] as usual.",
    ]


def test_wiki_separators_and_magic_words_are_no_text() -> None:
    text = "See also the list of monarchs. __NOTOC__\n\nCENTURIES: 5th{{·}}6th{{·}}7th{{·}}See also\n\n"
    text += "Keep __init__ here."
    assert document_from_markdown(text).text.split("\n") == [
        "See also the list of monarchs.",
        "CENTURIES: 5th · 6th · 7th · See also",
        "Keep init here.",  # Markdown's bold, not a magic word
    ]


def test_huge_markdown_is_shown_as_text(write, monkeypatch) -> None:
    import reader.core.loaders as loaders

    monkeypatch.setattr(loaders, "MAX_MARKDOWN_CHARS", 10)
    doc = load_document(write("big.md", "# Heading here\n\nSome *text* that is long enough to be a paragraph."))
    assert doc.format == "text"
    assert "*text*" in doc.text


def test_emphasis_spans_index_the_text() -> None:
    doc = document_from_markdown(
        "# The *Title*\n\nSome *emph*, **strong `code`** and [a link](http://x).\n\n- an *item*"
    )
    found = [(s.kind, doc.text[s.start : s.end]) for s in doc.styles]
    assert found == [("em", "Title"), ("em", "emph"), ("strong", "strong code"), ("code", "code"), ("em", "item")]
    assert "\n" not in "".join(doc.text[s.start : s.end] for s in doc.styles)


PANDOC_TABLES = """# Timeline

  Year   Date       Event
  ------ ---------- ------------------------------------
  966    April 14   Baptism of Poland
  992    May 25     Death of Mieszko I

+-------------+-------------+-----------------------------+
| Year        | Date        | Event                       |
+=============+=============+=============================+
| 1018        | January 30  | Signing of the Peace of     |
|             |             | Bautzen                     |
+-------------+-------------+-----------------------------+
| 1025        | April 18    | Coronation of Bolesław I    |
+-------------+-------------+-----------------------------+

After the tables.
"""


def test_pandoc_tables_keep_their_rows(check_offsets) -> None:
    # pandoc's simple and grid tables (Wikipedia exports) are not CommonMark: without care their rows run
    # together into one paragraph, or show their borders
    doc = document_from_markdown(PANDOC_TABLES, source="t.md")
    check_offsets(doc)
    lines = doc.text.split("\n")
    assert "966 | April 14 | Baptism of Poland" in lines
    assert "992 | May 25 | Death of Mieszko I" in lines
    assert "1018 | January 30 | Signing of the Peace of Bautzen" in lines  # a cell joins its lines
    assert "1025 | April 18 | Coronation of Bolesław I" in lines
    assert "After the tables." in lines
    assert "+---" not in doc.text
    assert "------" not in doc.text


GRID_PARAGRAPHS = """\
+--------------+--------------------------------------------+
| Country      | Notes                                      |
+==============+============================================+
| Botswana     | See Botswana–Russia relations              |
|              |                                            |
|              | Botswana and the Soviet Union initiated    |
|              | relations on 6 March 1970                  |
|              |                                            |
|              | The two countries are on friendly terms    |
+--------------+--------------------------------------------+
"""


def test_a_grid_cell_s_paragraphs_are_sentences_and_its_cross_references_go(check_offsets) -> None:
    doc = document_from_markdown(GRID_PARAGRAPHS, source="t.md")
    check_offsets(doc)
    row = (
        "Botswana | Botswana and the Soviet Union initiated relations on 6 March 1970. The two countries are on "
        "friendly terms"
    )
    assert row in doc.text.split("\n")  # a full stop between the paragraphs; the hatnote "See ..." gone


def test_a_dash_line_without_rows_is_not_a_table() -> None:
    doc = document_from_markdown("Intro line\n\nsome text\n--- ---\n\nEnd.", source="t.md")
    assert "some text" in doc.text.split("\n")  # not cut into columns at the dashes


def test_a_front_matter_gives_title_date_and_author_and_is_no_text() -> None:
    text = (
        '---\ntitle: "Floods force thousands from homes"\ndate: 2023-03-14T10:00:00Z\nauthor: Jane Doe\n'
        "tags: [news, weather]\n---\n\nHeavy rain on Monday forced thousands of people to leave their homes.\n"
    )
    doc = document_from_markdown(text, source="/tmp/post.md")
    assert (doc.title, doc.date, doc.author, doc.reading_mode) == (
        "Floods force thousands from homes",
        "2023-03-14",
        "Jane Doe",
        "news",
    )
    assert doc.text == "Heavy rain on Monday forced thousands of people to leave their homes."
    toml = document_from_markdown('+++\ntitle = "A post"\ndate = "March 14, 2023"\n+++\nSome text here.\n')
    assert (toml.title, toml.date, toml.text) == ("A post", "2023-03-14", "Some text here.")


def test_a_thematic_break_first_is_no_front_matter() -> None:
    doc = document_from_markdown("---\n\nThe treaty was signed in 1689.\n\n---\n\nTrade grew.\n", source="/tmp/a.md")
    assert "The treaty was signed in 1689." in doc.text
    assert doc.date is None


def test_wiki_markup_is_removed_in_linear_time_over_long_blank_runs() -> None:
    # a grid table's padding: the template patterns once started with "\s*" and took seconds on such runs
    padding = "|" + " " * 200_000 + "|\n"
    text = "# Title\n\n5th{{·}}6th __NOTOC__\n\n" + padding * 5
    started = time.perf_counter()
    doc = document_from_markdown(text)
    assert time.perf_counter() - started < 2.0
    assert "5th · 6th" in doc.text
    assert "NOTOC" not in doc.text
