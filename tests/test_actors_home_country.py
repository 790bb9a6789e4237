"""A domestic actor the text gives no country takes the country its article is about (texts written for these tests)."""

from __future__ import annotations

import pytest

from tidings.code.mentions import events_from_doc


def sources(nlp, coding_context, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    events = events_from_doc(doc, {"id": "t", "text": text, "published": "2021-03-02", "outlet": None}, context=coding_context)
    return {e["type"]["trigger"]: (e.get("source") or {}).get("country") for e in events}


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # the dateline and the actors name Kenya: "police" are Kenya's
        ("NAIROBI - Kenyan officials met opposition leaders on Monday. Police arrested 12 protesters outside parliament.", "arrested", "KEN"),
        # no dateline; the article's actors are Peruvian: "the president" is Peru's
        ("Peru's congress debated the budget for hours. Peruvian lawmakers later voted. The president condemned the vote.", "condemned", "PER"),
    ],
)
def test_a_domestic_actor_takes_the_country_its_article_is_about(nlp, coding_context, text, trigger, country) -> None:
    assert sources(nlp, coding_context, text).get(trigger) == country


def test_no_country_is_given_when_none_dominates(nlp, coding_context) -> None:
    text = "French officials met German officials in Brussels. Italian and Spanish ministers joined. Police arrested two protesters."
    assert sources(nlp, coding_context, text).get("arrested") is None


def _country_at(nlp, coding_context, text: str, phrase: str, *, as_agent: bool = True) -> str | None:
    from tidings.code._event_support import resolve_actor

    doc = nlp(text)
    start = text.index(phrase)
    actor = resolve_actor(doc, start, start + len(phrase), context=coding_context, date="2021-03-02", as_agent=as_agent)
    return (actor or {}).get("country")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a US town that shares its name with a European capital: the state, county and towns the story names say which
        ("LONDON, Ky. - London Police arrested two people on drug charges on Tuesday. Officers found stolen items in a car "
         "parked in Laurel County, police said.", "London Police"),
        ("The Athens Police Department arrested a 30-year-old man on Monday. He was taken to the Henderson County Jail, "
         "where bond was set at $5,000.", "Athens Police Department"),
        ("Mary Ellis, 31, of Paris, appeared in court on Thursday. She is held by the Edgar County Sheriff's Department "
         "and will be tried in Urbana.", "Mary Ellis"),
        # a Welsh city's namesake beside a South Carolina county
        ("A trooper shot a man in Swansea last week. The man, of Swansea, is held at the Lexington County jail.", "trooper"),
    ],
)
def test_a_local_us_story_reads_a_foreign_capital_as_its_us_namesake(nlp, coding_context, text: str, phrase: str) -> None:
    assert _country_at(nlp, coding_context, text, phrase) == "USA"


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # the capital's own country is named: the capital stays itself, whatever else the story names
        ("Greek police in Athens arrested a man from Orange County on Monday. The Greek officers said he was a tourist.",
         "Athens", "GRC"),
        ("French police in Paris questioned a student from Urbana, Illinois, on Friday.", "Paris", "FRA"),
    ],
)
def test_a_capital_whose_country_the_text_names_keeps_its_country(nlp, coding_context, text: str, phrase: str,
                                                                  country: str) -> None:
    assert _country_at(nlp, coding_context, text, phrase, as_agent=False) == country


def test_a_country_named_as_a_partner_does_not_outweigh_the_local_actors(nlp, coding_context) -> None:
    # the United States is named twice as a trading partner; the actors and places are South Korea's
    text = ("South Korean officials in Seoul defended beef imports from the United States on Sunday. Thousands of "
            "protesters marched in Busan against the U.S. beef. Police blocked the protesters near the city hall.")
    assert _country_at(nlp, coding_context, text, "Police") == "KOR"



@pytest.mark.parametrize(
    "text",
    [
        # the agency in a dateline filed the story; it says nothing of where the story is
        "NAIROBI, Kenya (AP) - Kenyan officials met opposition leaders. Police arrested 12 protesters outside parliament.",
        "NAIROBI (AP) -- Kenyan officials met opposition leaders. Police arrested 12 protesters outside parliament.",
    ],
)
def test_the_agency_of_a_dateline_is_no_evidence_of_the_home_country(nlp, coding_context, text: str) -> None:
    assert _country_at(nlp, coding_context, text, "Police") == "KEN"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a country's name before a word for a person is a town's: the story's country has a town of that name
        ("A 41-year-old Lebanon man was arrested Tuesday at a home in Boone County, the Indiana State Police said. "
         "Troopers took him to the county jail.", "Lebanon man"),
        ("Sheriff's deputies arrested a Palestine woman after a traffic stop in Anderson County, Texas, on Friday. "
         "She was taken to the county jail in Palestine.", "Palestine woman"),
        # a town's name after "New" is no capital's
        ("New Berlin Police Chief Ann Cole said officers in Waukesha County searched the park on Sunday.", "New Berlin Police Chief Ann Cole"),
        # a town the parser took for a person, before a word for people, read in the story's country
        ("Alexandria parents were charged with hitting their child. Both live on Memphis Street in Rapides Parish, "
         "Louisiana, police said.", "Alexandria parents"),
    ],
)
def test_a_local_story_reads_a_country_or_capital_named_as_a_town_as_its_namesake(nlp, coding_context, text: str,
                                                                                  phrase: str) -> None:
    assert _country_at(nlp, coding_context, text, phrase) == "USA"


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # a demonym or a country's name used as a country keeps the country
        ("A Lebanese man was arrested in Beirut on Tuesday. Lebanon's army said he had smuggled weapons.", "Lebanese man", "LBN"),
        ("Troops from Lebanon crossed into the valley. The men were stopped in Boone County, officials said.", "Troops from Lebanon", "LBN"),
        # a capital and its own country stay themselves
        ("Berlin police said on Monday that German officers had arrested two men.", "Berlin police", "DEU"),
    ],
)
def test_a_country_used_as_a_country_keeps_its_country(nlp, coding_context, text: str, phrase: str, country: str) -> None:
    assert _country_at(nlp, coding_context, text, phrase) == country


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # an organisation's one-word name ending a person's name is a family name
        ('"We need reform first," said Rep. Joseph F. Wagner, D-Chicopee, at the State House in Boston, Massachusetts.',
         "Rep. Joseph F. Wagner", "USA"),
        # the organisation itself keeps its country
        ("Wagner fighters attacked the town, a spokesman for the Russian defence ministry said.", "Wagner fighters", "RUS"),
    ],
)
def test_an_organisation_name_as_a_family_name_is_a_person(nlp, coding_context, text: str, phrase: str, country: str) -> None:
    assert _country_at(nlp, coding_context, text, phrase) == country


def test_a_us_state_named_beside_other_states_is_the_state_even_when_another_country_is_named(nlp, coding_context) -> None:
    text = ("ATLANTA - A man from Arizona, a woman from Oregon and a Chicago resident were charged on Tuesday. A British "
            "doctor was also questioned. Prosecutors said the three had violated Georgia's law.")
    assert _country_at(nlp, coding_context, text, "Georgia", as_agent=False) == "USA"
