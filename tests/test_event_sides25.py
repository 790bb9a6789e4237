"""Sides of arrests, captures and convictions in fresh news: who holds someone "in custody", pirates of no stated
country, a demonym's variant ("Somalian"), the one convicted of a crime with a date between. Each case with a
sentence of the same shape that keeps its reading. Sentences written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import coded


def _sides(events: list[dict], trigger: str) -> list[tuple]:
    return [((e.get("source") or {}).get("text"), (e.get("source") or {}).get("country"),
             (e.get("target") or {}).get("text"), (e.get("target") or {}).get("country"))
            for e in events if e["type"]["trigger"] == trigger]


pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, trigger, expected", [
    # the one who has someone in custody holds him
    ("Police in Queens have a suspect in custody after a hit and run.", "custody", [("Police in Queens", "USA", "suspect", "USA")]),
    # pirates the text gives no country keep none, as other unknown perpetrators (settling rule 14); a demonym's
    # variant gives its country
    ("The Indian Navy said its warship INS Tabar had left Mumbai for the Gulf of Aden. Indian navy commandos captured the "
     "pirates on Friday.", "captured", [("Indian navy", "IND", "pirates", None)]),
    ("The Indian navy has captured 23 Somalian pirates.", "captured", [("Indian navy", "IND", "Somalian pirates", "SOM")]),
])
def test_sides_of_arrests_and_captures(nlp, coding_context, text, trigger, expected):
    assert _sides(coded(nlp, coding_context, text), trigger) == expected


@pytest.mark.parametrize("text", [
    # the one convicted did the crime, whatever date stands between the verb and its of-phrase
    "Peterson was convicted Nov. 12 of first-degree murder.",
    "Peterson was convicted on Friday of murder.",
    "Peterson was convicted of murder.",
])
def test_the_one_convicted_did_the_crime(nlp, coding_context, text):
    assert [s for s, _c, _t, _tc in _sides(coded(nlp, coding_context, text), "murder")] == ["Peterson"]


@pytest.mark.parametrize("text, trigger", [
    # subduing a suspect is an arrest (settling rule 34)
    ("He was subsequently tased by police.", "tased"),
    ("Officers handcuffed the suspect after a struggle.", "handcuffed"),
])
def test_subduing_a_suspect_is_an_arrest(nlp, coding_context, text, trigger):
    assert [e["type"]["cameo"] for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger] == ["173"]


def test_bvi_is_the_british_virgin_islands(nlp, coding_context):
    events = coded(nlp, coding_context, "BVI Premier Andrew Fahie has been detained in the United States on drug charges.")
    assert [(e.get("target") or {}).get("country") for e in events if e["type"]["trigger"] == "detained"] == ["VGB"]


@pytest.mark.parametrize("text, trigger, expected", [
    # who brings charges or aid does the act the noun names
    ("Prosecutors brought charges against the former mayor.", "charges", [("Prosecutors", "former mayor")]),
    ("The storm brought heavy rain to the coast.", "rain", []),
])
def test_who_brings_an_act_does_it(nlp, coding_context, text, trigger, expected):
    events = [e for e in coded(nlp, coding_context, text) if trigger in e["type"]["trigger"]]
    assert [((e.get("source") or {}).get("text"), (e.get("target") or {}).get("text")) for e in events] == expected
