"""Another language is data: a Lexicon compiled by build_grammar() and passed to tag()."""

from __future__ import annotations

import dataclasses

from reader.core.timex import tag
from reader.core.timex.lexicon import ENGLISH
from reader.core.timex.patterns import build_grammar

GERMAN_MONTHS = [
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
]
GERMAN = dataclasses.replace(
    ENGLISH,
    months={name: i for i, name in enumerate(GERMAN_MONTHS, 1)},
    weekdays={
        d: i for i, d in enumerate(["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"], 1)
    },
    units={"tag": "D", "woche": "W", "monat": "M", "jahr": "Y", "stunde": "TH"},
    plurals={"tag": "tage", "woche": "wochen", "monat": "monate", "jahr": "jahre", "stunde": "stunden"},
    numbers={"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5},
    tens={},
)


def test_a_lexicon_is_enough_for_dates_weekdays_and_durations() -> None:
    grammar = build_grammar(GERMAN)
    text = "Am Freitag, 15 Mai 1999 kam er; er blieb drei Tage. Im Juni 1999 ging er."
    got = [(t.text, t.type, t.value) for t in tag(text, dct="1999-05-20", grammar=grammar)]
    assert got == [
        ("Freitag, 15 Mai 1999", "DATE", "1999-05-15"),
        ("drei Tage", "DURATION", "P3D"),
        ("Juni 1999", "DATE", "1999-06"),
    ]


def test_english_is_the_default() -> None:
    assert [t.value for t in tag("on Friday, May 15, 1999")] == ["1999-05-15"]
