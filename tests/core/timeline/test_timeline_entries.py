"""Entries from hand-built time expressions: kinds, merging, order and its tie rule, the undated bin,
what is not an event, and the time of writing."""

from __future__ import annotations

import pytest

from reader.core.timeline import DATE, UNDATED, WRITING, build_timeline, timeline_from_timexes


def test_each_entry_kind_gets_bounds_granularity_label_and_flags(tx) -> None:
    text = (
        "Rome fell in the 5th century. Caesar died on 15 March 44 BC. The house was built c. 1650. "
        "The early 1920s were loud. In spring 1921 the strike began. England changed before 1066. "
        "The 1950s boomed. On 22 March 2023 the summit opened."
    )
    timexes = [
        tx(text, "the 5th century", "04"),
        tx(text, "15 March 44 BC", "-0043-03-15"),
        tx(text, "c. 1650", "1650", mod="APPROX"),
        tx(text, "early 1920s", "192", mod="START"),
        tx(text, "spring 1921", "1921-SP"),
        tx(text, "before 1066", "1066", mod="BEFORE"),
        tx(text, "1950s", "195"),
        tx(text, "22 March 2023", "2023-03-22"),
    ]
    tl = timeline_from_timexes(text, timexes)
    got = [(e.label, e.start, e.end, e.granularity, e.approximate, e.open_start) for e in tl.entries]
    assert got == [
        ("15 March 44 BC", "-0043-03-15", "-0043-03-15", "day", False, False),
        ("5th century", "0400-01-01", "0499-12-31", "century", False, False),
        ("before 1066", "1066-01-01", "1066-01-01", "year", False, True),
        ("c. 1650", "1650-01-01", "1650-12-31", "year", True, False),
        ("early 1920s", "1920-01-01", "1923-12-31", "decade", True, False),
        ("spring 1921", "1921-03-01", "1921-05-31", "season", False, False),
        ("1950s", "1950-01-01", "1959-12-31", "decade", False, False),
        ("22 March 2023", "2023-03-22", "2023-03-22", "day", False, False),
    ]
    assert [e.id for e in tl.entries] == [f"e{i}" for i in range(1, 9)]
    assert all(e.kind == DATE for e in tl.entries)
    assert tl.entries[0].title == "Caesar died"


