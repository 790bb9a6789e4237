"""Strikes by munitions, what an attack was laid on or harmed, and killings after a capture. Each case with a sentence
of the same shape that keeps its reading. Sentences written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded, described, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # munitions striking a target are the attack of their kind, with the owner as attacker
    ("Russian missiles struck a power plant in Kharkiv on Tuesday.", [("195", "struck")]),
    ("A shell hit the roof of a school in Donetsk on Sunday.", [("194", "hit")]),
    # the strike's toll is the same happening: one record
    ("A Russian missile hit an apartment block in Dnipro, killing 40 civilians.", [("195", "hit")]),
    # a weapons test is no strike; a team named Rockets is no munition
    ("The missile hit its target during the test, the Pentagon said.", []),
    ("The Rockets hit 20 three-pointers against Boston on Friday.", []),
])
def test_munitions_strike_as_attacks(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, trigger, target", [
    # the people a strike's toll names are what was struck
    ("A Russian missile hit an apartment block in Dnipro, killing 40 civilians.", "hit", "UKR"),
    ("Israeli jets struck a house in Rafah, killing 12 people.", "struck", "PSE"),
    # what an attack is laid on, or what it harmed
    ("The blockade imposed on Gaza in 2007 has crippled its hospitals.", "blockade", "PSE"),
    ("A hospital in Gaza was damaged by Israeli airstrikes on Monday.", "airstrikes", "PSE"),
    # a thing the measure is laid on is no side
    ("The curfew imposed on the town ended on Monday.", "curfew", None),
])
def test_what_an_attack_was_laid_on_or_harmed_is_its_target(nlp, coding_context, text, trigger, target):
    assert [tgt for _src, tgt in sides(coded(nlp, coding_context, text), trigger)] == [target]


@pytest.mark.parametrize("text, expected", [
    # killed after a capture: two acts, the capture and the killing
    ("Officials said the hostage was killed soon after his capture.", ["1823", "181"]),
    ("The journalist was shot dead after her abduction, police said.", ["1823", "181"]),
    # killed in the attack: the attack alone
    ("Two guards were killed in the attack on the embassy.", ["18"]),
])
def test_a_killing_after_a_capture_is_an_act_of_its_own(nlp, coding_context, text, expected):
    codes = sorted({code if len(expected[0]) > 2 else code[:2] for code, _t in code_triggers(coded(nlp, coding_context, text))})
    assert codes == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # lightning and spacecraft are no strikes and no probes
    ("A lightning strike killed two hikers in Colorado on Sunday.", []),
    ("Two climbers were killed in a lightning strike near the summit.", []),
    ("NASA launched a space probe to Jupiter on Friday.", []),
    # workers' strikes and investigators' probes keep their codes
    ("Workers at the plant began a strike on Monday.", [("143", "began a strike")]),
    ("The FBI launched a probe into the bribery on Friday.", [("090", "launched a probe")]),
])
def test_lightning_and_spacecraft_are_no_events(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an attack that killed is one happening, whatever the attack's word
    ("An air strike killed two fighters near Idlib on Sunday.", ["195"]),
    ("The clashes killed 12 fighters near Idlib on Sunday.", ["190"]),
    # a side that killed in a battle: one happening, the battle, which is that side's (settling rule 1)
    ("Troops killed 12 militants in a gun battle near Idlib.", ["193"]),
])
def test_the_toll_of_an_attack_noun_is_the_attack(nlp, coding_context, text, expected):
    assert sorted(code for code, _t in code_triggers(coded(nlp, coding_context, text))) == expected


@pytest.mark.parametrize("text, expected", [
    # the murder a charge names is the killing the sentence tells: coded once
    ("A former employee opened fire at the office, killing one man, and was charged with first-degree murder.",
     ["173", "1823"]),
    # a charge for another death stays
    ("The gunman shot two men and was charged with murder in the death of a third man.", ["173", "182", "1823"]),
])
def test_a_charged_crime_the_sentence_tells_as_done_is_coded_once(nlp, coding_context, text, expected):
    assert sorted(code for code, _t in code_triggers(coded(nlp, coding_context, text))) == expected


def test_an_intended_killing_is_no_killing_told_as_done(nlp, coding_context):
    # "intent to murder" beside "first-degree murder" in a list of charges: both charged crimes stay
    text = "Not guilty pleas were entered on his behalf to charges of first-degree murder, intent to murder and fleeing police."
    assert [c for c, t in code_triggers(coded(nlp, coding_context, text)) if c == "1823"] == ["1823", "1823"]


@pytest.mark.parametrize("text, expected", [
    # in a report of a war from the air, "the bombing" is an air raid (195)
    ("Israeli airstrikes hit Gaza overnight and warplanes struck the north. Residents said the bombing went on for hours.",
     ["195", "195", "195"]),
    # a bomb set or thrown stays a bombing (183), and so does a bombing in a report of no air war
    ("A car bombing killed five people in Kabul. Residents said the bombing shook the city.", ["183", "183"]),
    ("The bombing of the embassy in Nairobi killed 213 people.", ["183"]),
])
def test_bombings_in_an_air_war_are_air_raids(nlp, coding_context, text, expected):
    assert [c for c, _t in code_triggers(coded(nlp, coding_context, text)) if c[:2] in {"18", "19"}] == expected


@pytest.mark.parametrize("text, expected", [
    # the toll told beside the attack, riot or shooting that caused it is that act's: one record (settling rule 1)
    ("Riot police opened fire on the strikers, and at least three workers were killed.", ["175"]),
    ("Paratroopers fired tear gas and bullets at the students, killing at least two of them.", ["175"]),
    ("Insurgents attacked a police post outside Kandahar and killed seven officers.", ["190"]),
    ("Militiamen ambushed an army patrol on the highway and killed four soldiers.", ["190"]),
    ("Artillery shelled the old town on Sunday, and hospital officials said eight civilians had been killed.", ["194"]),
    ("A mayor was killed on Tuesday when a bomb planted in his car went off outside the town hall.", ["183"]),
    ("Three men were killed and 40 injured on Sunday when rioters stormed the jail.", ["145"]),
    # a toll with its own doer or cause is a happening of its own
    ("Rebels attacked a border post, and in another incident two farmers were killed by a mine.", ["1823", "190"]),
    # victims somewhere else, or the attackers themselves killed, are another happening
    ("Army jets bombed rebel trenches and killed six peacekeepers at a camp near the lake.", ["1823", "195"]),
    ("Eleven gunmen were killed when they stormed a police station in the town.", ["180", "1823"]),
    # a toll told as fact beside an attack denied, a toll of another day, and the attackers killed stay apart
    ("Police did not fire on the strikers, but four people were killed, witnesses said.", ["175", "1823"]),
    ("Police fired on marchers on Sunday, and two more people were killed on Monday.", ["175", "1823"]),
    ("Rebels attacked the barracks, and 20 rebels were killed, the army said.", ["180", "190"]),
    ("Riot police opened fire, but no strikers were killed.", ["1823", "193"]),
    # a blast no bomb made is no attack; unnamed gunmen storming a place keep the killing (settling rule 11)
    ("Two workers were killed when a gas pipeline exploded near the village.", ["1823"]),
    ("Gunmen stormed the jewellery shop, killing two guards.", ["180", "1823"]),
    # police killed beside a crowd fired on were killed by others
    ("Soldiers opened fire on the marchers, and a police officer was killed by a brick.", ["175", "1823"]),
    # a toll beside an act of no force stays
    ("Police detained 40 people, and two men were killed in the capital.", ["173", "1823"]),
])
def test_a_toll_told_beside_its_attack_is_the_attack(nlp, coding_context, text, expected):
    assert sorted(code for code, _t in code_triggers(coded(nlp, coding_context, text))) == expected, described(
        coded(nlp, coding_context, text))
