"""The tense of the clause around a time expression, from the words alone (no part-of-speech tagger).

"Friday" in a news story is last Friday or next Friday depending on the verb it goes with:
"the talks ended Friday", "the talks will resume Friday". HeidelTime reads that from a POS tagger;
here a short list of marker words per tense (``Lexicon.tense_words``) and the regular past ending
do the job. The marker nearest to the expression within its sentence decides, on either side:

* future: "will", "'ll", "shall", "would" (the future seen from the past), plan words ("plans to",
  "is scheduled", "expected", "due to"), "going to", "is to", "as soon as", "until" (a deadline);
* past: "was", "were", "did", irregular past forms ("said", "met", "told") and words in "-ed" that are
  not plan words or adjectives; "had" is told apart (``PLUPERFECT``: a past before the story's time);
* present: "is", "are", "has", "says": news writes schedules in it ("is in session again Friday").

Modals that do not fix a time ("could", "may", "must") are stepped over. What the clause's tense does
not decide (a possessive "Friday's ruling", "since Friday") is read by the callers first.
"""

from __future__ import annotations

import re

from reader.core.timex.lexicon import Lexicon

PAST, PRESENT, FUTURE = "past", "present", "future"
# the present of a schedule ("The fiscal year ends in June", "Elections are due in November"): news means the
# coming one (``Context.tense`` reads it as FUTURE there), a chronology's present is history (PRESENT there)
SCHEDULE = "schedule"
PLUPERFECT = "pluperfect"  # "had suffered": a past before the story's time (a kind of PAST for the callers)
LEFT_CHARS = 200
RIGHT_CHARS = 120
MAX_WORDS = 25  # words looked at on each side: the nearest marker is what counts, and it bounds the work

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
# A sentence ends at . ! ? (after any closing quotes) before a blank and a capital, a digit or an opening quote;
# or at a blank line. Abbreviations ("Nov.", "Mr.", "U.S.") are filtered by ``_is_abbreviation``.
_BOUNDARY = re.compile(r"""(?:[.!?]["'”’)\]]*\s+(?=["'“‘(`]*[A-Z0-9])|\n[ \t]*\n)""")
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_CLOSING_QUOTE = re.compile(r"''|”")
_ENDINGS = frozenset(("ed", "ll"))
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:()]*$")  # a relative clause the date is in
_ENDING = re.compile(r"(?:[a-z]ed|ll)\b")
# a past negation before "until" in the same clause: "did not address the nation until 3 July", "It was not
# until 1815 that" tell when a thing happened (not a plan: "wasn't to begin ... until 1993" is a deadline)
_PAST_NOT = re.compile(r"\b(?:(?:did|was|were|had|could|would)(?:\s+not|n[’']t)(?!\s+to\b)|never)\b[^.;:!?,]{0,50}\Z")


def _is_abbreviation(text: str, stop: int, lex: Lexicon) -> bool:
    """Whether the period ending at ``stop`` closes an abbreviation ("Nov.", "Gen.", "U.S.") rather than a sentence."""
    if text[stop - 1 : stop] != ".":
        return False
    m = _TOKEN_BEFORE.search(text, max(0, stop - 12), stop - 1)
    if m is None:
        return False
    token = m.group(1).lower()
    return len(token) == 1 or "." in token or token in lex.abbreviations


def _sentence_left(text: str, start: int, lex: Lexicon, parens: bool = True) -> int:
    """Where the sentence holding ``start`` begins (at most ``LEFT_CHARS`` back); with ``parens``, an open
    parenthesis before it begins a clause of its own."""
    lo = max(0, start - LEFT_CHARS)
    quote = text.rfind("``", lo, start)
    lo = max(lo, text.rfind("“", lo, start) + 1, quote + 2 if quote >= 0 else 0)
    opening = text.rfind("(", lo, start) if parens else -1
    if opening > text.rfind(")", lo, start):
        lo = opening + 1  # "(an American protectorate scheduled for independence in 1946)"
    begin = lo
    for m in _BOUNDARY.finditer(text, lo, min(len(text), start + 4)):  # + 4: the lookahead sees the next word
        if m.end() > start:
            break
        if m.group().startswith("\n") or not _is_abbreviation(text, m.start() + 1, lex):
            begin = m.end()
    return begin


