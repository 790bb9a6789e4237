"""Set phrases of local news that look like events: a contest won ("beat out a rival for the seat"), being content
("can't complain") and a seller's price ("offering a fare of $205"); with the plain senses beside them (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded


def roots(nlp, coding_context, text: str) -> list[str]:
    return [e["type"]["cameo"][:2] for e in coded(nlp, coding_context, "Local news. " + text)]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Mary Klein won three seats, beating out Paul Dorn for the chair.", "18"),
        ("Ana Lind won the council seat, beating out Tom Hale by 40 votes.", "18"),
        ("The mayor edged out two rivals for the nomination.", "18"),
        ('"I can\'t complain," the farmer said of the harvest.', "11"),
        ("But the new owner of the mill can't complain.", "11"),
        ("She found United Airlines offering a return fare of $420 from Boston to Paris.", "03"),
        ("He found Delta Airlines offering a round-trip fare of $310 from Atlanta to Rome.", "03"),
        ("The bank offered a discount to new customers in the city.", "03"),
    ],
)
def test_a_set_phrase_is_no_event(nlp, coding_context, text, root) -> None:
    assert root not in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Police said the men beat him with a bat.", "18"),
        ("Residents cannot complain about the noise to the council any longer, the mayor said.", "11"),
        ("The minister complained about the delay.", "11"),
        ("The government offered a loan to Greece.", "03"),
        ("Russia offered aid to Syria.", "03"),
    ],
)
def test_the_plain_sense_stays_an_event(nlp, coding_context, text, root) -> None:
    assert root in roots(nlp, coding_context, text)
