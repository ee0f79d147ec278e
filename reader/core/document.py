"""A loaded document: the clean reading text the app displays, with its structure and metadata.

Every offset elsewhere in the app (timex spans, timeline mentions, highlights) indexes ``Document.text``.
The text always uses ``\\n`` line ends; a paragraph is a run of text between newlines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from reader.core.hashing import sha256


class DocumentError(Exception):
    """A file that cannot be opened as a document. ``str(err)`` is one clear line for the user."""


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading inside ``Document.text``: ``text[start:end]`` is its line, ``level`` 1 is the title."""

    level: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TocEntry:
    """One table-of-contents entry (EPUB chapters, book headings): a label and an offset into the text."""

    label: str
    offset: int
    level: int = 1


@dataclass(frozen=True, slots=True)
class InlineStyle:
    """Inline emphasis inside ``Document.text``: ``text[start:end]`` is shown as ``kind``.

    ``kind`` is "em" (italic), "strong" (bold), "code" (monospace), "note" (a footnote paragraph, set
    smaller) or "caption" (a paragraph beside the text: a picture's caption, an infobox; set smaller, and its
    dates are the timeline's but never the story's time, see ``Document.asides``). Spans never cross a newline.
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Document:
    """The clean text of a document plus what the reader needs to know about it."""

    text: str
    title: str = ""
    source: str | None = None
    format: str = "text"
    encoding: str | None = None
    author: str | None = None
    date: str | None = None  # publication date, ISO YYYY-MM-DD: the document creation time (DCT)
    # "news": a dated article, whose "Friday" and "last week" are its week of publication; "reference": an
    # encyclopedia page dated by its last edit, which tells history like a book; None: unknown (a book, text)
    genre: str | None = None
    headings: tuple[Heading, ...] = ()
    toc: tuple[TocEntry, ...] = ()
    original: str | None = None  # the text before reader mode removed debris, for "View original"
    warnings: tuple[str, ...] = field(default=())
    styles: tuple[InlineStyle, ...] = ()  # inline emphasis (Markdown), sorted by start

    @property
    def reading_mode(self) -> str:
        """How the tagger resolves "Friday", "last week" and "this year": "news" (from the date of a dated
        article, as its reader does) or "narrative" (from the time the text is telling)."""
        return "news" if self.genre == "news" and self.date else "narrative"

    @property
    def asides(self) -> tuple[tuple[int, int], ...]:
        """The (start, end) of the text's caption paragraphs: the tagger does not move the story's time to their
        dates ("London's St Paul's Cathedral after the German Blitz on 29 December 1940" beside June 1940)."""
        return tuple((st.start, st.end) for st in self.styles if st.kind == "caption")

    @cached_property
    def content_hash(self) -> str:
        """A stable identity for remembering things about this document (reading position, selection)."""
        return sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