def _sentence_right(text: str, end: int, lex: Lexicon, parens: bool = True) -> int:
    """Where the sentence holding ``end`` stops (at most ``RIGHT_CHARS`` on, and before a closing quote; with
    ``parens``, before the closing parenthesis of the one it is in)."""
    hi = min(len(text), end + RIGHT_CHARS)
    quote = _CLOSING_QUOTE.search(text, end, hi)
    if quote is not None:
        hi = quote.start()  # "... leave Thursday,'' Castro said": the attribution is another clause
    closing, opening = (text.find(")", end, hi), text.find("(", end, hi)) if parens else (-1, -1)
    if closing >= 0 and (opening < 0 or closing < opening):
        hi = closing  # the end of the parenthesis the expression is in
    for m in _BOUNDARY.finditer(text, end, hi):
        if m.group().startswith("\n") or not _is_abbreviation(text, m.start() + 1, lex):
            return m.start() + 1
    return hi


def word_tense(words: list[str], i: int, lex: Lexicon, after: bool = False, modifier: bool = False) -> str | None:
    """The tense the i-th word marks (looking at its neighbours), or None; ``after``: the words follow the date;
    ``modifier``: the date qualifies the noun after it ("first-quarter revenue")."""
    w = words[i].replace("’", "'")
    prev = words[i - 1] if i > 0 else ""
    prev2 = words[i - 2] if i > 1 else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    tw = lex.tense_words
    if w in tw["future"] or w.endswith("'ll"):
        return FUTURE
    if w in tw.get("schedule", ()) or (w == "due" and nxt in _DUE_WHEN and prev not in tw["past_aux"]):
        return SCHEDULE  # "The summit ends Saturday", "Elections are due in November"
    if w in tw["plan_to"] and (nxt == "to" or (nxt == "for" and w in ("planning", "planned"))):
        if prev in ("had", "been") or (after and (prev in tw["past_aux"] or w.endswith("ed"))):
            return PAST  # "had been due to expire Friday"; "On Friday, they planned to ..."
        return FUTURE  # "plans to", "planned to leave on Thursday" (not the nouns "plans", "set")
    if w in tw.get("forecast", ()):
        if prev in tw["past_aux"] or after or (not modifier and all(x in _FORECAST_WHEN for x in words[i + 1 :])):
            return PAST  # "had predicted", "Cuba predicted Wednesday", "predicted on Monday"
        return FUTURE  # "The company forecast first-quarter revenue", "predicted a recession in 2009"
    if w in tw["plan"]:
        if prev in tw["past_aux"] or prev in _ONCE or (prev == "been" and prev2 in ("had", "hadn't")):
            return PAST  # "was scheduled", "had been scheduled", "originally scheduled": a plan told as past
        return FUTURE  # "is scheduled for", "expected Friday", "the upcoming vote"
    if w in tw["neutral"]:
        return None  # "could", "may": no time of their own
    if w in tw["be"]:
        return FUTURE if nxt == "to" else PRESENT  # "is to meet", "is in Paris"
    if w in tw["past_aux"]:
        return PLUPERFECT if w in ("had", "hadn't") else PAST
    if prev in ("had", "hadn't") and (w in tw["past"] or w.endswith("ed")):
        return PLUPERFECT  # "had begun", "had crossed": the participle of a past perfect
    if prev == "be" or prev in tw["be"]:
        return None  # "would be paid", "is heard in May": a passive's participle, its auxiliary's tense
    if w in tw["past"]:
        return PAST
    if w in tw["present"]:
        return PRESENT
    if len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and w not in tw["not_verbs"]:
        if prev in tw["determiners"] or (prev2 in tw["determiners"] and (prev.endswith("ly") or prev == "still")):
            return None  # "a still unspecified date", "the alleged sites": an adjective
        return PAST
    return None


