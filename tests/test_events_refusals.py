"""Saying one will not do a cooperative act is a refusal (12) on the say-verb, beside the act coded negated
(settling rule 26 of docs/gold-guidelines.md).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded


@pytest.mark.parametrize(
    ("text", "code", "act"),
    [
        ("The Security Council has said it will not lift the embargo on the country.", "124", "lift"),
        ("The rebels said they would not free the hostages until their demands were met.", "124", "free"),
        ("The president said he would not meet the opposition leader before the vote.", "125", "meet"),
        ("\"We won't negotiate with kidnappers,\" the interior minister said on Monday.", "125", "negotiate"),
        ("The prime minister said he would not sign the border treaty in its present form.", "127", "sign"),
        ("\"We will not lend our police officers to the federal government,\" the mayor said.", "12", "lend"),
        ("The senator said he would not provide support to the regime.", "12", "provide"),
    ],
)
def test_a_speakers_own_cooperative_act_said_not_to_come_is_a_refusal_beside_the_act(nlp, coding_context, text, code, act):
    events = coded(nlp, coding_context, text)
    got = code_triggers(events)
    assert any(c.startswith(code) and t in {"said", "has said"} for c, t in got), got
    refused = [e for e in events if e["type"]["trigger"] == act]
    assert refused and all(e["negated"] for e in refused), got


@pytest.mark.parametrize(
    "text",
    [
        # an act said to come is an intent, not a refusal
        "Germany said it will provide aid to Ukraine.",
        # someone else's act, or a thing's effect
        "The minister said the plan would not help farmers.",
        "Obama said it would not help Israel.",
        "Officials said the delegation would not travel to Paris.",
        # words or information withheld: a refusal to comment, not a rejection
        "Police said they would not release the names of the victims.",
        # a past act not done is not announced
        "The ministry said it did not send troops to the border.",
        # an act that is not cooperation
        "The army said it would not attack civilians in the city.",
        # what cannot be done is no refusal
        "The governor said she could not meet the deadline for the budget.",
    ],
)
def test_no_refusal_without_the_speakers_own_future_cooperative_act(nlp, coding_context, text):
    got = code_triggers(coded(nlp, coding_context, text))
    assert not any(c.startswith("12") for c, _ in got), got
