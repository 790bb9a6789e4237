"""Store: mention records, fused events with their links, status history, forecasts and stories."""

from __future__ import annotations

import pytest

from tidings import NotFound, open_store


def mention(cameo="171", source="IRNMIL", target="MHL", date="2025-09-07", status="unconfirmed", **extra):
    m = {
        "type": {"cameo": cameo},
        "source": {"name": source.title(), "code": source, "country": source[:3]},
        "target": {"name": target.title(), "code": target, "country": target[:3]},
        "date": {"start": date, "end": date, "precision": "day"},
        "status": status,
        "mentions": [{"document": "d1", "sentence": "Forces seized the tanker.", "start": 0, "end": 25}],
    }
    m.update(extra)
    return m


def event(eid, mention_ids, *, cameo="171", source="IRNMIL", target="MHL", start="2025-09-07", end=None, status="confirmed", **extra):
    ev = {
        "id": eid,
        "type": {"cameo": cameo},
        "source": {"name": source.title(), "code": source, "country": source[:3]},
        "target": {"name": target.title(), "code": target, "country": target[:3]},
        "date": {"start": start, "end": end or start},
        "status": status,
        "mentions": [{"id": m, "document": m.split("-")[1]} for m in mention_ids],
        "merge": [{"mention": m, "keys": {"cameo": cameo}, "score": 0.9} for m in mention_ids[1:]],
        "status_history": [{"status": "unconfirmed", "as_of": start, "by": "anonymous sources"}, {"status": status, "as_of": end or start, "by": "IRNA"}],
    }
    ev.update(extra)
    return ev


@pytest.fixture
def store(db_url):
    with open_store(db_url) as s:
        for d in ("d1", "d2", "d3"):
            s.add_document({"id": d, "text": f"text of {d}", "language": "en", "published": "2025-09-08"})
        yield s


def _scalar(store, sql):
    with store.transaction() as conn:
        return conn.exec_driver_sql(sql).scalar()


def test_replace_mentions_assigns_stable_ids_and_marks_the_document_coded(store):
    ids = store.replace_mentions("d1", [mention(), mention(cameo="112"), mention(id="m-custom")])
    assert ids == ["m-d1-0", "m-d1-1", "m-custom"]
    got = list(store.iter_mentions(document="d1"))
    assert [m["id"] for m in got] == ids
    assert got[1]["type"]["cameo"] == "112"
    assert store.get_document("d1")["coded"] is True
    assert store.uncoded_documents(["d1", "d2"]) == {"d2"}


def test_replace_mentions_replaces_the_previous_set(store):
    store.replace_mentions("d1", [mention(), mention()])
    store.replace_mentions("d1", [mention(cameo="042")])
    got = list(store.iter_mentions(document="d1"))
    assert [(m["id"], m["type"]["cameo"]) for m in got] == [("m-d1-0", "042")]


def test_replace_mentions_with_no_mentions_still_marks_coded(store):
    assert store.replace_mentions("d2", []) == []
    assert store.uncoded_documents(["d2"]) == set()


def test_replace_mentions_of_unknown_document_raises(store):
    with pytest.raises(NotFound):
        store.replace_mentions("nope", [mention()])


def test_iter_mentions_pages_in_document_order(store, monkeypatch):
    import tidings.store._store as impl

    monkeypatch.setattr(impl, "_PAGE", 3)
    for d in ("d3", "d1", "d2"):
        store.replace_mentions(d, [mention() for _ in range(4)])
    got = [m["id"] for m in store.iter_mentions()]
    assert got == [f"m-{d}-{i}" for d in ("d1", "d2", "d3") for i in range(4)]


def test_save_events_links_mentions_and_marks_them_fused(store):
    store.replace_mentions("d1", [mention(), mention(cameo="042")])
    store.replace_mentions("d2", [mention()])
    store.save_events([event("e-1", ["m-d1-0", "m-d2-0"])])
    assert [m["id"] for m in store.iter_mentions(unfused_only=True)] == ["m-d1-1"]
    assert store.count_mentions(unfused_only=True) == 1
    assert _scalar(store, "SELECT count(*) FROM event_mentions WHERE event='e-1'") == 2
    assert _scalar(store, "SELECT score FROM event_mentions WHERE mention='m-d2-0'") == pytest.approx(0.9)
    assert _scalar(store, "SELECT count(*) FROM status_history WHERE event='e-1'") == 2
    got = store.get_event("e-1")
    assert got["status_history"][1]["by"] == "IRNA"


def test_saving_an_event_again_updates_it_in_place(store):
    store.replace_mentions("d1", [mention(), mention()])
    store.save_events([event("e-1", ["m-d1-0"], status="unconfirmed")])
    store.save_events([event("e-1", ["m-d1-0", "m-d1-1"], status="confirmed")])
    assert store.count_events() == 1
    assert store.get_event("e-1")["status"] == "confirmed"
    assert _scalar(store, "SELECT count(*) FROM event_mentions") == 2
    assert _scalar(store, "SELECT count(*) FROM status_history") == 2


def test_deleting_an_event_frees_its_mentions_unless_another_takes_them(store):
    store.replace_mentions("d1", [mention(), mention()])
    store.save_events([event("e-1", ["m-d1-0"]), event("e-2", ["m-d1-1"])])
    store.save_events([event("e-3", ["m-d1-0"])], delete=["e-1", "e-2"])
    assert {e["id"] for e in store.iter_events()} == {"e-3"}
    assert [m["id"] for m in store.iter_mentions(unfused_only=True)] == ["m-d1-1"]
    with pytest.raises(NotFound):
        store.get_event("e-1")


