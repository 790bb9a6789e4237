"""Duplicates, false threats and senses that name no act found on fresh news (LGL, GeoVirus and ECB+ articles outside the
gold set), each paired with a sentence of the same shape that must keep its events. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import code_triggers as _codes
from coding_factory import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # the talk a meeting is held for is that meeting (settling rule 12)
        "The two leaders met on Tuesday to discuss the border dispute.",
        "Mayor Jones met with the governor last week to talk about the budget.",
        "Officials from both countries began meetings in Geneva on Monday to discuss a ceasefire.",
    ],
)
def test_the_talk_a_meeting_is_held_for_is_that_meeting(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert len([c for c in _codes(events) if c[0].startswith("04")]) == 1, _codes(events)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a trip's purpose stays an act of its own: the talks may not come (the gold's reading)
        ("Kuchma also planned to visit Moscow next week to discuss the gas debt.", {"042", "040"}),
        ("The foreign minister flew to Oman on Monday to discuss the crisis.", {"042", "040"}),
    ],
)
def test_a_trip_keeps_its_purpose(nlp, coding_context, text: str, codes: set[str]) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert codes <= {c for c, _t in _codes(events)}, _codes(events)


def test_a_warning_of_a_hazards_threat_is_a_pessimistic_comment(nlp, coding_context) -> None:
    text = "United Nations officials are warning of a growing threat of measles and cholera among the survivors."
    assert ("012", "warning") in _codes(coded(nlp, coding_context, text, published="2009-03-10"))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the law's charge over a crash is no mishap; a charge in none of them is denied
        ("The driver was charged in the crash on Monday.", "reported"),
        ("Other drivers were faulted in three wrecks and charged in at least two.", "reported"),
        ("City officers were blamed for three crashes but charged in none.", "denied"),
    ],
)
def test_a_charge_over_a_crash_is_the_laws_act(nlp, coding_context, text: str, status: str) -> None:
    events = [e for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["trigger"] == "charged"]
    assert [(e["type"]["cameo"], e["status"]) for e in events] == [("173", status)]


def test_a_building_destroyed_in_a_fire_stays_no_event(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The churches were destroyed in the fire on Sunday.", published="2009-03-10")
    assert not [c for c in _codes(events) if c[0][:2] in {"17", "18", "19"}], _codes(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the blow and its toll joined are one happening: the killing (settling rules 1 and 11)
        ("A former employee allegedly shot and killed a man at a party on Friday.", "1823"),
        ("A former employee opened fire at an office party on Friday, killing one person, police said.", "1823"),
        ("The gunman shot three co-workers, killing two of them.", "1823"),
        ("A gunman killed five people and injured several others at a shopping mall.", "1823"),
    ],
)
def test_a_blow_and_its_toll_are_one_event(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert [c for c, _t in _codes(events) if c[:2] in {"18", "19"}] == [code], _codes(events)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # two people, two happenings (a suicide after them is no act on another); fire at fighters stays the exchange
        ("The man stabbed his wife on Sunday and then shot a neighbour.", 2),
        ("The man stabbed his wife on Sunday and then killed himself.", 1),
        ("Troops opened fire on the militants, killing three.", 1),
    ],
)
def test_blows_at_others_or_at_fighters_keep_their_reading(nlp, coding_context, text: str, n: int) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    violent = [c for c, _t in _codes(events) if c[:2] in {"18", "19"}]
    assert len(violent) == n, _codes(events)
    if "militants" in text:
        assert violent == ["193"]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a private person's or unnamed gunmen's shooting is unconventional violence (settling rule 11)
        ("A former employee opened fire at the office on Monday.", "18"),
        ("The man fired at the officers before he fled.", "18"),
        ("Gunmen opened fire on worshippers at a mosque on Friday.", "18"),
        # forces' fire stays small-arms fighting
        ("Rebels opened fire on an army patrol on Monday.", "19"),
        ("The army fired on the rebels near the border.", "19"),
    ],
)
def test_who_opens_fire_decides_assault_or_fighting(nlp, coding_context, text: str, root: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert {c[:2] for c, t in _codes(events) if t in {"opened", "fired"}} == {root}, _codes(events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a disease or the weather makes no threat (CAMEO 13 is one actor's coercion of another)
        ("She added that the disease could possibly pose a very serious threat to the world's population.", "13"),
        ("Health officials said the outbreak remains a threat to children in the camps.", "13"),
        ("United Nations officials are warning of a growing threat of measles and cholera among the survivors.", "13"),
        # a machine's failure kills with no one acting
        ("Three soldiers were killed while showering when a power washer short-circuited.", "18"),
        ("Three soldiers were killed while showering when a power washer short-circuited.", "19"),
        ("Two workers were killed when the crane malfunctioned on Monday.", "18"),
        ("Two workers were killed when the crane malfunctioned on Monday.", "19"),
        # a raid carried out, killings approved: no killing, no sanctions
        ("During the raid of the ranch, executed after a tip that turned out to be a hoax, police found several girls.", "18"),
        ("Gigante was charged with sanctioning the murders of six mobsters.", "16"),
        ("The protest was not sanctioned by the city.", "16"),
        # rubbish and patients: no refusal, no release of a captive
        ("The city will cut refuse collection to once a week.", "12"),
        ("Two passengers were treated and released at the hospital.", "08"),
    ],
)
def test_a_sense_that_names_no_act_is_no_event(nlp, coding_context, text: str, root: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert not [c for c in _codes(events) if c[0].startswith(root)], _codes(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # actors' threats stay threats
        ("Militants threatened the town on Monday.", "13"),
        ("The rebels are a threat to the government, the minister said.", "13"),
        ("The army warned of a threat of attack by the rebels.", "13"),
        # a killing when gunmen fire, an execution, a sanction, a refusal, a release from jail
        ("Two soldiers were killed while patrolling when gunmen opened fire on Monday.", "180"),
        ("The rebels executed three soldiers on Monday.", "1823"),
        ("The United States sanctioned Iran over its nuclear program.", "163"),
        ("They refuse to leave the building.", "12"),
        ("The man was released from jail on Friday.", "08"),
    ],
)
def test_an_act_of_the_same_shape_stays(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert [c for c, _t in _codes(events) if c.startswith(code)], _codes(events)
