"""False-positive filters: numbers that are not years, idioms, verbs that look like months.

Each function answers one question about the words around a match; the normalizers call them
and reject the match when they say so. They only look at a few characters on either side.
"""

from __future__ import annotations

import re

from reader.core.timex.context import Context
from reader.core.timex.lexicon import words
from reader.core.timex.numbers import ORDINAL_SUFFIX

_NEXT_WORD = re.compile(r"\s*([a-z]+)")
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Z.]{1,5})[^\S\n]+\Z")  # on the same line: "... NATO\n2000 | ..."
_NOT_YEAR_BEFORE = words(
    "page pages p. pp. no. nos. number numbers room rooms flight flights route routes chapter section article "
    "art. vol. volume model item items code codes channel column line lines verse psalm hymn box suite unit "
    "apartment apt. highway interstate bus car train platform gate seat row exit size catalog serial patent opus "
    "op. tel. phone fax zip ext. sec. fig. figure table versus vs. at+ footnote footnotes resolution resolutions"
    " numbered numbering totalled totaled totalling totaling form"  # "The regiment numbered 1200.", "Form 1040"
)
# "at 1600 Pennsylvania Avenue": a house number before its street's name
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place|Square|Terrace)"
    r"(?![\w-])"
)
_PRONOUNS_AFTER_MAY = words(
    "i we you he she it they there this that be have not also never well"
    " god heaven christ the his her their our your thy all these those every no"  # "May God keep you", a wish
)
_AUTHOR_AFTER = re.compile(r",\s+[A-Z][a-z]+(?:\s+[A-Z]\.)+")  # "May, Ernest R. (1955)": a surname
_MONTH_PREPOSITIONS = words(  # a word that makes the next "May" or "March" a month: "in March", "that May"
    "in on by of since until till during from to for early late mid last next this that and or before after "
    "through throughout between following previous same"
)
_GENERIC_AFTER = words("world youth society generation generations children kids young standards economy")
_AFTER_NOUN = words("was is had has and in that which ran runs flowed flows swept carried took bore")
_NOT_PLURAL = words("was has his its as is this thus us whereas perhaps always")
_POSSESSIVE = words("our your their my his her its of a the")


def month_case_ok(ctx: Context, start: int, word: str, strict: bool) -> bool:
    """Month words must be capitalized ("march", "may" are verbs); bare "May" before a pronoun is a verb."""
    first = ctx.text[start]
    if not first.isupper():
        return False
    bare = word.rstrip(".")
    if not strict:
        return True
    if _REGNAL_BEFORE.search(ctx.text, max(0, start - 8), start) or (
        _REGNAL_AFTER.match(ctx.text, start + len(bare)) and ctx.prev_word(start) not in _IN_A_MONTH
    ):  # "Zygmunt II August", "Election of August III the Saxon": a ruler's name; "World War II May 1945" and
        return False  # "In August II Corps advanced" are months
    if bare == "august" and ctx.prev_word(start) in ("most", "more", "so", "very"):
        return False  # "his Most August Majesty": the adjective
    if len(bare) <= 4 and bare not in ("may", "june", "july") and not word.endswith("."):
        return False  # "Jan", "Dec" alone are names more often than months
    if bare in _GIVEN_NAMES and _between_names(ctx, start, len(bare)):
        return False  # "Kathleen May Beeby", "Mary June Collins": a middle name
    if bare in _SURNAMES and not _DATE_AFTER.match(ctx.text, start + len(bare)):
        prev = ctx.text[max(0, start - 30) : start]
        if (name := _GIVEN_NAME_BEFORE.search(prev)) and name.group(1).lower() not in _NOT_NAMES:
            ctx.surnames.add(bare)
            return False  # "Prime Minister Theresa May said": a surname
        if bare in ctx.surnames and ctx.prev_word(start) not in _MONTH_PREPOSITIONS:
            return False  # "May told the BBC", after "Theresa May"
    if bare in ("may", "march"):
        if ctx.prev_word(start) in _MONTH_PREPOSITIONS:
            return True  # "in March he gathered"
        m = _NEXT_WORD.match(ctx.low, start + len(bare))
        if m and m.group(1) in _PRONOUNS_AFTER_MAY:
            return False  # "May I", "May God keep you", "March on"
        if m and ctx.text[start : start + len(bare)].isupper() and ctx.text[m.start(1) : m.end(1)].isupper():
            return False  # a verb in capitals: "their annulling of our orders, MAY LEAD TO A CATASTROPHE"
        if _AUTHOR_AFTER.match(ctx.text, start + len(bare)):
            return False  # "May, Ernest R. (1955)": an author in a bibliography
        if bare == "march" and m and m.group(1) in ("of", "for", "to", "on", "through", "into", "against"):
            return False  # "the March of the Combatants", "March on Washington"
        if bare == "march" and _NAMED_MARCH.search(ctx.text, max(0, start - 50), start):
            return False  # "the Long March", "the Salt March", "the Funeral March": a name
    return True


