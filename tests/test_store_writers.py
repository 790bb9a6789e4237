"""Store: several writer processes at once on one database — nothing lost, nothing duplicated."""

from __future__ import annotations

import multiprocessing

import pytest

from tidings import open_store

SHARED_DOCS = 12  # every writer stores these (same ids, same text)
OWN_DOCS = 8  # and these of its own


def _doc(i):
    return {"id": f"d{i:04d}", "text": f"Document {i}: forces seized tanker {i} near Hormuz.", "source_path": f"/c/{i}.txt"}


def _event(i, mentions):
    return {
        "id": f"e{i:04d}", "type": {"cameo": "171"}, "status": "reported",
        "source": {"name": f"Actor {i % 5}", "code": f"AC{i % 5}"}, "date": {"start": "2025-09-01"},
        "mentions": [{"id": m} for m in mentions],
        "status_history": [{"status": "reported", "as_of": "2025-09-01", "by": "x"}],
        "forecast": {"probability": 0.5, "deadline": "2026-01-01"} if i % 2 else None,
    }


def _writer(db, w, barrier, results):
    try:
        barrier.wait(timeout=60)
        with open_store(db) as store:
            ids = list(range(SHARED_DOCS)) + [1000 * (w + 1) + k for k in range(OWN_DOCS)]
            for i in ids:
                with store.transaction():
                    store.add_document(_doc(i))
                    store.replace_mentions(f"d{i:04d}", [{"type": {"cameo": "171"}}, {"type": {"cameo": "042"}}])
            # shared events are saved by every writer, in a different order each time
            shared = [_event(i, [f"m-d{i:04d}-0", f"m-d{i:04d}-1"]) for i in range(SHARED_DOCS)]
            shared = shared[w % len(shared):] + shared[: w % len(shared)]
            for k in range(0, len(shared), 4):
                store.save_events(shared[k : k + 4])
            store.save_events([_event(1000 * (w + 1) + k, [f"m-d{1000 * (w + 1) + k:04d}-0"]) for k in range(OWN_DOCS)])
            store.save_stories([{"id": "s-shared", "title": "Shared", "events": [f"e{i:04d}" for i in range(SHARED_DOCS)], "documents": ["d0000"]}])
        results.put((w, "ok"))
    except BaseException as exc:  # reported to the test, whatever it is
        results.put((w, f"{type(exc).__name__}: {exc}"))


@pytest.mark.parametrize("writers", [4])
def test_writers_at_once_lose_and_duplicate_nothing(db_url, writers):
    with open_store(db_url):
        pass
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(writers), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(db_url, w, barrier, results)) for w in range(writers)]
    for p in procs:
        p.start()
    got = dict(results.get(timeout=300) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    assert list(got.values()) == ["ok"] * writers
    with open_store(db_url) as store:
        counts = store.counts()
        n_docs = SHARED_DOCS + writers * OWN_DOCS
        assert counts["documents"] == n_docs
        assert counts["mentions"] == 2 * n_docs
        assert counts["events"] == n_docs
        assert counts["stories"] == 1
        assert counts["forecasts"] == len([i for i in range(SHARED_DOCS) if i % 2]) + writers * len([k for k in range(OWN_DOCS) if (1000 + k) % 2])
        with store.transaction() as conn:
            links = conn.exec_driver_sql("SELECT count(*) FROM event_mentions").scalar()
            history = conn.exec_driver_sql("SELECT count(*) FROM status_history").scalar()
            unfused = conn.exec_driver_sql("SELECT count(*) FROM mentions WHERE fused = false").scalar()
        assert links == 2 * SHARED_DOCS + writers * OWN_DOCS
        assert history == n_docs
        assert unfused == writers * OWN_DOCS  # each own document's second mention
        assert store.search("hormuz", kinds=("documents",), limit=0)["total"]["documents"] == n_docs
        assert store.events_page(story="s-shared")["total"] == SHARED_DOCS


def _fill(db, mentions):
    with open_store(db) as store:
        for doc in sorted({m["mentions"][0]["document"] for m in mentions}):
            store.add_document({"id": doc, "text": f"text of {doc}"})
        by_doc: dict = {}
        for m in mentions:
            by_doc.setdefault(m["mentions"][0]["document"], []).append(m)
        for doc, ms in by_doc.items():
            store.replace_mentions(doc, ms)


def _fuser(db, barrier, results):
    from tidings.fuse import update_store

    try:
        barrier.wait(timeout=60)
        with open_store(db) as store:
            update_store(store)
        results.put("ok")
    except BaseException as exc:  # reported to the test, whatever it is
        results.put(f"{type(exc).__name__}: {exc}")


def _snapshot(db):
    with open_store(db) as store:
        events = sorted((e["id"], sorted(m["id"] for m in e["mentions"])) for e in store.iter_events())
        return events, store.count_mentions(unfused_only=True), store.counts()["stories"]


def test_fusions_at_once_give_the_events_of_one_fusion(db_url, tmp_path):
    from test_fuse_incremental import synthetic

    from tidings.fuse import update_store

    mentions = synthetic(15, 3)
    alone = str(tmp_path / "alone.db")
    _fill(alone, mentions)
    with open_store(alone) as store:
        update_store(store)
    _fill(db_url, mentions)
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(3), ctx.Queue()
    procs = [ctx.Process(target=_fuser, args=(db_url, barrier, results)) for _ in range(3)]
    for p in procs:
        p.start()
    got = [results.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert got == ["ok"] * 3
    assert _snapshot(db_url) == _snapshot(alone)
