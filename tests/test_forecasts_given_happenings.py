"""What one gets over or recovers from has happened, whatever the clause around it says, and a clause the parser hangs
on a verb of schedule ("beds have been set aside") is no schedule; the schedules and the happenings still to come stay
forecasts (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import statuses_after_lead

pytestmark = pytest.mark.model

PUBLISHED = "2009-03-15"


def statuses(nlp, coding_context, text: str, trigger: str) -> list[str]:
    return statuses_after_lead(nlp, coding_context, text, trigger, PUBLISHED)


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


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # what happened "at the time of", "in the wake of" or "in the aftermath of" a happening, and what information or
        # an inquiry is about, take it as given
        ("The nurse was not sure if the guard was at the prison at the time of the shootings.", "shootings", "reported"),
        ("Police in Leeds will hold a news conference in the wake of the bombing.", "bombing", "reported"),
        ("The governor will order an inquiry into the killing of the journalist in Ohio.", "killing", "reported"),
        # "no intention of" an act: not meant
        ("The senator from Ohio said she has no intention of talking to Hamas.", "talking", "denied"),
    ],
)
def test_a_happening_named_by_a_time_phrase_or_an_inquiry_is_given_and_no_intention_negates(
        nlp, coding_context, text, trigger, status) -> None:
    assert statuses(nlp, coding_context, text, trigger) == [status]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Diplomats are pushing urgent peace talks between the Georgian and South Ossetian officials.", "talks"),
        ("The mayor of Dayton recommended that the board consult the governor on the plan.", "consult"),
    ],
)
def test_what_is_pushed_for_or_recommended_is_not_yet_done(nlp, coding_context, text, trigger) -> None:
    found = statuses(nlp, coding_context, text, trigger)
    assert found and "reported" not in found and "forecast" not in found
