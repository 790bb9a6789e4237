"""Advice, habits and tallies are no events: what any one of a kind of person might do ("A personal injury attorney
might review the case"), what happens "in many" cases, told in the present (guidelines: `generic`), and endorsements a
candidate "has" so many of. Each case with a sentence of the same shape that keeps its reading. Sentences written for
these tests."""
from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # what anyone of a kind might do: advice
    ("A personal injury attorney might review a hit-and-run accident case and suggest seeking punitive damages.", []),
    # one named person's possible act, a hedged past, and a warning's content stay
    ("The attorney may appeal the ruling next week.", [("115", "appeal")]),
    ("A soldier may have been killed in the attack.", [("190", "attack")]),
    ("A gunman could strike again, police warned.", [("180", "strike"), ("012", "warned")]),
])
def test_what_anyone_of_a_kind_might_do_is_no_event(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, absent", [
    # what happens in many cases, in the present, is a habit
    ("In many hijackings, pirates take the crew hostage and demand a ransom.", "take"),
])
def test_what_happens_in_many_cases_is_a_habit(nlp, coding_context, text, absent):
    assert absent not in [t for _c, t in code_triggers(coded(nlp, coding_context, text))]


@pytest.mark.parametrize("text, expected", [
    # a past act in many places is told as done
    ("In many towns, protesters marched on Sunday.", [("141", "marched")]),
])
def test_acts_done_in_many_places_stay(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # endorsements a candidate "has" so many of are a tally
    ("Biden also has seven endorsements from the progressives.", []),
    ("Warren has the most endorsements among the senators.", []),
    # an endorsement given, and a bounded series of meetings, stay (settling rule 8)
    ("The Des Moines Register endorsed Warren on Saturday.", [("051", "endorsed")]),
    ("The envoys have had several meetings since March.", [("040", "had several meetings")]),
])
def test_endorsements_counted_are_a_tally(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected
