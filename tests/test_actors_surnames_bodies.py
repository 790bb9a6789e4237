"""A known figure's family name alone, public bodies named by their function, and national agencies (texts written for
these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded
from coding_factory import sides as sides_on

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a family name alone is a known foreign figure's only where the story speaks of that figure's country
        ("Guilty plea in Indianapolis killings. At the time Brown and two other men were indicted in 2006, prosecutors "
         "said the men had robbed gambling houses in Evansville.", "indicted", "USA"),
        ("Britain's economy shrank again in the first quarter. Brown said on Monday that the government would act, and "
         "he criticised the Conservatives.", "criticised", "GBR"),
        # a compatriot named in full speaks of the country too
        ("President Barack Obama signed the order on Tuesday. Obama criticised Bush for the rule.", "criticised", "USA"),
    ],
)
def test_a_family_name_alone_needs_the_figures_country(nlp, coding_context, text: str, trigger: str, country: str) -> None:
    sides = sides_on(coded(nlp, coding_context, text, published="2009-03-10"), trigger, exact=True)
    assert sides and all(country in pair for pair in sides), sides
    assert all("GBR" not in pair for pair in sides) or country == "GBR", sides


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a ministry is government, whatever it looks after; so are boards and authorities that regulate
        ("The health ministry urged people to boil their water.", "health ministry"),
        ("The Maharashtra Pollution Control Board warned people not to drink the water.", "Maharashtra Pollution Control Board"),
        ("The Texas Water Development Board urged residents to save water.", "Texas Water Development Board"),
    ],
)
def test_public_bodies_are_government(nlp, coding_context, text: str, phrase: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    sources = [e["source"] for e in events if e.get("source") and e["source"].get("text", "").endswith(phrase.split()[-1])]
    assert [e["type"]["cameo"] for e in events] == ["020"]
    assert sources and sources[0]["sector"] == "GOV", sources


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("The FDA is investigating the outbreak, a spokeswoman said.", "USA", "GOV"),
        ("The Centers for Disease Control and Prevention is investigating the outbreak.", "USA", "GOV"),
        ("The NHS is investigating the deaths at the hospital.", "GBR", "HLH"),
        ("The U.S. Coast Guard is investigating the collision.", "USA", "MIL"),
    ],
)
def test_national_agencies_are_known(nlp, coding_context, text: str, country: str, sector: str) -> None:
    events = [e for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["cameo"].startswith("09")]
    assert events and events[0]["source"]["country"] == country and events[0]["source"]["sector"] == sector, events


@pytest.mark.parametrize(
    ("text", "trigger", "side", "country"),
    [
        # a body named with "and" inside its name is one body, not two joined ones
        ("Two counties are suing the U.S. Fish and Wildlife Service over the refuge.", "suing", "target", "USA"),
        # the copula's subject does what it is "in the process of" doing
        ("The CDC is in the process of investigating the outbreak.", "investigating", "source", "USA"),
        ("Police are in the midst of questioning the suspects.", "questioning", "source", None),
    ],
)
def test_the_side_of_an_act_is_found_through_its_phrase(nlp, coding_context, text: str, trigger: str, side: str, country) -> None:
    events = [e for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["trigger"] == trigger]
    assert events and events[0].get(side), events
    assert events[0][side].get("country") == country


@pytest.mark.parametrize(
    ("text", "speaker_is_doer"),
    [
        # "he" in a reported clause is the speaker only when the speaker is a person
        ("Human Rights Watch said he attacked a guard on Monday.", False),
        ("The ministry said he attacked a guard on Monday.", False),
        ("The lawyer said he would appeal the verdict.", True),
        ("President Obama said he would veto the bill.", True),
    ],
)
def test_he_in_a_reported_clause_stands_for_a_person(nlp, coding_context, text: str, speaker_is_doer: bool) -> None:
    events = [e for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["cameo"][:2] in {"18", "11", "12"}]
    speaker = text.split(" said ")[0].split()[-1]
    assert events
    assert any(speaker in str((e.get("source") or {}).get("text") or "") for e in events) is speaker_is_doer, events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the possessor of what is done to someone is the one it is done to
        ("Prosecutors sought a death penalty trial for the federal agent's slaying.", "slaying"),
        ("Mr. Gotti ran the family until his own imprisonment in 1992.", "imprisonment"),
    ],
)
def test_the_possessor_of_what_is_done_to_someone_is_its_target(nlp, coding_context, text: str, trigger: str) -> None:
    events = [e for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["trigger"] == trigger]
    assert events and events[0].get("target") and not events[0].get("source"), events


def test_a_canadian_province_abbreviated_places_the_story(nlp, coding_context) -> None:
    text = "Two leaders of a community in Bountiful, B.C., were arrested on Wednesday. The men were arrested this morning, police said."
    events = [e for e in coded(nlp, coding_context, text, published="2009-01-08") if e["type"]["cameo"] == "173"]
    assert events and all((e.get("target") or {}).get("country") == "CAN" for e in events), events


def test_a_headline_passive_takes_its_by_phrase_as_the_doer(nlp, coding_context) -> None:
    text = "Teen Killed By Police In Brooklyn"
    events = [e for e in coded(nlp, coding_context, text, published="2013-03-14") if e["type"]["trigger"] == "Killed"]
    assert events and (events[0].get("source") or {}).get("sector") == "COP" and events[0].get("target"), events
