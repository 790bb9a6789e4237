"""Which weak nominal events with no actor become records (mentions.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def _roots(nlp, coding_context, text: str, trigger: str) -> list[str]:
    return [e["type"]["cameo"][:2] for e in coded(nlp, coding_context, text) if trigger in e["type"]["trigger"].lower()]


@pytest.mark.parametrize(
    "text",
    [
        # a plotted act named by its plan is one act (guidelines, settling rule 4)
        "Prosecutors released recordings of alleged coup plans by army officers.",
        "The colonel was jailed for coup plotting last year.",
    ],
)
def test_a_plotted_coup_is_coded(nlp, coding_context, text: str) -> None:
    assert "19" in _roots(nlp, coding_context, text, "coup")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Coups are rare in the region.", "coup"),  # a kind of act, not one
        ("The coach changed the team's attack plan at half time.", "attack"),  # sport: a tactic
        ("The council approved a plan to rebuild the bombed bridge.", "bomb"),
    ],
)
def test_a_plan_of_no_plotted_act_is_not_a_violent_event(nlp, coding_context, text: str, trigger: str) -> None:
    assert not {"18", "19", "20"} & set(_roots(nlp, coding_context, text, trigger))


@pytest.mark.parametrize(
    "text",
    [
        "The ruling reignited the civil war.",  # its start told as one happening
        "Aid workers have died since the December 2013 outbreak of civil war.",
        "Georgia lost a five-day war last August.",  # dated, with its length
    ],
)
def test_one_war_the_text_dates_or_starts_is_coded(nlp, coding_context, text: str) -> None:
    assert "19" in _roots(nlp, coding_context, text, "war")


@pytest.mark.parametrize(
    "text",
    [
        "War is hell, the veteran said.",  # war in general
        "A civil war would serve their interests, he said.",
        "The outbreak of war is always a tragedy for farmers.",  # an outbreak no date or owner makes one
        "Israel captured the Golan Heights during the 1967 Six-Day War.",  # a named historical war
        "The talks were discussed at the end of the Cold War.",
        "The mayor called for an end to the war on drugs.",  # a metaphor
        "The two firms started a price war last year.",  # business
    ],
)
def test_war_in_general_or_by_name_or_metaphor_is_not_coded(nlp, coding_context, text: str) -> None:
    assert "19" not in _roots(nlp, coding_context, text, "war")


def test_a_summit_anchoring_an_act_is_coded(nlp, coding_context) -> None:
    assert "04" in _roots(nlp, coding_context, "The minister warned him of consequences at a summit in September.", "summit")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # membership in a league or a body is no meeting
        ("The host site rotates between the nine schools in the conference.", "conference"),
        ("Two new members sat for the first time in the assembly.", "assembly"),
        ("The clubs in the league voted for a new format.", "league"),
    ],
)
def test_a_body_one_is_in_is_no_meeting(nlp, coding_context, text: str, trigger: str) -> None:
    assert "04" not in _roots(nlp, coding_context, text, trigger)


@pytest.mark.parametrize(
    "text",
    [
        # a private fund-raiser's request is soft news (guidelines, settling rule 44)
        "The school's choir was seeking funds for a new piano.",
        "Local families asked for donations to pay for the party.",
        "The youth club asked for £2,000 to buy new kit.",
    ],
)
def test_private_people_asking_for_money_is_no_appeal(nlp, coding_context, text: str) -> None:
    assert "02" not in [e["type"]["cameo"][:2] for e in coded(nlp, coding_context, text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The mayor asked the state for $2 million to repair the bridge.", "asked"),  # a public asker
        ("Kenya asked for $5 million in aid after the floods.", "asked"),
        ("The union sought funds for striking workers.", "sought"),
        ("Residents asked the council for funds to repair the road.", "asked"),  # asked of a public body
        ("The school appealed to the state for money to repair the roof.", "appealed"),
        ("They asked the police to find their son.", "asked"),  # no money asked
    ],
)
def test_an_appeal_with_a_public_side_or_for_no_money_is_kept(nlp, coding_context, text: str, trigger: str) -> None:
    assert "02" in _roots(nlp, coding_context, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # one coercive measure the text points at, whoever took it
        ("The ban on horse movements caused the cancellation of race meetings.", "ban"),
        ("The crackdown, officials explained, was a preemptive measure.", "crackdown"),
        ("An agreement may finally end these tit-for-tat expulsions.", "expulsions"),
        ("The agency will help those who have been expelled from the country.", "expelled"),
    ],
)
def test_a_definite_coercion_with_no_actor_is_coded(nlp, coding_context, text: str, trigger: str) -> None:
    assert "17" in _roots(nlp, coding_context, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Smoking bans are popular in many countries.", "ban"),  # a kind of measure
        ("The striker served a three-match ban after the red card.", "ban"),  # sport, indefinite
        ("Most of the town's churches were destroyed in the fire.", "destroyed"),  # harm with no doer
        ("Dozens of houses were destroyed by the storm.", "destroyed"),
        ("Several men were arrested and remained in police custody on Sunday.", "custody"),  # a state
    ],
)
def test_a_kind_of_measure_or_harm_with_no_doer_is_no_coercion(nlp, coding_context, text: str, trigger: str) -> None:
    assert "17" not in _roots(nlp, coding_context, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "root"),
    [
        # one appeal or one truce the text points at, coded with no actors (settling rule 21)
        ("The opposition leader was a key figure in the call for big rallies next month.", "call", "02"),
        ("Fighting went on despite the ceasefire among the warring factions.", "ceasefire", "08"),
        ("The rebels want to reach an effective truce with the army.", "truce", "08"),
    ],
)
def test_one_appeal_or_truce_with_no_actor_is_coded(nlp, coding_context, text: str, trigger: str, root: str) -> None:
    assert root in _roots(nlp, coding_context, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "root"),
    [
        ("Requests for comment were not returned.", "request", "02"),  # a formula
        ("Calls for comment were not returned on Friday.", "call", "02"),
        ("Any request must be made in writing.", "request", "02"),  # a rule
        ("A truce is always better than a war, the priest said.", "truce", "08"),  # a kind
    ],
)
def test_a_formula_a_rule_or_a_kind_is_no_appeal_or_truce(nlp, coding_context, text: str, trigger: str, root: str) -> None:
    assert root not in _roots(nlp, coding_context, text, trigger)


@pytest.mark.parametrize(
    ("text", "coded_as_meeting"),
    [
        ("Her father criticized how the meeting was handled.", True),  # one past meeting the story told of
        ("That meeting ended early, officials said.", True),
        ("The conference is held every year in Geneva.", False),  # a habit
        ("The meeting is open to the public.", False),  # a notice
        ("The meeting room was cold.", False),  # a room
        ("The meeting was held for two hours on Monday.", False),  # only held, no one named
    ],
)
def test_a_past_meeting_as_subject_is_one_meeting(nlp, coding_context, text: str, coded_as_meeting: bool) -> None:
    assert ("04" in [e["type"]["cameo"][:2] for e in coded(nlp, coding_context, text)]) is coded_as_meeting


@pytest.mark.parametrize("text", ["These ten kitchen hacks will save you time.", "The apparent hack increased the chances of a post going viral."])
def test_a_hack_with_no_hacker_is_no_cyber_attack(nlp, coding_context, text: str) -> None:
    assert "17" not in _roots(nlp, coding_context, text, "hack")
