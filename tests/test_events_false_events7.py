"""Classes of false events found by auditing fresh news articles (the second audit of the twelfth round), each beside texts of the same
grammar that stay events.

Texts written for these tests: other senses of event words (a program's "attack", a heart attack),
a cause "to blame", harms done to no one in a fire, and acts of any kind ("any threats").
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model

_SOFTWARE = ("The vendor released an emergency patch on Tuesday for a vulnerability in its web browser. "
             "Researchers said malware planted on websites could use the hole. ")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (_SOFTWARE + "The company said the update should stop a successful attack.", "attack"),
        (_SOFTWARE + "A second setting in the browser also blocks this attack, the vendor said.", "attack"),
        (_SOFTWARE + "The attacks so far have been limited to one region, the researchers said.", "attacks"),
    ],
)
def test_a_software_report_tells_attacks_on_programs_not_events(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        (_SOFTWARE + "Police arrested two men suspected of writing the malware.", "173", "arrested"),
        (_SOFTWARE + "Gunmen attacked the firm's office in the capital on Monday.", "18", "attacked"),
        ("Rebels attacked the army base near the border on Monday.", "19", "attacked"),
    ],
)
def test_acts_of_the_law_and_of_armed_men_stay_in_a_software_report(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(c.startswith(root) and word in w for c, w in code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The singer was taken to a clinic last week and died there after a heart attack.", "attack"),
        ("The retired judge suffered cardiac arrest at his home on Sunday.", "arrest"),
        ("The pupil had an asthma attack during the school trip.", "attack"),
    ],
)
def test_a_fit_of_the_body_is_no_attack_or_arrest(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]


@pytest.mark.parametrize(
    "text",
    [
        "Investigators said they suspect faulty wiring is to blame for the blaze at the warehouse.",
        "His lawyer argued a long illness was to blame.",
    ],
)
def test_a_cause_to_blame_is_no_accusation(nlp, coding_context, text: str) -> None:
    assert not [c for c, _ in code_triggers(coded(nlp, coding_context, text)) if c.startswith("112")]


def test_an_actor_to_blame_stays_an_accusation(nlp, coding_context) -> None:
    text = "The minister said the rebels were to blame for the bombing."
    assert any(c.startswith("112") for c, _ in code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Luckily, nobody was injured, but the fire gutted the hall on Friday night.",
        "Nobody was injured, but the blaze destroyed three barns on the farm.",
    ],
)
def test_no_one_hurt_in_a_fire_or_a_storm_is_no_event(nlp, coding_context, text: str) -> None:
    assert not [c for c, _ in code_triggers(coded(nlp, coding_context, text)) if c[:2] in {"18", "19"}]


def test_no_one_else_hurt_in_a_shooting_stays(nlp, coding_context) -> None:
    text = "A man stabbed a guard outside the bank on Monday. No one else was injured in the incident, police said."
    assert any(c.startswith("18") and "injured" in w for c, w in code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The priest declined to say whether the parish had received any threats.", "threats"),
        ("The jurors said they would not vote for death for any killings.", "killings"),
    ],
)
def test_an_act_of_any_kind_is_no_happening(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]


def test_a_told_threat_stays(nlp, coding_context) -> None:
    text = "The priest said the parish had received threats from an armed group last week."
    assert any(c.startswith("13") and "threats" in w for c, w in code_triggers(coded(nlp, coding_context, text)))


_FILM = "The studio said the sequel will reach cinemas next year, after the first movie topped the box office. "


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (_FILM + "The director failed to reach a deal with the studio on the new film.", "reach"),
        (_FILM + "Its star asked the studio for more money.", "asked"),
        (_FILM + "The director thanked the fans for their support.", "thanked"),
        (_FILM + "Critics praised the actress for her performance.", "praised"),
    ],
)
def test_a_film_report_tells_the_film_business_not_events(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        (_FILM + "The governor praised the studio for bringing jobs to the state.", "051", "praised"),
        (_FILM + "Police arrested a man who threatened the actress outside the studio.", "173", "arrested"),
        ("The director thanked the fans for their support.", "051", "thanked"),
    ],
)
def test_public_acts_stay_in_a_film_report(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(c.startswith(root) and word in w for c, w in code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The chief spoke to the crowd. When one of us is killed, all of us lose.", "killed"),
        ("The chief spoke on Monday. When a soldier is wounded, the whole unit suffers.", "wounded"),
        ("The editor spoke on Monday. When a journalist is arrested, the whole press is silenced.", "arrested"),
    ],
)
def test_a_present_passive_when_clause_of_a_rule_is_no_happening(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The chief spoke on Monday. When the prisoners are released next week, they will go home.", "released"),
        ("The chief spoke on Monday. When the journalist was arrested, the press fell silent.", "arrested"),
    ],
)
def test_a_when_clause_of_one_happening_stays(nlp, coding_context, text: str, word: str) -> None:
    assert [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A revolver believed to be the murder weapon was recovered on Friday.", "murder"),
        ("The charges list lying in wait and murder to avoid arrest.", "arrest"),
        ("He fled the scene to avoid arrest.", "arrest"),
    ],
)
def test_a_crime_word_classifying_a_thing_or_an_arrest_avoided_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("The man resisted arrest and was charged with assault.", "173", "arrest"),
        ("The murder of the shopkeeper shocked the town on Friday.", "18", "murder"),
    ],
)
def test_an_arrest_resisted_and_a_murder_told_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(c.startswith(root) and word in w for c, w in code_triggers(coded(nlp, coding_context, text)))
