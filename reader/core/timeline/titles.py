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
4. A clause opened by "who"/"which" gets its antecedent name back ("Josef Stalin led ..."). A closed
   parenthesis or a phrase between two dashes is an aside of its clause, not a boundary, and leaves the
   title ("The Republic of Korea (South Korea) was established" -> "The Republic of Korea was
   established"); a date set off by commas leaves its clause whole ("the Security Council, on 27 June
   1950, published ..."); a second predicate ("..., and elected Syngman Rhee as President") gets the
   sentence's subject back. An apposition between a subject and its verb is no boundary either
   ("Robert Guiscard, the Norman, sacked Rome"; "The current name, Firefox, was chosen"), and "X is a Y,
   which was released in 1998" is about X.
5. Strip leading connectives, cap at ``MAX_TITLE`` characters at a preposition or word boundary; a title
   too long with its apposition keeps the name and drops the description ("Sargon had conquered ...",
   "Warren Hastings was impeached").

The date is removed in whole words ("the twenty-ninth of July" never leaves "the twenty-"), with a date
phrase that continues it ("at ten in the morning of the second of September"); a date that modifies a
noun leaves its article ("in the 1805 campaign", "yesterday's action" -> "the campaign", "the action").
``title_score`` rates a title (headings, dialogue, fragments and pronoun-only subjects score low, a
named subject high); ``event_title`` tries the neighbouring clause when its first choice scores low,
and the timeline builder compares the titles of other mentions and of the next sentence the same way.
"""

from __future__ import annotations

import re

from reader.core.timex.lexicon import ENGLISH

MAX_TITLE = 80

# "later" goes with the date ("lands in Kenya later on Friday"), unless it ends a span ("three months later")
_UNITS_BEFORE = "".join(
    f"(?<!{unit} )" for unit in ("day", "week", "month", "year", "hour", "decade", "minute", "century", "centuries")
) + "".join(f"(?<!{unit}s )" for unit in ("day", "week", "month", "year", "hour", "decade", "minute"))
_LEAD = re.compile(
    r"(?:\b(?:in|on|at|by|during|over|course|since|from|between|until|till|through|throughout|around|about|circa|ca\.|c\."
    r"|before|after|of|for|early|late|" + _UNITS_BEFORE + r"(?:earlier|later)|mid|the|that|as\s+early\s+as"
    r"|as\s+late\s+as|as\s+of|up\s+to|to|toward|towards|within|full|fully|nearly|near|almost|some|month\s+of"
    r"|somewhen|sometime|vaguely"  # Wells's "somewhen about 1500 B.C."
    r"|(?:close|end|beginning|middle|start|dawn|turn|opening|outset)\s+of|just"
    r"|(?:morning|afternoon|evening|night|daybreak|noon|midnight)\s+of"
    r"|(?<=the )year)[\s-]+)+$",
    re.IGNORECASE,
)  # "Full seventy years later", "the month of May", "about the year 1000 B.C."
# a short verbless phrase that only sets the scene: "at 2 am", "with UN authorization", "on 7 October"
_SETTING_END = re.compile(r"[^,;:.!?]{0,20}, ")  # the rest of a setting, to its comma: "since 1960, "
_SETTING = re.compile(
    r"(?:at|on|in|with|by|after|before|under|during|from|for)\s+[^,;:]{1,30}"
    # a time counted from an event: "On 17 September 1939, two days after signing a cease-fire with Japan, ..."
    r"|(?:[\w-]+\s+){1,2}(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+[^,;:]{1,60}",
    re.IGNORECASE,
)
_WHEN = re.compile(r"\s*,\s*(?:when|as|after which|during which|in which)\s+", re.IGNORECASE)
# a cleft sentence ("It was not until 1950 that ...", "It was one o'clock in the morning when ..."): its clause
_CLEFT = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+|\b(?:and|but)\s+)it\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:not|only|just|already|now"
    r"|exactly|about|nearly|almost)\s+)*$",
    re.IGNORECASE,
)
_CLEFT_THAT = re.compile(r",?\s+(?:when|that)\s+", re.IGNORECASE)
_PUNCT = re.compile(r"[;:()\[\]|]|,\s|\s[—–-]\s|—|(?<=\w)--(?=\w)")  # "--": a typed dash (Gutenberg's ASCII)
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
_THAT_LEAD = re.compile(r"^that\s+(?=the\s)", re.IGNORECASE)  # "that the second century was ...": its subject
_SUB = re.compile(
    r"\b(?:which|who|whom|whose|because|although|though|while|whereas|when|where|until|till|after|before"
    r"|since|(?<!the )following|according to|so that|unless)\b",
    re.IGNORECASE,
)
_CONNECTIVE = re.compile(
    r"^(?:(?:and|but|or|so|yet|then|also|however|meanwhile|thus|which|who|that|when|while|as|after|before"
    r"|since|until|following)\b(?![-’'])[\s,]*)+",
    re.IGNORECASE,
)
# a name before "which"/"who": "Islamists", "the US General Order No. 1", "the United Service Organizations (USO)",
# "Nicholas I (who succeeded Alexander in 1825)"
_ANTECEDENT = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:\s+No\.\s+\d+)?)(?:\s+\([A-Z]{2,6}\))?,?\s*\(?$")
_CUT = re.compile(r"\s(?:along with|at|in|on|during|with|between|for|from|to|against|among|over|under|into|by|amid)\s")
_VERB_WORD = (
    r"(?:was|were|is|are|had|has|have|did|does|could|would|should|might|will|saw|came|went|became|began"
    r"|brought|made|took|led|fell|rose|won|lost|gave|fought|met|sent|held|built|ran|struck|wrote|told|found|kept"
    r"|sold|stood|spoke|broke|chose|drove|grew|knew|threw|flew|fled|sought|taught|caught|bought|thought|felt"
    r"|meant|spent|withdrew|overthrew|undertook|arose|forbade|swore|paid|laid|said|[a-z]+ed)\b"
)
_VERB_START = re.compile(r"\s*" + _VERB_WORD)
_ADVERB_RUN = r"(?:(?:never|not|later|then|also|soon|[a-z]+ly)\s+){0,2}"
# a second predicate of the sentence's subject, maybe after adverbs ("and never seriously considered", "but was
# repulsed")
_AND_VERB = re.compile(r"\s*(?:and|but|then)\s+(?=" + _ADVERB_RUN + _VERB_WORD + ")")  # ", then annexed it"
_COMPOUND = re.compile(r"[\w'’]+(?:-[\w'’]+)+")  # "Nationalist-backed": no verb
_ADVERBS = re.compile(_ADVERB_RUN)
_DETERMINED = re.compile(r"(?:the|a|an|his|her|its|their)\s", re.IGNORECASE)  # "the grain"
_AND_NEXT = re.compile(r"(?:and|but)\b", re.IGNORECASE)
_AND_THEN_DATE = re.compile(r"\b(?:and|but)\s*$", re.IGNORECASE)  # "; and [the winter] was employed"
_PARTICIPLE = re.compile(r"(?:\s+[a-z]+ed\b)?")  # after an auxiliary: "was repulsed", "had taken"
_SUBJECT = re.compile(r"\s*([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)\s*,")
# a clause that starts with the end of an apposition: "Firefox, was chosen" (of "The current name, Firefox, was")
_APPOSITION_END = re.compile(r"[^,()]{1,100},\s*" + _VERB_WORD)
_APPOSITION_PAIR = re.compile(r",\s([^,()]{1,100}),\s(?=" + _VERB_WORD + ")")
_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s*){1,4}")
_BY = re.compile(r"\s+by\b")
_COMMA_BEFORE = re.compile(r",\s*$")
# the rest of a span in parentheses after its first date: "(27 B.C. [to 14 A.D.])", "(circa 1210 [to circa 1293])"
_SPAN_REST = re.compile(
    r"\s*(?:to|till|until|[–—-])\s*(?:circa\s+|c\.\s*|about\s+)?\d{1,4}(?:\s*(?:[AB]\.[DC]\.|AD|BC))?\.?"
)
# a name of two or three capitalized words (maybe "the" and a regnal number) before a parenthesis, and a
# description after its comma that is no clause and no list item: "Urban II (1087-1099), the Pope of the First
# Crusade", "the Thirty Years' War (1618-48), a devastating scramble among the Germans"
_NAME_BEFORE = re.compile(r"((?:\b[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’-]*)\s*$")
_DESCRIBED = re.compile(r",\s+((?:a|an|the)\s+[^\W\d_][^,;:.()]{2,60}?)(?=[,;.]|$)")
_OPEN_END = re.compile(r"\s*(?:[–—-]\s*(?:present|today|now))?\s*", re.IGNORECASE)  # "(1954–present)"
# an opening phrase whose time is the main clause's ("Immediately on his return ..., Zhou met"); not "After the
# collapse ... in 2011, Salafists attacked": that date is the collapse's
_OPENER = re.compile(r"\s*(?:immediately|upon|on|in|during|at)\b", re.IGNORECASE)
_COMMA_START = re.compile(r"\s*,\s*")
_PAREN_AFTER = re.compile(r"\s*\([^()]{1,80}\)(?=,)")
_DASHES_AFTER = re.compile(r"\s*(?:--[^-()\n]{1,80}--|—[^—()\n]{1,80}—)")
# a list item of up to three words and the next one: "British, and US", "the United Kingdom and the"
_LIST = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,2},?\s+(?:and|or)\s+[\w'’-]+")
# the end of a list of names after a comma: "gathered in Santa Clara, [Toronto and Brussels] in 2013"
# the last item of a list with a comma before "and", before the date: "in Vietnam, Laos, and Cambodia from"
_LAST_NAME_OF_LIST = re.compile(
    r"\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*,\s*)*(?:and|or)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*"
)
_NAME_LIST_END = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s+(?:and|or)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# a time phrase the date is in apposition to: "on the fourth day of the war, 29 June 1950,", "that Sunday,"
_TIME_PHRASE = re.compile(
    r"\b(?:on|in|at|during|by)\s+(?:the|that|this|a|its|his|her|their)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:day|night|morning|evening|afternoon|week|anniversary|eve|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"\b[^,;:]*$",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\s*(?:(?:now\s+|then\s+)?[a-z]+ed\s+(?:by|with|about|at|over|from)|having)\b")
_COPULA = frozenset({"is", "was", "are", "were"})
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|of|in|by|for|from|with|on|at|into|across|through|under|during)\s*$")
# a relative clause with a subject of its own: its "which" is the object ("which they did", "which the UK attacked")
_OBJECT_RELATIVE = re.compile(
    r"(?i:the|a|an|his|her|its|their|this|that|these|those|he|she|it|they|we|i|you|one)\b|[A-Z]"
)
# the noun phrase a "which" follows: "an offensive against France, which", "the order which", "the intervention ("
_DETERMINER = r"(?:the|a|an|this|that|these|those|his|her|its|their|[A-Z][\w-]*['’]s)"  # "Lenin’s newspaper"
# a plural noun alone before "who": "a train of carts carrying men who had been wounded"
_PLURAL_BEFORE = re.compile(r"\b((?:[a-z]*men|people|children|[a-z]{3,}[^s\W]s))\s*$")
_NOUN_PHRASE_BEFORE = re.compile(  # the last one: "an end to the disputes which" is about the disputes
    rf"\b({_DETERMINER}\s+(?:(?!(?:{_DETERMINER}|to|of|in|by|for|from|with|on|at|into|across|through|under)\b)"
    r"[\w'’-]+\s+){0,3}[\w'’-]+)\s*[(,]?\s*$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"\s+(?:a|an|the|one)\b")
# a name after these is seldom what a following "which" is about ("an offensive against France, which was
# postponed"); after "into", "in", "of" it often is ("withdrew into Tunisia, which was conquered")
_OBJECT_OF = re.compile(r"\b(?:against|with|for|by|from)\s+$")
_UNCLOSED_TAIL = re.compile(r"\s+[\"“][^\"“”]{0,20}$")  # a quotation opened in a title's last words
# a relative clause the date was all of
_EMPTY_RELATIVE = re.compile(r",?\s+(?:that|which)\s+(?:occurred|happened|took\s+place|followed|lasted)$")
# a second predicate's "and" set off by a comma: "did not attempt to counter ... and rather, focused upon"
_COORDINATED_BEFORE = re.compile(r"\b(?:and|but)(?:\s+(?:rather|then|instead|later|also|[a-z]+ly))?\s*,\s*$", re.I)
# a participle whose "by ..." a long title's cut took away
_AGENT_PARTICIPLE = re.compile(r"(\S+)\s+([a-z]+ed|led|held|made|built|won|taken|given|written|fought|seen)$")
_BEFORE_A_PASSIVE = frozenset(
    ("was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "and", "or", "but", "then", "also",
     "not", "never", "often", "first", "later", "once", "did", "does")
)  # fmt: skip


def _without_agentless_participle(s: str) -> str:
    """A title cut before "by ..." without the participle left waiting for it: "the Kuomintang (KMT) led [by
    Chiang]". A passive verb stays ("was defeated [by ...]", "was annually renewed"), as does a question's
    ("Is the ferment of the peoples ... explained [by ...]")."""
    p = _AGENT_PARTICIPLE.search(s)
    before = p.group(1).lower() if p else ""
    if p is None or before in _BEFORE_A_PASSIVE or before.endswith("ly"):
        return s
    return s if s.split(" ", 1)[0].lower() in _BEFORE_A_PASSIVE else s[: p.start(2) - 1]


# a participle the date was all the complement of: "a general assault, fixed [for the 8th]"
_EMPTY_PARTICIPLE = re.compile(r",\s+[a-z]+ed$")
_PHRASAL = ("set", "went", "go", "goes", "carried", "kept", "moved", "pressed", "dragged", "fought", "lived")
_PHRASAL_BEFORE = re.compile(r"\b(?:" + "|".join(_PHRASAL) + r")\s+$", re.IGNORECASE)
_PARTICLE = re.compile(r"(?:on|in)\s+(?=(?:through|until|till|into|to|from|after|for)\b)", re.IGNORECASE)
_DANGLING = re.compile(
    r"(?:\s+(?:and|or|but|the|a|an|of|to|at|by|with|for|from|during|has|have|had|was|were|is|are|that|which|who|than"
    r"|as|those|these|till|until|whether|when|there|(?<=and )it|(?<=on |in |at |of |by )this)"
    + "|"
    + "".join(rf"(?<!\b{verb})" for verb in _PHRASAL)  # "winter suddenly set in": the verb's particle stays
    + r"\s+(?:in|on))+$",
    re.IGNORECASE,
)
# a second predicate cut after its verb ("suppressed these pirates and put"), or a dangling "and then"
_HALF_PREDICATE = re.compile(
    r"(?<!ed)(?<!\bwas)(?<!\bwere)(?<!\bbegan),?\s+(?:and|but)\s+(?:" + _VERB_WORD + r"|put\b|set\b|then\b)$"
)
_CLOSING = re.compile(r"\s+([,.;:!?”’)]|\"(?=\s|$|[,.;:]))")
_OPENING = re.compile(r"([“‘(])\s+")
_WORD = re.compile(r"[\w'’-]+")
# asides inside a clause: a closed parenthesis, or a phrase between two dashes ("forces—supported by China—crossed")
_PARENTHESIS = re.compile(
    r"\s*\([^()]{1,80}\)|\s*—[^—()\n]{1,80}—\s*|\s+[–-]\s[^–()\n]{1,80}?\s[–-]\s+|\s*--[^-()\n]{1,80}--\s*"
)


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _boundaries(s: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every clause boundary in ``s``; word is "" for punctuation. A closed parenthesis
    is part of its clause: "The Republic of Korea (South Korea) was established" has no boundary."""
    asides = [(m.start(), m.end()) for m in _PARENTHESIS.finditer(s)]
    out = [(m.start(), m.end(), "") for m in _PUNCT.finditer(s)]
    out += [(m.start(), m.end(), m.group().lower()) for m in _SUB.finditer(s)]
    return sorted(b for b in out if not any(a <= b[0] < z for a, z in asides))


