"""Forecast detection on sentences written for these tests: the same kind of sentence comes out the same anywhere."""

from __future__ import annotations

import pytest

from tidings.code import extract

pytestmark = [pytest.mark.model]


def _statuses(nlp, text: str, published: str = "2021-05-10") -> set[str]:
    return {e["status"] for e in extract(text, published=published, nlp=nlp)}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt will host talks between the two sides next week.",
        "The president of France is scheduled to visit India in June.",
        "Japan is set to sign a trade agreement with Australia.",
        "Kenya is expected to host the regional summit on 3 June.",
        "If the talks collapse, the United States will impose sanctions on Venezuela.",
        "Will Russia and Ukraine sign a peace agreement before 1 June 2021?",
        "Turkey might hold a visit with the Syrian leader.",
        "The two leaders agreed to meet in Geneva in July.",
        "Ahead of its likely summit with China, India may try to gain leverage.",
    ],
)
def test_future_tense_schedules_plans_conditions_and_questions_are_forecasts(nlp, text):
    assert "forecast" in _statuses(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The attempt to broker talks between Egypt and Ethiopia failed, as did Sudan's attempt to meet Ethiopia itself.",
        "Until last month, the general had yet to travel abroad or to meet with a foreign leader.",
        "This is the main reason Iran wants to build missiles to threaten Israel.",
        "Because the United States pressed Germany to comply with the embargo, Berlin was caught in between.",
        "Kenya hopes to host the regional summit.",
        "Brazil tried to mediate between Venezuela and Colombia.",
        "Germany had planned to send troops to Mali.",
        "France was going to visit Algeria.",
        "The foreign ministers of Chile and Peru met in Lima on Monday.",
    ],
)
def test_past_failed_negated_past_explanatory_and_wished_events_are_not_forecasts(nlp, text):
    assert "forecast" not in _statuses(nlp, text)


def test_a_question_about_the_future_is_a_forecast_record_marked_as_a_question_without_probability(nlp):
    from tidings.fuse import fuse

    mentions = extract("Will Japan and South Korea sign an agreement by 31 December 2021?", published="2021-05-10", nlp=nlp)
    (record,) = fuse(mentions).forecasts
    fc = record["forecast"]
    assert fc["question"] is True and fc["probability"] is None
    assert fc["deadline"] == "2021-12-31" and fc["deadline_basis"] == "stated"
