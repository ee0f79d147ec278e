"""Calendar arithmetic and number words: the helpers the normalizers build values with."""

from __future__ import annotations

import datetime as dt

import pytest

from reader.core.timex import tag
from reader.core.timex.numbers import duration_value, mod_of, parse_number, spelled_year, year_number
from reader.core.timex.resolve import (
    Ref,
    easter,
    fmt_year,
    nearest_year,
    nth_weekday,
    season_year,
    shift,
    strict_weekday_date,
    weekday_date,
)

TUESDAY = Ref(1998, 8, 18)


@pytest.mark.parametrize(
    ("value", "ref"),
    [
        ("1998-08-18", Ref(1998, 8, 18)),
        ("1998-08", Ref(1998, 8)),
        ("1998", Ref(1998)),
        ("1998-08-18T10:35", Ref(1998, 8, 18)),
        ("1998-02-30", None),
        ("-0217-12", Ref(-217, 12)),  # 218 BC, astronomical: a story in BC has months and seasons too
        ("-0217-SP", Ref(-217)),
        ("-0043-03-15", Ref(-43, 3, 15)),
        ("-0043-02-29", None),  # 44 BC was no leap year (proleptic Gregorian) ...
        ("-0044-02-29", Ref(-44, 2, 29)),  # ... 45 BC was
        ("bogus", None),
        (None, None),
    ],
)
def test_ref_parse(value: str | None, ref: Ref | None) -> None:
    assert Ref.parse(value) == ref


@pytest.mark.parametrize(
    ("unit", "n", "value"),
    [
        ("D", -1, "1998-08-17"),
        ("W", -1, "1998-W33"),
        ("WE", 0, "1998-W34-WE"),
        ("M", -8, "1997-12"),
        ("Q", -1, "1998-Q2"),
        ("H", 0, "1998-H2"),
        ("Y", 2, "2000"),
        ("10Y", -1, "198"),
        ("100Y", 0, "19"),
    ],
)
def test_shift(unit: str, n: int, value: str) -> None:
    assert shift(TUESDAY, unit, n) == value


def test_shift_needs_precision() -> None:
    assert shift(Ref(1998), "D", 1) is None
    assert shift(Ref(1998), "Y", 1) == "1999"


@pytest.mark.parametrize(
    ("weekday", "direction", "value"),
    [(5, -1, "1998-08-14"), (5, 1, "1998-08-21"), (2, -1, "1998-08-18"), (5, 0, "1998-08-21")],
)
def test_weekday_date(weekday: int, direction: int, value: str) -> None:
    assert weekday_date(TUESDAY, weekday, direction) == value


def test_strict_weekday_date_skips_the_reference_day() -> None:
    assert strict_weekday_date(TUESDAY, 2, -1) == "1998-08-11"
    assert strict_weekday_date(TUESDAY, 2, 1) == "1998-08-25"


@pytest.mark.parametrize(
    ("ref", "month", "year"), [(Ref(1998, 2), 10, 1997), (Ref(1998, 11), 1, 1999), (Ref(1998, 6), 3, 1998)]
)
def test_nearest_year(ref: Ref, month: int, year: int) -> None:
    assert nearest_year(ref, month) == year


@pytest.mark.parametrize(
    ("ref", "season", "direction", "year"),
    [
        (Ref(1998, 8), "FA", -1, 1997),
        (Ref(1998, 8), "SP", -1, 1998),
        (Ref(1998, 8), "SU", 1, 1999),
        (Ref(1998, 8), "SU", -1, 1997),  # "last summer" said in August
        (Ref(1941, 6), "WI", 1, 1941),  # the next winter after June 1941 starts in December 1941
        (Ref(1812, 3), "SP", 1, 1813),
        (Ref(1999, 1), "WI", -1, 1997),  # in January 1999 we are in winter 1998; the last one was 1997's
        (Ref(1999, 1), "WI", 0, 1998),
        (Ref(1998, 12), "WI", 1, 1999),
    ],
)
def test_season_year(ref: Ref, season: str, direction: int, year: int) -> None:
    assert season_year(ref, season, direction) == year


def test_holidays() -> None:
    assert easter(2000) == dt.date(2000, 4, 23)
    assert easter(1998) == dt.date(1998, 4, 12)
    assert nth_weekday(1998, 11, 4, 4) == dt.date(1998, 11, 26)  # Thanksgiving
    assert nth_weekday(1998, 5, 1, -1) == dt.date(1998, 5, 25)  # Memorial Day


def test_century_prefixes() -> None:
    assert shift(Ref(2000), "100Y", 0) == "20"
    assert shift(Ref(-499), "100Y", 1) == "-03"  # the century after 500 BC: 400-301 BC


