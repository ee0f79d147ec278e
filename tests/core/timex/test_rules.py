"""One test per rule: the extent, type, value and mod the tagger gives a small phrase.

The DCT is Tuesday 18 August 1998 (news mode) unless a case says otherwise.
"""

from __future__ import annotations

import pytest

from reader.core.timex import tag

DCT = "1998-08-18"

# (phrase, [(extent, type, value, mod), ...])
CASES = [
    # years, ranges, eras, decades, centuries
    ("It happened in 1949.", [("1949", "DATE", "1949", None)]),
    ("fiscal 1989 results", [("fiscal 1989", "DATE", "1989", None)]),
    ("by the end of 1990", [("the end of 1990", "DATE", "1990", "END")]),
    ("mid-1996", [("mid-1996", "DATE", "1996", "MID")]),
    ("post-1959 politics", [("post-1959", "DATE", "1959", "AFTER")]),
    ("in the 1988 period", [("the 1988 period", "DATE", "1988", None)]),
    ("44 BC", [("44 BC", "DATE", "-0043", None)]),
    # a season, a month or a day of an era year; a range with its era written once
    ("in the spring of 217 BC", [("the spring of 217 BC", "DATE", "-0216-SP", None)]),
    ("in March 44 BC", [("March 44 BC", "DATE", "-0043-03", None)]),
    ("on 15 March 44 B.C.", [("15 March 44 B.C.", "DATE", "-0043-03-15", None)]),
    ("on Christmas Day 800 A.D.", [("Christmas Day 800 A.D.", "DATE", "0800-12-25", None)]),
    ("pages 12-44 BC", [("44 BC", "DATE", "-0043", None)]),  # not a span forward in time
    # old books space the era's letters, and put AD before the year
    (
        "declared Augustus, the 11th of November, A. D. 307, after",
        [("the 11th of November, A. D. 307", "DATE", "0307-11-11", None)],
    ),
    ("in 44 B. C. Caesar died", [("44 B. C.", "DATE", "-0043", None)]),
    ("in the spring of A.D. 1241", [("the spring of A.D. 1241", "DATE", "1241-SP", None)]),
    ("AD 1066", [("AD 1066", "DATE", "1066", None)]),
    # a modifier before an era year keeps the era ("about 1000" alone would be AD 1000)
    ("until about 1000 B.C.)", [("about 1000 B.C.", "DATE", "-0999", "APPROX")]),
    ("around 300 BC", [("around 300 BC", "DATE", "-0299", "APPROX")]),
    ("circa 500 BC", [("circa 500 BC", "DATE", "-0499", "APPROX")]),
    ("the end of 44 BC", [("the end of 44 BC", "DATE", "-0043", "END")]),
    ("c. 1500", [("c. 1500", "DATE", "1500", "APPROX")]),
    ("the 1990s", [("the 1990s", "DATE", "199", None)]),
    ("the '80s", [("the '80s", "DATE", "198", None)]),
    ("the nineties", [("the nineties", "DATE", "199", None)]),
    ("the early 1980s", [("the early 1980s", "DATE", "198", "START")]),
    ("the 1800s", [("the 1800s", "DATE", "18", None)]),
    ("in the early 2000s", [("the early 2000s", "DATE", "200", "START")]),  # a decade, not the 21st century
    ("the 17th century", [("the 17th century", "DATE", "16", None)]),
    ("the fifth century BC", [("the fifth century BC", "DATE", "-04", None)]),
    ("the 5th century BCE", [("the 5th century BCE", "DATE", "-04", None)]),  # BCE and CE as after a year
    ("in the 2nd century CE", [("the 2nd century CE", "DATE", "01", None)]),
    (
        "the third and fourth centuries B. C.",
        [("the third", "DATE", "-02", None), ("fourth centuries B. C.", "DATE", "-03", None)],
    ),
    ("this century", [("this century", "DATE", "19", None)]),
    ("nineteen ninety-six", [("nineteen ninety-six", "DATE", "1996", None)]),
    ("the year two thousand", [("the year two thousand", "DATE", "2000", None)]),
    # calendar dates
    ("Oct. 15, 1999", [("Oct. 15, 1999", "DATE", "1999-10-15", None)]),
    ("born on May 18,1822.", [("May 18,1822", "DATE", "1822-05-18", None)]),  # an old paper's comma
    ("on March 26", [("March 26", "DATE", "1998-03-26", None)]),
    ("payable Oct. 1", [("Oct. 1", "DATE", "1998-10-01", None)]),
    ("Friday, Aug. 7", [("Friday, Aug. 7", "DATE", "1998-08-07", None)]),
    ("15 October 1999", [("15 October 1999", "DATE", "1999-10-15", None)]),
    ("the 5th of May", [("the 5th of May", "DATE", "1998-05-05", None)]),
    ("On the twenty-ninth of July he left", [("the twenty-ninth of July", "DATE", "1998-07-29", None)]),
    ("the thirty-first of December 1812", [("the thirty-first of December 1812", "DATE", "1812-12-31", None)]),
    ("around Nov. 1", [("around Nov. 1", "DATE", "1998-11-01", "APPROX")]),
    ("June 1994", [("June 1994", "DATE", "1994-06", None)]),
    ("early November 1989", [("early November 1989", "DATE", "1989-11", "START")]),
    ("June last year", [("June last year", "DATE", "1997-06", None)]),
    ("in March", [("March", "DATE", "1998-03", None)]),
    ("last May", [("last May", "DATE", "1998-05", None)]),
    ("by early December", [("early December", "DATE", "1998-12", "START")]),
    ("He resigned in December", [("December", "DATE", "1997-12", None)]),
    ("The vote is in September", [("September", "DATE", "1998-09", None)]),
    ("until mid-November", [("mid-November", "DATE", "1998-11", "MID")]),
    ("1998-03-01", [("1998-03-01", "DATE", "1998-03-01", None)]),
    ("10/12/1998", [("10/12/1998", "DATE", "1998-10-12", None)]),
    # quarters and halves
    ("the third quarter", [("the third quarter", "DATE", "1998-Q3", None)]),
    ("a third-quarter loss", [("third-quarter", "DATE", "1998-Q3", None)]),
    ("the fourth quarter of 1997", [("the fourth quarter of 1997", "DATE", "1997-Q4", None)]),
    ("the first half of 1990", [("the first half of 1990", "DATE", "1990-H1", None)]),
    # a week counted in a month or a year is that ISO week; the first or last days of a time are its edge
    ("in the first week of January 1945", [("the first week of January 1945", "DATE", "1945-W01", None)]),
    ("during the last week of April 1945", [("the last week of April 1945", "DATE", "1945-W17", None)]),
    ("in the second week of March", [("the second week of March", "DATE", "1998-W11", None)]),
    ("the last week of 1944", [("the last week of 1944", "DATE", "1944-W52", None)]),
    ("in the last days of 1944", [("the last days of 1944", "DATE", "1944", "END")]),
    ("the opening months of 1942", [("the opening months of 1942", "DATE", "1942", "START")]),
    ("in the closing weeks of March 1918", [("the closing weeks of March 1918", "DATE", "1918-03", "END")]),
    # a counted part is a duration of its own, as TimeBank marks "the first nine months of 1997"
    (
        "the first nine months of 1997",
        [("the first nine months", "DURATION", "P9M", None), ("1997", "DATE", "1997", None)],
    ),
    # business shorthand: a bare code counts only where it must be a period ("in Q3", not "the Q1 model")
    ("profit in Q1 2013", [("Q1 2013", "DATE", "2013-Q1", None)]),
    ("1997's results were poor", [("1997", "DATE", "1997", None)]),  # a possessive year ("the 1990's" is a decade)
    ("In 1997's first half, profits rose", [("1997's first half", "DATE", "1997-H1", None)]),
    ("Q3'97 was weak", [("Q3'97", "DATE", "1997-Q3", None)]),
    ("sales fell in Q2", [("Q2", "DATE", "1998-Q2", None)]),
    ("sales will rise in Q4", [("Q4", "DATE", "1998-Q4", None)]),  # still to come: this year's
    ("sales fell in Q4", [("Q4", "DATE", "1997-Q4", None)]),  # not begun yet, and told in the past: last year's
    ("the Q1 model", []),
    ("the Audi Q3", []),
    ("the FY1999 budget", [("FY1999", "DATE", "1999", None)]),
    ("in FY 98", [("FY 98", "DATE", "1998", None)]),
    ("the last half of 1989", [("the last half of 1989", "DATE", "1989-H2", None)]),
    ("talks the week of March 6", [("the week of March 6", "DATE", "1998-W10", None)]),
    ("The day before last Tuesday's hearing", [("day before last Tuesday", "DATE", "1998-08-10", None)]),
    ("two days after Christmas 1997", [("two days after Christmas 1997", "DATE", "1997-12-27", None)]),
    ("three days before the vote", [("three days", "DURATION", "P3D", None)]),
    ("the week of Oct. 9, 1989", [("the week of Oct. 9, 1989", "DATE", "1989-W41", None)]),
    ("the latter half of 1990", [("the latter half of 1990", "DATE", "1990-H2", None)]),
    ("the final quarter of 1997", [("the final quarter of 1997", "DATE", "1997-Q4", None)]),
    ("the second half of the year", [("the second half of the year", "DATE", "1998-H2", None)]),
    ("last quarter's loss", [("last quarter", "DATE", "1998-Q2", None)]),
    ("in the latest quarter", [("the latest quarter", "DATE", "1998-Q2", None)]),
    ("the year-earlier period", [("the year-earlier period", "DATE", "1997-Q2", None)]),
    ("For the quarter a year ago, it earned more", [("the quarter a year ago", "DATE", "1997-Q2", None)]),
    # weekdays and deictic days
    ("Friday", [("Friday", "DATE", "1998-08-14", None)]),
    ("last Friday", [("last Friday", "DATE", "1998-08-14", None)]),
    ("next Tuesday", [("next Tuesday", "DATE", "1998-08-25", None)]),
    ("He will arrive on Thursday", [("Thursday", "DATE", "1998-08-20", None)]),
    ("each Thursday", [("each Thursday", "SET", "XXXX-WXX-4", None)]),
    ("on Tuesdays", [("Tuesdays", "SET", "XXXX-WXX-2", None)]),
    ("today", [("today", "DATE", "1998-08-18", None)]),
    ("yesterday", [("yesterday", "DATE", "1998-08-17", None)]),
    ("late yesterday", [("late yesterday", "DATE", "1998-08-17", "END")]),
    ("tomorrow morning", [("tomorrow morning", "TIME", "1998-08-19TMO", None)]),
    ("tonight", [("tonight", "TIME", "1998-08-18TNI", None)]),
    ("this morning", [("this morning", "TIME", "1998-08-18TMO", None)]),
    ("last night", [("last night", "TIME", "1998-08-17TNI", None)]),
    # clock times
    ("at 10:35 a.m.", [("10:35 a.m.", "TIME", "1998-08-18T10:35", None)]),
    ("At 2.30 A. M. fell a tense hush", [("2.30 A. M.", "TIME", "1998-08-18T02:30", None)]),  # spaced, as in Reed
    (
        "closed between 1 p. m. and 2 p.m.",
        [("1 p. m.", "TIME", "1998-08-18T13:00", None), ("2 p.m.", "TIME", "1998-08-18T14:00", None)],
    ),
    ("until 5 p.m. EST Nov. 9", [("5 p.m. EST Nov. 9", "TIME", "1998-11-09T17:00", None)]),
    ("Earlier in the year, sales fell.", [("Earlier in the year", "DATE", "1998", None)]),
    ("Later in the day, he spoke.", [("Later in the day", "DATE", "1998-08-18", None)]),
    ("At the end of the day, it is about trust.", []),  # the idiom: after all
    ("At the end of the day, the index closed lower.", [("the end of the day", "DATE", "1998-08-18", "END")]),
    ("The report is due on the 25th.", [("the 25th", "DATE", "1998-08-25", None)]),
    ("It will close on the 2nd.", [("the 2nd", "DATE", "1998-09-02", None)]),  # passed: next month's
    ("It opened on the 20th.", [("the 20th", "DATE", "1998-07-20", None)]),  # to come, told as past: last month's
    ("The 15th century.", [("The 15th century", "DATE", "14", None)]),
    ("at 3 a.m. local time on Sunday", [("3 a.m. local time on Sunday", "TIME", "1998-08-16T03:00", None)]),
    ("at 5 p.m. Eastern time Friday", [("5 p.m. Eastern time Friday", "TIME", "1998-08-14T17:00", None)]),
    ("noon", [("noon", "TIME", "1998-08-18T12:00", None)]),
    ("the attack began at 03:15", [("03:15", "TIME", "1998-08-18T03:15", None)]),
    ("midnight Friday", [("midnight Friday", "TIME", "1998-08-14T24:00", None)]),
    ("at midnight on 31 December 1945", [("midnight on 31 December 1945", "TIME", "1945-12-31T24:00", None)]),
    ("at 08:15 on 6 August 1945", [("08:15 on 6 August 1945", "TIME", "1945-08-06T08:15", None)]),
    ("at 04:45 on Friday", [("04:45 on Friday", "TIME", "1998-08-14T04:45", None)]),
    (
        "as of midnight Moscow time on 11 December 2007",
        [("midnight Moscow time on 11 December 2007", "TIME", "2007-12-11T24:00", None)],
    ),
    (
        "at 04:45 local time on 1 September 1939",
        [("04:45 local time on 1 September 1939", "TIME", "1939-09-01T04:45", None)],
    ),
    ("took effect at 23:01 CET on 8 May 1945", [("23:01 CET on 8 May 1945", "TIME", "1945-05-08T23:01", None)]),
    ("left at 10:00 west on the road", [("10:00", "TIME", "1998-08-18T10:00", None)]),  # a word, not a zone
    ("at noon this time", [("noon", "TIME", "1998-08-18T12:00", None)]),
    ("fighting started at 0445 hours", [("0445 hours", "TIME", "1998-08-18T04:45", None)]),  # military, no colon
    ("at 1600 hours on 6 June 1944", [("1600 hours on 6 June 1944", "TIME", "1944-06-06T16:00", None)]),
    ("at four o'clock", [("four o'clock", "TIME", "1998-08-18T04:00", None)]),
    # relative to the DCT or to the last date
    ("two years ago", [("two years ago", "DATE", "1996", None)]),
    ("six weeks ago", [("six weeks ago", "DATE", "1998-W28", None)]),
    ("several years ago", [("several years ago", "DATE", "PAST_REF", None)]),
    ("last week", [("last week", "DATE", "1998-W33", None)]),
    ("this year", [("this year", "DATE", "1998", None)]),
    ("next year", [("next year", "DATE", "1999", None)]),
    ("talks will resume in the new year", [("the new year", "DATE", "1999", None)]),  # said in August: the next
    ("earlier this month", [("earlier this month", "DATE", "1998-08", None)]),
    ("over the weekend", [("the weekend", "DATE", "1998-W33-WE", None)]),
    ("he came last week-end", [("last week-end", "DATE", "1998-W33-WE", None)]),  # the older spelling
    (
        "In 1990 it rose; the following year it fell.",
        [("1990", "DATE", "1990", None), ("the following year", "DATE", "1991", None)],
    ),
    ("year-end", [("year-end", "DATE", "1998", "END")]),
    # clock times by part of the day
    ("at 4 in the morning", [("4 in the morning", "TIME", "1998-08-18T04:00", None)]),
    # "Friday evening" keeps its part of the day (TimeML, and all three in the dev data); a night or a
    # morning is mostly valued as its day there
    ("A woman was killed Thursday evening.", [("Thursday evening", "TIME", "1998-08-13TEV", None)]),
    ("He spoke Friday night.", [("Friday night", "DATE", "1998-08-14", None)]),
    ("ten o'clock at night", [("ten o'clock at night", "TIME", "1998-08-18T22:00", None)]),
    ("three in the afternoon", [("three in the afternoon", "TIME", "1998-08-18T15:00", None)]),
    # durations
    ("eighteen centuries ago", [("eighteen centuries ago", "DATE", "0198", None)]),
    ("three days", [("three days", "DURATION", "P3D", None)]),
    ("within 2000 years of our own time", [("2000 years", "DURATION", "P2000Y", None)]),  # not the year 2000
    ("a period of 1060 years", [("1060 years", "DURATION", "P1060Y", None)]),
    ("for the next year-and-a-half", [("the next year-and-a-half", "DURATION", "P1Y6M", None)]),  # not "next year"
    ("during that month and a half", [("that month and a half", "DURATION", "P1.5M", None)]),
    # halves go to the next smaller unit; "1/2 hour" alone is not "2 hours"
    ("for 2 1/2 years", [("2 1/2 years", "DURATION", "P2Y6M", None)]),
    ("about 5 1/2 hours in Nairobi", [("5 1/2 hours", "DURATION", "PT5H30M", None)]),
    ("a minute and a half later", [("a minute and a half", "DURATION", "PT1M30S", None)]),
    ("two and a half years", [("two and a half years", "DURATION", "P2Y6M", None)]),
    ("for 1.5 days", [("1.5 days", "DURATION", "P1DT12H", None)]),
    ("in 1/2 hour", [("1/2 hour", "DURATION", "PT30M", None)]),
    # ordinals, ages and counts that look like durations or years
    # "one day" as "some day" is a vague date; as a length it is a duration
    ("Islam will one day be the largest religion", [("one day", "DATE", "FUTURE_REF", None)]),
    ("And one day this Cretan gentleman went down", [("one day", "DATE", "PAST_REF", None)]),
    ("It was in the job one day.", [("one day", "DURATION", "P1D", None)]),
    ("Some day it will awake", [("Some day", "DATE", "FUTURE_REF", None)]),
    ("“The past always seems good,” he said", [("The past", "DATE", "PAST_REF", None)]),
    ("In the past he had never been able to find it", [("the past", "DATE", "PAST_REF", None)]),
    ("their idols. One day a proclamation was issued", [("One day", "DATE", "PAST_REF", None)]),
    ("One day the disguised emperor met with a man", [("One day", "DATE", "PAST_REF", None)]),
    ("He works one day a week", [("one day", "DURATION", "P1D", None), ("a week", "DURATION", "P1W", None)]),
    ("It took some days to arrive", [("some days", "DURATION", "PXD", None)]),
    ("with him, its fifty-second sovereign", []),
    ("a thirty-second spot", [("thirty-second", "DURATION", "PT30S", None)]),
    ("a boy ten years of age", []),
    ("with the loss of two thousand men", []),
    ("half an hour", [("half an hour", "DURATION", "PT30M", None)]),
    ("for half a century", [("half a century", "DURATION", "P50Y", None)]),
    ("in the following weeks", [("the following weeks", "DURATION", "PXW", None)]),
    ("in the ensuing months", [("the ensuing months", "DURATION", "PXM", None)]),
    # spelled hundreds and thousands, British "and" or not
    (
        "it was remarked that more than two hundred and thirty years elapsed",
        [("more than two hundred and thirty years", "DURATION", "P230Y", "MORE_THAN")],
    ),
    ("for three hundred years", [("three hundred years", "DURATION", "P300Y", None)]),
    ("a reign of one hundred forty days", [("one hundred forty days", "DURATION", "P140D", None)]),
    ("two thousand three hundred years", [("two thousand three hundred years", "DURATION", "P2300Y", None)]),
    # "the last half century" is fifty years, not the second half of a year
    ("only in the last half century", [("the last half century", "DURATION", "P50Y", None)]),
    ("in the past half-century", [("the past half-century", "DURATION", "P50Y", None)]),
    ("a three-day visit", [("three-day", "DURATION", "P3D", None)]),
    ("the past two months", [("the past two months", "DURATION", "P2M", None)]),
    ("a 10-year bond", [("10-year", "DURATION", "P10Y", None)]),
    ("after the two-day meeting", [("two-day", "DURATION", "P2D", None)]),  # an adjective: no article
    ("its 52-week high", [("52-week", "DURATION", "P52W", None)]),
    ("for the two days", [("the two days", "DURATION", "P2D", None)]),  # a noun keeps it
    ("24 hours", [("24 hours", "DURATION", "PT24H", None)]),
    ("several years", [("several years", "DURATION", "PXY", None)]),
    # one length in several units is one DURATION; weeks do not mix with other units in TIMEX3
    ("he served two years and three months", [("two years and three months", "DURATION", "P2Y3M", None)]),
    (
        "reigned three years nine months and four days",
        [("three years nine months and four days", "DURATION", "P3Y9M4D", None)],
    ),
    ("it took 2 hours and 30 minutes", [("2 hours and 30 minutes", "DURATION", "PT2H30M", None)]),
    ("between three days and a week", [("three days", "DURATION", "P3D", None), ("a week", "DURATION", "P1W", None)]),
    ("elections every four years", [("every four years", "SET", "P4Y", None)]),
    ("the shop closes on weekends", [("weekends", "SET", "XXXX-WXX-WE", None)]),
    ("he comes every week-end", [("every week-end", "SET", "XXXX-WXX-WE", None)]),
    ("they meet every other week", [("every other week", "SET", "P2W", None)]),
    ("for a couple of years", [("a couple of years", "DURATION", "P2Y", "APPROX")]),  # two, roughly
    ("a couple of days ago", [("a couple of days ago", "DATE", "1998-08-16", None)]),
    ("for years", [("years", "DURATION", "PXY", None)]),
    ("the debate will resume and last five days", [("five days", "DURATION", "P5D", None)]),  # "last" the verb
    ("the armistice ought to last three months", [("three months", "DURATION", "P3M", None)]),
    ("he spent the last five days in bed", [("the last five days", "DURATION", "P5D", None)]),
    ("talks resumed after months of fighting", [("months", "DURATION", "PXM", None)]),  # a length, vague
    ("Years of war ended.", [("Years", "DURATION", "PXY", None)]),
    ("the deal follows weeks of talks", [("weeks", "DURATION", "PXW", None)]),
    ("the best years of her life", []),  # a time of life, not a length
    ("in the small hours of the morning", [("the morning", "TIME", "1998-08-18TMO", None)]),  # no "hours"
    ("died within weeks or months of his capture", [("weeks", "DURATION", "PXW", None)]),  # counted from it
    ("In the days of Napoleon the roads were bad", []),  # an era
    ("THE GREAT DAYS OF THE ARABS", []),
    ("at least 30 days", [("at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE")]),
    ("nearly five months", [("nearly five months", "DURATION", "P5M", "LESS_THAN")]),
    ("about three days", [("three days", "DURATION", "P3D", None)]),
    ("over the previous hundred years", [("the previous hundred years", "DURATION", "P100Y", None)]),
    ("the past thousand years", [("the past thousand years", "DURATION", "P1000Y", None)]),
    ("the Hundred Days began", []),  # a name
    ("for the year ended June 30", [("the year", "DURATION", "P1Y", None), ("June 30", "DATE", "1998-06-30", None)]),
    # seasons and holidays
    ("this summer", [("this summer", "DATE", "1998-SU", None)]),
    ("last fall", [("last fall", "DATE", "1997-FA", None)]),
    ("the winter of 1994", [("the winter of 1994", "DATE", "1994-WI", None)]),
    ("the winter of 1950–51", [("the winter of 1950–51", "DATE", "1950-WI", None)]),
    ("last Thanksgiving", [("last Thanksgiving", "DATE", "1997-11-27", None)]),
    ("Easter 2000", [("Easter 2000", "DATE", "2000-04-23", None)]),
    # the days counted from Easter (was "Monday" and "1916" apart)
    ("on Easter Monday 1916", [("Easter Monday 1916", "DATE", "1916-04-24", None)]),
    ("on Ash Wednesday 1920", [("Ash Wednesday 1920", "DATE", "1920-02-18", None)]),
    ("at Pentecost 1998", [("Pentecost 1998", "DATE", "1998-05-31", None)]),
    ("the Easter Rising", []),
    # the Roman calendar's named days (was the month alone, or nothing)
    ("on the Ides of March, 44 BC", [("the Ides of March, 44 BC", "DATE", "-0043-03-15", None)]),
    ("on the nones of June 1820", [("the nones of June 1820", "DATE", "1820-06-05", None)]),
    ("on the calends of January", [("the calends of January", "DATE", "1998-01-01", None)]),
    ("on Independence Day", [("Independence Day", "DATE", "1998-07-04", None)]),
    ("on Polish Independence Day", []),  # 11 November, another nation's: not the 4th of July
    ("on Ukraine's Independence Day", []),
    # sets
    ("daily", [("daily", "SET", "P1D", None)]),
    ("every month", [("every month", "SET", "P1M", None)]),
    ("twice a day", [("a day", "SET", "P1D", None)]),
    ("on 1,500 calories a day", [("a day", "SET", "P1D", None)]),
    ("for its 1,500 men it was a day of suspense", [("a day", "DURATION", "P1D", None)]),  # a copula: no rate
    ("each July", [("each July", "SET", "XXXX-07", None)]),
    # PRESENT_REF / PAST_REF / FUTURE_REF
    ("now", [("now", "DATE", "PRESENT_REF", None)]),
    ("recently", [("recently", "DATE", "PAST_REF", None)]),
    ("in the past", [("the past", "DATE", "PAST_REF", None)]),
    ("in the near future", [("the near future", "DATE", "FUTURE_REF", None)]),
    ("by month-end", [("month-end", "DATE", "1998-08", "END")]),
    ("At month's end, UN forces held", [("month's end", "DATE", "1998-08", "END")]),
    ("lasts to the present.", [("the present", "DATE", "PRESENT_REF", None)]),
    ("For the present I am free", [("the present", "DATE", "PRESENT_REF", None)]),
    ("through the present day.", [("the present day", "DATE", "PRESENT_REF", None)]),
    ("at the present time, Europe", [("the present time", "DATE", "PRESENT_REF", None)]),
    ("in the present case", []),  # an adjective before its noun
    ("The present-day relations", []),
    ("Delighted with the present, he sailed", []),  # a gift
    ("Is given by the present to John Reed", []),  # a certificate's "the present [document]"
    ("at noon of September 8, 1771", [("noon of September 8, 1771", "TIME", "1771-09-08T12:00", None)]),
    # old books write 2d, 3d, 22d, 23d for 2nd, 3rd, 22nd, 23rd
    ("October 23d, 1917", [("October 23d, 1917", "DATE", "1917-10-23", None)]),
    ("on the 22d of August 1774", [("the 22d of August 1774", "DATE", "1774-08-22", None)]),
    ("the 3d Battalion and the 2d Division", []),
    ("It cost 5s. 6d. in all", []),  # pence, not a day
    # underscores around words are emphasis (Markdown, Gutenberg texts); inside a word, an identifier
    ("_Fifty years ago_, an airlift", [("Fifty years ago", "DATE", "1948", None)]),
    ("It was _last week_ that", [("last week", "DATE", "1998-W33", None)]),
    ("in _1947_ it", [("1947", "DATE", "1947", None)]),
    ("see file_1945 and id_1946", []),
]


