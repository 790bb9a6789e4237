"""Event words of local news in another sense: a test that is an exam or a lab's (no weapon in its sentence) is no show
of force; classes, flights or a parade called off are no cut in relations; a thing "greeted with protests" hosted no
one. The plain senses stay events (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded


def roots(nlp, coding_context, text: str) -> list[str]:
    return [e["type"]["cameo"][:3] for e in coded(nlp, coding_context, "Local news. " + text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The state health agency is still conducting tests on the canned tuna.", "150"),
        ("The school board canceled classes on Monday because of the flood.", "160"),
        ("The mayor canceled the parade after the shooting.", "160"),
        ("Sandbagging hit high gear as schools let out pupils and colleges canceled classes to help the effort.", "160"),
        ("The council banned the sale of fireworks last year and was greeted with angry protests.", "043"),
    ],
)
def test_another_sense_is_no_event(nlp, coding_context, text, code) -> None:
    assert code not in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Korea conducted a missile test on Monday.", "150"),
        ("North Korea carried out its sixth nuclear test on Sunday.", "150"),
        ("The United States suspended aid to Egypt.", "162"),
        ("The mayor greeted the visiting president at the airport.", "043"),
    ],
)
def test_the_plain_sense_stays_an_event(nlp, coding_context, text, code) -> None:
    assert code in roots(nlp, coding_context, text)
