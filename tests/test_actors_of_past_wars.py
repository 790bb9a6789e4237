"""Actors of the wars and crises of the second half of the twentieth century and after: Vietnam's North and South,
names holding a city's name, small places abroad that are not where a story is, and the armed groups, movements
and leaders the knowledge now names.

Sentences written for these tests. Each case that changed comes with one of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "published", "trigger", "source"),
    [
        # "the North" is the North of the divided country the text names: Vietnam's in a story of Vietnam's war
        ("North Vietnamese troops shelled the provincial capital. The North launched its offensive across the "
         "demilitarized zone on March 30.", "1972-05-01", "launched", "VNM"),
        ("South Vietnamese officials met in Saigon on Monday. The South rejected the proposal on Tuesday.",
         "1972-05-01", "rejected", "VNM"),
        # ... and Korea's where the text names Korea
        ("South Korean officials met in Seoul on Monday. The North rejected the proposal on Tuesday.",
         "2018-05-01", "rejected", "PRK"),
        # a person's name holding a city's name is that person, not the city's state
        ("President Nguyen Van Thieu rejected the proposal on Monday.", "1970-05-01", "rejected", "VNM"),
        # the city standing alone or beside a role stays the city
        ("Police in Van arrested two journalists on Tuesday.", "1998-05-01", "arrested", "TUR"),
        # the Viet Cong, the Saigon government
        ("Viet Cong guerrillas blew up a hotel in Saigon on Sunday.", "1965-02-08", "blew", "VNM"),
        ("Saigon rejected the proposal on Tuesday.", "1972-05-01", "rejected", "VNM"),
    ],
)
def test_the_side_is_the_one_the_story_is_about(nlp, coding_context, text: str, published: str, trigger: str,
                                                source: str) -> None:
    events = coded(nlp, coding_context, text, published=published)
    assert [s for s, _ in sides(events, trigger)][:1] == [source], described(events)


def test_a_city_inside_a_persons_name_is_part_of_the_name(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Dutch Prime Minister Dries Van Agt visited Bonn on Monday.", published="1978-05-01")
    assert [(e.get("source") or {}).get("text") for e in events if e["type"]["trigger"] == "visited"] == [
        "Dutch Prime Minister Dries Van Agt"], described(events)


def test_the_north_without_its_country_named_is_no_north_korea(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The North launched its offensive across the border on March 30.", published="1972-05-01")
    assert "PRK" not in {s for s, _ in sides(events, "launched")}, described(events)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # a story its actors place in one country it names: a small place of the same name abroad, of a country the
        # text never names (a port in Ontario), is not counted towards where the story is
        ("Argentine marines landed near Port Stanley on Friday. Argentina's government said its troops took the "
         "airport, Argentine officials said. The United States urged restraint.", False),
        # ... but a place of a country the text names is
        ("Argentine marines landed near Port Stanley on Friday. Argentina's government said its troops took the "
         "airport, Argentine officials said. Canada urged restraint.", True),
    ],
)
def test_a_small_place_abroad_is_not_counted_for_the_story(nlp, coding_context, text: str, counted: bool) -> None:
    from tidings.code._event_support import _add_places
    from tidings.code.actors import document_actors

    doc = nlp(text)
    actors = document_actors(doc, resolver=coding_context.resolver, published="1982-04-02")
    _add_places(doc, actors, coding_context)
    assert ("CAN" in actors._places) is counted, dict(actors._places)


@pytest.mark.parametrize(
    ("name", "date", "country", "sector"),
    [
        ("the Viet Cong", "1968-02-01", "VNM", "REB"),
        ("Provisional Revolutionary Government", "1972-01-01", "VNM", "REB"),
        ("al-Shabaab", "2011-08-06", "SOM", "REB"),
        ("the Islamic Courts Union", "2006-06-05", "SOM", "REB"),
        ("the Polisario Front", "1991-09-06", "ESH", "SEP"),
        ("the Armed Islamic Group", "1996-03-27", "DZA", "REB"),
        ("Ulster Volunteer Force", "1994-06-18", "GBR", "PRM"),
        # an organisation's sector is the one of the day
        ("the Sandinistas", "1978-08-22", "NIC", "REB"),
        ("the Sandinistas", "1985-05-01", "NIC", "GOV"),
        ("the Sandinistas", "1995-05-01", "NIC", "OPP"),
        ("Renamo", "1987-07-18", "MOZ", "REB"),
        ("Renamo", "2013-10-21", "MOZ", "OPP"),
        ("the ANC", "1986-06-12", "ZAF", "OPP"),
        ("the ANC", "2009-04-22", "ZAF", "PTY"),
        # people in their offices
        ("President Thieu", "1970-05-01", "VNM", "GOV"),
        ("Gen. Giap", "1968-02-01", "VNM", "GOV"),
        ("Siad Barre", "1990-07-06", "SOM", "GOV"),
        ("President Botha", "1986-06-12", "ZAF", "GOV"),
        ("Pik Botha", "1986-06-12", "ZAF", "GOV"),
        ("Morgan Tsvangirai", "2005-03-01", "ZWE", "OPP"),
        ("Liamine Zeroual", "1995-11-17", "DZA", "GOV"),
        ("Rafsanjani", "1986-06-12", "IRN", "LEG"),
        ("Rafsanjani", "1993-06-12", "IRN", "GOV"),
    ],
)
def test_the_knowledge_names_the_actor_of_the_day(coding_context, name: str, date: str, country: str, sector: str) -> None:
    actor = coding_context.resolver.resolve(name, date=date)
    assert actor is not None and (actor["country"], actor["sector"]) == (country, sector), actor


@pytest.mark.parametrize(("name", "date"), [("Botha", "1986-06-12"), ("Huong", "1970-05-01")])
def test_a_name_that_is_no_one_leaders_alone_stays_open(coding_context, name: str, date: str) -> None:
    # both Bothas held office in 1986; "Huong" is a given name many Vietnamese share, not Tran Van Huong's family name
    actor = coding_context.resolver.resolve(name, date=date)
    assert actor is None or actor.get("name") not in {"P. W. Botha", "Pik Botha", "Tran Van Huong"}, actor


@pytest.mark.parametrize(
    ("name", "date", "person"),
    [
        # a middle initial the knowledge lists the name without
        ("Defense Secretary Donald H. Rumsfeld", "2002-05-01", "Donald Rumsfeld"),
        # a name listed with its initial keeps it
        ("George W. Bush", "2005-05-01", "George W. Bush"),
    ],
)
def test_a_middle_initial_does_not_hide_a_known_name(coding_context, name: str, date: str, person: str) -> None:
    actor = coding_context.resolver.resolve(name, date=date)
    assert actor is not None and actor["name"] == person, actor


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an apposition says who a person is when the knowledge's namesake died before the day
        ("Madani, a Moroccan activist, criticised the government in Rabat.", "criticised", "MAR"),
        # a living person keeps the knowledge's reading
        ("Ted Cruz, the Canadian-born senator, criticised the plan in Washington.", "criticised", "USA"),
    ],
)
def test_an_apposition_tells_who_a_dead_namesake_is(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text, published="2021-06-01")
    assert [s for s, _ in sides(events, trigger)][:1] == [source], described(events)


def test_a_name_known_with_another_initial_is_someone_else(coding_context) -> None:
    # James A. Baker is known by his initial: James W. Baker is another man
    actor = coding_context.resolver.resolve("James W. Baker", date="1990-05-01")
    assert (actor or {}).get("name") != "James Baker", actor
