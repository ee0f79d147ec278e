"""Regular expressions of the tagger, built once at import from a ``Lexicon``.

All patterns run on ``text.lower()`` (same length as the text), so none needs ``re.IGNORECASE``,
which is several times slower in CPython. Two kinds of pattern:

* ``TRIGGER``: one scan over the whole text that stops at words which can be the head of a time
  expression (months, weekdays, units, "today", digits, ...). It is a trie, so each text position
  costs one branch test; it has no leading ``\\b`` (which would disable CPython's prefix scan):
  the word boundary on the left is checked in Python.
* ``RULES``: one anchored-in-a-window pattern per kind of expression, each with named groups that
  the normalizer reads. They only run in a small window around a trigger, so they can afford
  optional left context (modifiers, determiners) without costing anything on the rest of the text.

Every quantifier is bounded or applies to a single character class followed by a literal, so no
rule can backtrack catastrophically; windows are at most ``WINDOW_LEFT + WINDOW_RIGHT`` characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.timex.lexicon import ENGLISH, Lexicon
from reader.core.timex.numbers import AD_ERA, BC_ERA, ORDINAL_SUFFIX
from reader.core.timex.resolve import MOVABLE_HOLIDAYS

ROMAN_DAYS = ("ides", "calends", "kalends", "nones")  # the Roman calendar's named days of a month

WINDOW_LEFT = 40
WINDOW_RIGHT = 40


def alternation(words: object) -> str:
    """A non-capturing alternation of the words, longest first, spaces matching any blank run."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


def trie_pattern(words: list[str]) -> str:
    """A regex matching exactly the given words, factored as a trie (fast for whole-text scans)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        """The alternation below one trie node."""
        end = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of time expression: its compiled pattern and the trigger kinds that wake it."""

    name: str
    regex: re.Pattern[str]
    kinds: frozenset[str]