# a determiner and at most two adjectives opening a clause before a date that ends the subject, and the verb after
_DATED_SUBJECT = re.compile(r"(?:^|[.;:!?]\s+)((?:The|A|An|This|That|Its|Their|His|Her)\s+(?:[a-z]+\s+){0,2})$")
_PREDICATE_START = re.compile(r"\s+(?:" + _VERB_WORD + r"|may|must|can|shall)\b")
# a sentence opening with a subordinate clause the date ends without a comma, and the main clause's subject after it
_SUBORDINATE_OPENER = re.compile(r"\s*(?:As|When|After|Once|Before|Since|While|Until|Till)\s+[^,;:]*$")
_PREPOSITION_LAST = re.compile(r"\b(?:in|of|on|at|by|during|from|to|until|till|since|before|after)\s+$", re.I)
_MAIN_SUBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its|(?!And\b|But\b|Or\b)[A-Z])")
_ACRONYM = re.compile(r"\([A-Z][A-Z0-9&.-]{1,7}\)")
_WORD_NEXT = re.compile(r"\s*[\w\"“‘'’]")  # a word after a parenthesis: the clause goes on


def _forward(s: str, words_before: int) -> str:
    """The clause at the start of ``s``: to the next punctuation, or a subordinator after 4 words. An
    apposition does not end it ("Robert Guiscard, the Norman, sacked Rome")."""
    p = _PUNCT.search(s)
    while p and p.group() in (", ", "("):
        if p.group() == "(":
            # an aside inside the clause: "the Romanian Communist Party (PCR) employed ...", "Rurik (a Northman)
            # became ruler of Novgorod" (``_drop_asides`` takes it out of the title); one that ends the clause
            # ends it ("Wentworth (s.), from Sydney")
            aside = _ACRONYM.match(s, p.start()) or _PARENTHESIS.match(s, p.start())
            if aside is None or not s[: p.start()].strip():
                break
            if aside.re is _PARENTHESIS and not _WORD_NEXT.match(s, aside.end()):
                break
            p = _PUNCT.search(s, aside.end())
        elif _apposition(s[: p.start()], s, p.end()):
            p = _PUNCT.search(s, s.index(",", p.end()) + 1)
        elif (
            words_before + _words(s[: p.start()]) < 3
            and s[: p.start()].lstrip()[:1].isupper()
            and (items := _listed(s, p.end())) is not None
        ):  # a list of names is no clause: "Soviet, British, and US leaders met" (a clause may go on with one)
            p = _PUNCT.search(s, items)
        else:
            break
    end = p.start() if p else len(s)
    for m in _SUB.finditer(s, 0, end):
        if words_before + _words(s[: m.start()]) >= 4:
            end = m.start()
            break
    if words_before >= 4 and (as_clause := _AS_CLAUSE.match(s)):
        end = min(end, as_clause.start(1))
    return s[:end]


# "as" right after the date, opening a clause of its own ("had an affair with him in the early 1990s as his first
# wife, Sally, was dying"), not a role or a likeness ("returned to Mecca as its master", "just as they had been"):
# a pronoun subject, or a noun phrase and its verb
_AS_CLAUSE = re.compile(
    r"\s*(as)\s+(?:(?:he|she|they|it|we)\s|(?:the|his|her|their|its)\s[^;:.()]{0,40}?\b(?:was|were|is|are|had|has)\s)"
)


def _listed(s: str, at: int) -> int | None:
    """Where the list the comma before ``s[at:]`` is in ends ("Soviet, [British, and US] leaders"), or None
    when the comma is no list's."""
    m = _LIST.match(s, at)
    if m is None or any(_HAS_VERB.fullmatch(w) for w in m.group().split() if not w[:1].isupper()):
        return None  # "United" in "the United Kingdom and" is a name, not a verb
    return m.end()


def _apposition(before: str, s: str, at: int) -> bool:
    """Whether ``s[at:]`` ends an apposition to the noun phrase that ends ``before``: a phrase without a verb
    (or a passive participle, "supported by Italy"), a comma, then the sentence's verb ("Robert Guiscard, the
    Norman, sacked Rome"). Not when ``before`` already has its verb ("was going on with its dream, its ...")."""
    m = _APPOSITION_END.match(s, at)
    if m is None or not _WORD.search(before) or _HAS_VERB.search(before[-60:]) or _BY.match(s, m.end()):
        return False  # no noun phrase before it, or a verb already; "inhabited by" is a participle
    phrase = s[at : s.index(",", at)]
    return not _HAS_VERB.search(phrase) or bool(_PASSIVE.match(phrase))


