"""Store throughput and query latencies, on SQLite and (given a server) PostgreSQL side by side.

    .venv/bin/python bench/bench_store.py [N_DOCUMENTS] [--postgres URL] [--writers 1 2 4]

Builds synthetic documents (300 words, 3 removed spans, 10 mention records
each), writes them one transaction per document (as ``ingest`` does), saves
one fused event per two mentions, then times reads, paged and filtered
event queries, the other paged lists and full-text search (median of 20
runs each). Then several writer processes at once each write their own
documents with mentions and save events that overlap the others'
(documents/s over all of them, and whether the final counts are exact).

Every figure is printed for SQLite (a file in a temporary folder) and, when
``--postgres`` (or ``TIDINGS_TEST_POSTGRES``) names a server, for a fresh
database created on it and dropped afterwards.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from tidings import open_store

WORDS = "tanker strait navy crew port envoy minister seized released court cargo oil talks border visit guard".split()
NAMES = ["Iranian navy", "Kim Jong Un", "US Navy", "Lena Okafor", "Omani envoy", "Marshall Islands"]
PLACES = [("Strait of Hormuz", "IRN", 26.5, 56.2), ("Muscat", "OMN", 23.6, 58.4), ("Seoul", "KOR", 37.6, 127.0)]


def make_docs(n: int, rnd: random.Random, prefix: str = "d") -> list[dict[str, Any]]:
    docs = []
    for i in range(n):
        text = " ".join(rnd.choice(WORDS) for _ in range(300))
        docs.append({
            "id": f"{prefix}{i:07d}", "title": f"Report {i}", "text": text, "raw": "Share\n" + text, "language": "en",
            "outlet": f"Outlet {i % 20}", "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "removed": [{"text": "Share", "start": 0, "end": 5, "reason": "share"}] * 3,
        })
    return docs


def mentions_of(doc: dict[str, Any], rnd: random.Random, k: int = 10) -> list[dict[str, Any]]:
    out = []
    for _ in range(k):
        place = rnd.choice(PLACES)
        out.append({"type": {"cameo": rnd.choice(["042", "171", "111", "0343"])},
                    "source": {"name": rnd.choice(NAMES), "code": "IRNGOV", "country": "IRN"},
                    "target": {"name": "United States", "code": "USA", "country": "USA"},
                    "date": {"start": doc["published"], "end": doc["published"]},
                    "location": {"name": place[0], "country": place[1], "lat": place[2], "lon": place[3]},
                    "status": rnd.choice(["reported", "confirmed", "forecast"]),
                    "mentions": [{"document": doc["id"], "sentence": "Forces seized the tanker near the strait.", "start": 0, "end": 1}]})
    return out


def median_ms(fn: Callable[[], Any], runs: int = 20) -> float:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return 1000 * statistics.median(times)


def write_and_query(db: str, n: int) -> dict[str, str]:
    rnd = random.Random(1)
    out: dict[str, str] = {}
    store = open_store(db)
    docs = make_docs(n, rnd)
    t, c = time.perf_counter(), time.process_time()
    for doc in docs:
        with store.transaction():
            store.add_document(doc, signature=list(range(128)))
            store.replace_mentions(doc["id"], mentions_of(doc, rnd))
    dt, dc = time.perf_counter() - t, time.process_time() - c
    out["documents written (3 spans + 10 mentions each, one transaction each)"] = f"{n / dt:,.0f}/s ({n / dc:,.0f}/s of CPU)"

    t = time.perf_counter()
    mentions = list(store.iter_mentions(unfused_only=True))
    out["unfused mentions read"] = f"{len(mentions) / (time.perf_counter() - t):,.0f}/s"
    events = []
    for j in range(0, len(mentions), 2):
        pair = mentions[j : j + 2]
        events.append(dict(pair[0], id=f"e-{j}", story=f"s-{j // 40}", mentions=[dict(m["mentions"][0], id=m["id"]) for m in pair],
                           status_history=[{"status": "reported", "as_of": pair[0]["date"]["start"], "by": "x"}]))
    t = time.perf_counter()
    for k in range(0, len(events), 1000):
        store.save_events(events[k : k + 1000])
    out["events saved (batches of 1000, links, history, search index)"] = f"{len(events) / (time.perf_counter() - t):,.0f}/s"
    store.save_stories([{"id": f"s-{s}", "title": f"Story {s}", "start": "2025-01-01", "events": [e["id"] for e in events if e["story"] == f"s-{s}"]}
                        for s in range(len(events) // 20 + 1)])
    t = time.perf_counter()
    got = sum(1 for _ in store.iter_documents())
    out["documents read back"] = f"{got / (time.perf_counter() - t):,.0f}/s"

    one = events[len(events) // 2]["id"]
    queries: dict[str, Callable[[], Any]] = {
        f"events page, newest 50 of {len(events):,}": lambda: store.events_page(limit=50),
        "events page 50, offset 5,000": lambda: store.events_page(limit=50, offset=5000),
        "events page, CAMEO 17 + one month": lambda: store.events_page(cameo="17", date_from="2025-03-01", date_to="2025-03-31"),
        "events page, actor name part": lambda: store.events_page(actor="okafor"),
        "events page, status + place": lambda: store.events_page(status="confirmed", place="Muscat"),
        "a story's events": lambda: store.events_page(story="s-7"),
        "one event": lambda: store.get_event(one),
        "stories page (largest first)": lambda: store.stories_page(order="-size"),
        "documents page": lambda: store.documents_page(),
        "map points (1000)": lambda: store.map_points(limit=1000),
        "forecasts page": lambda: store.forecasts_page(),
        "search documents, 3 words, top 20": lambda: store.search("tanker released court", kinds=("documents",)),
        "search all kinds, phrase OR word": lambda: store.search('"seized the tanker" OR envoy'),
        "search events, prefix": lambda: store.search("okaf*", kinds=("events", "actors")),
    }
    for name, fn in queries.items():
        out[name] = f"{median_ms(fn):.1f} ms"
    store.close()
    return out


def _writer(db: str, w: int, n: int, barrier: Any, results: Any) -> None:
    rnd = random.Random(w)
    try:
        store = open_store(db)
        docs = make_docs(n, rnd, prefix=f"w{w}-")
        barrier.wait(timeout=120)
        for doc in docs:
            with store.transaction():
                store.add_document(doc)
                store.replace_mentions(doc["id"], mentions_of(doc, rnd, 4))
        # events every writer saves (same ids), and its own
        store.save_events([{"id": f"shared-{i}", "type": {"cameo": "042"}, "status": "reported", "mentions": []} for i in range(200)])
        own = [m["id"] for m in store.iter_mentions(unfused_only=True) if m["id"].startswith(f"m-w{w}-")]
        store.save_events([{"id": f"ev-{mid}", "type": {"cameo": "171"}, "status": "reported", "mentions": [{"id": mid}]} for mid in own])
        store.close()
        results.put((w, "ok"))
    except BaseException as exc:  # reported to the parent
        results.put((w, f"{type(exc).__name__}: {exc}"))


def writers(db: str, k: int, n: int) -> str:
    with open_store(db):
        pass
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(k + 1), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(db, w, n, barrier, results)) for w in range(k)]
    for p in procs:
        p.start()
    barrier.wait(timeout=120)
    t = time.perf_counter()
    got = dict(results.get(timeout=1200) for _ in procs)
    dt = time.perf_counter() - t
    for p in procs:
        p.join()
    with open_store(db) as store:
        c = store.counts()
    exact = c["documents"] == k * n and c["mentions"] == 4 * k * n and c["events"] == 200 + 4 * k * n
    failed = [v for v in got.values() if v != "ok"]
    return f"{k * n / dt:,.0f} documents/s; counts {'exact' if exact and not failed else 'WRONG ' + str(c)}" + (f"; failures: {failed[:2]}" if failed else "")


@contextmanager
def postgres_database(server: str) -> Iterator[Callable[[], str]]:
    """Fresh databases on ``server`` (a postgresql:// URL), dropped at the end."""
    import psycopg

    made: list[str] = []
    base = server.rsplit("/", 1)[0]

    def new() -> str:
        name = f"tidings_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        made.append(name)
        return f"{base}/{name}"

    try:
        yield new
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            for name in made:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=2000, help="documents in the store")
    ap.add_argument("--postgres", default=os.environ.get("TIDINGS_TEST_POSTGRES"), help="a server to create a throwaway database on")
    ap.add_argument("--writers", type=int, nargs="*", default=[1, 2, 4], help="writer processes at once")
    ap.add_argument("--writer-documents", type=int, default=150, help="documents each writer writes")
    args = ap.parse_args()
    results: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp, postgres_database(args.postgres) if args.postgres else _none() as new_pg:
        backends: dict[str, Callable[[], str]] = {"sqlite": lambda: str(Path(tmp) / f"{uuid.uuid4().hex[:8]}.db")}
        if new_pg is not None:
            backends["postgresql"] = new_pg
        for name, new in backends.items():
            db = new()
            results[name] = write_and_query(db, args.n)
            if name == "sqlite":
                results[name]["database size"] = f"{Path(db).stat().st_size / args.n / 1024:.1f} KiB per document"
            for k in args.writers:
                results[name][f"{k} writer(s) at once, {args.writer_documents} documents each"] = writers(new(), k, args.writer_documents)
    names = list(results)
    print(f"{'figure':<66}" + "".join(f" | {n:>30}" for n in names))
    for key in results[names[0]]:
        print(f"{key:<66}" + "".join(f" | {results[n].get(key, ''):>30}" for n in names))
    if "postgresql" not in results:
        print("(PostgreSQL not measured: pass --postgres postgresql://user@host/db or set TIDINGS_TEST_POSTGRES)")


@contextmanager
def _none() -> Iterator[None]:
    yield None


if __name__ == "__main__":
    main()
