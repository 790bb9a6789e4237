"""Shapes of the Latin American, East Asian and Eurasian wire and of election news: a state's or a force's fire as
its shooting.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # the fire of a people, a state or an armed force is its shooting, active or as a passive's doer
        ("Israeli fire killed two Palestinians near the border fence on Friday.", "killed", "190"),
        ("Syrian government fire killed four rebels in Homs.", "killed", "190"),
        ("Two Palestinians were killed by Israeli fire near the fence.", "killed", "190"),
        ("A soldier was wounded by sniper fire in Deraa.", "wounded", "190"),
        ("A boy was killed by mortar fire in Aleppo.", "killed", "194"),
        ("Two civilians were killed by rocket fire on Sunday.", "killed", "194"),
    ],
)
def test_a_force_s_fire_is_its_shooting(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a fire that burns kills with no attacker
        ("A house fire killed two children in Detroit.", "killed"),
        ("Three people were killed in a fire in Chicago.", "killed"),
        ("A factory fire injured eleven workers in Dhaka.", "injured"),
    ],
)
def test_a_fire_that_burns_is_no_attack(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a bomb named as the passive's doer is the attack; the killing is its toll, one happening
        ("Three soldiers were killed by a roadside bomb.", ["183"]),
        ("Twelve people were killed by a car bomb in Baghdad.", ["1832"]),
        # a side named as the doer keeps its own act
        ("Four soldiers were killed by rebels near the border.", ["190"]),
    ],
)
def test_a_bomb_that_killed_is_one_event(nlp, coding_context, text: str, kept: list[str]) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == kept, described(events)