# the tagger's month words, capitalized ("September", "Sept", "Sep"), longest first
_MONTH = "(?:" + "|".join(sorted((m.capitalize() for m in ENGLISH.months), key=len, reverse=True)) + r")\b"
# a year coordinated with the date, on either side: "in 1756 and 1760", "1914 or 1915"
_YEAR_BEFORE = re.compile(r"(?<![\w,.])\d{4}\s+(?:and|or|&)\s+$")
_YEAR_AFTER = re.compile(r"\s+(?:and|or|&)\s+\d{4}(?!\w|[,.]\d)")
# a date phrase that continues the removed one: "(at ten in the morning) of the second of September"
_DATE_TAIL = re.compile(
    r"\s*(?:of|on|in)\s+(?:(?:the\s+)?[\w-]+\s+of\s+"
    + _MONTH
    + r"|"
    + _MONTH
    + r"|(?:that|the\s+same|the\s+following|the\s+next)\s+(?:day|year"
    r"|month|week|morning|evening|night|afternoon)\b)(?:,?\s+\d{3,4}\b)?"
    # a date coordinated with it: "the summer [and autumn of 1951]", "March [and April 1951]"
    + r"|\s+(?:and|or)\s+(?:the\s+)?(?:(?i:spring|summer|autumn|fall|winter)\b|"
    + _MONTH
    + r")(?:\s+of)?(?:,?\s+\d{3,4}\b)?"
    + r"|,?\s+or\s+(?:so|thereabouts)\b"  # "about 1000 B.C. [or so]"
    + r"|[-–]\d{1,2}\b|\s+onwards?\b"  # "the winter of 1805[-6]", "from the close of 1915 [onward]"
    # "in 303 [and the following years]", "in 1921 [and the next two years]"
    + r"|\s+and\s+the\s+(?:following|next|succeeding)(?:\s+(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|decades?))?\b"
)
# a remark set off by commas, not part of the event: "In 1018, we are told, Novgorod ...", "Turkey, for example,"
_REMARK = re.compile(
    r",\s*(?:we are told|it is said|it is related|it seems|it appears|they say|as we have seen|we read|for example"
    r"|for instance|of course|in fact|moreover|however|therefore|indeed),(?=\s)",
    re.IGNORECASE,
)
# a word after a date that makes the date a noun's modifier ("the 1805 campaign"), not one that goes on the clause
_NOT_A_NOUN = r"and|or|but|of|to|in|on|at|by|for|with|was|were|is|are|had|has|have"
_ATTRIBUTIVE = re.compile(r"\s+(?!(?:" + _NOT_A_NOUN + r")\b)[^\W\d_]")
# the same after a date with words ("the 11 September 2001 attacks"): a lowercase noun, no pronoun or subordinator
_ATTRIBUTIVE_NOUN = re.compile(
    r"\s+(?!(?:" + _NOT_A_NOUN + r"|he|she|it|they|we|i|you|his|her|its|their|there|then|when|that|which|who)\b)"
    r"[a-z]+\b"
)
_THE_ONLY = re.compile(r"\bthe\s+$", re.IGNORECASE)
_THE_DAY = re.compile(r"[Tt]he \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+")  # "the 11 September" (attacks)
_DAY_TAIL = re.compile(r"\s+(?:last|next|past|ult|inst|prox)\b")  # "the 31st December last": no noun
_THE = re.compile(r"\b(?:the|this|that)\s*$", re.IGNORECASE)
_FOOTNOTE = re.compile(r"(?<!\w)\*+(?!\w)")
_COPYRIGHT = re.compile(r"(?:^|\s)(?:Copyright|©|\([Cc]\))[,.]?\s*$")
_ITEM_SEPARATOR = re.compile(r"\s[·•]\s")  # between the items of a list run together: "..., 1943 · British ..."
# a picture's label before its caption: "[Illustration: FLINT KNIVES OF 4500 B.C.]", "Figure 3:", "Map:"
_CAPTION_LABEL = re.compile(
    r"^\[?(?:Illustrations?|Map|Plate|Picture|Photo(?:graph)?|Fig(?:ure)?\.?(?:\s*\d+)?)\s*[:.]\s+"
)
# Wikipedia's citation and maintenance marks: "toothless.[21]", "As of late 2015[update],", "[citation needed]"
_CITATION = re.compile(r"\[(?:\d{1,3}|[a-z]|update|citation needed|clarification needed|when\?|who\?|by whom\?)\]")


