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


@pytest.mark.parametrize(
    ("text", "trigger", "side", "actor"),
    [
        # a possessor or an of-phrase standing before the first or after the last of two coordinated nouns is both's
        ("Officials said the reward is for information that leads to the arrest and conviction of Ali Hamadi.",
         "conviction", "target", "Ali Hamadi"),
        ("A spokeswoman said the nature of his arrest and conviction in Ohio was unrelated.", "conviction", "target", "his"),
        ("The Kenyan court ordered the arrest and deportation of two Somali traders on Monday.", "deportation", "source", "Kenyan court"),
    ],
)
def test_coordinated_nominal_triggers_share_their_arguments(nlp, coding_context, text: str, trigger: str, side: str,
                                                           actor: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [(e.get(side) or {}).get("text") for e in events if e["type"]["trigger"] == trigger]
    assert actor in got, shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the of-phrase between the two nouns is the first's only; a noun with its own determiner has its own arguments
        ("Police in Lagos announced the arrest of a Ghanaian driver and the conviction of another man on Monday.", "conviction"),
        ("Egyptian police said the arrest of a Sudanese driver and detention of a second man lasted two days.", "detention"),
        ("The arrest of a Chilean striker and his suspension by the league shocked fans.", "suspension"),
    ],
)
def test_an_argument_of_one_coordinated_noun_is_not_the_others(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    assert all(t not in {"GHA", "SDN", "CHL"} for _s, t in sides(events, trigger)), shown(events)
