"""Normalizers for durations, sets and the vague PRESENT_REF / PAST_REF / FUTURE_REF.

"three days", "the past two months", "a 10-year bond", "for years", "centuries-long", "daily",
"every month", "each Thursday", "now", "recently", "the future". None of them needs a reference
time, except "a year" read as "per year" after a rate ("$5 a year", "twice a day").
"""

from __future__ import annotations

import re

from reader.core.timex import filters
from reader.core.timex.context import Context
from reader.core.timex.lexicon import words
from reader.core.timex.normalize import Found
from reader.core.timex.numbers import duration_value, mod_of, norm_space, parse_number, unit_code, unit_name
from reader.core.timex.tense import FUTURE

_SOMEDAY_BEFORE = words(
    "will would could might may shall can should must he she they we i you it and but then perhaps until"
)
_NOT_SOMEDAY_AFTER = words("of later earlier before after ago and or to in")
_WORD_AFTER = re.compile(r",?\s+([a-z]+)(?:\s+([a-z]+))?")
_ORDINAL_BEFORE = frozenset(("the", "its", "his", "her", "their", "our", "my", "your", "this"))
_VAGUE = {"a few", "few", "several", "some", "many", "the next few"}
# "the past hundred years": the determiners after which a length may leave out its "a"
_SPAN_BEFORE_BARE = {"the past", "the last", "the previous", "the next", "the first", "the following", "the coming"}


def norm_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """ "three days", "the past two months", "a 10-year", "about a decade", "five-year-old"."""
    num = norm_space(m.group("num"))
    unit = unit_name(m.group("unit"), ctx.lex)
    n = parse_number(num, ctx.lex)
    approx = norm_space(m.group("approx") or "")
    if num in ("a", "an") and unit in ("second", "quarter"):
        return None
    if num in ("hundred", "thousand") and approx not in _SPAN_BEFORE_BARE:
        return None  # "the Hundred Days", "hundred years' war": a name; "the past hundred years" is a length
    if num.isdigit() and len(num) >= 4 and unit in ("hour", "minute", "second"):
        return None  # "at 0445 hours", "1600 hours": a military clock time, not a length
    if filters.war_name(ctx, m.end()):
        return None  # "the Thirty Years' War", "the Six-Day War": a name
    if num in ("a", "an") and filters.measure_rate(ctx, m.start()):
        return None  # "5 miles an hour": a speed
    if ctx.text[m.start("num")].isupper() and ctx.text[m.start("unit")].isupper() and m.start() == m.start("num"):
        return None  # "Half-Hours with the Best American Authors", "Three Days of the Condor": a title
    if (m.group("adj") and "old" in m.group("adj")) or ctx.after(m.end(), 7) == " of age":
        return None  # an age ("a 52-year-old", "52 years old", "ten years of age") is not a time of the text
    hyphened = m.group("num")[-1:].isalpha() and ctx.low[m.end("num")] == "-"
    if unit == "second" and hyphened and (approx in _ORDINAL_BEFORE or ctx.prev_word(m.start()) in _ORDINAL_BEFORE):
        return None  # "its fifty-second sovereign", "the twenty-second day": ordinals
    if num in ("a", "an", "one", "three") and unit == "quarter" and ctx.after(m.end(), 4).startswith(" of"):
        return None  # "a quarter of the votes"
    if unit == "quarter" and n is not None and n > 40:
        return None  # "six hundred quarters" of oats: a measure (nobody counts a decade in quarters)
    if num in ("one", "some") and unit == "day" and _someday(m, ctx):
        tense = ctx.tense(m.start(), m.end())  # with no tense to go by, a story looks back and news ahead
        ahead = tense == FUTURE or (tense is None and not ctx.narrative)
        return Found("DATE", "FUTURE_REF" if ahead else "PAST_REF")
    if num in _VAGUE or "few" in num:
        n = None
    elif n is None:
        return None
    elif m.group("half"):
        n += 0.5  # "a minute and a half"
    start = None
    if approx in ("his", "her", "their", "those", "these"):
        start = m.start("num")
    elif approx == "last" and ctx.prev_word(m.start()) in _LAST_THE_VERB:
        start = m.start("num")  # "will resume Wednesday and last five days": the verb, not "the last"
    elif approx in ("the", "its") and ctx.low[m.end("num")] == "-" and not m.group("unit").endswith("s"):
        start = m.start("num")  # "the [two-week] period", "the [14-day] deadline": an adjective, as TimeBank marks it
    elif not approx and num == "a half" and ctx.low[m.end("num")] == "-":
        start = m.end("num") - 4  # "a [half-hour] break"
    if (
        num in ("a", "an")
        and unit_code(unit, ctx.lex) in ("D", "W", "M", "Q", "Y")
        and filters.set_context(ctx, m.start())
    ):
        return Found("SET", duration_value(1, unit, ctx.lex), start=m.start("num"))
    mod = mod_of(approx)
    if mod is None and num in ctx.lex.approximate_numbers:
        mod = "APPROX"  # "a couple of years"
    if m.group("unit").endswith("s") and n == 1 and num not in ("one", "1"):
        return None  # "a days" cannot be; "a seconds" neither
    return Found("DURATION", duration_value(n, unit, ctx.lex), mod, start=start)


# words before a "last" that make it the verb: "could last two weeks", "and last five days", "to last a year"
_LAST_THE_VERB = frozenset((
    "will", "would", "could", "can", "may", "might", "must", "should", "shall", "to", "and", "or", "not",
    "won't", "can't", "didn't", "did", "does", "do",
))  # fmt: skip


