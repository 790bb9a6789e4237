"""Store: paged lists with totals and orders (events, stories, documents, forecasts, actors, map points)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from tidings import NotFound, QueryError, open_store
from tidings.store import MAX_LIMIT, MIGRATIONS, migrate

PLACES = [("Strait of Hormuz", "IRN", 26.5, 56.2), ("Seoul", "KOR", 37.5, 127.0), (None, None, None, None)]


def _event(n):
    place, country, lat, lon = PLACES[n % 3]
    dated = n % 10 != 9
    ev = {
        "id": f"e{n:03d}",
        "type": {"cameo": ["171", "042", "112"][n % 3], "cameo_label": ["Seize", "Visit", "Accuse"][n % 3]},
        "source": {"name": ["Iranian Navy", "Kim Jong Un", "50%_Group"][n % 3], "code": ["IRNMIL", "PRKGOV", "ZZZ"][n % 3], "country": ["IRN", "PRK", None][n % 3]},
        "target": {"name": "Talara", "code": "MHL", "country": "MHL"},
        "date": {"start": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", "end": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"} if dated else None,
        "location": {"name": place, "country": country, "lat": lat, "lon": lon} if place else None,
        "status": ["confirmed", "reported", "forecast"][n % 3],
        "story": f"s{n % 4}",
    }
    if n % 3 == 2:
        ev["forecast"] = {"probability": 0.5, "deadline": f"2026-{1 + n % 12:02d}-01", "resolution": "open"}
    return ev


N = 60


@pytest.fixture
def filled(store):
    store.add_document({"id": "d1", "text": "one", "published": "2025-01-02"})
    store.add_document({"id": "d2", "text": "two", "published": None})
    store.add_document({"id": "d3", "text": "three", "published": "2025-03-01", "outlet": "Wire"})
    store.replace_mentions("d1", [{"type": {"cameo": "171"}, "id": "m1"}])
    events = [_event(n) for n in range(N)]
    events[0]["mentions"] = [{"id": "m1", "document": "d1"}]
    for e in events[1:4]:
        e["parent"] = "e000"
    store.save_events(events)
    store.save_stories([{"id": f"s{k}", "title": f"Story {k}", "start": f"2025-0{k + 1}-01", "events": [e["id"] for e in events if e["story"] == f"s{k}"][: 5 + k],
                         "documents": ["d1", "d3"][: k % 3]} for k in range(4)])
    return store


def _all(page_fn, size, **kw):
    out, offset = [], 0
    while True:
        page = page_fn(limit=size, offset=offset, **kw)
        out += page["items"]
        offset += size
        if offset >= page["total"]:
            return out, page["total"]


@pytest.mark.parametrize("order", ["-date", "date", "updated", "id"])
def test_event_pages_cover_every_event_once_in_order(filled, order):
    items, total = _all(filled.events_page, 7, order=order)
    assert total == N
    assert sorted(e["id"] for e in items) == sorted(f"e{n:03d}" for n in range(N))
    dates = [(e.get("date") or {}).get("start") for e in items]
    dated = [d for d in dates if d]
    if order in ("-date", "date"):
        assert dated == sorted(dated, reverse=order == "-date")
        assert dates[len(dated):] == [None] * (len(dates) - len(dated))  # undated last either way


@pytest.mark.parametrize(
    "filters, check",
    [
        ({"status": "reported"}, lambda e: e["status"] == "reported"),
        ({"cameo": "17"}, lambda e: e["type"]["cameo"].startswith("17")),
        ({"actor": "PRK"}, lambda e: e["source"]["code"].startswith("PRK")),
        ({"actor": "kim jong"}, lambda e: e["source"]["name"] == "Kim Jong Un"),
        ({"actor": "50%_"}, lambda e: e["source"]["name"] == "50%_Group"),
        ({"story": "s1"}, lambda e: e["story"] == "s1"),
        ({"place": "Seoul"}, lambda e: (e.get("location") or {}).get("name") == "Seoul"),
        ({"place": "IRN"}, lambda e: (e.get("location") or {}).get("country") == "IRN"),
        ({"date_from": "2025-03-01", "date_to": "2025-04-30"}, lambda e: e.get("date") and "2025-03-01" <= e["date"]["start"] <= "2025-04-30"),
        ({"located": True}, lambda e: e.get("location") is not None),
        ({"document": "d1"}, lambda e: e["id"] == "e000"),
        ({"parent": "e000"}, lambda e: e.get("parent") == "e000"),
    ],
)
def test_event_page_filters_match_the_records(filled, filters, check):
    page = filled.events_page(limit=MAX_LIMIT, **filters)
    expected = {e["id"] for e in filled.iter_events() if check(e)}
    assert expected
    assert {e["id"] for e in page["items"]} == expected
    assert page["total"] == len(expected)


@pytest.mark.parametrize("filters", [{"cameo": "%"}, {"cameo": "_71"}, {"actor": "kim%un"}, {"actor": "n_vy"}, {"place": "%"}])
def test_like_wildcards_in_filters_match_only_themselves(filled, filters):
    assert filled.events_page(**filters)["total"] == 0
    if "place" not in filters:
        assert list(filled.iter_events(**filters)) == []
    assert filled.events_page(actor="50%_")["total"] == 20  # and themselves they do match


BAD_PAGES = [{"limit": -1}, {"limit": MAX_LIMIT + 1}, {"offset": -5}, {"limit": "10"}]
ORDERED = ["events_page", "stories_page", "documents_page", "forecasts_page"]


@pytest.mark.parametrize(
    "method, kwargs",
    [(m, k) for m in [*ORDERED, "actors_page", "map_points"] for k in BAD_PAGES] + [(m, {"order": "random()"}) for m in ORDERED],
)
def test_bad_page_parameters_are_query_errors(filled, method, kwargs):
    with pytest.raises(QueryError):
        getattr(filled, method)(**kwargs)


def test_iter_events_refuses_a_negative_limit(filled):
    with pytest.raises(QueryError):
        list(filled.iter_events(limit=-1))
    assert len(list(filled.iter_events(limit=5))) == 5


def test_map_points_are_the_located_events_with_labels(filled):
    page = filled.map_points(limit=MAX_LIMIT)
    assert page["total"] == len([n for n in range(N) if PLACES[n % 3][0]])
    for p in page["items"]:
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180
        assert p["place"] in ("Strait of Hormuz", "Seoul")
        assert ": " in p["label"] and "→ Talara" in p["label"]
    assert {p["id"] for p in filled.map_points(status="confirmed", limit=MAX_LIMIT)["items"]} <= {p["id"] for p in page["items"]}


@pytest.mark.parametrize("order, key", [("-start", lambda s: s["start"]), ("start", lambda s: s["start"]), ("-size", lambda s: s["n_events"])])
def test_stories_page_orders_and_counts(filled, order, key):
    page = filled.stories_page(order=order)
    assert page["total"] == 4
    values = [key(s) for s in page["items"]]
    assert values == sorted(values, reverse=order.startswith("-"))
    for s in page["items"]:
        assert s["n_events"] == len(s["events"])
        assert s["n_documents"] == len(s["documents"])
    story_events = filled.events_page(story="s2", limit=MAX_LIMIT)
    assert story_events["total"] == len([n for n in range(N) if n % 4 == 2])


def test_documents_page_lists_metadata_without_text(filled):
    page = filled.documents_page()
    assert [d["id"] for d in page["items"]] == ["d3", "d1", "d2"]  # newest first, undated last
    assert "text" not in page["items"][0] and page["items"][0]["coded"] is False
    assert [d["id"] for d in filled.documents_page(order="published")["items"]] == ["d1", "d3", "d2"]
    assert [d["id"] for d in filled.documents_page(outlet="Wire")["items"]] == ["d3"]
    assert {d["id"] for d in filled.documents_page(story="s2")["items"]} == {"d1", "d3"}


def test_forecasts_page_carries_the_event(filled):
    page = filled.forecasts_page(limit=5)
    assert page["total"] == len([n for n in range(N) if n % 3 == 2])
    deadlines = [f["deadline"] for f in page["items"]]
    assert deadlines == sorted(deadlines)
    assert all(f["record"]["id"] == f["event"] and f["record"]["status"] == "forecast" for f in page["items"])


def test_actors_are_recorded_and_unknown_ones_are_not_found(filled):
    actor = filled.get_actor("PRKGOV")
    assert actor["names"] == ["Kim Jong Un"] and actor["country"] == "PRK"
    assert actor["events"] == filled.events_page(actor="PRKGOV")["total"] == 20
    with pytest.raises(NotFound):
        filled.get_actor("NOPE")
    assert filled.actors_page(limit=MAX_LIMIT)["total"] == 4


def test_migration_2_fills_columns_of_events_stored_before_it(tmp_path):
    from tidings.store._store import _make_engine

    path = tmp_path / "old.db"
    engine = _make_engine(path)
    migrate(engine, MIGRATIONS[:1])
    ev = _event(1)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO events (id, data, date_start, updated_at) VALUES (:id, :data, :d, 'then')"),
                     {"id": ev["id"], "data": json.dumps(ev), "d": ev["date"]["start"]})
        conn.execute(text("INSERT INTO stories (id, title, data) VALUES ('s1', 'S', :data)"), {"data": json.dumps({"events": ["e001"], "documents": []})})
    engine.dispose()
    with open_store(path) as store:
        assert store.events_page(place="Seoul")["items"][0]["id"] == "e001"
        assert store.map_points()["total"] == 1
        assert store.get_actor("PRKGOV")["names"] == ["Kim Jong Un"]
        assert [h["id"] for h in store.search("kim", kinds=("events",))["hits"]] == ["e001"]
        assert store.stories_page()["items"][0]["n_events"] == 1
