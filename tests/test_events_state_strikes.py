"""A state's "strikes" on a place or a military target are attacks (195), a labour strike stays a strike (143). Each case with a sentence of the same shape that keeps its reading.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a country's strikes on a place, a target, or doing harm: its armed strike, one record with its toll
    ("The wounded were taken to hospital after Israeli strikes on Beit Lahia.", [("195", "strikes")]),
    ("Russian strikes on Kharkiv killed four people on Sunday.", [("195", "strikes")]),
    ("US strikes on Houthi targets continued overnight.", [("195", "strikes")]),
    ("Israeli strikes hit the Gaza Strip overnight.", [("195", "strikes")]),
    # a country's workers' strikes: on a network, on a day, hitting output
    ("French strikes on the rail network disrupted travel for a week.", [("143", "strikes")]),
    ("British strikes on Monday closed schools.", [("143", "strikes")]),
    ("French strikes hit production at the plant.", [("143", "strikes")]),
])
def test_a_states_strikes_on_a_target_are_attacks(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected
