"""TIMEX3 values to date ranges, event dates and single date strings."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings import dates
from tidings.code.time import event_date, parse_date_string, timex_to_range

ANCHOR = "2018-03-27"
D = dt.date


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2018-03-26", (D(2018, 3, 26), D(2018, 3, 26), "day")),
        ("2018-03-26TAF", (D(2018, 3, 26), D(2018, 3, 26), "day")),
        ("2018-03-26T15:00", (D(2018, 3, 26), D(2018, 3, 26), "day")),
        ("2018-W13", (D(2018, 3, 26), D(2018, 4, 1), "week")),
        ("2018-W13-WE", (D(2018, 3, 31), D(2018, 4, 1), "week")),
        ("2018-02", (D(2018, 2, 1), D(2018, 2, 28), "month")),
        ("2016-02", (D(2016, 2, 1), D(2016, 2, 29), "month")),
        ("2018-Q2", (D(2018, 4, 1), D(2018, 6, 30), "quarter")),
        ("2018-H2", (D(2018, 7, 1), D(2018, 12, 31), "range")),
        ("2017-WI", (D(2017, 12, 1), D(2018, 2, 28), "range")),
        ("2013", (D(2013, 1, 1), D(2013, 12, 31), "year")),
        ("199X", (D(1990, 1, 1), D(1999, 12, 31), "decade")),
        ("19", (D(1900, 1, 1), D(1999, 12, 31), "century")),
    ],
)
def test_timex_to_range(value, expected):
    assert timex_to_range(value) == expected


@pytest.mark.parametrize("value", ["P2M", "PAST_REF", "FUTURE_REF", "XXXX-03-26", "XXXX-WXX-1", "", "garbage"])
def test_timex_to_range_gives_none_for_non_calendar_values(value):
    assert timex_to_range(value, anchor=ANCHOR) is None


def test_present_ref_is_the_anchor_day():
    assert timex_to_range("PRESENT_REF", anchor=ANCHOR) == (D(2018, 3, 27), D(2018, 3, 27), "day")
    assert timex_to_range("PRESENT_REF") is None


@pytest.mark.parametrize(
    "text, start, end, precision",
    [
        ("He was elected in 2013.", "2013-01-01", "2013-12-31", "year"),
        ("A summit is expected before May.", "2018-03-27", "2018-05-01", "range"),
        ("Talks will go on over the next two months.", "2018-03-27", "2018-05-27", "range"),
        ("Prices rose over the past year.", "2017-03-27", "2018-03-27", "range"),
        ("Since 2011, he has ruled.", "2011-01-01", "2018-03-27", "range"),
        ("In 2018, on March 26, the train left.", "2018-03-26", "2018-03-26", "day"),
        ("The train left this week.", "2018-03-26", "2018-04-01", "week"),
        ("Earlier this month, he met Xi.", "2018-03-01", "2018-03-27", "range"),
        ("They met in early March.", "2018-03-01", "2018-03-10", "range"),
        ("He is now in Beijing.", "2018-03-27", "2018-03-27", "day"),
    ],
)
def test_event_date(text, start, end, precision):
    info = event_date(dates(text, anchor=ANCHOR), anchor=ANCHOR)
    assert info is not None
    assert (info["start"], info["end"], info["precision"]) == (start, end, precision)
    assert text[info["span_start"]:info["span_end"]] == info["text"]


@pytest.mark.parametrize(
    "text",
    ["Recent reports disagree.", "The project took six years.", "They meet every Monday.", "No date here."],
)
def test_event_date_is_none_without_a_calendar_date(text):
    assert event_date(dates(text, anchor=ANCHOR), anchor=ANCHOR) is None


@pytest.mark.parametrize(
    "text, tense, day",
    [
        ("Kim meets Xi on Monday.", "future", "2018-04-02"),
        ("Kim meets Xi on Monday.", "past", "2018-03-26"),
        ("Kim meets Xi on Monday.", None, "2018-03-26"),
        ("He travels in February.", "future", "2019-02-01"),
    ],
)
def test_event_tense_overrules_bare_weekday_or_month(text, tense, day):
    info = event_date(dates(text, anchor=ANCHOR), anchor=ANCHOR, tense=tense)
    assert info["start"] == day


@pytest.mark.parametrize(
    "s, iso",
    [
        ("March 27, 2018", "2018-03-27"),
        ("27 March 2018", "2018-03-27"),
        ("2018-03-27", "2018-03-27"),
        ("Mar. 27, 2018", "2018-03-27"),
        ("Tuesday, March 27, 2018", "2018-03-27"),
        ("2018-03-27T10:15:00Z", "2018-03-27"),
        ("03/27/2018", "2018-03-27"),
        ("27/03/2018", "2018-03-27"),
        ("March 27, 2018 10:15 a.m. EST", "2018-03-27"),
        ("  Sept 9, 2001 ", "2001-09-09"),
    ],
)
def test_parse_date_string(s, iso):
    assert parse_date_string(s) == iso


@pytest.mark.parametrize("s", ["March 2018", "yesterday", "2018", "2018-02-30", "hello", "", "March 27"])
def test_parse_date_string_refuses_partial_or_invalid_dates(s):
    assert parse_date_string(s) is None
