"""Temporal expressions on our own sentences, resolved against the article date (TimeML values)."""

from __future__ import annotations

import datetime as dt

import pytest

from newstrace.analyze.timex import find_timerefs

TUESDAY = dt.date(2024, 12, 17)
THURSDAY_IN_NOVEMBER = dt.date(1989, 11, 2)


def _refs(nlp, text, published=TUESDAY):
    return find_timerefs(nlp(text), published)


def _ref(nlp, text, phrase, published=TUESDAY):
    return next(t for t in _refs(nlp, text, published) if t.text.lower() == phrase.lower())


@pytest.mark.parametrize("sentence, phrase, value, precision, mod", [
    ("The ferry sank on Saturday.", "Saturday", "2024-12-14", "day", None),
    ("The number killed when shells hit a market in Tarn on Saturday rose to 22 on Monday.", "Saturday", "2024-12-14",
     "day", None),
    ("The council will meet on Monday.", "Monday", "2024-12-23", "day", None),
    ("The trial is scheduled to open Thursday.", "Thursday", "2024-12-19", "day", None),
    ("The mayor resigned last Thursday.", "last Thursday", "2024-12-12", "day", None),
    ("Two men were arrested yesterday.", "yesterday", "2024-12-16", "day", None),
    ("Officers searched the house late yesterday.", "late yesterday", "2024-12-16", "day", "late"),
    ("The minister spoke on Dec. 16 in the capital.", "Dec. 16", "2024-12-16", "day", None),
    ("Fighting resumed in early November.", "early November", "2024-11", "month", "early"),
    ("The dam was finished in fall 2024.", "fall 2024", "2024-FA", "season", None),
    ("The first shipment arrived in August.", "August", "2024-08", "month", None),
    ("The port closed last week.", "last week", "2024-W50", "week", None),
    ("Prices rose earlier this month.", "earlier this month", "2024-12", "month", "early"),
    ("Talks collapsed late last week.", "late last week", "2024-W50", "week", "late"),
    ("Late on Friday the convoy left.", "Late on Friday", "2024-12-13", "day", "late"),
    ("A vote is planned for January.", "January", "2025-01", "month", None),
    ("The dividend is payable Jan. 10.", "Jan. 10", "2025-01-10", "day", None),
    ("The company changed its auditor in September.", "September", "2024-09", "month", None),
    ("The shipyard opened in the 1980s.", "the 1980s", "198", "decade", None),
    ("He cut his estimate for next year to $2 a share.", "next year", "2025", "year", None),
    ("The company expects to close the deal by year-end.", "year-end", "2024", "year", "late"),
    ("Troops will be in the region by the end of the month.", "the end of the month", "2024-12", "month", "late"),
    ("The parade is this coming Sunday.", "this coming Sunday", "2024-12-22", "day", None),
    ("The bridge dates from the late 19th century.", "the late 19th century", "18", "century", None),
    ("The strike ended in mid-2019.", "mid-2019", "2019", "year", "mid"),
    ("The treaty was signed in nineteen ninety-six.", "nineteen ninety-six", "1996", "year", None),
    ("Officials are now counting the ballots.", "now", "PRESENT_REF", "reference", None),
    ("The plant was recently sold.", "recently", "PAST_REF", "reference", None),
    ("In Dayton, in May of 2023 the number of incidents rose.", "May of 2023", "2023-05", "month", None),
])
def test_expressions_resolve_against_the_article_date(nlp, sentence, phrase, value, precision, mod):
    ref = _ref(nlp, sentence, phrase)
    assert (ref.value.value, ref.value.precision, ref.value.mod) == (value, precision, mod)


def test_a_night_is_a_time_of_day_with_its_date(nlp):
    ref = _ref(nlp, "Shots were fired on Sunday night near the station.", "Sunday night")
    assert ref.kind == "time" and ref.value.value == "2024-12-15" and ref.value.mod == "late"
    assert ref.calendar_value() is not None


