"""PDF: text layer, de-hyphenation, refusal of PDFs without usable text."""

from __future__ import annotations

import io
import time

import pytest

from reader.core.document import DocumentError
from reader.core.loaders import load_document
from reader.core.loaders.pdf import document_from_pages, page_paragraphs


def test_dehyphenation_and_paragraphs() -> None:
    page = (
        "The treaty of Nerchinsk was signed in 1689 by envoys of the two em-\r\n"
        "pires, and its Latin text was the one that both sides accepted as\r\n"
        "binding for the border.\r\n"
        "A second paragraph starts here, with a well-known hyphen-\r\n"
        "Ated word kept.\r\n"
    )
    paras = page_paragraphs(page)
    assert paras[0].startswith("The treaty of Nerchinsk was signed in 1689 by envoys of the two empires, and")
    assert paras[0].endswith("binding for the border.")
    assert "hyphen- Ated" in paras[1]


def test_lone_citation_joins_its_paragraph() -> None:
    page = "A paragraph that ends here with a full sentence and a citation.\r\n[17]\r\nNext paragraph."
    assert page_paragraphs(page) == [
        "A paragraph that ends here with a full sentence and a citation.[17]",
        "Next paragraph.",
    ]


def test_a_note_mark_that_starts_a_line_ends_the_paragraph_before() -> None:
    page = "It stayed neutral but favoured the Axis.\r\n[35] His largest collaboration with Germany was sending men."
    assert page_paragraphs(page) == [
        "It stayed neutral but favoured the Axis.[35]",
        "His largest collaboration with Germany was sending men.",
    ]


def test_a_note_mark_after_a_comma_does_not_end_the_paragraph() -> None:
    page = (
        "This is a long line of body text that fills the whole width of the page column here.\r\n"
        "On 6 June 1944, after three years of Soviet pressure,[278]\r\n"
        "the Western Allies invaded northern France and this line is long enough to be full.\r\n"
        "Japan began a new attack on Changsha.[277]\r\n"
        "The next paragraph starts here, and it is also a long enough line of body text.\r\n"
    )
    paras = page_paragraphs(page)
    assert len(paras) == 2
    assert "Soviet pressure,[278] the Western Allies invaded" in paras[0]
    assert paras[0].endswith("Changsha.[277]")


def test_soft_hyphen_from_pdfium() -> None:
    assert page_paragraphs("interna\ufffe\r\ntional law.") == ["international law."]


BODY, CAPTION, SECTION = 16.0, 13.3, 24.0


def test_font_sizes_make_headings_and_captions() -> None:
    page = [
        ("Course of the war", SECTION),
        ("Hitler made a peace overture but said that the future of Poland was to", BODY),
        ("be decided by Germany and the Soviet Union, and the proposal was rejected.", BODY),
        ("London's St Paul's Cathedral after the", CAPTION),
        ("German Blitz on 29 December 1940", CAPTION),
        ("On 10 June, Italy invaded France, declaring war on both France and the", BODY),
        ("United Kingdom; Paris fell to them on 14 June.", BODY),
    ]
    doc = document_from_pages([page], source=None, name="x.pdf", title="World War II")
    paragraphs = doc.text.split("\n")
    assert paragraphs == [
        "World War II",
        "Course of the war",
        "Hitler made a peace overture but said that the future of Poland was to be decided by Germany and the "
        "Soviet Union, and the proposal was rejected.",
        "London's St Paul's Cathedral after the German Blitz on 29 December 1940",
        "On 10 June, Italy invaded France, declaring war on both France and the United Kingdom; Paris fell to them "
        "on 14 June.",
    ]
    assert [(h.level, doc.text[h.start : h.end]) for h in doc.headings] == [
        (1, "World War II"),
        (2, "Course of the war"),
    ]
    assert [doc.text[a:b] for a, b in doc.asides] == [paragraphs[3]]


def test_a_drop_cap_is_no_heading() -> None:
    page = [("The War", SECTION), ("T", 48.0), ("he war began in the east and spread to the west within", BODY)]
    page += [("a few weeks of its first battles.", BODY)] + [("Another paragraph of body text here.", BODY)] * 3
    doc = document_from_pages([page], source=None, name="x.pdf", title="T")
    assert "The war began in the east and spread to the west within a few weeks of its first battles." in doc.text
    assert [doc.text[h.start : h.end] for h in doc.headings] == ["T", "The War"]  # the title, then the section


def test_a_sentence_cut_by_a_page_break_heading_and_caption_is_joined() -> None:
    pages = [
        [("The proposal said that the future of Poland was to", BODY)],
        [
            ("Course of the war", SECTION),
            ("Mannerheim Line on the last day of the Winter War, 13 March 1940", CAPTION),
            ("be determined exclusively by Germany and the Soviet Union.", BODY),
        ],
    ]
    doc = document_from_pages(pages, source=None, name="x.pdf", title="T")
    assert doc.text.split("\n")[1:] == [
        "The proposal said that the future of Poland was to be determined exclusively by Germany and the Soviet Union.",
        "Course of the war",
        "Mannerheim Line on the last day of the Winter War, 13 March 1940",
    ]