def test_event_naming_an_unknown_mention_is_saved_without_that_link(store):
    store.replace_mentions("d1", [mention()])
    store.save_events([event("e-1", ["m-d1-0", "m-d9-0"])])
    assert _scalar(store, "SELECT count(*) FROM event_mentions") == 1


def test_recoding_a_document_drops_the_links_of_its_old_mentions(store):
    store.replace_mentions("d1", [mention()])
    store.save_events([event("e-1", ["m-d1-0"])])
    store.replace_mentions("d1", [mention(cameo="042")])
    assert _scalar(store, "SELECT count(*) FROM event_mentions") == 0
    assert store.count_mentions(unfused_only=True) == 1


@pytest.fixture
def events(store):
    store.save_events(
        [
            event("e-seize", [], cameo="171", source="IRNMIL", target="MHL", start="2025-09-07"),
            event("e-deny", [], cameo="0231", source="IRNGOV", target="USA", start="2025-09-09", status="denied"),
            event("e-free", [], cameo="0343", source="IRNGOV", target="PHL", start="2025-09-15"),
            event("e-talk", [], cameo="040", source="OMNGOV", target="IRNGOV", start="2025-09-10", end="2025-09-14", story="s-1"),
            event("e-old", [], cameo="171", source="IRNMIL", target="GBR", start="2019-07-19", story="s-1"),
            event("e-undated", [], cameo="010", source="USA", target="IRN", start=None),
        ]
    )
    return store


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({}, ["e-old", "e-seize", "e-deny", "e-talk", "e-free", "e-undated"]),
        ({"actor": "IRNMIL"}, ["e-old", "e-seize"]),
        ({"actor": "IRN"}, ["e-old", "e-seize", "e-deny", "e-talk", "e-free", "e-undated"]),
        ({"actor": "Omngov"}, ["e-talk"]),  # a name part, case-insensitive
        ({"actor": "ngo"}, ["e-deny", "e-talk", "e-free"]),
        ({"country": "gbr"}, ["e-old"]),
        ({"cameo": "17"}, ["e-old", "e-seize"]),
        ({"cameo": "0231"}, ["e-deny"]),
        ({"date_from": "2025-09-12"}, ["e-talk", "e-free"]),  # e-talk runs to the 14th
        ({"date_to": "2025-09-09"}, ["e-old", "e-seize", "e-deny"]),
        ({"date_from": "2025-09-08", "date_to": "2025-09-10"}, ["e-deny", "e-talk"]),
        ({"status": "denied"}, ["e-deny"]),
        ({"story": "s-1"}, ["e-old", "e-talk"]),
        ({"limit": 2}, ["e-old", "e-seize"]),
        ({"actor": "ngo", "limit": 1}, ["e-deny"]),
    ],
)
def test_iter_events_filters(events, kwargs, expected):
    assert [e["id"] for e in events.iter_events(**kwargs)] == expected


def test_forecasts_are_stored_with_their_resolution(store):
    fc = {"probability": 0.7, "deadline": "2025-09-12", "forecaster": "Horizon Risk Review", "resolution": "did_not_happen", "resolved_by": None}
    store.save_events([event("e-f", [], status="forecast", forecast=fc), event("e-g", [], status="forecast", forecast={"probability": 0.6, "deadline": "2025-09-17"})])
    rows = list(store.iter_forecasts())
    assert [(r["event"], r["resolution"]) for r in rows] == [("e-f", "did_not_happen"), ("e-g", "open")]
    assert [r["event"] for r in store.iter_forecasts(resolution="open")] == ["e-g"]
    store.save_events([], delete=["e-f"])
    assert store.counts()["forecasts"] == 1


def test_stories_round_trip_and_tag_their_events(events):
    story = {"id": "s-2", "title": "Iran seizes tanker", "events": ["e-seize", "e-free", "e-missing"], "documents": ["d1", "d2", "dX"], "start": "2025-09-07", "end": "2025-09-15"}
    events.save_stories([story])
    got = events.get_story("s-2")
    assert got["title"] == "Iran seizes tanker" and got["events"] == story["events"]
    assert [e["id"] for e in events.iter_events(story="s-2")] == ["e-seize", "e-free"]
    assert events.get_event("e-free")["story"] == "s-2"
    assert _scalar(events, "SELECT count(*) FROM story_documents WHERE story='s-2'") == 2
    events.save_stories([dict(story, title="Renamed", documents=["d3"])])
    assert [s["title"] for s in events.iter_stories()] == ["Renamed"]
    assert _scalar(events, "SELECT document FROM story_documents WHERE story='s-2'") == "d3"
    with pytest.raises(NotFound):
        events.get_story("s-404")


def test_counts_reports_every_kind(events):
    counts = events.counts()
    assert counts == {"documents": 3, "mentions": 0, "events": 6, "stories": 0, "forecasts": 0}


def test_a_database_error_in_a_write_is_a_store_error_and_rolls_back(store):
    from tidings import StoreError

    with pytest.raises(StoreError) as err:
        store.replace_mentions("d1", [mention(id="m-same"), mention(id="m-other")])
        store.replace_mentions("d2", [mention(id="m-same")])  # id already used by d1
    assert err.value.code == "E201" and "IntegrityError" in str(err.value)
    assert [m["id"] for m in store.iter_mentions()] == ["m-same", "m-other"]
    assert store.uncoded_documents(["d2"]) == {"d2"}