@pytest.mark.parametrize(("phrase", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rule(phrase: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    got = [(t.text, t.type, t.value, t.mod) for t in tag(phrase, dct=DCT)]
    assert got == expected


def test_an_era_range_in_one_expression_has_both_ends_in_that_era() -> None:
    got = [(t.text, t.value, t.end_value) for t in tag("The Second Punic War (218–201 BC) was fought.")]
    assert got == [("218–201 BC", "-0217", "-0200")]
    got = [(t.text, t.value, t.end_value) for t in tag("Marcus Aurelius (161-180 A.D.) ruled.")]
    assert got == [("161-180 A.D.", "0161", "0180")]


def test_the_first_year_of_a_bc_span_is_bc_too() -> None:
    got = [(t.text, t.value, t.end_value) for t in tag("From 431 to 404 B.C. the war went on.", mode="narrative")]
    assert got == [("431", "-0430", "-0403"), ("404 B.C.", "-0403", None)]
    got = [(t.text, t.value) for t in tag("It was built between 500 and 450 BC.", mode="narrative")]
    assert got == [("500", "-0499"), ("450 BC", "-0449")]
    got = [(t.text, t.value, t.end_value) for t in tag("(the Peloponnesian War 431 to 404 B.C.)")]
    assert got == [("431", "-0430", "-0403"), ("404 B.C.", "-0403", None)]
    got = [(t.text, t.value, t.end_value) for t in tag("he twice crossed into Britain (55 and 54 B.C.)")]
    assert got == [("55", "-0054", None), ("54 B.C.", "-0053", None)]  # two years, not a span
    for counts in ("between 800 and 900 men died", "to about 450 stores from 360.", "it grew from 300 to 400"):
        assert tag(counts, mode="narrative") == []
    # a four-digit first year too (Wells: the reliefs "were done in these centuries between 1600 and 600 B.C.")
    got = [(t.text, t.value, t.end_value) for t in tag("between 1600 and 600 B.C., and this", mode="narrative")]
    assert got == [("1600", "-1599", "-0599"), ("600 B.C.", "-0599", None)]
    got = [(t.text, t.value) for t in tag("In the old world before 4000 or 5000 B.C., that is", mode="narrative")]
    assert got == [("4000", "-3999"), ("5000 B.C.", "-4999")]  # two guesses, both BC
    got = [(t.text, t.value) for t in tag("the armies of 1812 and 50 BC", mode="narrative")]
    assert got == [("1812", "1812"), ("50 BC", "-0049")]  # "and" without "between": two years, the first AD

    # and so the first year of an AD span whose era is written once
    got = [(t.text, t.value, t.end_value) for t in tag("He was followed by Tiberius (14 to 37 A.D.) and Nero.")]
    assert got == [("14", "0014", "0037"), ("37 A.D.", "0037", None)]
    got = [(t.text, t.value) for t in tag("The plague raged from 164 to 180 A.D. It weakened Rome.", mode="narrative")]
    assert got == [("164", "0164"), ("180 A.D.", "0180")]
    assert [t.text for t in tag("(37 to 14 A.D.)")] == ["14 A.D."]  # backwards: no span


def test_decades_in_a_span_and_a_decade_of_a_century() -> None:
    got = [(t.text, t.value, t.end_value) for t in tag("Jazz spread during the 1940s–50s in Europe.")]
    assert got == [("the 1940s–50s", "194", "195")]
    got = [(t.text, t.value) for t in tag("The first decade of the 20th century saw the first flights.")]
    assert got == [("The first decade of the 20th century", "190")]
    got = [(t.text, t.value) for t in tag("in the last decade of the nineteenth century")]
    assert got == [("the last decade of the nineteenth century", "189")]


def test_an_ordinal_that_leaves_out_century_before_a_century_is_one_too() -> None:
    def got(text: str) -> list[tuple[str, str, str | None]]:
        return [(t.text, t.value, t.end_value) for t in tag(text, mode="narrative")]

    assert got("in the seventeenth and eighteenth centuries the") == [
        ("the seventeenth", "16", None),
        ("eighteenth centuries", "17", None),
    ]
    assert got("Throughout the fifth, sixth and seventh centuries") == [
        ("the fifth", "04", None),
        ("sixth", "05", None),
        ("seventh centuries", "06", None),
    ]
    assert got("in the fourth or fifth century B.C. Probably") == [
        ("the fourth", "-03", None),
        ("fifth century B.C.", "-04", None),
    ]
    assert got("Between the thirteenth and the sixteenth century the Aryans") == [
        ("the thirteenth", "12", "15"),
        ("the sixteenth century", "15", None),
    ]
    assert got("he came on the fifth and the sixteenth century began") == [("the sixteenth century", "15", None)]


def test_a_decade_word_is_of_the_century_named_or_nearest_the_story() -> None:
    def got(text: str, mode: str = "narrative") -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in tag(text, mode=mode)]

    assert got("by the thirties and forties of the nineteenth century, the sects") == [
        ("the thirties", "183"),
        ("forties", "184"),
        ("the nineteenth century", "18"),
    ]
    assert got("In 1851 came the exhibition. The effort of the sixties began to tell after the nineties.") == [
        ("1851", "1851"),
        ("the sixties", "186"),
        ("the nineties", "189"),
    ]
    assert got("In 1998 he remembered the twenties.") == [("1998", "1998"), ("the twenties", "192")]
    assert got("He remembered the sixties.", mode="news") == [("the sixties", "196")]


def test_range_in_one_expression_has_end_value() -> None:
    (t,) = tag("the 1954-58 plan", dct=DCT)
    assert (t.text, t.value, t.end_value) == ("1954-58", "1954", "1958")
    # a one-digit end in parentheses or before a comma (Wells: "In the Fourth Crusade (1202-4)", "in 1877-8,")
    got = [(t.text, t.value, t.end_value) for t in tag("In the Fourth Crusade (1202-4) the Latin Church", dct=DCT)]
    assert got == [("1202-4", "1202", "1204")]
    assert [t.end_value for t in tag("There was a Russo-Turkish war in 1877-8, but", dct=DCT)] == ["1878"]
    first = tag("The team won 1990-1 last year.", dct=DCT)[0]
    assert (first.text, first.end_value) == ("1990", None)  # a score, not 1990-1991


@pytest.mark.parametrize("phrase", ["from 1918 to 1921", "between 1918 and 1921", "1918-1921"])
def test_range_links_first_to_second(phrase: str) -> None:
    first = tag(phrase)[0]
    assert (first.value, first.end_value) == ("1918", "1921")


def test_two_dates_that_fill_a_parenthesis_are_a_span_but_not_two_years_joined_by_and() -> None:
    emperors = tag("Augustus, the first of the Roman emperors (27 B.C. to 14 A.D.).", mode="narrative")[0]
    assert (emperors.value, emperors.end_value) == ("-0026", "0014")
    bacon = tag("Roger Bacon (circa 1210 to circa 1293), a Franciscan of Oxford", mode="narrative")[0]
    assert (bacon.value, bacon.end_value) == ("1210", "1293")
    assert [t.end_value for t in tag("The wars (1939 and 1945) ended.", mode="narrative")] == [None, None]


def test_relative_flag() -> None:
    absolute, relative = tag("In 1949 and last year", dct=DCT)
    assert not absolute.relative
    assert relative.relative


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("last week", "XXXX-WXX"), ("yesterday", "PAST_REF"), ("Friday", "XXXX-WXX-5"), ("this year", "XXXX")],
)
def test_without_dct_relative_expressions_are_found(phrase: str, value: str) -> None:
    (t,) = tag(phrase, dct=None)
    assert t.value == value
    assert t.relative


