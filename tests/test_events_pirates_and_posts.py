"""Pirates who seize a ship hijack it; a coach fired or "under fire" all season is dismissed or criticised, not shot at.
Each case with a sentence of the same shape that keeps its reading. Sentences written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # pirates or hijackers taking a vessel: a hijacking (181), also when about to board one
    ("Somali pirates recently seized a Saudi supertanker loaded with crude oil.", [("181", "seized")]),
    ("The vessel was a Thai fishing trawler that had been seized by pirates off Yemen.", [("181", "seized")]),
    # a state's forces seizing a tanker seize property
    ("Iranian forces seized a British tanker in the Strait of Hormuz.", [("171", "seized")]),
])
def test_pirates_seizing_a_ship_hijack_it(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a navy sinking a ship attacks it; a ship that sinks, or one a storm sinks, is a mishap
    ("The navy drew criticism after sinking a Thai fishing trawler.", [("190", "sinking")]),
    ("The November 18 sinking of a Thai fishing trawler by the Indian navy drew criticism.", [("190", "sinking")]),
    ("The ferry sank off the coast on Monday.", []),
    ("The storm sank three fishing boats.", []),
    # boats captured are seized, people captured with them are taken; a share of a market captured is neither
    ("INS Sukanya captured three boats of the pirates.", [("171", "captured")]),
    ("Somali pirates captured two Yemeni fishing boats and 22 Yemeni fishermen.", [("181", "captured")]),
    ("The company captured a larger share of the market.", []),
])
def test_ships_sunk_and_captured(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a person fired is dismissed; shots fired are shots
    ("Cheeks is the fifth NBA head coach to be fired this season.", []),
    ("The manager was fired on Monday after a string of losses.", []),
    ("A man who was fired last week from his job walked into his former office with a shotgun.", []),
    ("Two rockets were fired into Israel overnight.", [("190", "fired")]),
    ("The seamen said they were being fired on by two boats that were approaching fast.", [("190", "fired")]),
    # a holder of a post "under fire" is criticised; soldiers or a town under fire are shot at
    ("The coach, who had been under fire all season, resigned.", []),
    ("The soldiers were under fire from the hills.", [("180", "fire")]),
    ("The town has been under fire since Monday.", [("180", "fire")]),
])
def test_a_post_holder_fired_or_under_fire_is_no_attack(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected
