"""A known body's name of plain words at the end of a longer name the knowledge does not know is that other body:
"Algeria's High Security Council" is no United Nations body and "the Social Democratic Party" no American party.

Phrases and sentences written for these tests. Each changed case comes with one of the same shape that keeps its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, sides

from tidings.code.actors import ActorResolver
from tidings.knowledge import load_knowledge


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_knowledge())


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a national security council, named with its country or without
        ("Algeria's High Security Council", ("DZA", "GOV")),
        ("Iran's Supreme National Security Council", ("IRN", "GOV")),
        ("Turkey's National Security Council", ("TUR", "GOV")),
        ("the National Security Council", (None, "GOV")),
        # the United Nations' own, by its short name or with the body's prefix
        ("the Security Council", ("UNO", "IGO")),
        ("the UN Security Council", ("UNO", "IGO")),
        ("the U.N. Security Council", ("UNO", "IGO")),
        # parties whose names end in another party's name
        ("the Social Democratic Party", (None, "PTY")),
        ("the Kurdistan Democratic Party", ("IRQ", "PTY")),  # known itself since the knowledge of 2027.01.08
        # a capitalised role word before it is a word of the longer name
        ("the ruling Christian Democratic Party", (None, "PTY")),
        ("the Democratic Party", ("USA", "PTY")),
        # a country's people before the name keeps the party, in that country
        ("the Serbian Democratic Party", ("SRB", "PTY")),
        # a longer name the knowledge knows stays that name
        ("the Liberal Democratic Party", ("JPN", "PTY")),
        # a body of one country, named after a place the knowledge does not know, stays that body
        ("the Wood Green Crown Court", ("GBR", "JUD")),
        # an acronym is no plain word: the Real IRA is still of the IRA's country
        ("the Real IRA", ("GBR", "REB")),
    ],
)
def test_a_known_name_ending_an_unknown_one_is_the_unknown_body(resolver: ActorResolver, phrase: str,
                                                                  expected: tuple[object, object]) -> None:
    actor = resolver.resolve(phrase, date="2005-05-01")
    assert actor is not None
    assert (actor.get("country"), actor.get("sector")) == expected, actor



@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "trigger", "source"),
    [
        # a national council in running text is its country's
        ("Algeria's High Security Council on Sunday cancelled the second round of the election.", "1998-05-01", "cancelled",
         "DZA"),
        ("The Supreme National Security Council met in Tehran and condemned the strike on Sunday.", "1998-05-01",
         "condemned", "IRN"),
        # ... the United Nations' council keeps its reading
        ("The Security Council met in New York and condemned the strike on Sunday.", "1998-05-01", "condemned", "UNO"),
        # a foreign embassy, however often named, is not where the story is: the police are the host's
        ("GUATEMALA CITY (Reuter) - Police stormed the Spanish embassy on Thursday. Peasants had occupied the Spanish "
         "embassy on Wednesday to protest against army killings. The Spanish embassy said its staff were held. Spain's "
         "government protested. The Guatemalan government defended the raid.", "1980-02-01", "stormed", "GTM"),
        # ... while the country whose officials act at home stays the story's
        ("MADRID (Reuter) - Police detained two men near the Spanish parliament on Thursday. Spanish officials said "
         "the men were armed. Spain's government praised the police.", "1980-02-01", "detained", "ESP"),
    ],
)
def test_a_body_is_of_the_country_the_story_gives_it(nlp, coding_context, text: str, published: str, trigger: str,
                                                     source: str) -> None:
    events = coded(nlp, coding_context, text, published=published)
    assert [s for s, _ in sides(events, trigger)][:1] == [source], described(events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # "Indian" in a story of the Americas that names nothing of India: the Americas' native peoples
        ("Indian peasants from El Quiche occupied a church in Guatemala City on Monday. The Guatemalan army said "
         "the occupiers were armed.", "occupied", None),
        # ... and India's people wherever the story names India
        ("Indian peasants occupied a government office in Bihar on Monday. India's government said the occupiers "
         "were armed.", "occupied", "IND"),
        # ... or tells of no place of the Americas
        ("Indian peasants occupied a government office on Monday, the police said.", "occupied", "IND"),
    ],
)
def test_indian_in_a_story_of_the_americas_is_no_people_of_india(nlp, coding_context, text: str, trigger: str,
                                                                   source: str | None) -> None:
    events = coded(nlp, coding_context, text, published="1980-02-01")
    found = [s for s, _ in sides(events, trigger)][:1]
    assert found and found[0] != "IND" if source is None else found == [source], described(events)
