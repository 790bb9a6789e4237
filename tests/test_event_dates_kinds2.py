"""Which event a date phrase dates: a clause on an event noun that only says it happened ("investigations ensued in late
2005", "the clashes that broke out on Friday"). Sentences written for these tests, with near misses."""

from __future__ import annotations

from typing import Optional

import pytest
from coding_factory import own_date_of

PUBLISHED = "2021-03-12"  # a Friday


def _own(nlp, coding_context, text: str, trigger: str, published: str = PUBLISHED) -> Optional[str]:
    return own_date_of(nlp, coding_context, text, trigger, published)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The firm closed its office after litigation and investigations ensued in late 2019.", "investigations", "2019-09-02"),
        ("Police arrested 12 people after the clashes that broke out on Tuesday in the port.", "clashes", "2021-03-09"),
        ("The bombing, which occurred on Tuesday, killed four soldiers.", "bombing", "2021-03-09"),
        # near misses: the arrest is not dated by the clashes' clause; a clause that says more than that it happened;
        # a start of a lasting event
        ("Police arrested 12 people after the clashes that broke out on Tuesday in the port.", "arrested", None),
        ("The mayor condemned the attack that the rebels staged on Tuesday near the border.", "attack", None),
        ("The airline lost money in the wake of a strike that began last spring.", "strike", None),
    ],
)
def test_a_clause_that_says_an_event_happened_dates_it(nlp, coding_context, text, trigger, expected) -> None:
    assert _own(nlp, coding_context, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "noun", "clause", "expected"),
    [
        ("Investigations ensued in late 2005.", "Investigations", "ensued", False),  # a main clause, not one on the noun
        ("The clashes that broke out on Friday left three dead.", "clashes", "broke", True),
        ("The clashes that broke the truce on Friday left three dead.", "clashes", "broke", False),  # "break" without "out"
        ("The meeting, which took place on Monday, ended without a deal.", "meeting", "took", True),
        ("The meeting that he took on Monday ended without a deal.", "meeting", "took", False),  # its own subject
        ("The talks that may happen next week are in doubt.", "talks", "happen", False),  # a modal
    ],
)
def test_which_clauses_only_say_an_event_happened(nlp, text, noun, clause, expected) -> None:
    from tidings.code._event_support import _occurrence_clause_of

    doc = nlp(text)
    n = next(t for t in doc if t.text == noun)
    c = next(t for t in doc if t.text == clause)
    assert _occurrence_clause_of(c, n) is expected
