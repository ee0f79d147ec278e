"""Skeleton tagger: explicit years, year ranges and ordinal centuries only.

The time-expressions issue replaces this module with the full rule-based tagger behind ``tag()``.
"""

from __future__ import annotations

import re

from reader.core.timex.model import Timex

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip
_PATTERN = re.compile(
    r"\b(?:the\s+)?(?P<cent>\d{1,2})(?:st|nd|rd|th)\s+century\b"
    r"|\b(?:the\s+)?(?P<centw>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")\s+century\b"
    r"|(?<![\d,.$])(?P<y1>1[0-9]{3}|20[0-9]{2})(?:\s*[-–]\s*(?P<y2>\d{2}|\d{4}))?(?![\d,]\d)",
    re.IGNORECASE,
)


def tag(text: str, dct: str | None = None, mode: str = "news") -> list[Timex]:
    """Return the temporal expressions of ``text``, sorted and not overlapping."""
    del dct, mode  # the skeleton resolves nothing relative
    out: list[Timex] = []
    for m in _PATTERN.finditer(text):
        if m.group("cent") or m.group("centw"):
            n = int(m.group("cent")) if m.group("cent") else _ORDINALS[m.group("centw").lower()]
            out.append(Timex(m.start(), m.end(), m.group(), "DATE", f"{n - 1:02d}"))
            continue
        y1, y2 = m.group("y1"), m.group("y2")
        end_value = None
        if y2:
            end_value = y1[: 4 - len(y2)] + y2
            if end_value <= y1:
                end_value = None
        stop = m.end() if end_value else m.start("y1") + 4
        out.append(Timex(m.start(), stop, text[m.start() : stop], "DATE", y1, end_value=end_value))
    return out
