"""Crowds and what stands in the way: a crowd told by its size or gathering outside a building demonstrates, roads and
avenues blocked by people are obstructed (144), and a crash or a fallen tree that blocks a road is no one's act.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # the parser takes "outside" for an adjective and the building for the verb's object: still a demonstration
        ("About 300 protesters gathered outside parliament on Tuesday.", "gathered", "141"),
        ("Campaigners gathered outside court on Friday morning.", "gathered", "141"),
        ("Hundreds rallied outside parliament on Tuesday.", "rallied", "141"),
        # a crowd told by its size alone
        ("Thousands marched through the capital on Sunday.", "marched", "141"),
        ("Thousands rallied in the capital on Sunday.", "rallied", "141"),
        # people blocking a road, an avenue or traffic obstruct passage
        ("Demonstrators blocked the main avenue for several hours.", "blocked", "144"),
        ("Protesters blocked traffic at the intersection near the port.", "blocked", "144"),
        ("Villagers blocked the road to the quarry.", "blocked", "144"),
    ],
)
def test_a_crowd_demonstrates_or_obstructs(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered outside parliament on Tuesday.",
        "Campaigners gathered outside court on Friday morning.",
        "Teachers picketed outside the ministry on Monday.",
    ],
)
def test_the_building_a_crowd_stands_outside_is_no_target(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert events, text
    assert all(not (e.get("target") or {}).get("text") for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("The president rallied his supporters before the vote.", "rallied", "053"),
        ("Thousands of people marched through the capital on Sunday.", "marched", "141"),
        ("Soldiers blocked the avenue leading to the palace.", "blocked", "191"),
    ],
)
def test_near_shapes_keep_their_reading(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    "text",
    [
        "A crash blocked the road for hours on Monday.",
        "A fallen tree blocked the highway near the village.",
        "A crash blocked traffic on the motorway.",
        "Investigators gathered evidence outside the house.",
        "The company hired outside lawyers to review the merger.",
    ],
)
def test_no_act_where_no_one_acts(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"][:2] in {"14", "19", "05"}], described(events)


def test_a_crowd_of_the_story_takes_its_country(nlp, coding_context) -> None:
    text = ("Georgian opposition steps up pressure.\n\nTBILISI, Georgia -- The opposition has called for new elections in "
            "Georgia.\n\nThousands marched through Tbilisi on Sunday.")
    e = event_on(coded(nlp, coding_context, text), "marched")
    assert (e["type"]["cameo"], e["source"]["country"]) == ("141", "GEO"), described([e])
