"""Readings of crime, sports and entertainment news: shows hosted and households kept are no events, a player's
position is no shooting, a finding of guilt the parser hung on its object is a verdict, a participle with its own
by-agent is passive, a title word that ends a person's name is no title, a city's police force has its country.
Each case with a sentence of the same shape that keeps its reading. Sentences written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("The comedian will host the Academy Awards next year.", []),
    ("She hosted the Emmys in 2005 and the Grammys in 1996.", []),
    ("When he first hosted in 2009, the ratings rose.", []),
    # hosting a visitor, a summit or refugees stays a visit (043)
    ("Putin hosted Xi at the Kremlin on Monday.", [("043", "hosted")]),
    ("Jordan hosts more than a million Syrian refugees.", [("043", "hosts")]),
    ("The president will host a state dinner for the Japanese prime minister.", [("043", "host")]),
])
def test_a_show_hosted_is_no_visit(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("She works two jobs to support her family.", []),
    ("He said he did not want another child to support.", []),
    ("Iverson moved from shooting guard to point guard.", []),
    # backing a country, and a gunman shooting, keep their codes
    ("The United States will support Ukraine.", [("051", "support")]),
    ("A gunman was shooting at a guard outside the bank.", [("180", "shooting")]),
])
def test_a_living_kept_and_a_players_position_are_no_events(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # the parser hangs "guilty" on the object: still a verdict
    ("A Texas jury found the former officer guilty of murder on Friday.", "found", "116"),
    ("A jury found John Smith guilty of murder on Friday.", "found", "116"),
])
def test_a_finding_of_guilt_on_the_object_is_a_verdict(nlp, coding_context, text, trigger, expected):
    assert [code for code, t in code_triggers(coded(nlp, coding_context, text)) if t == trigger] == [expected]


def test_a_participle_with_its_own_by_agent_is_passive(nlp, coding_context):
    text = "A woman hit and killed by a motorist in Bloomington on Wednesday might be alive."
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "killed"]
    assert [(e["source"] or {}).get("text") for e in events] == ["motorist"]
    assert [(e["target"] or {}).get("text") for e in events] == ["woman"]


@pytest.mark.parametrize("text, trigger, expected", [
    # a family name that is a title word is no title: a private person's opinion is no event (settling rule 2)
    ("Stephen King praised the film on Monday.", "praised", []),
    # the title before a name stays a title
    ("King Abdullah met Netanyahu in Amman on Monday.", "met", [("JOR", "ISR")]),
])
def test_a_title_word_ending_a_name_is_a_family_name(nlp, coding_context, text, trigger, expected):
    assert sides(coded(nlp, coding_context, text), trigger) == expected


@pytest.mark.parametrize("text, trigger, country", [
    ("Man charged after Queens mother killed in crash: NYPD. The driver was charged with driving drunk, police said.",
     "charged", "USA"),
    ("LAPD officers arrested two men on Friday.", "arrested", "USA"),
])
def test_city_police_forces_have_their_country(nlp, coding_context, text, trigger, country):
    pairs = sides(coded(nlp, coding_context, text), trigger)
    assert country in {src for src, _tgt in pairs} and {tgt for _src, tgt in pairs} <= {country, None}