def test_a_vague_reference_has_no_calendar_value(nlp):
    assert _ref(nlp, "The plant was recently sold.", "recently").calendar_value() is None


def test_quarters_follow_the_report_they_sit_in(nlp):
    text = ("Harlow Mills said net income for the third quarter fell 12%. A year earlier, the company earned "
            "more. Sales in the latest quarter rose, and the year-ago period included a charge. "
            "The company expects fourth-quarter sales to improve.")
    values = {t.text: t.value.value for t in _refs(nlp, text, THURSDAY_IN_NOVEMBER) if t.value}
    assert values["the third quarter"] == "1989-Q3"
    assert values["A year earlier"] == "1988-Q3"  # the quarter the report is about, a year back
    assert values["the latest quarter"] == "1989-Q3"
    assert values["the year-ago period"] == "1988-Q3"
    assert values["fourth-quarter"] == "1989-Q4"


def test_a_period_that_ended_is_not_moved_to_next_year(nlp):
    text = "In the year ended March 31, the group sold 40 stores."
    assert _ref(nlp, text, "March 31", THURSDAY_IN_NOVEMBER).value.value == "1989-03-31"


def test_two_dates_spacy_joins_are_two_expressions(nlp):
    text = "Trading was halted from Aug. 26 to Oct. 20 while regulators looked into it."
    values = [t.value.value for t in _refs(nlp, text, THURSDAY_IN_NOVEMBER) if t.value]
    assert values == ["1989-08-26", "1989-10-20"]


def test_that_year_and_the_following_year_follow_the_year_last_named(nlp):
    text = "The mine opened in 1996. That year it hired 300 people, and the following year it doubled."
    values = {t.text.lower(): t.value.value for t in _refs(nlp, text) if t.value}
    assert values["that year"] == "1996" and values["the following year"] == "1997"


@pytest.mark.parametrize("sentence", [
    "Prices fall when supply rises.",
    "The fall of the old regime surprised nobody.",
    "The report covers 58 villages.",
    "He may resign if the vote fails.",
    "Several people were standing on 22nd and Bragg when shots rang out.",
    "The fire started near East 14th Place.",
])
def test_words_that_only_look_temporal_are_skipped(nlp, sentence):
    assert [t.text for t in _refs(nlp, sentence) if t.kind == "date"] == []


@pytest.mark.parametrize("sentence, phrase, published, value", [
    ("Inspectors have not been allowed to carry out an inspection since Jan. 13.", "Jan. 13", dt.date(1990, 3, 6),
     "1990-01-13"),
    ("The board declared a 3-for-2 split, payable Dec. 7 to holders of record.", "Dec. 7", THURSDAY_IN_NOVEMBER,
     "1989-12-07"),
    ("They expect the sale to be completed by Dec. 15.", "Dec. 15", THURSDAY_IN_NOVEMBER, "1989-12-15"),
])
def test_a_bare_day_takes_the_year_its_sentence_points_to(nlp, sentence, phrase, published, value):
    assert _ref(nlp, sentence, phrase, published).value.value == value


def test_a_range_shares_the_year_its_second_end_names(nlp):
    ref = _ref(nlp, "Injuries rose from January to November 2022, police said.", "January")
    assert ref.value.value == "2022-01"


@pytest.mark.parametrize("text, value", [
    ("The shooting happened Saturday night. Officers were called about 10:30 p.m. to the pier.", "2024-12-14"),
    ("Officers were called about 10:30 p.m. to the pier, a day after the storm of Dec. 11.", "2024-12-11"),
    ("UPDATE @ 4:02 p.m.: the pier has reopened.", "2024-12-17"),
])
def test_a_clock_time_alone_falls_on_the_day_its_text_is_about(nlp, text, value):
    ref = next(t for t in _refs(nlp, text) if "10:30" in t.text or "4:02" in t.text)
    assert ref.kind == "time" and (ref.value.value, ref.value.precision) == (value, "day")
