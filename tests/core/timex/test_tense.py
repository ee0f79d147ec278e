"""The clause tense that sends a bare weekday or month to the past or the future (``tense.py``)."""

from __future__ import annotations

import pytest

from reader.core.timex import tag
from reader.core.timex.lexicon import ENGLISH
from reader.core.timex.tense import FUTURE, PAST, PLUPERFECT, PRESENT, clause_tense


def value_of(text: str, expression: str, dct: str) -> str:
    """The value the tagger gives the expression that starts where ``expression`` first occurs."""
    at = text.index(expression)
    found = [t for t in tag(text, dct=dct) if t.start <= at < t.end]
    assert found, f"{expression!r} not tagged in {text!r}"
    return found[0].value


def tense_of(text: str, expression: str) -> str | None:
    at = text.index(expression)
    return clause_tense(text, text.lower(), at, at + len(expression), ENGLISH)


# Each case: a sentence, the weekday in it, the DCT (its weekday in the comment), the expected date.
@pytest.mark.parametrize(
    ("text", "expression", "dct", "value"),
    [
        # a future marker before it, however far back in the sentence
        ("The monarch will meet Bush on Thursday in Maine.", "Thursday", "1990-08-15", "1990-08-16"),  # Wed
        (
            "Albright is scheduled to spend only five hours on the ground in Dar es Salaam, Tanzania, "
            "her first stop Tuesday morning.",
            "Tuesday",
            "1998-08-17",  # Mon
            "1998-08-18",
        ),
        # a marker after it, when nothing comes before
        ("On Tuesday, the league plans to hold a news conference.", "Tuesday", "1998-10-26", "1998-10-27"),
        ("Until Thursday, they had not called Kopp a suspect.", "Thursday", "1999-05-07", "1999-05-06"),
        # a plan told in the past: its action is ahead, unless the date opens the sentence
        ("The team planned to leave Nairobi on Thursday.", "Thursday", "1998-09-30", "1998-10-01"),
        ("On Friday, the government planned to pay the first families.", "Friday", "1998-09-30", "1998-09-25"),
        ("It had been due to expire Friday evening.", "Friday evening", "1989-10-30", "1989-10-27TEV"),
        ("It had been scheduled to expire at midnight Friday.", "midnight", "1989-10-30", "1989-10-27T24:00"),
        ("The vote has been scheduled for Friday.", "Friday", "1989-10-30", "1989-11-03"),  # a plan still on
        # a clock time with a weekday reads the same tense
        ("The ceremony is set for 10:30 a.m. ET on Friday.", "10:30", "2013-03-14", "2013-03-15T10:30"),
        ("The market closed at 4 p.m. EDT Wednesday.", "4 p.m.", "2013-03-14", "2013-03-13T16:00"),
        ("They will meet at noon on Monday.", "noon", "2013-03-14", "2013-03-18T12:00"),
        # "until" a day is a deadline, unless it opens the sentence
        ("Officials postponed until Tuesday morning any action.", "Tuesday", "2000-03-30", "2000-04-04"),
        # ... but after a past negation it says when a thing happened
        ("The talks did not resume until Thursday.", "Thursday", "1998-03-06", "1998-03-05"),
        ("The talks will not resume until Thursday.", "Thursday", "1998-03-06", "1998-03-12"),
        # told on a Wednesday, the weekend just past, unless the clause looks ahead
        ("Protests grew over the weekend.", "the weekend", "2013-06-12", "2013-W23-WE"),
        ("He will travel this weekend.", "this weekend", "2013-06-12", "2013-W24-WE"),
        # a clock time after a day gone by: that day's in the past, today's in a schedule's present
        ("By Monday afternoon the toll had risen. It rose at 9:30 a.m.", "9:30", "2013-06-12", "2013-06-10T09:30"),
        (
            "By Monday afternoon the toll had risen. The market opens at 9:30 a.m.",
            "9:30",
            "2013-06-12",
            "2013-06-12T09:30",
        ),
        # the past form right before it
        ("The decision, announced Wednesday by the commissioner, stands.", "Wednesday", "2000-01-07", "2000-01-05"),
        # "would" only when nothing nearer says otherwise; a possessive names an event that happened
        (
            "They said they would look for ways to get around Wednesday's ruling.",
            "Wednesday",
            "2000-01-07",
            "2000-01-05",
        ),
        ("The father would be traveling to the United States Thursday.", "Thursday", "2000-04-05", "2000-04-06"),
        ("Markets were calm ahead of Tuesday's election.", "Tuesday", "1998-10-29", "1998-11-03"),
        ("Since Tuesday, the shares have gained nearly 4%.", "Tuesday", "1989-10-26", "1989-10-24"),
        # the present tense of a schedule looks ahead
        ("The committee is in session again Friday.", "Friday", "1998-08-18", "1998-08-21"),
        ("The summit ends Saturday.", "Saturday", "1998-08-18", "1998-08-22"),  # a schedule in the present
        # the attribution after a closing quote is another clause
        (
            "``The father will leave at 4 a.m. Thursday,'' Castro said.",
            "4 a.m. Thursday",
            "2000-04-05",
            "2000-04-06T04:00",
        ),
        # no tense at all: news reports what happened
        ("Friday: a bomb in Nairobi.", "Friday", "1998-08-10", "1998-08-07"),
    ],
)
def test_weekday_follows_the_clause(text: str, expression: str, dct: str, value: str) -> None:
    assert value_of(text, expression, dct) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The fiscal year ends in June.", "June", "2016-06"),  # a schedule's present looks ahead
        ("The plant reopens in June.", "June", "2016-06"),
        ("Elections are due in November.", "November", "2016-11"),
        ("The payment was due in November.", "November", "2015-11"),  # a plan told in the past
        ("He visited in June.", "June", "2015-06"),
    ],
)
def test_a_month_in_a_schedule_s_present_is_the_coming_one(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression, "2016-01-12") == value


