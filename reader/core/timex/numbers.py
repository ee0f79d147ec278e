"""Numbers, units and modifiers: the small vocabulary the normalizers share."""

from __future__ import annotations

import re

from reader.core.timex.lexicon import ENGLISH, Lexicon

_SPLIT = re.compile(r"[\s-]+")
_DIGITS = re.compile(r"\d+")
# After a day's or a century's digits: "1st", "22nd", "17th", and old books' "2d", "3d", "22d", "23d".
ORDINAL_SUFFIX = r"(?:st|nd|rd|th|(?<=[23])d)"
# The eras, as written after (BC) or before or after (AD) a year, lowercased: "B.C.", "B. C.", "BCE", "A. D."
BC_ERA = r"b\.\s?c\.(?:\s?e\.)?|bce?"
AD_ERA = r"a\.\s?d\.|ad"
_ERA_YEAR = re.compile(rf"(\d{{1,4}})\s?({BC_ERA}|{AD_ERA})", re.IGNORECASE)
_AD_YEAR = re.compile(rf"(?:{AD_ERA})\s?(\d{{1,4}})", re.IGNORECASE)

MOD_OF = {
    "early": "START", "the early": "START", "the beginning of": "START", "beginning of": "START",
    "the start of": "START", "start of": "START", "the first half of": "START",
    "late": "END", "the late": "END", "the end of": "END", "end of": "END", "the second half of": "END",
    "the last half of": "END", "the end of the": "END", "the beginning of the": "START",
    "the first half of the": "START", "the second half of the": "END", "the latter half of the": "END",
    "the middle of the": "MID",
    "mid": "MID", "middle": "MID", "the middle of": "MID", "the mid": "MID",
    "around": "APPROX", "about": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "circa": "APPROX", "c.": "APPROX", "ca.": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "barely": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS", "pre": "BEFORE", "post": "AFTER",
}  # fmt: skip


def norm_space(s: str) -> str:
    """Collapse blank runs to one space."""
    return " ".join(s.split())


# "the first days of", "the closing months of", "the latter part of (the)": the start or the end of what follows
_EDGE_PART = re.compile(
    r"the (?:(first|opening|early|earlier)|last|final|closing|dying|latter|later) (?:days|weeks|months|part)"
    r" of(?: the)?"
)


def mod_of(word: str | None) -> str | None:
    """The TIMEX3 mod of a modifier phrase, or None."""
    if not word:
        return None
    word = norm_space(word).replace("-", " ").strip()
    if (edge := _EDGE_PART.fullmatch(word)) is not None:
        return "START" if edge.group(1) else "END"
    return MOD_OF.get(word)


