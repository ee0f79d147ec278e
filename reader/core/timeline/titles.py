"""Short event titles: the clause that holds a date, without the date, cut to a readable length.

"In 1956, then-Soviet Premier Nikita Khrushchev condemned Stalin's "cult of personality" at an
international conference of communist parties." -> "Then-Soviet Premier Nikita Khrushchev condemned
Stalin's "cult of personality"". The steps, all local to one sentence:

1. Remove the date phrase: the expression and the prepositions or determiners just before it
   ("since the 17th century", "in 1949").
2. If the date is followed by ", when ..." (or "as", "after which"), the event is that clause.
3. Otherwise take the clause around the removed date: back to the last clause boundary (punctuation
   or a subordinating word such as "until", "who", "which"), forward to the next punctuation, or to a
   subordinating word once the clause has four words. A clause under three words grows backward
   by one boundary; a date that opens its clause ("In 1959, ...") takes the clause after it.
4. A clause opened by "who"/"which" gets its antecedent name back ("Josef Stalin led ...").
5. Strip leading connectives, cap at ``MAX_TITLE`` characters at a preposition or word boundary.
"""

from __future__ import annotations

import re

MAX_TITLE = 80

_LEAD = re.compile(
    r"(?:\b(?:in|on|at|by|during|since|from|until|till|through|throughout|around|about|circa|ca\.|c\."
    r"|before|after|of|for|early|late|mid|the|this|that|as\s+early\s+as|as\s+late\s+as)[\s-]+)+$",
    re.IGNORECASE,
)
_WHEN = re.compile(r"\s*,\s*(?:when|as|after which|during which|in which)\s+", re.IGNORECASE)
_PUNCT = re.compile(r"[;:()\[\]|]|,\s|\s[—–-]\s|—")
_SUB = re.compile(
    r"\b(?:which|who|whom|whose|because|although|though|while|whereas|when|where|until|till|after|before"
    r"|since|following|according to|so that|unless)\b",
    re.IGNORECASE,
)
_CONNECTIVE = re.compile(
    r"^(?:(?:and|but|or|so|yet|then|also|however|meanwhile|thus|which|who|that|when|while|as|after|before"
    r"|since|until|following)\b(?![-’'])[\s,]*)+",
    re.IGNORECASE,
)
_ANTECEDENT = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*),?\s*$")
_CUT = re.compile(r"\s(?:at|in|on|during|with|between|for|from|to|against|among|over|under|into|by|amid)\s")
_VERB_START = re.compile(
    r"\s*(?:was|were|is|are|had|has|have|did|does|could|would|should|might|will|saw|came|went|became|began"
    r"|brought|made|took|led|fell|rose|won|lost|gave|[a-z]+ed)\b"
)
_SUBJECT = re.compile(r"\s*([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)\s*,")
_DANGLING = re.compile(
    r"(?:\s+(?:and|or|but|the|a|an|of|to|in|on|at|by|with|for|has|have|had|was|were|is|are|that|which|who))+$",
    re.IGNORECASE,
)
_CLOSING = re.compile(r"\s+([,.;:!?”’)]|\"(?=\s|$|[,.;:]))")
_WORD = re.compile(r"[\w'’-]+")


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _boundaries(s: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every clause boundary in ``s``; word is "" for punctuation."""
    out = [(m.start(), m.end(), "") for m in _PUNCT.finditer(s)]
    out += [(m.start(), m.end(), m.group().lower()) for m in _SUB.finditer(s)]
    out.sort()
    return out


def _forward(s: str, words_before: int) -> str:
    """The clause at the start of ``s``: to the next punctuation, or a subordinator after 4 words."""
    p = _PUNCT.search(s)
    end = p.start() if p else len(s)
    for m in _SUB.finditer(s, 0, end):
        if words_before + _words(s[: m.start()]) >= 4:
            end = m.start()
            break
    return s[:end]


def event_title(sentence: str, start: int, end: int) -> str:
    """A short title for the event dated by ``sentence[start:end]``."""
    date_start = start
    if sentence[end : end + 2] in ("'s", "’s"):
        end += 2  # "Tuesday's coup" -> "coup"
    lead = _LEAD.search(sentence, max(0, start - 40), start)
    if lead:
        start = lead.start()
    subject_date = sentence[start:end]
    po, pc = sentence.rfind("(", max(0, start - 3), start), sentence.find(")", end, end + 3)
    if po >= 0 and pc >= 0 and not sentence[po + 1 : date_start].strip(" c.") and not sentence[end:pc].strip():
        start, end = po, pc + 1  # a parenthesized date: "St. Dominic (1170-1221) was ..."
    left, right = sentence[:start], sentence[end:]
    when = _WHEN.match(right)
    if when:
        return _tidy(_forward(right[when.end() :], 0))
    bounds = _boundaries(left)
    k = len(bounds)
    lstart = bounds[-1][1] if bounds else 0
    body = left[lstart:] + " " + _forward(right, _words(left[lstart:]))
    opened = not left[lstart:].strip()
    if opened:
        p = _PUNCT.match(right.lstrip(" "))
        if p:  # the date opens its clause: "In 1959, the Soviet Union ..."
            rest = right.lstrip(" ")[p.end() :]
            body = _forward(rest, 0)
            opened = False
    while _words(body) < 3 and k > 0:
        if bounds[k - 1][2] in ("who", "which") and _ANTECEDENT.search(left, 0, bounds[k - 1][0]):
            break  # "Islamists, who held power": the antecedent completes the clause
        k -= 1
        lstart = bounds[k - 1][1] if k > 0 else 0
        body = left[lstart:] + " " + _forward(right, _words(left[lstart:]))
    if k > 0 and bounds[k - 1][2] in ("who", "which"):
        name = _ANTECEDENT.search(left, 0, bounds[k - 1][0])
        if name and name.group(1).split()[-1][:1].isupper():
            body = name.group(1) + " " + _CONNECTIVE.sub("", body.strip())
    elif _VERB_START.match(body):  # the clause lost its subject
        if opened and not left.strip():  # the date is the subject: "The fifth century was ..."
            body = subject_date + " " + body
        elif (subject := _SUBJECT.match(sentence)) and subject.end() <= start:
            body = subject.group(1) + " " + body.strip()  # "Jerusalem, which ..., was taken"
    return _tidy(body)


def short_title(sentence: str) -> str:
    """A title from a whole sentence (when the date's own sentence has no words besides the date)."""
    return _tidy(_forward(sentence, 0))


def _tidy(s: str) -> str:
    """Collapse spaces, strip connectives and trailing punctuation, capitalize, cap the length."""
    s = _CLOSING.sub(r"\1", " ".join(s.split()))  # 'ready " in' after removing 'today'
    s = _CONNECTIVE.sub("", s)
    s = _DANGLING.sub("", s.strip(" ,;:.—–-(")).strip(" ,;:.—–-(")
    if s[:1] in '"“' and s.count('"') % 2 + (s.count("“") - s.count("”")) == 1:
        s = s[1:].lstrip()  # an opening quote whose closing one is outside the clause
    if len(s) > MAX_TITLE:
        cuts = [m.start() for m in _CUT.finditer(s, 35, MAX_TITLE + 6) if m.start() <= MAX_TITLE]
        if cuts:
            s = _DANGLING.sub("", s[: cuts[-1]].rstrip(" ,;:"))
        else:
            cut = s.rfind(" ", 0, MAX_TITLE)
            s = s[: cut if cut > 20 else MAX_TITLE - 1].rstrip(" ,;:") + "…"
            if s.count('"') % 2:
                s += '"'
            elif s.count("“") > s.count("”"):
                s += "”"
    return s[:1].upper() + s[1:]
