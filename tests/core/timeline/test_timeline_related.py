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


def _coreferences(text: str, event) -> list[str]:
    return [passage for passage, strength in _passages(text, event) if strength == COREFERENCE]


def test_coreference_needs_the_events_own_name_not_any_name_of_the_sentence(tx) -> None:
    text = (
        "Japan destroyed the influence of China over Korea in the First Sino-Japanese War (1894–95).\n"
        "In North Korea, the war is officially called the Fatherland Liberation War.\n"
        "The Battle of Osan was the first engagement of the Korean War.\n"
        "Historians of the Sino-Japanese war praise its generals."
    )
    tl = timeline_from_timexes(text, [tx(text, "1894–95", "1894", end_value="1895")])
    assert _coreferences(text, tl.entries[0]) == ["Historians of the Sino-Japanese war praise its generals."]


def test_a_war_without_a_name_or_a_frame_names_no_event(tx) -> None:
    text = (
        "The war began on 25 June 1950 when North Korea invaded the South.\n"
        "In North Korea, the war is officially called the Fatherland Liberation War.\n"
        "Paratroopers jumped during the Korean War on 20 October 1950 at Sunchon.\n"
        "North Korea claims that it won the Korean War."
    )
    timexes = [tx(text, "25 June 1950", "1950-06-25"), tx(text, "20 October 1950", "1950-10-20")]
    tl = timeline_from_timexes(text, timexes)
    assert [_coreferences(text, e) for e in tl.entries] == [[], []]


def test_owners_must_agree_and_other_names_may_stand_in(tx) -> None:
    text = (
        "Events before the war include the Japanese invasion of China (1937) and the Battle of Midway (1942).\n"
        "China appealed to the League of Nations to stop the Japanese invasion of Manchuria.\n"
        "After the Midway battle, Japan went over to the defensive.\n"
        "Nobody expected the Japanese invasion."
    )
    tl = timeline_from_timexes(text, [tx(text, "1937", "1937"), tx(text, "1942", "1942")])
    invasion, midway = tl.entries
    assert _coreferences(text, invasion) == ["Nobody expected the Japanese invasion."]
    assert _coreferences(text, midway) == ["After the Midway battle, Japan went over to the defensive."]


def test_a_passive_verb_without_names_takes_the_names_around_it(tx) -> None:
    text = "The People's Republic of China was founded in 1949.\nMany rejoiced.\nThe founding of the Republic mattered."
    (entry,) = timeline_from_timexes(text, [tx(text, "1949", "1949")]).entries
    assert _coreferences(text, entry) == ["The founding of the Republic mattered."]


def test_a_verbs_object_is_its_owner_and_an_adjective_is_no_object(tx) -> None:
    text = (
        "Japan invaded Manchuria in 1931.\n"
        "China asked the League to stop the Japanese invasion of Manchuria.\n"
        "In 1943 the Allies invaded the Italian mainland.\n"
        "Sanctions did not end the Italian invasion of Abyssinia."
    )
    manchuria, italy = timeline_from_timexes(text, [tx(text, "1931", "1931"), tx(text, "1943", "1943")]).entries
    assert _coreferences(text, manchuria) == ["China asked the League to stop the Japanese invasion of Manchuria."]
    assert _coreferences(text, italy) == []


def test_one_name_may_begin_or_end_the_other(tx) -> None:
    text = (
        "On 24 August the battle of the Shevárdino Redoubt was fought.\n"
        "He saw the smoke. (This was the battle of Shevárdino.)\n"
        "Josef Stalin died in 1953.\n"
        "The death of Josef Stalin changed everything.\n"
        "The fighting at Hill 312 was as bloody as the battle for Pork Chop Hill in 1953."
    )
    timexes = [tx(text, "24 August", "1812-08-24"), tx(text, "1953", "1953")]
    shevardino, stalin = timeline_from_timexes(text, timexes).entries
    assert _coreferences(text, shevardino) == ["(This was the battle of Shevárdino.)"]
    assert _coreferences(text, stalin) == ["The death of Josef Stalin changed everything."]


def test_two_events_of_one_month_that_share_only_an_event_word_stay_two_entries(tx) -> None:
    text = (
        "At the Cairo Conference in November 1943, the allies promised Korea its independence.\n"
        "At the Tehran Conference in November 1943, the Soviet Union promised to join the Pacific War."
    )
    timexes = [tx(text, "November 1943", "1943-11"), tx(text, "November 1943", "1943-11", nth=1)]
    assert len(timeline_from_timexes(text, timexes).entries) == 2


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