def test_narrative_mode_resolves_against_last_explicit_date() -> None:
    text = (
        "In 1812 Napoleon invaded Russia. In March he gathered his army. That summer was hot. "
        "The following year he lost at Leipzig. Two years later came Waterloo."
    )
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got == [
        ("1812", "1812"),
        ("March", "1812-03"),
        ("That summer", "1812-SU"),
        ("The following year", "1813"),
        ("Two years later", "1815"),
    ]


HISTORY = (
    "The war began on 28 July 1914. By late August the armies were near Paris. In September the French "
    "counter-attacked. The following year Italy joined, and in the spring of 1915 troops landed at Gallipoli. "
    "On 1 July 1916 the battle began; by the end of the day 57,000 men had fallen. In early 1917 the "
    "blockade tightened, and two months later America declared war. That winter was hard. The armistice came "
    "at 11 a.m. on 11 November 1918. The conference opened the next January. A decade later the crisis came."
)


def test_history_narrative() -> None:
    got = [(t.text, t.value, t.mod) for t in tag(HISTORY, mode="narrative")]
    assert got == [
        ("28 July 1914", "1914-07-28", None),
        ("late August", "1914-08", "END"),
        ("September", "1914-09", None),
        ("The following year", "1915", None),
        ("the spring of 1915", "1915-SP", None),
        ("1 July 1916", "1916-07-01", None),
        ("the end of the day", "1916-07-01", "END"),
        ("early 1917", "1917", "START"),
        ("two months later", "1917", None),
        ("That winter", "1917-WI", None),
        ("11 a.m. on 11 November 1918", "1918-11-11T11:00", None),
        ("the next January", "1919-01", None),
        ("A decade later", "1929", None),
    ]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("till the first of September 1812", ("the first of September 1812", "1812-09-01")),
        ("in two thousand and one", ("two thousand and one", "2001")),
        ("50,000 years ago", ("50,000 years ago", "PAST_REF")),
        ("for over four centuries", ("four centuries", "P400Y")),
        ("in 864 he invited Rurik", ("864", "0864")),
        ("the first half of the 19th century", ("the first half of the 19th century", "18")),
        ("about the year 360, the Apocalypse", ("about the year 360", "0360")),
        ("Early in the 19th century", ("Early in the 19th century", "18")),
        ("The Thirty Years' War (1618–1648) began.", ("1618–1648", "1618")),
    ],
)
def test_narrative_phrases(phrase: str, expected: tuple[str, str]) -> None:
    (t,) = tag(phrase, mode="narrative")
    assert (t.text, t.value) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "a note for two thousand roubles",
        "the snows of winter",
        "all the year round",
        "the third quarter of the century",
        "a tank corps equipped with about 120 T-34s",  # a count of models, not the year 120
    ],
)
def test_narrative_generic_phrases_are_not_dates(phrase: str) -> None:
    assert tag(phrase, mode="narrative") == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on 5–8 August 1950", ("5–8 August 1950", "1950-08-05", "1950-08-08")),
        ("June 15-17, 1950", ("June 15-17, 1950", "1950-06-15", "1950-06-17")),
        ("on the night of 5/6 June 1944", ("5/6 June 1944", "1944-06-05", "1944-06-06")),  # a night across two dates
        ("from 2 to 5 October 1950", ("2 to 5 October 1950", "1950-10-02", "1950-10-05")),
        ("between 10 and 12 May 1940", ("10 and 12 May 1940", "1940-05-10", "1940-05-12")),
    ],
)
def test_day_ranges(phrase: str, expected: tuple[str, str, str]) -> None:
    (t,) = tag(phrase)
    assert (t.text, t.value, t.end_value) == expected


