"""update_store loads by blocking key: an update fuses again only the stored events its new mentions can reach."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text
from test_fuse_incremental import synthetic

from tidings.fuse import fuse, update_store
from tidings.store import MIGRATIONS, migrate, open_store


def _ingest(store, ms):
    for m in ms:
        doc = m["mentions"][0]["document"]
        store.add_document({"id": doc, "text": "text of " + doc, "published": m["mentions"][0]["published"], "outlet": m["mentions"][0]["outlet"]})
        store.replace_mentions(doc, [m])


def _canonical(events):
    return {(frozenset(m["id"] for m in e["mentions"]), e["id"], e["status"], e.get("story")) for e in events}


def _report_of(event: int, published: str) -> dict:
    """One more report of synthetic event ``event`` (its own actors and day), published on ``published``."""
    extra = synthetic(15, 3)[event * 3 + 2]
    extra["id"] = f"late-{event}"
    extra["mentions"][0].update(document=f"late-doc-{event}", published=published)
    return extra


@pytest.mark.parametrize("event, published", [(14, "2018-04-28"), (0, "2018-01-01")], ids=["after everything", "before everything"])
def test_an_update_fuses_again_only_the_events_its_mention_reaches(tmp_path, event, published):
    ms = synthetic(15, 2)
    extra = _report_of(event, published)
    with open_store(tmp_path / "s.db") as store:
        _ingest(store, ms)
        update_store(store)
        _ingest(store, [extra])
        report = update_store(store)
        events = list(store.iter_events())
    assert report["refused"] == 1  # the one event of those actors; no other shares a key with it
    assert report["changed"] >= 1
    assert _canonical(events) == _canonical(fuse([*ms, extra]).events)


def test_events_stored_without_keys_are_keyed_once_and_fused_alike(tmp_path):
    ms = synthetic(6, 2)
    extra = _report_of(3, "2018-01-30")
    with open_store(tmp_path / "s.db") as store:
        _ingest(store, ms)
        update_store(store)
        with store.transaction() as conn:  # as a store written before events had keys
            conn.execute(text("DELETE FROM event_keys"))
        assert len(list(store.events_without_keys("b"))) == store.count_events()
        _ingest(store, [extra])
        update_store(store)
        assert list(store.events_without_keys("b")) == []
        events = list(store.iter_events())
    assert _canonical(events) == _canonical(fuse([*ms, extra]).events)


def test_a_deleted_event_loses_its_keys(tmp_path):
    ms = synthetic(3, 1)
    with open_store(tmp_path / "s.db") as store:
        _ingest(store, ms)
        update_store(store)
        victim = next(store.iter_events())
        keys = _keys_of(store, victim["id"])
        assert victim["id"] in {e["id"] for e in store.events_by_keys(keys)}
        store.save_events([], delete=[victim["id"]])
        store.save_event_keys({}, delete=[victim["id"]])
        assert victim["id"] not in {e["id"] for e in store.events_by_keys(keys)}
        assert _keys_of(store, victim["id"]) == []


def _keys_of(store, event_id):
    with store.transaction() as conn:
        return [r[0] for r in conn.execute(text("SELECT key FROM event_keys WHERE event = :e"), {"e": event_id})]


def test_a_store_at_version_6_gets_the_key_table(tmp_path):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    assert migrate(engine, MIGRATIONS[:6]) == 6
    assert "event_keys" not in inspect(engine).get_table_names()
    engine.dispose()
    with open_store(path) as store:
        assert store.schema_version == 7
        _ingest(store, synthetic(2, 2))
        update_store(store)
        assert list(store.events_without_keys("b")) == []


def test_a_detached_mention_is_keyed_at_once_and_later_mentions_do_not_join_it(tmp_path):
    from tidings.fuse import detach_in_store

    ms = synthetic(2, 3)
    with open_store(tmp_path / "s.db") as store:
        _ingest(store, ms)
        update_store(store)
        event = next(e for e in store.iter_events() if len(e["mentions"]) == 3)
        detached = event["mentions"][-1]["id"]
        detach_in_store(store, event["id"], detached)
        assert list(store.events_without_keys("b")) == []
        late = _report_of(0 if event["mentions"][0]["id"].startswith("m-0-") else 1, "2018-12-01")
        _ingest(store, [late])
        update_store(store)
        alone = [e for e in store.iter_events() if any(m["id"] == detached for m in e["mentions"])]
    assert [len(e["mentions"]) for e in alone] == [1]