def _build(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, str], tuple[Rule, ...], re.Pattern[str]]:
    """Compile the trigger scan, the trigger kinds, the rules and the left-context run for a lexicon."""
    month_words = [m for m in lex.months if len(m) > 3 or m == "may"]
    abbrevs = [m for m in lex.months if len(m) <= 4 and m not in ("may", "june", "july")]
    month = "(?P<month>" + alternation(month_words + [a + "." for a in abbrevs] + abbrevs) + ")"
    weekday = "(?P<wd>" + alternation(lex.weekdays) + ")"
    units = alternation(u for u in lex.units if u != "weekend")
    plurals = alternation(lex.plurals.get(u, u + "s") for u in lex.units if u != "weekend")
    ones = alternation(k for k, v in lex.numbers.items() if v < 10 and k not in ("a", "an"))
    teens = alternation(k for k, v in lex.numbers.items() if v < 20 and k not in ("a", "an") and " " not in k)
    small = "(?:" + alternation(lex.tens) + r"(?:[\s-]" + ones + ")?|" + teens + ")"  # 1 to 99
    hundreds = r"(?:an?|" + ones + r")\s+hundred(?:\s+(?:and\s+)?" + small + ")?"  # "two hundred and thirty"
    thousands = r"(?:an?|" + small + r")\s+thousand(?:\s+(?:and\s+)?(?:" + hundreds + "|" + small + "))?"
    word_num = (
        "(?:" + thousands + "|" + hundreds + "|" + alternation(lex.tens) + r"(?:[\s-]" + ones + ")?"
        + "|" + alternation(lex.numbers) + ")"
    )  # fmt: skip
    vague = alternation(lex.vague_numbers)
    half = r"(?:\s+and\s+a\s+half)?"  # "two and a half"
    counts = (
        r"(?:\d{1,3}(?:,\d{3})+|\d{1,5})(?:\.\d+)?(?:[\s-]1/2|½)?|(?:"
        + word_num
        + ")"
        + half
        + r"|half\s+an?|(?:a\s+)?half(?=[\s-]+(?:century|decade|millennium|hour))|1/2|½|"
        + vague
    )
    num = "(?P<num>" + counts + ")"
    # "the past hundred years": after a determiner a length may leave out "a" ("norm_duration" checks which)
    length_num = "(?P<num>" + counts + "|hundred|thousand)"
    ordinal = "(?:" + alternation(lex.ordinals) + r"|\d{1,2}" + ORDINAL_SUFFIX + r")"
    season = "(?P<season>" + alternation(lex.seasons) + ")"
    part = "(?P<part>" + alternation(lex.day_parts) + ")"
    holiday = (
        "(?P<holiday>"
        + alternation([*lex.fixed_holidays, *MOVABLE_HOLIDAYS])
        + ")"
    )  # fmt: skip
    # "the first week of", "the last days of", "the opening months of": a part by its edge (a counted part,
    # "the first nine months of 1997", is a duration and a date, as TimeBank marks it)
    edge_mod = (
        r"(?P<mod>the\s+(?:(?:first|second|third|fourth|last|final)\s+week|(?:first|opening|early|last|final|"
        r"closing|dying)\s+(?:days|weeks|months)|(?:early|earlier|first|latter|later|last)\s+part)\s+of"
        r"|early|late|mid|middle|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
        r"the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+last\s+half\s+of|"
        r"the\s+early|the\s+late|the\s+mid|end\s+of|beginning\s+of|start\s+of|around|about|"
        r"sometime\s+in|a\s+good\s+part\s+of|earlier|later|pre|post|circa|c\.|ca\.)"
    )
    approx = (
        r"(?P<approx>approximately|nearly|almost|more\s+than|less\s+than|fewer\s+than|"
        r"at\s+least|up\s+to|some|roughly|at\s+most|another|"
        r"an\s+additional|the\s+past|the\s+last|the\s+next|the\s+first|the\s+final|the\s+coming|"
        r"the\s+previous|the\s+following|past|last|next|first|the|those|these|its|their|his|her)"
    )
    rel = (
        r"(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+coming|the\s+past|the\s+last|"
        r"the\s+previous|the\s+next|the\s+following|the\s+current|the\s+same|that\s+same|that|the\s+preceding|"
        r"the\s+prior|the\s+latest|the\s+most\s+recent|the\s+new|the\s+current\s+fiscal|the\s+fiscal|"
        r"the\s+full|the\s+entire|the\s+whole|the\s+calendar|the\s+latest\s+fiscal|the|its|previous|"
        r"coming|current)"
    )
    spelled = (
        r"(?:nineteen|eighteen|twenty)[\s-]+(?:"
        + alternation(lex.tens)
        + r"(?:[\s-]"
        + ones
        + r")?|hundred|"
        + alternation(k for k, v in lex.numbers.items() if 10 <= v < 20)
        + ")"
    )
    # "217 BC", "800 A.D.", "A. D. 307"
    era = rf"(?:{BC_ERA}|{AD_ERA}|c\.\s?e\.|ce)(?![a-z])"  # after a century: "the 5th century BCE"
    era_year = rf"(?:[1-9]\d{{0,3}}\s?(?:{BC_ERA}|{AD_ERA})(?![a-z])|(?:{AD_ERA})\s?[1-9]\d{{0,3}}(?!\d))"
    year = r"(?P<year>[12]\d{3}|" + spelled + "|" + era_year + ")"
    tail = r"(?![\w])"
    # The day a clock time is on: "9 a.m. Tuesday", "08:15 on 6 August 1945", "midnight on 31 December".
    # A zone's abbreviation is one only before the day ("at 23:01 CET on 8 May 1945"), as "et" or "ist" are words.
    zone = r"(?:[ecmp][sd]?t|[cew]et|cest|eest|bst|ist|msk|jst|aest|hkt|sgt)(?=,?\s+on\s)"
    clock_day = (  # "midnight Moscow time on 11 December": a zone named before the day
        r"(?:\s+(?:gmt|utc|local\s+time|[a-z]{3,}\s+time(?=,?\s+on\s)|" + zone + "))?"
        r"(?:,?\s+(?:on\s+)?"
        + weekday
        + r"(?![a-z])|,?\s+(?:on\s+|of\s+)?(?:"  # "noon of September 8", as old books write it
        + month.replace("?P<month>", "?P<cmonth>")
        + r"\s?(?P<cday>[0-3]?\d)(?!\d)|(?P<dday>[0-3]?\d)"
        + ORDINAL_SUFFIX
        + r"?\s+(?:of\s+)?"
        + month.replace("?P<month>", "?P<dmonth>")
        + r")(?:,?\s+(?P<cyear>[12]\d{3})(?!\d))?)?"
    )
    # "On the morning of the 9th he set out": the part of a day before "of" (a lookbehind: not in the extent)
    part_of = "|".join(rf"(?<={w}\sof\s)" for w in (*lex.day_parts, "dawn", "daybreak", "noon", "midnight"))
    rules = {
        "mdy": (
            r"(?:(?P<mod>around|about|approximately|early|late|mid)[\s-]+)?(?:" + weekday + r",?\s+)?" + month
            + r"\s{0,3}(?P<day>[0-3]?\d)" + ORDINAL_SUFFIX
            + r"?(?!\d|,\d{3}(?!\d))(?:\s?[-–]\s?(?P<day1>[0-3]?\d)(?!\d))?"
            r"(?:(?:,\s{0,3}|\s{1,3})" + year + r"(?!\d))?", "month",  # "May 18,1822" (an old paper's comma)
        ),
        "dmy": (
            r"(?:" + weekday + r",?\s+)?(?:the\s+)?(?:(?:(?P<day0>[0-3]?\d)"
            r"(?:\s?[-–/]\s?|\s+(?:to|until|till|through|and)\s+))?(?P<day>[0-3]?\d)"
            + ORDINAL_SUFFIX + r"?\s+(?:of\s+)?|(?P<dayw>"
            + alternation(w for w, n in lex.ordinals.items() if n <= 31) + r")\s+of\s+)" + month
            + r"(?:,?\s{1,3}" + year + r"(?!\d))?" + tail, "month",
        ),
        "month_year": (
            r"(?:" + edge_mod + r"[\s-]+)?" + month
            + r",?\s+(?:of\s+)?(?P<year>[12]\d{3}|(?:last|next|this)\s+year|" + spelled + "|" + era_year + ")"
            + tail, "month",
        ),
        "month": (
            r"(?:(?:" + edge_mod + r"|(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+next|the\s+following|"
            r"the\s+previous|that))[\s-]+)?" + month + tail,
            "month",
        ),
        "iso": (r"(?<![\d.-])(?P<y>[12]\d{3})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:t(?P<hh>\d{2}):(?P<mm>\d{2}))?"
                r"(?![\d])", "digit"),
        "ordinal_day": (  # "due on the 15th.", "the 3rd instant" (of this month), "the 20th ult." (of the last)
            r"(?:(?P<prep>on|by|until|till|before|after|since|from|for)\s+|(?P<partof>" + part_of + "))?"
            r"the\s+(?P<od>[1-3]?\d)" + ORDINAL_SUFFIX
            + r"(?:(?=\s*(?:[.,;:)!?]|$))|\s+(?P<which>instant|inst\b\.?|ultimo|ult\b\.?|proximo|prox\b\.?)"
            r"|(?(partof)(?=\s)|(?!))"
            # "On the 13th they summoned ...": after a preposition, a clause's subject may follow
            r"|(?(prep)(?=\s+(?:he|she|it|they|we|i|the|a|an|his|her|their|its|this|that|these|those)\s)|(?!)))",
            "digit",
        ),
        "event_day": (r"(?<![\w/.-])(?P<event>" + alternation(lex.event_days) + r")(?![\w/-])", "digit event"),
        "slash": (r"(?<![\d/.])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])", "digit"),
        # "146. Carthage destroyed.", "146. | Carthage destroyed.": a chronology's row (``norm_list_year``)
        "list_year": (
            r"(?P<year>[1-9]\d{0,3})(?:-(?P<y2>\d{1,4}))?(?=\.(?:[ \t]+\|?[ \t]*[a-z(]|[ \t]*\r?$))",
            "digit",
        ),
        "year": (
            r"(?:(?:" + edge_mod + r")[\s-]+(?:in\s+)?)?(?:(?P<fiscal>fiscal(?:\s+year)?|the\s+year|calendar|"
            r"the\s+fiscal\s+year|the\s+calendar\s+year)\s+)?(?:(?P<the>the)\s+)?(?<![\d,.$#£€¥])(?P<year>[12]\d{3})"
            + r"(?P<y2>\s?[-–]\s?(?:[12]\d{3}|\d{2}|\d(?=\)|,|\s+(?:and|to)\b)))?"
            r"(?:\s+(?P<period>period|quarter|season))?(?!,\d|\.\d|\d)(?!\s*%)"
            r"(?!\s?(?:b\.c\.|bce?\b|a\.d\.|ad\b|c\.e\.|ce\b))", "digit",  # "about 1000 B.C." is an era year
        ),
        "short_year": (
            r"(?:(?:in|since|until|till|from|between|(?P<approx>around|about|c\.|ca\.)|after|before|by)\s+"
            r"(?P<ty>the\s+year\s+)?|"
            r"(?P<ty2>the\s+year\s+))(?P<year>[1-9]\d{2})"
            r"(?![\d%]|[,.]\d|\s*(?:%|percent|per\s+cent|b\.?c|a\.?d|c\.?e))", "digit",
        ),
        "row_year": (  # "966 | April 14 | Baptism of Poland": a timeline table's year cell before its date cell;
            # "450 | First Slavic settlements" under a "Year" header (``norm_row_year``)
            r"(?<![^\n])(?P<year>[1-9]\d{0,2})(?= \| (?P<month>" + alternation(month_words)
            + r"(?:\s\d{1,2})?(?: \||\r?\n|\r?$))?)",
            "digit",
        ),
        "era_span_start": (  # "the Peloponnesian War 431 to 404 B.C.", "(14 to 37 A.D.)": a span's first year
            rf"(?<![\d,.$])(?P<year>[1-9]\d{{0,3}})"
            rf"(?=\s*(?:to|and|or|till|until|-|–|—)\s*\d{{1,4}}\s?(?:{BC_ERA}|{AD_ERA})(?![a-z]))",
            "digit",
        ),
        "era": (
            r"(?:" + edge_mod + r"\s+(?:in\s+)?)?"
            rf"(?<![\d,.$])(?:(?P<ad>{AD_ERA})\s?(?P<n1>\d{{1,4}})(?:\s?[-–]\s?(?P<n1e>\d{{1,4}})(?![\d,]))?"
            rf"|(?<!,\s)(?<!the\s)(?P<bc>b\.\s?c\.)[ \t]?(?P<n3>\d{{1,4}})(?![\d,])|"
            rf"(?:(?P<n0>\d{{1,4}})\s?[-–]\s?)?"
            rf"(?P<n2>\d{{1,4}}(?:,\d{{3}})?)\s?(?P<era>{BC_ERA}|{AD_ERA}|c\.\s?e\.|ce)(?![a-z]))", "digit",
        ),
        "decade": (
            r"(?:the\s+)?(?:(?P<mod>early|mid|late|the\s+end\s+of\s+the|the\s+early|the\s+late|the\s+mid)[\s-]+)?"
            r"(?:(?P<dec>[12]\d{2}0)'?s(?:\s?[-–]\s?(?:(?P<dec_end>[12]\d{2}0)|'?(?P<dec_end2>\d0))'?s)?|'(?P<dec2>\d0)s|"
            r"(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))" + tail, "digit decade",
        ),
        "decade_of_century": (  # "the first decade of the 20th century" = the 1900s
            r"(?:the\s+)?(?P<dord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+"
            r"decade\s+of\s+the\s+(?P<cord>" + ordinal + r")\s+century" + tail, "unit",
        ),
        "century": (
            r"(?:(?P<mod2>early|late|earlier|later)\s+in\s+)?(?:the\s+)?(?:(?P<mod>early|mid|late|middle|"
            r"the\s+end\s+of\s+the|the\s+beginning\s+of\s+the|the\s+first\s+half\s+of\s+the|the\s+second\s+half\s+of"
            r"\s+the|the\s+latter\s+half\s+of\s+the|the\s+middle\s+of\s+the"
            r"|the\s+(?:early|earlier|first|latter|later|last)\s+part\s+of\s+the)[\s-]+)?(?:(?P<ord>" + ordinal
            + r")|(?P<crel>this|last|next|the\s+last|the\s+next|the\s+past))[\s-]+"
            r"centur(?:y|ies)(?:\s+(?P<era>" + era + r"))?" + tail + r"|(?:the\s+)?(?P<ord1>" + ordinal
            + r")(?=\s+(?:and|or|to)\s+(?:(?:early|mid|late)[\s-]+)?" + ordinal
            + r"[\s-]+centuries(?:\s+(?P<era1>" + era + r"))?)",
            "unit digit",
        ),
        "turn": (  # "the turn of the century", "the turn of the 20th century": the years around 1900
            r"the\s+turn\s+of\s+the\s+(?:(?P<tord>" + ordinal + r")[\s-]+)?(?P<tunit>century|millennium)"
            r"(?:\s+(?P<tera>b\.c\.|bc|a\.d\.|ad))?" + tail,
            "unit digit",
        ),
        "quarter": (
            r"(?:(?:the|a|this|last|next|this\s+year's|last\s+year's|next\s+year's|the\s+year's|"
            r"(?P<qyear>[12]\d{3})(?:['’]s)?)\s+)?(?:(?:flat|fiscal|strong|weak|disappointing|same)[\s-]+)?"
            r"(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|last|latter|final)(?P<hy>-|\s+)(?:fiscal\s+)?(?P<qh>quarter|half)"
            r"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<qyear2>[12]\d{3})|(?P<qrel>this|last|next|the)\s+year))?" + tail,
            "unit",
        ),
        "quarter_code": (  # business shorthand: "Q1 2013", "Q3'12", "H2", "FY2013", "FY 2012-13"
            r"(?:(?P<qc>q[1-4]|h[12])(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<qcy>[12]\d{3})|\s*['’](?P<qcy2>\d{2}))?"
            r"|fy\s?(?P<fy>[12]\d{3}|\d{2})(?:[-/](?P<fy2>\d{2}|[12]\d{3}))?)(?![\w'’-])",
            "code",
        ),
        "weekday": (
            r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following|on|"
            r"early|late|each|every)\s+)?" + weekday + r"(?P<plural>s)?(?:\s+" + part + r"s?)?"
            r"(?:\s+(?P<post>last|next)(?!\s+(?:week|month|year|time|day|few|two|three|several)\b))?"
            r"(?:,?\s+the\s+(?P<dom>[1-3]?\d)" + ORDINAL_SUFFIX + r"(?![\w-])(?!\s+(?:of\s+)?" + month + "))?"
            + tail,  # "Sunday the 11th" (but "Wednesday, the 9th of April" is the month rule's)
            "weekday",
        ),
        "deictic": (
            r"(?:(?P<mod>early|late|earlier|later|the\s+day\s+before|the\s+day\s+after|until|as\s+of)\s+)?"
            r"(?P<d>today|tonight|yesterday|tomorrow)(?:\s+" + part + r")?" + tail, "deictic",
        ),
        "part_rel": (
            r"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday|that\s+same|the\s+same|that|the|"
            r"the\s+next|the\s+following|the\s+previous)\s+" + part + tail, "part",
        ),
        "clock": (
            r"(?<![\d:.,$])(?P<h>[012]?\d)(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ampm>a\. ?m\.?|p\. ?m\.?|am|pm)"
            r"(?![a-z])(?:\s+(?P<tz>[ecmp][sd]?t|gmt|utc|bst|cest?|(?:eastern|central|mountain|pacific|local)"
            r"(?:\s+(?:standard|daylight))?\s+time))?" + clock_day,
            "digit",
        ),
        "clock_word": (  # "at five A.M. on July 9": a spelled hour (the trigger is "a.m."/"p.m.")
            r"(?P<h>" + alternation(k for k, v in lex.numbers.items() if 1 <= v <= 12 and " " not in k and k not in
            ("a", "an")) + r")\s+(?P<ampm>a\.m\.|p\.m\.)" + clock_day, "part",
        ),
        "clock24": (
            r"(?:at|by|until|till|around|about|before|after|from|to)\s+(?P<h>[01]?\d|2[0-4])(?::(?P<mi>[0-5]\d)"
            r"(?![\d:]|\.\d)(?:\s*(?:hours|hrs)\b)?|\.?(?P<mi2>[0-5]\d)\s*(?:hours|hrs)\b)" + clock_day, "digit",
        ),
        "noon": (
            r"(?P<w>noon|midnight|midday|mid-?afternoon|mid-?morning)(?:,?\s+(?P<d>today|tomorrow|yesterday))?"
            + clock_day + tail, "part",
        ),
        "oclock": (  # "four o'clock", "two o'clock on Saturday afternoon"
            r"(?P<h>" + word_num + r"|\d{1,2})\s+o'clock" + clock_day
            + r"(?:(?<=[a-z])\s+(?P<opart>morning|afternoon|evening|night))?"
            + r"(?!,?\s+(?:the\s+)?[0-3]?\d)" + tail, "part",  # "on Wednesday the 14th of June" is the date's
        ),
        "clock_part": (
            r"(?:at\s+)?(?P<h>" + word_num + r"|\d{1,2})(?:\s+o'clock)?\s+(?:in\s+the\s+(?P<part>morning|afternoon|"
            r"evening)|at\s+(?P<night>night))" + tail, "part",
        ),
        "ago": (
            r"(?:(?P<approx>about|around|nearly|almost|some|more\s+than|less\s+than|at\s+least|only|just)\s+)?"
            + num + r"[\s-]+(?:(?P<unit>" + plurals + "|" + units + r")(?P<half>\s+and\s+a\s+half)?"
            r"|(?P<wkd>week-?end)s?)\s+"
            r"(?P<dir>ago|earlier|later|afterwards?|thereafter|from\s+now|hence|previously|(?:before|after)(?=\s*[,.;:)]))"
            + tail,
            "unit",
        ),
        "unit_before": (  # "The year before, the tsar had abdicated", "the night after,"
            r"the\s+(?P<unit>day|night|morning|evening|afternoon|week|month|year)\s+(?P<dir>before|after)"
            r"(?=\s*[,.;:)])",
            "unit part",
        ),
        "duration": (
            r"(?:" + approx + r"\s+)?(?:(?:more\s+than|less\s+than|nearly|almost)\s+)?" + length_num
            + r"(?:\s+(?:more|additional|full|straight|consecutive|long|short))?[\s-]+(?P<unit>" + plurals + "|"
            + units + r")(?P<half>\s+and\s+a\s+half)?(?P<adj>[\s-]+(?:long|old))?(?:\s+or\s+so)?" + tail,
            "unit",
        ),
        "week_of": (
            r"(?:the\s+)?week\s+of\s+" + month + r"\s{0,3}(?P<day>[0-3]?\d)" + ORDINAL_SUFFIX + r"?(?!\d)"
            r"(?:,?\s{1,3}" + year + r"(?!\d))?" + tail, "unit",
        ),
        "unit_rel": (
            r"(?:" + edge_mod + r"\s+(?:(?:in|of)\s+)?)?" + rel + r"\s+(?P<unit>week-?end|" + units + r"|fiscal\s+year|"
            r"period)(?P<half>[\s-]+and[\s-]+a[\s-]+half)?" + tail, "unit",  # "the next year and a half": how long
        ),
        "units_vague": (
            r"(?P<pre>for|over\s+the|in\s+recent|recent|the\s+coming|coming|the\s+past|past|the\s+next|in\s+the\s+"
            r"coming|in\s+the\s+past|the\s+last|the\s+first|the\s+following|the\s+ensuing|the\s+succeeding|the\s+preceding|"
            r"the\s+previous|future|the\s+early|within|in\s+the|in)\s+"
            r"(?P<unit>" + plurals
            + ")"
            + tail, "unit",
        ),
        "long_adj": (r"(?P<unit>" + plurals + r")-(?:long|old)" + tail, "unit"),
        # "after months of talks", "Years of war ended", "decades of exposure": a vague length, the noun alone
        "units_of": (
            r"(?P<unit>years|months|weeks|days|decades|centuries|hours)(?=\s+of\s+(?!(?:the\s+)?(?:week|month|year|age"
            r"|yore|old|grace|the\s+(?:war|revolution|empire|republic|reign)\b)\b)[a-z])",
            "unit",
        ),
        "year_earlier": (
            r"(?:the\s+)?(?:(?P<pre>quarter|period)\s+a\s+)?(?P<w>year-earlier|year-ago|year\s+earlier|year\s+ago|"
            r"year-before)(?:\s+(?P<u>quarter|"
            r"period|month|year))?" + tail, "unit",
        ),
        "year_end": (
            r"(?:(?P<mod>around|about|by|until|since)\s+)?(?:the\s+)?(?:(?P<yr>this|last|next)\s+)?"
            r"(?:(?P<unit>year|month)[-\s]end|(?P<unit2>year|month)'s\s+end)" + tail, "unit",  # "At month's end"
        ),
        "season": (
            r"(?:(?P<mod0>early|late)\s+(?:in\s+)?(?=(?:last|next|this|that|the)\s))?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|that|the\s+following|the\s+next|the\s+previous|"
            r"the|early|late|mid|the\s+early|the\s+late|"
            r"in\s+the)[\s-]+)?(?:(?P<mod>early|late|mid)[\s-]+)?" + season + r"(?:\s+(?:of\s+)?" + year
            + r"(?:[-–/](?P<y2>\d{2}|\d{4})(?!\d))?)?" + tail, "season",
        ),
        "of_rel_year": (  # "June of the following year", "the spring of that year", "late in March of that year"
            r"(?:(?P<mod>early|late|mid)[\s-]+(?:in\s+)?)?(?:the\s+)?(?:(?P<day>[0-3]?\d)" + ORDINAL_SUFFIX
            + r"?\s+(?:of\s+)?)?"
            r"(?:" + month + r"(?:\s+(?P<day2>[0-3]?\d)" + ORDINAL_SUFFIX + r"?)?,?|" + season + r")\s+of\s+"
            r"(?P<yrel>that|that\s+same|the\s+same|this|the\s+following|the\s+next|the\s+ensuing|the\s+succeeding"
            r"|the\s+previous|the\s+preceding|last|next)\s+year" + tail, "month season",
        ),
        "holiday": (r"(?:(?P<rel>last|next|this)\s+)?" + holiday + r"(?:\s+" + year + r")?" + tail, "holiday"),
        "roman_day": (  # "the Ides of March, 44 BC", "the calends of January": the Roman calendar's named days
            r"(?:the\s+)?(?:new\s+)?(?P<rday>" + alternation(ROMAN_DAYS) + r")\s+of\s+" + month
            + r"(?:,?\s+" + year + r")?" + tail, "roman",
        ),
        "set": (
            r"(?:(?P<setw>" + alternation(lex.sets) + r")|on\s+(?P<weekends>week-?ends)"
            r"|(?P<every>every|each|per)\s+(?:other\s+)?"
            r"(?:(?P<n>\d{1,3}|" + ones + r"|" + alternation(lex.tens) + r")\s+(?P<units>" + plurals + r")|"
            r"(?P<halfhour>half[\s-]hour)|"  # "every half-hour"
            r"(?P<unit>week-?end|" + units + r"|" + alternation(lex.weekdays) + "|" + alternation(month_words)
            + "|" + alternation(lex.seasons) + ")))" + tail, "set unit weekday",
        ),
        "ref": (
            r"(?P<ref>" + alternation(lex.present_words + lex.past_words + lex.future_words) + ")" + tail,
            "ref unit",
        ),
        "spelled_year": (
            r"(?:the\s+year\s+)?(?P<c>nineteen|eighteen|twenty)[\s-]+(?P<r>" + alternation(lex.tens) + r"(?:[\s-]"
            + ones + r")?|hundred|" + alternation(k for k, v in lex.numbers.items() if 10 <= v < 20) + r")"
            r"|(?:the\s+year\s+)?(?P<tt>two\s+thousand(?:\s+and)?(?:\s+(?P<r2>" + ones + r"))?)" + tail,
            "decade",
        ),
    }  # fmt: skip
    compiled = tuple(
        Rule(name, re.compile(r"(?<![\w'/])" + body), frozenset(kinds.split())) for name, (body, kinds) in rules.items()
    )
    kind_of: dict[str, str] = {}
    for w in lex.months:
        kind_of[w] = "month"
    for w in lex.weekdays:
        kind_of[w] = "weekday"
        kind_of[w + "s"] = "weekday"
    for w in lex.units:
        kind_of[w] = "unit"
        kind_of[w + "s"] = "unit"
        kind_of[lex.plurals.get(w, w + "s")] = "unit"
    kind_of["half"] = "unit"
    kind_of["period"] = "unit"
    for w in ("year-earlier", "year-ago", "year-before"):
        kind_of[w] = "unit"
    for w in ("today", "tonight", "yesterday", "tomorrow"):
        kind_of[w] = "deictic"
    for w in (*lex.day_parts, "noon", "midnight", "midday", "mid-afternoon", "midafternoon", "mid-morning",
              "o'clock", "a.m.", "p.m."):  # fmt: skip
        kind_of[w] = "part"
    for w in lex.seasons:
        kind_of[w] = "season"
    for phrase in (*lex.fixed_holidays, *MOVABLE_HOLIDAYS):
        kind_of.setdefault(phrase.split()[0], "holiday")
    for w in ROMAN_DAYS:
        kind_of[w] = "roman"
    for w in ("q1", "q2", "q3", "q4", "h1", "h2", "fy"):
        kind_of[w] = "code"
    for phrase in lex.event_days:
        if not phrase[0].isdigit():
            kind_of.setdefault(phrase.split()[0], "event")  # "d-day", "v-e day"
    for w in lex.sets:
        kind_of[w] = "set"
    for w in ("every", "each", "per"):
        kind_of[w] = "set"
    for phrase in lex.present_words + lex.past_words + lex.future_words:
        kind_of.setdefault(phrase.split()[-1], "ref")
    for w in ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
              "nineteen", "eighteen", "thousand"):  # fmt: skip
        kind_of[w] = "decade"
    left = set(lex.left_words) | set(lex.weekdays) | set(lex.months) | {m + "." for m in lex.months}
    left |= set(lex.numbers) | set(lex.tens) | set(lex.ordinals) | set(lex.seasons)
    for phrase in (*lex.present_words, *lex.past_words, *lex.future_words, *lex.fixed_holidays, *lex.vague_numbers):
        left |= set(phrase.split())
    # The run of modifier words left of a trigger, matched on the reversed text (one anchored match).
    left_rev = trie_pattern(sorted({w[::-1] for w in left if " " not in w}))
    left_rx = re.compile(
        r"(?:(?:\s{1,3},?|[-–/])(?:s')?(?:"
        + left_rev
        + r"|2/1|½|(?:ts|dn|dr|ht|s|d(?=[23]))?[\d,.]{0,12}\d)(?![\w'.]))+"
    )
    words = sorted(kind_of)
    trigger = re.compile(r"[0-9]+|'\d0s|(?:" + trie_pattern(words) + r")(?![a-z])")
    return trigger, kind_of, compiled, left_rx