_GIVEN_NAMES = words("april may june august")
_SURNAMES = words("may march")
_GIVEN_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s$")  # a capitalized word right before, on the same line
_NOT_NAMES = _MONTH_PREPOSITIONS | words(
    "the last early late mid next this that each every since until till through throughout "
    "international labour labor national royal day days"
)  # "Last May", "International May Day": no given name before a month
_DATE_AFTER = re.compile(r"\.?\s*,?\s*\d")  # "May 1968", "May 5": a month
_NAMED_MARCH = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+(?:['’]s)?\s+){1,3}$")  # "the Revolutionary Funeral March"
_CAPITALIZED_AFTER = re.compile(r" ([A-Z][a-z]+)\b")


def _between_names(ctx: Context, start: int, length: int) -> bool:
    """Whether a month word stands between a capitalized word that is not a function word and a capitalized
    word: "Kathleen May Beeby" (but "Last May Congress", "In May Smith", "International May Day")."""
    after = _CAPITALIZED_AFTER.match(ctx.text, start + length)
    if after is None or after.group(1) in ("Day", "Days"):
        return False
    if not _NAME_BEFORE.search(ctx.text, max(0, start - 30), start) or ctx.text[start - 1 : start] != " ":
        return False
    before = ctx.prev_word(start)
    return not (
        before in ctx.lex.left_words
        or before in _MONTH_PREPOSITIONS
        or before in ctx.lex.months
        or before in ctx.lex.weekdays
    )


_NAME_BEFORE = re.compile(r"(?<![\w'])(?!(?:On|In|But|And|So|Then|Until|By|Since|As|Even|Only)\s)[A-Z][\w&'-]*\s+\Z")
_REGNAL_BEFORE = re.compile(r"\b[IVX]{1,5}\s+\Z")
_REGNAL_AFTER = re.compile(r"\s+[IVX]{1,5}\b(?![.,]?\s*\d)")
_IN_A_MONTH = words("in during by since until till early late mid last next this that")
_DAY_AFTER = re.compile(r"\s{1,3}[0-3]?\d" + ORDINAL_SUFFIX + r"?(?![\d,:.]\d|\d)")


def day_follows(ctx: Context, end: int) -> bool:
    """Whether a day number follows a month word ("Oct. 23")."""
    return _DAY_AFTER.match(ctx.low, end) is not None


def counted_after(ctx: Context, end: int) -> bool:
    """Whether a count noun follows ("1,949 soldiers", "May 5 people" is not a date)."""
    m = _NEXT_WORD.match(ctx.low, end)
    return bool(m and m.group(1) in ctx.lex.count_nouns)


def plural_after(ctx: Context, end: int) -> bool:
    """Whether a lowercase plural noun follows a number ("in 300 cases"): a count, not a year."""
    m = _NEXT_WORD.match(ctx.low, end)
    if not m or not ctx.text[m.start(1)].islower():
        return False
    word = m.group(1)
    return word.endswith("s") and word not in _NOT_PLURAL


_LIST_BEFORE = re.compile(r":-?\s+$")
_COUNT_ITEM_BEFORE = re.compile(r"(?:^|[,:;]\s*)\d[\d,]*\s+[a-z][a-z -]{0,40},\s*$")  # ", 15 bags tin ore, "
_NEXT_LOWER = re.compile(r"\s+[a-z]")
_PAGE_LIST_BEFORE = re.compile(r"\bpp?\.\s?\d{1,4}(?:\s?[,-]\s?\d{1,4})*,\s?$")
_UNITS_NEXT = re.compile(r"\s+(?:years|months|weeks|days|hours|decades|centuries|millennia)\b")
_DECIMAL_CELL_BEFORE = re.compile(r"\|\s*\d[\d,]*\.\d*\s*\|\s*$")  # "| 100. | " or "| 8.50 | " just before
_CELL_END = re.compile(r"\s*\|")
_NEXT_ITEM = re.compile(r"[^.\n]{0,60}?,\s*\d")


def _list_item(ctx: Context, start: int, end: int) -> bool:
    """Whether a number opens a list of counted goods after a colon (another count follows after a comma)."""
    return bool(_LIST_BEFORE.search(ctx.low, max(0, start - 4), start)) and bool(_NEXT_ITEM.match(ctx.low, end))


_A_QUANTITY_OF = re.compile(r"\ban?\s+[a-z]+\s+of\s+$")  # "a chorus of", "a total of", "an army of"
# "Europe-Asia Studies 47 (8): 1293–1326": after a citation's volume (and issue) come pages, not years.
_CITATION_BEFORE = re.compile(r"\d\)?\s*:\s*\Z")
# "ISBN 978-0-7656- 1263-2": a digit chain broken at a line end goes on with an identifier, not a year.
_CHAIN_BEFORE = re.compile(r"\d-\s+\Z")


_ZONE_AFTER = re.compile(r"\s?(?:gmt|utc|z|zulu|hrs|hours)\b")


def year_ok(ctx: Context, start: int, end: int, year: int) -> bool:
    """A four-digit number is a year unless its neighbours say otherwise."""
    if not 1000 <= year <= 2099:
        return False
    if ctx.narrative and year > 2030:
        return False
    low = ctx.low
    nxt = low[end : end + 2]
    if nxt[:1] in ("/", "%") or nxt in (" %",) or (nxt[:1] == ":" and nxt[1:2].isdigit()):
        return False  # "1945/46", "2000%", "1945:12"; but "1945: End of the war" is the year
    if low.startswith((" percent", " per cent", " degrees", "th ", "st ", "s ", "ft", "m ", "km"), end):
        return False
    if _ZONE_AFTER.match(low, end) and year % 100 < 60 and ctx.prev_word(start) not in ("in", "since", "of"):
        return False  # "(1900 GMT)": a clock time in a time zone (but "In 1900 GMT was ...")
    if low.startswith(("'s ", "’s "), end) and year % 10 == 0:
        return False  # "the 1990's": a decade (``norm_decade``); "2012's results" is the year
    if counted_after(ctx, end) or _UNITS_NEXT.match(low, end):
        return False  # "1,949 soldiers"; "for 2000 years", "some 1500 years ago": a length, not a year
    prev = ctx.prev_word(start)
    if prev in _NOT_YEAR_BEFORE or prev.endswith(("$", "#", "£", "€", "+", "-")):
        return False
    if prev == "at" and _STREET_AFTER.match(ctx.text, end):
        return False  # "at 1600 Pennsylvania Avenue" (but "In 1914 Regent Street was widened")
    m = _ACRONYM_BEFORE.search(ctx.text, max(0, start - 12), start)
    if m and m.group(1) not in ("AD", "A.D.", "CE", "BC", "BCE"):
        return False  # "JCS 1779", "NSC 68", "MiG 1950": a document or model number
    if start >= 1 and low[start - 1] in "-/":
        return low.endswith(("mid-", "pre-", "post-"), 0, start)  # "mid-1996", "post-1959"
    before = low[max(0, start - 30) : start]
    if _CITATION_BEFORE.search(before) or _CHAIN_BEFORE.search(before):
        return False
    if start >= 1 and low[start - 1] in ":=_#%":
        return False
    if _PAGE_LIST_BEFORE.search(low, max(0, start - 40), start):
        return False  # "Dion, p. 1234, 1234", "tom. iii. p. 710, 1181": more pages of the work cited
    if low[start - 1 : start] == "[" and low[end : end + 1] == "]":
        return False  # "[1581]": a footnote marker (Gibbon numbers his notes past a thousand)
    if _PAGE_AFTER_YEAR.match(low, end):
        return False  # "Kershaw 2001, pp. 121–122": an author-year citation
    if plural_after(ctx, end) and (_list_item(ctx, start, end) or _A_QUANTITY_OF.search(before)):
        return False  # a cargo list's ": 1681 bags maize, 8 cedar logs", "a chorus of 1000 voices": counts
    if _DECIMAL_CELL_BEFORE.search(low, max(0, start - 24), start) and _CELL_END.match(low, end):
        return False  # "| Candles | (Pood) | 8.50 | 100. | 1076 |": a column of a table of figures
    if (
        _COUNT_ITEM_BEFORE.search(low, max(0, start - 60), start)
        and _NEXT_LOWER.match(ctx.text, end)
        and _NEXT_ITEM.match(low, end)
    ):
        return False  # "... 15 bags tin ore, 2000 wet hides, 120 casks tallow": an item of a list of counts
    # "CorpusID:1537", "id=1945" above are glued to an identifier. Here, ".../this-day-april-12-1945-22
    # 1722)": a URL broken at a line end goes on (the word before has a slash and a digit or a dot).
    window = low[max(0, start - 80) : start]
    if "/" not in window:
        return True
    token = window.split()[-1] if window.strip() else ""
    return not ("/" in token and any(c.isdigit() or c == "." for c in token))


_PAGE_AFTER_YEAR = re.compile(r"\)?,\s{0,3}pp?\.\s{0,3}(?:\d|[ivxlc]{1,6}\b)")  # "p. 121", "p. vii"
# "Retrieved 16 April 2021", "Archived from the original (https://...) on 7 May 2012"
_ACCESS_BEFORE = re.compile(
    r"(?:retrieved|accessed|archived|original)(?:\s{1,3}\((?:pdf|https?://[^()\n]{1,200})\))?(?:\s+on)?\s{1,3}\Z"
)


def access_date(ctx: Context, start: int) -> bool:
    """Whether a date is a web citation's access or archive date ("Retrieved 16 April 2021")."""
    return _ACCESS_BEFORE.search(ctx.low, max(0, start - 240), start) is not None


# A cited book's imprint in a footnote: "Leipsig, 1773.", "Halae, 1772, 8vo.", "p. 368, edit. 1805,)".
_IMPRINT_BEFORE = re.compile(
    r"(?:\b(?P<place>[A-Z][a-zà-ÿ]+|(?:[A-Z]\.\s?){2,3})\.?,?|\b(?:[Ee]dit|ed|edition)\.?(?:\s+de)?,?|\bp\.\s*\d+\.)\s*$"
)  # "Leipsig, 1773", "Camb. 1704", "Lugd. Bat 1661", "edit. de 1792", "p. 289. 1771"
_IMPRINT_AFTER = re.compile(r"\s*(?:[.,;)\]]|--|8vo|4to|12mo|fol\b|$)")
_NOT_PLACE = frozenset(
    ("in", "at", "on", "by", "of", "to", "from", "since", "until", "till", "before", "after", "about", "around",
     "circa", "and", "the", "during", "year", "anno", "spring", "summer", "autumn", "winter", "easter", "christmas")
)  # fmt: skip
_NOTE_LINE = ("[Footnote", "[footnote", "[Note", "[note", "[^", "Note:")


def in_footnote(ctx: Context, pos: int) -> bool:
    """Whether ``pos`` is in a footnote paragraph ("[Footnote 18: ...]", "Note: ...", at most 5,000 characters)."""
    line = ctx.text.rfind("\n", max(0, pos - 5000), pos)
    return (line >= 0 or pos < 5000) and ctx.text.startswith(_NOTE_LINE, line + 1)


def imprint_year(ctx: Context, start: int, end: int) -> bool:
    """Whether a bare year in a footnote is the imprint of a book it cites ("See a dissertation of Dr. Wolle,
    de Rationario imperii Rom. Leipsig, 1773."): a date of the citation, not of the text, as "Retrieved ..."."""
    text = ctx.text
    if end - start != 4 or not text[start:end].isdigit() or not _IMPRINT_AFTER.match(text, end):
        return False
    m = _IMPRINT_BEFORE.search(text, max(0, start - 30), start)
    place = (m.group("place") or "").lower() if m else ""
    if m is None or place in ctx.lex.months or place in _NOT_PLACE:
        return False  # "September, 1812", "In 1787"
    return in_footnote(ctx, start) or _CITED_WORK.search(ctx.text, max(0, start - 100), start) is not None


# a quoted title by a named author just before: '[3] See “Kornilov to Brest-Litovsk” by John Reed. Boni and
# Liveright N.Y., 1919.' (a citation in the text, its year the book's)
_CITED_WORK = re.compile(r"[”\"]\s+by\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}\.\s")


# "vol. i.", "l. vii." (lowercase), or a cited work's abbreviated title ("Petron. c. 116", "Annal. c. 3"; but
# "Louis XIV. c. 1700" is circa)
_CHAPTER_BEFORE = re.compile(r"(?:\b[ivxl]+|\bl|\blib|\bvol|\btom|\b(?![IVXLC]+\.)[A-Za-z]{2,})\.,?\s*$")


def chapter_citation(ctx: Context, start: int) -> bool:
    """Whether "c. 182" is a chapter of a cited work ("Chronique de Froissart, vol. i. c. 182"; "Memnon apud
    Photium, [c. 224, p. 231"), not circa 182."""
    if not ctx.text.startswith("c.", start):
        return False
    if _CHAPTER_BEFORE.search(ctx.text, max(0, start - 12), start) is not None:
        return True
    m = _CHAPTER_NUMBER.match(ctx.text, start)
    return m is not None and _PAGE_NEXT.match(ctx.text, m.end()) is not None


_CHAPTER_NUMBER = re.compile(r"c\.\s?\d{1,4}")
_PAGE_NEXT = re.compile(r",?\s{0,2}pp?\.\s?\d")  # "c. 224, p. 231": a chapter and its page
_PAGE_AFTER = re.compile(r"\.?\s{0,3}(?:pp?|c|l)\.?\s{0,3}\d")  # "p. 46", "c. 23" (a chapter), "l. 3"
_ABBREV_OR_NUMBER = re.compile(r"\s{1,3}(?:([A-Z][a-z]{0,6}\.)|(\d{1,4})\b)")  # "Aug. 49", "Nov. Test."
_ABBREV_BEFORE = re.compile(r"\b[A-Z][a-z]{0,6}\.\s{1,3}$")  # "Suet. Aug."
_BEFORE_A_MONTH = words(  # an abbreviated month after one of these is no citation: "in Jan. Mr. Smith came"
    "in on by since until till through from to for of before after during early late mid last next this"
)
_CITED_BEFORE = frozenset(("hist.", "hist", "sueton.", "suetonius", "non"))


_LIST_LINK = re.compile(r"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)")
_WORD_BEFORE = re.compile(r"[a-z]+$")
_WORD_AT = re.compile(r"[a-z]+")
_QUOTE_OPENING = frozenset("“\"‘'")  # a recital is quoted: a character says the months
_RECITAL_END = frozenset("”\"’'.!?,")


def recited_months(ctx: Context, start: int, end: int) -> bool:
    """Whether a month word is one of a recital of three or more month names set off by itself ("whispering,
    “January, February, March, April, May.”"): the months are named, none is a time of the story."""
    months = ctx.lex.months
    names, a, b = 1, start, end
    while (link := _LIST_LINK.search(ctx.low, max(0, a - 8), a)) is not None and link.end() == a:
        word = _WORD_BEFORE.search(ctx.low, max(0, link.start() - 10), link.start())
        if word is None or word.group() not in months:
            break
        names, a = names + 1, word.start()
    while (link := _LIST_LINK.match(ctx.low, b)) is not None:
        word = _WORD_AT.match(ctx.low, link.end())
        if word is None or word.group() not in months:
            break
        names, b = names + 1, word.end()
    if names < 3:
        return False
    left = ctx.text[max(0, a - 3) : a].rstrip(" \t")[-1:]
    right = ctx.text[b : b + 3].lstrip(" \t")[:1]
    return left in _QUOTE_OPENING and right in _RECITAL_END


def cited_month(ctx: Context, start: int, end: int) -> bool:
    """Whether a bare month name is part of a citation: "Hist. August. p. 46" (the Historia Augusta),
    "Sueton. in August. c. 23" (Suetonius' life of Augustus), or an abbreviation among abbreviations: "Suet.
    Aug. 49" (no month has a 49th day), "Apoc. Nov. Test." (the New Testament)."""
    before = [w.lstrip("([") for w in ctx.low[max(0, start - 16) : start].split()]
    if before and before[-1] == "in":
        before.pop()
    if (bool(before) and before[-1] in _CITED_BEFORE) or _PAGE_AFTER.match(ctx.low, end):
        return True
    if ctx.text[end - 1 : end] != "." or (before and before[-1] in _BEFORE_A_MONTH):
        return False  # "in Jan. Mr. Smith came"
    after = _ABBREV_OR_NUMBER.match(ctx.text, end)
    if after is not None and (after.group(1) or int(after.group(2)) > 31):
        return True
    return _ABBREV_BEFORE.search(ctx.text, max(0, start - 12), start) is not None


def cited_after_abbreviation(ctx: Context, start: int) -> bool:
    """Whether an abbreviated month with a day and no year opens a citation after an author's abbreviated name:
    "(Suet. Jul. 2, 5.)" is chapters of Suetonius' Julius, not 2 July ("On Mon. Jan. 5" stays a date)."""
    m = _ABBREV_BEFORE.search(ctx.text, max(0, start - 12), start)
    if m is None or ctx.text[max(0, m.start() - 2) : m.start()].strip()[-1:] not in ("(", "[", ";"):
        return False
    name = m.group().strip(" .").lower()
    return not any(day.startswith(name) for day in ctx.lex.weekdays)  # "(Mon. Jan. 5)" is a date


def score_like(ctx: Context, end: int) -> bool:
    """Whether a "1990-91"-looking thing is rather a score or a numeric range (followed by a count noun)."""
    return counted_after(ctx, end)


_WAR = re.compile(r"'?s?'?\s+war\b")


def war_name(ctx: Context, end: int) -> bool:
    """ "the Thirty Years' War", "the Hundred Years War", "the Six-Day War": a name, not a duration."""
    m = _WAR.match(ctx.low, end)
    return m is not None and ctx.text[m.end() - 3] == "W"  # "the eight-year war with Iran" is a duration


def title_case_number(ctx: Context, start: int) -> bool:
    """ "Nineteen Eighty-Four" capitalized inside a sentence: a title, not a year."""
    if not ctx.text[start : start + 1].isupper():
        return False
    before = ctx.text[max(0, start - 3) : start].rstrip()
    return bool(before) and before[-1] not in ".!?\"'\n(:;"


_NAME_HEAD = re.compile(
    r"\s+(?:War|Palace|Olympics|Games|Offensive|Revolution|Uprising|Rising|Campaign|Crisis|Storm|Street|"
    r"Party|Festival|Fair|Session|Term|Semester|Quarter|Edition|Magazine|News|Show|Post|Times)\b"
)


_EVENT_HEAD = re.compile(
    r"\s+(?:[Rr]evolution|[Uu]prising|[Ii]nsurrection|[Cc]risis|[Mm]anifesto|[Pp]utsch|[Cc]oup|[Rr]evolt"
    r"|[Mm]assacre|Rising|Days|Theses|Offensive"
    r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|[A-Z][a-z]+teenth|[A-Z][a-z]+tieth)"
    r"\s+(?:Movement|Incident|Revolution|Uprising|Massacre))\b"  # "the May Fourth Movement"
)


def event_name_follows(ctx: Context, end: int) -> bool:
    """ "the October Revolution", "the March revolution", "the July Crisis", "the June Days": a month naming
    an event, not a date of the text (its year is often far from the story's)."""
    return _EVENT_HEAD.match(ctx.text, end) is not None


def name_follows(ctx: Context, end: int) -> bool:
    """ "the Winter War", "the Summer Olympics", "the Easter Rising": part of a name, not a date."""
    return _NAME_HEAD.match(ctx.text, end) is not None


def capitalized_inside(ctx: Context, start: int) -> bool:
    """A lowercase-class word written with a capital inside a sentence ("People's Daily")."""
    if not ctx.text[start : start + 1].isupper():
        return False
    before = ctx.text[max(0, start - 3) : start].rstrip()
    return bool(before) and before[-1] not in ".!?\"'\n(:;|*_#-"


_LENGTH_BEFORE = frozenset(
    ("within", "in", "for", "after", "over", "than", "about", "nearly", "almost", "only", "just")
)


def measure_rate(ctx: Context, start: int) -> bool:
    """ "forty-four miles per hour", "5 miles an hour", "600 rounds per minute": the unit of a speed or a rate
    of fire, not a time of the text."""
    words = ctx.low[max(0, start - 24) : start].split()
    if words and words[-1] == "per":
        words.pop()
    return bool(words) and words[-1] in ctx.lex.measure_units


_COPULA = words("is are was were be been being became seemed")


def set_context(ctx: Context, start: int) -> bool:
    """ "twice a day", "$5 a year", "10 hours a week": "a <unit>" here means "per <unit>"."""
    before = ctx.low[max(0, start - 14) : start]
    words = before.split()
    if not words:
        return False
    last = words[-1]
    if last in ("once", "twice", "times", "thrice") or last.endswith(("%", "hours", "days")):
        return True
    if last in _LENGTH_BEFORE:
        return False  # "within a week", "for a year": a length
    if last in _COPULA:
        return False  # "Monday the 12th was a day of suspense": a day, not "per day"
    clause = ctx.before(start, 24)  # the current sentence only: not the "1945" of "... 30 April 1945. Within a week"
    return any(ch.isdigit() for ch in clause)  # "1,500 calories a day"


def idiomatic_deictic(ctx: Context, start: int, end: int) -> bool:
    """ "The Soviet Union's today is our tomorrow", "a better tomorrow": generic, not a date; "USA Today",
    "Polonia Today Online": a name (capitalized right after a capitalized word that is not a preposition or a
    conjunction)."""
    prev = ctx.prev_word(start)
    if ctx.text[start].isupper() and _NAME_BEFORE.search(ctx.text, max(0, start - 30), start):
        return True
    if prev.endswith(("'s", "’s", "s'")) or prev in _POSSESSIVE:
        return True
    if prev in ("better", "brighter") or ctx.low.startswith((" is our", " is my", " is their"), end):
        return True
    if ctx.low.startswith("'s", end):
        m = _NEXT_WORD.match(ctx.low, end + 2)
        if m and m.group(1) in _GENERIC_AFTER:
            return True  # "today's youth", "today's world"
    m = _NEXT_WORD.match(ctx.low, end)
    return bool(m and m.group(1) in ("is", "was") and prev in _POSSESSIVE)


_NOT_A_NOUN_AFTER = words(
    "and or but nor as than that which who when where while is was were are be been has have had will would "
    "could should may might must can did do does he she it they we i you his her its their our my your this "
    "these those there one all no not only even so such of in on at by for from to into with without about "
    "after before since until till through during between against among upon under over always never often still "
    "also seems seemed seem remains remained lies lay"
)


_PRESENT_BEFORE = words("to until till unto through from for of in at")


def ref_rejected(ctx: Context, word: str, start: int, end: int) -> bool:
    """ "now that" is a conjunction only sometimes; "current" of a river is not time; "the past tense", "the
    present king";
    "at the moment of trial" / "at the moment when ..." is a moment of the story, not the present."""
    low = ctx.low
    if word == "current":
        m = _NEXT_WORD.match(low, end)
        if m and m.group(1) in ("of", "flows", "flowed", "carried", "swept", "account", "accounts", "affairs"):
            return True
        noun_prev = ctx.prev_word(start) in ("the", "a", "strong", "swift", "electric", "ocean")
        return noun_prev and (not m or m.group(1) in _AFTER_NOUN)  # "where the current was strongest"
    if word.startswith(("the past", "the present")):
        m = _NEXT_WORD.match(low, end)
        if m and m.group(1) in ("tense", "participle"):
            return True
        # "the past history of the Primates", "the past crimes", "in the present case": an adjective before its
        # noun ("in the past he had", "the past and the future", "the past was", "to the present." stay times)
        noun = m is not None and m.group(1) not in _NOT_A_NOUN_AFTER and not m.group(1).endswith(("ed", "ly"))
        if word == "the past":
            return noun and ctx.prev_word(start) not in ("in", "into", "from", "for", "of", "to", "than", "with")
        if noun or low.startswith("-", end):
            return True  # "of the present volume", "the present-day relations"
        # "to the present.", "for the present I am free"; not "Delighted with the present," (a gift) nor "Is
        # given by the present" (a certificate's own words)
        return word == "the present" and ctx.prev_word(start) not in _PRESENT_BEFORE
    if word == "future":
        m = _NEXT_WORD.match(low, end)
        return bool(m and m.group(1) in ("tense",))
    if word == "at the moment":
        m = _NEXT_WORD.match(low, end)
        return bool(m and m.group(1) in ("of", "when", "that", "he", "she", "they", "it"))  # "at the moment of trial"
    return False