def _someday(m: re.Match[str], ctx: Context) -> bool:
    """Whether "one day" means "some day" ("Islam will one day be ..."), not a day's length ("in one day");
    "some day" always does (several days are "some days")."""
    said = norm_space(m.group().lower())
    if said == "some day":
        return True
    if said != "one day":
        return False
    prev = ctx.prev_word(m.start())
    if prev not in _SOMEDAY_BEFORE and not prev.endswith((".", ",", ";")) and prev:
        return False
    nxt = _WORD_AFTER.match(ctx.low, m.end())
    if nxt is None or nxt.group(1) in _NOT_SOMEDAY_AFTER:
        return False
    return not (nxt.group(1) in ("a", "an", "per", "each", "every") and unit_code(nxt.group(2) or "", ctx.lex))


def norm_units_vague(m: re.Match[str], ctx: Context) -> Found | None:
    """ "for years", "recent months", "the coming weeks", "centuries" -> PXY, PXM, PXW."""
    pre = norm_space(m.group("pre"))
    unit = unit_name(m.group("unit"), ctx.lex)
    if unit == "weekend" or (pre == "the early" and unit == "hour"):
        return None  # "in the early hours (of 22 June)": a time of night, not a length
    if pre in ("in the", "in") and _ERA_OF.match(ctx.text, m.end("unit")):
        return None  # "In the days of Napoleon", "in days of yore": an era, not a length
    start = m.start("unit") if pre in ("for", "over the", "in the", "in", "within") else None
    if pre in ("in the coming", "in the past"):
        start = m.start("pre") + 3
    if pre == "in recent":
        start = m.start("pre") + 3
    return Found("DURATION", duration_value(None, unit, ctx.lex), start=start)


_VERB_S = re.compile(r"[^aeiosu]s$")  # "follows", "brings" (not "various", "glorious", "his", "less")
_ERA_OF = re.compile(r"\s+of\s+(?:(?:yore|old)\b|(?:the\s+)?[A-Z])")


def norm_units_of(m: re.Match[str], ctx: Context) -> Found | None:
    """ "after months of talks", "Years of war ended", "endured decades of exposure": a vague length that opens
    its noun phrase after a preposition, a verb ("ended", "follows") or the sentence's start (not "the days of
    Napoleon", "the best years of her life", "the small hours of the morning": an era or a time of day)."""
    prev = ctx.prev_word(m.start())
    if prev not in _BEFORE_UNITS_OF and not (len(prev) > 4 and (prev.endswith("ed") or _VERB_S.search(prev))):
        before = ctx.text[max(0, m.start() - 40) : m.start()].rstrip()  # a window: the text before can be megabytes
        opens = not before or before[-1] in '.!?"“”:;'
        if not (opens and ctx.text[m.start()].isupper() and ctx.text[m.start() + 1].islower()):  # not a heading
            return None
    return Found("DURATION", duration_value(None, unit_name(m.group("unit").lower(), ctx.lex), ctx.lex))


_BEFORE_UNITS_OF = frozenset(
    ("after", "during", "with", "by", "through", "despite", "following", "amid", "amidst", "like")
)


def norm_long_adj(m: re.Match[str], ctx: Context) -> Found | None:
    """ "centuries-long", "decades-long", "years-old": a vague duration."""
    return Found("DURATION", duration_value(None, unit_name(m.group("unit"), ctx.lex), ctx.lex))


def norm_set(m: re.Match[str], ctx: Context) -> Found | None:
    """ "daily", "annually", "every month", "each Thursday", "each July"."""
    if m.group("setw") and filters.capitalized_inside(ctx, m.start("setw")):
        return None  # "People's Daily", "the Weekly Standard": a title
    if m.group("setw"):
        return Found("SET", ctx.lex.sets[m.group("setw")])
    if m.group("halfhour"):
        return Found("SET", "PT30M")  # "every half-hour"
    if m.group("weekends"):  # "closed on weekends"
        return Found("SET", "XXXX-WXX-WE", start=m.start("weekends"))
    if m.group("units"):  # "every four years", "every 10 days"
        n = parse_number(m.group("n"), ctx.lex)
        return Found("SET", duration_value(n, unit_name(m.group("units"), ctx.lex), ctx.lex)) if n else None
    if "other" in m.group().lower().split():  # "every other week"
        return Found("SET", duration_value(2, unit_name(m.group("unit"), ctx.lex), ctx.lex))
    word = unit_name(norm_space(m.group("unit")), ctx.lex)
    if ctx.low.startswith("per", m.start()) and filters.measure_rate(ctx, m.start()):
        return None  # "forty-four miles per hour": a speed ("marched twenty miles every day" is a set)
    if word in ctx.lex.weekdays:
        return Found("SET", f"XXXX-WXX-{ctx.lex.weekdays[word]}")
    if word in ctx.lex.months:
        return Found("SET", f"XXXX-{ctx.lex.months[word]:02d}")
    if word in ctx.lex.seasons:
        return Found("SET", f"XXXX-{ctx.lex.seasons[word]}")
    if word == "weekend":
        return Found("SET", "XXXX-WXX-WE")
    return Found("SET", duration_value(1, word, ctx.lex))


def norm_ref(m: re.Match[str], ctx: Context) -> Found | None:
    """ "now", "currently" -> PRESENT_REF; "recently" -> PAST_REF; "the future" -> FUTURE_REF."""
    word = norm_space(m.group("ref"))
    if filters.ref_rejected(ctx, word, m.start(), m.end()):
        return None
    if word in ctx.lex.present_words:
        return Found("DATE", "PRESENT_REF", relative=True)
    if word in ctx.lex.past_words:
        return Found("DATE", "PAST_REF", relative=True)
    return Found("DATE", "FUTURE_REF", relative=True)
