"""Sentence and paragraph boundaries, computed once per text, looked up with bisect.

A paragraph is a run of text between newlines (the Document contract). A sentence ends at ``.``, ``!``,
``?`` or ``…`` (with any closing quotes or brackets, and citation marks: "toothless.[21] The") followed by
a space, or at a newline; not after a common abbreviation ("Mr.", "c.", "U.S."; but "B.C." and "A.D."
before a capital do end one) or an initial, nor before a lowercase letter or a digit, nor after a bare
year or span ("1066. Conquest of England", "1087-99. Urban II Pope.").
"""

from __future__ import annotations

import re
from bisect import bisect_right

# A sentence end: punctuation not after an abbreviation or an initial (checked by lookbehinds placed after
# the first character, so that ``re`` can still skip ahead to candidate characters), then spaces, then
# no lowercase letter and no number other than a chronology line's "1480. ..." or "1087-99. ..."; or a newline.
_BOUNDARY = re.compile(
    r"[.!?…]"
    r"(?:(?<=[AB]\.[CD]\.)|(?<!\b[A-Za-z]\.)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|vs|ca|cf|No|pp|Mt|Ft)\.)"
    r"(?<!\b(?:Mrs|Gen|Col|Rev|Gov|Sen|Rep|etc|Vol|App|Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)\.)"
    r"(?<!\b(?:Capt|Prof|Sept|Sect)\.)(?<!\be\.g\.)(?<!\bi\.e\.))"
    r"[\"'”’)\]]*(?:\[(?:\d{1,3}|[a-z]|citation needed)\])*[ \t]+(?![a-zà-ÿ]|\d(?!\d{0,3}(?:[-–]\d{1,4})?\.\s))"
    r"|(?P<nl>\n\s*)"
)
_NUMBER = re.compile(r"(?:c\.\s*)?\d{1,4}(?:[-–]\d{1,4})?(?:\s*(?:B\.C|A\.D|BC|AD))?")


class Sentences:
    """The sentences of a text: ``starts``/``ends`` offsets and each sentence's paragraph number."""

    def __init__(self, text: str) -> None:
        starts: list[int] = []
        ends: list[int] = []
        paragraphs: list[int] = []
        para = 0
        pos = 0
        for m in _BOUNDARY.finditer(text):
            stop = m.start()
            if m.lastgroup is None:
                if stop - pos <= 12 and _NUMBER.fullmatch(text, pos, stop):
                    continue  # "1066. Conquest of England": a chronology line, not a sentence "1066."
                stop = m.end() - len(m.group()) + len(m.group().rstrip())
            else:
                while stop > pos and text[stop - 1] in " \t":
                    stop -= 1
            if stop > pos:
                starts.append(pos)
                ends.append(stop)
                paragraphs.append(para)
            pos = m.end()
            if m.lastgroup is not None:
                para += 1
        tail = text[pos:].rstrip()
        if tail.strip():
            starts.append(pos)
            ends.append(pos + len(tail))
            paragraphs.append(para)
        if not starts:  # a blank text still has one (empty) sentence, so every offset has one
            starts, ends, paragraphs = [0], [0], [0]
        self.text = text
        self.starts = starts
        self.ends = ends
        self.paragraphs = paragraphs

    def __len__(self) -> int:
        return len(self.starts)

    def index(self, pos: int) -> int:
        """The sentence holding offset ``pos`` (the one before it when ``pos`` falls between two)."""
        return max(0, bisect_right(self.starts, pos) - 1)

    def bounds(self, i: int) -> tuple[int, int]:
        """``(start, end)`` of sentence ``i``, without surrounding whitespace."""
        return self.starts[i], self.ends[i]

    def sentence(self, i: int) -> str:
        """The text of sentence ``i``."""
        return self.text[self.starts[i] : self.ends[i]]


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+|\n+")


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence (or paragraph line) around offset ``pos``, found by a local scan.

    For one-off lookups; code that looks up many offsets builds a ``Sentences`` once instead.
    """
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 2000), pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    end = m.start() if m else len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
