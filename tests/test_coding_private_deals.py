"""Private deals and public authorities (guidelines, section 2; settling rule 24): a takeover, merger or sale between
firms is no event, but a government, a regulator or a court clearing it is economic cooperation (061) and stopping it
a refusal (120); a firm's board turning down a bid for it is the firm's business.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code", "source"),
    [
        ("Federal regulators approved the takeover of the Ohio utility on Friday.", "approved", "061", "USA"),
        ("The merger was approved by competition regulators in Washington.", "approved", "061", "USA"),
        ("Ottawa blocked the takeover of the potash producer on national security grounds.", "blocked", "120", "CAN"),
        ("The Indian government vetoed the sale of the steelmaker to a Chinese group.", "vetoed", "120", "IND"),
    ],
)
def test_an_authority_that_clears_or_stops_a_private_deal(nlp, coding_context, text: str, trigger: str, code: str,
                                                         source: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e["type"]["cameo"], e["source"]["country"]) == (code, source), described([e])


@pytest.mark.parametrize(
    "text",
    [
        "Shareholders approved the merger at a special meeting on Thursday.",
        "The board rejected the $2 billion offer as inadequate.",
        "The bank's independent directors rejected the offer as too low.",
    ],
)
def test_the_firms_own_yes_or_no_is_no_event(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not events, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "root"),
    [
        # a state's or a union's no stays a rejection; an arms sale is no private deal
        ("Iran rejected the offer of talks on Monday.", "rejected", "12"),
        ("The union rejected the company's pay offer.", "rejected", "12"),
        ("Parliament approved a loan of $2 billion from the IMF.", "approved", "07"),
    ],
)
def test_near_shapes_keep_their_reading(nlp, coding_context, text: str, trigger: str, root: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"][:2] == root, described([e])


def test_an_arms_sale_cleared_is_not_a_private_deal(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Washington approved the sale of F-16 fighter jets to Taiwan.")
    assert not [e for e in events if e["type"]["cameo"] == "061"], described(events)
