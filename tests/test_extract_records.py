"""Event records from event candidates: schema, dropping rule, actor pairs, offsets (no model).

The actor, date, place, modality and status engines are replaced by small
stubs here so that these tests check only how event coding assembles records.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from test_events_dependency import ACTIVE, BETWEEN, NEGATED, NOMINAL, parse

import tidings.code as coding
import tidings.code.mentions as mentions
from tidings._types import Actor

SCHEMA = json.loads((Path(coding.__file__).parents[1] / "schema" / "event.schema.json").read_text(encoding="utf-8"))
KNOWN = {"Xi": "CHNGOV", "Kim": "PRKGOV", "China": "CHN", "Beijing": "CHN", "Gondor": "GON", "Arnor": "ARN"}


def stub_actor(doc, start, end, *, context, offset=0, date=None, as_agent=True, fixed=None, text=None):
    if fixed:
        return Actor(name=fixed[1], code=fixed[0], country=fixed[0], sector=None, kind="country", text=text, start=start + offset, end=end + offset)
    name = doc.text[start:end]
    code = KNOWN.get(name)
    if code is None:
        return None
    kind = "country" if len(code) == 3 else "person"
    return Actor(name=name, code=code, country=code[:3], sector=code[3:] or None, kind=kind, text=name, start=start + offset, end=end + offset)


@pytest.fixture(autouse=True)
def engines(monkeypatch):
    monkeypatch.setattr(mentions, "resolve_actor", stub_actor)
    monkeypatch.setattr(mentions, "modality_for", lambda doc, i, *, context, offset=0, title=False, own_failure=False: {"labels": [], "cues": [], "probability": None})
    monkeypatch.setattr(mentions, "attribution_for", lambda doc, i, *, context, offset=0: None)
    monkeypatch.setattr(mentions, "mention_status", lambda modality, cited, *, lexicon, outlet_kind=None, **facts: ("denied", 0.1) if "negated" in modality["labels"] else ("reported", 0.8))
    monkeypatch.setattr(mentions, "event_date_for", lambda *a, **k: None)
    monkeypatch.setattr(mentions, "event_location_for", lambda doc, sent, i, place, *, context, offset=0, actor_spans=(), country=None: None if place is None else {
        "name": place.text, "country": None, "lat": None, "lon": None, "geonameid": None, "text": place.text, "start": place.start + offset, "end": place.end + offset})


DOCUMENT = {"id": "d1", "published": "2018-03-28", "outlet": "Example Times"}


def events_of(spec, ents=None, offset=0, *, context):
    doc = parse(spec, ents)
    return coding.events_from_doc(doc, {**DOCUMENT, "text": doc.text}, context=context, offset=offset)


@pytest.mark.parametrize("spec", [ACTIVE, NEGATED, NOMINAL, BETWEEN])
def test_records_validate_against_the_export_schema(coding_context, spec):
    events = events_of(spec, {"Beijing": "GPE", "China": "GPE"}, context=coding_context)
    assert events
    for ev in events:
        jsonschema.validate(ev, SCHEMA)
        assert len(ev["mentions"]) == 1 and ev["documents"] == 1
        assert ev["status_history"][0]["as_of"] == "2018-03-28"


def test_record_carries_codebook_facts_and_actor_codes(coding_context):
    [ev] = events_of(ACTIVE, context=coding_context)
    assert ev["type"]["cameo"] == "040" and ev["type"]["plover"] == "CONSULT" and ev["type"]["quad_class"] == 1
    assert (ev["source"]["code"], ev["target"]["code"]) == ("CHNGOV", "PRKGOV")
    text = "Xi met Kim."
    s, e = ev["mentions"][0]["spans"]["trigger"]
    assert text[s:e] == "met"


def test_visit_to_a_place_targets_the_host_government_and_sets_the_location(coding_context):
    [ev] = events_of(NOMINAL, {"Beijing": "GPE"}, context=coding_context)
    assert ev["type"]["cameo"] == "042"
    assert ev["target"]["code"] == "CHNGOV" and ev["target"]["sector"] == "GOV"
    assert ev["location"]["name"] == "Beijing"


def test_negation_reaches_the_record(coding_context):
    [ev] = events_of(NEGATED, context=coding_context)
    assert ev["negated"] is True and ev["status"] == "denied"


def test_symmetric_event_between_two_parties_is_coded_both_ways(coding_context):
    pairs = {(ev["source"]["code"], ev["target"]["code"]) for ev in events_of(BETWEEN, context=coding_context)}
    assert pairs == {("GON", "ARN"), ("ARN", "GON")}


WEAK_NO_ACTOR = """
They they PRON PRP nsubj 2
attacked attack VERB VBD ROOT 0
it it PRON PRP dobj 2
. . PUNCT . punct 2
"""

STRONG_NO_ACTOR = """
The the DET DT det 2
execution execution NOUN NN nsubj 3
shocked shock VERB VBD ROOT 0
observers observer NOUN NNS dobj 3
. . PUNCT . punct 3
"""

WEAK_WITH_ACTOR = """
Gondor Gondor PROPN NNP nsubj 2
attacked attack VERB VBD ROOT 0
Arnor Arnor PROPN NNP dobj 2
. . PUNCT . punct 2
"""


@pytest.mark.parametrize(
    "spec, kept",
    # a country attacking a country is armed force (190), as a state's attack is
    [(WEAK_NO_ACTOR, []), (STRONG_NO_ACTOR, [("1823", None, None)]), (WEAK_WITH_ACTOR, [("190", "GON", "ARN")])],
    ids=["weak-without-actors-dropped", "strong-without-actors-kept", "weak-with-actors-kept"],
)
def test_dropping_rule_for_weak_triggers_without_actors(coding_context, spec, kept):
    got = [(e["type"]["cameo"], e["source"] and e["source"]["code"], e["target"] and e["target"]["code"]) for e in events_of(spec, context=coding_context)]
    assert got == kept


@pytest.mark.parametrize("offset", [0, 37])
def test_offsets_of_a_chunk_are_shifted_into_the_document(coding_context, offset):
    [ev] = events_of(ACTIVE, offset=offset, context=coding_context)
    spans = ev["mentions"][0]["spans"]
    assert spans["trigger"] == [3 + offset, 6 + offset]
    assert spans["source"] == [0 + offset, 2 + offset]
    assert ev["mentions"][0]["start"] == offset


def test_event_ids_are_stable_and_distinct(coding_context):
    a = [e["id"] for e in events_of(BETWEEN, context=coding_context)]
    b = [e["id"] for e in events_of(BETWEEN, context=coding_context)]
    assert a == b and len(set(a)) == len(a)


def test_unresolved_head_falls_back_to_its_apposition(coding_context):
    from test_events_dependency import APPOSITION

    [ev] = events_of(APPOSITION, context=coding_context)
    assert ev["source"]["code"] == "CHNGOV" and ev["target"]["code"] == "PRKGOV"
