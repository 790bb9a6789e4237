"""Conflict events in wire style that name no attacker, or whose code follows from the weapon or the actor.

Sentences written for these tests. Each names the CAMEO code (or root) it must get, or a code it must not get.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def codes(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # attacks and weapons with no named attacker
        ("A roadside bomb killed three soldiers on the highway to Kandahar on Tuesday.", "183", "bomb"),
        ("An improvised explosive device exploded near a police convoy in Mogadishu.", "183", "exploded"),
        ("A mortar shell killed four children in the market.", "194", "killed"),
        ("The blast in the market square occurred shortly after noon.", "183", "blast"),
        ("There was no claim of responsibility for the attack on the checkpoint.", "18", "attack"),
        ("At least 30 people were killed and dozens wounded, officials said.", "18", "killed"),
        # clashes, gunfire, storming
        ("Government forces and rebels exchanged fire near the town of Bentiu.", "193", "exchanged"),
        ("Gunmen opened fire on worshippers at a mosque in Kano.", "18", "opened"),  # unnamed gunmen: 18 (settling rule 11)
        ("Security forces stormed the hotel where gunmen held dozens of guests.", "190", "stormed"),
        ("A military coup toppled the elected government in July.", "190", "coup"),
        # who acts decides the code
        ("The village came under repeated attacks by government troops.", "190", "attacks"),
        ("The engineer was captured by rebel fighters near the border.", "181", "captured"),
        ("Police raided the offices of an opposition newspaper in Harare.", "170", "raided"),
        ("Kopp is wanted for questioning in two shootings.", "173", "wanted"),
        # protests and riots
        ("Thousands of protesters marched through the capital on Sunday.", "141", "marched"),
        ("The unemployed took to the streets of the capital.", "141", "took"),
        ("The march went along the main avenue for about an hour.", "141", "march"),
        ("Rioters set fire to cars and shops in the city centre.", "1712", "set"),
        ("Youths looted shops in the city centre overnight.", "145", "looted"),  # a crowd's looting is rioting
    ],
)
def test_wire_style_conflict_events_are_coded(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith(code) and trigger in e["type"]["trigger"] for e in events), codes(events)


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        # one happening, one event: the attack is coded, not its casualties
        ("Two policemen were killed in Sunday's attack on the station.", "attack"),
        ("The bombing that killed five people was claimed by a splinter group.", "bombing"),
        ("A stabbing that killed a young man left several others in custody.", "stabbing"),
    ],
)
def test_an_attack_and_its_casualties_are_one_event(nlp, coding_context, text: str, attack: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith("18") and e["type"]["trigger"] == attack for e in events), codes(events)
    assert not any(e["type"]["trigger"] == "killed" for e in events), codes(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # accidents and disasters are no assault
        ("Two people were injured in a car crash on the motorway.", "injured"),
        ("Six hikers were killed in an avalanche in the Alps.", "killed"),
        # a state of affairs is no one attack; a month is no march
        ("Unemployment is at its highest level since the second world war.", "war"),
        ("The rebels were defeated in March 2016.", "March"),
    ],
)
def test_harm_without_an_attacker_or_a_state_of_affairs_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["trigger"] == word for e in events), codes(events)


def test_police_failing_to_act_is_not_coded_as_a_police_act(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Police failed to intervene as a mob attacked a church in Minya.")
    assert any(e["type"]["cameo"].startswith("18") and e["type"]["trigger"] == "attacked" for e in events), codes(events)
    by_police = [e for e in events if (e.get("source") or {}).get("sector") == "COP"]
    assert all(e["negated"] or e["status"] != "reported" for e in by_police), codes(by_police)


@pytest.mark.parametrize(
    ("text", "first", "again"),
    [
        # a later "the attack" or a second casualty verb with no attacker of its own retells the sentence's attack
        ("The judge charged him over the 2004 shooting of a guard, who survived the attack.", "shooting", "attack"),
        ("Two soldiers were killed in the ambush, though it was unclear whether both were killed at the checkpoint.", "ambush", "killed"),
    ],
)
def test_one_attack_told_twice_in_a_sentence_is_one_event(nlp, coding_context, text: str, first: str, again: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == first for e in events), codes(events)
    assert not any(e["type"]["trigger"] == again for e in events), codes(events)


def test_two_attacks_with_their_own_targets_stay_two_events(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The attack on the embassy came a week after the bombing of the airport.")
    assert {"attack", "bombing"} <= {e["type"]["trigger"] for e in events}, codes(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a raid on offices or homes by no named force is a search (coercion); a raid on a village stays an attack
        ("Offices of the ruling party were raided on Tuesday.", "170"),
        ("The homes of three journalists were raided overnight.", "170"),
        ("The village was raided at dawn.", "190"),
    ],
)
def test_a_raid_with_no_named_force_is_coded_by_what_it_hit(nlp, coding_context, text: str, code: str) -> None:
    assert (code, "raided") in codes(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a promise to do violence is a threat; a promise to do anything else stays an intent
        ("The kidnappers kept their promise to kill the hostage.", "13"),
        ("The militia issued a promise to attack the convoy.", "13"),
        ("The minister kept her promise to visit the flooded region.", "03"),
    ],
)
def test_a_promise_to_do_violence_is_a_threat(nlp, coding_context, text: str, code: str) -> None:
    assert any(c.startswith(code) for c, t in codes(coded(nlp, coding_context, text)) if "promise" in t)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # exercises with another force are military cooperation; exercises alone show force
        ("The navy held joint exercises with the French fleet in the Baltic.", "062"),
        ("The army staged large exercises near the border on Monday.", "150"),
    ],
)
def test_joint_exercises_are_cooperation_and_exercises_alone_a_show_of_force(nlp, coding_context, text: str, code: str) -> None:
    assert code in [c for c, t in codes(coded(nlp, coding_context, text)) if "exercises" in t]


@pytest.mark.parametrize(
    "text",
    [
        # a violent noun with a named victim is one happening, even with no article and no attacker
        "He faces trial over shooting of Maria Lopez in March.",
        "Protests followed shooting of Maria Lopez by a guard.",
    ],
)
def test_a_violent_noun_with_a_named_victim_is_one_happening(nlp, coding_context, text: str) -> None:
    assert any(c.startswith("18") and t == "shooting" for c, t in codes(coded(nlp, coding_context, text)))
