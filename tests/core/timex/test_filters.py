"""False positives the tagger must not produce, and look-alikes it must still find."""

from __future__ import annotations

import pytest

from reader.core.timex import tag


@pytest.mark.parametrize(
    "text",
    [
        "11,000 experts came.",
        "a speed of forty-four miles per hour",  # the unit of a speed, not a time
        "Adieu, Prince! May God support you.",  # a wish
        "the wagons run down an incline of 1 in 224 to the shoot",  # a ratio, not the year 224
        "About 200 tramway officers came.",  # a count
        "See Sueton. in August. c. 23, and Velleius.",  # Suetonius' life of Augustus, chapter 23
        "[Footnote 180: Hist August p 177.]",
        "“May the devil take them!” shouted one.",
        "SEAP Publications. May, Ernest R. The United States and China.",  # an author in a bibliography
        "May the wounded men stay in our house?",
        "he averaged under 5 miles an hour",
        "it fired 600 rounds per minute",
        "1,949 soldiers died.",
        "The Escort arrived with 1945 ounces of gold-dust.",  # goods and their measures (an 1850s paper)
        "the sales were 20,000 chests of congou. 2000 chests souchong.",
        "See page 1917 for details.",
        "The Soviet Union's today is our tomorrow.",
        "We march on the capital.",
        "You may go.",
        "The score was 3-1 at half time.",
        "He paid $1998 for it.",
        "It grew 1990%",
        "a 52-year-old man",
        "the current of the river",
        "where the current was strongest",
        "High Noon was a film.",
        "for today's youth",
        "on the night of the fire",
        "Truman enacted JCS 1779.",
        "Orwell's Nineteen Eighty-Four",
        "shares changed hands at 2.46 billion guilders",
        "the odds were 3:1",
        "The Thirty Years' War",
        "Finland fought the Winter War.",
        "the People's Daily said",
        "the Easter Rising",
        "a better tomorrow",
        "Room 1984 is empty.",
        "2000 people marched.",
        "Europe-Asia Studies. 47 (8): 1293–1326.",  # a citation's pages
        "Soviet Studies 44: 1069-1086.",
        "ISBN 978-0-7656- 1263-2.",  # an identifier broken at a line end
        "S2CID 153741180 (https://api.semanticscholar.org/CorpusID:1537 41180).",
        "(https://www.politico.com/story/2 016/04/this-day-april-12-22 1722). Politico.",
        "Footnote 15: Dion, l. lxxi. p. 1205 Herodian, l. i. p. 16 Hist. August p. 46.",  # the Historia Augusta
        "See Vopiscus in Hist. August. p. 216, 222.",
        "were established by Augustus. Suet. Aug. 49. The couriers",  # no month has a 49th day
        "His work is reprinted in Thilo. Codex. Apoc. Nov. Test. vol. i.",  # the New Testament
        "under Servilius the Isaurian. (Suet. Jul. 2, 5. Plut. in Par. p. 516.)",  # Suetonius' Julius, chapters
        "We have still six hundred quarters left,",  # of oats
        "Memnon apud Photium, (c. 33,) [c. 224, p. 231, ed Bekker.]",  # a chapter and its page
        "of Celsus in Africa. [1581] To illustrate",  # Gibbon's footnote marker
        "Death of Zygmunt II August",  # a king's name
        "Election of Stanisław August Poniatowski",
        "Kathleen May Beeby, 30, was charged.",  # a middle name
        "The graduates: Lorna May Earl, Mary June Collins.",
        "Prime Minister Theresa May said it. May told the BBC.",  # a surname, and the same name again
        "The graduates: Nancy May McDonald, Frank McGrath.",
        "Following the Finnish Civil War and October revolution, Russians",  # events named by their month
        "The past history of the Primates is one of great interest.",  # "past" the adjective
        "Diocletian chastised the past crimes of the Egyptians.",
        "This was halted just in time by the March Revolution.",
        "the Minister of War but also his Most August Majesty the Emperor",  # the adjective
        "Archived from the original on 16 April 2021. Retrieved 16 April 2021.",  # a web citation's dates
        "Kershaw 2001, pp. 121–122.",  # an author-year citation
        "See Taylor 1961, p. vii.",  # a preface's page
        "Archived from the original (https://usa.use mbassy.de/etexts/2plus.htm) on 7 May 2012.",  # its link first
        "Archived from the original (PDF) on 3 March 2016.",
        "They attacked in the early hours.",  # a time of night, not a length
        "a plant of 70 MW, and about 300 MW of thermal power",  # measures
        "This is VOA Today.",  # names: a show, a paper, a site
        'Baker said on ABC\'s "This Week With David Brinkley" that',
        "He read USA Today on the plane.",
        "The Post-War Years. Polonia Today Online.",
        "Förster & Gessler 2005, p. 64.",
        "[3] See “Kornilov to Brest-Litovsk” by John Reed. Boni and Liveright N.Y., 1919.",  # a cited book's year
        "So we began to sing the Funeral March, that slow chant.",  # names: a piece, a trek
        "Mao led the Long March to the north.",
        "The Funeral March seemed the very soul of those dark masses.",
        "The band was playing the Revolutionary Funeral March, and the crowd sang.",
        "their annulling of our orders, MAY LEAD TO A CATASTROPHE.",  # a verb in capitals
        "Election of August III the Saxon",  # a king: a regnal number after the month word
        "Restoration of August II the Strong",
        "[Footnote 1051: Certainly not the only one.]",  # Milman's first note to Gibbon's note 105
        "(See Dion, p. 1234, 1234. c. 11.)",  # more pages of the work cited
        "Dion, l. lxxv. p. 1248, 1249, 1250. M. Bayer has neglected it.",
        "a ratio of 1945:12 was found",
        "Most of them were in their late teens or early twenties.",  # an age
        "A stout man in his forties came in.",
        "She was then in her late thirties.",
        "The White House is at 1600 Pennsylvania Avenue.",  # a house number
        "The regiment numbered 1200.",  # a count
        "Resolution 1441 was passed unanimously.",  # a document's number
        "Form 1040 is due.",  # a tax form
        "The May Fourth Movement began in Beijing.",  # an event's name, as "the October Revolution"
    ],
)
def test_not_a_time_expression(text: str) -> None:
    assert [t.text for t in tag(text, dct="1998-08-18")] == []
    assert [t.text for t in tag(text, mode="narrative")] == []  # three-digit years count in stories


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In May 1998 they left.", "May 1998"),
        ("in March he gathered his army", "March"),
        ("He came back on 5 May.", "5 May"),
        ("Tomorrow we leave.", "Tomorrow"),
        ("today's editions", "today"),
        ("Roberts, Geoffrey (2006). Stalin's Wars, 1939–1953.", "1939–1953"),
        ("The treaty (1648) ended the war.", "1648"),
        ("He wrote and/or edited it in 1945.", "1945"),
        ("The 1990/91 season began in 1990.", "1990"),
        ("He retrieved the body on 3 May 1945.", "3 May 1945"),
        ("The talks began. Today they end.", "Today"),
        ("But Today is different, he said.", "Today"),
        ('"This week we met," he said.', "This week"),
        ("How many shares will be around in 1995?", "1995"),
        ("In 1945, people went home.", "1945"),
        ("the army marched twenty miles every day", "every day"),  # a set, not a speed
        ("Spring came. May arrived with its balmy airs.", "May"),
        ("In May the Russians advanced.", "May"),
        ("In May Smith went home.", "May"),  # a preposition before: the month
        ("Last May Congress passed the bill.", "Last May"),
        ("Theresa May said the vote would be in May.", "May"),  # the surname, then the month after "in"
        ("Early May was cold.", "Early May"),
        ("In 1934 the army left. The following March they arrived.", "The following March"),  # not "March they"
        ("In 1934 the army left. That March they arrived.", "That March"),
        ("The Long March began in 1934. In March they crossed the river.", "March"),
        ("1945: End of the war in Europe.", "1945"),  # a colon after a year is no ratio unless a number follows
        ("In August II Corps advanced.", "August"),  # after "in", a month (and a unit's number)
        ("not noticeable at the council of war in 1805: there was now a panic fear", "1805"),
        ("1999 | Accession of Poland to NATO\n2000 | Presidential election", "2000"),  # no "NATO 2000": a row each
        ("On Mon. Jan. 5 he came.", "Jan. 5"),  # an abbreviated weekday, no author
        ("In the late forties the city grew.", "the late forties"),  # no owner: a decade
        ("in the thirties and forties of the nineteenth century", "forties"),
        ("(Tues. Jan. 5, 1999)", "Jan. 5, 1999"),
        ("In 1914 Regent Street was widened.", "1914"),  # a year, then a street's name
        ("Overseas Empires of Europe, 1914 Map Gibraltar Street", "1914"),  # a caption's year
    ],
)
def test_look_alikes_still_found(text: str, found: str) -> None:
    assert found in [t.text for t in tag(text, dct="1998-08-18")]


