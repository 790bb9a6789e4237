"""'board' is a seizure only when a vessel is boarded (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from tidings.code._event_lexicon import is_vessel
from tidings.code.events import find_events

from test_events_dependency import parse

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
def test_boarding_a_vessel_is_a_seizure_of_it(spec, target):
    [ev] = find_events(parse(spec))
    assert ev.code == "171"
    assert [r.text.split()[-1] for r in ev.targets] == [target]


@pytest.mark.parametrize("spec", [PLANE, TRAIN, NAME_NOT_PREFIXED], ids=["plane", "train", "unprefixed-name"])
def test_boarding_a_plane_or_train_is_no_event(spec):
    assert find_events(parse(spec)) == []


@pytest.mark.parametrize(
    ("spec", "head", "vessel"),
    [(PREFIXED_SHIP, 4, True), (VESSEL_NOUN, 4, True), (PLANE, 4, False), (NAME_NOT_PREFIXED, 4, False)],
    ids=["prefix", "noun", "plane", "unprefixed"],
)
def test_vessel_phrases_are_recognised_from_data(spec, head, vessel):
    assert is_vessel(parse(spec)[head]) is vessel