def test_the_new_year_is_the_coming_one_late_in_a_year_and_the_one_begun_early_in_it() -> None:
    text = "The battle dragged on into November 1916. In the new year the Germans withdrew."
    assert [t.value for t in tag(text, mode="narrative")] == ["1916-11", "1917"]
    text = "On 2 January 1917 the court returned. Early in the new year the Germans withdrew."
    assert [t.value for t in tag(text, mode="narrative")] == ["1917-01-02", "1917"]


def test_decades_and_centuries_are_counted_from_the_decade_or_century_the_story_moved_to() -> None:
    text = "The war ended in 1953. The 1990s saw its collapse; a decade later the region recovered."
    assert [t.value for t in tag(text, mode="narrative")] == ["1953", "199", "200"]
    text = "It fell in 1125 B.C. In the fifteenth century printing spread. Two centuries later science grew."
    assert [t.value for t in tag(text, mode="narrative")] == ["-1124", "14", "16"]
    text = "Babylon fell in 539 B.C. In the tenth century the Turks grew, as the Medes had fourteen centuries before."
    assert [t.value for t in tag(text, mode="narrative")] == ["-0538", "09", "-05"]
    text = "It was retaken in the mid-6th century. From the late 11th century onwards the popes ruled it. "
    text += "By the turn of the century it was rich."
    assert [t.value for t in tag(text, mode="narrative")] == ["05", "10", "1100"]
    # a decade the story's year is in leaves it there: "a decade later" is ten years after that year
    text = "In 1952 the war went on. In the 1950s the economy grew. A decade later it slowed."
    assert [t.value for t in tag(text, mode="narrative")] == ["1952", "195", "1962"]
    # a count that is no whole number of them still counts from the year ("two years later" after "the 1990s")
    text = "The war ended in 1953. The 1990s saw its collapse; two years later it recovered."
    assert [t.value for t in tag(text, mode="narrative")][-1] == "1955"


def test_that_decade_and_the_same_century_are_the_ones_named_last() -> None:
    text = "In 1890 he was born. The 1920s were wild; later in that decade the crash came. The next decade was bad."
    assert [t.value for t in tag(text, mode="narrative")] == ["1890", "192", "192", "193"]
    text = "Paper reached Italy by the end of the thirteenth century. Only by the fourteenth century did it reach "
    text += "Germany, and not until the end of that century was it cheap."
    assert [t.value for t in tag(text, mode="narrative")] == ["12", "13", "13"]
    # named before the story's year, they give way to it
    text = "The 1920s were wild. In 1935 the war came; that decade ended in ruin."
    assert [t.value for t in tag(text, mode="narrative")] == ["192", "1935", "193"]


def test_a_season_that_opens_a_sentence_after_it_has_passed_is_the_next_one() -> None:
    text = "The offensive stalled in December 1941. By the summer they had reached the Don. That autumn it fell."
    assert [t.value for t in tag(text, mode="narrative")] == ["1941-12", "1942-SU", "1942-FA"]
    # the January or February after a winter is the next year's
    text = "The army rested in the winter of 1942. On 2 February the Sixth Army surrendered."
    assert [t.value for t in tag(text, mode="narrative")] == ["1942-WI", "1943-02-02"]
    # inside a clause, a season keeps the story's year: "had been elected in the middle of the summer"
    text = "By September 1917 they had won. The Soviets had been elected in the middle of the summer, or before."
    assert [t.value for t in tag(text, mode="narrative")] == ["1917-09", "1917-SU"]


def test_a_week_of_a_month_moves_the_story_to_that_month() -> None:
    text = "The offensive began in 1944. In the last week of April 1945 Berlin fell. In May the war ended."
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got[1:] == [("the last week of April 1945", "1945-W17"), ("May", "1945-05")]
    # a week counted from the story's day ("the next week") leaves the story at that day
    text = "On 3 March 1917 the tsar abdicated. The next week the soviet met. Two days later the ministers resigned."
    assert [t.value for t in tag(text, mode="narrative")][1:] == ["1917-W10", "1917-03-05"]


def test_a_month_behind_the_storys_month_is_a_look_back() -> None:
    text = "On 6 November 1812 the army reached Smolensk. In May he had left Paris. Three days later the snow fell."
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got == [("6 November 1812", "1812-11-06"), ("May", "1812-05"), ("Three days later", "1812-11-09")]
    text = (
        "On 7 November 1917 the Bolsheviki took the Winter Palace. In July soldiers had been shot down. "
        "In March you struck down the tyranny. The Duma in its meeting of October 26th decreed order."
    )
    assert tag(text, mode="narrative")[-1].value == "1917-10-26"  # was 1916: July and March had moved the story


def test_asides_do_not_move_the_narrative_reference() -> None:
    text = "In May 1950 Kim met Mao. Peng Dehuai (1952–1953) led. Talks went on until 1951. In June they failed."
    assert [t.value for t in tag(text, mode="narrative")][-1] == "1950-06"


def test_the_end_of_the_decade_told_in_the_past_is_the_decade_named_last() -> None:
    story = "In 1950 the war began. By the mid-1960s its economy grew quickly. By the end of the decade exports had"
    assert tag(story + " tripled.", mode="narrative")[-1].value == "196"  # was 195, the story's year's decade
    history = "The company was founded in the 1960s. By the end of the decade, it had 50 staff."
    assert tag(history, dct="1998-01-01")[-1].value == "196"
    plan = "The company was founded in the 1960s. It plans to double sales by the end of the decade."
    assert tag(plan, dct="1998-01-01")[-1].value == "199"  # today's decade


def test_a_two_digit_decade_listed_after_a_four_digit_one_is_in_its_century() -> None:
    text = "In the 1920s and 30s it slept. In the 1950s, 60s and early 70s it was poor. He was in his 60s."
    assert [(t.text, t.value, t.mod) for t in tag(text, mode="narrative")] == [
        ("the 1920s", "192", None),
        ("30s", "193", None),
        ("the 1950s", "195", None),
        ("60s", "196", None),
        ("early 70s", "197", "START"),
    ]
    # one written with an apostrophe, which the tagger reads as the 20th century's on its own
    text = "The 1840s and '50s were turbulent. In the 1920s or the '30s. The '50s were fun."
    assert [(t.text, t.value) for t in tag(text, mode="narrative")] == [
        ("The 1840s", "184"),
        ("'50s", "185"),
        ("the 1920s", "192"),
        ("'30s", "193"),
        ("The '50s", "195"),
    ]


