"""Vehicles and vessels in event coding: boarding a vessel is a seizure, a vehicle's passenger travels (hand-built parses, no model)."""

from __future__ import annotations

import pytest
from test_events_dependency import parse

from tidings.code._event_lexicon import is_vessel
from tidings.code.events import find_events

PREFIXED_SHIP = """
Marines marine NOUN NNS nsubj 2
boarded board VERB VBD ROOT 0
the the DET DT det 5
MV MV PROPN NNP compound 5
Nordlys Nordlys PROPN NNP dobj 2
. . PUNCT . punct 2
"""

SPLIT_PREFIX = """
Coastguards coastguard NOUN NNS nsubj 2
boarded board VERB VBD ROOT 0
the the DET DT det 7
M M PROPN NNP compound 7
/ / SYM SYM punct 7
V V PROPN NNP compound 7
Halcyon Halcyon PROPN NNP dobj 2
. . PUNCT . punct 2
"""

VESSEL_NOUN = """
Pirates pirate NOUN NNS nsubj 2
boarded board VERB VBD ROOT 0
a a DET DT det 5
grain grain NOUN NN compound 5
freighter freighter NOUN NN dobj 2
. . PUNCT . punct 2
"""

PLANE = """
The the DET DT det 2
envoy envoy NOUN NN nsubj 3
boarded board VERB VBD ROOT 0
a a DET DT det 5
plane plane NOUN NN dobj 3
. . PUNCT . punct 3
"""

TRAIN = """
Delegates delegate NOUN NNS nsubj 2
boarded board VERB VBD ROOT 0
the the DET DT det 5
night night NOUN NN compound 5
train train NOUN NN dobj 2
. . PUNCT . punct 2
"""

NAME_NOT_PREFIXED = """
Troops troop NOUN NNS nsubj 2
boarded board VERB VBD ROOT 0
Air Air PROPN NNP compound 5
Force Force PROPN NNP compound 5
One One PROPN NNP dobj 2
. . PUNCT . punct 2
"""


@pytest.mark.parametrize(
    ("spec", "target"),
    [(PREFIXED_SHIP, "Nordlys"), (SPLIT_PREFIX, "Halcyon"), (VESSEL_NOUN, "freighter")],
    ids=["ship-name-prefix", "prefix-split-by-slash", "vessel-noun"],
)
def test_boarding_a_vessel_is_a_seizure_of_it(coding_context, spec, target):
    [ev] = find_events(parse(spec), coding_context.events)
    assert ev.code == "171"
    assert [r.text.split()[-1] for r in ev.targets] == [target]


@pytest.mark.parametrize("spec", [PLANE, TRAIN, NAME_NOT_PREFIXED], ids=["plane", "train", "unprefixed-name"])
def test_boarding_a_plane_or_train_is_no_event(coding_context, spec):
    assert find_events(parse(spec), coding_context.events) == []


@pytest.mark.parametrize(
    ("spec", "head", "vessel"),
    [(PREFIXED_SHIP, 4, True), (VESSEL_NOUN, 4, True), (PLANE, 4, False), (NAME_NOT_PREFIXED, 4, False)],
    ids=["prefix", "noun", "plane", "unprefixed"],
)
def test_vessel_phrases_are_recognised_from_data(spec, head, vessel):
    assert is_vessel(parse(spec)[head]) is vessel


CARRIED = """
A a DET DT det 3
military military ADJ JJ amod 3
plane plane NOUN NN nsubj 4
carried carry VERB VBD ROOT 0
the the DET DT det 6
envoy envoy NOUN NN dobj 4
to to ADP IN prep 4
Havana Havana PROPN NNP pobj 7
. . PUNCT . punct 4
"""

NOT_A_VEHICLE = """
The the DET DT det 2
company company NOUN NN nsubj 3
carried carry VERB VBD ROOT 0
the the DET DT det 5
minister minister NOUN NN dobj 3
. . PUNCT . punct 3
"""

TRIP_THEN_PASSENGER = """
The the DET DT det 2
convoy convoy NOUN NN nsubj 3
reached reach VERB VBD ROOT 0
Kabul Kabul PROPN NNP dobj 3
and and CCONJ CC cc 3
the the DET DT det 7
convoy convoy NOUN NN nsubj 8
ferried ferry VERB VBD conj 3
the the DET DT det 10
envoy envoy NOUN NN dobj 8
. . PUNCT . punct 3
"""


def test_a_vehicle_carrying_someone_is_their_trip(coding_context):
    [ev] = find_events(parse(CARRIED, {"Havana": "GPE"}), coding_context.events)
    assert ev.code == "042" and ev.vehicle == "plane"
    assert [r.text for r in ev.sources] == ["the envoy"] and [r.text for r in ev.targets] == ["Havana"]


def test_carrying_by_a_non_vehicle_is_no_trip(coding_context):
    assert [ev for ev in find_events(parse(NOT_A_VEHICLE), coding_context.events) if ev.code == "042"] == []


def test_a_passenger_travels_where_the_vehicle_went(coding_context, monkeypatch):
    from tidings.code._event_lexicon import LexEntry

    lex = coding_context.events
    reach = LexEntry("V", "reach", None, None, False, "042", True)
    monkeypatch.setitem(lex.entries, ("V", "reach"), [reach])
    events = find_events(parse(TRIP_THEN_PASSENGER, {"Kabul": "GPE"}), lex)
    passenger = [ev for ev in events if ev.trigger_text == "ferried"]
    assert passenger and [r.text for r in passenger[0].sources] == ["the envoy"]
    assert [r.text for r in passenger[0].targets] == ["Kabul"]
