"""Statuses found wrong on fresh local news (LGL and GeoVirus articles outside the gold set), each paired with a
sentence of the same shape that keeps its reading. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def _status(events: list[dict], trigger: str) -> str:
    found = [e["status"] for e in events if trigger in (e["type"].get("trigger") or "")]
    assert found, [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # an act at hand
        ("The army is about to launch an offensive on the northern town.", "launch", "forecast"),
        ("The senator was about to be indicted for bribery by federal prosecutors.", "indicted", "forecast"),
        # a report no one is named for
        ("Two days later the journalist was said to have been poisoned by his guards.", "poisoned", "unconfirmed"),
        ("It is reported that the envoy had met rebel commanders in a hotel in Nairobi.", "met", "unconfirmed"),
        ("The colonel is said to have shelled the village on Monday.", "shelled", "unconfirmed"),
        # nobody knows whether it will come (settling rule 30)
        ("It is uncertain whether the suspect will be extradited to Texas.", "extradited", "hypothetical"),
        ("It remains unclear whether the president will visit the region.", "visit", "hypothetical"),
    ],
)
def test_a_status_cue_of_local_news_is_read(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    assert _status(coded(nlp, coding_context, text, published="2009-03-10"), trigger) == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # the same shapes with a named teller, a known fact or a plain future keep their readings
        ("The ministry said the journalist was poisoned by his guards.", "poisoned", "reported"),
        ("The envoy was reported by the ministry to have met rebel commanders.", "met", "reported"),
        ("The suspect will be extradited to Texas next week.", "extradited", "forecast"),
        ("It is clear that the army shelled the village on Monday.", "shelled", "reported"),
    ],
)
def test_the_same_shapes_with_a_named_teller_or_a_plain_future_keep_their_status(nlp, coding_context, text: str,
                                                                               trigger: str, status: str) -> None:
    assert _status(coded(nlp, coding_context, text, published="2009-03-10"), trigger) == status
