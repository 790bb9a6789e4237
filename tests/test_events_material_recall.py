"""Recall of material events (issue 10): acts the coder used to miss (sentences written for these tests).

A death that a charge or a conviction names is the killing the charge alleges ("charged in the death of X": 1823),
coded once beside a crime that names the same killing ("charged with murder in the death of X") but not in place of
another crime of the same charge ("charged in the abduction and death of X": an abduction and a killing).
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded, shown


def _lead(text: str) -> str:
    return "Local news. " + text  # read as a sentence of an article body, not as a headline


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Two soldiers were charged with murder in the death of a shop owner, deputies said.", "soldiers"),
        ("A police officer faces a manslaughter charge in the death of an elderly patient.", "police officer"),
        ("Police arrested a soldier on Friday in the death of a cyclist.", "soldier"),
        ("A police officer was convicted of manslaughter in the death of his neighbour.", "police officer"),
        ("Police arrested a soldier, a suspect in the death of a taxi driver, on Monday.", "soldier"),
    ],
)
def test_a_death_named_by_a_charge_is_a_killing(nlp, coding_context, text: str, source: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    deaths = [e for e in events if e["type"]["trigger"] == "death"]
    assert [e["type"]["cameo"] for e in deaths] == ["1823"], shown(events)
    assert source in str((deaths[0].get("source") or {}).get("text")), shown(events)
    # the crime that names the same killing is not coded a second time
    assert not any(t in {"murder", "manslaughter"} for _, t in code_triggers(events)), shown(events)


def test_another_crime_of_the_charge_keeps_its_event(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, _lead("A farmhand charged in the kidnapping and death of a teacher is being held in the county jail."))
    codes = dict((t, c) for c, t in code_triggers(events))
    assert codes.get("death") == "1823", shown(events)
    assert codes.get("kidnapping") == "181", shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "After his death in 2010, the family sold the orchard to a neighbour.",
        "Hundreds of mourners marked the death of the former mayor on Sunday.",
        "The inquiry into the death of the climber will open next month.",
    ],
)
def test_a_death_outside_a_charge_is_no_killing(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert not any(t == "death" for _, t in code_triggers(events)), shown(events)


# Material acts whose verb or noun the lexicon lacked: sending investigators (an investigative step, 091), moving troops
# (a show of force, 154), a physical struggle with a person (182), a carjacking (a hijacking, 181), sabotage (180).
@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("The state fire marshal sent investigators to the warehouse on Monday.", "091", "sent"),
        ("The Justice Department dispatched detectives to the border town after the riot.", "091", "dispatched"),
        ("The Pentagon moved additional troops into the region on Friday.", "154", "moved"),
        ("The deputy struggled with the suspect on the floor of the store.", "182", "struggled"),
        ("Police said two teenagers carjacked a delivery driver on Tuesday.", "181", "carjacked"),
        ("Police said the carjacking happened late on Friday near the station.", "181", "carjacking"),
        ("The army blamed rebels for the sabotage of the pipeline.", "180", "sabotage"),
    ],
)
def test_a_material_act_is_coded(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert (code, trigger) in code_triggers(events), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ministry sent a letter to the families on Monday.", "sent"),  # no investigator sent
        ("The company moved its headquarters to the capital.", "moved"),  # no armed force moved
        ("The team struggled with injuries all season.", "struggled"),  # no person struggled with
        ("The club has struggled with its new striker up front and lost six games.", "struggled"),  # an ongoing difficulty
        ("The minister is wrestling with her deputy over the budget.", "wrestling"),
        ("The firm dispatched a repair crew to the plant.", "dispatched"),
    ],
)
def test_the_near_miss_is_no_material_act(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert not any(c[:2] in {"09", "15", "18"} and t == trigger for c, t in code_triggers(events)), shown(events)


# What the law finds is an investigative step (091, settling rule 28): a person, a vehicle or the traces of a crime,
# found by officers named on a first verb ("responded ... and found"), in a relative clause ("the hair that detectives
# found"), or found unnamed by whom in a sentence about the suspect.
@pytest.mark.parametrize(
    "text",
    [
        "Deputies responded to the call and found the driver in a ditch.",
        "Detectives found fingerprints on the window frame.",
        "The evidence that investigators found near the fence was sent to a laboratory.",
        "A van matching the suspect's description was found in a parking lot.",
    ],
)
def test_what_the_law_finds_is_an_investigative_step(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert ("091", "found") in code_triggers(events), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "Researchers found evidence of water on the planet.",  # no law finds it
        "A car was found in the river on Monday.",  # found unnamed by whom, no suspect in sight
        "Hikers found the lost dog near the lake.",
        "The cap that the boy found near the fence was blue.",
    ],
)
def test_a_find_outside_an_inquiry_is_no_event(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert not any(t == "found" for _, t in code_triggers(events)), shown(events)


def test_agents_sent_are_no_investigation(nlp, coding_context) -> None:
    # agents are as often sent to seize someone or guard a place as to investigate
    events = coded(nlp, coding_context, _lead("The government sent federal agents to the farm on Friday."))
    assert ("091", "sent") not in code_triggers(events), shown(events)


# People a crime report names by their role are people acted on: "struggled with a security guard", "tried to run
# over a trooper", "turned the inmate over"; a thing in their place is not ("struggled with the lock").
@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("Two men struggled with a security guard outside the bank on Friday.", "182", "struggled"),
        ("The sheriff turned the inmate over to federal marshals.", "0841", "turned over"),
    ],
)
def test_a_person_named_by_role_is_acted_on(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert any(c == code and t.startswith(trigger.split()[0]) for c, t in code_triggers(events)), shown(events)


def test_struggling_with_a_thing_is_no_assault(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, _lead("Two men struggled with the lock of the bank's side door on Friday."))
    assert not any(c[:2] == "18" for c, _ in code_triggers(events)), shown(events)


# "fire" with no object is shooting: forces' (193: "the soldiers fired from the rooftops", "police officers fired
# twice"), gunmen's unconventional violence (18, settling rule 11); a machine that fires and a firm that fires someone
# are no fight.
@pytest.mark.parametrize(
    "text",
    [
        "Three gunmen walked into the bar and started firing.",
        "The soldiers fired from the rooftops, the army said.",
        "Police officers fired twice before the car stopped, witnesses said.",
    ],
)
def test_firing_with_no_object_is_shooting(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    root = "18" if "gunmen" in text else "19"
    assert any(c[:2] == root and t in {"firing", "fired"} for c, t in code_triggers(events)), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "The engine fired and the rocket lifted off the pad.",
        "The company fired its sales manager last week.",
        "The head coach was fired after the team lost eight games in a row.",
        "The manager, fired in March, has sued the club.",
    ],
)
def test_firing_that_is_no_shooting(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert not any(c[:2] == "19" for c, _ in code_triggers(events)), shown(events)


# "homicide" is a crime only in a charge, a tally or a kind of case elsewhere; "the homicide" the text goes on telling
# is one killing (1823).
def test_the_homicide_told_is_a_killing(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, _lead("Detectives said the homicide happened shortly after midnight on Elm Street."))
    assert ("1823", "homicide") in code_triggers(events), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "It was the fourth homicide of the year in the county.",
        "The city's 12th homicide shocked residents.",
        "A homicide detective spoke to students at the school.",
    ],
)
def test_a_counted_homicide_is_no_killing(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert not any(t == "homicide" for _, t in code_triggers(events)), shown(events)
