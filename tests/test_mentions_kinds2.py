"""Weak candidates kept with no actor the knowledge knows, second round (mentions.py): pleas in court, asylum received,
a dated meeting between named sides. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import coded, shown

pytestmark = pytest.mark.model


def _codes(nlp, coding_context, text: str, trigger: str) -> list[str]:
    return [e["type"]["cameo"] for e in coded(nlp, coding_context, text) if trigger in e["type"]["trigger"].lower()]


@pytest.mark.parametrize(
    "text",
    [
        "Maria Delgado pleaded guilty on Tuesday to two counts of fraud.",  # a private person the knowledge does not know
        "Jones later pleaded guilty and was sentenced to six months.",
        "The driver pleaded not guilty to reckless driving at the county court.",
    ],
)
def test_a_plea_in_court_is_coded_whoever_pleads(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    plea = "016" if "not guilty" in text else "015"  # a plea of not guilty denies the charge (016), a guilty plea admits it
    assert plea in _codes(nlp, coding_context, text, "plead"), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "The coach pleaded with fans to stay home after the match.",  # sport: an appeal, no plea
        "The chief executive pleaded ignorance about the losses.",  # business: an excuse
        "She pleaded with her landlord for more time to pay the rent.",  # a private appeal
    ],
)
def test_a_plea_that_is_no_verdict_word_is_no_admission(nlp, coding_context, text: str) -> None:
    assert "015" not in _codes(nlp, coding_context, text, "plead")


@pytest.mark.parametrize(
    "text",
    [
        "The journalist, who received political asylum in Sweden, returned home.",
        "The dissident fled in 2010 and received asylum in Germany in 2012.",
    ],
)
def test_asylum_a_named_person_received_is_coded(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [c for c in _codes(nlp, coding_context, text, "asylum") if c.startswith("075")], shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "Asylum seekers waited at the border crossing.",  # a kind of people
        "The activist could receive asylum if the court agrees.",  # hoped for, not received
        "The old mental asylum was turned into a hotel.",  # another sense: a building
        "The asylum system is slow and costly, experts say.",  # the system in general
    ],
)
def test_asylum_asked_for_or_in_general_is_not_a_grant(nlp, coding_context, text: str) -> None:
    assert not [c for c in _codes(nlp, coding_context, text, "asylum") if c.startswith("075")]


@pytest.mark.parametrize(
    "text",
    [
        "Havana denounced the handling of Tuesday's meeting between Pedro and his uncles.",
        "Rights groups criticised the conduct of Friday's meeting between Amina and her brothers at the embassy.",
    ],
)
def test_a_meeting_dated_by_its_day_between_named_sides_is_coded(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert "040" in _codes(nlp, coding_context, text, "meeting"), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "Weekly meetings between parents and teachers are held at the school.",  # a series, no day
        "Monday's board meeting between the directors ran late.",  # business: a board meeting
        "Saturday's meeting between the two book clubs ran late.",  # private bodies the text does not name
        "Sunday's match between Arsenal and Chelsea ended in a draw.",  # sport
    ],
)
def test_a_meeting_of_a_kind_or_of_unnamed_private_sides_is_not_coded(nlp, coding_context, text: str) -> None:
    assert not [c for c in _codes(nlp, coding_context, text, "meeting") + _codes(nlp, coding_context, text, "match") if c.startswith("04")]
