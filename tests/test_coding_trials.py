"""Putting someone on trial, or bringing them to trial, is legal action against them (173), told as it happened,
promised or demanded. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import coded, described

from tidings.evaluate.events import factuality_class

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        ("The government said on Monday that it would put the pilot on trial.", "put", "future"),
        ("Students demanded that the former president be put on trial.", "put", "hypothetical"),
        ("The new president promised to bring to trial all those who took part in the massacres.", "bring", "future"),
        ("The military court put three officers on trial in March.", "put", "happened"),
    ],
)
def test_putting_someone_on_trial_is_legal_action(nlp, coding_context, text: str, trigger: str, factuality: str) -> None:
    events = coded(nlp, coding_context, text, published="1998-05-01")
    found = [(e["type"]["cameo"], factuality_class(e)) for e in events if e["type"].get("trigger") == trigger]
    assert found[:1] == [("173", factuality)], described(events)


@pytest.mark.parametrize(
    "text",
    [
        # a trial that is no legal action, and "trial" without anyone put on it
        "The team will put the new engine through a trial run next month.",
        "The trial of the vaccine began in March.",
    ],
)
def test_a_trial_of_things_is_no_legal_action(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text, published="1998-05-01")
    assert "173" not in {e["type"]["cameo"] for e in events}, described(events)
