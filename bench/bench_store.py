"""Store throughput: documents, mentions and events written and read back.

    .venv/bin/python bench/bench_store.py [N_DOCUMENTS]

Builds synthetic documents (300 words, 3 removed spans, 10 mention records
each), writes them one transaction per document (as ``ingest`` does), saves
one fused event per two mentions, then times reads, filtered event queries
and full-text search. Prints one figure per line.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from tidings import open_store

WORDS = "tanker strait navy crew port envoy minister seized released court cargo oil talks border visit guard".split()


def main(n: int) -> None:
    rnd = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        store = open_store(db)
        docs = []
        for i in range(n):
            text = " ".join(rnd.choice(WORDS) for _ in range(300))
            docs.append({
                "id": f"d{i:07d}", "title": f"Report {i}", "text": text, "raw": "Share\n" + text, "language": "en",
                "outlet": f"Outlet {i % 20}", "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "removed": [{"text": "Share", "start": 0, "end": 5, "reason": "share"}] * 3,
            })
        t, c = time.perf_counter(), time.process_time()
        for i, doc in enumerate(docs):
            with store.transaction():
                store.add_document(doc, signature=list(range(128)))
                store.replace_mentions(doc["id"], [
                    {"type": {"cameo": rnd.choice(["042", "171", "111", "0343"])}, "source": {"code": "IRNGOV", "country": "IRN"},
                     "target": {"code": "USA", "country": "USA"}, "date": {"start": doc["published"], "end": doc["published"]},
                     "status": "reported", "mentions": [{"document": doc["id"], "sentence": "x", "start": 0, "end": 1}]}
                    for _ in range(10)
                ])
        dt, dc = time.perf_counter() - t, time.process_time() - c
        print(f"documents written (with 3 spans + 10 mentions each, one transaction per document): {n / dt:,.0f}/s ({n / dc:,.0f}/s of CPU time)")

        t = time.perf_counter()
        mentions = list(store.iter_mentions(unfused_only=True))
        print(f"unfused mentions read: {len(mentions) / (time.perf_counter() - t):,.0f}/s ({len(mentions)})")
        events = []
        for j in range(0, len(mentions), 2):
            pair = mentions[j : j + 2]
            ev = dict(pair[0], id=f"e-{j}", mentions=[dict(m["mentions"][0], id=m["id"]) for m in pair],
                      status_history=[{"status": "reported", "as_of": pair[0]["date"]["start"], "by": "x"}])
            events.append(ev)
        t = time.perf_counter()
        for k in range(0, len(events), 1000):
            store.save_events(events[k : k + 1000])
        print(f"events saved (batches of 1000, with links and history): {len(events) / (time.perf_counter() - t):,.0f}/s ({len(events)})")

        t = time.perf_counter()
        got = sum(1 for _ in store.iter_documents())
        print(f"documents read back: {got / (time.perf_counter() - t):,.0f}/s")
        t = time.perf_counter()
        hits = sum(1 for _ in store.iter_events(cameo="17", date_from="2025-03-01", date_to="2025-03-31"))
        print(f"filtered event query (cameo 17, one month): {1000 * (time.perf_counter() - t):.1f} ms ({hits} events)")
        t = time.perf_counter()
        for _ in range(20):
            store.search_documents("tanker released court", limit=20)
        print(f"full-text search (3 words, top 20): {1000 * (time.perf_counter() - t) / 20:.1f} ms")
        store.close()
        print(f"database size: {db.stat().st_size / n / 1024:.1f} KiB per document")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
