"""Allegations the parser misreads: "Prosecutors allege Simpson shot Flynn" is read as one noun phrase
("Prosecutors allege Simpson") before the verb; the act is still alleged (guidelines, rule of reported events).
Sentences written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def _statuses(nlp, coding_context, text: str, trigger: str) -> list[str]:
    return [e["status"] for e in coded(nlp, coding_context, text) if trigger in e["type"]["trigger"]]


@pytest.mark.parametrize("text, trigger, status", [
    # the allegation without "that": still an allegation
    ("Prosecutors allege Simpson shot Flynn in the head after an argument.", "shot", "unconfirmed"),
    ("Police allege Jones robbed the bank on Friday.", "robbed", "unconfirmed"),
    # the same with "that", which the parser reads right
    ("Prosecutors allege that the man stabbed his neighbour twice.", "stabbed", "unconfirmed"),
    # an adjective "alleged" before a title is no one's allegation of the act told
    ("The alleged gunman Simpson shot Flynn in the head.", "shot", "reported"),
])
def test_an_allegation_the_parser_misreads_keeps_its_status(nlp, coding_context, text, trigger, status):
    assert _statuses(nlp, coding_context, text, trigger) == [status]