def test_three_day_adjective_is_a_duration() -> None:
    (t,) = tag("a three-day visit")
    assert (t.type, t.value) == ("DURATION", "P3D")


def test_a_length_after_a_sentence_with_a_number_is_no_rate() -> None:
    got = [(t.text, t.type) for t in tag("Hitler died on 30 April 1945. Within a week, Berlin fell.")]
    assert ("a week", "DURATION") in got
    assert [(t.text, t.type) for t in tag("He ate 1,500 calories a day.")] == [("a day", "SET")]


@pytest.mark.parametrize(
    "text",
    [
        "In 1850 he galloped through the Cossack settlements in that quarter and evaded his foes.",
        "The first step of Russian invasion in this quarter was made in 1602.",
        "In 1812 the fire only reached the quarter where Pierre was staying.",
    ],
)
def test_a_quarter_in_a_book_that_names_none_is_a_place(text: str) -> None:
    assert [t.text for t in tag(text, mode="narrative") if "quarter" in t.text] == []


def test_a_quarter_after_a_named_one_is_still_a_time_in_a_story() -> None:
    text = "Sales rose in the third quarter of 1998. Profits in that quarter fell."
    assert [t.value for t in tag(text, mode="narrative")] == ["1998-Q3", "1998-Q3"]


@pytest.mark.parametrize(
    "text",
    [
        "[Footnote 84: See a dissertation of Dr. Wolle, de Rationario imperii Rom. Leipsig, 1773. It is lost.]",
        "[Footnote 9: See Joh. Mahneri Comm. de Civitate Romano. Halae, 1772, 8vo. It appears that ...]",
        "[Footnote 74: See Jortin, Ecc. Hist. i. p. 368, edit. 1805, and the latter.]",
        "[Footnote 52: Mr. Long (London, 1831) has added some sensible corrections.]",
        "[Footnote 8: See P. Needham, Proleg. ad Geoponic. Camb. 1704.--W.]",
        "[Footnote 17: Chronique de Froissart, vol. i. c. 182, ii. 73, 79.]",  # a chapter, not circa 182
        "See Velleius Paterculus, l. ii. c. 117, &c.",
        "[Footnote 107: Horat. l. ii. Sat. v. Petron. c. 116, &c. Plin. l. ii. Epist. 20.]",  # a title, a chapter
        "* Note: Constantine (Orat. ad Sanct. c. 401) more than insinuated it.",
        "[Footnote 9: Schlozer, Allgemeine Nordische Geschichte, p. 289. 1771. Bayer says otherwise.]",
        "Note: Also Micali, Storia degli antichi popoli Italiani. Florence, 1832--M.",
    ],
)
def test_a_cited_books_imprint_in_a_footnote_is_not_a_date_of_the_text(text: str) -> None:
    assert [t.text for t in tag(text, mode="narrative")] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("[Footnote 3: The army left Vilna in September, 1812.]", "September, 1812"),  # a month is no place
        ("[Footnote 5: The battle of Cassano was fought in the year 1703.]", "the year 1703"),
        ("Napoleon reached Moscow, 1812. The city burned.", "1812"),  # in the text, not a note
        ("Louis XIV. c. 1700 was at war.", "c. 1700"),  # circa after a king's numeral
        ("The house was built c. 1650 in Delft.", "c. 1650"),
        ("[Footnote 6: Wenck admits that silver was the chief article.--M. In 1787, a peasant found coins.]", "1787"),
    ],
)
def test_years_in_notes_that_are_not_imprints_stay(text: str, found: str) -> None:
    assert found in [t.text for t in tag(text, mode="narrative")]


