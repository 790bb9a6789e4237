"""Conflict event types in wire style: clashes, shelling, strikes, grenades, territory taken, abductions, raids, riots.

Sentences written for these tests; each names the CAMEO root (or code) it must get, or one it must not.
"""

from __future__ import annotations

import pytest
from coding_factory import coded


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("Government troops shelled insurgent positions outside Mosul on Sunday.", "194", "shelled"),
        ("Heavy clashes erupted between the army and separatist fighters in the north.", "190", "clashes"),
        ("A Pakistani drone strike hit a compound used by Taliban militants.", "1952", "drone strike"),
        ("Militants threw a grenade at an army checkpoint in Kashmir, injuring two soldiers.", "183", "threw"),
        ("Rebel fighters captured the town of Kidal from government forces.", "192", "captured"),
        ("Kurdish fighters retook the city of Kobani after months of fighting.", "192", "retook"),
        ("Government forces overran the last rebel stronghold in the province.", "192", "overran"),
        ("Soldiers repelled an attack by jihadist fighters on their base near Gao.", "190", "repelled"),
        ("Gunmen kidnapped three aid workers near the border with Chad.", "181", "kidnapped"),
        ("Police arrested 12 activists during a night raid in Harare.", "173", "arrested"),
        ("Riot police fired tear gas at protesters in the capital.", "175", "fired"),
        ("Hundreds of youths rioted in the streets of Lagos after the shooting.", "145", "rioted"),
        ("Protesters hurled stones at police outside the parliament building.", "145", "hurled"),
    ],
)
def test_wire_style_conflict_events_get_their_codes(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith(code) and trigger in e["type"]["trigger"] for e in events), \
        [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Riot police guarded the entrance to the stadium.", "Riot"),  # a classifier of an actor is no riot
        ("Protest leaders met the prime minister on Monday.", "Protest"),
    ],
)
def test_an_event_noun_that_classifies_an_actor_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not any(e["type"]["trigger"] == word for e in coded(nlp, coding_context, text))


def test_an_event_noun_that_classifies_a_thing_still_counts(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "A court in Lima issued arrest warrants for two Chilean businessmen.")
    assert any(e["type"]["cameo"].startswith("173") for e in events)


def test_a_taken_place_is_the_events_location_not_its_target(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Rebel fighters captured the town of Kidal from government forces.")
    taken = [e for e in events if e["type"]["cameo"] == "192"]
    assert taken and (taken[0].get("location") or {}).get("name") == "Kidal"
    assert (taken[0].get("target") or {}).get("name") != "Kidal"


def test_a_clash_names_both_sides_from_its_verbs_between_phrase(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Clashes erupted between Egyptian police and Sudanese migrants in Cairo.")
    sides = {(e.get("source") or {}).get("country") for e in events if e["type"]["cameo"] == "190"}
    sides |= {(e.get("target") or {}).get("country") for e in events if e["type"]["cameo"] == "190"}
    assert {"EGY", "SDN"} <= sides


@pytest.mark.parametrize(
    "text",
    [
        "Three floor plans are offered, each with a garden.",  # a listing: nobody offers anything to anybody
        "Discounts are offered on all winter coats until Sunday.",
    ],
)
def test_a_generic_offer_with_no_actor_is_no_event(nlp, coding_context, text: str) -> None:
    assert coded(nlp, coding_context, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The treaty calls for the demarcation of the border within two years.",  # a document says, nobody acts
        "The plan, which calls for closer cooperation in energy, was drafted last year.",
        "Russia's membership is not threatened by the sanctions, the council's secretary said.",
    ],
)
def test_a_document_or_measure_as_speaker_makes_no_speech_act(nlp, coding_context, text: str) -> None:
    codes = [e["type"]["cameo"][:2] for e in coded(nlp, coding_context, text)]
    assert not {"02", "13"} & set(codes), codes


def test_an_event_noun_classifying_a_document_takes_its_actors_from_the_verb(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Canadian authorities issued a nationwide arrest warrant for a U.S. fugitive on Monday.")
    arrest = [e for e in events if e["type"]["cameo"] == "173"]
    assert arrest and (arrest[0].get("source") or {}).get("country") == "CAN"