def test_tie_rule_open_start_then_longer_period_then_text_order(tx) -> None:
    text = (
        "In 1600 the company was chartered. The 17th century saw wars. Before 1600 there was peace. "
        "From 1600 to 1605 the fleet grew.\nIn 1600 a second charter was refused by the Dutch."
    )
    timexes = [
        tx(text, "1600", "1600"),
        tx(text, "The 17th century", "16"),
        tx(text, "1600", "1600", nth=1, mod="BEFORE"),
        tx(text, "1600", "1600", nth=2),
        tx(text, "1605", "1605"),
        tx(text, "1600", "1600", nth=3),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [e.label for e in tl.entries] == ["before 1600", "17th century", "1600–1605", "1600", "1600"]
    firsts = [e.mentions[0].start for e in tl.entries[3:]]
    assert firsts == sorted(firsts)  # equal periods: text order


def test_ranges_from_one_or_two_expressions(tx) -> None:
    text = "Experts came in 1954-58. The war lasted from 1918 to 1921. Talks ran between 1930 and 1932."
    timexes = [
        tx(text, "1954-58", "1954", end_value="1958"),
        tx(text, "1918", "1918"),
        tx(text, "1921", "1921"),
        tx(text, "1930", "1930"),
        tx(text, "1932", "1932"),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [(e.label, e.value) for e in tl.entries] == [
        ("1918–1921", "1918/1921"),
        ("1930–1932", "1930/1932"),
        ("1954–1958", "1954/1958"),
    ]
    assert tl.entries[0].start == "1918-01-01"
    assert tl.entries[0].end == "1921-12-31"


def test_coordinated_centuries_are_one_period(tx) -> None:
    text = (
        "Throughout the fifth, sixth and seventh centuries there was peace in China.\n"
        "This literature appears in the fourth or fifth century B.C. in writing.\n"
        "In the fifth century and the sixth century two empires fell."
    )
    timexes = [
        tx(text, "the fifth", "04"),
        tx(text, "sixth", "05"),
        tx(text, "seventh centuries", "06"),
        tx(text, "the fourth", "-03"),
        tx(text, "fifth century B.C.", "-04"),
        tx(text, "the fifth century", "04", nth=0),
        tx(text, "the sixth century", "05"),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [(e.label, e.value) for e in tl.entries] == [
        ("5th century BC – 4th century BC", "-04/-03"),
        ("5th century – 7th century", "04/06"),  # the longer period first
        ("5th century", "04"),  # "century" written twice: two periods
        ("6th century", "05"),
    ]
    assert [e.title for e in tl.entries[:2]] == ["This literature appears in writing", "There was peace in China"]
    assert [e.approximate for e in tl.entries[:2]] == [True, False]  # "or": one of them, not known which


def test_decades_sharing_their_the_are_one_period_and_keep_their_modifiers(tx) -> None:
    text = "The effort of the sixties and seventies began to tell. It got back in the late 1990s and early 2000s."
    timexes = [
        tx(text, "the sixties", "186"),
        tx(text, "seventies", "187"),
        tx(text, "the late 1990s", "199", mod="END"),
        tx(text, "early 2000s", "200", mod="START"),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [(e.label, e.start, e.end) for e in tl.entries] == [
        ("1860s – 1870s", "1860-01-01", "1879-12-31"),
        ("late 1990s – early 2000s", "1996-01-01", "2003-12-31"),
    ]
    assert tl.entries[0].title == "The effort of the sixties and seventies began to tell"  # the date is in the subject


def test_two_dates_joined_by_or_are_one_approximate_period(tx) -> None:
    text = "By 6000 or 7000 B.C. there were villages. Caesar crossed into Britain in 55 and 54 B.C."
    timexes = [
        tx(text, "6000", "-5999"),
        tx(text, "7000 B.C.", "-6999"),
        tx(text, "55", "-0054"),
        tx(text, "54 B.C.", "-0053"),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [(e.label, e.value, e.approximate) for e in tl.entries] == [
        ("7000–6000 BC", "-6999/-5999", True),
        ("55 BC", "-0054", False),  # "and": two crossings, two entries
        ("54 BC", "-0053", False),
    ]
    assert tl.entries[0].title == "There were villages"


def test_same_time_same_event_merges_distinct_events_stay_apart(tx) -> None:
    text = (
        "Stalin ruled until his death in 1953. Nothing else happened.\n"
        "In 1953, a slogan appeared in newspapers. It was everywhere that year.\n"
        "Historians still debate the death of Stalin in 1953 and what it meant."
    )
    timexes = [tx(text, "1953", "1953", nth=i) for i in range(3)]
    tl = timeline_from_timexes(text, timexes)
    assert [e.label for e in tl.entries] == ["1953", "1953"]
    death, slogan = tl.entries
    assert len(death.mentions) == 2  # same time + same event (death, Stalin): one entry
    assert len(slogan.mentions) == 1
    assert "death" in death.title
    assert "slogan" in slogan.title.lower()


def test_mentions_in_one_paragraph_merge(tx) -> None:
    text = "In 1949 the republic was founded. Later in 1949 the capital moved."
    tl = timeline_from_timexes(text, [tx(text, "1949", "1949"), tx(text, "1949", "1949", nth=1)])
    assert len(tl.entries) == 1
    assert len(tl.entries[0].mentions) == 2


def test_durations_sets_and_generic_uses_are_not_entries(tx) -> None:
    text = (
        "Xi made a three-day visit in a centuries-long relationship. We met every week for 3 days. "
        '"The Soviet Union\'s today is our tomorrow." In 1953 it was printed.'
    )
    timexes = [
        tx(text, "three-day", "P3D", type="DURATION"),
        tx(text, "centuries-long", "1", type="DATE"),  # even when the tagger types it DATE
        tx(text, "every week", "P1W", type="SET"),
        tx(text, "3 days", "P3D", type="DURATION"),
        tx(text, "today", "PRESENT_REF", relative=True),
        tx(text, "tomorrow", "XXXX-XX-XX", relative=True),
        tx(text, "1953", "1953"),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [e.label for e in tl.entries] == ["1953"]
    assert tl.undated == ()


def test_vague_and_unanchored_expressions_go_to_the_undated_bin(tx) -> None:
    text = "Recently the port reopened. In the past it was busy. Later it closed. On Monday it rained. In 1990 too."
    timexes = [
        tx(text, "Recently", "PAST_REF"),
        tx(text, "the past", "PAST_REF"),
        tx(text, "Later", "FUTURE_REF"),
        tx(text, "Monday", "XXXX-WXX-1"),
        tx(text, "1990", "1990"),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [e.label for e in tl.entries] == ["1990"]
    assert [e.label for e in tl.undated] == ["Recently", "the past", "Later", "Monday"]
    assert all(e.kind == UNDATED and e.start == "" and e.granularity == "undated" for e in tl.undated)
    assert [e.id for e in tl.undated] == ["u1", "u2", "u3", "u4"]
    assert tl.undated[0].related[0].strength == "mention"


def test_time_of_writing_without_dct_is_one_entry_at_the_end(tx) -> None:
    text = (
        "Xi Jinping just concluded a visit to Moscow. Last week talks began. Now both sides are waiting. "
        'The border was fixed in 1689. Tolstoy had just arrived, "I have just finished," he said.'
    )
    timexes = [
        tx(text, "Last week", "XXXX-WXX", relative=True),
        tx(text, "Now", "PRESENT_REF", relative=True),
        tx(text, "1689", "1689"),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [e.label for e in tl.entries] == ["1689", "Time of writing"]
    writing = tl.entries[-1]
    assert (writing.kind, writing.granularity, writing.start, writing.value) == (WRITING, "document", "", "PRESENT_REF")
    # "just concluded" (a cue, no TIMEX), "Last week", "Now"; not "had just" nor the quoted "have just"
    assert [text[m.start : m.end] for m in writing.mentions] == ["just", "Last week", "Now"]
    assert writing.title == "Xi Jinping concluded a visit to Moscow"


def test_time_of_writing_with_dct_is_placed_on_the_axis(tx) -> None:
    text = "Xi Jinping just concluded a visit to Moscow. The border was fixed in 1689."
    tl = timeline_from_timexes(text, [tx(text, "1689", "1689")], dct="2023-03-22")
    assert [(e.label, e.kind) for e in tl.entries] == [("1689", DATE), ("22 March 2023", WRITING)]
    assert tl.entries[-1].start == tl.entries[-1].end == "2023-03-22"
    assert tl.dct == "2023-03-22"


def test_story_time_now_is_not_the_time_of_writing(tx) -> None:
    text = '"I am leaving now," he said. Pierre was now sure of it. The treaty was signed in 1689.'
    timexes = [
        tx(text, "now", "PRESENT_REF", relative=True),
        tx(text, "now", "PRESENT_REF", nth=1, relative=True),
        tx(text, "1689", "1689"),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [e.label for e in tl.entries] == ["1689"]
    assert tl.undated == ()


def test_with_dct_the_dateline_and_todays_mentions_are_the_time_of_writing(tx) -> None:
    text = (
        "• 24 July 2015\n"
        'Obama said "we are ready today" in Nairobi. Mr Obama lands in Kenya later on Friday.\n'
        "He took office in 2009."
    )
    timexes = [
        tx(text, "24 July 2015", "2015-07-24"),
        tx(text, "today", "PRESENT_REF", relative=True),
        tx(text, "Friday", "2015-07-24", relative=True),
        tx(text, "2009", "2009"),
    ]
    tl = timeline_from_timexes(text, timexes, dct="2015-07-24")
    assert [(e.label, e.kind) for e in tl.entries] == [("2009", DATE), ("24 July 2015", WRITING)]
    writing = tl.entries[-1]
    assert [text[m.start : m.end] for m in writing.mentions] == ["24 July 2015", "today", "Friday"]
    assert writing.title == 'Obama said "we are ready" in Nairobi'  # the dateline has no words: next mention


def test_overlapping_expressions_and_chained_dashes(tx) -> None:
    text = "He fought from December 1941 – August 1945 – August 1945 was the end. The war ran 1950–1953–1954."
    timexes = [
        tx(text, "December 1941 – August 1945", "1941-12", end_value="1945-08"),
        tx(text, "August 1945", "1945-08"),  # inside the range: dropped
        tx(text, "August 1945", "1945-08", nth=1),  # the range's end tagged again: absorbed
        tx(text, "1950", "1950"),
        tx(text, "1953", "1953"),
        tx(text, "1954", "1954"),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [e.label for e in tl.entries] == ["December 1941 – August 1945", "1950–1953", "1954"]


def test_a_range_absorbs_its_end_date_tagged_again(tx) -> None:
    text = "Islamists, who held power from 2011 to 2013, lost. Troops ended Tuesday's coup."
    timexes = [
        tx(text, "2011", "2011", end_value="2013"),
        tx(text, "2013", "2013"),
        tx(text, "Tuesday", "2017-11-14"),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [(e.label, e.title) for e in tl.entries] == [
        ("2011–2013", "Islamists held power"),
        ("14 November 2017", "Troops ended the coup"),  # a possessive date leaves its article
    ]
    assert text[tl.entries[0].mentions[0].start : tl.entries[0].mentions[0].end] == "2011 to 2013"


def test_writing_cues_are_conservative() -> None:
    lede = "Xi Jinping just concluded a visit. "
    body = (
        "He had only just returned. The minister has just resigned. "
        + "Filler sentence here. " * 100
        + "She just smiled. They have just signed the deal."
    )
    text = lede + body
    tl = timeline_from_timexes(text, [])
    (writing,) = tl.entries
    found = [(text[m.start : m.end], m.start) for m in writing.mentions]
    assert [w for w, _ in found] == ["just", "just", "just"]
    assert text[found[1][1] - 4 : found[1][1]] == "has "  # "has just" anywhere
    assert text[found[2][1] - 5 : found[2][1]] == "have "  # a bare "just smiled" far from the lede: no


def test_modifier_words_left_out_of_the_span_and_a_day_split_from_its_year(tx) -> None:
    text = (
        "It was built c. 1650. England was Saxon before 1066. After 1945, Europe rebuilt. "
        "Caesar fell on 15 March 44 BC."
    )
    timexes = [
        tx(text, "1650", "1650"),
        tx(text, "1066", "1066"),
        tx(text, "1945", "1945"),
        tx(text, "15 March", "2023-03-15"),  # the tagger guessed the year
        tx(text, "44 BC", "-0043"),
    ]
    tl = timeline_from_timexes(text, timexes)
    got = [(e.label, e.approximate, e.open_start, e.open_end) for e in tl.entries]
    assert got == [
        ("15 March 44 BC", False, False, False),
        ("before 1066", False, True, False),
        ("c. 1650", True, False, False),
        ("after 1945", False, False, True),
    ]
    assert tl.entries[0].value == "-0043-03-15"
    assert tl.entries[0].title == "Caesar fell"


def test_the_same_event_told_twice_is_one_entry() -> None:
    # a printed contents list and the headings it lists: "BOOK ONE: 1805" twice is one event
    text = (
        "CONTENTS\nBOOK ONE: 1805\nBOOK TWO: 1806\n"
        "BOOK ONE: 1805\nPrince Andrew left Petersburg for the army.\n"
        "BOOK TWO: 1806\nNicholas came home on leave.\n"
    )
    timeline = build_timeline(text)
    books = [(e.label, e.title) for e in timeline.entries]
    # titled by the narration after the heading, not by the heading
    assert books == [("1805", "Prince Andrew left Petersburg for the army"), ("1806", "Nicholas came home on leave")]
    first = timeline.entries[0]
    assert [text[m.start : m.end] for m in first.mentions] == ["1805", "1805"]
    assert first.mentions[0].start < text.index("BOOK TWO")  # the contents line
    assert first.mentions[1].start > text.index("BOOK TWO")  # the heading


def test_an_event_told_many_times_is_one_entry_with_every_mention() -> None:
    paragraph = "In 1812 the army crossed the river, and by the winter of 1813 it had returned home."
    text = "A chronicle\n\n" + "\n\n".join([paragraph] * 300)
    entries = {e.label: e for e in build_timeline(text).entries}
    assert len(entries["1812"].mentions) == 300
    assert [m.start for m in entries["1812"].mentions] == sorted(m.start for m in entries["1812"].mentions)
    assert len({(p.start, p.end) for p in entries["1812"].related}) == len(entries["1812"].related)
    assert entries["1812"].title == "The army crossed the river"


def test_same_year_different_events_stay_apart() -> None:
    text = (
        "Stalin died in 1953.\n\nThe weather was mild all spring.\n\n"
        "In 1953, the slogan appeared in Chinese newspapers.\n"
    )
    titles = [e.title for e in build_timeline(text).entries if e.label == "1953"]
    assert len(titles) == 2


def test_a_tables_header_row_is_no_title_and_a_bare_date_heading_no_entry() -> None:
    text = "13th century\nYear | Date | Event\n1202 | March 13 | Death of Mieszko III the Old\n"
    titles = {e.label: e.title for e in build_timeline(text).entries}
    assert titles == {"13 March 1202": "Death of Mieszko III the Old"}  # the heading names no event (nor "Year")
    # a dateline over no story of its own is none either; one over a story takes its title from it
    text = "July 9th.\n\nThe Gazette of 12 July 1861 reported a fire.\n\n1914\n\nThe war began. Millions died.\n"
    titles = {e.label: e.title for e in build_timeline(text, mode="narrative").entries}
    assert titles == {"12 July 1861": "The Gazette reported a fire", "1914": "The war began"}


def test_time_of_writing_lists_each_mention_once() -> None:
    text = "The earth, as everybody knows nowadays, is a spheroid. At present I shall say no more."
    (writing,) = [e for e in build_timeline(text).entries if e.kind == WRITING]
    spans = [(m.start, m.end) for m in writing.mentions]
    assert len(spans) == len(set(spans)) >= 2
    assert text[spans[0][0] : spans[0][1]] == "nowadays"


def test_a_reference_list_leaves_no_entries(tx) -> None:
    body = "The war began in 1939. It ended in 1945, and the treaty (1947) settled the borders.\n\n"
    text = (
        body
        + "Notes\n\na. The UK declared war in 1939.\n\n"
        + "References\n\nPaine, Sarah (2012). The Wars for Asia, 1911–1949.\n"
    )
    timexes = [
        tx(text, "1939", "1939"),
        tx(text, "1945", "1945"),
        tx(text, "1947", "1947"),
        tx(text, "1939", "1939", nth=1),  # in the notes: still the story's time
        tx(text, "2012", "2012"),  # in the references: a book's date
        tx(text, "1911–1949", "1911", end_value="1949"),
    ]
    tl = timeline_from_timexes(text, timexes)
    assert [e.label for e in tl.entries] == ["1939", "1939", "1945", "1947"]  # the note's 1939 is its own event


def test_a_references_heading_early_in_the_text_is_a_contents_line(tx) -> None:
    text = "Contents\nReferences\n\n" + "In 1912 the republic was founded. " * 3
    tl = timeline_from_timexes(text, [tx(text, "1912", "1912")])
    assert [e.label for e in tl.entries] == ["1912"]


def test_present_words_in_a_clause_told_in_the_past_are_story_time(tx) -> None:
    # An undated book: "at the moment" and "nowadays" in past-tense narration are the characters' time.
    text = (
        "In 1805 the army marched. Pierre was glad at the moment. Such youth was rare nowadays, he had thought. "
        "The causes of the war are clear to us now."
    )
    timexes = [
        tx(text, "1805", "1805"),
        tx(text, "at the moment", "PRESENT_REF"),
        tx(text, "nowadays", "PRESENT_REF"),
        tx(text, "now", "PRESENT_REF", nth=1),
    ]
    tl = timeline_from_timexes(text, timexes)
    writing = tl.entries[-1]
    assert [text[m.start : m.end] for m in writing.mentions] == ["now"]


def test_a_just_that_describes_someone_in_a_book_is_no_time_of_writing(tx) -> None:
    text = (
        "In 1805 the army marched. She looked at him as girls look at the boy they love and have just kissed. "
        "Her face was that of a surgeon who has just performed an operation. I have just returned from him. "
        "The minister has just resigned."
    )
    tl = timeline_from_timexes(text, [tx(text, "1805", "1805")])
    writing = tl.entries[-1]
    assert [m.start for m in writing.mentions] == [text.index("just resigned")]  # the writer's own present


def test_a_poor_title_gives_way_to_the_next_sentence_or_mention() -> None:
    text = (
        "“I spoke to you last summer,” she said. Kutúzov received the title of Prince.\n\n"
        "In 1812 they executed those.\n\nIn 1812 Napoleon crossed the Niemen.\n"
    )
    titles = {e.label: e.title for e in build_timeline(text).entries}
    assert titles["1812"] == "Napoleon crossed the Niemen"


def test_a_caption_is_titled_by_its_own_words_shown_in_title_case() -> None:
    text = (
        "The spinning of thread was done by hand until then.\n\n"
        "[Illustration: MODEL OF ARKWRIGHT'S SPINNING JENNY, 1769]\n\n"
        "The universities of Britain were at this time in a state of decay.\n"
    )
    (entry,) = build_timeline(text, mode="narrative").entries
    assert entry.title == "Model of Arkwright's Spinning Jenny"  # not the paragraph after the picture
    # a list of illustrations and the caption it lists are one entry, titled without the caption's label
    text = "Flint Knives of 4500 B.C.\n\nThe first tools were of stone.\n\n[Illustration: FLINT KNIVES OF 4500 B.C.]\n"
    (entry,) = build_timeline(text, mode="narrative").entries
    assert (entry.label, entry.title, len(entry.mentions)) == ("4500 BC", "Flint Knives", 2)


def test_an_infobox_date_dates_the_document_s_subject() -> None:
    text = (
        "US warships in Lingayen Gulf in the Philippines, 1945 Date 1 September 1939 – 2 September 1945 "
        "(6 years, 1 day)\nLocation Global Result Allied victory\n\nThe war began when Germany invaded Poland.\n"
    )
    titles = {e.label: e.title for e in build_timeline(text, title="World War II - Wikipedia").entries}
    assert titles["1 September 1939 – 2 September 1945"] == "World War II"


def test_an_article_s_dateline_dates_the_article_itself() -> None:
    text = (
        "Floods force thousands from homes\nBy Jane Doe\nPublished 14 March 2023\n"
        "Heavy rain on Monday forced thousands of people to leave their homes, officials said.\n"
    )
    timeline = build_timeline(text, title="Floods force thousands from homes", dct="2023-03-14", mode="news")
    writing = [e for e in timeline.entries if e.kind == WRITING]
    assert [e.title for e in writing] == ["Floods force thousands from homes"]  # was "Published"


def test_a_sentence_that_only_dates_the_one_before_takes_its_title_from_it() -> None:
    text = "Menshikov was banished with his whole family to Siberia. This was in 1727. He died two years later.\n"
    titles = {e.label: e.title for e in build_timeline(text).entries}
    assert titles["1727"] == "Menshikov was banished with his whole family to Siberia"


def test_a_year_followed_by_a_day_of_it_is_one_entry() -> None:
    # a table's Year and Date columns, or "In 1018, on January 30": one date, not a year and a day
    text = "1018 | January 30 | Signing of the Peace of Bautzen\n1025 | April 18 | Coronation of Boleslaw I\n"
    assert [e.label for e in build_timeline(text).entries] == ["30 January 1018", "18 April 1025"]
    prose = "In 1018, on January 30, the Peace of Bautzen was signed. In 1025 Boleslaw was crowned."
    assert [e.label for e in build_timeline(prose).entries] == ["30 January 1018", "1025"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # the count lands in the right month but names no day: one entry, the written day
        (
            "A general election was held in the South on 10 May 1948. North Korea held parliamentary elections "
            "three months later on 25 August.",
            ["10 May 1948", "25 August 1948"],
        ),
        # a weekday counted from the wrong week is still the day written after it
        (
            "On 1 November 1917 the Soviet met. Tuesday morning, November 6th, the city was thrown into "
            "excitement by a placard.",
            ["1 November 1917", "6 November 1917"],
        ),
        (
            "He set out on 29 August 1697. The next day, August 30, he presented himself.",
            ["29 August 1697", "30 August 1697"],
        ),
    ],
)
def test_a_counted_date_followed_by_the_date_it_means_is_one_entry(text: str, labels: list[str]) -> None:
    timeline = build_timeline(text, mode="narrative")
    assert [e.label for e in timeline.entries] == labels
    last = timeline.entries[-1]
    assert text[last.mentions[0].start : last.mentions[0].end].split()[0] in ("three", "Tuesday", "The")


def test_two_written_dates_side_by_side_stay_two_entries() -> None:
    text = "The first congress met in 1903, in London, and the second in 1905."
    assert [e.label for e in build_timeline(text, mode="narrative").entries] == ["1903", "1905"]