@dataclass(frozen=True, slots=True, eq=False)
class Grammar:
    """Everything the tagger matches with, compiled from one ``Lexicon`` (one language)."""

    lexicon: Lexicon
    trigger: re.Pattern[str]
    kind_of: dict[str, str]
    rules: tuple[Rule, ...]
    left: re.Pattern[str]
    by_kind: dict[str, tuple[tuple[int, Rule], ...]]
    # an ordinal the word "century" is left out after, ending where a century starts: "the fifteenth and
    # [sixteenth centuries]", "between the thirteenth and [the sixteenth century]", "the ninth to [the twelfth]"
    ordinal_before: re.Pattern[str]


def build_grammar(lex: Lexicon) -> Grammar:
    """Compile a language's patterns (done once per language, at import for English)."""
    trigger, kind_of, rules, left = _build(lex)
    kinds = {k for rule in rules for k in rule.kinds}
    by_kind = {k: tuple((i, r) for i, r in enumerate(rules) if k in r.kinds) for k in kinds}
    ordinal_before = re.compile(
        r"(?<![\w'])(?P<ord>" + alternation(lex.ordinals) + r"|\d{1,2}" + ORDINAL_SUFFIX + r")"
        r"(?:\s*,\s*|\s+(?:and|or|to)\s+)(?:the\s+)?\Z"
    )
    return Grammar(lex, trigger, kind_of, rules, left, by_kind, ordinal_before)