def test_a_birth_or_a_who_clause_behind_the_story_is_a_look_back() -> None:
    text = "On 14 April 1865 Lincoln was shot. Johnson, who had been born on December 29, 1808, succeeded him the"
    assert tag(text + " next morning.", mode="narrative")[-1].value == "1865-04-15TMO"  # was 1808-12-30TMO
    born = "In 1865 Lincoln was shot. Born in 1808, Johnson succeeded him the next year."
    assert tag(born, mode="narrative")[-1].value == "1866"
    # a "which" clause often tells the story's own event: "that same year" is the wedding's
    wedding = "After the war of 1815 he ruled. Her wedding, which took place in 1813, was the last. He died that"
    assert tag(wedding + " same year.", mode="narrative")[-1].value == "1813"


def test_the_early_and_latter_part_of_a_time_are_its_start_and_end() -> None:
    text = (
        "In the early part of 1631 he won. In the latter part of the year he lost. In the first part of October"
        " a delegation came. In the latter part of the 18th century it grew."
    )
    assert [(t.text, t.value, t.mod) for t in tag(text, mode="narrative")] == [
        ("the early part of 1631", "1631", "START"),  # was "1631"
        ("the latter part of the year", "1631", "END"),  # was not found
        ("the first part of October", "1631-10", "START"),
        ("the latter part of the 18th century", "17", "END"),
    ]


def test_an_o_clock_time_takes_its_weekday_and_part_of_day_and_a_weekday_range_runs_forward() -> None:
    text = (
        "On Monday, the 29th of May 1905, the fleet fled. On that Saturday morning no one dreamed of it. From two"
        " o'clock on Saturday afternoon until two o'clock on Sunday morning the storm kept on."
    )
    assert [(t.text, t.value) for t in tag(text, mode="narrative")][-2:] == [
        ("two o'clock on Saturday afternoon", "1905-05-27T14:00"),  # was 02:00 on the 29th, and Saturday apart
        ("two o'clock on Sunday morning", "1905-05-28T02:00"),  # was the 29th; a week on, after "until"
    ]
    week = [t.value for t in tag("Talks began on 4 March 1998. They ran from Monday to Friday.", mode="narrative")]
    assert week[-2:] == ["1998-03-02", "1998-03-06"]  # Friday was the 27th of February, before Monday
    # a range from a date to a weekday is not moved: the Thursday before the article's day
    news = "Crane bought 254,200 shares from Sept. 14 to Thursday."
    assert [t.value for t in tag(news, dct="1989-10-30")] == ["1989-09-14", "1989-10-26"]
    # a date after the weekday is the date's own: not swallowed by the clock time
    sale = "AT eleven o'clock on Wednesday the 14th of June 1843, a sale."
    assert [t.text for t in tag(sale, mode="narrative")] == ["eleven o'clock", "Wednesday the 14th of June 1843"]


def test_the_news_day_named_just_before_and_a_deadline_through_a_date() -> None:
    text = (
        "Earlier Thursday, the Senate rejected the amendments; later in the day, it voted, hours before a midnight"
        " deadline. The bill funds the government through Sept. 30. Sales rose through Sept. 30."
    )
    got = [(t.text, t.value) for t in tag(text, dct="2024-03-22")]
    assert got == [
        ("Thursday", "2024-03-21"),
        ("later in the day", "2024-03-21"),  # was the DCT's day
        ("midnight", "2024-03-21T24:00"),  # was no time: "a midnight" is not "many a midnight lucubration"
        ("Sept. 30", "2024-09-30"),  # a deadline to come, in the present
        ("Sept. 30", "2023-09-30"),
    ]
    assert [t.text for t in tag("Far from home, I studied many a midnight lucubration.", dct="2024-03-22")] == []


def test_a_source_cited_in_parentheses_and_an_event_named_by_its_month_leave_the_story() -> None:
    text = (
        "On November 8th, 1917, the Congress met. The decree followed Izviestia (Petrograd, No.88, August 19th, "
        "1917). The next day the committee met. There lay the martyrs of March. Many were arrested in the July "
        "days. That night the guards came."
    )
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got == [
        ("November 8th, 1917", "1917-11-08"),
        ("August 19th, 1917", "1917-08-19"),
        ("The next day", "1917-11-09"),  # was 20 August
        ("March", "1917-03"),
        ("July", "1917-07"),
        ("That night", "1917-11-09TNI"),  # was July's
    ]


def test_a_clock_time_takes_the_weekday_after_its_parenthesis_and_a_zone_time_is_no_year() -> None:
    text = (
        "Talks ended Tuesday. The quake struck at 8:30 a.m. local time (0030 GMT) on Thursday. The blast went off"
        " at 11:40 a.m. (0940 GMT) Friday. It hit at 3 p.m. EDT (1900 GMT) Wednesday. In 1900 GMT was adopted."
    )
    got = [(t.text, t.value) for t in tag(text, dct="2013-11-15")]
    assert got == [
        ("Tuesday", "2013-11-12"),
        ("8:30 a.m. local time", "2013-11-14T08:30"),  # was the 12th, the day named before
        ("Thursday", "2013-11-14"),
        ("11:40 a.m.", "2013-11-15T11:40"),
        ("Friday", "2013-11-15"),
        ("3 p.m. EDT", "2013-11-13T15:00"),
        ("Wednesday", "2013-11-13"),  # "1900 GMT" was the year 1900
        ("1900", "1900"),
    ]


def test_a_clock_time_ending_a_range_before_its_start_is_in_the_afternoon() -> None:
    text = (
        "On 3 May 1950 the hall was packed between noon and two o'clock. They met from eleven o'clock till three. "
        "From 11:30 to 1:15 it rained. From ten in the evening until two o'clock we danced; from 20:00 to 02:00 "
        "too. From 11 a.m. to 2 p.m. it rained."
    )
    got = [(t.text, t.value[11:]) for t in tag(text, mode="narrative") if t.type == "TIME"]
    assert got == [
        ("noon", "12:00"),
        ("two o'clock", "14:00"),  # was 02:00
        ("eleven o'clock", "11:00"),
        ("11:30", "11:30"),
        ("1:15", "13:15"),
        ("ten in the evening", "22:00"),
        ("two o'clock", "02:00"),  # the small hours after a late evening
        ("20:00", "20:00"),
        ("02:00", "02:00"),  # a 24-hour clock says its half
        ("11 a.m.", "11:00"),
        ("2 p.m.", "14:00"),
    ]


def test_seasons_and_months_of_a_story_before_christ_follow_it() -> None:
    text = (
        "In the spring of 218 BC, Hannibal crossed the Ebro. That autumn he crossed the Alps, and in December he"
        " won at the Trebia. The following spring he won at Lake Trasimene."
    )
    assert [t.value for t in tag(text, mode="narrative")] == ["-0217-SP", "-0217-FA", "-0217-12", "-0216-SP"]


def test_a_past_not_until_is_when_the_event_happened_and_moves_the_story() -> None:
    told = "The attack began on 22 June 1941. Stalin did not address the nation until 3 July. Earlier that month, "
    assert tag(told + "Minsk had fallen.", mode="narrative")[-1].value == "1941-07"
    late = "In 1941 the war began. It was not until 1943 that the tide turned. The next year, the army reached Poland."
    assert tag(late, mode="narrative")[-1].value == "1944"
    # a plan is no event: the story stays in 1989
    plan = "In 1989 sales fell. The plant wasn't to begin turning out product until 1993, so this year is lost."
    assert tag(plan, mode="narrative")[-1].value == "1989"
    # Morris: the story moves to May 1905 (was: the 22nd of the October 1904 named before)
    fleet = (
        "The fleet set sail on October 16, 1904, firing on boats on the 21st. It passed Singapore till April 12."
        " The second squadron did not pass Singapore until May 5. On the 22d they were seen."
    )
    assert tag(fleet, mode="narrative")[-1].value == "1905-05-22"


def test_that_year_after_a_look_back_in_a_hard_wrapped_sentence_is_the_look_back_s_year() -> None:
    text = (
        "In 1914 the war began.\n\nOver a large part of the civilized world it was believed and taught that\n"
        "the world had been created suddenly in 4004 B.C., though\nauthorities differed as to whether this had"
        " occurred in the spring\nor autumn of that year. This fantastically precise notion"
    )
    assert [t.value for t in tag(text, mode="narrative")][-2:] == ["-4003-SP", "-4003-FA"]
    item = "In 1914 the war began.\n\n- The world had been made in 4004 BC\n- The spring of that year"  # short lines
    assert tag(item, mode="narrative")[-1].value == "1914-SP"


def test_a_day_of_the_month_after_a_part_of_the_day_is_a_day() -> None:
    text = "His feast-day came on the 10th of July 1762. On the morning of the 9th he set out; the next day he dined."
    assert [(t.text, t.value) for t in tag(text, mode="narrative")] == [
        ("the 10th of July 1762", "1762-07-10"),
        ("the 9th", "1762-07-09"),  # a day back is a look back, not August's 9th
        ("the next day", "1762-07-10"),
    ]
    moves_on = "On 25 October 1917 the Congress met. On the night of the 17th the Duma fell."
    assert tag(moves_on, mode="narrative")[-1].value == "1917-11-17"  # eight days back: the story moved on
    assert tag("He came in the 9th row.", mode="narrative") == []
    told = "On 2 November 1917 it began. On the 13th they summoned a conference. On the 2nd floor they met."
    assert [t.value for t in tag(told, mode="narrative")] == ["1917-11-02", "1917-11-13"]  # not the floor


def test_a_month_that_names_a_thing_is_the_one_behind_the_story() -> None:
    text = "On 7 November 1917 they rose. The Revolution of March seemed far. In February they met again."
    assert [t.value for t in tag(text, mode="narrative")][1:] == ["1917-03", "1918-02"]  # the story still moves on


def test_a_weekday_with_its_day_of_the_month_is_that_day() -> None:
    text = "On 7 November 1917 they rose. Next morning, Sunday the 11th, the Cossacks entered. Monday the 12th came."
    assert [(t.text, t.value) for t in tag(text, mode="narrative")][1:] == [
        ("Sunday the 11th", "1917-11-11"),  # a bare "Sunday" after the 7th had been 4 November
        ("Monday the 12th", "1917-11-12"),
    ]
    wrong_day = "On 27 May 1904 the fleets met. On the morning of Monday, the 29th, the fragments fled."
    assert tag(wrong_day, mode="narrative")[-1].value == "1904-05-29"  # the day's number wins over the weekday
    month = "In 1845 the sale was held. On Wednesday, the 9th of April, the lots were sold."
    assert [t.text for t in tag(month, mode="narrative")][-1] == "Wednesday, the 9th of April"


def test_a_spelled_hour_on_the_twelve_hour_clock() -> None:
    text = "In 1762, at five A.M. on July 9, Orlof appeared. At seven p.m. they left."
    assert [(t.text, t.value) for t in tag(text, mode="narrative")][1:] == [
        ("five A.M. on July 9", "1762-07-09T05:00"),
        ("seven p.m.", "1762-07-09T19:00"),
    ]


def test_a_day_of_the_month_after_for_is_the_story_s_day() -> None:
    text = "On 5 September 1855 the cannonade began, a prelude to an assault fixed for the 8th. That day it ended."
    assert [t.value for t in tag(text, mode="narrative")] == ["1855-09-05", "1855-09-08", "1855-09-08"]
    assert tag("He voted for the 2nd time.", mode="narrative") == []


