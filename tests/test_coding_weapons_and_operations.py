"""Weapons of mass destruction used, "the attack" told again far from the act it names, withdrawals and surrenders,
meetings and visits that need two sides, and "free" that frees no one.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded, described, event_on, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # chemical or biological weapons used are 2041, nuclear weapons 2042, whatever the verb that tells the use
        ("Iraq used chemical weapons against Iranian troops.", "used", "2041"),
        ("Iraqi warplanes bombed the town with poison gas last week.", "bombed", "2041"),
        ("Syrian forces dropped chlorine barrel bombs on Douma.", "dropped", "2041"),
        ("The regime used sarin on its own people.", "used", "2041"),
        ("Iraq attacked Iranian positions with mustard gas and nerve agents.", "attacked", "2041"),
        ("The United States used atomic bombs against Japan.", "used", "2042"),
        # the same verbs with other weapons or gases keep their readings
        ("Police used tear gas to disperse the crowd.", "disperse", "175"),
        ("Government helicopters dropped barrel bombs on Aleppo.", "dropped", "195"),
    ],
)
def test_the_weapon_gives_the_code(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    events = coded(nlp, coding_context, text, published="1990-05-01")
    assert event_on(events, trigger)["type"]["cameo"] == code, described(events)


@pytest.mark.parametrize(
    "text",
    [
        "The company used natural gas to heat the plant.",
        "Police launched an operation against drug gangs.",
        "The UN peacekeeping operation in Mali will end next year.",
        # the use of weapons of mass destruction named, opposed or banned, or used in a figure or a drill, is no use;
        # tear gas called "chemical
        # agents", gas against rats, rocket fuel and an airline's ground operations are no arms
        "A poll found that most Americans opposed the use of nuclear weapons against North Korea.",
        "The treaty bans the use of chemical weapons in war.",
        "Security forces used chemical agents against protesters in Manama, the opposition said.",
        "Authorities used poison gas to kill rats in the old city's sewers.",
        "The space agency used hydrogen rockets to launch the probe.",
        "The airline said its ground operations at Heathrow would resume on Monday.",
        "Russia used its nuclear weapons as leverage in the talks.",
        "The army practised using nuclear weapons in the exercise.",
        "Police attacked protesters with toxic gas on Monday.",
        # a military operation or campaign is no event of its own
        "A military operation against Iran would be a disaster, the minister said.",
    ],
)
def test_no_weapon_or_war_no_attack(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text, published="2014-05-01")
    assert not [c for c, _ in code_triggers(events) if c[:2] in {"19", "20"}], described(events)


def test_the_chemical_weapons_target_is_the_side_they_were_used_against(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Iraq used chemical weapons against Iranian troops.", published="1988-03-20")
    assert sides(events, "used") == [("IRQ", "IRN")], described(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "the attack" far from the act it names takes that act's code when it is the only kind of arms the text told;
        # the toll told between ("42 people were killed") is no act of another kind
        ("Iraqi warplanes bombed the Kurdish town with poison gas last week. Iranian forces captured the town on "
         "Sunday. Doctors treated hundreds of people. Iran called the attack a crime against humanity.", "2041"),
        ("A car bomb exploded outside the police headquarters on Monday. Police said 42 people were killed and 286 "
         "wounded. Ambulances ferried the wounded to hospitals across the city. The president condemned the attack.",
         "1832"),
        # "the attack" judged in words may be an attack in words; an undecided bombing or a dated act of the background
        # names no kind
        ("Rebels shelled the city centre on Monday. The government accused Western media of ignoring the victims. A "
         "BBC spokesman said the attack was unfounded.", "180"),
        ("NATO bombed the town on Monday. Serbian officials said 12 civilians were killed. Hospitals were overwhelmed. "
         "Belgrade condemned the attack.", "180"),
        ("A car bomb exploded outside the ministry on Monday. Police said 42 people were killed. Hospitals were "
         "overwhelmed. The opposition called the attack baseless.", "180"),
        ("A car bomb exploded outside the ministry on Monday. Police said 42 people were killed. Hospitals were "
         "overwhelmed. The president called the attack an act of terror.", "1832"),
        ("Israeli jets bombed Gaza for 50 days in 2014. On Monday a Palestinian drove his car into a group of soldiers "
         "at a bus stop. Three soldiers were hurt. The army said it was investigating the attack.", "180"),
        # a single killing dated or aged is no toll: "the attack" may be it
        ("Jets struck Gaza on June 3. A 25-year-old settler was killed near Hebron on June 3. Hospitals were busy. "
         "Settlers condemned the attack.", "180"),
        # two acts of arms of different kinds: "the attack" names neither for sure
        ("Gunmen shot dead a policeman in the north. A car bomb exploded outside the police headquarters on Monday. "
         "Police said 42 people were killed. Ambulances ferried the wounded to hospitals. The president condemned the "
         "attack.", "180"),
    ],
)
def test_the_attack_told_again_is_the_one_kind_of_attack_told(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text, published="1995-05-01")
    last = [e for e in events if e["type"]["trigger"] == "attack"][-1]
    assert last["type"]["cameo"] == code, described(events)


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        ("At a briefing on Wednesday, the governor said she respected the protesters' right to free speech but that "
         "the rally had put people at risk.", False),
        ("Rebels said on Monday that they would free the hostages.", True),
        ("Security forces freed Will, the kidnapped British boy, in a raid.", True),
    ],
)
def test_free_speech_frees_no_one(nlp, coding_context, text: str, freed: bool) -> None:
    events = coded(nlp, coding_context, text, published="2020-05-01")
    assert any(c == "0841" for c, _ in code_triggers(events)) is freed, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # an arson told among the acts: "the attack" names no one kind of arms for sure
        ("Soldiers clashed with rebels on Monday. On Tuesday, rebels set fire to a clinic. Doctors treated the wounded. "
         "The attack killed 20 patients.", "attack", "180"),
        # a partitive object is the group it picks part of
        ("The United States withdrew all of its troops from Iraq.", "withdrew", "0874"),
    ],
)
def test_withdrawals_surrenders_and_mixed_attacks(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    events = coded(nlp, coding_context, text, published="2005-05-01")
    assert [e for e in events if trigger in e["type"]["trigger"]][-1]["type"]["cameo"] == code, described(events)




@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a body meeting on its own is its sitting, no consultation; an audience spoken to is no side met
        ("ZANU-PF's politburo met for five hours on Friday and decided that the president would run again.", None),
        ("Somali lawmakers are meeting in neighbouring Djibouti this week to expand the parliament.", None),
        ("Communist troops entered the city tonight without meeting resistance.", None),
        ("The president told a meeting of regional governors that the state would be merciless.", None),
        # troops arriving or landing are deployed, no visitors
        ("Ugandan peacekeepers arrived in Mogadishu on Tuesday.", None),
        # sides told as adjectives or a delegation keep their meeting or visit
        ("The Israeli and Palestinian committees met in Jerusalem on Monday.", "040"),
        ("A Chinese military delegation arrived in Islamabad for talks.", "042"),
        # ministers of several states meeting, a body meeting someone and a leader arriving still are
        ("NATO foreign ministers met in Brussels on Tuesday.", "040"),
        ("The council met the minister on Monday.", "040"),
        ("The German chancellor arrived in Beijing on Tuesday.", "042"),
    ],
)
def test_meetings_and_visits_need_two_sides(nlp, coding_context, text: str, code: str | None) -> None:
    events = coded(nlp, coding_context, text, published="2006-03-21")
    assert [c for c, _ in code_triggers(events) if c[:2] == "04"][:1] == ([code] if code else []), described(events)