def test_a_note_mark_alone_at_the_top_of_a_page_goes_back_to_its_sentence() -> None:
    pages = ["They had to abandon almost all their equipment.", "[104]\r\nItaly invaded France."]
    doc = document_from_pages(pages, source=None, name="x.pdf", title="T")
    assert doc.text.split("\n")[1:] == ["They had to abandon almost all their equipment.[104]", "Italy invaded France."]


def test_glyph_codes_are_refused() -> None:
    junk = "/g18/g152/g3/g44/g81/g87/g85/g82 " * 50
    with pytest.raises(DocumentError, match="no usable text layer"):
        document_from_pages([junk, junk], source=None, name="x.pdf")


def _blank_pdf(pages: int) -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    pdf.close()
    return buf.getvalue()


def _text_pdf(lines: list[tuple[str, float, float, float]]) -> bytes:
    """A one-page PDF with each (text, font size, x, y) drawn in Helvetica."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    for text, size, x, y in lines:
        obj = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(size))
        pdfium_c.FPDFText_SetText(obj, (ctypes.c_ushort * (len(text) + 1))(*map(ord, text), 0))
        pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        pdfium_c.FPDFPage_InsertObject(page.raw, obj)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buf = io.BytesIO()
    pdf.save(buf)
    pdf.close()
    return buf.getvalue()


def test_captions_far_apart_are_two_captions(write) -> None:
    # two pictures one above the other, their captions read one after the other: a block far below the last
    # line is a paragraph of its own
    body = "The war began in 1939 when Germany invaded Poland, and it went on across Europe, Africa and Asia"
    data = _text_pdf([
        (body, 12, 40, 800), ("until 1945, when Germany and then Japan surrendered to the Allies.", 12, 40, 785),
        ("American troops approaching Omaha", 9, 40, 700), ("Beach on D-Day, 6 June 1944", 9, 40, 690),
        ("General MacArthur returns to", 9, 40, 400), ("the Philippines, 20 October 1944", 9, 40, 390),
    ])  # fmt: skip
    doc = load_document(write("captions.pdf", data))
    assert [doc.text[a:b] for a, b in doc.asides] == [
        "American troops approaching Omaha Beach on D-Day, 6 June 1944",
        "General MacArthur returns to the Philippines, 20 October 1944",
    ]
    assert doc.text.startswith(body + " until 1945")


def test_scanned_pdf_without_text_is_refused(write) -> None:
    with pytest.raises(DocumentError, match="no text layer"):
        load_document(write("scan.pdf", _blank_pdf(3)))


def test_truncated_pdf_is_refused(write, corpus) -> None:
    data = (corpus / "pdf" / "World_War_II_wikipedia.pdf").read_bytes()
    path = write("cut.pdf", data[:5000])
    with pytest.raises(DocumentError) as err:
        load_document(path)
    assert "\n" not in str(err.value)


def test_garbage_named_pdf_is_refused(write) -> None:
    with pytest.raises(DocumentError, match="not a valid PDF"):
        load_document(write("fake.pdf", b"%PDF-1.4\n" + b"garbage " * 100))


def test_world_war_ii_pdf(corpus, check_offsets) -> None:
    progress: list[tuple[int, int]] = []
    t = time.perf_counter()
    doc = load_document(corpus / "pdf" / "World_War_II_wikipedia.pdf", progress=lambda d, n: progress.append((d, n)))
    elapsed = time.perf_counter() - t
    check_offsets(doc)
    assert doc.format == "pdf"
    assert progress[-1] == (59, 59)
    assert "1 September 1939" in doc.text
    assert "\ufffe" not in doc.text
    assert elapsed < 5
    # Font sizes: the sections are headings, the pictures' captions paragraphs of their own.
    assert len(doc.toc) >= 30
    assert "Course of the war" in [t.label for t in doc.toc]
    assert "the future of Poland was to be determined exclusively by Germany" in doc.text
    captions = [doc.text[a:b] for a, b in doc.asides]
    assert "London's St Paul's Cathedral after the German Blitz on 29 December 1940" in captions
    assert "American troops approaching Omaha Beach during the invasion of Normandy on D-Day, 6 June 1944" in captions


def test_progress_can_cancel(corpus) -> None:
    class CancelledError(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done == 3:
            raise CancelledError

    with pytest.raises(CancelledError):
        load_document(corpus / "pdf" / "World_War_II_wikipedia.pdf", progress=cancel)