def test_a_date_in_parentheses_restates_the_relative_date_before_it() -> None:
    text = "In 1362 he won. He died nine years afterwards (1389), having won. Two years afterwards Moscow fell."
    assert [(t.text, t.value) for t in tag(text, mode="narrative")][1:] == [
        ("nine years afterwards", "1389"),
        ("1389", "1389"),
        ("Two years afterwards", "1391"),  # counted from the text's own date, not from 1371
    ]
    crusade = "The mobs were destroyed in 1096. Next year (1097) the real fighting forces crossed."
    assert [t.value for t in tag(crusade, mode="narrative")] == ["1096", "1097", "1097"]
    day = "On 3 March 1950 it began. Three days later (1950) it ended."  # a year does not restate a day
    assert [t.value for t in tag(day, mode="narrative")] == ["1950-03-03", "1950-03-06", "1950"]


def test_an_events_range_in_parentheses_is_the_time_the_story_moves_to() -> None:
    text = "In April 2018 they met. Japan won the First Sino-Japanese War (1894–95). A decade later, Japan won again."
    assert [t.value for t in tag(text, mode="narrative")][-1] == "1904"
    lifespan = "In April 2018 they met. Peng Dehuai (1894–1895) led. A decade later, Japan won again."
    assert [t.value for t in tag(lifespan, mode="narrative")][-1] == "2028"
    # the event named with its place: "4 July" was undated (XXXX-07-04) when only "battle" right before counted
    battle = "The Battle of Gettysburg (1–3 July 1863) was fought by Meade (1815–1872). Lee withdrew on 4 July."
    assert [t.value for t in tag(battle, mode="narrative")][-1] == "1863-07-04"


def test_months_counted_after_a_bare_year_count_from_the_month_named_shortly_before() -> None:
    text = (
        "In January 1948, the State Department published Nazi–Soviet Relations, 1939–1941. "
        "In response, one month later, the Soviet Union published its own. Two months later, it ended."
    )
    assert [t.value for t in tag(text, mode="narrative")][-2:] == ["1948-02", "1948-04"]
    years = "In 1939 the war began. From 1939 to 1945 it raged. Two months later, it ended."
    assert [t.value for t in tag(years, mode="narrative")][-1] == "1945"


def test_afterwards_counts_from_the_story_like_later() -> None:
    text = "In 882 Oleg came. Eight years afterwards Oleg made a treaty. Two years thereafter he died."
    got = [(t.text, t.type, t.value) for t in tag(text, mode="narrative")][1:]
    assert got == [("Eight years afterwards", "DATE", "0890"), ("Two years thereafter", "DATE", "0892")]


def test_a_year_and_a_half_later_is_eighteen_months_later() -> None:
    text = "On 7 December 1941, Japan attacked. A year and a half later it rained."
    assert [(t.text, t.value) for t in tag(text, mode="narrative")][1:] == [("A year and a half later", "1943-06")]


def test_for_a_month_afterwards_is_how_long() -> None:
    text = "In 1570 he came, while for a month afterwards hundreds were flung into the river."
    assert [(t.text, t.type, t.value) for t in tag(text, mode="narrative")][1:] == [("a month", "DURATION", "P1M")]


def test_a_count_in_apposition_to_a_date_restates_it() -> None:
    text = "In 1861 the serfs were freed. In 1881, twenty years afterwards, the tsar was killed."
    assert [t.value for t in tag(text, mode="narrative")] == ["1861", "1881", "1881"]
    text = "The wooden church was built in 1704; the cathedral, begun in 1714, ten years later, replaced it."
    assert [t.value for t in tag(text, mode="narrative")] == ["1704", "1714", "1714"]
    not_apposed = "In 1861 the serfs were freed, and two years later they rose."
    assert [t.value for t in tag(not_apposed, mode="narrative")] == ["1861", "1863"]


def test_a_range_start_without_a_year_takes_the_year_of_its_end() -> None:
    text = "In 1951 the front held. Old Baldy (26 June–4 August 1952) and the siege (December–March 1953) followed."
    got = [(t.text, t.value, t.end_value) for t in tag(text, mode="narrative")]
    assert ("26 June", "1952-06-26", "1952-08-04") in got
    assert ("December", "1952-12", "1953-03") in got
    no_story_year = [
        (t.text, t.value, t.end_value) for t in tag("From May to July 1945 they waited.", mode="narrative")
    ]
    assert no_story_year[0] == ("May", "1945-05", "1945-07")
    capital = [(t.text, t.value, t.end_value) for t in tag("In 1942 it turned. Between June and August 1944, it fell.")]
    assert ("June", "1944-06", "1944-08") in capital


def test_a_recap_in_the_pluperfect_does_not_wrap_into_the_next_year() -> None:
    text = "The air war began in September 1951. From January 31 to April 21, the Chinese had suffered losses."
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got[1:] == [("January 31", "1951-01-31"), ("April 21", "1951-04-21")]
    moving_on = "The air war began in September 1951. On January 31 the Chinese attacked."
    assert tag(moving_on, mode="narrative")[-1].value == "1952-01-31"  # the story goes on into 1952


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 22 October 1941 they reached Moscow. That same day, Hitler spoke.", "1941-10-22"),
        ("In 1812 he came; that same year he left.", "1812"),
        ("In March 1812 he gathered his army. The following spring they advanced.", "1813-SP"),
        ("In June 1941 they invaded. The next winter was cruel.", "1941-WI"),
        ("In 1990 he left; the previous summer he had married.", "1989-SU"),
    ],
)
def test_anaphora_relative_to_the_story(text: str, expected: str) -> None:
    assert tag(text, mode="narrative")[-1].value == expected


def test_a_look_back_does_not_move_the_narrative_reference() -> None:
    text = (
        "In November 1805 the army was at Olmütz. The Austrian army had maneuvered there the previous year. "
        "At dawn on the sixteenth of November, the squadron moved. On 30 April, he died; his aide died the "
        "following day."
    )
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got == [
        ("November 1805", "1805-11"),
        ("the previous year", "1804"),
        ("the sixteenth of November", "1805-11-16"),  # not 1804: the story did not go back
        ("30 April", "1806-04-30"),  # a day written out moves the story, though its year is inferred
        ("the following day", "1806-05-01"),
    ]


def test_a_day_of_the_month_moves_the_story_on() -> None:
    text = "On the 19th of February, 1831, the armies met. On the 25th, the final day, it was lost. On the 3rd, peace."
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got[1:] == [("the 25th", "1831-02-25"), ("the 3rd", "1831-03-03")]


def test_news_counts_weeks_from_the_dct_when_the_last_date_is_a_bare_year() -> None:
    text = "Earlier this year, the plant closed. The following week, talks resumed."
    assert [t.value for t in tag(text, dct="2013-03-14")] == ["2013", "2013-W12"]  # not the year 2013


def test_nineteenth_century_news_conventions() -> None:
    text = (
        "The sale took place on the 3rd instant. On Monday last the court sat. On Friday next the vote is held. "
        "Letters of the 20th ult. arrived. On Monday next week they meet."
    )
    got = [(t.text, t.value) for t in tag(text, dct="1843-06-10")]
    assert got == [
        ("the 3rd instant", "1843-06-03"),  # of this month
        ("Monday last", "1843-06-05"),
        ("Friday next", "1843-06-16"),
        ("the 20th ult.", "1843-05-20"),  # of the last month
        ("Monday", "1843-06-05"),  # "next" belongs to "next week"
        ("next week", "1843-W24"),
    ]


def test_a_year_after_a_holiday_set_beside_a_date() -> None:
    text = "In 1805 the war began. On the thirty-first of December, New Year's Eve, 1809, a ball was given."
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got[1:3] == [("the thirty-first of December", "1809-12-31"), ("New Year's Eve", "1809-12-31")]
    assert tag("On Christmas Day, 1914, they played football.", mode="narrative")[0].value == "1914-12-25"
    curly = "On the thirty-first of December, New Year’s Eve, 1809 - 10, a ball was given."
    assert tag(curly, mode="narrative")[0].value == "1809-12-31"


def test_days_named_after_an_event() -> None:
    text = "Since 9/11, security has tightened. The Sept. 11 attacks changed it. The vote on Sept. 11 was close."
    got = [(t.text, t.value) for t in tag(text, dct="2013-03-14")]
    assert got == [("9/11", "2001-09-11"), ("Sept. 11", "2001-09-11"), ("Sept. 11", "2012-09-11")]
    before = [(t.text, t.value) for t in tag(text, dct="1998-03-14")]  # told before the event: a plain date
    assert before == [("Sept. 11", "1997-09-11"), ("Sept. 11", "1997-09-11")]


def test_a_dated_article_read_as_a_story_counts_weekdays_from_its_date() -> None:
    # the app reads every document in narrative mode; a news page has a date, and its story time (a year, a
    # month) names no day: "on Sunday" is the Sunday after the article was written
    text = "Mr Obama came to power in 2009. He will travel on to Ethiopia on Sunday."
    got = [(t.text, t.value) for t in tag(text, dct="2015-07-24", mode="narrative")]
    assert got == [("2009", "2009"), ("Sunday", "2015-07-26")]
    assert tag(text, mode="narrative")[1].value == "XXXX-WXX-7"  # a book without a date: no week to count in


def test_ago_counts_from_the_writers_now_in_a_story_with_a_dct() -> None:
    text = "The war began on 25 June 1950. Fifty years ago, the armies met. Two days later, Seoul fell."
    got = [(t.text, t.value) for t in tag(text, dct="2009-05-01", mode="narrative")]
    assert got[1:] == [("Fifty years ago", "1959"), ("Two days later", "1950-06-27")]
    assert tag(text, mode="narrative")[1].value == "PAST_REF"  # no DCT: the writer's now is unknown


def test_a_fortnight_before_or_ago_is_two_weeks_not_a_year() -> None:
    text = "In 1820 they lived at Bald Hills. The leave had expired more than a fortnight before."
    assert [t.value for t in tag(text, mode="narrative")] == ["1820", "1820"]  # the year the story is in
    text = "On 5 May 1820 they lived at Bald Hills. A fortnight later he came."
    assert [t.value for t in tag(text, mode="narrative")][-1] == "1820-W20"
    assert [t.value for t in tag("He left a fortnight ago.", dct="1998-05-20")] == ["1998-W19"]


def test_named_war_days() -> None:
    text = "In May 1944 the Allies waited. On D-Day, troops landed. D-Day for Operation Torch had come earlier."
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got == [("May 1944", "1944-05"), ("D-Day", "1944-06-06")]  # told after 1944: the story's time is May
    assert [t.value for t in tag("V-E Day was celebrated.", mode="narrative")] == ["1945-05-08"]
    assert [t.value for t in tag("The armistice of 15 August 1945 (V-J Day) ended it.")] == ["1945-08-15"] * 2
    assert tag("D-Day is near.", dct="1943-03-01") == []  # written before it: any operation's first day


