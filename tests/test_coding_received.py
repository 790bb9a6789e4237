"""Aid and cooperation told from the receiver's side (the giver is the source), and rewards offered for help with justice.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def described(events: list[dict]) -> list[tuple[str, str, object, object]]:
    return [(e["type"]["cameo"], e["type"]["trigger"], (e.get("source") or {}).get("code"), (e.get("target") or {}).get("code"))
            for e in events]


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # what one receives, the giver gave: the from-phrase is the source, the receiver the target
        ("From the Sudanese government, the rebels received weapons.", "072", "SDNGOV", "REB"),
        ("Kenya received loans from China.", "071", "CHN", "KEN"),
        ("From the militia, the colonel received intelligence about the convoy.", "064", "REB", "MIL"),
    ],
)
def test_receiving_aid_is_the_givers_act(nlp, coding_context, text: str, code: str, source: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == code and ((e.get("source") or {}).get("code") or "").endswith(source)
               and ((e.get("target") or {}).get("code") or "").endswith(target) for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a reward offered for information or for finding someone appeals for help with justice (0213)
        ("For information leading to the gunman's arrest, the family is offering a $20,000 reward.", "offering"),
        ("The family offered a reward to catch the men who robbed them.", "offered"),
        ("Police offered a reward for information about the missing teenager.", "offered"),
    ],
)
def test_a_reward_for_information_is_an_appeal_for_judicial_help(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == trigger and e["type"]["cameo"] == "0213" for e in events), described(events)


@pytest.mark.parametrize(
    "text",
    [
        # a reward for anything else is a prize, no appeal
        "The airline offered rewards to its loyal customers.",
        "The software company offered a bounty for security flaws in its browser.",
        "The app offers rewards for completing surveys.",
    ],
)
def test_a_prize_or_customer_reward_is_no_appeal(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"].startswith("02") for e in events), described(events)


@pytest.mark.parametrize(
    "text",
    [
        # receiving is a giver's act only for political or material goods from a giver that is an actor
        "The pupils received information about the test.",
        "The library received support from local firms.",
        "The players received assurances from their manager.",
        "The clinic received funds from the lottery.",
        "The embassy received weapons.",
    ],
)
def test_receiving_with_no_acting_giver_or_no_aid_is_no_event(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["trigger"] == "received" for e in events), described(events)