@pytest.mark.parametrize(
    "text",
    [
        "Modern Germany is said to contain about two thousand three hundred walled towns.",
        "They constructed a fleet of two thousand, or even of six thousand vessels.",
        "his successor Ahab sent a contingent of two thousand to the Assyrian army.",
    ],
)
def test_spelled_out_counts_are_not_years(text: str) -> None:
    assert [t.text for t in tag(text, mode="narrative")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Australian, from Port Macquarie: 1681 bags maize, 8 cedar logs, 4 casks.",  # a cargo list
        "brings the following cargo :- 1315 blocks and slabs Italian marble, 747,000 French roofing tiles.",
        'his "Victoria" was performed by a chorus of 1000 voices and an orchestra of 120.',
        "the population of this district at about 1200, of whom 400 are Chinese.",
        "thence on the west by a line bearing south about 625ft. to a watercourse.",
        "with a salary of about 1600l. paid by the treasury.",
        "about 420 members, of which about 150 would be Bolsheviki.",  # a count as the subject of a verb
        "Cargo: 20 cases fruit, 15 bags tin ore, 2000 wet hides, 120 casks tallow.",  # an item of a list of counts
        "| Candles | (Pood) | 8.50 | 100. | 1076 | | Sole Leather | | 20. | 400. | 1900 |",  # a table of prices
    ],
)
def test_counts_and_measures_in_old_newspapers_are_not_years(text: str) -> None:
    assert [t.text for t in tag(text, mode="narrative")] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Results: 1998 figures were up.", "1998"),  # no list of counts after it
        ("Emissions stayed below 1990 levels.", "1990"),
        ("The church dates to about 1200.", "about 1200"),
        ("In 1998 prices rose.", "1998"),
        ("He sold 40 head of cattle, 1998 brought a drought.", "1998"),  # a year after a count with "of"
        ("They took 3 prisoners, 1916 was the worst year.", "1916"),  # no list of counts around it
        ("In 1915, 20,000 men died, 1916 was worse.", "1916"),  # a count before it, but no item after it
    ],
)
def test_years_before_plural_nouns_stay(text: str, found: str) -> None:
    assert found in [t.text for t in tag(text, dct="1998-08-18")]