def test_decade_prefixes_keep_an_era_s_sign() -> None:
    assert shift(Ref(1945), "10Y", 1) == "195"
    assert shift(Ref(-403), "10Y", 1) == "-039"  # "the next decade" after 404 BC (was "-03", a century)


def test_astronomical_years() -> None:
    assert fmt_year(-43) == "-0043"  # 44 BC
    assert fmt_year(476) == "0476"


@pytest.mark.parametrize(
    ("words", "n"),
    [("12", 12), ("1,000", 1000), ("2.5", 2.5), ("twenty-four", 24), ("twenty four", 24), ("a", 1), ("several", None)],
)
def test_parse_number(words: str, n: float | None) -> None:
    assert parse_number(words) == n


@pytest.mark.parametrize(
    ("n", "unit", "value"),
    [(3, "day", "P3D"), (2, "hour", "PT2H"), (None, "year", "PXY"), (2, "decade", "P20Y"), (1, "weekend", "P2D")],
)
def test_duration_value(n: float | None, unit: str, value: str) -> None:
    assert duration_value(n, unit) == value


def test_spelled_years() -> None:
    assert spelled_year("nineteen", "ninety-six") == 1996
    assert spelled_year("eighteen", "twelve") == 1812
    assert year_number("nineteen ninety-four") == 1994
    assert year_number("1994") == 1994


@pytest.mark.parametrize(
    ("word", "mod"), [("early", "START"), ("the end of", "END"), ("mid", "MID"), ("about", "APPROX"), ("x", None)]
)
def test_mod_of(word: str, mod: str | None) -> None:
    assert mod_of(word) == mod


def test_a_year_ago_compares_with_a_reported_quarter_not_a_forecast() -> None:
    text = (
        "Losses will go on through the third quarter of 1999. In the year-ago period, the company earned "
        "$101 million. Results for that quarter included a charge."
    )
    got = [(t.text, t.value) for t in tag(text, dct="1998-08-18")]
    assert ("the year-ago period", "1997-Q2") in got  # the quarter just reported (Q2 1998), a year back
    assert ("that quarter", "1999-Q3") in got  # "that" is the quarter named last


def test_the_same_period_in_a_story_is_its_year_not_a_quarter() -> None:
    text = "In March 1018 the code was made. Its laws were milder than those of Western Europe at the same period."
    assert [t.value for t in tag(text, mode="narrative")] == ["1018-03", "1018"]


def test_the_next_year_in_a_past_sentence_follows_the_story_even_in_news() -> None:
    text = "They were abducted in August 2016. The next year, the Taliban released two videos of them."
    assert [t.value for t in tag(text, dct="2019-11-19")] == ["2016-08", "2017"]
    ahead = "The company expects sales to grow over the next year."
    assert [t.value for t in tag(ahead, dct="2019-11-19")] == ["2020"]  # present or future: from today


def test_a_footnote_year_centuries_after_the_story_does_not_move_it() -> None:
    text = (
        "Commodus reigned in 180 and the city feared him.\n"
        "[Footnote 18: See Gravina, de Imperio Romano, who wrote in the year 1731 on this festival.]\n"
        "Her festival began on the fourth of April. In 1731 it rained."
    )
    values = [t.value for t in tag(text, mode="narrative")]
    assert values == ["0180", "1731", "0180-04-04", "1731"]  # the note's year stays in the note


@pytest.mark.parametrize(
    "aside",
    [
        "the Cossacks would hold a procession in honour of the Ikon of 1612.",  # a year naming a thing
        "he wrote an account of the Revolution of 1905.",
        "It was as if, in 1792, on the streets of Paris, the people had risen.",  # a comparison
        "they talked with the same ecstasy in 1917 as in 1905 of the great nation.",
    ],
)
def test_a_year_that_names_a_thing_or_a_comparison_leaves_the_story_time(aside: str) -> None:
    text = f"On October 30, 1917, it was announced that {aside} On the 4th of November the Soviet met."
    assert tag(text, mode="narrative")[-1].value == "1917-11-04"


def test_a_year_after_a_time_preposition_still_moves_the_story() -> None:
    text = (
        "On October 30, 1917, he spoke. In the Revolution of 1905, when it was a power, on the 4th of November it met."
    )
    assert tag(text, mode="narrative")[-1].value == "1905-11-04"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("In the summer and autumn of 1951, the Sabres fought on.", ["1951-SU", "1951-FA"]),
        ("In March and April 1951 the front moved north.", ["1951-03", "1951-04"]),
        ("In December and January 1951 it snowed.", ["1950-12", "1951-01"]),
        ("In September or October 1950 the Chinese decided.", ["1950-09", "1950-10"]),
    ],
)
def test_a_month_or_season_coordinated_with_a_dated_one_takes_its_year(text: str, values: list[str]) -> None:
    story = "In June 1949 the talks failed. " + text  # the story's year would otherwise be 1949
    assert [t.value for t in tag(story, mode="narrative")][1:] == values