def test_a_chronology_s_present_is_history_not_a_plan() -> None:
    rows = "1305 | June 21 | Death of Wenceslaus II\n1306 | August 4 | Assassination of Wenceslaus III; reign begins"
    got = [(t.text, t.value) for t in tag(rows, mode="narrative") if t.text == "August 4"]
    assert got == [("August 4", "1306-08-04")]


@pytest.mark.parametrize(
    ("text", "expression", "tense"),
    [
        ("The talks will resume in Washington, D.C. on Friday.", "Friday", FUTURE),  # "D.C." ends no sentence
        ("Talks resumed in Washington. Friday is the deadline.", "Friday", PRESENT),  # "resumed" is another one
        ("Mr. Smith arrived Friday.", "Friday", PAST),
        ("On Friday the Chinese had suffered losses.", "Friday", PLUPERFECT),
        ("The split would be paid on a still unspecified date in January.", "January", FUTURE),  # an adjective
        ("The alleged sites were hit Friday.", "Friday", PAST),
        ("The vote is to take place Friday.", "Friday", FUTURE),
        ("The vote, expected Friday, may slip.", "Friday", FUTURE),
        ("The vote was expected Friday.", "Friday", PAST),
        ("The squadron did not pass Singapore until May 5.", "May 5", PAST),  # when it passed
        ("It was not until 1815 that peace came.", "1815", PAST),
        ("The plant wasn't to begin work until 1993.", "1993", FUTURE),  # a plan
        ("The war lasted until 1918.", "1918", FUTURE),  # a deadline's "until", as in news
        ("He'll decide Friday.", "Friday", FUTURE),
        ("They have set aside their plans for Friday.", "Friday", PRESENT),  # nouns: "set", "plans"
        ("Nothing about it Friday.", "Friday", None),
        ("Talks began. Now both sides are waiting.", "Now", PRESENT),  # the sentence starts right before it
        ("The committee can meet as soon as Friday.", "Friday", FUTURE),
        ("They can take part in planning for the summit in April.", "April", FUTURE),  # not the noun "plans for"
        ("The army had crossed the river in March.", "March", PLUPERFECT),  # the participle of a past perfect
        # a relative clause set off by commas is a clause of its own: not the main clause's "was"
        ("The struggle, which had begun in the first March days, was about to culminate.", "March", PLUPERFECT),
        # a passive's participle has its auxiliary's tense: "is heard" is a present (a schedule), not "heard"
        ("He will lose when the case is heard in May.", "May", PRESENT),
        ("The case was heard in May.", "May", PAST),
        # a decision, a promise or a threat looks ahead to what it is about
        ("NATO has decided to admit Poland in March.", "March", FUTURE),
        ("The rebels vowed to attack in March.", "March", FUTURE),
        ("On Friday, they agreed to it.", "Friday", PAST),  # the date is the agreement's own
        # a forecast looks ahead, unless the date is when it was made
        ("He predicted a recession in March.", "March", FUTURE),
        ("The company forecast first-quarter revenue of $89 billion.", "first-quarter", FUTURE),
        ("Cuba predicted Wednesday.", "Wednesday", PAST),
        ("The vote, originally scheduled for December but postponed, is Jan. 15.", "December", PAST),  # an old plan
        ("The vote is scheduled for December.", "December", FUTURE),
        ("Analysts predicted on Monday that sales would fall.", "Monday", PAST),
    ],
)
def test_clause_tense(text: str, expression: str, tense: str | None) -> None:
    assert tense_of(text, expression) == tense


def test_months_follow_the_clause() -> None:
    # More than a month behind the DCT: past by default, the coming one when the clause is future.
    assert value_of("Sales fell sharply in April.", "April", "1998-12-05") == "1998-04"
    assert value_of("The summit will be held in April.", "April", "1998-12-05") == "1999-04"
    # two months ahead, a past clause's month is last year's; the next month may be a plan told in the past
    assert value_of("Sales fell sharply in January.", "January", "2016-11-02") == "2016-01"
    assert value_of("Sales will rise in January.", "January", "2016-11-02") == "2017-01"
    assert value_of("Iraq informed them of a cutback in September.", "September", "1990-08-16") == "1990-09"
    # a quarter in a future clause is the coming one, but the one just ended is still to be reported
    assert value_of("The company forecast first-quarter revenue.", "first-quarter", "2019-10-30") == "2020-Q1"
    assert value_of("It will report third-quarter results.", "third-quarter", "2019-10-30") == "2019-Q3"
    assert value_of("First-quarter revenue rose.", "First-quarter", "2019-10-30") == "2019-Q1"


def test_a_parenthesis_is_a_clause_of_its_own_when_it_has_a_marker() -> None:
    text = "Roosevelt reinforced the Philippines (a protectorate scheduled for independence in 1946) and warned Japan."
    assert tense_of(text, "1946") == FUTURE
    restated = "This father will leave at 4 in the morning (4 a.m. EDT Thursday) for Washington."
    assert tense_of(restated, "4 a.m.") == FUTURE  # no marker inside: the sentence's tense
