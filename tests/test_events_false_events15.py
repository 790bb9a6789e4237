"""Codes, duplicates and statuses found wrong on fresh ECB+ news (articles outside the gold set), each paired with a
sentence of the same shape that must keep its reading. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import code_triggers as _codes
from coding_factory import coded

pytestmark = pytest.mark.model


def _codes_of(text: str, trigger: str, nlp, coding_context) -> list[str]:
    return [c for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if trigger in t]


def _roots_of(text: str, trigger: str, nlp, coding_context) -> list[str]:
    """The distinct CAMEO roots coded on ``trigger`` (a symmetric event is coded both ways)."""
    return sorted({c[:2] for c in _codes_of(text, trigger, nlp, coding_context)})


def _statuses(text: str, trigger: str, nlp, coding_context) -> list[str]:
    return [e["status"] for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["trigger"] == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # units sent to a rescue or relief effort bring aid (settling rule 35: 073); a force sent elsewhere stays 15
        ("Relief teams were deployed to the worst-hit districts after the cyclone, officials said.", "deployed", "073"),
        ("Soldiers and police have been deployed in rescue operations, officials said.", "deployed", "073"),
        ("The government sent troops to evacuate residents from the burning town.", "sent", "073"),
        ("The navy deployed three warships to the disputed strait on Monday.", "deployed", "154"),
        ("The government sent troops to the border to stop the rebels.", "sent", "154"),
        # a threatening call or letter is a threat, a plain call a consultation
        ("Someone made a threatening phone call to the bank on Monday morning.", "phone call", "130"),
        ("The two presidents held a phone call on Monday morning.", "phone call", "041"),
    ],
)
def test_what_is_sent_or_said_decides_the_code(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    codes = _codes_of(text, trigger, nlp, coding_context)
    assert codes and set(codes) == {code}, codes


def test_soldiers_sent_to_help_a_rescue_are_one_aid_event_with_no_target(nlp, coding_context) -> None:
    text = "The army deployed two hundred soldiers to the flooded villages to help with rescue operations."
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert [e["type"]["cameo"] for e in events] == ["073"], _codes(events)
    assert events[0]["target"] is None


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # a death told by "announced" is no statement; an announcement of an act is one
        ("The singer died of cancer on Sunday at her home in Paris, family spokesman John Rolfe announced.", "announced", None),
        ("The actor passed away in hospital on Monday, his spokesman announced.", "announced", None),
        ("The army announced that it would withdraw from the town.", "announced", "03"),
        # talk overheard by others is evidence, no meeting told
        ("The prosecutor played wiretapped conversations between the mayor and a businessman to the jury.", "conversations", None),
        ("Police recorded phone calls between the mayor and a businessman.", "phone calls", None),
        ("Conversations between the mayor and a businessman continued for months.", "Conversations", "04"),
        # the earth's fault lines blame no one
        ("Indonesia lies on an arc of volcanoes and fault lines encircling the Pacific Basin.", "fault", None),
        ("The opposition leader faulted the government for the slow response.", "faulted", "11"),
        # a way taken on foot or by car is no walkout and no visit
        ("Workers could later be seen walking quickly out through a side door.", "walking", None),
        ("The guests walked out into the street after the alarm sounded.", "walked", None),
        ("Thousands of nurses walked out on Tuesday over pay.", "walked", "14"),
        ("It is unknown whether the gunman arrived at the house by car, police said.", "arrived", None),
        ("He arrived at the White House on Tuesday.", "arrived", "04"),
        ("The prime minister arrived in Beijing on Monday.", "arrived", "04"),
    ],
)
def test_words_that_tell_no_act_here(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    roots = _roots_of(text, trigger, nlp, coding_context)
    assert roots == ([coded_as] if coded_as else []), roots


@pytest.mark.parametrize(
    ("text", "trigger", "count"),
    [
        # what a copula says a violent act was names it again ("the killing was the third attack")
        ("The killing was the third attack on a police officer in the city this month.", "attack", 0),
        ("The killing was the third attack on a police officer in the city this month.", "killing", 1),
        ("The alleged beating would be the second attack on the journalist this year.", "attack", 0),
        ("The protest was the largest demonstration in the city since 1989.", "demonstration", 0),
        ("The killing came a day after an attack on a police officer.", "attack", 1),
        # a crime charged that a relative clause tells the one charged doing is coded there
        ("A former employee who opened fire at a party and killed one man has been charged with murder, police said.", "murder", 0),
        ("A former employee who opened fire at a party and killed one man has been charged with murder, police said.", "killed", 1),
        ("The man, who lives in Leeds, was charged with murder on Friday.", "murder", 1),
    ],
)
def test_a_happening_named_again_is_coded_once(nlp, coding_context, text: str, trigger: str, count: int) -> None:
    codes = _codes(coded(nlp, coding_context, text, published="2009-03-10"))
    assert len([c for c, t in codes if t == trigger]) == count, codes


def test_the_one_attacked_named_by_the_copula_is_the_target(nlp, coding_context) -> None:
    text = "The killing was the third attack on a police officer in the city this month."
    events = [e for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["trigger"] == "killing"]
    assert events and (events[0]["target"] or {}).get("text") == "police officer", events


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # quick to act: done
        ("Environmental groups were quick to praise the decision.", "praise", "reported"),
        ("Unions were swift to criticise the plan.", "criticise", "reported"),
        ("Unions were reluctant to criticise the plan.", "criticise", None),
        # a definite act ranked by a modal copula happened; an indefinite one is what would happen
        ("The alleged beating would be the second attack on the journalist this year.", "beating", "unconfirmed"),
        ("The bombing could be the deadliest attack in the capital since 2005.", "bombing", "reported"),
        ("An attack on Iran would be a disaster for the region.", "attack", "hypothetical"),
    ],
)
def test_the_status_of_acts_told_with_an_adjective_or_a_copula(nlp, coding_context, text: str, trigger: str, status) -> None:
    assert _statuses(text, trigger, nlp, coding_context) == ([status] if status else [])


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # a run of hazards kills no one by an act; a run of attacks does
        ("A string of earthquakes killed five people in western Turkey on Sunday.", "killed", None),
        ("A series of earthquakes killed a girl and injured dozens in eastern Indonesia.", "killed", None),
        ("A series of bombings killed 40 people in Baghdad on Sunday.", "bombings", "18"),
    ],
)
def test_a_run_of_hazards_does_no_act(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    roots = [c[:2] for c in _codes_of(text, trigger, nlp, coding_context)]
    assert roots == ([coded_as] if coded_as else []), roots


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "Town, Region": the region that holds the town decides the story's country
        ("A man has been charged with arson after a fire at a supermarket in Wellington, Somerset.", "GBR"),
        ("A man was arrested after a fight at a pub in Taunton, Somerset.", "GBR"),
        ("A man was arrested after a fight at a bar in Taunton, Mass.", "USA"),
        ("A man was arrested after a fight at a bar in London, Ontario.", "CAN"),
    ],
)
def test_a_town_and_its_region_give_the_story_its_country(nlp, coding_context, text: str, country: str) -> None:
    events = [e for e in coded(nlp, coding_context, text, published="2013-07-22") if e["type"]["cameo"] == "173"]
    assert [(e["target"] or {}).get("country") for e in events] == [country], events


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # one freed from a wreck is rescued; one freed from a captor or a prison is released
        ("Firefighters worked for two hours to free the driver from the wreckage of the car.", "free", None),
        ("Firefighters used jacks to free the victim from underneath the truck.", "free", None),
        ("Police freed the hostage from the trunk of the car on Monday.", "freed", "08"),
        ("The court freed the journalist from prison on Monday.", "freed", "08"),
    ],
)
def test_a_rescue_from_a_wreck_frees_no_one_held(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    roots = _roots_of(text, trigger, nlp, coding_context)
    assert roots == ([coded_as] if coded_as else []), roots


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # shots fired by no one named are an assault (the gold's "gunshots were fired at an FBI agent"); forces fight
        ("Police could not say how many shots were fired.", "fired", "180"),
        ("More than a dozen shots were fired at the police station on Monday.", "fired", "180"),
        ("Shots were fired by soldiers at the crowd.", "fired", "193"),
        ("Rockets were fired at the town from Gaza.", "fired", "190"),
    ],
)
def test_who_fires_decides_assault_or_fighting(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    codes = _codes_of(text, trigger, nlp, coding_context)
    assert codes and set(codes) == {code}, codes


@pytest.mark.parametrize(
    ("text", "coded_as"),
    [
        ("Japan lies in a zone where the Pacific, Philippine and Eurasian plates meet and often shift.", None),
        ("The two presidents will meet in Geneva on Monday.", "04"),
    ],
)
def test_tectonic_plates_hold_no_meeting(nlp, coding_context, text: str, coded_as) -> None:
    roots = _roots_of(text, "meet", nlp, coding_context)
    assert roots == ([coded_as] if coded_as else []), roots
