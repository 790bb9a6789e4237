"""Titles and names that used to mislead the actor engine: civil offices ending in "general", a city office before a name.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def sources(events: list[dict]) -> list[tuple[object, object]]:
    return [((e.get("source") or {}).get("text"), (e.get("source") or {}).get("code")) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # a director general or a secretary general holds a civil office, no military rank
        "The director general of the health agency met the Indian health minister.",
        "The secretary general of the ministry visited Nairobi on Monday.",
        "The surgeon general criticised the tobacco industry.",
    ],
)
def test_a_civil_office_ending_in_general_is_no_military_rank(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert events and not any(((e.get("source") or {}).get("sector") == "MIL") for e in events), sources(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a military rank stays one
        ("General Ahmed Salah met the Egyptian defence minister.", "MIL"),
        ("Brigadier General Omar Farouk visited the Sudanese border.", "MIL"),
    ],
)
def test_a_military_rank_stays_military(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(((e.get("source") or {}).get("sector") == code) for e in events), sources(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a city's office before a name gives the city's country, whoever else shares the family name
        ("London Mayor Sadiq Khan condemned the attack.", "GBRGOV"),
        ("Tokyo Governor Yuriko Koike criticised the central government.", "JPNGOV"),
        ("Chicago Mayor Rahm Emanuel criticised the police union.", "USAGOV"),
    ],
)
def test_a_city_office_title_gives_the_city_country(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any((e.get("source") or {}).get("code") == code for e in events), sources(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a known person named by family name alone, or in full, is still found
        ("Imran Khan condemned the attack.", "PAKGOV"),
        ("Prime Minister Khan condemned the attack.", "PAKGOV"),
        # a function word, a weekday or a month before the family name is no given name
        ("As Khan landed in Beijing, he met Xi Jinping.", "PAKGOV"),
        ("On Monday Khan met Xi Jinping in Beijing.", "PAKGOV"),
        ("In March Khan condemned the attack.", "PAKGOV"),
    ],
)
def test_a_known_person_is_still_found_by_name(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any((e.get("source") or {}).get("code") == code for e in events), sources(events)
