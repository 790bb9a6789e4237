"""Nominal events: scheduled, estimated, taken as given, or the condition of a reward (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded


def _status(nlp, coding_context, text: str, trigger: str) -> str:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"].lower() == trigger]
    assert events, [(e["type"]["trigger"], e["status"]) for e in coded(nlp, coding_context, text)]
    return str(events[0]["status"])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Peace talks between Armenia and Azerbaijan set for next month in Vienna were welcomed by the EU.", "talks"),
        ("A meeting of Russian and Ukrainian negotiators scheduled for Friday in Istanbul will focus on prisoners.", "meeting"),
        ("Talks between Serbia and Kosovo are unlikely to take place before the election.", "talks"),
        ("The visit of the Japanese prime minister to Seoul is likely to go ahead next week.", "visit"),
        ("Negotiations between Hamas and Israel are expected to resume in Cairo.", "negotiations"),
    ],
)
def test_a_scheduled_or_estimated_nominal_event_is_a_forecast(nlp, coding_context, text, trigger) -> None:
    assert _status(nlp, coding_context, text, trigger) == "forecast"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The FBI is offering a reward for information leading to the capture of the gunman.", "capture"),
        ("Police urged anyone with information that could lead to the arrest of the attackers to come forward.", "arrest"),
    ],
)
def test_the_arrest_a_reward_is_offered_for_has_not_happened(nlp, coding_context, text, trigger) -> None:
    assert _status(nlp, coding_context, text, trigger) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # what a concessive or causal phrase names is a given of the sentence, not part of the estimate
        ("The visit of the Japanese prime minister is likely to go ahead despite the protests by students in Seoul.", "protests", "reported"),
        ("The visit of the Japanese prime minister is likely to go ahead despite the protests by students in Seoul.", "visit", "forecast"),
        ("Shipping may be rerouted because of the attacks by Houthi rebels on tankers.", "attacks", "reported"),
        # a preposition that takes no stance leaves a past event a report
        ("Police arrested the gunman after the attack on the mosque.", "attack", "reported"),
        # a schedule kept: the summit took place
        ("The summit between Putin and Biden scheduled for June 16 took place in Geneva.", "summit", "reported"),
    ],
)
def test_what_a_sentence_takes_as_given_keeps_its_own_status(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The talks between Israel and Hamas collapsed on Sunday.", "talks", "denied"),
        ("Negotiations between Serbia and Kosovo broke down in Brussels.", "negotiations", "denied"),
        # a ceasefire that failed within hours was in force before
        ("The ceasefire between the army and the rebels failed within hours.", "ceasefire", "reported"),
        ("Palestinian officials welcomed the failure of the negotiations between Israel and Hamas.", "negotiations", "denied"),
        ("The talks between Israel and Hamas fell apart on Sunday.", "talks", "denied"),
        # failing to produce something says the talks took place
        ("The talks between Israel and Hamas failed to produce an agreement.", "talks", "reported"),
        # a failure foreseen or feared is no fact
        ("Officials fear the talks between Israel and Hamas will collapse.", "talks", "reported"),
        # an attack that failed still happened
        ("The attack by rebels on the army base in Kidal failed.", "attack", "reported"),
    ],
)
def test_a_nominal_event_that_failed_is_negated(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The panel will finish its investigation of the shooting within a year.", "investigation", "forecast"),
        ("The two governments will open talks on trade in Geneva.", "open talks", "forecast"),
        ("The two governments did not open talks on trade.", "open talks", "denied"),
        # ending an event is no denial of it
        ("The panel did not finish its investigation of the shooting.", "investigation", "reported"),
    ],
)
def test_what_governs_a_verb_that_starts_or_ends_an_event_reaches_the_event(nlp, coding_context, text, trigger, status) -> None:
    assert _status(nlp, coding_context, text, trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A British aid worker was kidnapped and presumed killed by the rebels.", "killed"),
        ("Officials fear that the rebels have kidnapped the engineers.", "kidnapped"),
    ],
)
def test_a_presumed_or_feared_act_is_unconfirmed(nlp, coding_context, text, trigger) -> None:
    assert _status(nlp, coding_context, text, trigger) == "unconfirmed"
