"""Local governments as actors, and local places that share a foreign place's name (texts written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded


def _actor_at(nlp, coding_context, text: str, phrase: str, *, as_agent: bool = True) -> dict:
    from tidings.code._event_support import resolve_actor

    doc = nlp(text)
    start = text.index(phrase)
    return resolve_actor(doc, start, start + len(phrase), context=coding_context, date="2021-03-02", as_agent=as_agent) or {}


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("The town council voted on Monday to close the pool.", "town council", None),
        ("Oxford City Council pledged to replace the sign. The council met in the Town Hall on St Aldates.", "Oxford City Council", "GBR"),
        ("The Planning and Zoning Commission rejected the permit. The Arlington, Texas, panel met on Tuesday.",
         "Planning and Zoning Commission", None),
        ("Mayo County Council said in a statement that it was happy with its planning policy.", "Mayo County Council", None),
    ],
)
def test_a_council_or_commission_is_a_government_body(nlp, coding_context, text: str, phrase: str, country) -> None:
    actor = _actor_at(nlp, coding_context, text, phrase)
    assert actor.get("sector") == "GOV"
    if country:
        assert actor.get("country") == country


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a county, or a town named as "the City of", that acts is its government
        ("Block will be charged by Black Hawk County with possession of stolen property.", "charged", "USA"),
        ("The man was sued by Cook County last year over unpaid taxes.", "sued", "USA"),
        ("The City of Springfield sued the contractor on Monday, the mayor's office said. The Illinois city wants "
         "its money back.", "sued", "USA"),
    ],
)
def test_a_county_or_town_that_acts_is_its_government(nlp, coding_context, text: str, trigger: str, country: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger]
    assert events, f"no event on {trigger!r}"
    source = events[0].get("source") or {}
    assert (source.get("country"), source.get("sector")) == (country, "GOV")


@pytest.mark.parametrize(
    "text",
    [
        # the county only says where: a conviction in a county's court, a county jail
        "A state appeals court has reversed a Santa Clara County sexual assault conviction on Friday.",
        "Deputies took the man to the Cook County Jail, where he was charged with burglary.",
    ],
)
def test_a_county_named_as_a_place_is_no_actor(nlp, coding_context, text: str) -> None:
    for event in coded(nlp, coding_context, text):
        for role in ("source", "target"):
            assert (event.get(role) or {}).get("name") not in {"Santa Clara County", "Cook County"}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a capital whose namesake is a town of the story's own state, even when the capital outranks that town in
        # the country's context: the counties and towns the story names say the story is American
        ("A Paris man was arrested Sunday on five counts of theft. He is held at the Henry County jail and will "
         "appear in Henry County General Sessions Court on Tuesday.", "Paris man"),
        ("Dublin police arrested two men after a break-in on Monday. Both were taken to the Franklin County jail in "
         "Columbus, Ohio, deputies said.", "Dublin police"),
        # a state named only inside an agency's name ("Kentucky State Police") says where the story is
        ("Officer Rogers charged two London residents with fleeing police. He was assisted by officers from the "
         "Kentucky State Police.", "two London residents"),
        # a country's name before "County" is the county's
        ("Common Pleas Judge Ann Cole of the Guernsey County Common Pleas Court said the docket had doubled. "
         "Guernsey County commissioners met on Monday.", "Common Pleas Judge Ann Cole"),
    ],
)
def test_a_local_story_reads_a_foreign_place_as_its_own_namesake(nlp, coding_context, text: str, phrase: str) -> None:
    assert _actor_at(nlp, coding_context, text, phrase).get("country") == "USA"


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # the country is named: the capital stays itself
        ("French police in Paris arrested a man from Henry County, Georgia, on Monday. France said he was a tourist.",
         "French police", "FRA"),
        # "Guernsey" alone is the island
        ("Police in Guernsey arrested two sailors on Monday. The Guernsey police said the men were British.",
         "Guernsey police", "GGY"),
    ],
)
def test_a_foreign_place_named_as_itself_keeps_its_country(nlp, coding_context, text: str, phrase: str, country: str) -> None:
    assert _actor_at(nlp, coding_context, text, phrase).get("country") == country