def _whole_words(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole words, a hyphenated number included ("twenty-" + "ninth")."""
    while start > 0 and (
        sentence[start - 1].isalnum() or (sentence[start - 1] == "-" and start > 1 and sentence[start - 2].isalpha())
    ):
        start -= 1
    while end < len(sentence) and (
        sentence[end].isalnum() or (sentence[end] == "-" and end + 1 < len(sentence) and sentence[end + 1].isalpha())
    ):
        end += 1
    return start, end


def event_title(sentence: str, start: int, end: int) -> str:
    """A short title for the event dated by ``sentence[start:end]``."""
    title = _event_title(sentence, start, end)
    if title_score(title) <= -2 and (row := _row_title(sentence, start, end)) and title_score(row) > title_score(title):
        return row  # "1043. | Russian fleet threatened Constantinople.": the row's other cell
    return title


def _event_title(sentence: str, start: int, end: int) -> str:
    sentence = _CITATION.sub(lambda c: " " * len(c.group()), _FOOTNOTE.sub(" ", sentence))  # offsets kept
    sentence = _CAPTION_LABEL.sub(lambda c: " " * len(c.group()), sentence)
    # a list of captions run together ("... North African campaign, 1941 · US atomic bombing of Nagasaki in
    # Japan, 1945 · ..."): the date's item is its sentence
    cut = max((m.end() for m in _ITEM_SEPARATOR.finditer(sentence, 0, start)), default=0)
    after = _ITEM_SEPARATOR.search(sentence, end)
    if cut or after:
        sentence = " " * cut + sentence[cut : after.start() if after else len(sentence)]  # offsets kept
    if (close := sentence.rfind(")", 0, start)) >= 0 and "(" not in sentence[:close]:
        sentence = " " * (close + 1) + sentence[close + 1 :]  # "V, Sect. 4) At 2.30 A. M. fell": a note's tail
    start, end = _whole_words(sentence, start, end)
    left, right = _REMARK.sub(" ", sentence[:start]), _REMARK.sub(" ", sentence[end:])
    if len(left) + len(right) != len(sentence) - (end - start):  # "In 1018, we are told, Novgorod ..."
        sentence, start, end = left + sentence[start:end] + right, len(left), len(left) + end - start
    if _COPYRIGHT.search(sentence, 0, start):  # "Copyright, 1908, by J.B. Lippincott Company": the book's own date
        return _tidy("Copyright " + _forward(sentence[end:].lstrip(" ,"), 1)).rstrip(".")
    title, rest = _clause_title(sentence, start, end)
    if _ATTRIBUTION.fullmatch(title) and (reported := _reported(sentence, start)):
        return reported  # "..., the government plans to lift trade sanctions, officials said late Thursday"
    if title_score(title) <= -2 and rest.strip():
        other = short_title(rest.lstrip(" ,;:—–-"))  # the date's clause is a fragment: try the clause after it
        if title_score(other) > title_score(title) and not (_words(title) > 1 and _OWN_TIME.search(other)):
            return other  # but not one with a time of its own: "Paris fell on 14 June, and an armistice was
            # signed eight days later" is "Paris fell"
    return title


_STATE_WHEN = re.compile(r"\s*,\s*when\s+(?:[\w'’-]+\s+){1,3}(?:was|were)\s+(?![a-z]{2,}(?:ed|en)\b)", re.IGNORECASE)
_AT_THE_DATE = re.compile(r"\b(?:in|on|at|during)\s+(?:the\s+)?$", re.IGNORECASE)
# a word that gives a clause a time of its own (a rough test: the clause's dates are not known here)
_OWN_TIME = re.compile(
    r"\b(?:later|earlier|afterwards|ago|next\s+(?:day|week|month|year)|following\s+(?:day|week|month|year)|(?<![\d,.$£])(?:1\d|20)\d\d(?![\d,])"
    r"|(?:days?|weeks?|months?|years?)\s+(?:before|after)|centur(?:y|ies)"
    r"|that\s+(?:summer|winter|spring|autumn|fall|year|month|week|day|morning|afternoon|evening|night)"
    r"|January|February|March|April|June|July|August|September|October|November|December)\b"
)


# a report's attribution, the date's whole clause: "Obama administration officials said [late Thursday]"
_SAID = r"(?:said|says|announced|reported|added|stated|confirmed|told\s+reporters)"
_ATTRIBUTION = re.compile(r"(?:[\w'’.-]+\s+){0,5}" + _SAID, re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b" + _SAID + r"\s+(?:[\w-]+\s+){0,2}$")  # the verb right before the date
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{1,40}\s+[—–-]\s+")  # "LONDON — "


def _reported(sentence: str, start: int) -> str | None:
    """What an attribution dated by ``sentence[start:]`` reports: the sentence's first clause before the
    attribution's comma, past an opening phrase ("After nearly 20 years of hostile relations, the American
    government plans to reverse its position"), or None when no attribution verb stands right before the date."""
    comma = sentence.rfind(", ", 0, start)
    if comma < 0 or not _SAID_BEFORE.search(sentence, comma, start):
        return None
    said = _DATELINE.sub("", sentence[:comma])
    body = _forward(said, 0)
    if (_PREPOSITION.match(body) or _SUB.match(body)) and said.startswith(", ", len(body)):
        said = said[len(body) + 2 :]
        body = _forward(said, 0)
    return _tidy(_drop_asides(body)) if _words(body) >= 3 else None


def _row_title(sentence: str, start: int, end: int) -> str | None:
    """A table row's title when the date is a cell of its own ("1043. | Russian fleet threatened
    Constantinople."): the next cell with three words or more after it, else its longest other cell with words;
    None when the date sits inside a cell's text."""
    if " | " not in sentence:
        return None
    cell_start = sentence.rfind(" | ", 0, start)
    cell_start = 0 if cell_start < 0 else cell_start + 3
    cell_end = sentence.find(" | ", end)
    cell_end = len(sentence) if cell_end < 0 else cell_end
    if _HAS_LETTERS.search(sentence[cell_start:start] + sentence[end:cell_end]):
        return None
    after = [c for c in sentence[cell_end:].split(" | ") if _words(c) >= 3 and "--" not in c]  # no table border
    if after:
        return short_title(after[0])
    cells = (sentence[:cell_start] + " | " + sentence[cell_end:]).split(" | ")
    others = [c for c in cells if _HAS_LETTERS.search(c) and "--" not in c]
    return short_title(max(others, key=len)) if others else None


def _clause_title(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The title of the clause around ``sentence[start:end]``, and the text after that clause."""
    if (named := _from_to(sentence, start, end)) is not None:
        return named
    subject = _DATED_SUBJECT.search(sentence, 0, start)
    if subject and _PREDICATE_START.match(sentence, end):
        # "The immediate post-1945 period may have been the high point": the date is in the subject
        body = _forward(sentence[subject.start(1) :], 0)
        return _tidy(_drop_asides(body)), sentence[subject.start(1) + len(body) :]
    opener = _SUBORDINATE_OPENER.match(sentence, 0, start)
    if (
        opener
        and not _PUNCT.search(sentence, 0, start)
        and _PREPOSITION_LAST.search(sentence, 0, start)  # not "After the 1936 Xi'an Incident, ...": a name's date
        and _MAIN_SUBJECT.match(sentence, end)
    ):
        main = _forward(sentence[end:], 0)  # "As Japan collapsed in 1945 the civil war resumed": the main clause
        if _HAS_VERB.search(main) and _words(main) >= 3:
            return _tidy(_drop_asides(main)), sentence[end + len(main) :]
    date_start = start
    the = ""
    inside = None
    if sentence[end : end + 2] in ("'s", "’s"):
        end += 2  # "Tuesday's coup" -> "the coup"
        the = " the "
    elif sentence[date_start:end].isdigit() and _ATTRIBUTIVE.match(sentence, end):
        the = " " if _THE.search(sentence, 0, start) else ""  # "in the 1805 campaign" -> "in the campaign"
    elif _ATTRIBUTIVE_NOUN.match(sentence, end) and (
        _THE_ONLY.search(sentence, 0, start)
        or ((inside := _THE_DAY.fullmatch(sentence, start, end)) and not _DAY_TAIL.match(sentence, end))
    ):
        start += 4 if inside else 0  # the date "the 11 September" leaves its article
        the = " "  # "in the wake of the 11 September 2001 attacks" -> "... of the attacks"
    tail = _DATE_TAIL.match(sentence, end)
    if tail:
        end = tail.end()
    if pair := _YEAR_BEFORE.search(sentence, max(0, start - 12), start):
        start = pair.start()  # "In 1756 and 1760 the French lost Canada": both years go, not one
    elif pair := _YEAR_AFTER.match(sentence, end):
        end = pair.end()
    lead = _LEAD.search(sentence, max(0, start - 40), start)
    if lead and not the:
        particle = _PARTICLE.match(sentence, lead.start(), start)
        # "The war dragged on through 1862": a phrasal verb's particle before the date's own preposition stays
        start = particle.end() if particle and _PHRASAL_BEFORE.search(sentence, 0, lead.start()) else lead.start()
    subject_date = sentence[start:end]
    po, pc = sentence.rfind("(", max(0, start - 3), start), sentence.find(")", end, end + 30)
    if (
        po >= 0
        and pc >= 0
        and not sentence[po + 1 : date_start].lower().strip(" c.").removeprefix("as of").strip()
        and (_OPEN_END.fullmatch(sentence, end, pc) or _SPAN_REST.fullmatch(sentence, end, pc))
    ):  # a parenthesized date: "St. Dominic (1170-1221) was ...", "Division of Korea (1954–present)", "(as of 2015)"
        start, end = po, pc + 1
        name, described = _NAME_BEFORE.search(sentence, 0, po), _DESCRIBED.match(sentence, end)
        if name and described and not _HAS_VERB.search(described.group(1)):
            # a life or a reign and what it was: "Roger Bacon (circa 1210 to circa 1293), a Franciscan of Oxford, ..."
            return _tidy(name.group(1) + ", " + described.group(1)), sentence[described.end() :]
    elif (
        (po := sentence.rfind("(", max(0, start - 200), start)) >= 0
        and ")" not in sentence[po:start]
        and sentence[po:date_start].rstrip().endswith(";")
        and pc >= 0
        and _OPEN_END.fullmatch(sentence, end, pc)
    ):  # the last item of a parenthesis about the name before it: 'The Korean War (in North Korean, "Fatherland
        start, end = po, pc + 1  # Liberation War"; 25 June 1950 – 27 July 1953) was a war between ...'
    aside = _PAREN_AFTER.match(sentence, end)
    if (aside and not sentence[:start].strip()) or (aside := _DASHES_AFTER.match(sentence, end)):
        end = aside.end()  # "On 6 June 1944 (commonly known as D-Day), ...", "in 606 B.C.--for now ...--took that city"
    comma = _COMMA_BEFORE.search(sentence, max(0, start - 3), start)
    if (
        comma
        and not the
        and sentence[end : end + 1] == ","
        and not _VERB_START.match(sentence, end + 1)
        and _HAS_VERB.search(sentence, 0, comma.start())
        and _TIME_PHRASE.search(sentence, max(0, comma.start() - 50), comma.start())
    ):  # "was approved on the fourth day of the war, 29 June 1950, by ...": the date is an aside of its clause
        start, end = comma.start(), end + 1
    left, right = sentence[:start] + the, sentence[end:]
    when = _WHEN.match(right)
    if (
        when
        and _STATE_WHEN.match(right)
        and _AT_THE_DATE.search(sentence, 0, date_start)
        and _HAS_VERB.search(left)
        and not _CLEFT.search(left)
    ):  # "Her mother died of tuberculosis in May 1878, when Marie was ten": the when-clause only describes the
        when = None  # time (but "The end came in 1613, when a national council was convened" is its event)
    if not when and _CLEFT.search(left):
        when = _CLEFT_THAT.match(right)  # "It was two o'clock when Peterhof was reached": Peterhof was reached
    if when:
        body = _forward(right[when.end() :], 0)
        return _tidy(_drop_asides(body)), right[when.end() + len(body) :]
    bounds = _boundaries(left)
    k = len(bounds)
    lstart = bounds[-1][1] if bounds else 0
    fwd = _forward(right, _words(left[lstart:]))
    rest = right[len(fwd) :]
    body = left[lstart:] + " " + fwd
    if _FOCUS_END.search(left, lstart) and _AUX_START.match(fwd):
        # an inversion after "Only in ..." / "Not until ...": the date becomes "then" ("Not until then did he give
        # way"), not "Not did he give way"
        word = sentence[lead.start() : date_start].split()[0].lower() if lead else ""
        body = left[lstart:] + (word + " " if word in _KEPT_BEFORE_THEN else "") + "then " + fwd.lstrip()
    # the date opens a clause after "and"/"but": "Pojarski entered Moscow, and in October, 1612, became master of
    # the Kremlin"; "UN forces ... moved towards the Yalu River—the border with China—but on 19 October 1950,
    # Chinese forces ... crossed the Yalu"
    conjunction = _AND_THEN_DATE.search(left, lstart)
    before = left[lstart : conjunction.start()] if conjunction else ""
    opened = (
        not left[lstart:].strip()
        or bool(
            conjunction
            and (
                not before.strip()
                or (  # mid-clause, a clause of its own must follow: not "during March and the beginning of April, made"
                    right.startswith(",")
                    and _MAIN_SUBJECT.match(" " + right[1:].lstrip())
                    and _HAS_VERB.search(_forward(right[1:].lstrip(), 0))
                    and not _VERB_START.match(right[1:])
                )
            )
        )
    )
    plain = True  # the body is the clause's words before the date and after it
    if opened:
        p = _PUNCT.match(right.lstrip(" "))
        if p and not (k and p.group() == ", " and _AND_NEXT.match(right.lstrip(" "), p.end())):
            # the date opens its clause: "In 1959, the Soviet Union ..."; but "..., Frederick III, in 1493, and
            # married" ends the clause before it
            after, body = _past_settings(right.lstrip(" ")[p.end() :], participles=True)
            rest = after[len(body) :]
            opened = plain = False
            if before.strip() or (k and bounds[-1][2] == ""):
                # set off by commas inside its clause: "the Security Council, on 27 June 1950, published ..."
                previous = before if before.strip() else left[bounds[-2][1] if k > 1 else 0 : bounds[-1][0]]
                if conjunction and _VERB_START.match(body) and (subject := _subject_of(previous)):
                    body = subject + " " + body  # "and in October, 1612, became master": Pojarski became master
                elif _VERB_START.match(body):
                    body = previous + " " + body
                elif (
                    (ing := _ING_START.match(body))
                    and ing.group(1).lower() not in _NOT_DOING
                    and (j := _last_predicate(left, bounds)) is not None
                ):
                    # "removed to Mecca, in Arabia, in 1870, dying at Medina in the following year": the date ends
                    # the predicate before it, and the participle after it has a time of its own
                    k, rest = j, right
                    lstart = bounds[k - 1][1] if k > 0 else 0
                    body = left[lstart : bounds[k][0]]
    elif not k and _OPENER.match(left) and not _FINITE.search(left) and (comma := _COMMA_START.match(right)):
        main = _forward(right[comma.end() :], 0)  # the date ends an opening phrase: "Immediately on his return
        if _HAS_VERB.search(main) and _words(main) >= 3:  # to Beijing on 18 October 1950, Zhou met with Mao"
            body, rest, plain = main, right[comma.end() + len(main) :], False
    while k > 0 and (
        _words(body) < 3
        or (
            left[bounds[k - 1][0]] == ","
            and (
                _NAME_LIST_END.fullmatch(body.strip(" ."))
                or (lead and _LAST_NAME_OF_LIST.fullmatch(left, bounds[k - 1][1]))  # not "and Gregory IX (1227) came"
            )
        )
    ):
        if bounds[k - 1][2] in ("who", "which") and (
            _ANTECEDENT.search(left, 0, bounds[k - 1][0])
            or (bounds[k - 1][2] == "which" and _NOUN_PHRASE_BEFORE.search(left, 0, bounds[k - 1][0]))
            or (bounds[k - 1][2] == "which" and _DID.fullmatch(body.strip().rstrip(" .;:")))
        ):
            break  # "Islamists, who held power", "the intervention (which started": the antecedent completes it
        if (
            (and_verb := _AND_VERB.match(body))
            and not body.lstrip().startswith("then")  # "; then postponed until September": was postponed
            and _VERB_START.match(body, _ADVERBS.match(body, and_verb.end()).end())
        ):
            break  # "..., and extended to 1989–91": a second predicate, whose subject comes below
        if left[bounds[k - 1][0]] == ";" and (more := _ELLIPTIC_REST.match(rest)):
            body, rest, plain = body + more.group(), rest[more.end() :], False  # "...; the second in 1793, between
            break  # Prussia;": an elliptic clause goes on after its comma, not back over the semicolon
        k -= 1
        lstart = bounds[k - 1][1] if k > 0 else 0
        body = left[lstart:] + " " + _forward(right, _words(left[lstart:]))
    if k > 0 and left[bounds[k - 1][0]] == "," and _apposition(left[: bounds[k - 1][0]], body.lstrip(), 0):
        k -= 1  # the apposition's noun before it is the subject: "The current name, Firefox, was chosen"
        lstart = bounds[k - 1][1] if k > 0 else 0
        body = left[lstart:] + " " + _forward(right, _words(left[lstart:]))
    if plain:
        body = _own_predicate(body, len(left) - lstart)
    if k > 0 and bounds[k - 1][2] in ("who", "which"):
        name = _ANTECEDENT.search(left, 0, bounds[k - 1][0])
        if name and bounds[k - 1][2] == "which" and _OBJECT_OF.search(left, 0, name.start(1)):
            name = None  # "an offensive against France, which was postponed": the offensive was
        if name and _OBJECT_RELATIVE.match(_CONNECTIVE.sub("", body.strip())):
            name = None  # "enter North Korea, which they did": North Korea is the object
        if (
            bounds[k - 1][2] == "which"
            and (did := _DID.fullmatch(_CONNECTIVE.sub("", body.strip()).rstrip(" .;:")))
            and (done := _done(left[: bounds[k - 1][0]]))
        ):  # "ordered troops to enter North Korea, which they did": what they did is the title
            body, name = (did.group(1) + " did " + done[3:] if done.startswith("to ") else done), None
        elif name and (name.group(1).split()[-1][:1].isupper() or name.group(1)[-1:].isdigit()):  # "Order No. 1"
            body = name.group(1) + " " + _CONNECTIVE.sub("", body.strip())
        elif bounds[k - 1][2] == "which" and (subject := _sentence_subject(sentence, start, copula=True)):
            body = subject + " " + _CONNECTIVE.sub("", body.strip())  # "Bugzilla is a system, which was released"
        elif (
            bounds[k - 1][2] in ("which", "who")  # "an Arabian writer who visited their land": the writer visited
            and (
                phrase := _NOUN_PHRASE_BEFORE.search(left, 0, bounds[k - 1][0])
                or (_PLURAL_BEFORE.search(left, 0, bounds[k - 1][0]) if bounds[k - 1][2] == "who" else None)
            )
            and not _HAS_VERB.search(phrase.group(1))  # "the most brilliant was that which": no noun phrase
            and not _PREPOSITION_BEFORE.search(left, 0, bounds[k - 1][0])  # "to which", "across which"
            and (clause := _CONNECTIVE.sub("", _relative_only(body, len(left) - lstart) if plain else body.strip()))
            and not _OBJECT_RELATIVE.match(clause)  # "the fleet, which the United Kingdom attacked": the object
        ):
            body = phrase.group(1) + " " + clause  # "the Chinese intervention (which started": it started
    elif _VERB_START.match(body):  # the clause lost its subject
        if opened and not left.strip():  # the date is the subject: "The fifth century was ..."
            body = subject_date + " " + body
        elif _WHERE_BEFORE.search(left) and subject_date[:4].lower() == "the ":
            body = subject_date + " " + body.strip()  # "in the heats of Cilicia, where the summer proved unwholesome"
        elif opened and _THAT_LEAD.match(subject_date):  # "concludes, that the second century was still more"
            body = _THAT_LEAD.sub("", subject_date) + " " + body.strip()
        elif (
            (subject := _SUBJECT.match(sentence))
            and subject.end() <= start
            and not _PARTICIPLE_OPENING.match(subject.group(1))
            and not _CONNECTIVE.fullmatch(subject.group(1))  # "Meanwhile, ..."
        ):
            body = subject.group(1) + " " + body.strip()  # "Jerusalem, which ..., was taken"
        elif (after := _AFTER_PARTICIPLE.match(sentence)) and after.end() <= start:
            body = after.group(1) + " " + body.strip()  # "Born in 1729, he entered the army, ..., made himself"
        elif named := _subject_before_apposition(left, bounds, k):
            body = named + " " + body.strip()  # "when General Walker, commander of the Army, was killed"
        elif named := _subject_before_relative(left, bounds, k):
            body = named + " " + body.strip()  # "Morgan Tsvangirai, who has been receiving ..., returned"
        elif (subject := _opening_subject(sentence, start)) and _only_relative_verbs(sentence, len(subject), lstart):
            body = subject + " " + body.strip()  # "An enormous crowd of factory hands, ..., with whom ..., had gone"
        elif _COORDINATED_BEFORE.search(left, 0, lstart) and (subject := _sentence_subject(sentence, start)):
            body = subject + " " + body.strip()  # "The book did not attempt ... and rather, focused upon ..."
    elif (
        (and_verb := _AND_VERB.match(body))
        and (verb := _VERB_START.match(body, _ADVERBS.match(body, and_verb.end()).end())) is not None
        and not _HAS_VERB.search(body, _PARTICIPLE.match(body, verb.end()).end())  # "and protracted talks began":
        # a clause of its own; "but was repulsed" is one predicate
        and not (_AND_THEN_DATE.search(sentence, 0, start) and not lead)  # "; and the winter was employed": the
        # date is the subject; "and in 864 invited Rurik" is the date of a predicate
        and (
            subject := _clause_subject(left, bounds, k)
            or _sentence_subject(sentence, start, pronoun=True)
            or _opening_subject(sentence, start)
        )
    ):
        body = subject + " " + body[and_verb.end() :]  # "The government promulgated ..., and elected Rhee"
    elif (
        k == 1  # after the sentence's first clause only: "..., but the elder members glanced ..., making him feel"
        and left[bounds[0][0]] == ","
        and (ing := _ING_START.match(body))
        and ing.group(1).lower() not in _NOT_DOING
        and ing.group(1).lower() not in _PREPOSITION_LIKE
        and _HAS_VERB.search(left, 0, bounds[0][0])
        and (subject := _sentence_subject(sentence, bounds[0][0]))
        and subject.lower() not in _DETERMINER_WORDS
    ):  # "Tourism is critical to Tunisia's economy, accounting for 15 percent of its GDP in 2013": what accounted
        body = subject + " " + body.strip()
    return _tidy(_drop_asides(_without_dated_predicate(body))), rest


_AND_PREDICATE = re.compile(r"\s+and\s+(?=" + _ADVERB_RUN + _VERB_WORD + ")")


def _without_dated_predicate(body: str) -> str:
    """``body`` without a second predicate that has a time of its own: "The English won at Crécy [and took Calais
    the following year]", "Nixon took office [and began withdrawing troops that summer]"."""
    for m in _AND_PREDICATE.finditer(body):
        if _HAS_VERB.search(body, 0, m.start()) and _OWN_TIME.search(body, m.end()):
            return body[: m.start()]
    return body


_ING_START = re.compile(r"\s*([a-z]{2,}ing)\b")
# participles used as prepositions or conjunctions: their phrase says nothing the subject did
_PREPOSITION_LIKE = frozenset({
    "according", "seeing", "considering", "regarding", "including", "concerning", "following", "excepting",
    "owing", "pending", "saying", "notwithstanding", "barring", "beginning", "starting",
})  # fmt: skip
_DETERMINER_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"})


def _last_predicate(left: str, bounds: list[tuple[int, int, str]]) -> int | None:
    """The index of the boundary after the last comma-set clause of ``left`` that has a verb, looking back over
    at most one phrase without one ("removed to Mecca, in Arabia, in": the clause "removed to Mecca" ends at
    boundary 1 of the last two), or None."""
    for j in range(len(bounds) - 1, max(0, len(bounds) - 3), -1):
        chunk = left[bounds[j - 1][1] if j > 0 else 0 : bounds[j][0]]
        if left[bounds[j][0]] != ",":
            return None
        if _HAS_VERB.search(chunk):
            return j
    return None


_FOCUS_END = re.compile(r"\b(?:Only|only|Not|not|Never|never)\s*$")
_AUX_START = re.compile(r"\s*(?:did|do|does|was|were|had|has|have|could|would|is|are)\s")
_KEPT_BEFORE_THEN = frozenset(("until", "till", "before", "after"))


_WHERE_BEFORE = re.compile(r"\b(?:where|when|while)\s*$", re.IGNORECASE)  # a date that is its clause's subject
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that|where|when)\b", re.IGNORECASE)