# a word after a date that makes it a modifier of a noun: "first-quarter revenue", "2020 sales"
_NOUN_AFTER = re.compile(
    r"[ -](?!(?:that|and|or|to|in|on|at|as|after|before|when|but|for|with|of|by|the|a|an)\b)[a-z]{3,}"
)
# before a plan word, a plan told as an old one: "originally scheduled for December"
_ONCE = frozenset(("originally", "initially", "previously", "first", "once"))
_FORECAST_WHEN = frozenset(("on", "in", "at", "late", "early", "last", "this"))
_DUE_WHEN = frozenset(("in", "on", "by", "at", "next", "this", "later", "early", "late"))
_MARKERS: dict[int, frozenset[str]] = {}


def _markers(lex: Lexicon) -> frozenset[str]:
    """Every listed word that may mark a tense (besides "-ed" and "'ll" forms), built once per lexicon."""
    listed = _MARKERS.get(id(lex))
    if listed is None:
        skip = ("determiners", "not_verbs")
        listed = _MARKERS[id(lex)] = frozenset(w for k, ws in lex.tense_words.items() if k not in skip for w in ws)
    return listed


def clause_tense(text: str, low: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The tense of the sentence around text[start:end] by its nearest marker word (None: no marker).

    Distance counts words; markers before the expression win ties. "as soon as"/"as early as" just
    before it means future, and so does "until"/"till" unless it opens the sentence ("postponed until
    Tuesday", but "Until Thursday, they had not called ..."). A parenthesis is a clause of its own when it
    has a marker ("(a protectorate scheduled for independence in 1946)"); without one, it restates the
    sentence's time ("will leave at 4 in the morning (4 a.m. EDT Thursday)").
    """
    lead = low[max(0, start - 16) : start]
    if lead.endswith(("as soon as ", "as early as ")):
        return FUTURE
    tense = _tense(text, low, start, end, lex, parens=True)
    if tense is None and "(" in text[max(0, start - LEFT_CHARS) : start]:
        tense = _tense(text, low, start, end, lex, parens=False)
    return tense


def happened_until(low: str, until: int, begin: int = 0) -> bool:
    """Whether the "until"/"till" at ``until`` follows a past negation in its clause (from ``begin`` on): "did not
    address the nation until 3 July" says when it happened."""
    return _PAST_NOT.search(low, max(begin, until - 100), until) is not None


def _tense(text: str, low: str, start: int, end: int, lex: Lexicon, parens: bool) -> str | None:
    """``clause_tense`` with or without parentheses as clause bounds."""
    begin = _sentence_left(text, start, lex, parens)
    left = _WORD.findall(low, begin, start)
    if len(left) > 1 and left[-1] in lex.tense_words["deadline"]:
        return PAST if happened_until(low, low.rfind(left[-1], begin, start), begin) else FUTURE
    listed = _markers(lex)
    best, best_distance = None, 1 << 30
    # Whole-side tests in C first (a set and a regex): most words mark nothing, and a side without
    # any candidate needs no loop.
    if not listed.isdisjoint(left) or _ENDING.search(low, begin, start):
        modifier = _NOUN_AFTER.match(low, end) is not None
        for distance, i in enumerate(range(len(left) - 1, max(-1, len(left) - 1 - MAX_WORDS), -1), 1):
            w = left[i]
            if w in listed or w[-2:] in _ENDINGS:
                tense = word_tense(left, i, lex, modifier=modifier)
                if tense is not None:
                    best, best_distance = tense, distance
                    break
    stop = _sentence_right(text, end, lex, parens)
    if _RELATIVE_OPEN.search(low, begin, start) and (comma := low.find(",", end, stop)) >= 0:
        stop = comma  # ", which had begun in the first March days, was about to": the relative clause is its own
    right = _WORD.findall(low, end, stop)
    if not listed.isdisjoint(right) or _ENDING.search(low, end, stop):
        for distance, w in enumerate(right[: min(best_distance - 1, MAX_WORDS)], 1):
            if w in listed or w[-2:] in _ENDINGS:
                tense = word_tense(right, distance - 1, lex, after=True)
                if tense is not None:
                    return tense
    return best