def parse_number(s: str, lex: Lexicon = ENGLISH) -> float | None:
    """The value of "12", "1,000", "2.5", "5 1/2", "twenty-four", "two and a half", "a", "a dozen"; None for vague
    ones ("several")."""
    s = norm_space(s.replace("-", " ")).strip()
    if not s:
        return None
    if s in ("half a", "half an", "half", "a half", "1/2", "½"):  # "half" only before "century": see patterns
        return 0.5
    for half in (" and a half", " 1/2", "½"):
        if s.endswith(half) and s != half.strip():
            whole = parse_number(s[: -len(half)], lex)  # "two and a half", "5 1/2"
            return None if whole is None else whole + 0.5
    if s[0].isdigit():
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    if s in lex.numbers:
        return float(lex.numbers[s])
    total, current = 0.0, 0.0  # "two thousand three hundred and thirty": 2000 + 300 + 30
    for word in _SPLIT.split(s):
        if word in lex.tens:
            current += lex.tens[word]
        elif word in lex.numbers:
            current += lex.numbers[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0.0
        elif word != "and":
            return None
    return total + current or None


def fmt_number(n: float | None) -> str:
    """A duration count: "3", "1.5", or "X" when vague."""
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else f"{n:g}"


def unit_code(unit: str, lex: Lexicon = ENGLISH) -> str:
    """The lexicon's code of a unit word: "D", "W", "M", "Q", "Y", "10Y", "WE"; "TH"/"TM"/"TS" for
    hours, minutes and seconds (clock units); "" when the word is not a unit."""
    return lex.units.get(unit, "")


def is_clock_unit(unit: str, lex: Lexicon = ENGLISH) -> bool:
    """Hours, minutes, seconds: durations written PT..."""
    return unit_code(unit, lex).startswith("T")


# A half unit written in the next smaller one: unit code -> format of (whole units) + the half; and a half alone.
_HALVES = {"Y": "P{}Y6M", "D": "P{}DT12H", "TH": "PT{}H30M", "TM": "PT{}M30S"}
_HALF = {"Y": "P6M", "D": "PT12H", "TH": "PT30M", "TM": "PT30S", "10Y": "P5Y", "100Y": "P50Y", "1000Y": "P500Y"}


def duration_value(n: float | None, unit: str, lex: Lexicon = ENGLISH) -> str:
    """TIMEX3 duration for n units: P3D, PT2H, P20Y (decades), PXY (vague)."""
    code = unit_code(unit, lex) or "Y"
    if n == 0.5 and code in _HALF:
        return _HALF[code]  # "half an hour" is PT30M
    if n is not None and n != int(n) and n * 2 == int(n * 2) and n > 1 and code in _HALVES:
        return _HALVES[code].format(int(n))  # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M
    if code.startswith("T"):
        return f"PT{fmt_number(n)}{code[1:]}"
    if code == "WE":
        return f"P{fmt_number(n * 2 if n is not None else None)}D"
    if code[0].isdigit():  # decade, century, fortnight: a multiple of a base unit
        k, base = int(code[:-1]), code[-1]
        return f"P{fmt_number(n * k if n is not None else None)}{base}"
    return f"P{fmt_number(n)}{code}"


def unit_name(word: str, lex: Lexicon = ENGLISH) -> str:
    """Singular unit name: "years" -> "year", "centuries" -> "century", "week-end" -> "weekend"."""
    word = word.strip().replace("week-end", "weekend")
    for singular, plural in lex.plurals.items():
        if word == plural:
            return singular
    return word[:-1] if word.endswith("s") and word[:-1] in lex.units else word


def ordinal_number(word: str, lex: Lexicon = ENGLISH) -> int:
    """ "17th" -> 17, "seventeenth" -> 17, "twenty first" -> 21; 0 for a word that is no ordinal."""
    if word[:1].isdigit():
        digits = _DIGITS.match(word)
        return int(digits.group()) if digits else 0
    return lex.ordinals.get(" ".join(word.lower().split()), 0)


def spelled_year(head: str, rest: str | None, lex: Lexicon = ENGLISH) -> int | None:
    """ "nineteen ninety-six" -> 1996, "eighteen twelve" -> 1812, "nineteen hundred" -> 1900."""
    century = {"nineteen": 19, "eighteen": 18, "twenty": 20}.get(head)
    if century is None or not rest:
        return None
    rest = norm_space(rest.replace("-", " "))
    if rest == "hundred":
        return century * 100
    n = parse_number(rest, lex)
    if n is None or not 10 <= n < 100:
        return None
    return century * 100 + int(n)


def year_number(s: str, lex: Lexicon = ENGLISH) -> int | None:
    """ "1994" -> 1994, "nineteen ninety-four" -> 1994."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    ad = _AD_YEAR.fullmatch(s)
    if ad:
        return int(ad.group(1))  # "A. D. 307"
    era = _ERA_YEAR.fullmatch(s)
    if era:  # "217 BC" is the astronomical year -216; "AD 14", "14 AD" are 14
        n = int(era.group(1))
        return 1 - n if era.group(2).startswith("b") else n
    head, _, rest = norm_space(s.replace("-", " ")).partition(" ")
    return spelled_year(head, rest, lex)


_LETTER_RUNS = re.compile(r"[^\W\d_]+")


def writes_a_date(expression: str, lex: Lexicon = ENGLISH) -> bool:
    """Whether the words write a date out, with a number or a month ("On 30 April", "in May", "1950"), rather
    than count it from another ("the next day", "three months later")."""
    return any(c.isdigit() for c in expression) or any(
        w in lex.months for w in _LETTER_RUNS.findall(expression.lower())
    )
