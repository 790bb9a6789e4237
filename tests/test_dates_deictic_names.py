"""A deictic day word written with a capital beside other capitalised words inside a running sentence is part of a
name ("USA Today", "the Trees for Tomorrow project"), not a date, and no forecast cue; at the head of a sentence or a
quotation, in a headline in title case and in lower case it stays a date (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings import dates

PUBLISHED = "2009-03-15"


def found(text: str) -> list[tuple[str, str]]:
    return [(t["text"], t["value"]) for t in dates(text, anchor=PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor backs the new Trees for Tomorrow Project in the city.",
        "He told USA Today that he would resign.",
        "Members of the Yesterday Club met the mayor.",
        "She hosts the Tonight Show on Fridays.",
        "The band played songs from Hope for Tomorrow at the fair.",
    ],
)
def test_a_capitalised_day_word_inside_a_name_is_no_date(text) -> None:
    assert not [v for w, v in found(text) if w.lower() in {"today", "tomorrow", "yesterday", "tonight"}]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council will vote tomorrow.", "2009-03-16"),
        ("Tomorrow, the council will vote.", "2009-03-16"),
        ('"Tomorrow we vote," he said.', "2009-03-16"),
        ("Ministers Meet Tomorrow To Discuss Budget", "2009-03-16"),
        ("The minister arrived on Friday.\nYesterday he met the president.", "2009-03-14"),
    ],
)
def test_a_day_word_opening_a_sentence_or_in_a_headline_is_a_date(text, value) -> None:
    assert value in [v for _, v in found(text)]


def test_a_name_with_a_day_word_makes_no_forecast(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Local news. The City of Paris supports the new Trees for Tomorrow Project in Paris.",
                   published=PUBLISHED)
    assert events and all(e["mentions"][0].get("status") != "forecast" for e in events)
