"""End-to-end acceptance on the packaged demo corpus (the seizure of the tanker Marisol Dawn).

The corpus and the arcs it must yield are described in
``src/tidings/data/demo/README.md``. The corpus is ingested once into a
temporary store; each test checks one arc.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow]

CORPUS = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "demo"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from conftest import ingest_into_store

    files = sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".html", ".jsonl"})
    st = ingest_into_store(files, tmp_path_factory.mktemp("e2e_demo"))
    yield st
    st.close()


@pytest.fixture(scope="module")
def events(store) -> list[dict[str, Any]]:
    return list(store.iter_events())


@pytest.fixture(scope="module")
def docs(store) -> dict[str, dict[str, Any]]:
    """Documents by file name; the two JSONL briefs as ``08-briefs.jsonl:es`` / ``:en``."""
    out = {}
    for d in store.iter_documents():
        name = Path(d["source_path"]).name
        if name.endswith(".jsonl"):
            name = f"{name}:{d['language']}"
        out[name] = d
    return out


def _doc(docs: dict, prefix: str) -> dict:
    (found,) = [d for name, d in docs.items() if name.startswith(prefix)]
    return found


def _year(ev: dict) -> int | None:
    start = (ev.get("date") or {}).get("start")
    return int(start[:4]) if start else None


def _names(ev: dict) -> str:
    return " | ".join(str((ev.get(s) or {}).get("name") or "") for s in ("source", "target"))


@pytest.fixture(scope="module")
def seizure(events) -> dict:
    found = [
        ev for ev in events
        if ev["type"]["cameo"].startswith("171") and (ev.get("date") or {}).get("start") == "2025-09-07"
        and (ev.get("source") or {}).get("country") == "IRN"
    ]
    assert len(found) == 1, [(e["id"], _names(e)) for e in found]
    return found[0]


def test_seizure_is_one_iranian_event_reported_by_three_outlets(seizure, docs):
    assert (seizure["source"] or {}).get("country") == "IRN"
    mention_docs = {m["document"] for m in seizure["mentions"]}
    for prefix in ("01-", "02-", "03-"):
        assert _doc(docs, prefix)["id"] in mention_docs, prefix


def test_republished_copy_is_linked_and_not_an_independent_source(seizure, docs):
    copy, original = _doc(docs, "06-"), _doc(docs, "03-")
    assert copy["duplicate_of"] == original["id"]
    assert all(copy["id"] not in src["documents"] for src in seizure["sources"])
    rival = {c["mention"] for c in seizure.get("rival_claims") or []}
    supporting = {m["document"] for m in seizure["mentions"] if m["id"] not in rival}
    originals = {d["original_outlet"] or d["outlet"] for d in docs.values() if d["id"] in supporting}
    # one source per original outlet at least (a named source an outlet cites counts on its own)
    assert seizure["independent_sources"] == len(seizure["sources"]) >= len(originals) >= 3
    assert all(src["documents"] and set(src["documents"]) <= supporting for src in seizure["sources"])


def test_seizure_goes_from_unconfirmed_to_confirmed_by_state_media(seizure):
    history = seizure["status_history"]
    assert seizure["status"] == "confirmed"
    assert history[0]["status"] == "unconfirmed" and history[0]["as_of"] == "2025-09-08"
    confirmed = [h for h in history if h["status"] == "confirmed"]
    assert confirmed[0]["as_of"] == "2025-09-09" and "IRNA" in str(confirmed[0].get("by"))


def test_houthi_claim_is_a_refuted_rival_claim_not_a_second_seizure(seizure, events):
    claims = [c for c in seizure.get("rival_claims") or [] if "Houthi" in str(c.get("claim"))]
    assert claims and all(c["status"] == "refuted" for c in claims), seizure.get("rival_claims")
    others = [ev for ev in events if ev["type"]["cameo"].startswith("17") and _year(ev) == 2025 and ev["id"] != seizure["id"]]
    assert not [ev for ev in others if "Houthi" in _names(ev)]


def test_dateline_place_is_never_an_actor(events, docs):
    datelines = {d["text"].split("—", 1)[0].strip() for d in docs.values() if "—" in d["text"][:40]}
    for ev in events:
        for side in ("source", "target"):
            actor = ev.get(side) or {}
            assert not (actor.get("start") == 0 and actor.get("text") in datelines), (ev["id"], actor)


@pytest.mark.parametrize(
    ("doc_prefix", "country"),
    [
        pytest.param("03-", "IRN", id="iran-denies-warning-shots"),
        pytest.param("08-briefs.jsonl:en", "GRC", id="greece-denies-swap-talks"),
    ],
)
def test_government_denials_are_recorded(events, docs, doc_prefix, country):
    doc_id = _doc(docs, doc_prefix)["id"]
    denied = [
        ev for ev in events
        if ev["status"] in {"denied", "disputed"} and any(m["document"] == doc_id for m in ev["mentions"])
    ]
    assert denied, f"no denied event from {doc_prefix}"


@pytest.mark.parametrize(
    ("words", "deadline", "resolution"),
    [
        pytest.param("crew", "2025-09-17", "came_true", id="crew-release-came-true"),
        pytest.param("Friday", "2025-09-12", "did_not_happen", id="tanker-release-did-not-happen"),
    ],
)
def test_dated_forecasts_resolve_against_later_reports(store, words, deadline, resolution):
    found = [f for f in store.iter_forecasts() if words in " ".join(m["sentence"] for m in store.get_event(f["event"])["mentions"])]
    assert found, words
    f = found[0]
    assert f["deadline"] == deadline
    assert f["resolution"] == resolution
    assert f["forecaster"] in {"Horizon Risk Review", "Daniel Reyes"}


def test_unlikely_use_of_force_is_a_low_probability_forecast(store):
    low = [f for f in store.iter_forecasts() if f["probability"] is not None and f["probability"] < 0.5]
    assert any((store.get_event(f["event"]).get("source") or {}).get("country") == "USA" for f in low)


@pytest.mark.parametrize(
    ("cameo", "start"),
    [
        pytest.param("17", "2019-07-19", id="stena-impero-seized"),
        pytest.param("", "2019-09-27", id="stena-impero-released"),
        pytest.param("", "2024-04-13", id="msc-aries-episode"),
        pytest.param("17", "2024-04-13", id="msc-aries-boarded"),
        pytest.param("1", "2023-11", id="galaxy-leader-hijacked"),
        pytest.param("17", "2022", id="greece-seized-iranian-cargo"),
    ],
)
def test_background_keeps_its_own_dates_outside_the_2025_story(events, seizure, cameo, start):
    found = [ev for ev in events if ev["type"]["cameo"].startswith(cameo) and str((ev.get("date") or {}).get("start")).startswith(start)]
    assert found, start
    assert all(ev.get("story") != seizure.get("story") for ev in found)


def test_spanish_brief_is_stored_but_not_coded(store, docs):
    brief = _doc(docs, "08-briefs.jsonl:es")
    assert brief["language"] == "es"
    assert not list(store.iter_mentions(document=brief["id"]))


def test_story_events_of_2025_form_one_main_story(events, seizure, store):
    stories = {ev.get("story") for ev in events if _year(ev) == 2025}
    assert stories == {seizure["story"]}, stories
    story = store.get_story(seizure["story"])
    assert story["start"] == "2025-09-07" and story["end"] >= "2025-09-15"


def test_release_of_the_crew_is_dated_and_attributed_to_iran(events):
    released = [ev for ev in events if ev["type"]["cameo"].startswith("084") and (ev.get("date") or {}).get("start") == "2025-09-15"]
    assert any((ev.get("source") or {}).get("country") == "IRN" for ev in released)


def test_purpose_of_a_past_act_is_reported_not_forecast(events, docs):
    """'summoned the ambassador on Thursday to demand the release': the demand was made, it is no prediction."""
    reactions = _doc(docs, "05-")["id"]
    demands = [ev for ev in events if ev["type"]["cameo"].startswith("10") and any(m["document"] == reactions for m in ev["mentions"])]
    assert demands and all(ev["status"] != "forecast" for ev in demands)
