"""Participants a role used to be left without: whom a statement is about (the side a judgement is said of, the
subject of the clause said, or the one told).

Sentences written for these tests; names of people and places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, shown

pytestmark = pytest.mark.model


def _said_sides(events: list[dict], trigger: str) -> list[tuple[str | None, str | None]]:
    return [((e.get("source") or {}).get("country"), (e.get("target") or {}).get("country"))
            for e in events if (e["type"].get("trigger") or "") == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # the side a judgement is said of
        ('"The Syrian government is not a legitimate authority," the Turkish foreign minister said.', "said", "TUR", "SYR"),
        # the subject of the clause said
        ('The Greek prime minister told party members that the Turkish president was "a dangerous liar".', "told", "GRC", "TUR"),
        ('The Polish foreign minister said that the Russian president had "no legitimate right to stay in office."', "said",
         "POL", "RUS"),
        # the one told, when the clause said is itself a telling
        ("The Cuban president said his envoy told Spanish officials it was worried about the exiles.", "said", "CUB", "ESP"),
    ],
)
def test_a_statement_is_about_whom_its_words_name(nlp, coding_context, text: str, trigger: str, source: str,
                                                 target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert (source, target) in _said_sides(events, trigger), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a thing, a dummy or the speaker's own side is no one the statement is about
        ('"The new law is a disgrace," the Belgian interior minister said.', "said"),
        ('"We are not happy with the result," the Dutch prime minister said.', "said"),
        ('"It is outrageous," the Danish foreign minister said.', "said"),
        ('The Spanish minister said the Russian economy was "in deep trouble".', "said"),
        # a plain comment is about no one ("officials said the former mob boss died in prison")
        ('"The Chilean president will arrive on Monday," the Argentine foreign minister said.', "said"),
    ],
)
def test_a_statement_about_a_thing_or_oneself_has_no_target(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(t is None for _s, t in _said_sides(events, trigger)), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # asking or demanding that a side act aims at that side
        ("At the summit, the Canadian prime minister asked that the Indian government extradite the two suspects.",
         "asked", "CAN", "IND"),
        # an accusation of a passive act aims at its doer
        ("Egyptian officials allege the bombings were planned by the Libyan intelligence service.", "allege", "EGY", "LBY"),
    ],
)
def test_a_reported_clause_names_whom_a_request_or_accusation_aims_at(nlp, coding_context, text: str, trigger: str,
                                                                       source: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert (source, target) in _said_sides(events, trigger), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a thing or a dummy as the clause's subject is aimed at no one
        ("The Chilean miners' union demanded that the talks resume at once.", "demanded"),
        ("The Peruvian foreign minister asked that it be delayed until March.", "asked"),
        # one speaking of oneself
        ("The Colombian senator complained that he had been left out of the talks.", "complained"),
    ],
)
def test_a_reported_clause_about_a_thing_or_oneself_aims_at_no_one(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(t is None for _s, t in _said_sides(events, trigger)), shown(events)


def _sources(events: list[dict], trigger: str) -> list[str | None]:
    return [(e.get("source") or {}).get("text") for e in events if trigger in (e["type"].get("trigger") or "")]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        # the owner of a role, part or involvement in an act did it
        ("A Denton County man was jailed for ten years on Tuesday for his role in an insurance fraud scheme.", "fraud", "his"),
        ("Norwegian police said Iran's part in the bombings was still unclear.", "bombings", "Iran"),
        # the subject of a verb of taking part in it
        ("Two Dutch fans were accused of participating in a robbery at a petrol station.", "robbery", "fans"),
        ("The two constables involved in the shooting were suspended.", "shooting", "constables"),
    ],
)
def test_who_takes_part_in_an_act_does_it(nlp, coding_context, text: str, trigger: str, doer: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(doer in (s or "") for s in _sources(events, trigger)), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a role in something else, or a time, names no doer of the act
        ("The Swedish envoy praised the role of the media in reporting the bombings.", "bombings"),
        ("Last year's role in the robbery inquiry went to a new detective.", "robbery"),
    ],
)
def test_a_share_in_something_else_names_no_doer(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(s and ("media" in s or "year" in s) for s in _sources(events, trigger)), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Maria Delgado, 41, was convicted in federal court of mail fraud on Thursday.", "convicted"),
        ("Two of the youths were granted bail in open court despite objections from police.", "granted"),
    ],
)
def test_the_court_a_passive_act_of_law_was_done_in_did_it(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any("court" in (s or "") for s in _sources(events, trigger)), shown(events)


def test_evidence_presented_in_court_is_not_the_courts_act(nlp, coding_context) -> None:
    text = 'The defendant wrote "they would hang me from the highest tree," according to evidence presented in court.'
    events = coded(nlp, coding_context, text)
    assert not any("court" in (s or "") for s in _sources(events, "presented")), shown(events)


def _targets(events: list[dict], trigger: str) -> list[str | None]:
    return [(e.get("target") or {}).get("country") for e in events if trigger in (e["type"].get("trigger") or "")]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a vow not to do an act the parser hung on its object: the act's other side
        ("The Syrian president vowed not to resume talks with Turkey until the border is reopened.", "vowed", "TUR"),
        # a promise to give: the one it is given to
        ("The Danish government agreed to give the Kenyan ministry two million dollars for the clinics.", "agreed", "KEN"),
    ],
)
def test_a_promise_takes_the_side_of_the_act_it_announces(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert target in _targets(events, trigger), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a place or a thing given to is no side
        ("The Norwegian minister agreed to give priority to the road repairs.", "agreed"),
        ("The Austrian government promised to send more money to the region.", "promised"),
    ],
)
def test_a_promise_to_give_to_a_thing_or_place_has_no_target(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(t is None for t in _targets(events, trigger)), shown(events)


def test_what_is_given_to_someone_names_its_receiver(nlp, coding_context) -> None:
    text = "The Swiss government promised to provide free treatment to the infected children."
    events = coded(nlp, coding_context, text)
    assert any(t for t in [(e.get("target") or {}).get("text") for e in events] if t and "children" in t), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a fronted phrase ending in a title, then the main clause's subject: no apposition, two people
        ("In a meeting with the Turkish president, Trump asked for the pastor's release.", "meeting", "TUR"),
        ("After talks with the German chancellor, Obama flew home.", "talks", "DEU"),
    ],
)
def test_a_title_before_the_subject_is_no_apposition(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert target in _targets(events, trigger), shown(events)


def test_a_title_in_apposition_still_names_the_person(nlp, coding_context) -> None:
    text = "The Chilean police chief, Rafael Soto, said the men were arrested."
    events = coded(nlp, coding_context, text)
    assert any((e.get("source") or {}).get("country") == "CHL" for e in events), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "On May 2, a Harris County jury found the defendant, Lena Brooks, 37, of Pasadena, guilty of theft.",
        "On June 9, a Travis County jury found the defendant, Carl Webb, 51, of Austin, guilty of arson.",
    ],
)
def test_the_one_a_jury_finds_guilty_is_the_findings_target(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any((e.get("target") or {}).get("text") for e in events if e["type"]["trigger"] == "found"), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # forming or forging an alliance, reaching a truce, putting out a call: the light verb's subject acts
        ("Colombian rebels from the north, who have formed an alliance with the opposition, attacked the port.", "alliance",
         "COL"),
        ("The Sudanese army wants to reach a lasting truce with the rebels.", "truce", "SDN"),
        ("The Nepalese Red Cross has put out a call for donations for the flood victims.", "call", "NPL"),
    ],
)
def test_the_subject_of_a_light_verb_does_the_act_its_noun_names(nlp, coding_context, text: str, trigger: str,
                                                                  source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert source in [(e.get("source") or {}).get("country") for e in events if trigger in e["type"]["trigger"]], shown(events)


def test_a_title_the_knowledge_cannot_place_falls_back_to_the_name_beside_it(nlp, coding_context) -> None:
    text = ("Former US senator John Miller arrived in Dublin on Monday. Miller, the former Senate Republican whip who "
            "negotiated the fishing accord, does not receive a salary.")
    events = coded(nlp, coding_context, text)
    assert "USA" in [(e.get("source") or {}).get("country") for e in events if e["type"]["trigger"] == "negotiated"], shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("A Brooklyn shopkeeper was killed on Friday when two robbers emptied their pistols into the store.", "killed", "robbers"),
        ("The court heard that he was arrested after four gardai entered his flat in Cork.", "arrested", "gardai"),
    ],
)
def test_a_when_clause_names_the_doer_of_an_agentless_harm(nlp, coding_context, text: str, trigger: str, doer: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(doer in (s or "") for s in _sources(events, trigger)), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "The boy was injured when a neighbour opened the door.",
        "A cyclist was killed when a lorry hit him on the bridge.",
    ],
)
def test_a_when_clause_of_no_armed_doer_names_none(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(s and ("neighbour" in s or "lorry" in s) for e in events for s in [(e.get("source") or {}).get("text")]), \
        shown(events)
