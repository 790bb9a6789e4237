"""A report of football (soccer) matches is a sports page by its own words (cards, penalty area, equalisers, stoppage
time), and a goal told as a "strike" in a sports page is no strike; a strike or an attack outside sport stays (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model

_MATCH = ("Rovers' midfielder was sent off for two yellow cards, and United equalised in stoppage time from a free kick "
          "near the penalty area. ")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (_MATCH + "A 90th minute strike by Sam Okoro sealed the win for Rovers.", "strike"),
        (_MATCH + "Rovers beat United 2-1 at home.", "beat"),
        (_MATCH + "United's coach praised his team's defence after the match.", "praised"),
    ],
)
def test_a_football_report_tells_games_not_events(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dock workers in Lagos began a strike on Monday over unpaid wages, the union said.", "strike"),
        (_MATCH + "Police arrested two fans after a fight outside the stadium.", "arrested"),
    ],
)
def test_strikes_and_the_law_outside_the_game_stay(nlp, coding_context, text: str, word: str) -> None:
    assert [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]
