"""Participants of events and their countries (second set): national institutions named by their own words, and the
arguments the grammar finds for nominal and coordinated triggers.

Sentences written for these tests; names of people and places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, shown, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        # a court, prosecutor or police force whose name is its country's alone
        ("Maidstone Crown Court", "GBR", "JUD"),
        ("the Crown Court", "GBR", "JUD"),
        ("the Crown Prosecution Service", "GBR", "JUD"),
        ("Scotland Yard", "GBR", "COP"),
        ("the Metropolitan Police", "GBR", "COP"),
        ("the RCMP", "CAN", "COP"),
        ("the Mounties", "CAN", "COP"),
        ("An Garda Siochana", "IRL", "COP"),
    ],
)
def test_a_national_institution_is_of_its_country(coding_context, phrase: str, country: str, sector: str) -> None:
    actor = coding_context.resolver.resolve(phrase)
    assert actor is not None and (actor.get("country"), actor.get("sector")) == (country, sector), actor


@pytest.mark.parametrize(
    "phrase",
    [
        # words that only look like those institutions: a museum, an opera house, a child agency, a crown
        "the Met",
        "CPS",
        "the crown",
    ],
)
def test_words_like_an_institution_are_not_it(coding_context, phrase: str) -> None:
    actor = coding_context.resolver.resolve(phrase)
    assert actor is None or actor.get("country") not in {"GBR", "CAN", "IRL"}, actor


@pytest.mark.parametrize(
    ("text", "trigger", "side", "country"),
    [
        # a local crime story whose only national words are its court, prosecutor or police: the people in it are of
        # that country
        ("Four men fought with knives outside a pub in Kelbrook on Saturday night. "
         "Jon Harkly, 24, appeared at Burnley Crown Court on Monday, the Crown Prosecution Service said. "
         "Harkly was jailed for two years.", "jailed", "target", "GBR"),
        ("A woman was robbed at a bus stop in Dunmore on Friday. "
         "An Garda Siochana said a man was arrested on Sunday and the Garda Siochana is looking for a second man. "
         "Tom Keane was charged with robbery.", "charged", "target", "IRL"),
    ],
)
def test_an_institution_places_a_local_story(nlp, coding_context, text: str, trigger: str, side: str, country: str) -> None:
    events = coded(nlp, coding_context, text)
    got = [s if side == "source" else t for s, t in sides(events, trigger)]
    assert country in got, shown(events)
