"""HTML: article extraction, metadata, safety, books."""

from __future__ import annotations

import socket
import time

import pytest

from reader.core.document import DocumentError
from reader.core.loaders import document_from_html, load_document

PARAS = "".join(
    f"<p>Paragraph {i}: the council met in the spring of 1848 and argued about the new railway for hours, "
    f"while the town waited outside the hall for news of the vote.</p>"
    for i in range(8)
)
ARTICLE = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Site | The railway vote</title>
<meta property="og:title" content="The railway vote">
<meta name="author" content="Ann Writer">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<link rel="stylesheet" href="http://example.invalid/style.css">
<script>document.write("SCRIPT RAN")</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>The railway vote</h1>{PARAS}<h2>Aftermath</h2>{PARAS}
<img src="http://example.invalid/pixel.gif"></article>
<footer>Copyright 2021 Example Site. All rights reserved.</footer>
</body></html>"""


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a socket fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_article_extraction(write, check_offsets, no_network) -> None:
    doc = load_document(write("page.html", ARTICLE))
    check_offsets(doc)
    assert doc.format == "html"
    assert doc.title == "The railway vote"
    assert doc.author == "Ann Writer"
    assert doc.date == "2021-03-04"
    assert doc.text.startswith("The railway vote\n")
    assert "Paragraph 7" in doc.text
    assert "SCRIPT RAN" not in doc.text
    assert "document.write" not in doc.text
    heads = [(h.level, doc.text[h.start : h.end]) for h in doc.headings]
    assert heads == [(1, "The railway vote"), (2, "Aftermath")]


def test_html_from_clipboard_string(no_network) -> None:
    doc = document_from_html(ARTICLE)
    assert "Paragraph 3" in doc.text


def test_html_fragment_without_article(no_network) -> None:
    doc = document_from_html("<p>Just one short line pasted.</p>")
    assert "Just one short line pasted." in doc.text


def test_declared_charset_is_honoured(write) -> None:
    html = ARTICLE.replace('charset="utf-8"', 'charset="windows-1251"').replace("railway", "железная дорога")
    doc = load_document(write("ru.html", html.encode("cp1251")))
    assert "железная дорога" in doc.text
    assert doc.encoding == "cp1251"


@pytest.mark.parametrize("intro", ["", "<h1>Intro</h1><p>An intro paragraph written before the nesting.</p>"])
def test_deeply_nested_html_is_fast_and_bounded(write, intro: str) -> None:
    html = "<html><body>" + intro + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>"
    path = write("deep.html", html)
    t = time.perf_counter()
    if intro:  # libxml2 caps the nesting depth: the text before it survives
        assert "An intro paragraph" in load_document(path).text
    else:
        with pytest.raises(DocumentError, match="no readable text"):
            load_document(path)
    assert time.perf_counter() - t < 10


def test_page_without_text_is_refused(write) -> None:
    with pytest.raises(DocumentError):
        load_document(write("empty.html", "<html><body><script>x=1</script></body></html>"))


def test_news_page_metadata(corpus) -> None:
    doc = load_document(corpus / "news_html" / "readability" / "nytimes-1" / "source.html")
    assert doc.title == "United States to Lift Sudan Sanctions"
    assert doc.date == "2017-01-13"
    assert "Sudan" in doc.text


def test_book_html(corpus, check_offsets) -> None:
    t = time.perf_counter()
    doc = load_document(corpus / "html_books" / "wells_short_history_pg35461.htm")
    elapsed = time.perf_counter() - t
    check_offsets(doc)
    assert doc.title == "A Short History of the World"
    assert doc.author == "H. G. Wells"
    heads = [doc.text[h.start : h.end] for h in doc.headings]
    assert "I. THE WORLD IN SPACE" in heads
    assert "LXVII. THE POLITICAL AND SOCIAL RECONSTRUCTION OF THE WORLD" in heads
    assert "PROJECT GUTENBERG" not in doc.text.upper()[:5000]
    assert "START OF THIS PROJECT" not in doc.text
    assert elapsed < 2.0
    captions = [doc.text[a:b] for a, b in doc.asides]  # the headings right after its pictures
    assert "THE EXECUTION OF MARIE ANTOINETTE, QUEEN OF FRANCE, OCTOBER 16, 1793" in captions
    assert not any("Louis XVI" in c for c in captions)  # the narration is no caption


def test_picture_captions_are_styled_captions() -> None:
    from lxml import html as lxml_html

    from reader.core.loaders.htmlwalk import walk

    page = (
        "<html><body><h1>The Revolution</h1><p>The king fled in June 1791.</p>"
        '<img src="x.jpg"><h4>THE EXECUTION OF MARIE ANTOINETTE,<br>OCTOBER 16, 1793</h4>'
        "<figure><img src='y.jpg'><figcaption>Paris, 1789</figcaption></figure>"
        '<p class="wp-caption-text">The Bastille in 1790</p><h2>War</h2><p>The next year war came.</p>'
        "</body></html>"
    )
    blocks = walk(lxml_html.fromstring(page).find("body"))
    captions = [b.text for b in blocks if b.styles == ((0, len(b.text), "caption"),)]
    assert captions == ["THE EXECUTION OF MARIE ANTOINETTE,", "OCTOBER 16, 1793", "Paris, 1789", "The Bastille in 1790"]
    assert [(b.text, b.level) for b in blocks if b.level] == [("The Revolution", 1), ("War", 2)]


def test_a_rows_empty_last_cells_leave_no_bar() -> None:
    from lxml import html as lxml_html

    from reader.core.loaders.htmlwalk import walk

    table = "<table><tr><td>1043.</td><td>Russian fleet threatened Constantinople.</td><td></td></tr></table>"
    assert [b.text for b in walk(lxml_html.fromstring(table))] == ["1043. | Russian fleet threatened Constantinople."]


def test_clipboard_html_string_keeps_its_characters() -> None:
    """A str is already decoded: a stale charset declaration or a CF_HTML header must not garble it."""
    html = (
        "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000300\r\n"
        '<html><head><meta charset="windows-1252"></head><body><p>Café in Zürich, 1916 — Dada.</p></body></html>'
    )
    doc = document_from_html(html)
    assert "Café in Zürich, 1916 — Dada." in doc.text
    assert "Version:" not in doc.text


def test_huge_page_is_walked_not_extracted(write, monkeypatch) -> None:
    from reader.core.loaders import html as html_loader

    monkeypatch.setattr(html_loader, "MAX_EXTRACT_CHARS", 1000)
    doc = load_document(write("big.html", ARTICLE))
    assert "Paragraph 7" in doc.text
    assert "Home" not in doc.text  # nav skipped by the walk too


def _wiki_page(head: str = "", footer: str = "") -> str:
    infobox = (
        '<table class="infobox vcard"><tr><th>Founded</th><td>February 28, 1998<span style="display:none">'
        ' (<span class="bday dtstart published updated">1998-02-28</span>)</span></td></tr></table>'
    )
    return (
        f'<html><head><meta name="generator" content="MediaWiki 1.43.0-wmf.1">{head}<title>Mozilla - Wikipedia'
        f"</title></head><body><h1>Mozilla</h1>{infobox}{PARAS}<footer><ul>{footer}</ul></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("footer", "date"),
    [
        ('<li id="footer-info-lastmod">This page was last modified on 28 October 2016, at 06:56.</li>', "2016-10-28"),
        ('<li id="footer-info-lastmod">This page was last edited on 3 November 2024, at 10:15.</li>', "2024-11-03"),
        ('<li id="footer-info-lastmod">This page was last edited on October 28, 2016, at 06:56.</li>', "2016-10-28"),
        ("", None),  # no revision date: undated, not the infobox's founding date
    ],
)
def test_a_wiki_page_is_dated_by_its_last_edit_not_its_infobox(write, footer: str, date: str | None) -> None:
    doc = load_document(write("wiki.html", _wiki_page(footer=footer)))
    assert doc.date == date


def test_a_wiki_page_without_footer_date_uses_its_json_ld_modification_date(write) -> None:
    ld = (
        '<script type="application/ld+json">'
        '{"datePublished":"2001-05-02T14:10:00Z","dateModified":"2024-11-03T10:15:03Z"}</script>'
    )
    assert load_document(write("wiki.html", _wiki_page(head=ld))).date == "2024-11-03"


def test_a_dated_article_is_read_as_news_and_a_wiki_page_as_a_narrative(write) -> None:
    article = load_document(write("article.html", ARTICLE))
    assert (article.date, article.genre, article.reading_mode) == ("2021-03-04", "news", "news")
    footer = '<li id="footer-info-lastmod">This page was last edited on 3 November 2024, at 10:15.</li>'
    wiki = load_document(write("wiki.html", _wiki_page(footer=footer)))
    assert (wiki.genre, wiki.reading_mode) == ("reference", "narrative")
    book = load_document(write("book.txt", "In 1812 Napoleon invaded Russia. On Friday it snowed."))
    assert (book.date, book.genre, book.reading_mode) == (None, None, "narrative")


def test_a_saved_wikipedia_page_is_dated_by_its_revision(corpus) -> None:
    doc = load_document(corpus / "wikipedia" / "html_readability" / "wikipedia" / "source.html")
    assert doc.date == "2016-10-28"  # "This page was last modified on 28 October 2016"; the infobox says 1998


def test_a_hyphen_at_a_source_line_end_joins_its_word() -> None:
    # what the book walk does with a PG HTML edition's hard-wrapped paragraphs (trafilatura, for articles,
    # has already turned the line break into a space, where "pre- and post-war" makes it ambiguous)
    from reader.core.loaders.blocks import clean_inline

    source = "in Behar and Shi-\r\n  Hwang-ti was a little child; he reigned 246-\r\n210 B.C. and\r\nbuilt"
    assert clean_inline(source) == "in Behar and Shi-Hwang-ti was a little child; he reigned 246-210 B.C. and built"
    assert clean_inline("pre- and post-war") == "pre- and post-war"