@pytest.mark.parametrize(
    "text",
    [
        "In 1704 Peter left Mentchikof's house and sought the summer palace.",
        "In 1810 the hare darted along the balk between the winter rye and the stubble.",
        "In 1888 early spring flowers bloomed along the road.",
        "Every year, about the time of the summer solstice, a fleet sailed.",
        "In 1912 it followed the summer of the Coal Swamps.",  # a season of something, no date
        "In 1941 they came. The autumn of his life was short.",
    ],
)
def test_things_of_a_season_are_not_dates(text: str) -> None:
    assert [t.text for t in tag(text, mode="narrative") if "-S" in t.value or "-W" in t.value] == []


def test_a_season_before_an_event_noun_is_still_a_date() -> None:
    assert [t.value for t in tag("In 1805 the summer campaign began.", mode="narrative")] == ["1805", "1805-SU"]


def test_a_season_of_that_year_is_still_a_date() -> None:
    text = "In 1941 they came. In the winter of that year it froze. In the spring of the following year they left."
    assert [t.value for t in tag(text, mode="narrative")] == ["1941", "1941-WI", "1942-SP"]


def test_months_a_character_recites_are_no_time_of_the_story() -> None:
    text = "In 1809 she came in. Counting on her knuckles, whispering, “January, February, March, April, May.”"
    assert [t.value for t in tag(text, mode="narrative")] == ["1809"]
    told = "In 1945 the army advanced in January, February and March. He said “January, February and March 1946”."
    assert [t.value for t in tag(told, mode="narrative")][:4] == ["1945", "1945-01", "1945-02", "1945-03"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The regiment was smashed to pieces in the first half hour.", ("the first half hour", "PT30M")),
        ("The first half-hour passed quietly.", ("The first half-hour", "PT30M")),  # half of an hour, not H1
        ("After a half-hour break they left.", ("half-hour", "PT30M")),  # an adjective: no article
        ("They waited half an hour.", ("half an hour", "PT30M")),
    ],
)
def test_half_an_hour_is_a_length_not_half_a_year(text: str, found: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag(text, dct="1998-08-18") if t.type == "DURATION"] == [found]


def test_every_half_hour_is_a_set_and_a_title_s_length_is_no_time() -> None:
    got = [(t.text, t.type, t.value) for t in tag("The tribe set out every half-hour.", mode="narrative")]
    assert got == [("every half-hour", "SET", "PT30M")]
    titles = 'Ten Days That Shook the World. Author of "Half-Hours with the Best Authors". Italy: A Year of War.'
    assert [t.text for t in tag(titles, mode="narrative")] == []
    assert [t.text for t in tag("It took ten days. Ten days later they left.", mode="narrative")] == [
        "ten days",
        "Ten days later",
    ]


def test_a_count_after_the_day_is_no_date_but_a_plural_after_the_month_is() -> None:
    got = [(t.text, t.value) for t in tag("In 1916 they fought. On 15 September tanks appeared.", mode="narrative")]
    assert got == [("1916", "1916"), ("15 September", "1916-09-15")]  # was "September" alone: "15 ... tanks"
    assert [t.text for t in tag("By May 5 people had left.", mode="narrative")] == []


def test_midnight_after_a_is_a_kind_not_a_time() -> None:
    text = "In 1800 he studied. Many a midnight lucubration followed. At midnight they left."
    assert [t.text for t in tag(text, mode="narrative")] == ["1800", "midnight"]
    assert tag(text, mode="narrative")[-1].start == text.index("At midnight") + 3