def _only_relative_verbs(sentence: str, start: int, stop: int) -> bool:
    """Whether every verb in ``sentence[start:stop]`` (between an opening subject and the predicate that lost
    it) is inside a relative clause: "An enormous crowd ..., with whom some officials ... were mingled, had
    gone" (yes); "The severity of a winter campaign, that chilled ..., was scarcely felt by ..., who ... were
    unable" (no: "was scarcely felt" is the subject's own predicate)."""
    inside = False
    for segment in sentence[start:stop].split(","):
        if _RELATIVE_WORD.search(segment):
            inside = True
        if _HAS_VERB.search(segment):
            if not inside:
                return False
            inside = False  # a relative clause ends after its verb's segment
    return True


def _relative_only(body: str, at: int) -> str:
    """A relative clause's words (``body``, the date taken out at ``at``) without the main clause's verb after
    the date: "[the doctor] who came to see her that day ordered her ...": "who came to see her"."""
    after, before = body[at:].lstrip(), body[:at].strip()
    if _VERB_START.match(after, _ADVERBS.match(after).end()) and _HAS_VERB.search(_CONNECTIVE.sub("", before)):
        return before  # (not "[their societies] which in the third century were animated": one verb, the clause's)
    return body.strip()


def _clause_subject(left: str, bounds: list[tuple[int, int, str]], k: int) -> str | None:
    """The subject of the clause before the comma that ends ``left``'s clauses ("Directly the rains ceased, the
    grain ripened ..., and was gathered": the grain), or None; not of a subordinate clause ("He determined that
    Kief should be his, and in 882 made his way": not Kief)."""
    if k < 2 or left[bounds[k - 1][0]] != "," or bounds[k - 2][2]:
        return None
    clause = left[bounds[k - 2][1] : bounds[k - 1][0]].strip()
    verb = _HAS_VERB.search(clause)
    if verb is None:
        return None
    subject = clause[: verb.start()].strip()
    if not 1 <= _words(subject) <= 5 or not (
        subject[:1].isupper() or _DETERMINED.match(subject) or _PERSONAL.fullmatch(subject)
    ):
        return None
    return subject  # "he fled once more to the hills, but in the beginning of July was facing his foes": he


_PERSONAL = re.compile(r"he|she|they|it|we")


