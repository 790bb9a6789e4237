""""The following day", "the previous week", "the following Monday" count from a time the text gave before them, never
from the report's own day: with nothing before they stay unplaced, and an event they date is neither put after the
report nor made a forecast by them (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded, own_date_start

from tidings import dates

PUBLISHED = "2009-03-15"  # a Sunday


def values(text: str) -> dict[str, str]:
    return {t["text"]: t["value"] for t in dates(text, anchor=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The summit opened on March 5. The following day, the ministers met.", "The following day", "2009-03-06"),
        ("The ceasefire began on March 2. On the previous day, shelling killed four.", "the previous day", "2009-03-01"),
        ("Talks ended on Friday, March 6. The following week, the envoys returned.", "The following week", "2009-W11"),
        ("The strike began on March 3. The following Monday, the airport closed.", "The following Monday", "2009-03-09"),
    ],
)
def test_a_relative_day_counts_from_the_date_before_it(text, phrase, value) -> None:
    assert values(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The following day, the ministers met in Brussels.", "The following day"),
        ("On the previous day, shelling killed four people.", "the previous day"),
        ("The following week, the envoys returned to Geneva.", "The following week"),
        ("The following Monday, the airport closed.", "The following Monday"),
    ],
)
def test_a_relative_day_with_no_date_before_it_stays_unplaced(text, phrase) -> None:
    assert "X" in values(text)[phrase]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Next week, the ministers will meet in Brussels.", "Next week", "2009-W12"),
        ("Last week, the envoys returned to Geneva.", "Last week", "2009-W10"),
    ],
)
def test_next_and_last_still_count_from_the_report(text, phrase, value) -> None:
    assert values(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("Police said the suspect fled on foot. The following day, officers arrested him in Dallas.", "arrested", None),
        ("The suspect fled on March 9. The following day, officers arrested him in Dallas.", "arrested", "2009-03-10"),
    ],
)
def test_an_event_on_the_following_day_is_dated_only_from_a_date_before(nlp, coding_context, text, trigger, day) -> None:
    assert own_date_start(nlp, coding_context, text, trigger, PUBLISHED) == day


@pytest.mark.parametrize(
    "text",
    [
        "Police said the suspect fled on foot. The following day, officers arrested him in Dallas.",
        "The ministers met at a summit. The following day, the foreign minister met his Russian counterpart in Brussels.",
    ],
)
def test_a_past_act_on_the_following_day_is_no_forecast(nlp, coding_context, text) -> None:
    statuses = [e["mentions"][0].get("status") for e in coded(nlp, coding_context, "Local news. " + text, published=PUBLISHED)]
    assert statuses and "forecast" not in statuses
