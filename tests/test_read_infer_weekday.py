"""The publication date inferred from a text: a month-day date whose written weekday does not fall on it in the year
the text names is of another year and gives no date (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.read.dates import infer_published

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1968 pandemic was deadly. Six died between Monday November 1 and Friday November 5 in hospital.", None),
        ("Talks in 2018 went well. On Monday, March 27, the envoy arrived.", None),
        ("In 2010 the virus returned. Six died between Monday November 1 and Friday November 5.", "2010-11-05"),
        ("Talks in 2018 went well. On Tuesday, March 27, the envoy arrived.", "2018-03-27"),
        ("Talks in 2018 went well. On Wed. March 28 the envoy left.", "2018-03-28"),
        ("In 2018: Tues., March 27, the envoy came.", "2018-03-27"),
        # a weekday closing the sentence before says nothing of the date that opens the next
        ("Talks in 2018 went well. The summit ended on Friday. March 28 was quiet.", "2018-03-28"),
        # a full date keeps its own year whatever weekday is written with it
        ("Talks went well. On Monday, March 27, 2018, the envoy arrived.", "2018-03-27"),
    ],
)
def test_a_weekday_written_with_a_month_day_date_must_fall_on_it(text, expected) -> None:
    assert infer_published(text, today=TODAY) == expected
