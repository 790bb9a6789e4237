"""The participants of events and their countries, by the kind of phrase that names them: a pronoun with nobody named
for it, an agent shared by hedged participles, role words joined under one "of" phrase.

Sentences and stories written for these tests; names of people and small places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, role_values

pytestmark = pytest.mark.model


def _show(events: list[dict]) -> list[tuple]:
    return [(e["type"]["cameo"], e["type"]["trigger"], (e.get("source") or {}).get("text"), (e.get("source") or {}).get("country"),
             (e.get("target") or {}).get("text"), (e.get("target") or {}).get("country")) for e in events]


# ----------------------------------------------------------------- a person pronoun with nobody named for it

_LOCAL = ("COLUMBUS, Ohio (AP) — A Dayton woman appeared before a Franklin County judge on Monday in the Ohio capital. "
          "The hearing lasted less than an hour and the judge set a date in March. {}")


@pytest.mark.parametrize(
    ("last", "trigger", "role", "country"),
    [
        # a local story: "she", "he", "they" whom the text names nobody for are people of the story's country
        ("She was remanded to custody on a $5,000 bond.", "remanded", "target", "USA"),
        ("He was later arrested at a motel near Springfield.", "arrested", "target", "USA"),
        ("On Tuesday they were charged with theft and burglary.", "charged", "target", "USA"),
    ],
)
def test_a_pronoun_with_nobody_named_is_someone_of_the_story_country(nlp, coding_context, last: str, trigger: str, role: str,
                                                                      country: str) -> None:
    events = coded(nlp, coding_context, _LOCAL.format(last))
    assert country in role_values(events, trigger, role, "country"), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "role", "country"),
    [
        # a story about two countries alike has no home: the pronoun takes none
        ("Officials of France and Germany met in Basel on Monday. The talks ended late. He was arrested on Tuesday.",
         "arrested", "target", None),
        # "it" is no person: no home country for a thing or a body nobody names
        ("COLUMBUS, Ohio (AP) — The Dayton store sold toys for years in Ohio. The owners moved away. It was raided on Monday.",
         "raided", "target", None),
        # a pronoun whose person the sentence names keeps that person's country, not the story's
        ("NAIROBI, Kenya (AP) — Kenyan police met in Nairobi on Monday. British aid worker Tom Hale said he was beaten by guards.",
         "beaten", "target", "GBR"),
    ],
)
def test_a_pronoun_takes_no_country_the_text_does_not_give(nlp, coding_context, text: str, trigger: str, role: str,
                                                           country: str | None) -> None:
    events = coded(nlp, coding_context, text)
    assert role_values(events, trigger, role, "country") in ([], [country]), _show(events)


def test_a_private_person_visiting_abroad_takes_no_country_from_the_dateline(nlp, coding_context) -> None:
    # meetings and visits join people of two countries: an unnamed "he" in a foreign-datelined story gets none
    text = ("PARIS (AP) — French police closed two streets in Paris on Monday. The mayor of Paris spoke to reporters. "
            "The crowd left at noon. He will visit Berlin next week.")
    events = coded(nlp, coding_context, text)
    assert all(c is None for c in role_values(events, "visit", "source", "country")), _show(events)


# ----------------------------------------------------------------- the agent of hedged participles


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # "kidnapped and presumed killed by X": X did both
        ("The team recovered the remains of a Danish engineer kidnapped and presumed killed by Khmer Rouge guerrillas in 1996.",
         "kidnapped", "KHM"),
        ("The team recovered the remains of a Danish engineer kidnapped and presumed killed by Khmer Rouge guerrillas in 1996.",
         "killed", "KHM"),
    ],
)
def test_hedged_participles_share_their_agent(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert source in role_values(events, trigger, "source", "country"), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no agent anywhere: nobody is the source
        ("The remains of a Danish engineer kidnapped and presumed dead were found in a village on Monday.", "kidnapped"),
        # a participle joined by a word of no hedge does not lend an agent across a clause
        ("A Danish engineer kidnapped in 1996 was presumed dead, and a hostage taken by Khmer Rouge guerrillas was freed.",
         "kidnapped"),
        # a hedge over an adjective: no agent
        ("Two climbers stranded and presumed lost were found on Monday by a helicopter crew.", "stranded"),
    ],
)
def test_hedged_participles_lend_no_agent_they_lack(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(c is None for c in role_values(events, trigger, "source", "country")), _show(events)


# ----------------------------------------------------------------- a dateline is no subject


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an agency's dateline (with a date, or an underscore after the agency) parsed as a second subject
        ("\n\nOTTAWA, March 3 (Xinhua) --\n\nPresident Ana Ortega of Peru on Friday condemned the bombing of a bus in Lima.",
         "condemned", "PER"),
        ("\n\nACCRA, Ghana (AP) _\n\nKenya expelled two Ugandan traders on Monday.", "expelled", "KEN"),
    ],
)
def test_a_dateline_is_not_the_subject(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert role_values(events, trigger, "source", "country") and set(role_values(events, trigger, "source", "country")) == {source}, _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # capitals opening a line that are the subject, not a dateline
        ("NATO condemned the attack on Monday.\nUS officials criticized Iran.", "condemned", "IGO"),
        ("Talks ended.\nUNICEF and Kenyan police condemned the raid on a school on Monday.", "condemned", "KEN"),
        ("Talks ended.\nNATO_ALERT was issued.\nKENYA POLICE arrested two Ugandan traders on Monday.", "arrested", "KEN"),
    ],
)
def test_capitals_opening_a_line_may_be_the_subject(nlp, coding_context, text: str, trigger: str, source: str | None) -> None:
    events = coded(nlp, coding_context, text)
    assert source in role_values(events, trigger, "source", "country"), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a town and a dash opening the story, parsed as the passive's subject beside the real one
        ("MARSHALL — A Harrison County man was sentenced to 10 years in prison on Monday in Texas.", "sentenced", "USA"),
        ("Teen held. BELTON, Texas — A Bell County woman was arrested Friday on theft charges in Texas.", "arrested", "USA"),
        # capitals that are the only subject stay the subject
        ("KENYA POLICE were criticized by Uganda on Monday.", "criticized", "KEN"),
    ],
)
def test_a_dateline_is_not_the_passive_subject(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert target in role_values(events, trigger, "target", "country"), _show(events)


# ----------------------------------------------------------------- a common noun no mention covers


@pytest.mark.parametrize(
    ("text", "trigger", "role", "country"),
    [
        # a local story: "a 35-year old woman" is a private person of the story's country
        ("A 35-year old woman of Elkins, West Virginia, was convicted of fraud on Monday in Randolph County, West Virginia.",
         "convicted", "target", "USA"),
        # no home country: none is guessed
        ("A 35-year old woman was convicted of fraud on Monday.", "convicted", "target", None),
    ],
)
def test_an_unnamed_person_takes_the_story_country_only_when_it_has_one(nlp, coding_context, text: str, trigger: str, role: str,
                                                                         country: str | None) -> None:
    events = coded(nlp, coding_context, text)
    assert role_values(events, trigger, role, "country") == [country], _show(events)


# ----------------------------------------------------------------- a participle set off after its clause


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # "X is in jail, accused of robbery": X is the one accused
        ("A Kenyan trader arrested last week is now in jail, accused of taking part in an armed robbery.", "accused", "KEN"),
        ("Two Ugandan men were held overnight by police, charged with theft.", "charged", "UGA"),
    ],
)
def test_a_participle_after_its_clause_is_done_to_the_subject(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert target in role_values(events, trigger, "target", "country"), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a fronted participle and a "when"-clause ask the speaker something: he is no side of an act
        ("Asked about the fire, the Kenyan mayor said the school was safe.", "Asked"),
        ('"That matter is under review," the Kenyan minister said when asked on Thursday about the violations.', "asked"),
        # a participle of feeling is no act at all
        ("The Kenyan minister resigned on Monday, angered by the report.", "angered"),
    ],
)
def test_a_participle_of_circumstance_makes_no_target(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(c is None for c in role_values(events, trigger, "target", "country")), _show(events)


# ----------------------------------------------------------------- a name with a middle initial is a person's


def test_a_family_name_after_an_initialled_name_is_that_person(nlp, coding_context) -> None:
    text = ("A coroner's inquest in Henderson, Nevada, ruled that the police shooting of Tyrone K. Bell was justified. "
            "Henderson Police Officer Dan Moss shot Bell as the two struggled over a handgun near Las Vegas, Nevada.")
    events = coded(nlp, coding_context, text)
    assert "USA" in role_values(events, "shot", "target", "country"), _show(events)


@pytest.mark.parametrize("name", ["John F. Kennedy Airport", "J. P. Morgan", "Bell Helicopter", "Kennedy Airport"])
def test_names_without_a_given_name_and_initial_are_not_read_as_people(name: str) -> None:
    from tidings.code.actors import _INITIALLED_NAME

    assert not _INITIALLED_NAME.fullmatch(name)


# ----------------------------------------------------------------- a pronoun carried on from sentence to sentence

_VISIT = "Peruvian Foreign Minister Ana Ortega arrived in Nairobi on Tuesday for talks. {}"


@pytest.mark.parametrize(
    ("rest", "trigger"),
    [
        # a fronted place does not stop "she" from carrying on the last subject
        ("In Mombasa, she laid a wreath at the memorial.", "laid"),
        # the same pronoun opening the sentence before carries the person further
        ("In Mombasa, she laid a wreath at the memorial. Then she met Kenyan officials at the port.", "met"),
    ],
)
def test_a_pronoun_carries_on_the_person_of_the_sentences_before(nlp, coding_context, rest: str, trigger: str) -> None:
    events = coded(nlp, coding_context, _VISIT.format(rest))
    assert "PER" in role_values(events, trigger, "source", "country"), _show(events)


@pytest.mark.parametrize(
    ("rest", "trigger"),
    [
        # a chain through another pronoun carries nobody
        ("In Mombasa, they laid a wreath at the memorial. Then she met Kenyan officials at the port.", "met"),
        # a sentence between whose subject is a body, not a person: nobody to carry on
        ("Kenyan officials gathered at the port. Then she met Kenyan officials at the port.", "met"),
        # a person named in the fronted phrase blocks the carry-over ("with" is no place or time)
        ("With Kenyan President Daniel Moi, she laid a wreath at the memorial.", "laid"),
    ],
)
def test_a_pronoun_carries_no_person_it_cannot_stand_for(nlp, coding_context, rest: str, trigger: str) -> None:
    events = coded(nlp, coding_context, _VISIT.format(rest))
    assert "PER" not in role_values(events, trigger, "source", "country"), _show(events)


# ----------------------------------------------------------------- role words joined under one "of" phrase

_ISRAELI = "Israeli officials met Israeli police in Haifa, Israel, on Sunday. {}"


def test_role_words_joined_under_one_determiner_share_the_country_after_them(nlp, coding_context) -> None:
    text = _ISRAELI.format("On Monday Peres met with the president, prime minister and foreign minister of the Czech Republic.")
    events = coded(nlp, coding_context, text)
    assert "CZE" in role_values(events, "met", "target", "country") and "ISR" not in role_values(events, "met", "target", "country")[1:], _show(events)


@pytest.mark.parametrize(
    "last",
    [
        # each noun with its own determiner: the country is the last one's only
        "On Monday Peres met the president and the foreign minister of Chile.",
        # the of-phrase names no country
        "On Monday Peres met the president and members of the opposition.",
        # a noun with a country of its own keeps it
        "On Monday Peres met the Israeli president and foreign minister of Chile.",
    ],
)
def test_a_country_after_a_list_is_not_shared_without_one_determiner(nlp, coding_context, last: str) -> None:
    events = coded(nlp, coding_context, _ISRAELI.format(last))
    first = [e for e in events if e["type"]["trigger"] == "met" and (e.get("target") or {}).get("text") in {"president", "Israeli president"}]
    assert all((e.get("target") or {}).get("country") != "CHL" for e in first), _show(events)
