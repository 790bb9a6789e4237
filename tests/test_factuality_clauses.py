"""Clauses that change an event's status or leave it alone: conditions on what a threat announces, events looked
forward to, "only to" results (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded


def _status(nlp, coding_context, text: str, trigger: str) -> str:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"].lower() == trigger]
    assert events, [(e["type"]["trigger"], e["status"]) for e in coded(nlp, coding_context, text)]
    return str(events[0]["status"])


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # the warning and the threat were made; the condition is the announced act's
        ("Britain warned Iran of new sanctions if it did not release the tanker.", "warned", "reported"),
        ("The militia threatened to kill the hostages if the army stormed the village.", "threatened", "reported"),
        ("The union threatened a national strike unless the government raised wages.", "threatened", "reported"),
        # the announced act stays conditional
        ("The militia threatened to kill the hostages if the army stormed the village.", "kill", "hypothetical"),
        # other acts under a condition stay conditional
        ("The army will attack the town if the rebels refuse to leave.", "attack", "forecast"),
        ("Police would arrest the protesters if they entered the square.", "arrest", "hypothetical"),
    ],
)
def test_a_condition_belongs_to_what_a_threat_announces_not_to_the_threat(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The envoy said she looked forward to visiting Tanzania and Uganda.", "visiting"),
        ("Kenya's president looks forward to meeting the Chinese premier in Nairobi.", "meeting"),
    ],
)
def test_an_event_looked_forward_to_is_a_forecast(nlp, coding_context, text, trigger) -> None:
    assert _status(nlp, coding_context, text, trigger) == "forecast"


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The smuggler escaped to Miami in June, only to be arrested at the airport.", "arrested", "reported"),
        ("The two activists crossed the border, only to be detained by Turkish police.", "detained", "reported"),
        # without "only", what the clause wants stays unrealised
        ("The minister hoped to meet the French president.", "meet", "hypothetical"),
    ],
)
def test_an_only_to_infinitive_tells_what_followed(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("Villagers trying to flee from the shelling were stopped at a checkpoint.", "shelling", "reported"),
        ("Families hoping to escape from the fighting waited at the border.", "fighting", "reported"),
    ],
)
def test_what_people_flee_from_is_under_way(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Investigators said there was little doubt that the blaze was a deliberate attack.", "reported"),
        ("There is no doubt that the militia carried out the attack.", "reported"),
        ("Analysts do not doubt that the militia carried out the attack.", "reported"),
        ("Analysts doubt that the militia carried out the attack.", "unconfirmed"),
        ("There is some doubt that the militia carried out the attack.", "unconfirmed"),
    ],
)
def test_a_doubt_denied_asserts_the_clause(nlp, coding_context, text, status) -> None:
    assert _status(nlp, coding_context, text, "attack" if "blaze" in text else "carried out the attack") == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("Security forces foiled a plot to bomb the embassy.", "bomb", "denied"),
        ("A plot to assassinate the governor was thwarted by the police.", "assassinate", "denied"),
        ("Detectives uncovered a plan to attack the parliament.", "attack", "denied"),
        # a plan announced, launched or not foiled stays unrealised
        ("The militants announced a plan to attack the parliament.", "attack", "hypothetical"),
        ("The police did not foil the plot to bomb the embassy.", "bomb", "hypothetical"),
        ("The rebels launched a bid to seize the port.", "seize", "hypothetical"),
    ],
)
def test_the_act_of_a_foiled_plot_is_denied(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The mayor was relieved to learn that the talks between the two unions had collapsed.", "talks", "denied"),
        ("The minister told reporters that the talks with Serbia fell apart.", "talks", "denied"),
        # a failure feared or possible is no denial
        ("The minister told reporters that the summit with Serbia could fall apart.", "summit", "forecast"),
    ],
)
def test_a_failure_told_as_a_past_fact_in_a_reported_clause_denies_the_event(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The talks with Serbia collapsed on Sunday.", "talks", "denied"),
        ("Negotiations with the miners' union fell apart.", "negotiations", "denied"),
        ("The talks with Serbia failed to produce a deal.", "talks", "reported"),
    ],
)
def test_a_failure_read_at_the_event_nouns_verb_denies_the_event(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The envoy was scheduled to lay a wreath at the memorial, talk to survivors of the attack and meet with President Ruto in a short visit.", "meet", "forecast"),
        ("The envoy was scheduled to lay a wreath at the memorial, talk to survivors of the attack and meet with President Ruto in a short visit.", "talk", "forecast"),
        ("The envoy was scheduled to lay a wreath at the memorial, talk to survivors of the attack and meet with President Ruto in a short visit.", "visit", "forecast"),
        ("The minister plans to visit Kenya, meet the president and sign a trade deal.", "sign", "forecast"),
        # finite verbs of a list keep their own status
        ("The rebels seized the town and attacked the airport.", "attacked", "reported"),
        ("The envoy was scheduled to meet President Ruto, but the rebels attacked the airport.", "attacked", "reported"),
    ],
)
def test_every_item_of_a_list_of_infinitives_shares_what_governs_the_first(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


def _source(nlp, coding_context, text: str, trigger: str):
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"].lower() == trigger]
    assert events
    return (events[0].get("source") or {}).get("text")


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Police foiled a plot by Islamist militants to bomb the US embassy.", "bomb", "Islamist militants"),
        ("A plot by rebels to assassinate the president was thwarted by the army.", "assassinate", "rebels"),
        ("Security forces foiled a plot to bomb the embassy.", "bomb", None),
        # a plan announced is its announcer's
        ("The militants announced a plan to attack the parliament.", "attack", "militants"),
    ],
)
def test_the_act_of_a_foiled_plot_is_the_plotters_not_the_foilers(nlp, coding_context, text, trigger, source) -> None:
    assert _source(nlp, coding_context, text, trigger) == source


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The opposition plans a series of protests against the government.", "protests", "forecast"),
        ("A wave of strikes is expected next month.", "strikes", "forecast"),
        ("The opposition held a series of protests against the government last week.", "protests", "reported"),
    ],
)
def test_a_series_of_events_is_read_as_its_events(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The father has demanded that the boy be returned to him in Cuba.", "returned", "hypothetical"),
        ("Rebels demanded that the army withdraw from the city.", "withdraw", "hypothetical"),
        # the demand itself was made
        ("Rebels demanded that the army withdraw from the city.", "demanded", "reported"),
    ],
)
def test_what_is_demanded_is_not_yet_done(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The Israeli president is to meet the Czech prime minister in Prague.", "meet", "forecast"),
        ("Both leaders are to sign the accord at a ceremony in Oslo.", "sign", "forecast"),
        ("The foreign minister has invited her Polish counterpart to visit Washington.", "visit", "forecast"),
        # a purpose or a past plan stays unrealised
        ("The minister was to meet the king, but the palace cancelled the audience.", "meet", "hypothetical"),
    ],
)
def test_an_event_someone_is_to_do_or_is_invited_to_do_is_a_forecast(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


def test_the_aim_to_do_something_is_no_schedule(nlp, coding_context) -> None:
    assert all(e["status"] != "forecast" for e in coded(nlp, coding_context, "The aim of the rebels is to attack the airport."))


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("No group has claimed responsibility for the attacks on the two embassies.", "attacks", "reported"),
        ("The Taliban denied responsibility for the bombing in Kabul.", "bombing", "reported"),
        ("Two suspects in the Nairobi bombing were handed over to the United States.", "bombing", "reported"),
        ("Investigators believe the gunman was driven to Mexico after the shooting.", "shooting", "reported"),
        # a claim of the act itself, a suspicion as a verb, and a later event stay as they were
        ("Police suspect that the fire was an attack by rebels.", "attack", "unconfirmed"),
        ("The minister will fly home after the talks in Geneva.", "talks", "forecast"),
    ],
)
def test_what_responsibility_suspects_or_a_past_act_presuppose_happened(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The bomb blast has not generated any hatred against Americans in Tanzania.", "blast", "reported"),
        ("These bombings will not cause America to retreat from Africa.", "bombings", "reported"),
        # a negated verb of occurrence denies its subject event
        ("The talks between Iran and the EU did not take place.", "talks", "denied"),
    ],
)
def test_a_negated_verb_says_something_of_its_subject_event_not_that_it_did_not_happen(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status
