"""The day of a reporting act: "On Tuesday, the ministry denied ..." dates the denial, not the article (model)."""

from __future__ import annotations

import pytest

from tidings import extract

pytestmark = [pytest.mark.model]

PUBLISHED = "2024-05-15"  # a Wednesday


def _mentions(nlp, text, published=PUBLISHED):
    events = extract(text, published=published, outlet="Test Wire", nlp=nlp)
    assert events, text
    return events


@pytest.mark.parametrize("text, verb, day", [
    ("Early on May 16, Egypt's state news agency confirmed that Israeli and Hamas negotiators had met in Cairo.", "confirm", "2024-05-16"),
    ("Iran's foreign ministry said on Thursday that its navy had seized a British tanker.", "say", "2024-05-09"),
    ("Reuters reported on Friday that Chinese and Indian troops clashed in Ladakh last week.", "report", "2024-05-10"),
])
def test_a_dated_reporting_act_dates_the_status(nlp, text, verb, day):
    for event in _mentions(nlp, text):
        stated = event["mentions"][0].get("stated")
        assert stated is not None, event["type"]
        assert (stated["date"], stated["basis"], stated["verb"]) == (day, "text", verb)
        assert text[stated["start"]:stated["end"]] == stated["text"]
        assert event["status_history"][0]["as_of"] == day


@pytest.mark.parametrize("text", [
    "The Pakistani army said its troops had attacked militants in Waziristan on Monday.",  # Monday dates the attack
    "Turkey's foreign ministry confirmed that Erdogan visited Moscow in 2019.",  # a year, and of the visit
    "Japan's foreign ministry will confirm on Friday that Abe visits Seoul.",  # an act still to come
])
def test_a_date_of_another_clause_or_a_later_act_does_not_date_the_report(nlp, text):
    for event in _mentions(nlp, text):
        assert event["mentions"][0]["stated"] == {"date": PUBLISHED, "basis": "reported"}
        assert event["status_history"][0]["as_of"] == PUBLISHED


@pytest.mark.parametrize("text, own", [
    ("The Pakistani army said its troops had attacked militants in Waziristan on Monday.", "2024-05-13"),
    ("Reuters reported on Friday that Chinese and Indian troops clashed in Ladakh last week.", "2024-05-06"),
    ("Turkey's foreign ministry confirmed that Erdogan visited Moscow in 2019.", "2019-01-01"),
])
def test_an_event_keeps_its_own_date_beside_the_act_date(nlp, text, own):
    event = _mentions(nlp, text)[0]
    assert event["date"]["start"] == own
    assert event["date"]["basis"] == "text"
