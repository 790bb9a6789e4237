"""What one gets over or recovers from has happened, whatever the clause around it says, and a clause the parser hangs
on a verb of schedule ("beds have been set aside") is no schedule; the schedules and the happenings still to come stay
forecasts (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model

PUBLISHED = "2009-03-15"


def statuses(nlp, coding_context, text: str, trigger: str) -> list[str]:
    events = coded(nlp, coding_context, "Local news. " + text, published=PUBLISHED)
    return [e["mentions"][0]["status"] for e in events if e["type"]["trigger"] == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The bishop told the parish that they will never get over the shooting of their priest.", "shooting"),
        ("The family will never get over the killing of their son.", "killing"),
        ("Mayor Tom Hill said the town may never recover from the bombing of its market.", "bombing"),
        ("Ten thousand extra police officers are deployed, airports screen travellers with thermal cameras, and hundreds "
         "of extra hospital beds have been set aside.", "deployed"),
    ],
)
def test_a_happening_got_over_or_a_clause_under_set_aside_is_no_forecast(nlp, coding_context, text, trigger) -> None:
    found = statuses(nlp, coding_context, text, trigger)
    assert found and "forecast" not in found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The widow will get a visit from the French president next week.", "visit"),
        ("The Japanese minister is set to visit Paris next week.", "visit"),
        ("Talks between the two parties are set for Monday.", "Talks"),
    ],
)
def test_happenings_to_come_and_schedules_stay_forecasts(nlp, coding_context, text, trigger) -> None:
    assert "forecast" in statuses(nlp, coding_context, text, trigger)
