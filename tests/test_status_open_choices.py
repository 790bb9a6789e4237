"""Statuses of acts still weighed, doubted or called off by their makers (settling rules 4 and 30), and of allegations the
parser misreads. Sentences written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def _statuses(nlp, coding_context, text: str, trigger: str) -> list[str]:
    return [e["status"] for e in coded(nlp, coding_context, text) if trigger in e["type"]["trigger"]]


@pytest.mark.parametrize("text, trigger, status", [
    # an act the authorities are still weighing is unclear: hypothetical
    ("The district attorney is considering whether to file charges against the driver.", "charges", "hypothetical"),
    ("The ministry is weighing whether to expel the diplomats.", "expel", "hypothetical"),
    # an act they have decided on is a forecast
    ("The district attorney will file charges against the driver next week.", "charges", "forecast"),
])
def test_an_act_still_weighed_is_hypothetical(nlp, coding_context, text, trigger, status):
    assert _statuses(nlp, coding_context, text, trigger) == [status]


@pytest.mark.parametrize("text, trigger, status", [
    # a plan its makers called off never came to its act
    ("The gunmen abandoned their plans to storm the building when the army arrived.", "storm", "denied"),
    ("The rebels called off their plan to attack the town.", "attack", "denied"),
    # a plan announced is an intention
    ("The rebels announced plans to attack the town.", "attack", "hypothetical"),
])
def test_a_plan_called_off_by_its_makers_is_negated(nlp, coding_context, text, trigger, status):
    assert _statuses(nlp, coding_context, text, trigger) == [status]


@pytest.mark.parametrize("text, trigger, status", [
    # an act its speaker doubts will come is unclear: hypothetical (settling rule 30)
    ("He released a statement saying he doubts charges will be filed.", "charges", "hypothetical"),
    # one expected is a forecast
    ("Police said they expect charges will be filed.", "charges", "forecast"),
])
def test_an_act_doubted_is_hypothetical(nlp, coding_context, text, trigger, status):
    assert _statuses(nlp, coding_context, text, trigger) == [status]


# allegations the parser misreads: "Prosecutors allege Simpson shot Flynn" is read as one noun phrase ("Prosecutors
# allege Simpson") before the verb; the act is still alleged
@pytest.mark.parametrize("text, trigger, status", [
    # the allegation without "that": still an allegation
    ("Prosecutors allege Simpson shot Flynn in the head after an argument.", "shot", "unconfirmed"),
    ("Police allege Jones robbed the bank on Friday.", "robbed", "unconfirmed"),
    # the same with "that", which the parser reads right
    ("Prosecutors allege that the man stabbed his neighbour twice.", "stabbed", "unconfirmed"),
    # an adjective "alleged" before a title is no one's allegation of the act told
    ("The alleged gunman Simpson shot Flynn in the head.", "shot", "reported"),
])
def test_an_allegation_the_parser_misreads_keeps_its_status(nlp, coding_context, text, trigger, status):
    assert _statuses(nlp, coding_context, text, trigger) == [status]