def _subject_before_apposition(left: str, bounds: list[tuple[int, int, str]], k: int) -> str | None:
    """The subject of a clause that ends ``left`` in a noun phrase set off by commas ("... when Lieutenant
    General Walton Walker, commander of the U.S. Eighth Army,"): the short capitalized phrase before the
    apposition, or None."""
    if k < 2 or bounds[k - 1][2] or bounds[k - 2][2]:
        return None
    if left[bounds[k - 1][0]] != "," or left[bounds[k - 2][0]] != ",":
        return None
    apposition = left[bounds[k - 2][1] : bounds[k - 1][0]]
    subject = left[bounds[k - 3][1] if k > 2 else 0 : bounds[k - 2][0]].strip()
    if (_HAS_VERB.search(apposition) and not _PASSIVE.match(apposition)) or _words(apposition) > 8:
        return None  # a participle is an apposition too: "The Nationalist-backed Koreans, led by Yi Pom-Sok,"
    if not 1 <= _words(subject) <= 6 or not subject[:1].isupper() or _HAS_VERB.search(_COMPOUND.sub("", subject)):
        return None
    return subject


# the two ends of a span named by events, each with its date: "from the Truman Doctrine in 1947 to the conclusion
# of the Korean War in 1953"
_EVENT = r"(?:the|a|an|his|her|its|their)\s+[^,;:()]{2,60}?"
_FROM_EVENT = re.compile(r"\bfrom\s+(" + _EVENT + r")\s+in\s+$", re.IGNORECASE)
_TO_EVENT = re.compile(r"\s+to\s+" + _EVENT + r"\s+in\s+(?=\d|[A-Z])")
_FROM_TO_EVENT = re.compile(
    r"\bfrom\s+" + _EVENT + r"\s+in\s+[\w ,.]{3,25}?\s+to\s+(" + _EVENT + r")\s+in\s+$", re.IGNORECASE
)


def _from_to(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """The event a date of "from <event> in <date> to <event> in <date>" goes with, and the text after it."""
    first = _FROM_EVENT.search(sentence, max(0, start - 80), start)
    if first is not None and _TO_EVENT.match(sentence, end) and not _HAS_VERB.search(first.group(1)):
        return _tidy(first.group(1)), sentence[end:]
    last = _FROM_TO_EVENT.search(sentence, max(0, start - 200), start)
    if last is not None and not _HAS_VERB.search(last.group(1)):
        return _tidy(last.group(1)), sentence[end:]
    return None


# two predicates joined by "and"/"but", each with its date ("the USAMGIK banned strikes on 8 December 1945 and
# outlawed the PRK ... on 12 December 1945", "He was born in 1729 and died in 1800"): each date titles its own
_PREDICATE_AND = re.compile(r"\s(?:and|but)\s+")
_DATED = re.compile(r"\b(?:\d{3,4}|" + _MONTH + ")")
# what follows a verb in "-ed" (not an adjective's noun: "rolled rods", "armed forces"): a determiner, a pronoun, a
# preposition, an adverb, a name, or nothing
_AFTER_VERB = re.compile(
    r"\s*(?:$|[A-Z]|(?:the|a|an|his|her|its|their|this|that|these|those|him|them|it|us|himself|herself|itself"
    r"|themselves|in|on|at|to|from|by|for|with|into|onto|upon|over|under|toward|towards|across|through|against"
    r"|back|up|down|out|off|away|again|there|here|[a-z]+ly)\b)"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?:[a-z]+\s+){0,3}$")
_OBJECT_AFTER = re.compile(_ADVERB_RUN + r"\S+\s+(?:" + _OBJECT_RELATIVE.pattern + ")")  # "outlawed the PRK": active


def _predicate(conjunct: str) -> str | None:
    """How ``conjunct`` (the words after an "and") makes a predicate: "verb" when it opens with one (maybe after
    adverbs) and has no other ("died", "outlawed the PRK"), "clause" when it has a subject and a verb of its own
    ("US troops withdrew"), else None ("the PRK People's Committees", "again")."""
    verbs = list(_HAS_VERB.finditer(conjunct))
    if not verbs:
        return None
    first = _VERB_START.match(conjunct, _ADVERBS.match(conjunct).end())
    if (
        first is not None
        and not _HAS_VERB.search(conjunct, _PARTICIPLE.match(conjunct, first.end()).end())
        and (not first.group().endswith("ed") or _AFTER_VERB.match(conjunct, first.end()))
    ):
        return "verb"
    verb = verbs[1 if first is not None and len(verbs) > 1 else 0]  # "armed forces occupied": "armed" describes
    if not 1 <= _words(conjunct[: verb.start()]) <= 4:
        return None
    return None if _HAS_VERB.search(conjunct, _PARTICIPLE.match(conjunct, verb.end()).end()) else "clause"


def _own_predicate(body: str, at: int) -> str:
    """``body`` (the date taken out at ``at``) without the other predicate of a pair that holds another date."""
    pre, post = body[:at], body[at:]
    for m in reversed(list(_PREDICATE_AND.finditer(pre))):
        verb = _HAS_VERB.search(pre, 0, m.start())
        date = _DATED.search(pre, verb.end(), m.start()) if verb else None
        if verb is None or date is None:
            break  # no predicate with a date of its own before this "and" (nor before an earlier one)
        conjunct = pre[m.end() :]
        kind = _predicate(conjunct)
        if kind == "clause":  # "Spain was invaded in 710 and the Pyrenees Mountains were reached"
            return conjunct + post
        if kind == "verb":
            if _PASSIVE_BEFORE.search(pre, 0, date.start()) and not _OBJECT_AFTER.match(conjunct):
                break  # "was signed in 1905 and ratified" (passive) or "was born in 1729 and died": left as written
            if subject := _subject_of(pre):
                return subject + " " + conjunct + post
    if _HAS_VERB.search(pre):
        for m in _PREDICATE_AND.finditer(post):
            date = _DATED.search(post, m.end())
            if date is not None and _predicate(post[m.end() : date.start()]):
                return pre + post[: m.start()]
    elif (
        _DETERMINED.match(pre.lstrip())
        and _words(pre) >= 3
        and post.lstrip().startswith("and ")
        and (and_verb := _AND_VERB.match(post))
    ):
        # the date ends a noun phrase after "after"/"before", and the clause's own predicate goes on: "The first
        # stage began after the sack of Rome by the Goths in 390 B.C. and went on until ..." is the sack of Rome
        return pre + post[: and_verb.start()]
    return body


# a relative clause that only says it was done: "..., which it did", "which they had done"
_DID = re.compile(r"(he|she|it|they|we)\s+(?:did|had\s+done|has\s+done|have\s+done)(?:\s+so)?", re.IGNORECASE)
_DOING = re.compile(r"\bto\s+[a-z]+|\b[a-z]{2,}ing\b")
_NOT_DOING = frozenset(
    {
        "during",
        "king",
        "thing",
        "nothing",
        "something",
        "anything",
        "everything",
        "spring",
        "string",
        "bring",
        "sing",
        "ring",
        "wing",
        "morning",
        "evening",
        "ceiling",
        "being",
    }
)


def _done(left: str) -> str | None:
    """What a "which it did" stands for: the last infinitive or gerund's phrase that ends ``left`` ("ordered
    troops to enter North Korea": "to enter North Korea"; "before recognising the council as ...": "recognising
    the council as ..."), or None."""
    tail = left.rstrip(" ,")
    tail = tail[max((m.end() for m in _PUNCT.finditer(tail)), default=0) :]
    last = None
    for m in _DOING.finditer(tail):
        words_before = tail[: m.start()].split()
        if m.group() in _NOT_DOING or (words_before and _DETERMINED.fullmatch(words_before[-1] + " ")):
            continue  # "the building", "during"
        last = m
    return tail[last.start() :].strip() if last else None


def _subject_of(clause: str) -> str | None:
    """The words before the first verb of ``clause`` when they are a short phrase ("Pojarski entered Moscow"),
    else None."""
    verb = _HAS_VERB.search(clause)
    if verb is None:
        return None
    subject = clause[: verb.start()].strip()
    if not 1 <= _words(subject) <= 6 or _CONNECTIVE.match(subject) or _PREPOSITION.match(subject):
        return None
    return subject


def _subject_before_relative(left: str, bounds: list[tuple[int, int, str]], k: int) -> str | None:
    """The name before a relative clause set off by commas that ends ``left`` ("opposition leader Morgan
    Tsvangirai, who has been receiving cancer treatment in Britain, [returned]"), or None."""
    if k < 3 or left[bounds[k - 1][0]] != "," or bounds[k - 2][2] not in ("who", "which"):
        return None
    if left[bounds[k - 3][0]] != "," or left[bounds[k - 3][1] : bounds[k - 2][0]].strip():
        return None  # the "who" right after its comma
    name = _ANTECEDENT.search(left, 0, bounds[k - 3][0])
    return name.group(1) if name and name.group(1)[:1].isupper() else None


_EMPHASIS_LEFT = re.compile(r"^_\s+")
_ELLIPTIC_REST = re.compile(r",[^,;:.!?()]{1,60}(?=[;.!?]|$)")
_PARTICIPLE_OPENING = re.compile(r"(?:born|having|being|[a-z]{2,}ing|[a-z]{2,}ed)\b", re.IGNORECASE)
# the subject after an opening participle's phrase: "Born in 1729, he entered ...", "Defeated at Narva, Peter ..."
_AFTER_PARTICIPLE = re.compile(
    r"(?:Born|Having|Being|[A-Z][a-z]+ing|[A-Z][a-z]+ed)\b[^,;:.]{0,60},\s+"
    r"(he|she|they|(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})\s+(?=[a-z])"
)


# a sentence's opening phrase before its comma, up to six words ("A Semitic people from south-east Mesopotamia,
# the Chaldeans, combined ... and in 606 B.C. ... took that city")
_OPENING_SUBJECT = re.compile(r"\s*([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)\s*,")


def _opening_subject(sentence: str, before: int) -> str | None:
    """The short capitalized phrase that opens the sentence before a comma, when a verb follows its aside ("The
    people of Novgorod, finding their trade at the mercy of their allies, submitted ...": the people of
    Novgorod), or None."""
    subject = _OPENING_SUBJECT.match(sentence, 0, before)
    if subject is None or _HAS_VERB.search(subject.group(1)) or _CONNECTIVE.match(subject.group(1)):
        return None
    if _PREPOSITION.match(subject.group(1)) or _PRONOUN.match(subject.group(1)):
        return None
    if _PARTICIPLE_OPENING.match(subject.group(1)):
        return None  # "Born in 1729, he entered the army": a participle's phrase, about the subject after it
    return subject.group(1)


def _sentence_subject(sentence: str, before: int, *, copula: bool = False, pronoun: bool = False) -> str | None:
    """The subject of a sentence that opens with it: the words before its first verb ("The resultant South
    Korean government promulgated ..."), if they are a short phrase with a capital and no comma. With
    ``copula``, only if that verb is "is" or "was" ("Bugzilla is a system, which ...": the which is Bugzilla)."""
    verb = _HAS_VERB.search(sentence, 0, before)
    if verb is None or (copula and (verb.group().lower() not in _COPULA or not _ARTICLE.match(sentence, verb.end()))):
        return None  # with ``copula``: "Bugzilla is a ...", not "The proposal was rejected"
    subject = sentence[: verb.start()].strip()
    subject = subject[m.end() :] if (m := _DATED_OPENING.match(subject)) else subject  # "During 1939 Japan": Japan
    if subject.endswith(",") and subject.count(",") == 2:
        subject = subject[: subject.index(",")]  # "He, like his countrymen, was ...": an aside after the subject
    capital = subject[:1].isupper() or (pronoun and _PERSONAL.fullmatch(subject))  # "After supper he lay down"
    if not capital or "," in subject or not 1 <= _words(subject) <= 6 or _SUB.search(subject):
        return None
    if _THAT.search(subject):
        return None  # "This horse that [had carried the sovereign]": a relative clause, not the subject's end
    if (_PRONOUN.match(subject) and not pronoun) or _CONNECTIVE.match(subject) or _PREPOSITION.match(subject):
        return None  # "He", "After supper he": no name to give the title (unless a pronoun will do)
    return subject


# a date opening a sentence before its subject, without a comma: "During 1939 Japan launched ..."
_DATED_OPENING = re.compile(
    r"(?:In|During|By|On|After|Before|Since|At|From)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?\d{1,4}s?\s+(?=[A-Z])"
    r"|(?:After|Before|During|At|On|By)\s+[a-z]+\s+(?=(?:he|she|they|we|it)\b)"  # "After supper he lay down"
)


_HE_SHE = re.compile(r"(He|She)\s+([\w'’-]+)")
_IT_ACTS = re.compile(
    r"(It)\s+([a-z]+ed|began|fought|won|lost|made|sent|struck|fell|rose|spread|grew|built|brought|broke"
    r"|drove|led|held|gave|left|met|sought|stood|went|ran|swept|split|set|chose|sank|shot|overran)\b"
)
# verbs in -ed after an "It" that is often no thing at all: "It seemed", "It happened"
_NOT_ACTS = frozenset({
    "seemed", "appeared", "happened", "followed", "turned", "proved", "needed", "remained", "mattered", "used",
    "looked", "sounded", "occurred", "required", "rained", "snowed",
})  # fmt: skip
_COMMON_NOUN = re.compile(r"[a-z]{3,}(?:\s+[a-z]{3,})?")  # "infection", "peace treaty"
_ADVERB_LEADS = frozenset({"accordingly", "thus", "then", "also", "subsequently", "eventually", "however", "instead"})
_PERSON_NAME = re.compile(r"[A-Z][\w'’.-]*[^\W\d_](?:\s+(?:[A-Z][\w'’.-]*|[IVX]+\.?|of|de|von|van)){0,3}")
# words that may open a sentence before its subject or its pronoun: "In 619 he ...", "Meanwhile Necho II ..."
_LEAD_WORDS = frozenset({
    "in", "on", "at", "by", "during", "after", "before", "next", "then", "meanwhile", "later", "soon", "early",
    "late", "finally", "thereafter", "now", "so", "that", "same", "year", "month", "day", "week", "spring",
    "summer", "autumn", "fall", "winter",
})  # fmt: skip
_NOT_SUBJECT = re.compile(
    r"(?:upon|about|among|across|against|along|despite|under|over|without|within|beyond|[a-z]+ly)\b", re.IGNORECASE
)
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "did", "does", "do", "could", "would",
                          "should", "might", "must", "may", "can", "will", "shall"})  # fmt: skip
