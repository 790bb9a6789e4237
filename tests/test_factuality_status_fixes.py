"""Statuses read against the gold guidelines' factuality (section 4 and settling rules 4 and 17): a negated appeal
was still made, a refusal to comment happened, a "not" may negate another word than the event, a dreaded act is only
possible, a conviction upholds the counts it names, an attempted crime in a charge is alleged, a purpose infinitive of
a perfect is carried out and one of a forecast act is forecast, a manner adverb takes the schedule out of "planned", a
refused request was made (what it asks is refused), "practically" hedges and what one awaits is ahead (sentences
written for these tests).
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def _events(nlp, coding_context, text: str, trigger: str) -> list[dict]:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"].lower().split()[-1] == trigger]
    assert events, [(e["type"]["trigger"], e["status"]) for e in coded(nlp, coding_context, text)]
    return events


def _status(nlp, coding_context, text: str, trigger: str) -> tuple[str, bool]:
    event = _events(nlp, coding_context, text, trigger)[0]
    return str(event["status"]), bool(event.get("negated"))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('The governor addressed the crowd on Friday. "We will rebuild this town," she said. "Don\'t give up on your neighbours."', "give"),
        ('The mayor spoke after the flood. "Please stay calm," he said. "Do not let the looters win."', "let"),
    ],
)
def test_a_negated_imperative_appeal_was_made(nlp, coding_context, text, trigger) -> None:
    assert _status(nlp, coding_context, text, trigger) == ("reported", False)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The sheriff would not comment on the motive.", "comment"),
        ("The agency has not released the officer's name.", "released"),
    ],
)
def test_a_refusal_to_comment_happened(nlp, coding_context, text, trigger) -> None:
    assert _status(nlp, coding_context, text, trigger) == ("reported", False)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the "not" negates the adjective after it, or what follows the noun
        ("A not guilty plea was entered for the defendant.", "plea", ("reported", False)),
        ("Police described a well-organised raid, not the work of amateurs.", "raid", ("reported", False)),
        ("The minister said it was a calculated attack, not an accident.", "attack", ("reported", False)),
        # a "not" before the noun still negates it
        ("Not a single raid was reported in the city.", "raid", ("denied", True)),
    ],
)
def test_a_not_on_another_word_leaves_the_event_alone(nlp, coding_context, text, trigger, expected) -> None:
    assert _status(nlp, coding_context, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The witness feared being arrested by the militia.", "arrested", "hypothetical"),
        ("The guard told the inquiry he feared being attacked by the prisoners.", "attacked", "hypothetical"),
        # a fear that something happened stays a hedge
        ("Officials fear the rebels attacked the town.", "attacked", "unconfirmed"),
    ],
)
def test_a_dreaded_act_is_hypothetical(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger)[0] == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The nurse was convicted of two counts of assault.", "assault", "reported"),
        ("The jury found her guilty of two counts of theft and one count of attempted robbery.", "theft", "reported"),
        ("The nurse was charged with two counts of assault.", "assault", "unconfirmed"),
    ],
)
def test_a_conviction_upholds_the_counts_it_names(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger)[0] == status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The teenager was charged with attempted robbery.", ("unconfirmed", False)),
        ("Two men were arrested in an attempted robbery at a petrol station.", ("unconfirmed", False)),
        # after a conviction the attempt stays an act that failed
        ("The teenager pleaded guilty to attempted robbery.", ("denied", True)),
        ("The jury found her guilty of two counts of theft and one count of attempted robbery.", ("denied", True)),
    ],
)
def test_an_attempted_crime_in_a_charge_is_alleged(nlp, coding_context, text, expected) -> None:
    assert _status(nlp, coding_context, text, "robbery") == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The army has deployed troops to the valley to arrest the smugglers.", "reported"),
        # the purpose of a forecast act is forecast with it; of a wished or possible act it stays hypothetical
        ("The army will deploy troops to the valley to arrest the smugglers.", "forecast"),
        ("The opposition is planning to hold rallies on Friday to demand the release of the prisoners.", "forecast"),
        ("The army wants to deploy troops to the valley to arrest the smugglers.", "hypothetical"),
        ("The army might deploy troops to the valley to arrest the smugglers.", "hypothetical"),
    ],
)
def test_a_purpose_infinitive_shares_the_reading_of_its_act(nlp, coding_context, text, status) -> None:
    trigger = "demand" if "demand" in text else "arrest"
    assert _status(nlp, coding_context, text, trigger)[0] == status


def test_time_granted_to_another_is_no_purpose_carried_out(nlp, coding_context) -> None:
    assert _status(nlp, coding_context, "The army has given the rebels two days to surrender their weapons.", "surrender")[0] == "hypothetical"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Police said the carefully planned raid left two officers injured.", "reported"),
        ("Police said the planned raid would start at dawn.", "forecast"),
    ],
)
def test_a_manner_adverb_takes_the_schedule_out_of_planned(nlp, coding_context, text, status) -> None:
    assert _status(nlp, coding_context, text, "raid")[0] == status


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the request was made; what it asked is refused
        ("The court refused a request for the release of the prisoners.", "request", ("reported", False)),
        ("The court refused a request for the release of the prisoners.", "release", ("denied", True)),
        # a refused act named as the object stays negated, and a refusal that may come refuses nothing yet
        ("The rebels may reject the demand for their withdrawal.", "withdrawal", ("hypothetical", False)),
    ],
)
def test_a_refused_request_was_made_and_what_it_asks_is_refused(nlp, coding_context, text, trigger, expected) -> None:
    assert _status(nlp, coding_context, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The governor said the mayor had been practically kidnapped by the protesters.", "unconfirmed"),
        ("The governor said the mayor had been kidnapped by the protesters.", "reported"),
    ],
)
def test_practically_hedges_a_characterisation(nlp, coding_context, text, status) -> None:
    assert _status(nlp, coding_context, text, "kidnapped")[0] == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The second suspect is awaiting extradition from Spain.", "extradition", "forecast"),
        ("The second suspect was extradited from Spain.", "extradited", "reported"),
    ],
)
def test_what_one_awaits_is_ahead(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger)[0] == status
