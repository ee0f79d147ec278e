"""PDF: the text layer, page by page, with de-hyphenation, via pypdfium2 (PDFium, a binary wheel).

Measured on the 59-page World War II PDF: pypdfium2 0.18 s, pypdf 2.1 s (pure Python), so pypdfium2.
Each page's lines are joined into paragraphs: a line ending in a hyphen after a letter, followed by a
lower-case letter, is joined without the hyphen ("interna-" + "tional" -> "international"); other
wrapped lines are joined with a space; a line that ends with sentence punctuation well short of the
page's usual line width ends its paragraph. Each line's font size sorts it (``document_from_pages``):
headings are set larger than the body text, captions, infoboxes and footnotes smaller. Pages without a
usable text layer (scanned images, or unmapped glyph codes such as "/g18/g152") are refused with a clear
message.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.core.document import Document, DocumentError
from reader.core.loaders.blocks import Block, assemble, styles
from reader.core.loaders.limits import MAX_PDF_PAGES

PageLines = list[tuple[str, float]]  # a page's lines and their font sizes (0.0: unknown)
SIZE_SAMPLES = 6  # letters of a line whose font size is read (each is a call into PDFium)
HEADING_RATIO = 1.12  # a line this much larger than the body text is a heading ...
MAX_HEADING = 150  # ... if it is this short
SMALL_RATIO = 0.92  # a line this much smaller is a caption, an infobox's or a footnote's
GAP_LINES = 2.5  # a line this many font sizes below the last starts a block of its own
MAX_INTERRUPTION = 8  # headings and captions that may stand between the two halves of a body paragraph
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

_GLYPH_CODES = re.compile(r"/g\d+|\(cid:\d+\)|/uni[0-9A-Fa-f]{4}")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_MARKS = r"(?:\[[\w ]{1,12}\])+"  # note marks: "[17]", "[a]", "[139][195]"
_CITATION = re.compile(rf"^{_MARKS}$")
_SOFT_HYPHENS = ("\ufffe", "\x02", "\u00ad")
_LEADING_CITATION = re.compile(rf"({_MARKS}) (?=\S)")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
_TRAILING_MARKS = re.compile(rf"{_MARKS}$")  # "pressure,[278]": note marks after the last word


def load_pdf(
    raw: bytes, *, source: str | None, name: str, progress: Callable[[int, int], None] | None = None
) -> Document:
    """Read the PDF bytes' text layer into a Document."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as err:
        msg = str(err).lower()
        if "password" in msg:
            raise DocumentError(f"{name} is password-protected") from None
        raise DocumentError(f"{name} is not a valid PDF (damaged or truncated)") from None
    try:
        count = len(pdf)
        if count == 0:
            raise DocumentError(f"{name} has no pages")
        if count > MAX_PDF_PAGES:
            raise DocumentError(f"{name} has too many pages ({count}; the limit is {MAX_PDF_PAGES})")
        pages: list[PageLines] = []
        for i in range(count):
            page = pdf[i]
            textpage = page.get_textpage()
            try:
                pages.append(page_lines(textpage))
            finally:
                textpage.close()
                page.close()
            if progress is not None:
                progress(i + 1, count)
        title, author = _metadata(pdf)
    finally:
        pdf.close()
    return document_from_pages(pages, source=source, name=name, title=title, author=author)


