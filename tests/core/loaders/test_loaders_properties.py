"""Properties over arbitrary text: offsets always index the text; reader mode never drops prose."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from loaders_helpers import assert_offsets

from reader.core.document import DocumentError
from reader.core.loaders import document_from_text, load_document
from reader.core.loaders.markdown import document_from_markdown
from reader.core.loaders.pdf import document_from_pages
from reader.core.loaders.webtext import reader_mode


def check_open(path) -> None:
    """``path`` opens with sound offsets, or is refused with one non-empty line."""
    message = ""
    try:
        doc = load_document(path)
    except DocumentError as err:
        message = str(err) or "(empty message)"
        doc = None
    if doc is None:
        assert "\n" not in message
    else:
        assert_offsets(doc)


LINE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)
WORDS = st.lists(st.sampled_from(["the", "treaty", "of", "1689", "was", "Share", "Read", "more", "top", "page"]),
                 min_size=8, max_size=20).map(lambda w: " ".join(w) + ".")  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, max_size=40), st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_text_gives_sound_offsets(lines: list[str], eol: str) -> None:
    try:
        doc = document_from_text(eol.join(lines))
    except DocumentError:
        return  # nothing readable: refused, which is fine
    assert_offsets(doc)


@settings(max_examples=100, deadline=None)
@given(st.lists(LINE, max_size=30))
def test_any_markdown_gives_sound_offsets(lines: list[str]) -> None:
    try:
        doc = document_from_markdown("\n".join(lines))
    except DocumentError:
        return
    assert_offsets(doc)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.tuples(st.one_of(WORDS, LINE), st.sampled_from([0.0, 9.0, 12.0, 16.0, 24.0])), max_size=12),
                min_size=1, max_size=4))  # fmt: skip
def test_any_pdf_pages_with_font_sizes_give_sound_offsets(pages: list[list[tuple[str, float]]]) -> None:
    # Headings, captions and rejoined sentences from any mix of lines and sizes keep the Document consistent.
    try:
        doc = document_from_pages(pages, source=None, name="x.pdf")
    except DocumentError:
        return
    assert_offsets(doc)
    assert sum(len(line.split()) for page in pages for line, _ in page) >= len(doc.text.split()) - 1  # no words made up


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(WORDS, LINE.map(str.strip).filter(bool)), max_size=30))
def test_reader_mode_never_drops_prose(lines: list[str]) -> None:
    kept = reader_mode(lines).lines
    for line in lines:  # prose: eight words or more, ending its sentence
        if len(line.split()) >= 8 and line.endswith("."):
            assert line in kept


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=3000) | st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([".txt", ".html", ".md", ".xml", ".epub", ".pdf", ".srt", ""]),
)
def test_any_bytes_open_or_give_one_line(tmp_path_factory, data: bytes, suffix: str) -> None:
    """Whatever the bytes and the extension: a Document with sound offsets, or one DocumentError line."""
    path = tmp_path_factory.mktemp("fuzz") / f"file{suffix}"
    path.write_bytes(data)
    check_open(path)


def _small_epub() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr(
            "META-INF/container.xml",
            '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="c.opf"/></rootfiles></container>',
        )
        zf.writestr(
            "c.opf",
            '<package xmlns="http://www.idpf.org/2007/opf"><metadata/><manifest>'
            '<item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest>'
            '<spine><itemref idref="a"/></spine></package>',
        )
        zf.writestr("a.xhtml", "<html><body><h1>One</h1><p>Text of 1812 and more.</p></body></html>")
    return buf.getvalue()


SMALL_EPUB = _small_epub()
SMALL_HTML = ("<html><head><title>T</title></head><body><article><h1>T</h1>"
              + "<p>The council met in 1848 and argued about the railway for hours on end.</p>" * 5
              + "</article></body></html>").encode()  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([(SMALL_EPUB, ".epub"), (SMALL_HTML, ".html")]),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), max_size=8),
    st.integers(min_value=0),
)
def test_damaged_files_open_or_give_one_line(tmp_path_factory, sample, flips, cut: int) -> None:
    """Valid small EPUB/HTML with random bytes changed and a random cut."""
    data, suffix = sample
    buf = bytearray(data)
    for pos, value in flips:
        buf[pos % len(buf)] = value
    buf = buf[: max(1, len(buf) - cut % len(buf))]
    path = tmp_path_factory.mktemp("damaged") / f"file{suffix}"
    path.write_bytes(bytes(buf))
    check_open(path)