def test_a_day_counted_in_days_goes_back_to_the_day_named_before_a_bare_year() -> None:
    text = (
        "On 16 December 1950, Truman declared a national emergency (3 C.F.R. 99 (1953)). The next day, Kim "
        "lost his command. Two days later he left. In 1951 the front held."
    )
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got == [
        ("16 December 1950", "1950-12-16"),
        ("1953", "1953"),
        ("The next day", "1950-12-17"),  # a bare year cannot say which day is next: the day named before can
        ("Two days later", "1950-12-18"),  # the story's time stays the bare year, so no chain of days forms
        ("1951", "1951"),
    ]
    far = "On 16 December 1950, it began. " + "Nothing happened. " * 120 + "In 1953 it ended. The next day, it rained."
    assert tag(far, mode="narrative")[-1].value == "1953"  # a day named long before no longer counts
    # Nor does a day named many years before the bare year: a birth date, then the next story's year.
    later = "She was born on May 18, 1822, at Campbelltown. In 1923 the town grew. The next day, it rained."
    assert tag(later, mode="narrative")[-1].value == "1923"
    # Nor a day named after it: the story went back to the bare year (in the news too, when it is not the DCT's)
    back = (
        "Debate will resume Wednesday. The last government to lose was in 1979. An election followed five weeks later."
    )
    assert [t.value for t in tag(back, dct="2019-01-06")] == ["2019-01-09", "1979", "1979"]  # was 2019-W06
    assert [t.value for t in tag(back, mode="narrative")][1:] == ["1979", "1979"]


def test_counting_forward_after_a_span_starts_from_its_end() -> None:
    text = (
        "The war lasted from 1939 to 1945. The following year, the UN was founded. Stalin ruled from 1924 until "
        "1953. Two years later, Khrushchev spoke. During 1941–1944 the siege went on. The next year, Berlin fell."
    )
    got = [(t.text, t.value) for t in tag(text, mode="narrative") if t.relative]
    assert got == [("The following year", "1946"), ("Two years later", "1955"), ("The next year", "1945")]
    back = "The war lasted from 1939 to 1945. The previous year, Munich was signed. A week later, it rained."
    assert [t.value for t in tag(back, mode="narrative") if t.relative] == ["1938", "1939"]  # from the start
    until = "In 1533 Ivan was born. He ruled until 1584. The following year, famine came."  # the span began in 1533
    assert [t.value for t in tag(until, mode="narrative") if t.relative] == ["1585"]


def test_a_bare_season_opening_a_sentence_is_the_story_s_season() -> None:
    text = "In the summer of 1940 the raids began. By autumn, they had failed. In the spring, the army turned east."
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got == [("the summer of 1940", "1940-SU"), ("autumn", "1940-FA"), ("the spring", "1940-SP")]
    habits = "In 1820 he farmed. In winter, he visited his villages. He sat home in winter. He broke a leg by the fall."
    assert [t.text for t in tag(habits, mode="narrative")] == ["1820"]


def test_in_the_spring_ending_a_clause_is_a_season_and_the_news_tense_picks_its_year() -> None:
    text = "She would testify next week and again in the spring. The plant was built in the spring."
    got = [(t.text, t.value) for t in tag(text, dct="2015-10-28")]
    assert got == [("next week", "2015-W45"), ("the spring", "2016-SP"), ("the spring", "2015-SP")]
    told_in_february = "The house was built in the summer. The talks will resume in the summer. It is cold this winter."
    got = [(t.text, t.value) for t in tag(told_in_february, dct="2015-02-10")]
    assert got == [("the summer", "2014-SU"), ("the summer", "2015-SU"), ("this winter", "2014-WI")]
    not_a_time = "He was hurt in the fall. Water rose in the spring of the valley. Prices fell in the spring and eased."
    assert [t.text for t in tag(not_a_time, dct="2015-10-28")] == []


def test_the_turn_of_the_century_is_the_nearest_change_of_century() -> None:
    text = "In 1890 the line was built. By the turn of the century it was busy. At the turn of the 20th century "
    text += "it grew. The turn of the fifth century BC saw wars."
    got = [(t.text, t.value, t.mod) for t in tag(text, mode="narrative")]
    assert got == [
        ("1890", "1890", None),
        ("the turn of the century", "1900", "APPROX"),
        ("the turn of the 20th century", "1900", "APPROX"),
        ("The turn of the fifth century BC", "-0499", "APPROX"),
    ]
    story = "In the latter half of the 19th century France colonized the region. By the turn of the century it ruled."
    assert [t.value for t in tag(story, mode="narrative")] == ["18", "1900"]  # the story's century turns
    news = "Sales have doubled since the turn of the century. The turn of the millennium was quiet."
    assert [t.value for t in tag(news, dct="2015-10-28")] == ["2000", "2000"]
    assert [t.text for t in tag("She took a turn of the wheel. By the turn of the century it was busy.")] == []


def test_before_and_after_ending_a_phrase_count_from_the_story_s_time() -> None:
    text = (
        "On 3 March 1918 the treaty was signed. Two years before, the tsar had ruled. The night before, it "
        "snowed. Three days before the signing, talks broke down."
    )
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got[1:] == [
        ("Two years before", "1916"),
        ("The night before", "1918-03-02TNI"),
        ("Three days", "P3D"),  # before an event: a length, as TimeML annotates it
    ]
    assert [t.value for t in tag("The day before, police came.", dct="1998-03-14")] == ["1998-03-13"]


def test_early_or_late_before_the_season_s_determiner_is_its_mod() -> None:
    text = "In 1942 the siege began. Early that winter, snow fell. Late in the summer of 1943 it ended."
    got = [(t.text, t.value, t.mod) for t in tag(text, mode="narrative")]
    assert got[1:] == [("Early that winter", "1942-WI", "START"), ("Late in the summer of 1943", "1943-SU", "END")]


def test_a_fraction_of_a_unit_counts_in_the_next_smaller_one() -> None:
    text = "In October 1941 Moscow was threatened. Half a century later, the Soviet Union fell."
    assert [(t.text, t.value) for t in tag(text, mode="narrative")][-1] == ("Half a century later", "1991")


def test_a_look_ahead_does_not_move_the_narrative_reference() -> None:
    text = (
        "In July 1941 Japan sent troops. Roosevelt reinforced the Philippines (a protectorate scheduled for "
        "independence in 1946). On 3 November, Nagano explained the plan."
    )
    assert [(t.text, t.value) for t in tag(text, mode="narrative")][-1] == ("3 November", "1941-11-03")


def test_a_year_naming_an_event_does_not_move_the_narrative_reference() -> None:
    text = "In June 1807 the army rested. It had served in the 1805 campaign. In July the emperors met at Tilsit."
    assert [(t.text, t.value) for t in tag(text, mode="narrative")][-1] == ("July", "1807-07")
    first = "In the 1812 campaign, May was cold."  # with no story time yet, the year is the best there is
    assert [t.value for t in tag(first, mode="narrative")] == ["1812", "1812-05"]


def test_the_far_end_of_a_span_does_not_move_the_narrative_reference() -> None:
    text = "In May 1812 he led. He had led from Austerlitz to the year 1813. In June the army crossed."
    assert [t.value for t in tag(text, mode="narrative")][-1] == "1812-06"


@pytest.mark.parametrize(
    "quote", ["“I saw flags of truce in 1805,” he said.", '"I saw flags of truce in 1805," he said.']
)
def test_dates_in_speech_do_not_move_the_narrative_reference(quote: str) -> None:
    text = f"In July 1812 the army fell back.\n\n{quote} On August 25 the battle began."
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got == [("July 1812", "1812-07"), ("1805", "1805"), ("August 25", "1812-08-25")]


def test_a_season_before_the_season_of_a_year_is_in_that_year() -> None:
    got = [
        (t.text, t.value)
        for t in tag("In 1941 they met. In the summer and autumn of that year they fought.", mode="narrative")
    ]
    assert got == [("1941", "1941"), ("the summer", "1941-SU"), ("autumn of that year", "1941-FA")]
    got = [
        (t.text, t.value) for t in tag("They spent the spring and early summer of 1943 preparing.", mode="narrative")
    ]
    assert got == [("the spring", "1943-SP"), ("early summer of 1943", "1943-SU")]


def test_a_month_or_season_of_a_relative_year_is_one_expression_in_that_year() -> None:
    story = "In March 1941, Japan planned. "
    cases = [
        ("In June of the following year they met.", "June of the following year", "1942-06"),
        ("In the spring of the following year it rained.", "the spring of the following year", "1942-SP"),
        ("In the autumn of that year it rained.", "the autumn of that year", "1941-FA"),
        ("On the 1st January of the next year, he began.", "the 1st January of the next year", "1942-01-01"),
        ("On March 5 of that year they met.", "March 5 of that year", "1941-03-05"),
    ]
    for sentence, text, value in cases:
        got = [(t.text, t.value) for t in tag(story + sentence, mode="narrative")][1:]
        assert got == [(text, value)], sentence
    news = [(t.text, t.value) for t in tag("Sales rose in March of last year and in June of this year.", dct=DCT)]
    assert news == [("March of last year", "1997-03"), ("June of this year", "1998-06")]


def test_the_same_night_is_the_story_days_night() -> None:
    text = "On 22 June 1941, Germany attacked. The same night the Soviets moved. That same evening they met."
    got = [(t.text, t.type, t.value) for t in tag(text, mode="narrative")][1:]
    assert got == [("The same night", "TIME", "1941-06-22TNI"), ("That same evening", "TIME", "1941-06-22TEV")]


def test_an_earlier_bare_year_in_a_subordinate_clause_of_a_day_by_day_story_is_a_look_back() -> None:
    text = (
        "On the twenty-ninth of November 1812 Kutúzov entered Vílna. Chichagóv considered Kutúzov under an "
        "obligation, because when he was sent to make peace with Turkey in 1811, he found it concluded. "
        "Having left Petersburg on the seventh of December, the Emperor arrived."
    )
    assert [t.value for t in tag(text, mode="narrative")] == ["1812-11-29", "1811", "1812-12-07"]
    reed = (
        "The Bolsheviki summoned the Soviets to meet at Petrograd on November 2, 1917. The Internationalists, "
        "so-called because of their participation in the International Conference held at Zimmerwald, Switzerland, "
        "in 1915, agreed. On October 29th I went to Smolny."
    )
    assert [t.value for t in tag(reed, mode="narrative")] == ["1917-11-02", "1915", "1917-10-29"]
    # a comparison's "as" opens such a clause too (Reed's proclamation of 7 November 1917)
    ancestors = (
        "On November 7th, 1917, Kerensky fled. The Council has sworn to serve the country as its ancestors served it "
        "in the Troublous Times of 1612, when the Cossacks delivered Moscow. On November 12 the Council met."
    )
    assert [t.value for t in tag(ancestors, mode="narrative")] == ["1917-11-07", "1612", "1917-11-12"]
    told_by_years = "In 1812 the war began. The treaty, which was signed in 1811, was broken. In December it ended."
    assert [t.value for t in tag(told_by_years, mode="narrative")][-1] == "1811-12"


def test_straight_quotes_are_paired_from_the_start_of_a_one_line_paragraph() -> None:
    # a loaded book keeps one paragraph per line; a long quotation well before must not unbalance the count
    quoted = '"' + "The Cossacks make raids on their own account on the Kirgheez. " * 40 + '" says Michie.'
    text = f"In 1643 the Amur was found.\n{quoted}\n" + "The land is desert and steppe. " * 60
    text += "\nThe first step of Russian invasion was made in 1602. In that year a force took Khiva."
    assert [t.value for t in tag(text, mode="narrative")][-2:] == ["1602", "1602"]


