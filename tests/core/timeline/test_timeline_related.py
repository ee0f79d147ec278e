"""Related passages: mention, continuation, coreference and same-time, each found as documented."""

from __future__ import annotations

from reader.core.timeline import CONTINUATION, COREFERENCE, MENTION, SAME_TIME, timeline_from_timexes
from reader.core.timeline.related import CONTINUATION_LIMIT


def _passages(text: str, event) -> list[tuple[str, str]]:
    return [(text[p.start : p.end], p.strength) for p in event.related]


def test_mention_and_continuation_stop_at_a_new_date_and_at_the_paragraph_end(tx) -> None:
    text = (
        "In 1956, Khrushchev condemned Stalin. Mao, who had modeled himself on Stalin, took it personally. "
        "In 1957 Mao went to Moscow. He came back angry.\n"
        "A new paragraph does not continue."
    )
    tl = timeline_from_timexes(text, [tx(text, "1956", "1956"), tx(text, "1957", "1957")])
    assert _passages(text, tl.entries[0]) == [
        ("In 1956, Khrushchev condemned Stalin.", MENTION),
        ("Mao, who had modeled himself on Stalin, took it personally.", CONTINUATION),
    ]
    assert _passages(text, tl.entries[1]) == [
        ("In 1957 Mao went to Moscow.", MENTION),
        ("He came back angry.", CONTINUATION),
    ]
    assert tl.entries[1].related[0].weight > tl.entries[1].related[1].weight


def test_continuation_is_limited(tx) -> None:
    text = "In 1812 the army marched. " + "It rained. " * 6
    tl = timeline_from_timexes(text, [tx(text, "1812", "1812")])
    assert [p.strength for p in tl.entries[0].related].count(CONTINUATION) == CONTINUATION_LIMIT


def test_coreference_by_event_word_and_shared_name(tx) -> None:
    text = (
        "Mao was junior to Josef Stalin, who led the Soviet Union until his death in 1953.\n"
        "China was devastated by war.\n"
        "But there were points of friction, especially after the death of Stalin.\n"
        "The death of a goldfish upset nobody."
    )
    tl = timeline_from_timexes(text, [tx(text, "1953", "1953")])
    assert _passages(text, tl.entries[0]) == [
        ("Mao was junior to Josef Stalin, who led the Soviet Union until his death in 1953.", MENTION),
        ("But there were points of friction, especially after the death of Stalin.", COREFERENCE),
    ]


def test_that_year_links_to_the_nearest_preceding_date(tx) -> None:
    text = "The treaty was signed in 1689. Nobody else signed anything.\nThat year the border moved north."
    tl = timeline_from_timexes(text, [tx(text, "1689", "1689")])
    assert ("That year the border moved north.", COREFERENCE) in _passages(text, tl.entries[0])


def test_resolved_relative_expression_is_a_coreference_not_a_new_entry(tx) -> None:
    text = "The war began in 1914.\nThe same summer, armies mobilized."
    timexes = [tx(text, "1914", "1914"), tx(text, "The same summer", "1914", relative=True)]
    tl = timeline_from_timexes(text, timexes)
    assert len(tl.entries) == 1
    assert _passages(text, tl.entries[0])[-1] == ("The same summer, armies mobilized.", COREFERENCE)


def test_same_time_links_other_entries_of_the_same_period(tx) -> None:
    text = "Stalin died in 1953.\nIn 1953, a slogan appeared.\nIn 1954 experts arrived."
    timexes = [tx(text, "1953", "1953"), tx(text, "1953", "1953", nth=1), tx(text, "1954", "1954")]
    tl = timeline_from_timexes(text, timexes)
    death, slogan, _ = tl.entries
    assert _passages(text, death) == [("Stalin died in 1953.", MENTION), ("In 1953, a slogan appeared.", SAME_TIME)]
    assert _passages(text, slogan) == [("Stalin died in 1953.", SAME_TIME), ("In 1953, a slogan appeared.", MENTION)]
