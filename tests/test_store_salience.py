"""Store: the salience inputs and map labels kept per event equal what the records give."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import create_engine, text

from tidings import open_store
from tidings.report.salience import event_salience, rank_stories, score_from_columns, scores
from tidings.store import MIGRATIONS, migrate
from tidings.store.records import event_label


def _event(i: int, rnd: random.Random) -> dict:
    day = dt.date(2021, 1, 1) + dt.timedelta(days=rnd.randrange(400))
    ev: dict = {
        "id": f"e{i:03d}",
        "type": {"cameo": rnd.choice(["042", "190", "0871"]), "goldstein": rnd.choice([None, -10, -2.5, 0, 3.4, 7])},
        "source": {"code": "AAA", "name": f"Source {i % 7}"},
        "independent_sources": rnd.randrange(0, 9),
        "documents": rnd.randrange(0, 12),
        "status": rnd.choice(["reported", "confirmed", "forecast", "hypothetical", "unconfirmed"]),
        "mentions": [{"in_title": rnd.random() < 0.3, "published": (day + dt.timedelta(days=rnd.randrange(5))).isoformat()}],
    }
    kind = rnd.randrange(4)
    if kind == 0:
        ev["date"] = {"start": day.isoformat(), "end": (day + dt.timedelta(days=rnd.randrange(3))).isoformat()}
    elif kind == 1:
        ev["date"] = {"start": day.isoformat()[:7]}  # a month: its last day counts
    elif kind == 2:
        ev["status_history"] = [{"status": "reported", "as_of": (day + dt.timedelta(days=d)).isoformat()} for d in (0, 2)]
    if rnd.random() < 0.2:
        ev["parent"] = "e000"
    if rnd.random() < 0.1:
        ev["forecast"] = {"probability": 0.5, "deadline": "2022-06-01"}
    if rnd.random() < 0.5:
        ev["target"] = {"code": "BBB", "name": "Target"}
    return ev


EVENTS = [_event(i, random.Random(i)) for i in range(120)]
STORIES = [{"id": f"s{k}", "title": f"Story {k}", "events": [e["id"] for e in EVENTS[k::9]], "documents": [],
            "start": f"2021-0{1 + k % 9}-01"} for k in range(9)]


def _columns(store):
    with store._read() as conn:  # the columns as stored
        rows = conn.execute(text("SELECT id, salience_base, salience_last, salience_factor, label FROM events")).all()
    return {r[0]: r for r in rows}


@pytest.mark.parametrize("reference", [None, dt.date(2021, 3, 1), dt.date(2022, 12, 31)])
def test_salience_from_the_stored_columns_equals_the_salience_of_the_record(store, reference):
    store.save_events(EVENTS)
    cols = _columns(store)
    for ev in EVENTS:
        _, base, last, factor, _ = cols[ev["id"]]
        assert score_from_columns(base, last, factor, reference) == event_salience(ev, reference), ev["id"]


def test_salience_inputs_rank_the_stories_as_the_records_do(store):
    from tidings.web.routes.stories import ranked_stories

    store.save_events(EVENTS)
    store.save_stories(STORIES)
    expected = rank_stories(store.iter_stories(), store.iter_events())
    assert ranked_stories(store) == [{"id": s["id"], "salience": s["salience"]} for s in expected]
    assert len({s["salience"] for s in expected}) > 3  # the stories differ, so the order means something


def test_stored_salience_with_the_latest_day_equals_scoring_the_records_together(store):
    store.save_events(EVENTS)
    expected = scores(list(store.iter_events()))
    cols = _columns(store)
    reference = max(dt.date.fromisoformat(c[2]) for c in cols.values() if c[2])
    assert {i: score_from_columns(c[1], c[2], c[3], reference) for i, c in cols.items()} == expected


def test_map_labels_are_stored_with_the_event(store):
    store.save_events(EVENTS)
    points = store.map_points(limit=1000)["items"]
    cols = _columns(store)
    assert all(cols[e["id"]][4] == event_label(e) for e in EVENTS)
    assert all(p["label"] == cols[p["id"]][4] for p in points)


def test_migration_5_fills_the_columns_of_events_stored_before_it(tmp_path):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    migrate(engine, MIGRATIONS[:4])
    import json

    with engine.begin() as conn:
        for ev in EVENTS[:20]:
            conn.execute(text("INSERT INTO events (id, data, updated_at, story) VALUES (:i, :d, 'then', :s)"),
                         {"i": ev["id"], "d": json.dumps(ev), "s": "s0" if ev["id"] < "e010" else None})
    engine.dispose()
    with open_store(path) as store:
        assert store.schema_version >= 5
        cols = _columns(store)
        for ev in EVENTS[:20]:
            _, base, last, factor, label = cols[ev["id"]]
            assert score_from_columns(base, last, factor, dt.date(2021, 6, 1)) == event_salience(ev, dt.date(2021, 6, 1))
            assert label == event_label(ev)
        assert sorted(r[0] or "" for r in store.salience_inputs()).count("s0") == 10
