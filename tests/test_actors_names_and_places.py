"""Person names and place names the parser confuses: a city tagged as a person keeps its country, a person's given name
is no town before a role word. Each case with a sentence of the same shape that keeps its reading. Sentences written
for these tests."""
from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def _countries(nlp, coding_context, text: str, trigger: str, role: str) -> list[object]:
    return [(e.get(role) or {}).get("country") for e in coded(nlp, coding_context, text) if trigger in e["type"]["trigger"]]


@pytest.mark.parametrize("text, trigger, role, country", [
    # a known city the parser tags as a person is still the city
    ("Russian strikes on Kharkiv killed four people on Sunday.", "strikes", "target", "UKR"),
    # a word that is the family name of someone the text names in full stays that person
    ("Ana Lima was arrested in Sao Paulo. Lima denied the charges.", "denied", "source", "BRA"),
    # a person's given name before a role word is no town ("Lindsay", Ontario); a town before one still is
    ("Lindsay Lohan's lawyer denied the charges.", "denied", "source", None),
    ("Newark police arrested two men on Friday.", "arrested", "source", "USA"),
])
def test_person_and_place_names_keep_their_readings(nlp, coding_context, text, trigger, role, country):
    assert _countries(nlp, coding_context, text, trigger, role) == [country]
