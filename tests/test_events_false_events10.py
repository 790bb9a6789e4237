"""Senses and statuses found wrong on fresh local news (LGL and GeoVirus articles outside the gold set), each paired
with a sentence of the same shape that must keep its event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import code_triggers as _codes
from coding_factory import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a car moving back, no support
        ("The driver felt a bump while backing out of the garage on Tuesday.", "05"),
        ("He hit the mailbox when he started backing away from the curb.", "05"),
        # symptoms, no complaint against anyone
        ("Several passengers complained of headaches and nausea after the flight.", "11"),
        ("The patient was admitted on Monday complaining of chest pains.", "11"),
        # a gift of the body, no aid
        ("His kidneys and liver were donated to three patients.", "07"),
        ("Students donated blood at the campus drive on Friday.", "07"),
        # an end to grief, nothing closed
        ("The victims' relatives said they need closure after the verdict.", "17"),
        ("We pray for healing and closure for everyone who loved her.", "17"),
        # an accident, no assault
        ("A hunter accidentally shot his nephew while cleaning a rifle on Sunday.", "18"),
        ("The boy was killed when a tractor driver accidentally ran over him.", "18"),
        # a law's name, no inspection
        ("The firm was fined under the Poultry Products Inspection Act on Monday.", "09"),
    ],
)
def test_a_sense_that_names_no_act_is_no_event(nlp, coding_context, text: str, root: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert not [c for c in _codes(events) if c[0].startswith(root)], _codes(events)


def test_a_legal_status_is_no_arrest_but_the_stop_is(nlp, coding_context) -> None:
    # "wanted" is a legal status (settling rule 38); the trooper's stop is a detention (173)
    events = coded(nlp, coding_context, "A woman wanted for fraud in Ohio was stopped by a trooper on Interstate 70.",
                   published="2009-03-10")
    assert [c for c in _codes(events) if c[0][:2] == "17"] == [("173", "stopped")], _codes(events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Senators backed the governor's budget plan on Tuesday.", "05"),
        ("Residents complained to the council about police harassment on Monday.", "11"),
        ("The foundation donated $2 million to the city's hospital on Friday.", "07"),
        ("The governor ordered the closure of the chemical plant on Monday.", "17"),
        ("Police said the man is wanted for murder.", "17"),
        ("A gunman shot a shopkeeper on Main Street on Sunday.", "18"),
        ("Federal agents inspected the meat plant on Monday.", "09"),
    ],
)
def test_the_same_words_naming_an_act_keep_their_event(nlp, coding_context, text: str, root: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert [c for c in _codes(events) if c[0].startswith(root)], _codes(events)


def _code_of(events: list[dict], trigger: str) -> str:
    found = [e["type"]["cameo"] for e in events if trigger in (e["type"].get("trigger") or "")]
    assert found, _codes(events)
    return found[0]


def _status_of(events: list[dict], trigger: str) -> str:
    found = [e["status"] for e in events if trigger in (e["type"].get("trigger") or "")]
    assert found, _codes(events)
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "code", "status"),
    [
        # a scuffle of people, not military force
        ("A Toledo man was charged after fighting with store clerks and officers who tried to detain him.", "fighting", "182", "reported"),
        ("The suspect then fought with deputies in the parking lot, the sheriff said.", "fought", "182", "reported"),
        # cooperation with an inquiry is judicial cooperation
        ("The firm said it was cooperating fully with investigators.", "cooperating", "063", "reported"),
        # criminal charges a court or the prosecution drops: the charge no longer stands (173, negated)
        ("Criminal charges have been dismissed against a Toledo man accused of arson.", "dismissed", "173", "denied"),
        ("The district attorney's office dismissed a burglary charge against the woman in May.", "dismissed", "173", "denied"),
        ("Prosecutors dropped two theft charges against the driver on Friday.", "charges", "173", "denied"),
        # a refusal to comment happened: 011, not a denied statement
        ("Mayor Tom Hale would not comment on the chief's dismissal.", "comment", "011", "reported"),
        ("Police could not comment on the case on Monday.", "comment", "011", "reported"),
        # the law looking for leads, a vehicle or people in connection with a case: an inquiry
        ("The Ohio State Highway Patrol is looking for leads in the crash.", "looking", "091", "reported"),
        ("Police are looking for two men in connection with the robbery.", "looking", "091", "reported"),
        # a quarantine is an administrative restriction
        ("The farm has been quarantined by the agriculture ministry.", "quarantined", "172", "reported"),
    ],
)
def test_a_local_news_act_gets_its_root_and_status(nlp, coding_context, text: str, trigger: str, code: str, status: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert (_code_of(events, trigger), _status_of(events, trigger)) == (code, status)


@pytest.mark.parametrize(
    ("text", "trigger", "root"),
    [
        ("Rebels fought with government troops near the border on Monday.", "fought", "19"),
        ("He fought in the war against Japan.", "fought", "19"),
        ("Syria cooperated with Iran on the pipeline project.", "cooperated", "05"),
        ("The Kremlin dismissed the charges as slander.", "dismissed", "12"),
    ],
)
def test_the_same_words_between_armed_sides_or_states_keep_their_root(nlp, coding_context, text: str, trigger: str,
                                                                      root: str) -> None:
    assert _code_of(coded(nlp, coding_context, text, published="2009-03-10"), trigger)[:2] == root


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A second defendant, Mary Cole, received a suspended 18-month sentence on Tuesday.", "defendant"),
        ("The former mayor received a 12-year sentence for bribery.", "mayor"),
    ],
)
def test_a_sentence_received_is_the_courts_sentence_of_the_one_who_receives_it(nlp, coding_context, text: str,
                                                                               target: str) -> None:
    events = [e for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["cameo"] == "116"]
    assert events and target in ((events[0].get("target") or {}).get("text") or ""), _codes(events)


def test_a_bare_sentence_received_is_no_court_sentence(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The pupil received a sentence from the teacher to translate.", published="2009-03-10")
    assert not [c for c in _codes(events) if c[0] == "116"], _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        # the judging adjective the parser hangs inside the object
        "Senator Ann Ruiz called the new parking rule crazy.",
        'Governor Tom Hale called the actions of the utility "reprehensible and criminal."',
        "Councillor Jane Moss called the fare rise insensitive.",
    ],
)
def test_calling_a_measure_a_damning_name_is_criticism(nlp, coding_context, text: str) -> None:
    assert "111" in [c for c, _ in _codes(coded(nlp, coding_context, text, published="2009-03-10"))]


def test_calling_a_meeting_of_people_named_by_an_adjective_is_no_criticism(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Governor Tom Hale called a meeting of the illegal immigrants' lawyers.", published="2009-03-10")
    assert "111" not in [c for c, _ in _codes(events)], _codes(events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Don't talk while the judge is speaking.", "01"),
        ("The company is looking for a new driver.", "09"),
        ("Volunteers are looking for the missing hiker.", "09"),
    ],
)
def test_an_order_or_a_private_search_is_no_refusal_or_inquiry(nlp, coding_context, text: str, root: str) -> None:
    assert not [c for c, _ in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if c.startswith(root)]


def test_an_emergency_call_responded_to_is_no_phone_talk(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The Salem Fire Department responded to the call of a garage fire on Tuesday.", published="2009-03-10")
    assert not [c for c, _ in _codes(events) if c.startswith("04")], _codes(events)


def test_a_call_from_a_leader_answered_is_a_phone_talk(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The president answered a call from the prime minister on Tuesday.", published="2009-03-10")
    assert [c for c, _ in _codes(events) if c.startswith("04")], _codes(events)
