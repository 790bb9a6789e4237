"""Recall of material events (issue 10): acts the coder used to miss (sentences written for these tests).

A death that a charge or a conviction names is the killing the charge alleges ("charged in the death of X": 1823),
coded once beside a crime that names the same killing ("charged with murder in the death of X") but not in place of
another crime of the same charge ("charged in the abduction and death of X": an abduction and a killing).
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded, shown


def _lead(text: str) -> str:
    return "Local news. " + text  # read as a sentence of an article body, not as a headline


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Two soldiers were charged with murder in the death of a shop owner, deputies said.", "soldiers"),
        ("A police officer faces a manslaughter charge in the death of an elderly patient.", "police officer"),
        ("Police arrested a soldier on Friday in the death of a cyclist.", "soldier"),
        ("A police officer was convicted of manslaughter in the death of his neighbour.", "police officer"),
    ],
)
def test_a_death_named_by_a_charge_is_a_killing(nlp, coding_context, text: str, source: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    deaths = [e for e in events if e["type"]["trigger"] == "death"]
    assert [e["type"]["cameo"] for e in deaths] == ["1823"], shown(events)
    assert source in str((deaths[0].get("source") or {}).get("text")), shown(events)
    # the crime that names the same killing is not coded a second time
    assert not any(t in {"murder", "manslaughter"} for _, t in code_triggers(events)), shown(events)


def test_another_crime_of_the_charge_keeps_its_event(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, _lead("A farmhand charged in the kidnapping and death of a teacher is being held in the county jail."))
    codes = dict((t, c) for c, t in code_triggers(events))
    assert codes.get("death") == "1823", shown(events)
    assert codes.get("kidnapping") == "181", shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "After his death in 2010, the family sold the orchard to a neighbour.",
        "Hundreds of mourners marked the death of the former mayor on Sunday.",
        "The inquiry into the death of the climber will open next month.",
    ],
)
def test_a_death_outside_a_charge_is_no_killing(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert not any(t == "death" for _, t in code_triggers(events)), shown(events)