def page_lines(textpage: object) -> PageLines:
    """The lines of a page's text layer, each with its font size (the most common among up to
    ``SIZE_SAMPLES`` of its letters; 0.0 when it has none, or when the page's characters and text do not
    line up one to one)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    text = textpage.get_text_range()  # type: ignore[attr-defined]
    aligned = textpage.count_chars() == len(text)  # type: ignore[attr-defined]
    handle = textpage.raw  # type: ignore[attr-defined]
    out: PageLines = []
    pos = 0
    last_y, last_size = None, 0.0
    box = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top
    for m in _LINE_BREAK.finditer(text + "\n"):
        line = text[pos : m.start()]
        size = 0.0
        if aligned:
            step = max(1, (m.start() - pos) // SIZE_SAMPLES)
            letters = [k for k in range(pos, m.start(), step) if text[k].isalpha()]
            letters = letters or [k for k in range(pos, m.start()) if text[k].isalpha()][:SIZE_SAMPLES]
            if letters:
                sizes = Counter(round(pdfium_c.FPDFText_GetFontSize(handle, k), 1) for k in letters)
                size = sizes.most_common(1)[0][0]
                if pdfium_c.FPDFText_GetCharBox(handle, letters[0], *box):
                    y = box[2].value
                    if last_y is not None and last_y - y > GAP_LINES * max(size, last_size) and out[-1][0]:
                        out.append(("", 0.0))  # a block far below the last: two captions, one above the
                    last_y, last_size = y, size  # other ("... 6 June 1944" / "General MacArthur returns")
        out.append((line, size))
        pos = m.end()
    return out


def _metadata(pdf: object) -> tuple[str, str | None]:
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)  # type: ignore[attr-defined]
    except Exception:  # metadata is optional; a broken info dictionary must not stop the text
        return "", None
    return (meta.get("Title") or "").strip(), (meta.get("Author") or "").strip() or None


def document_from_pages(
    pages: Sequence[str | PageLines], *, source: str | None, name: str, title: str = "", author: str | None = None
) -> Document:
    """Build a Document from per-page text, or per-page lines with their font sizes (see ``page_lines``).

    With font sizes, a line set larger than the body text is a heading (one size, one level) and a run
    of smaller lines (a picture's caption, an infobox, a footnote) is a paragraph of its own, styled
    "caption": it never runs into the body text, and a body sentence it interrupts is joined again.
    """
    paged = [_as_lines(p) for p in pages]
    total = sum(len(line.strip()) for p in paged for line, _ in p)
    junk = sum(len(m.group()) for p in paged for line, _ in p for m in _GLYPH_CODES.finditer(line))
    if total < 20 * max(1, len(pages)) // 4 and total < 200:
        raise DocumentError(f"{name} has no text layer (a scanned PDF?); it would need OCR first")
    if junk > total * 0.2:
        raise DocumentError(f"{name} has no usable text layer (its fonts map to glyph codes, not letters)")
    kinds = _Kinds.of(paged)
    paras: list[_Para] = []
    for lines in paged:
        paras.extend(_paragraphs(lines, kinds))
    blocks = [
        Block(p.text, p.level) if p.level else Block(p.text, styles=((0, len(p.text), "caption"),) if p.small else ())
        for p in _rejoin(paras)
    ]
    if title and not (blocks and blocks[0].text.casefold() == title.casefold()):
        blocks.insert(0, Block(" ".join(title.split()), 1))
    elif blocks:
        blocks[0] = Block(blocks[0].text, 1) if len(blocks[0].text) <= 150 else blocks[0]
        title = title or (blocks[0].text if blocks[0].level else "")
    out, headings, toc = assemble(blocks)
    return Document(
        text=out, title=title or name, source=source, format="pdf", author=author, headings=headings, toc=toc,
        styles=styles(blocks),
    )  # fmt: skip


def _as_lines(page: str | PageLines) -> PageLines:
    if isinstance(page, str):
        return [(line, 0.0) for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return page


@dataclass(frozen=True, slots=True)
class _Kinds:
    """What a line's font size says: the body text's size and the heading level of each larger size."""

    body: float
    levels: dict[float, int]

    @classmethod
    def of(cls, pages: list[PageLines]) -> _Kinds:
        weight: Counter[float] = Counter()
        count: Counter[float] = Counter()
        for lines in pages:
            for line, size in lines:
                if size:
                    weight[size] += len(line)
                    count[size] += 1
        if not weight:
            return cls(0.0, {})
        body = weight.most_common(1)[0][0]
        larger = sorted((size for size in weight if size >= body * HEADING_RATIO), reverse=True)
        levels = {}
        if len(larger) > 1 and count[larger[0]] == 1:  # the document's own title: a level above its sections
            levels[larger.pop(0)] = 2
        levels.update({size: min(3, 2 + i) for i, size in enumerate(larger)})
        return cls(body, levels)

    def kind(self, line: str, size: float) -> str:
        """ "heading", "small", "body", or "" (no size known: the line goes with its neighbours)."""
        if not size or not self.body:
            return ""
        if size in self.levels and len(line) <= MAX_HEADING:
            return "heading" if sum(c.isalpha() for c in line) > 1 else "body"  # a drop cap starts its paragraph
        return "small" if size <= self.body * SMALL_RATIO else "body"


@dataclass(slots=True)
class _Para:
    text: str
    level: int = 0
    small: bool = False

    @property
    def body(self) -> bool:
        return not self.level and not self.small


def _paragraphs(lines: PageLines, kinds: _Kinds) -> list[_Para]:
    """One page's paragraphs: lines joined and de-hyphenated; a change of kind (heading, small, body)
    always starts a new paragraph, and a heading's lines of one size are one heading."""
    lines = [(" ".join(line.split()), size) for line, size in lines]
    widths = sorted(len(line) for line, _ in lines if line)
    if not widths:
        return []
    full = widths[int(len(widths) * 0.8)]
    out: list[_Para] = []
    cur = ""
    cur_kind = ""
    cur_size = 0.0

    def close() -> None:
        nonlocal cur
        if cur:
            level = kinds.levels[cur_size] if cur_kind == "heading" else 0
            out.append(_Para(cur, level, cur_kind == "small"))
            cur = ""

    for line, size in lines:
        if not line:
            close()
            continue
        kind = kinds.kind(line, size)
        if kind and cur and (kind != cur_kind or (kind == "heading" and (size != cur_size or len(cur) < full * 0.6))):
            close()  # a heading goes on to its next line only when it filled this one
        if kind or not cur:
            cur_kind, cur_size = kind, size
        lead = _LEADING_CITATION.match(line)
        if lead and not cur and out and out[-1].body and kind in ("", "body"):  # "[35] His largest ...": the
            out[-1].text += lead.group(1)  # note mark ends the paragraph before, the line starts the next one
            line = line[lead.end() :]
        if _CITATION.match(line) and (cur or out):  # a lone "[17]" belongs to the text it cites from
            if not cur:
                out[-1].text += line
            elif _ends_sentence(cur):
                cur += line
                close()
            else:
                cur += line
            continue
        if not cur:
            cur = line
        elif cur.endswith(_SOFT_HYPHENS) or (_HYPHEN_END.search(cur) and line[:1].islower()):
            cur = cur[:-1] + line
        elif len(cur) == 1 and cur.isalpha() and line[:1].islower():
            cur += line  # a drop cap and the rest of its word: "T" + "he war began" -> "The war began"
        else:
            cur = f"{cur} {line}"
        if cur_kind != "heading" and len(line) < full * 0.7 and _ends_sentence(line):
            close()
    close()
    for para in out:
        para.text = para.text.replace("\ufffe", "-").replace("\x02", "-")
    return out


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence, its note marks aside ("Changsha.[277]" does, "pressure,[278]" not)."""
    return _SENTENCE_END.search(_TRAILING_MARKS.sub("", text) or text) is not None


def _rejoin(paras: list[_Para]) -> list[_Para]:
    """Join a body paragraph that a page break, a heading or a caption cut in two ("... the future of
    Poland was to" / "Course of the war" / "be determined exclusively by ..."): what cut it follows it."""
    out: list[_Para] = []
    for para in paras:
        if _CITATION.match(para.text) and out and out[-1].body:
            out[-1].text += para.text  # a note mark that a page break put on the next page
            continue
        if para.body and para.text[:1].islower():
            k = len(out) - 1
            while k >= 0 and not out[k].body and len(out) - k <= MAX_INTERRUPTION:
                k -= 1
            if k >= 0 and out[k].body and not _ends_sentence(out[k].text):
                out[k].text = f"{out[k].text} {para.text}"
                cut = out[k + 1 :]
                del out[k + 1 :]
                out.extend(cut)
                continue
        out.append(para)
    return out


def page_paragraphs(text: str) -> list[str]:
    """Paragraphs of one page's text (no font sizes): lines joined, hyphenated words rejoined."""
    return [p.text for p in _paragraphs(_as_lines(text), _Kinds(0.0, {}))]
