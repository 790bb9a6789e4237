"""Who an act is done to: passive subjects and described nouns decide object-bound codes; a possessor is the patient.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def codes(events: list[dict]) -> set[str]:
    return {e["type"]["cameo"] for e in events}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the row "question a suspect" (091) matches the passive's subject and the participle's noun
        ("Two suspects were questioned by detectives in Leeds on Monday.", "091"),
        ("Police in Manila questioned two suspects on Monday.", "091"),
        ("The suspects questioned by police in Manila were released.", "091"),
        # "express outrage" is criticism (111), whatever voice the clause is in
        ("Outrage was expressed by the Polish government over the verdict.", "111"),
        ("The Polish government expressed outrage over the verdict.", "111"),
    ],
)
def test_an_object_bound_row_matches_the_object_in_any_voice(nlp, coding_context, text, code):
    assert code in codes(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "code", "target", "source"),
    [
        # a possessor of what is done to someone is the one it is done to
        ("Police in Ohio confirmed the fugitive's arrest on Tuesday.", "173", "fugitive", None),
        ("The journalist's killing shocked the country, Mexican officials said.", "1823", "journalist", None),
        # with an of-phrase naming the one it is done to, the possessor is the one who acts
        ("Iran's release of the British sailors ended the crisis.", "0841", "British", "Iran"),
        ("Russia's expulsion of two British diplomats angered London.", "166", "diplomats", "Russia"),
        ("The rebels' abduction of three aid workers in Darfur was confirmed on Monday.", "181", "aid workers", "rebels"),
    ],
)
def test_the_possessor_of_an_act_done_to_someone_is_its_target(nlp, coding_context, text, code, target, source):
    [ev] = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"] == code]
    assert target in (ev["target"] or {}).get("text", "")
    assert (source or "") in ((ev["source"] or {}).get("text") or "")
    if source is None:
        assert ev["source"] is None or target not in (ev["source"].get("text") or "")


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # who pleads guilty or confesses to a crime, or is convicted of or charged with it, did it
        ("Two Ohio men were convicted of the killing of a journalist.", "killing", "USA"),
        ("A Texas man pleaded guilty to the murder of his neighbour.", "murder", "USA"),
        ("A Quebec nurse confessed to the stabbing of a patient.", "stabbing", "CAN"),
        ("A Texas man pleaded guilty to murdering his neighbour.", "murdering", "USA"),
    ],
)
def test_the_one_who_owns_up_to_or_is_convicted_of_a_crime_did_it(nlp, coding_context, text: str, trigger: str, country: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger]
    assert events and (events[0].get("source") or {}).get("country") == country, \
        [(e["type"]["cameo"], e["type"]["trigger"], e.get("source")) for e in coded(nlp, coding_context, text)]