ENGLISH_GRAMMAR = build_grammar(ENGLISH)
TRIGGER, KIND_OF, RULES, LEFT = (
    ENGLISH_GRAMMAR.trigger,
    ENGLISH_GRAMMAR.kind_of,
    ENGLISH_GRAMMAR.rules,
    ENGLISH_GRAMMAR.left,
)
WORD_START = re.compile(r"(?<![\w'.])[\w'$]")
RULE_BY_NAME = {rule.name: rule for rule in RULES}
BLANK = re.compile(r"\s")

# Digit runs that can start or end a time expression: a year, a day or hour next to a word or clock
# sign, an era year, a decade, a numeric date, a count before a unit. Any other digit run ("1 1 1",
# "3-1", "11,000") is skipped before any rule runs, which keeps number-heavy text fast.
DIGIT_GATE = re.compile(
    r"[12]\d{3}(?!\d)|\d{1,4}(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th|s|'s)?[\s-]{0,3}(?:of\s+)?[a-z]"
    r"|\d{1,2}[:./]\d|\d0'?s|\d{2,4}-[01]\d-|[1-9]\d{2}(?![\d,.]\d)|\d{1,4}\.[ \t]+\|?[ \t]*[a-z(]"
)

# The TIMEX3 values this tagger writes (a subset of the TimeML value grammar); ``tagger`` checks every
# value against it, so that a reference time at the edge of the calendar (DCT 9999-12-31) cannot
# produce "10000-02".
VALUE = re.compile(
    r"PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|-?[0-9X]{2,4}(?:-(?:[0-9X]{2}|W[0-9X]{2}|Q[1-4X]|H[12]|SP|SU|FA|WI)(?:-(?:[0-9X]{2}|WE|[1-7]))?)?"
    r"(?:T(?:[0-9]{2}(?::[0-9]{2})?|MO|AF|EV|NI))?"
    r"|XXXX-WXX(?:-[1-7]|-WE)?(?:T(?:MO|AF|EV|NI))?"
    r"|P(?:[0-9.]+|X)(?:[YMWDQ]|WE)(?:[0-9]+M)?(?:T[0-9]+H)?|PT(?:[0-9.]+|X)[HMS](?:[0-9]+[MS])?"
    r"|P(?=[0-9])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?"
)