_INVERSION = re.compile(r"\s+(?:he|she|they|it|I|we)\b")
_AND_BEFORE = re.compile(r"(?:\band|\bbut|,)\s*$")


def with_antecedent(title: str, sentence: str, start: int, end: int, previous: str = "") -> str:
    """``_with_antecedent`` for "He"/"She", and for "It" before a verb of action ("It declared war on Japan",
    after "..., the Soviet Union promised to join its allies"): the named thing it stands for. "It was", "It
    seemed" and the like (often no antecedent at all) keep their pronoun."""
    m = _IT_ACTS.match(title)
    if m is None:
        return _with_antecedent(title, sentence, start, end, previous)
    if m.group(2) in _NOT_ACTS:
        return title
    at = re.search(rf"\b[Ii]t\s+{re.escape(m.group(2))}\b", sentence)
    if at is None:
        return title
    before = sentence[:start] + sentence[end : at.start()] if start < at.start() else sentence[: at.start()]
    if not all(w.lower() in _LEAD_WORDS or w.lower() in _ADVERB_LEADS for w in _WORD.findall(before)):
        return title
    name = _thing_subject(previous)
    return _tidy(name + title[2:]) if name else title


def _thing_subject(sentence: str) -> str | None:
    """The subject of ``sentence`` if it names a thing or a person: "Russia", "the Soviet Union" (given as "The
    Soviet Union"), "the fleet", after any opening phrase set off by a comma ("At the Yalta Conference in
    February 1945, the Soviet Union promised ...")."""
    verb = _HAS_VERB.search(sentence)
    if verb is None:
        return None
    head = sentence[: verb.start()]
    subject = head.rsplit(",", 1)[-1].strip()
    the = re.match(r"[Tt]he\s+", subject)
    rest = subject[the.end() :] if the else subject
    if the and _COMMON_NOUN.fullmatch(rest):
        return "The " + rest  # "The fleet sailed from Venice. In 1204 it stormed Constantinople"
    if not _PERSON_NAME.fullmatch(rest) or _NOT_NAME.match(rest) or _PRONOUN.match(rest):
        return None
    if the is None and "," in head:
        return None  # "In 1944, Patton's troops": a name after an opening phrase needs its article to be sure
    return "The " + rest if the else rest


def _with_antecedent(title: str, sentence: str, start: int, end: int, previous: str = "") -> str:
    """A title whose subject is "He" or "She" with the name it stands for, when the text makes that plain:
    the subject of its own sentence, when the pronoun opens a coordinate clause ("Cæsar drove back a German
    invasion, and he twice crossed the Straits"); or, when the pronoun opens its sentence (after the date:
    "In 619 he conquered Egypt"), the subject of the ``previous`` sentence if that is a name ("Asoka was at
    first disposed ... He invaded Kalinga"). "PLA forces", "Truman and Eisenhower", "It", a name inside a
    clause ("developed by Brendan Eich when he invented") give no antecedent: the title keeps its pronoun."""
    m = _HE_SHE.match(title)
    if m is None:
        return title
    at = re.search(rf"\b{m.group(1)[0]}(?i:{m.group(1)[1:]})\s+{re.escape(m.group(2))}\b", sentence, re.IGNORECASE)
    if at is None:
        return title
    before = sentence[: at.start()]
    if start < at.start():
        before = sentence[:start] + sentence[end : at.start()]
    if all(w.lower() in _LEAD_WORDS for w in _WORD.findall(before)):
        name = _name_subject(previous)
    elif _AND_BEFORE.search(before):
        name = _name_subject(sentence[: at.start()])
    else:
        name = None
    return _tidy(name + title[len(m.group(1)) :]) if name else title


def _name_subject(sentence: str) -> str | None:
    """The subject of ``sentence`` if it is a plain name ("Necho II", "Frederick"), after any opening
    adverb ("Meanwhile Necho II was pursuing ...")."""
    verb = _HAS_VERB.search(sentence)
    if verb is None:
        return None
    words = sentence[: verb.start()].split()
    while words and words[0].lower().strip(",") in _LEAD_WORDS:
        words.pop(0)
    subject = " ".join(words)
    if not _PERSON_NAME.fullmatch(subject) or _NOT_NAME.match(subject) or _PRONOUN.match(subject):
        return None
    if (
        _PREPOSITION.match(subject)
        or _NOT_SUBJECT.match(subject)
        or (verb.group().lower() in _AUXILIARIES and _INVERSION.match(sentence, verb.end()))
    ):
        return None  # "Upon Clive Parliament ...", "Hardly had he ..."
    return subject


def _drop_asides(body: str) -> str:
    """The clause without its asides ("Aerial camouflage (concealing soldiers ...) was deployed" ->
    "Aerial camouflage was deployed"), unless that leaves under three words."""
    plain = _PARENTHESIS.sub(lambda m: "" if m.group().lstrip().startswith("(") else " ", body)
    return plain if _words(plain) >= 3 else body


_SEE = re.compile(r"See(?: also)?\s+[A-Z]")
_HEADING = re.compile(r"^(?:[^a-z]*[A-Z]{2}[^a-z]*|(?:BOOK|CHAPTER|PART|VOLUME|SECTION|EPILOGUE)\b.*)$")
_PERSON = re.compile(
    r"^(?:I(?!\s+[A-Z])|[Ww]e|[Yy]ou|[Mm]e|[Uu]s|[Mm]y|[Oo]ur|[Yy]ours?)\b(?![-])"
)  # not "I Corps", "US"
_PRONOUN = re.compile(
    r"^(?:he|she|it|they|him|her|them|his|its|their|this|that|these|those|there|one|all|nothing|everything"
    r"|something|someone|everyone|none)\b(?![-])",
    re.IGNORECASE,
)
_VERB = (
    r"(?:was|were|is|are|am|be|been|being|had|has|have|having|did|does|do|could|would|should|might|must|may|shall"
    r"|will|can|said|told|came|went|saw|took|gave|made|found|knew|thought|felt|left|began|stood|sat|wrote|got"
    r"|brought|kept|met|ran|fell|rose|led|won|lost|sent|spent|struck|fought|heard|lay|became|held|drove|rode|broke"
    r"|[a-z]{2,}ed)"
)
_HAS_VERB = re.compile(r"\b" + _VERB + r"\b", re.IGNORECASE)
# a verb that makes a clause: not a bare participle ("a report released in November 2012")
_FINITE = re.compile(r"\b" + _VERB.replace("|[a-z]{2,}ed)", ")") + r"\b|\b(?:was|were|had|has|have)\s+[a-z]+ed\b", re.I)
# a clause that lost its subject or its verb: it opens with a conjunction, a participle or a verb ...
_FRAGMENT = re.compile(
    r"^(?!(?:not|only)\s+(?:(?:until|till|before|after)\s+)?then\b)"  # "Only then did ...": an inversion's clause
    r"(?:and|but|or|than|as|if|whether|so|not|only|because|while|although|though|except|besides|like|ever|who"
    r"|whom|whose|which"
    r"|previously|(?!(?:king|thing|nothing|something|everything|anything|spring|evening|morning|during|beijing)\b)[a-z]{2,}ing|"
    + _VERB.replace("|[a-z]{2,}ed)", ")")
    + r"|[a-z]{2,}ed(?=\s+(?:the|a|an|his|her|their|its|to|by|in|on|at|into|from|with|that|him|them|it"
    + r"|up|out|down|over)\b)"
    + r")\b(?![-])",  # "Entered the room", not "Protracted armistice negotiations began"
    re.IGNORECASE,
)
# ... or with a preposition and has no verb ("Of the ideas and so forth", "At dawn")
_PREPOSITION = re.compile(
    r"^(?:of|in|on|at|by|for|to|with|from|up|between|into|toward|towards|during|after|before|since|until|till)\b",
    re.IGNORECASE,
)
# dialogue: a title opening with a quote, ending with a closing one, or "..., ” said he"
_DIALOGUE = re.compile(r"^[\"“‘]|[^\s\"]”$|[,!?.…][”’\"](?:\s*(?:said|asked|cried|replied|thought|[a-z]+ed)\b|$)")
_QUOTE_MARK = re.compile(r"[\"“”]")
_TERM_AT_END = re.compile(r"\s“[^\W_][^“”,.!?]{0,40}”$")  # a quoted term, not a speech: 'coined the term “Cold War”'
_NAMED = re.compile(r"^(?:(?:The|A|An)\s+)?[A-Z][\w'’.-]*[^\W\d_]")
_NOT_NAME = re.compile(
    r"^(?:the|a|an|in|on|at|after|before|when|then|but|and|yes|no|oh|well|now|here|nearly|soon|perhaps|so"
    r"|what|why|how|where|who|which|dinner|next|every|each|some|many|much|most|such|both|another|other|no"
    r"|not|never|just|only|even|still|yet|all|any)\b",
    re.IGNORECASE,
)