def test_a_later_year_after_subsequently_is_a_look_ahead() -> None:
    text = (
        "In October 1812 Napoleon did the best he could, as he had done previously and as he did subsequently "
        "in 1813. On the fifteenth of October he wrote to Paris."
    )
    assert [t.value for t in tag(text, mode="narrative")] == ["1812-10", "1813", "1812-10-15"]


def test_an_earlier_month_after_previously_is_a_look_back() -> None:
    text = (
        "On 3 November 1950, Partridge asked MacArthur to burn Sinuiju. As he had done previously in July and "
        "October, MacArthur refused. The same evening, his chief of staff told Stratemeyer."
    )
    assert [t.value for t in tag(text, mode="narrative")] == ["1950-11-03", "1950-07", "1950-10", "1950-11-03TEV"]


def test_a_year_a_character_recalls_is_a_look_back() -> None:
    text = (
        "On 1 September 1812 Pierre stayed in Moscow. Pierre knew all the details of the attempt on Bonaparte's "
        "life in 1809 by a German student in Vienna. The glow of the first fire began on the second of September."
    )
    assert [t.value for t in tag(text, mode="narrative")] == ["1812-09-01", "1809", "1812-09-02"]


def test_a_year_in_a_since_clause_is_a_look_back() -> None:
    text = (
        "It was the 9th of December 1809. Since Boris left Moscow in 1805 to join the army he had not seen "
        "Natasha. That night she could not sleep."
    )
    assert [t.value for t in tag(text, mode="narrative")][-1] == "1809-12-09TNI"


def test_a_year_in_a_pluperfect_clause_is_a_look_back() -> None:
    text = (
        "In June 1812 the Emperor came to Vilna, and Rostov adored him as he had done in 1805. "
        "On the thirteenth of July the Pavlograds took part in a serious action."
    )
    assert [t.value for t in tag(text, mode="narrative")] == ["1812-06", "1805", "1812-07-13"]


def test_that_year_in_the_sentence_of_a_look_back_is_the_look_backs_year() -> None:
    text = (
        "In 1914 the war began. It was believed that the world had been created suddenly in 4004 B.C., though "
        "authorities differed as to whether this had occurred in the spring or autumn of that year. That year "
        "the war went on."
    )
    assert [t.value for t in tag(text, mode="narrative")] == ["1914", "-4003", "-4003-SP", "-4003-FA", "1914"]


def test_a_month_after_the_story_year_is_written_again_is_in_that_year() -> None:
    text = (
        "The count went to Moscow at the end of January 1811. In 1811 there was living in Moscow a French "
        "doctor. On December 6, St. Nicholas' Day, all Moscow came to the prince's door."
    )
    assert [t.value for t in tag(text, mode="narrative")][-1] == "1811-12-06"  # not December 1810


def test_a_speaker_s_past_month_is_behind_the_story_time_not_the_nearest_ahead() -> None:
    # the last paragraph of a speech of several: its quote opened two paragraphs before
    speech = (
        "On October 30th, 1917, Trotsky spoke to me.\n\n“There has been an attempt to create a power without the "
        "Soviets.\n\nIt is the lutte finale. We will complete the work scarcely begun in March, and advanced during "
        "the Kornilov affair....” He went on to speak of peace."
    )
    assert [t.value for t in tag(speech, mode="narrative")] == ["1917-10-30", "1917-03"]  # not March 1918
    addressed = "On November 8th, 1917, it crowed: Workers, soldiers, peasants! In March you struck down the nobles."
    assert [t.value for t in tag(addressed, mode="narrative")] == ["1917-11-08", "1917-03"]
    # a month or two ahead is the story going on, even in a quotation
    voyage = 'The Neptune left St John\'s on November 29, 1929. "I saw a light on January 14," said the captain.'
    assert [t.value for t in tag(voyage, mode="narrative")] == ["1929-11-29", "1930-01-14"]


def test_a_range_s_bare_month_takes_the_end_s_year_for_the_story_time_too() -> None:
    text = (
        "On November 6, 1917 the Congress met. The treaties concluded from March until November 7th, 1917 are "
        "annulled. The revolution of November 6th and 7th has opened a new era."
    )
    assert [t.value for t in tag(text, mode="narrative")][-1] == "1917-11-06"  # not 1916 (or March 1918's)
    text = "In 1947 the war began. The war lasted from March 1950 until July 1953. In November the armistice came."
    assert [t.value for t in tag(text, mode="narrative")][-1] == "1953-11"  # near the span's end, not 1949
