"""Reader mode for saved or pasted web text: find the title, drop site debris around the article.

Conservative by construction. A line is *body* when it reads like prose (eight or more words, or five
or more ending in sentence punctuation); body lines are never removed. Debris is only looked for in the
lead (before the first body line) and the tail (after the last one), and only lines that match a known
pattern go: page chrome ("top of page", "Skip to content"), counters ("2 views0 comments"), share and
subscribe prompts, "Read more at:", and a short bullet line naming the site ("• InduQin"). Between body
lines only a handful of unmistakable chrome lines are dropped ("Advertisement", "Skip to content").

The title is the first non-debris line of the lead if it is short and does not read as a sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_CHROME = {
    "top of page", "bottom of page", "back to top", "skip to content", "skip to main content",
    "skip to navigation", "jump to content", "advertisement", "scroll to continue with content",
    "story continues below advertisement", "continue reading below", "continue reading the main story",
}  # fmt: skip
# A tail line that introduces links to other articles; it and the short lines after it go.
_RELATED = re.compile(
    r"^(?:read more|related(?: stories| articles| posts| coverage)?|more on this (?:story|topic)|recommended"
    r"|you (?:may|might) also (?:like|be interested in)|more from [\w .'-]{1,40}|see also)\s*:?$",
    re.IGNORECASE,
)
_EDGE = {
    "read more", "read more at", "read more at:", "read more:", "share", "share this", "share this:",
    "share this article", "share this post", "share on facebook", "share on twitter", "share via email",
    "tweet", "email", "print", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit",
    "copy link", "link copied", "subscribe", "subscribe now", "sign up", "sign in", "log in", "login",
    "menu", "search", "home", "comments", "comment", "leave a comment", "like", "reply", "follow us",
    "follow", "related", "related posts", "related articles", "recent posts", "see all", "more",
    "post not marked as liked", "newsletter", "cookies", "accept cookies", "close", "×", "x",
}  # fmt: skip
_EDGE_RE = re.compile(
    r"^(?:\d[\d,.]*\s*(?:k\s*)?(?:views?|comments?|likes?|shares?|reads?)\s*)+$"  # "2 views0 comments"
    r"|^post not marked as liked\s*\d*$"
    r"|^(?:share|subscribe|sign up|follow)\b.{0,48}$"  # short share/subscribe prompts
    r"|^read more (?:at|on|from)\b.{0,60}$"
    r"|^(?:\d+\s*min(?:ute)?s? read|updated:?\s.{0,30})$"
    r"|^(?:copyright|©|\(c\))\s.{0,80}$"
    r"|^all rights reserved\.?$",
    re.IGNORECASE,
)
_BULLET_SITE = re.compile(r"^[•·▪►|–-]\s*\S(?:.{0,38}\S)?$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass(frozen=True, slots=True)
class ReaderResult:
    """Reader-mode output: kept lines, the title line's index in them (or -1), and how many went."""

    lines: list[str]
    title_index: int
    removed: int


def is_body(line: str) -> bool:
    """Prose-like line: never removed by reader mode."""
    words = len(line.split())
    return words >= 8 or (words >= 5 and bool(_SENTENCE_END.search(line)))


def is_debris(line: str, *, edge: bool, top: bool = False) -> bool:
    """Whether a stripped line is site debris.

    ``edge``: the line is in the lead or tail, where the looser rules apply; ``top``: nothing has been
    kept yet (a short bullet line there is a site name, not a list item).
    """
    low = line.strip().lower().rstrip()
    if not low:
        return False
    if low in _CHROME:
        return True
    if not edge or is_body(line):
        return False
    if top and len(line.split()) <= 4 and _BULLET_SITE.match(line.strip()):
        return True
    return low in _EDGE or bool(_EDGE_RE.match(low))


def _looks_like_title(line: str) -> bool:
    words = line.split()
    if sum(c.isalpha() for c in line) < 3:  # "1", "00:00:06,500 --> ..." are not titles
        return False
    return 1 <= len(words) <= 25 and len(line) <= 200 and not line.rstrip().endswith((".", ",", ";", ":"))


def related_tail(lines: list[str]) -> int:
    """Index where a "Read more:" / "Related" list of other articles ends the text, else len(lines).

    Walking back from the end over headline-like lines (no sentence punctuation at the end, under 200
    characters): if they are introduced by such a marker, the marker and they are the tail to cut.
    Prose ends its sentences, so a paragraph stops the walk and is never cut.
    """
    i = len(lines) - 1
    while i >= 0:
        line = lines[i].strip().removeprefix("• ")
        if _RELATED.match(line):
            return i
        if len(line) >= 200 or _SENTENCE_END.search(line):
            break
        i -= 1
    return len(lines)


def reader_mode(lines: list[str]) -> ReaderResult:
    """Apply reader mode to stripped, non-blank paragraph lines."""
    cut = related_tail(lines)
    removed = len(lines) - cut
    lines = lines[:cut]
    body = [i for i, line in enumerate(lines) if is_body(line)]
    first = body[0] if body else len(lines)
    last = body[-1] if body else -1
    kept: list[str] = []
    title_index = -1
    for i, line in enumerate(lines):
        edge = i < first or i > last
        if is_debris(line, edge=edge, top=not kept):
            removed += 1
            continue
        if not kept and i <= first and i < len(lines) - 1 and _looks_like_title(line):
            title_index = len(kept)
        kept.append(line)
    return ReaderResult(kept, title_index, removed)