def title_score(title: str, *, quoted: bool = False) -> int:
    """How useful a title reads: below 0 it has a fault (a heading, the first person, a fragment without
    its subject, under three words, dialogue: ``quoted`` says the date was inside a quotation, which
    counts unless the title holds the quote marks and so its narration); a pronoun subject costs 1, a
    named subject ("Kutúzov received ...", "The Emperor stopped ...") earns 1."""
    if not _HAS_LETTERS.search(title):
        return -10
    score = 0
    if _HEADING.match(title) or _SEE.match(title):
        score -= 4  # a heading, or a cross-reference ("See Panama–Russia relations")
    if _PERSON.match(title):
        score -= 2
    verb = _HAS_VERB.search(title)
    if _FRAGMENT.match(title) or (not verb and _PREPOSITION.match(title)):
        score -= 2
    named = _NAMED.match(title) and not _NOT_NAME.match(title) and _CAPITAL_AFTER.search(title)
    if len(_LETTER_WORD.findall(title)) < 3:  # "1920-10-04 and again": the other dates are no words
        score -= 1 if named else 2  # "Magellan" is a poor title, "At dawn" a worse one
    elif not verb and _words(title) == 3:
        score -= 1  # "A rather small"
    if (quoted and not _QUOTE_MARK.search(title)) or (_DIALOGUE.search(title) and not _TERM_AT_END.search(title)):
        score -= 2
    if _PRONOUN.match(title):
        score -= 1
    elif score == 0 and named:
        score += 1
    return score


_HAS_LETTERS = re.compile(r"[^\W\d_]{2}")
_SPAN_END = re.compile(r"\s+(?:to|until|till)\s+(?:A\.D\.\s*)?\d{1,4}(?:\s*(?:B\.C\.|A\.D\.))?[.)]?$")  # "to 1085"
_NOTE_SIGNATURE = re.compile(r"\.?\s*--[A-Z]\.?\]?$")  # an editor's initial ending a note: "... elected.--G"
_ROW_NUMBER = re.compile(r"^\d{1,4}\.\s+(?=[A-Z(])")  # a chronology's row: "1073. Hildebrand became Pope"
_LETTER_WORD = re.compile(r"\b[^\W\d_][\w'’-]*")
_CAPITAL_AFTER = re.compile(r"\s(?!I\b)[A-Z]")  # a name after the first word: the first may be capitalized as a start


_CAPITALS_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_ROMAN_NUMERAL = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with")
)


def display_case(title: str) -> str:
    """A title set in capitals (a picture's caption, a heading: "MODEL OF ARKWRIGHT'S SPINNING JENNY") in title
    case, as a list of titles reads it: "Model of Arkwright's Spinning Jenny". Roman numerals and abbreviations
    with full stops keep their capitals ("Louis XVI", "U.S.A."); a title with any small letter is left alone."""
    if any(c.islower() for c in title) or sum(c.isupper() for c in title) < 4:
        return title

    def word(m: re.Match[str]) -> str:
        w = m.group()
        if _ROMAN_NUMERAL.fullmatch(w) or "." in w.rstrip("."):
            return w
        low = w.lower()
        before = title[: m.start()].rstrip()
        if low in _SMALL_WORDS and before and before[-1] != ":":
            return low
        return low[:1].upper() + low[1:]

    return _CAPITALS_WORD.sub(word, title)


def short_title(sentence: str) -> str:
    """A title from a whole sentence (when the date's own sentence has no words besides the date); a setting
    that opens it is skipped ("- In 1987, Vanuatu authorised Soviet vessels to fish ...")."""
    _, body = _past_settings(sentence.lstrip(" -•·"), relatives=False)
    return _tidy(_drop_asides(body or _forward(sentence, 0)))


def _past_settings(text: str, *, participles: bool = False, relatives: bool = True) -> tuple[str, str]:
    """``text`` from its first clause past the settings that open it, and that clause: "On 28 June, at 2 am, the ROK
    blew up the bridge" ("In 2013, for the first time since 1960, the United States ..."); with ``participles``
    past a participle's phrase too ("and in 1471, inspired by the timidity of Ivan, they determined"); without
    ``relatives``, not into a relative clause of the setting ("At the inn kept by Ferapóntov, where he had
    been ...")."""
    body = _forward(text, 0)
    while True:
        setting = (
            _SETTING.fullmatch(body.strip())
            and (q := _SETTING_END.match(text, len(body)))
            and (relatives or not _SUB.match(text, q.end()))
        )
        participle = (
            not setting
            and participles
            and _PASSIVE.match(body)
            and (q := _COMMA_START.match(text, len(body)))
            and q.end() < len(text)
        )
        if not (setting or participle):
            return text, body
        text = text[q.end() :]
        body = _forward(text, 0)


# a frame that only says how the writer sees what follows: "It is an interesting fact that", "It is said that"
_FRAME = re.compile(
    r"it\s+(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared|must\s+be|should\s+be|may\s+be)\s+"
    r"(?:(?:said|thought|believed|known|well[\s-]known|recorded|reported|related|claimed|true|clear|certain|likely"
    r"|probable|evident|remarkable|curious|strange|interesting|notable|noteworthy|significant"
    r"|worth\s+(?:noting|remembering|recalling|mentioning)|to\s+be\s+(?:noted|remembered|observed)"
    r"|(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:fact|coincidence|circumstance|irony))\s+)that\s+",
    re.IGNORECASE,
)


def _tidy(s: str) -> str:
    """Collapse spaces, strip connectives and trailing punctuation, capitalize, cap the length."""
    s = _CLOSING.sub(r"\1", " ".join(s.split()))  # 'ready " in' after removing 'today'
    s = _OPENING.sub(r"\1", s)  # '“ I shall go' after removing 'Early tomorrow'
    s = _CONNECTIVE.sub("", _ROW_NUMBER.sub("", _SPAN_END.sub("", _NOTE_SIGNATURE.sub("", s))))
    if (frame := _FRAME.match(s)) and _HAS_VERB.search(s, frame.end()) and _words(s[frame.end() :]) >= 3:
        s = s[frame.end() :]  # "It is an interesting fact that this final blow ... was dealt": the blow was dealt
    if s.count('"') % 2 + (s.count("“") - s.count("”")) == 1:
        s = _UNCLOSED_TAIL.sub("", s)  # 'Parks stated that "Many': the quotation's first word is no title
    s = _DANGLING.sub("", s.strip(" ,;:.—–-(|•·▪◦*")).strip(" ,;:.—–-(|")  # "• History of ...": a list's bullet
    s = _EMPHASIS_LEFT.sub("", s)  # "_ Its leading article": the close of an emphasis the title starts after
    s = _EMPTY_RELATIVE.sub("", s)  # "the Battle of West Hunan that occurred [between 6 April and 7 June 1945]"
    if (p := _EMPTY_PARTICIPLE.search(s)) and _HAS_VERB.search(s, 0, p.start()):
        s = s[: p.start()]  # "a general assault, fixed": not "Frederick II, the last Hohenstaufen Emperor, died"
    if s[:1] in '"“' and s.count('"') % 2 + (s.count("“") - s.count("”")) == 1:
        s = s[1:].lstrip()  # an opening quote whose closing one is outside the clause
    if len(s) > MAX_TITLE and (pair := _APPOSITION_PAIR.search(s)):
        # too long with its apposition: keep the name ("Sargon had conquered"), or drop the description
        # ("Warren Hastings was impeached", "the Carthaginians did cross this river")
        named = _NAME.fullmatch(pair.group(1)) is not None and _NAME.fullmatch(s[: pair.start()]) is None
        s = pair.group(1) + " " + s[pair.end() :] if named else s[: pair.start()] + " " + s[pair.end() :]
    if len(s) > MAX_TITLE:
        cuts = [m.start() for m in _CUT.finditer(s, 35, MAX_TITLE + 6) if m.start() <= MAX_TITLE]
        if cuts:
            by = s.startswith(" by ", cuts[-1])
            s = _DANGLING.sub("", s[: cuts[-1]].rstrip(" ,;:"))
            s = _HALF_PREDICATE.sub("", s)  # "suppressed these pirates and put [in a garrison]": not "and put"
            if by:
                s = _without_agentless_participle(s)
        else:
            cut = s.rfind(" ", 0, MAX_TITLE)
            s = s[: cut if cut > 20 else MAX_TITLE - 1].rstrip(" ,;:") + "…"
            if s.count('"') % 2:
                s += '"'
            elif s.count("“") > s.count("”"):
                s += "”"
    if s[:1] in '“‘"' and len(s) > 1:
        return s[0] + s[1].upper() + s[2:]  # '“We shall see all that on the battlefield.”'
    return s[:1].upper() + s[1:]
