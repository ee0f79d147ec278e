"""Reader mode for saved or pasted web text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.loaders import document_from_text, load_document
from reader.core.loaders.webtext import dateline, find_date, is_debris, reader_mode

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample" / "china-russia-friendship.txt"

BODY = [
    "The treaty was signed in 1689 at Nerchinsk after long talks between the envoys.",
    "Trade grew slowly over the following century, and caravans crossed the steppe each year.",
]


def test_bundled_sample(check_offsets) -> None:
    doc = load_document(SAMPLE)
    check_offsets(doc)
    title = "China and Russia: Explaining a long, complicated friendship"
    assert doc.title == title
    assert doc.text.startswith(title + "\n")
    assert doc.headings[0].level == 1
    assert doc.text[doc.headings[0].start : doc.headings[0].end] == title
    assert doc.text.endswith("the western region of Xinjiang.")
    for debris in ("top of page", "InduQin", "bottom of page", "views0 comments", "Read more at:"):
        assert debris not in doc.text
    assert doc.original is not None
    assert "top of page" in doc.original
    assert "\n\n" not in doc.text


def test_reader_mode_off_keeps_everything() -> None:
    doc = load_document(SAMPLE, reader_mode=False)
    assert "bottom of page" in doc.text
    assert doc.original is None


@pytest.mark.parametrize(
    "line",
    ["top of page", "Skip to content", "2 views0 comments", "Read more at:", "Share this article",
     "Subscribe to our newsletter", "bottom of page", "Post not marked as liked 3", "15 likes"],
)  # fmt: skip
def test_debris_at_the_edges_goes(line: str) -> None:
    result = reader_mode(["A headline for it", *BODY, line])
    assert line not in result.lines
    result = reader_mode([line, "A headline for it", *BODY])
    assert line not in result.lines
    assert result.lines[result.title_index] == "A headline for it"


def test_site_name_bullet_only_before_content() -> None:
    assert reader_mode(["• InduQin", "Headline", *BODY]).lines == ["Headline", *BODY]
    # a bullet list inside the article is body, whatever its length
    lines = ["Headline", BODY[0], "• Apples", "• Pears", BODY[1]]
    assert reader_mode(lines).lines == lines


@pytest.mark.parametrize(
    "line",
    ["Share prices fell sharply in 1929 as investors panicked and sold their holdings at any price.",
     "Read more at the library, where the archive of the treaty has been kept since 1850 in a vault.",
     "Subscribe", "Comments"],
)  # fmt: skip
def test_body_text_is_never_eaten(line: str) -> None:
    lines = [BODY[0], line, BODY[1]]  # between body lines only unmistakable chrome goes
    assert reader_mode(lines).lines == lines


def test_prose_is_not_debris_even_at_edges() -> None:
    prose = "Share the road, the council said in 1998, because cyclists and drivers both pay for it."
    assert not is_debris(prose, edge=True)


def test_pasted_text_without_debris_has_no_original() -> None:
    doc = document_from_text("\n".join(["Headline here", *BODY]))
    assert doc.original is None
    assert doc.title == "Headline here"


PROSE = "The armies met near the river in the spring of 1950 and fought for three long weeks."
PROSE2 = "Negotiations began in July 1951 and dragged on for two more years before the armistice."


def test_plain_section_titles_become_headings(check_offsets) -> None:
    doc = document_from_text("\n".join(["Korean War", PROSE, "Background", "Imperial rule (1910–1945)", PROSE2,
                                        "Armistice (July 1953)", PROSE]))  # fmt: skip
    check_offsets(doc)
    heads = [(h.level, doc.text[h.start : h.end]) for h in doc.headings]
    assert heads == [(1, "Korean War"), (2, "Background"), (3, "Imperial rule (1910–1945)"),
                     (2, "Armistice (July 1953)")]  # fmt: skip
    assert [t.label for t in doc.toc] == ["Background", "Imperial rule (1910–1945)", "Armistice (July 1953)"]


@pytest.mark.parametrize(
    "lines",
    [
        [PROSE, "Apples", "Pears", "Plums", PROSE2],  # a list is no heading
        [PROSE, "The Youth Hostel Association of", PROSE2],  # a wrapped line
        [PROSE, "Beatrice Tange, the well-known", PROSE2],
        [PROSE.rstrip("."), "Short Fragment Here", PROSE2],  # the paragraph before did not end
        [PROSE, "Heading Like Line", "continues in lower case and goes on for quite a few more words here"],
    ],
)
def test_no_false_section_titles(lines: list[str]) -> None:
    doc = document_from_text("\n".join(["Title of it", *lines]))
    assert [h.level for h in doc.headings] == [1]


def test_read_more_links_at_the_end_go() -> None:
    lines = ["Headline here", *BODY, "Read more:", "Another story about the steppe and its many caravans in 1700",
             "A second related headline"]  # fmt: skip
    assert reader_mode(lines).lines == ["Headline here", *BODY]


def test_read_more_before_prose_stays() -> None:
    lines = ["Headline here", BODY[0], "Read more", BODY[1]]
    assert reader_mode(lines).lines == lines


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published 14 March 2023", "2023-03-14"),
        ("Posted on March 14, 2023 at 10:02 am", "2023-03-14"),
        ("Updated: 2023-03-14 09:00 GMT", "2023-03-14"),
        ("Tuesday, March 14th, 2023", "2023-03-14"),
        ("First published Sept. 3, 1998", "1998-09-03"),
        ("Updated 3:45 PM EST, Tue March 14, 2023", "2023-03-14"),
        ("March 14, 2023 | 10:02 AM", "2023-03-14"),
    ],
)
def test_a_dateline_under_the_title_is_read(line: str, iso: str) -> None:
    assert dateline(["Floods force thousands from homes", "By Jane Doe", line, *BODY]) == iso


def test_a_published_line_wins_over_an_updated_one_and_a_date_in_prose_is_no_dateline() -> None:
    lines = ["Title", "Updated: March 15, 2023", "Published March 14, 2023", *BODY]
    assert dateline(lines) == "2023-03-14"
    assert dateline(["Title", "The treaty was signed on 14 March 1689 at Nerchinsk.", *BODY]) is None
    assert dateline(["Title", "Published 31 February 2023", *BODY]) is None  # no such day
    assert dateline(["Title", *BODY] * 4 + ["Published 14 March 2023"]) is None  # not among the first lines
    diary = ["War diary", "March 14, 1915", *BODY, "March 16, 1915", *BODY]
    assert dateline(diary) is None  # its dates are the entries' days, the story's time
    assert dateline(["Title", "March 14, 2023", *BODY]) == "2023-03-14"  # one bare date line under a title


def test_a_pasted_article_with_a_dateline_is_read_as_news_of_that_day() -> None:
    text = "Floods force thousands from homes\nBy Jane Doe\nPublished 14 March 2023\n\n" + "\n\n".join(
        ["Heavy rain on Monday forced thousands of people to leave their homes, officials said.", *BODY]
    )
    doc = document_from_text(text)
    assert (doc.date, doc.genre, doc.reading_mode) == ("2023-03-14", "news", "news")
    assert "Published 14 March 2023" in doc.text  # the line stays where the reader saw it
    plain = document_from_text("\n\n".join(BODY))
    assert (plain.date, plain.reading_mode) == (None, "narrative")


def test_a_byline_and_a_dateline_are_no_section_headings() -> None:
    text = "Floods force thousands from homes\nBy Jane Doe\nPublished 14 March 2023\n\n" + "\n\n".join(BODY)
    doc = document_from_text(text)
    assert [doc.text[h.start : h.end] for h in doc.headings] == ["Floods force thousands from homes"]


def test_find_date_takes_the_first_real_day_written_in_full() -> None:
    assert find_date("This page was last edited on 28 October 2016, at 20:14.") == "2016-10-28"
    assert find_date("Edited on 31 February 2016, then on March 2nd, 2016.") == "2016-03-02"
    assert find_date("Edited in October 2016.") is None
    assert find_date("2023-03-14T10:00:00Z") == "2023-03-14"
