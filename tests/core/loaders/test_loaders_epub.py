"""EPUB 2 and 3: spine order, headings, TOC; zip bombs, escaping paths, broken XHTML, truncation."""

from __future__ import annotations

import io
import zipfile

import pytest

from reader.core.document import DocumentError
from reader.core.loaders import load_document

CONTAINER = """<?xml version="1.0"?><container version="1.0"
 xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>
 <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"""


def chapter(title: str, body: str, *, anchor: str = "c") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
        f'<title>{title}</title></head><body><h1 id="{anchor}">{title}</h1><p>{body}</p><div/><p>Second '
        f"paragraph of {title}.</p></body></html>"
    )


def opf(version: str, items: str, spine: str) -> str:
    return (
        f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="{version}">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>My Book</dc:title>'
        f"<dc:creator>Jane Author</dc:creator></metadata><manifest>{items}</manifest>{spine}</package>"
    )


def make_epub(files: dict[str, str | bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        zf.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml", CONTAINER)
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def epub2() -> bytes:
    items = (
        '<item id="c2" href="text/two.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
        '<item id="evil" href="../../etc/passwd" media-type="application/xhtml+xml"/>'
    )
    spine = '<spine toc="ncx"><itemref idref="c1"/><itemref idref="evil"/><itemref idref="c2"/></spine>'
    ncx = (
        '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>'
        '<navPoint id="a"><navLabel><text>Part One</text></navLabel><content src="text/one.xhtml#c"/>'
        '<navPoint id="b"><navLabel><text>The Second</text></navLabel><content src="text/two.xhtml"/>'
        "</navPoint></navPoint></navMap></ncx>"
    )
    return make_epub({
        "OEBPS/content.opf": opf("2.0", items, spine),
        "OEBPS/toc.ncx": ncx,
        "OEBPS/text/one.xhtml": chapter("Part One", "It began in 1812 with a letter."),
        "OEBPS/text/two.xhtml": chapter("The Second", "Then came 1813&mdash;&amp; more <b>broken"),  # broken XHTML
    })  # fmt: skip


def epub3() -> bytes:
    items = (
        '<item id="nav" href="nav.xhtml" properties="nav" media-type="application/xhtml+xml"/>'
        '<item id="a" href="a.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="b" href="b%20x.xhtml" media-type="application/xhtml+xml"/>'
    )
    nav = (
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>'
        '<nav epub:type="toc"><ol><li><a href="a.xhtml">Alpha</a></li><li><a href="b%20x.xhtml#c">Beta</a>'
        "</li></ol></nav></body></html>"
    )
    return make_epub({
        "OEBPS/content.opf": opf("3.0", items, '<spine><itemref idref="a"/><itemref idref="b"/></spine>'),
        "OEBPS/nav.xhtml": nav,
        "OEBPS/a.xhtml": chapter("Alpha", "First chapter text."),
        "OEBPS/b x.xhtml": chapter("Beta", "Second chapter text."),
    })  # fmt: skip


def test_epub2_spine_order_toc_and_broken_xhtml(write, check_offsets) -> None:
    doc = load_document(write("book.epub", epub2()))
    check_offsets(doc)
    assert doc.format == "epub"
    assert doc.title == "My Book"
    assert doc.author == "Jane Author"
    assert doc.text.index("It began in 1812") < doc.text.index("Then came 1813—& more broken")
    assert "passwd" not in doc.text
    heads = [(h.level, doc.text[h.start : h.end]) for h in doc.headings]
    assert heads == [(1, "My Book"), (2, "Part One"), (3, "The Second")]
    assert [(t.label, t.level) for t in doc.toc] == [("Part One", 1), ("The Second", 2)]
    assert doc.text[doc.toc[1].offset :].startswith("The Second\n")


def test_epub3_nav(write, check_offsets) -> None:
    doc = load_document(write("book3.epub", epub3()))
    check_offsets(doc)
    assert [t.label for t in doc.toc] == ["Alpha", "Beta"]
    assert doc.text[doc.toc[1].offset :].startswith("Beta\nSecond chapter text.")


def test_zip_bomb_is_refused(write) -> None:
    data = make_epub({"OEBPS/content.opf": "x", "OEBPS/bomb.xhtml": b"\0" * (20 * 1024 * 1024)})
    assert len(data) < 200_000
    with pytest.raises(DocumentError, match="zip bomb"):
        load_document(write("bomb.epub", data))


def test_truncated_epub_is_refused(write) -> None:
    data = epub2()
    with pytest.raises(DocumentError, match="not a valid EPUB"):
        load_document(write("cut.epub", data[: len(data) // 2]))


def test_corrupt_entry_is_refused(write) -> None:
    data = bytearray(epub3())
    pos = data.find(b"Second chapter")  # stored compressed; damage the middle of the archive instead
    mid = len(data) // 2 if pos < 0 else pos
    data[mid : mid + 40] = b"\xff" * 40
    with pytest.raises(DocumentError):
        load_document(write("bad.epub", bytes(data)))


def test_epub_without_package_is_refused(write) -> None:
    with pytest.raises(DocumentError):
        load_document(write("empty.epub", make_epub({})))


def test_war_and_peace_epub(corpus, check_offsets) -> None:
    doc = load_document(corpus / "epub" / "war_and_peace_pg2600.epub")
    check_offsets(doc)
    assert doc.title == "War and Peace"
    assert len(doc.toc) > 370
    assert doc.text[doc.toc[1].offset :].startswith("BOOK ONE: 1805")
    assert "Project Gutenberg" not in doc.text[:2000]
    assert doc.text.startswith("WAR AND PEACE\n")


def test_drm_protected_epub_is_refused(write) -> None:
    data = epub3()
    buf = io.BytesIO(data)
    with zipfile.ZipFile(buf, "a") as zf:
        zf.writestr(
            "META-INF/encryption.xml",
            '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
            'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
            '<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
            '<enc:CipherData><enc:CipherReference URI="OEBPS/a.xhtml"/></enc:CipherData>'
            "</enc:EncryptedData></encryption>",
        )
    with pytest.raises(DocumentError, match="DRM"):
        load_document(write("drm.epub", buf.getvalue()))