_DANGLING = frozenset({
    "a", "an", "the", "of", "and", "or", "but", "by", "to", "in", "on", "at", "for", "from", "with", "that",
    "which", "who", "was", "were", "is", "are", "be", "been", "has", "had", "have", "after", "before", "as",
    "than", "into", "over", "under",
})  # fmt: skip
_CLAUSE = re.compile(r", [a-z]")
_HEADING_END = (".", ",", ";", ":", "!", "?", '"', "”", "'", "’", "-", "–", "—")


def _heading_like(line: str) -> bool:
    words = line.split()
    return (
        1 <= len(words) <= 12
        and len(line) <= 80
        and (line[0].isupper() or line[0].isdigit())
        and not line.endswith(_HEADING_END)
        and sum(c.isalpha() for c in line) >= 3
        and "|" not in line
        and "\t" not in line
        and not _CLAUSE.search(line)  # "Beatrice Tange, the well-known" is a broken sentence
        and words[-1].lower() not in _DANGLING  # "The Youth Hostel Association of" is a wrapped line
        and not _BYLINE.match(line)  # "By Jane Doe", "Published 14 March 2023": the article's, not a section's
        and not _DATELINE.match(line)
    )


_BYLINE = re.compile(
    r"By\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+(?:and|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?$"
)


def section_headings(lines: list[str], first: int = 0) -> dict[int, int]:
    """Indices of plain-text section titles (Wikipedia-style text) -> heading level (2 or 3).

    A section title is a short, capitalised line without closing punctuation that sits between prose:
    the line before it is prose (or it opens the text), and prose follows it directly or after one
    more such line (a subsection: "Background" / "Imperial Japanese rule (1910-1945)" / prose). Runs
    of short lines (lists, tables of contents, verse) never qualify.
    """
    out: dict[int, int] = {}
    n = len(lines)

    def ends_paragraph(line: str) -> bool:  # prose that finished its sentence, not a wrapped fragment
        return is_body(line) and line.endswith((".", "!", "?", '"', "”", "’", ")", "]", ":"))

    def opens_paragraph(line: str) -> bool:
        return is_body(line) and not line[0].islower()

    i = first
    while i < n:
        if (i == first or ends_paragraph(lines[i - 1])) and _heading_like(lines[i]):
            if i + 1 < n and opens_paragraph(lines[i + 1]):
                out[i] = 2
            elif i + 2 < n and _heading_like(lines[i + 1]) and opens_paragraph(lines[i + 2]):
                out[i], out[i + 1] = 2, 3
                i += 1
        i += 1
    return out


_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_FORMS = (
    r"(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH.format("m1") + r",?\s+(?P<y1>(?:19|20)\d\d)"  # 14 March 2023
    r"|" + _MONTH.format("m2") + r"\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"  # March 14, 2023
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))"  # 2023-03-14
)
# A dateline under an article's title: "Published 14 March 2023", "Posted on March 14, 2023 at 10:02 am",
# "Updated: 2023-03-14 09:00 GMT", "Tuesday, March 14, 2023". The whole line is the date (and a time).
_CLOCK = r"[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?"  # "10:02 am", "09:00 GMT", "3:45 PM EST"
_DATELINE = re.compile(
    r"^(?:(?P<label>(?:first\s+|originally\s+)?published|posted|(?:last\s+)?updated|date)(?:\s+on)?\s*:?\s*)?"
    r"(?:" + _CLOCK + r",?\s+)?"  # "Published 3:45 PM EST, Tue March 14, 2023"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    + _DATE_FORMS
    + r"(?:\s*[,|]?\s*(?:at\s+)?"
    + _CLOCK
    + r")?\s*\.?$",  # "March 14, 2023 | 10:02 AM"
    re.IGNORECASE,
)
DATELINE_LINES = 8  # a dateline stands among the first lines: the title, a byline, the date
DIARY_LINES = 60  # a second bare date line this near makes the first an entry's date
_DATE_IN_TEXT = re.compile(r"\b" + _DATE_FORMS + r"(?!\d)", re.IGNORECASE)  # "2023-03-14T10:00:00Z" too


def find_date(text: str) -> str | None:
    """The first real day written in full in ``text`` ("last edited on 28 October 2016, at 20:14"), as
    YYYY-MM-DD, or None."""
    for m in _DATE_IN_TEXT.finditer(text):
        if (iso := _iso(m)) is not None:
            return iso
    return None


def dateline(lines: list[str]) -> str | None:
    """The publication date (ISO) that a line among the first ``DATELINE_LINES`` gives, or None. A
    "published"/"posted" line wins over an "updated" one, and either over a bare date line; a bare date line
    counts only if no other one follows soon, as in a diary or letters, whose dates are the story's days."""
    found: dict[str, str] = {}
    for line in lines[:DATELINE_LINES]:
        m = _DATELINE.match(line.strip())
        if m is None:
            continue
        iso = _iso(m)
        label = (m.group("label") or "").lower()
        kind = "updated" if "updated" in label else "published" if label else "bare"
        if iso is not None:
            found.setdefault(kind, iso)
    if "bare" in found and not (found.keys() - {"bare"}):
        bare = [line for line in lines[:DIARY_LINES] if (m := _DATELINE.match(line.strip())) and not m.group("label")]
        if len(bare) > 1:
            return None  # "March 14, 1915" ... "March 16, 1915": a diary's entries, not an article's date
    return found.get("published") or found.get("updated") or found.get("bare")


def _iso(m: re.Match[str]) -> str | None:
    """YYYY-MM-DD from a ``_DATE_FORMS`` match, or None for an impossible day."""
    if m.group("y3"):
        year, month, day = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
    else:
        year = int(m.group("y1") or m.group("y2"))
        month = _MONTH_NUMBERS[(m.group("m1") or m.group("m2"))[:3].lower()]
        day = int(m.group("d1") or m.group("d2"))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
