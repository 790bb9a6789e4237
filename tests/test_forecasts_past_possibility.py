""""could" in a relative clause on a noun of a clause in the simple past says what was possible then, not what is
expected to happen: no forecast; "could" on a main clause, in reported speech and after a clause to come stays one
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import statuses_after_lead

PUBLISHED = "2009-03-15"


def statuses(nlp, coding_context, text: str, trigger: str) -> list[str]:
    return statuses_after_lead(nlp, coding_context, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A review period followed the announcement, in which residents could comment on the plan.", "comment"),
        ("The council approved a law under which police could search cars without a warrant.", "search"),
    ],
)
def test_could_in_a_relative_clause_of_a_past_clause_is_no_forecast(nlp, coding_context, text, trigger) -> None:
    found = statuses(nlp, coding_context, text, trigger)
    assert found and "forecast" not in found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The council will approve a law under which police could search cars without a warrant.", "search"),
        ("He said police could search the house next week.", "search"),
        ("Police could search the house next week.", "search"),
    ],
)
def test_could_of_a_clause_to_come_is_still_a_forecast(nlp, coding_context, text, trigger) -> None:
    assert statuses(nlp, coding_context, text, trigger) == ["forecast"]
