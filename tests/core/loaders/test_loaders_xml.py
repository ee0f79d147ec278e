"""XML feeds: text and structure, not markup; no entity expansion."""

from __future__ import annotations

from reader.core.loaders import load_document

RSS = """<?xml version="1.0" encoding="koi8-r"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>Новости</title><link>http://example.invalid</link>
<item><title>Первая новость</title><link>http://example.invalid/1</link>
<description>&lt;p&gt;Текст первой новости 3 января 2006 года.&lt;/p&gt; &secret;</description>
<pubDate>Tue, 3 Jan 2006 19:57:00 +0300</pubDate></item>
</channel></rss>"""


def test_rss_feed(write, check_offsets) -> None:
    doc = load_document(write("feed.xml", RSS.encode("koi8-r")))
    check_offsets(doc)
    assert doc.format == "xml"
    assert doc.encoding == "koi8-r"
    assert doc.title == "Новости"
    assert doc.text.split("\n") == [
        "Новости",
        "Первая новость",
        "Текст первой новости 3 января 2006 года.",
        "Tue, 3 Jan 2006 19:57:00 +0300",
    ]
    assert [h.level for h in doc.headings] == [1, 3]
    assert "root:" not in doc.text


def test_unparsable_xml_falls_back_to_text(write) -> None:
    doc = load_document(write("broken.xml", b"<?xml version='1.0'?>\n\x01\x02 plain words here\nmore words"))
    assert "plain words here" in doc.text
