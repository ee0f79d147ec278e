"""Language data for the tagger, kept as plain data so another language can be added as data.

A ``Lexicon`` holds every word list the patterns are built from and every mapping the
normalizer reads. ``ENGLISH`` is the only instance today; a second language is another
``Lexicon(...)`` value plus, where its word order differs, its own pattern templates in
``patterns.py``. All keys are lowercase: the tagger matches against ``text.lower()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def words(text: str) -> frozenset[str]:
    """A word set written as one blank-separated string."""
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word lists and their normalized meanings for one language."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    tens: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    fixed_holidays: dict[str, tuple[int, int]]
    present_words: tuple[str, ...]
    past_words: tuple[str, ...]
    future_words: tuple[str, ...]
    sets: dict[str, str]
    vague_numbers: tuple[str, ...]
    approximate_numbers: frozenset[str] = field(default_factory=frozenset)  # "a couple of": a number, roughly
    # days named after an event: written alone ("9/11", "D-Day"), or as month and day before one of the nouns
    # ("the Sept. 11 attacks"); either is that day only in texts written after it, and not before "for"/"of"
    # ("D-Day for Operation Torch" is that operation's first day)
    measure_units: frozenset[str] = field(default_factory=frozenset)  # "miles per hour": a speed, not a time
    event_days: dict[str, str] = field(default_factory=dict)
    event_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # value -> the nouns naming the event
    count_nouns: frozenset[str] = field(default_factory=frozenset)
    past_verbs: frozenset[str] = field(default_factory=frozenset)
    plurals: dict[str, str] = field(default_factory=dict)
    left_words: frozenset[str] = field(default_factory=frozenset)
    tense_words: dict[str, frozenset[str]] = field(default_factory=dict)
    abbreviations: frozenset[str] = field(default_factory=frozenset)


ENGLISH = Lexicon(
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    weekdays={
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    },
    numbers={
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1,
        "a dozen": 12, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
        "a couple of": 2, "couple of": 2,  # approximate: TimeML gives "a couple of years" P2Y with mod APPROX
    },
    tens={"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
          "ninety": 90},
    ordinals={
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21, "twenty-second": 22,
        "twenty second": 22, "twenty-third": 23, "twenty third": 23, "twenty-fourth": 24, "twenty fourth": 24,
        "twenty-fifth": 25, "twenty fifth": 25, "twenty-sixth": 26, "twenty sixth": 26, "twenty-seventh": 27,
        "twenty seventh": 27, "twenty-eighth": 28, "twenty eighth": 28, "twenty-ninth": 29, "twenty ninth": 29,
        "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
    },
    units={
        "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "fortnight": "2W",
        "month": "M", "quarter": "Q", "year": "Y", "decade": "10Y", "century": "100Y",
        "millennium": "1000Y", "weekend": "WE",
    },
    seasons={"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
    day_parts={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"},
    fixed_holidays={
        "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
        "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
        "valentine's day": (2, 14), "halloween": (10, 31), "independence day": (7, 4),
        "bastille day": (7, 14), "may day": (5, 1), "armistice day": (11, 11), "veterans day": (11, 11),
    },
    present_words=(
        "now", "currently", "current", "nowadays", "these days", "right now", "at present", "at the moment",
        "the present", "the present day", "the present time",
    ),
    past_words=("recently", "formerly", "the past", "lately"),
    future_words=("the future", "the near future", "the near term", "the long term", "the short term", "someday"),
    sets={
        "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
        "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    },
    vague_numbers=("a few", "few", "several", "some", "many", "the next few"),
    approximate_numbers=frozenset({"a couple of", "couple of"}),
    measure_units=frozenset(
        {
            "mile", "miles", "mph", "km", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres",
            "meter", "meters", "feet", "foot", "yards", "knots", "leagues", "versts", "rounds", "revolutions",
            "beats", "words", "frames",
        }
    ),
    event_days={"9/11": "2001-09-11", "d-day": "1944-06-06", "v-e day": "1945-05-08", "ve day": "1945-05-08",
                "v-j day": "1945-08-15", "vj day": "1945-08-15"},
    event_nouns={
        "2001-09-11": frozenset(
            {"attack", "attacks", "attackers", "terrorist", "terror", "hijackers", "hijackings", "commission"}
        )
    },
    count_nouns=frozenset(
        {
            "acres", "aircraft", "bags", "bales", "barrels", "bushels", "bytes", "calories", "cars", "cases",
            "casks", "cattle", "chests", "children", "copies", "deaths", "dollars", "employees", "euros", "experts",
            "families", "feet", "francs", "gallons", "guns", "hectares", "hides", "horses", "kg", "kilometers", "km",
            "lbs", "lines", "marks", "members", "men", "meters", "metres", "miles", "ounces", "packages", "pages",
            "passengers", "people", "persons", "planes", "points", "pounds", "prisoners", "refugees", "residents",
            "rifles", "roubles", "rubles", "sacks", "seats", "shares", "sheep", "ships", "soldiers", "square",
            "students", "tanks", "tonnes", "tons", "troops", "units", "vehicles", "victims", "voters", "votes",
            "women", "words", "workers", "yards", "yen", "yuan",
        }
    ),
    plurals={"century": "centuries", "millennium": "millennia"},
    left_words=words(
        "the a an of in on at for by this that these those its their his her last next past previous following "
        "coming current same latest recent most new full entire whole calendar fiscal early late mid middle end "
        "beginning start first second third fourth 1st 2nd 3rd 4th half final around about approximately nearly "
        "almost more less fewer than least up to some roughly another additional over within good part sometime "
        "earlier later day before after until as year year's each every per other few several many couple "
        "hundred thousand dozen flat strong weak disappointing preceding prior pre post ad a.d. just only under "
        "barely c. ca. circa and latter ensuing succeeding from since till between a. d. b.c. week weeks days "
        "months opening closing dying turn"
    ),
    past_verbs=frozenset({"said", "was", "were", "met", "told", "made", "took", "gave", "held", "began", "came",
                          "went", "left", "saw", "found", "got", "sent", "spent", "won", "lost"}),
    # tense.py: the words that mark a clause's tense (see there how they are read)
    tense_words={
        "future": words("will would shall won't wo tomorrow"),
        "plan_to": words(
            "plan plans planning planned hopes hoping intends intend intending aims aiming expects expect "
            "expecting set due going about ready decided decides agreed agrees promised promises pledged pledges "
            "vowed vows threatened threatens"
        ),
        "plan": words("scheduled slated expected upcoming supposed poised"),
        # a forecast is about a time to come, unless the date is when it was made ("Cuba predicted Wednesday")
        "forecast": words("forecast forecasts projected projects predicted predicts"),
        "deadline": words("until till"),
        "determiners": words("a an the this that these those its his her their our my your"),
        "neutral": words("could should might may must can cannot can't couldn't shouldn't"),
        "be": words("is are am isn't aren't"),
        "past_aux": words("was were had did wasn't weren't hadn't didn't"),
        "present": words(
            "has have says does doesn't don't hasn't haven't"
        ),
        # the present of a schedule looks ahead: "The summit ends Saturday", "The fiscal year ends in June"
        "schedule": words("begins ends opens closes starts resumes expires convenes reopens reconvenes"),
        "past": words(
            "said told met made took gave held began came went left saw found got sent spent won lost fell rose "
            "thought brought bought sold paid led became ran stood broke spoke wrote chose flew drove knew grew "
            "threw drew fought caught taught sought felt kept meant heard struck sank swore wore tore shot stole "
            "froze rode hid bit fled slept swept wept dealt lent built bent sat sang began overcame undertook "
            "withdrew forgot forgave arose awoke beat been done gone seen taken given known shown written begun "
            "spoken broken chosen"
        ),
        "not_verbs": words(
            "hundred united alleged limited armed based indeed kindred beloved wicked naked sacred rugged "
            "ragged aged learned crooked wretched"
        ),
    },
    abbreviations=words(
        "mr mrs ms dr st gen sen rep gov lt col sgt capt maj adm cmdr jan feb mar apr jun jul aug sep sept "
        "oct nov dec no vs etc inc corp co ltd jr sr prof rev ft mt"
    ),
)  # fmt: skip