def test_century_pair_with_a_modifier_and_the_years_range() -> None:
    got = [(t.text, t.value) for t in tag("During the 19th and early 20th centuries, empires grew.")]
    assert got == [("the 19th", "18"), ("early 20th centuries", "19")]
    (first, _) = tag("The years 1914 to 1918 saw war.")
    assert (first.value, first.end_value) == ("1914", "1918")


def test_century_pairs() -> None:
    got = [(t.text, t.value) for t in tag("in the 19th and 20th centuries")]
    assert got == [("the 19th", "18"), ("20th centuries", "19")]


def test_narrative_century_words() -> None:
    text = "In 500 BC Athens rose. Digs during the past century showed it. In the next century Sparta won."
    assert [t.value for t in tag(text, mode="narrative")] == ["-0499", "XX", "-03"]


def test_narrative_months_move_forward() -> None:
    text = "In December 1941 Japan attacked. In February, Singapore fell."
    assert [t.value for t in tag(text, mode="narrative")] == ["1941-12", "1942-02"]


def test_a_timeline_tables_rows_go_forward_within_the_year() -> None:
    # Out of a table, December 25 would be the one nearest June 17 (six months and more back: 1024).
    text = "Year | Date | Event\n1025 | April 18 | Crowned\nJune 17 | Died\nDecember 25 | Crowned\nJanuary 9 | Synod"
    got = [t.value for t in tag(text, mode="narrative")]
    assert got == ["1025", "1025-04-18", "1025-06-17", "1025-12-25", "1026-01-09"]


def test_a_caption_beside_the_text_does_not_move_the_story() -> None:
    text = (
        "The Germans attacked France in May 1940.\n"
        "St Paul's Cathedral after the German Blitz on 29 December 1940\n"
        "On 10 June, Italy invaded France."
    )
    caption = (text.index("St Paul"), text.index("\nOn 10 June"))
    assert [t.value for t in tag(text, mode="narrative")][-1] == "1941-06-10"  # told after the caption's December
    got = [(t.text, t.value) for t in tag(text, mode="narrative", asides=[caption])]
    assert got == [("May 1940", "1940-05"), ("29 December 1940", "1940-12-29"), ("10 June", "1940-06-10")]


def test_a_headings_period_moves_the_story_only_from_outside_it() -> None:
    text = (
        "The Allies agreed to invade France in 1944.\nAxis advance stalls (1942–1943)\n"
        "On 16 April, British soldiers were encircled.\nAxis collapse (1944–1945)\nIn March 1945 the Rhine "
        "was crossed.\nThe Battle of Berlin (1944–1945)\nOn 12 April, Roosevelt died.\nMao Zedong (1893–1976)\n"
        "On 1 October, the republic was proclaimed."
    )
    got = [t.value for t in tag(text, mode="narrative") if not t.end_value]
    assert got == ["1944", "1942-04-16", "1945-03", "1945-04-12", "1945-10-01"]
    wrapped = "By 1820 the allies met.\nThey recalled that Napoleon was Emperor (1804–1814)\nand wept."
    assert [t.value for t in tag(wrapped, mode="narrative")] == ["1820", "1804"]  # a line of prose, no heading
    assert tag(wrapped + " The next year they met.", mode="narrative")[-1].value == "1821"


def test_a_date_does_not_run_over_into_the_next_table_row() -> None:
    text = "Year | Date | Event\n1572 | July 7 | Death of Zygmunt II August\n1573 | January 28 | Warsaw Confederation"
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got == [("1572", "1572"), ("July 7", "1572-07-07"), ("1573", "1573"), ("January 28", "1573-01-28")]


def test_a_row_starting_year_is_not_a_number_of_the_row_above() -> None:
    text = "Year | Event\n1908 | Bezdany raid on a Russian imperial train\n1916 | November 5 | Act of 5th November"
    assert [t.value for t in tag(text, mode="narrative")] == ["1908", "1916", "1916-11-05", "1916-11-05"]


def test_a_date_in_a_rows_event_text_leaves_the_rows_year() -> None:
    text = "Year | Date | Event\n1918 | November 1 | War begins, ends in 1919\nNovember 11 | Independence regained"
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got == [("1918", "1918"), ("November 1", "1918-11-01"), ("1919", "1919"), ("November 11", "1918-11-11")]


def test_a_chronology_rows_year_with_a_full_stop_is_the_whole_cell() -> None:
    # Wells's chronology as an HTML table: "1871. | Paris surrendered (January)."; the full stop is no text
    text = (
        "1649. | Execution of Charles I.\n1870. | Napoleon III declared war against Prussia.\n"
        "1871. | Paris surrendered (January). The Peace of Frankfort.\n1888. | Frederick II (March), William II (June)."
    )
    values = [t.value for t in tag(text, mode="narrative")]
    assert values == ["1649", "1870", "1871", "1871-01", "1888", "1888-03", "1888-06"]


def test_a_three_digit_year_cell_before_a_date_cell() -> None:
    text = "Year | Date | Event\n966 | April 14 | Baptism of Poland\n992 | May 25 | Death of Mieszko I"
    assert [t.value for t in tag(text, mode="narrative")] == ["0966", "0966-04-14", "0992", "0992-05-25"]
    crlf = "Year | Date\r\n966 | April 14\r\n992 | May 25\r\n"  # a date cell that ends its row, CRLF
    assert [t.value for t in tag(crlf, mode="narrative")] == ["0966", "0966-04-14", "0992", "0992-05-25"]
    assert [t.text for t in tag("Ward | Voters\n966 | 12\n450 | 31 | Main Street", mode="narrative")] == []


def test_a_number_in_a_column_headed_year_is_a_year() -> None:
    text = "Year | Event\n450 | First Slavic settlements\n910 | Early stage of the Piast\n1018 | Peace of Bautzen"
    assert [t.value for t in tag(text, mode="narrative")] == ["0450", "0910", "1018"]
    # the header is the top of the run of rows, however long the table
    rows = "".join(f"{year} | Event {year}\n" for year in range(100, 400))
    assert len(tag("Year | Event\n" + rows, mode="narrative")) == 300
    # under any other header a number is a count, a rank or a day
    for header in ("Rank | Team", "Day | Event", "Votes | Party"):
        assert tag(f"{header}\n450 | Poland\n12 | Spain", mode="narrative") == []
    assert tag("Year | Event\nNote\n450 | a count after the table ended", mode="narrative") == []


def test_the_era_before_the_year_as_older_books_write_it() -> None:
    got = [(t.text, t.value, t.end_value) for t in tag("the Han Dynasty (B.C. 206 - A.D. 220)", mode="narrative")]
    assert got[0] == ("B.C. 206", "-0205", "0220")
    assert [t.value for t in tag("In B.C. 146 Carthage was destroyed.", mode="narrative")] == ["-0145"]
    got = [(t.text, t.value, t.end_value) for t in tag("BUST OF THE EMPEROR COMMODUS, A.D. 180-192", mode="narrative")]
    assert got == [("A.D. 180-192", "0180", "0192")]  # a span after the era (it was "A.D. 180" alone)
    # British Columbia: after its town, or a noun's modifier
    assert tag("He moved to Victoria, B.C. 1998 was a good year.", mode="narrative") == []
    assert tag("the B.C. 2010 Olympics", mode="narrative") == []


CHRONOLOGY = """We begin our list of ascertainable dates with

  B.C.
  800. The building of Carthage.
  521. Darius I, the son of Hystaspes, ruled from the Hellespont
    to the Indus.
       His expedition to Scythia.

{430}

  146. Carthage destroyed.
  4. True date of birth of Jesus of Nazareth.

  A.D. Christian Era began.

  14. Augustus died.  Tiberius emperor.
  361-3. Julian the Apostate.
  1854-56. Crimean War.
  1856. Alexander II of Russia.
"""


def test_a_chronology_s_rows_are_years_of_the_era_above_them() -> None:
    got = [(t.text, t.value, t.end_value) for t in tag(CHRONOLOGY, mode="narrative")]
    assert got == [
        ("800", "-0799", None), ("521", "-0520", None), ("146", "-0145", None), ("4", "-0003", None),
        ("14", "0014", None), ("361-3", "0361", "0363"), ("1854-56", "1854", "1856"), ("1856", "1856", None),
    ]  # fmt: skip
    table = "B.C.\n800. | Carthage built.\n776. | First Olympiad.\nA.D. | Christian Era began.\n14. | Augustus died."
    assert [t.value for t in tag(table, mode="narrative")] == ["-0799", "-0775", "0014"]
    # a row that ends "(to 404)" is a span
    got = [(t.value, t.end_value) for t in tag("B.C.\n431. Peloponnesian War began (to 404)\n", mode="narrative")]
    assert got == [("-0430", "-0403")]
    table = "Year | Event\n450 | First Slavic settlements (to 500)\n"
    assert [(t.value, t.end_value) for t in tag(table, mode="narrative")] == [("0450", "0500")]
    # before Christ the years count down, after him up: a row out of order is no year
    assert [t.text for t in tag("B.C.\n800. Carthage built.\n900. Rome.\n", mode="narrative")] == ["800"]
    assert [t.text for t in tag("A.D. Christian Era.\n14. Augustus died.\n12. Rome.\n", mode="narrative")] == ["14"]


@pytest.mark.parametrize(
    "text",
    [
        "Contents\n\n1. Introduction\n2. Methods\n3. Results\n",  # no era above
        "A.D. Christian Era began.\n\n1. Introduction\n2. Methods\n",  # a numbered list starts at 1
        "B.C.\n1. Rome\n2. Athens\n",  # a numbered list starts at 1
        "B.C.\nHe said so.\n\nA paragraph of words that no row heads.\n146. Carthage destroyed.\n",
        "The price was 5. The next line.\n",
    ],
)
def test_numbered_lines_are_no_chronology(text: str) -> None:
    assert [t.text for t in tag(text, mode="narrative") if t.text[:1].isdigit()] == []


def test_a_date_still_runs_over_a_line_break_in_a_paragraph() -> None:
    got = [(t.text, t.value) for t in tag("The war began in August\n1914 and ended in 1918.", mode="narrative")]
    assert got[0] == ("August\n1914", "1914-08")


def test_narrative_season_moves_the_reference() -> None:
    got = [
        t.value
        for t in tag("In AD 476 Rome fell. In the winter of 1812 the army froze. Later that year ...", mode="narrative")
    ]
    assert got == ["0476", "1812-WI", "1812"]


def test_narrative_today_is_the_present() -> None:
    (t,) = tag("Today historians disagree.", mode="narrative")
    assert t.value == "PRESENT_REF"


def test_a_holiday_in_a_story_before_christ_keeps_its_day_or_is_unknown() -> None:
    text = "In 44 BC Caesar died. On Bastille Day they gathered. At Easter they prayed."
    got = [(t.text, t.value) for t in tag(text, mode="narrative")]
    assert got == [("44 BC", "-0043"), ("Bastille Day", "-0043-07-14"), ("Easter", "XXXX-XX-XX")]  # both were lost
