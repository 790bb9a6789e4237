"""Attacks told in wire phrasings the coder used to miss: counted blows, strikes by armed craft, coming under fire, cordons.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def described(events: list[dict]) -> list[tuple[str, str, object, object]]:
    return [(e["type"]["cameo"], e["type"]["trigger"], (e.get("source") or {}).get("code"), (e.get("target") or {}).get("text"))
            for e in events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # blows counted in one attack are that attack, not a habit
        ("The shopkeeper was stabbed three times in the chest on Friday.", "stabbed"),
        ("A cyclist was stabbed twice near the station.", "stabbed"),
        ("The guard was shot four times during the robbery.", "shot"),
    ],
)
def test_counted_blows_are_one_attack(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == trigger and e["type"]["cameo"][:2] in {"18", "19"} for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a tally of acts over time is still no one act
        ("The suspect has been arrested more than a dozen times.", "arrested"),
        ("The boxer has been hit hundreds of times in his career.", "hit"),
    ],
)
def test_a_tally_of_acts_over_time_is_no_event(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["trigger"] == trigger for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code", "source"),
    [
        # armed aircraft and drones striking anything employ aerial weapons; their owner attacks
        ("Israeli jets struck Gaza overnight.", "struck", "195", "ISR"),
        ("Turkish drones hit Kurdish fighters in northern Iraq.", "hit", "195", "TUR"),
        ("Russian warplanes pounded the outskirts of Aleppo.", "pounded", "195", "RUS"),
        ("The town was bombed by Saudi jets on Sunday.", "bombed", "195", "SAU"),
        # tanks and guns: artillery
        ("Ethiopian tanks shelled the border town.", "shelled", "194", "ETH"),
    ],
)
def test_a_strike_by_armed_craft_is_an_attack_of_its_kind(nlp, coding_context, text: str, trigger: str, code: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == trigger and e["type"]["cameo"] == code and ((e.get("source") or {}).get("code") or "").startswith(source)
               for e in events), described(events)


@pytest.mark.parametrize(
    "text",
    [
        # a craft is a weapon only by its name or with an owner or a military modifier
        "The small plane struck a barn after its engine failed.",
        "The jets hit heavy turbulence over the ocean.",
        "The fighter hit his rival twice in the second round.",
        "Storage tanks hit full capacity after the rain.",
        "Two tanks of diesel hit the road when the lorry overturned.",
    ],
)
def test_an_unarmed_craft_striking_something_is_no_attack_of_its_kind(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"] in {"194", "195"} for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The army's drones struck a rebel convoy.", "MIL"),
        ("Fighter jets pounded the hills above the village.", "MIL"),
    ],
)
def test_a_craft_owned_or_called_military_strikes_from_the_air(nlp, coding_context, text: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == "195" and ((e.get("source") or {}).get("code") or "").endswith(source) for e in events), described(events)


def test_suicide_bombers_attacking_is_a_suicide_bombing(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Two suicide bombers attacked a church in the city.")
    assert any(e["type"]["trigger"] == "attacked" and e["type"]["cameo"].startswith("183") for e in events), described(events)
    assert not any(e["type"]["cameo"] == "195" or (e.get("source") or {}).get("code") == "MIL" for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # coming under fire or attack: an attack on the subject
        ("The convoy came under fire near the border town.", "fire", None),
        ("Peacekeepers came under attack in the north of the country.", "attack", "Peacekeepers"),
        ("Nigerian soldiers came under heavy fire from the insurgents.", "fire", "Nigerian soldiers"),
    ],
)
def test_coming_under_fire_is_an_attack_on_the_subject(nlp, coding_context, text: str, trigger: str, target: object) -> None:
    events = coded(nlp, coding_context, text)
    hit = [e for e in events if trigger in e["type"]["trigger"] and e["type"]["cameo"][:2] in {"18", "19"}]
    assert hit, described(events)
    if target is not None:
        assert any((e.get("target") or {}).get("text") == target for e in hit), described(events)


@pytest.mark.parametrize(
    "text",
    [
        # coming under fire for something said or done is criticism, no shooting
        "The minister came under fire for his remarks about the strike.",
        "The coach came under fire from critics after the defeat.",
    ],
)
def test_coming_under_fire_for_words_is_no_attack(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"][:2] in {"18", "19"} for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a cordon read by the parser as a preposition phrase is still a cordon (191)
        ("Police cordoned off the area after the explosion.", "cordoned"),
        ("Soldiers sealed off the main square on Monday.", "sealed"),
    ],
)
def test_a_cordon_is_coded_however_the_particle_is_parsed(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(trigger in e["type"]["trigger"] and e["type"]["cameo"] == "191" for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        # a person's capture is an abduction, an arrest when the state captures; a place's capture is territory taken
        ("The engineer died weeks after his capture by the rebels.", "181", "REB"),
        ("The drug lord was extradited a month after his capture by police.", "173", "COP"),
        ("Rewards were offered for the fugitive's capture.", "173", None),
        ("The capture of Mosul took nine months.", "192", None),
    ],
)
def test_a_capture_is_coded_by_who_or_what_was_taken(nlp, coding_context, text: str, code: str, source: object) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == "capture" and e["type"]["cameo"] == code
               and (source is None or ((e.get("source") or {}).get("code") or "").endswith(source)) for e in events), described(events)


@pytest.mark.parametrize(
    "text",
    [
        # a capture of no person is no abduction
        "Carbon capture remains costly.",
        "The film relied on motion capture.",
        "The capture of the last flag decided the match.",
        "The opposition bloc captured most of the seats in the north.",
        "The startup captured a bigger slice of the tablet market.",
    ],
)
def test_a_capture_of_no_person_is_no_abduction(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["trigger"].startswith("captur") for e in events), described(events)


@pytest.mark.parametrize(
    "text",
    [
        # a ruling, a law or a charge fought in court or parliament is no fighting
        "The governor said she would fight the court's decision.",
        "The mayor vowed to fight the charges against him in court.",
        "Opposition lawmakers will fight the new law in parliament.",
    ],
)
def test_fighting_a_ruling_or_a_law_is_no_fighting(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"][:2] in {"13", "18", "19", "20"} for e in events), described(events)


def test_a_by_phrase_right_after_a_capture_names_the_captor(nlp, coding_context) -> None:
    # the parser may hang "by" on the verb; right after the noun it still names who captured
    events = coded(nlp, coding_context, "The aid worker, who died soon after his capture by Tuareg rebels, was buried on Monday.")
    assert any(e["type"]["trigger"] == "capture" and (e.get("source") or {}).get("text") for e in events), described(events)


@pytest.mark.parametrize(
    "text",
    [
        # a coup d'etat however it is spelled and however the parser tags the French words (a coup is 190)
        "In 1987 the president was toppled in a coup d'etat staged by the army.",
        "The colonel led a coup d’état against the king in 1969.",
    ],
)
def test_a_coup_detat_is_a_coup(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any("coup" in e["type"]["trigger"] and e["type"]["cameo"] == "190" for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "fights"),
    [
        # fighting for something named nowhere after the preposition, or for an aim, is striving, no fighting
        ("A pay rise was what the nurses had fought for.", "fought", False),
        ("The party will fight for every vote in the election.", "fight", False),
        ("The club said it would fight for the championship.", "fight", False),
        ("This is a cause worth fighting for.", "fighting", False),
        # fighting for one's life or survival is no fighting either
        ("The doctors were fighting for his life after the crash.", "fighting", False),
        # fighting for a place still is fighting
        ("Rebels and soldiers fought for control of the town.", "fought", True),
    ],
)
def test_fighting_for_an_aim_is_no_fighting(nlp, coding_context, text: str, trigger: str, fights: bool) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == trigger and e["type"]["cameo"].startswith("19") for e in events) == fights, described(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an offensive or a counteroffensive launched by an armed side is an act of force, known to the coder or not
        ("The loyalists launched an offensive near the airport on Sunday.", "190"),
        ("Government troops mounted a counteroffensive along the river.", "190"),
        ("The militia began its offensive on the northern suburbs at dawn.", "190"),
    ],
)
def test_an_offensive_launched_is_armed_force(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == [code], described(events)


@pytest.mark.parametrize(
    "text",
    [
        # a charm or marketing offensive, a campaign's or a firm's, and a surgeon's operation are none
        "The company launched a charm offensive in the capital.",
        "Surgeons began the operation on her spine on Monday.",
        "The network launched a marketing offensive for its new shows.",
        "Environmental groups launched an offensive against the pipeline project.",
        "Apple launched an offensive in the smartphone market with a cheaper phone.",
    ],
)
def test_offensives_of_words_and_operations_of_surgeons_are_no_force(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"][:2] == "19"], described(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # in a report of a war, an attack no one is named for is the war's armed force
        ("Soldiers and rebels faced each other along the front line, with artillery and tanks on both sides. "
         "The attack began before dawn, officers said.", "190"),
        ("Rebels and soldiers fought for the airport, with artillery and militia units on both sides, and troops "
         "shelled the front line. Diplomats warned that a new attack could come within days.", "190"),
    ],
)
def test_an_attack_no_one_is_named_for_in_a_war_report_is_armed_force(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events if e["type"]["trigger"].split()[-1] == "attack"] == [code], described(events)


@pytest.mark.parametrize(
    "text",
    [
        # in a report of a crime, or of a knife attack, the attack stays an assault
        "Police said the attack happened outside a bar on Friday night. Two men were arrested at the scene.",
        "Government troops shelled rebel positions near the front line, and tanks moved up to the river. Army officers "
        "said the rebels had artillery. In the capital, a knife attack on a shopkeeper left him badly hurt.",
    ],
)
def test_an_attack_outside_a_war_report_or_with_a_knife_stays_an_assault(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events if e["type"]["trigger"].split()[-1] == "attack"] == ["180"], described(events)
