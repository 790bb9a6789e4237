"""Actor phrases made of people words resolve to an actor with a sector, and a definite "the university" takes the
country of the university the text named before (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tidings.code.actors import ActorResolver
from tidings.knowledge import load_knowledge


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_knowledge())


def _code(resolver: ActorResolver, phrase: str) -> tuple[object, object] | None:
    actor = resolver.resolve(phrase, date="2015-05-01")
    return None if actor is None else (actor.get("country"), actor.get("sector"))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # people nouns of the knowledge: criminals, armed men, health workers, the clergy, civilians
        ("the perpetrators", (None, "CRM")),
        ("an abductor", (None, "CRM")),
        ("Colombian terrorists", ("COL", "UAF")),
        ("the terrorists", (None, "UAF")),
        ("a physician", (None, "HLH")),
        ("two Kenyan surgeons", ("KEN", "HLH")),
        ("a nurse", (None, "HLH")),
        ("the dentist", (None, "HLH")),
        ("Carmelite nuns", (None, "REL")),
        ("volunteers", (None, "CVL")),
        ("Peruvian volunteers", ("PER", "CVL")),
        # public bodies: a government agency of any level, and the US state agency for drivers and vehicles
        ("the city agency", (None, "GOV")),
        ("federal agencies", (None, "GOV")),
        ("the DMV", ("USA", "GOV")),
        ("the Department of Motor Vehicles", ("USA", "GOV")),
    ],
)
def test_a_people_word_resolves_to_its_sector(resolver: ActorResolver, phrase: str, expected: tuple[object, object]) -> None:
    assert _code(resolver, phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the adjective "terrorist" names no one: an attack, a trial, a list
        ("the terrorist attack", None),
        ("a terrorism trial", None),
        ("counter-terrorism police", (None, "COP")),
        # an agency that is no public body: travel, advertising, a news agency is the media
        ("the travel agency", None),
        ("an advertising agency", None),
        ("a news agency", (None, "MED")),
        # a volunteer of another sector keeps that sector: a fire department, an army
        ("a volunteer fire department", (None, "GOV")),
        ("army volunteers", (None, "MIL")),
        # a civil office whose title holds a medical word is the government's
        ("the Surgeon General", (None, "GOV")),
        # a verb is no people word
        ("volunteered", None),
    ],
)
def test_other_senses_of_the_new_words_are_not_people(resolver: ActorResolver, phrase: str, expected: object) -> None:
    assert _code(resolver, phrase) == expected


def _actor_at(nlp, coding_context, text: str, phrase: str, nth: int = 0) -> dict:
    from tidings.code._event_support import resolve_actor

    doc = nlp(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return dict(resolve_actor(doc, start, start + len(phrase), context=coding_context, date="2015-05-01") or {})


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # "the university" after a named university of a country: that university (a guess, marked)
        ("Researchers at the University of Toronto sued two drug makers over a vaccine patent in March. "
         "The university said on Friday that it would drop the suit.", "The university", "CAN"),
        ("Students of the University of Nairobi marched on Monday against higher fees. "
         "The university suspended 40 of them on Tuesday.", "The university", "KEN"),
    ],
)
def test_the_university_is_the_one_the_text_named_before(nlp, coding_context, text: str, phrase: str, country: str) -> None:
    actor = _actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("country"), actor.get("sector"), actor.get("country_from")) == (country, "EDU", "document")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # no university named before, and no country the article is about: nothing to take
        ("The university said on Friday that it would raise fees for foreign students.", "The university"),
        # a university named AFTER the phrase says nothing of it
        ("The university suspended 40 students on Tuesday. A professor from Oxford University criticised the suspensions.",
         "The university"),
        # an article about several countries with no home, a university of none of them named before
        ("French and German ministers met Italian officials in Brussels on Monday. Spanish and Dutch envoys joined them. "
         "The university hosted the talks.", "The university"),
    ],
)
def test_the_university_takes_no_country_the_text_does_not_give(nlp, coding_context, text: str, phrase: str) -> None:
    assert _actor_at(nlp, coding_context, text, phrase).get("country") is None


def test_the_university_of_another_country_does_not_override_the_articles_home(nlp, coding_context) -> None:
    # a Kenyan story that names a British university in passing: "the university" is no British one by that alone
    # when the text's own universities are unplaced; the home guess (Kenya) is kept, as for any domestic actor
    text = ("NAIROBI - Kenyan police arrested 12 students in Nairobi on Monday. Kenyan officials said the protest was "
            "illegal. One student had studied at a college in Ghana before. The university closed its gates on Tuesday.")
    actor = _actor_at(nlp, coding_context, text, "The university")
    assert actor.get("country") == "KEN"


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        # a word of position before a city names a part of the city, not a person called "Upper" from there
        ("Upper Edmonton", "CAN"),
        ("Greater Manchester", "GBR"),
        ("Lower Manhattan", "USA"),
        ("Downtown Chicago", "USA"),
    ],
)
def test_a_part_of_a_city_is_a_place(resolver: ActorResolver, phrase: str, country: str) -> None:
    actor = resolver.resolve(phrase, date="2015-05-01") or {}
    assert (actor.get("kind"), actor.get("country"), actor.get("sector")) == ("place", country, None)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the body of such a place keeps its role word: police of Greater Manchester, of Upper Edmonton
        ("Greater Manchester Police", ("group", "GBR", "COP")),
        ("Upper Edmonton police", ("group", "CAN", "COP")),
        # a country whose name begins with a word of position is that country
        ("North Korea", ("country", "PRK", None)),
        # a word of position is no part of a place when no city follows: a bank, an airline, a person's family name
        ("Central Bank", ("group", None, "GOV")),
        ("Southwest Airlines", ("group", None, "BUS")),
        ("Kanye West", None),
    ],
)
def test_a_word_of_position_elsewhere_makes_no_place(resolver: ActorResolver, phrase: str, expected: object) -> None:
    actor = resolver.resolve(phrase, date="2015-05-01")
    assert (None if actor is None else (actor.get("kind"), actor.get("country"), actor.get("sector"))) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # "Georgia" alone after "Georgia Miller" is the girl as often as not: it does not make the story Georgia's
        ("Georgia Miller won the junior figure skating title on Sunday. Georgia is twelve. Georgia began skating at four. "
         "Georgia trains six days a week. Her coach said Georgia had worked hard. Police closed the road near the rink "
         "in Calgary.", "Police", "CAN"),
        # a country named by its name, and no person of that given name: its story
        ("Georgia held local elections on Sunday. Georgia's ruling party won most seats. Observers said Georgia had "
         "improved its voting rules. Police detained two activists in Tbilisi.", "Police", "GEO"),
        # a person whose given name is a country, in a story of that country told by its demonym: still that country's
        ("Israeli Foreign Minister Israel Katz met Israeli lawmakers on Monday. Israeli officials said the talks went "
         "well. Israel Katz later left for Haifa. Police closed two roads in Jerusalem.", "Police", "ISR"),
    ],
)
def test_a_country_name_that_is_a_persons_given_name_does_not_make_the_home(nlp, coding_context, text: str, phrase: str,
                                                                           country: str) -> None:
    actor = _actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("country"), actor.get("country_from")) == (country, "document")
