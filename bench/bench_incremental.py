"""What an incremental fusion costs: 100 real articles ingested into a store of about 680 (prints figures).

Usage::

    .venv/bin/python bench/bench_incremental.py [--per-corpus 160] [--new 100] [--eval ../shared/eval] [--cache FILE] [--seed 1]

The corpus is that of ``bench/bench_stories.py`` (TBAQ, LGL, TR-News,
GeoVirus and ECB+ dev articles read at run time from ``../shared/eval``,
coded once; ``--cache FILE`` keeps the mention records outside the project).
Its documents are shuffled (``--seed``); all but ``--new`` of them are
stored and fused with :func:`tidings.fuse.update_store`, then the ``--new``
others are stored and fused again. With ``--latest`` the ``--new``
documents are the latest published ones (news as it comes in; documents
without a date count as the oldest). In the same process the same ``--new``
documents are fused into an empty store. The script prints, for the update
into the full store and into the empty one: the seconds of
``update_store``, the stored events and documents it read (counted at the
store's methods), the events it fused again and those it only grouped into
stories and resolved as forecasts (counted at :func:`tidings.fuse.fuse`),
the forecasts and events it only resolved (away from the stories at stake;
``update_store``'s ``resolved``), the events it changed; and whether the store's events after both steps are
those of one fusion of all the mentions (mention sets, ids, statuses,
stories, forecast resolutions).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


class Counting:
    """A store that counts the events and documents fusion reads from it (and otherwise is the store)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.events: set[str] = set()
        self.documents: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def _count(self, events: Iterator[dict]) -> Iterator[dict]:
        for e in events:
            self.events.add(e["id"])
            yield e

    def iter_events(self, **kw: Any) -> Iterator[dict]:
        return self._count(self.store.iter_events(**kw))

    def events_by_keys(self, keys: Any, **kw: Any) -> Iterator[dict]:
        return self._count(self.store.events_by_keys(keys, **kw))

    def events_without_keys(self, prefix: str) -> Iterator[dict]:
        return self._count(self.store.events_without_keys(prefix))

    def get_event(self, id: str) -> dict:
        e = self.store.get_event(id)
        self.events.add(e["id"])
        return e

    def get_document(self, id: str) -> dict:
        self.documents.add(id)
        return self.store.get_document(id)


def _fuse_counter() -> dict[str, int]:
    """Wrap :func:`tidings.fuse.fuse` as ``update_store`` calls it, counting the events it is given."""
    import tidings.fuse as fusion

    seen = {"refused": 0, "context": 0}
    inner = fusion.fuse

    def counted(*args: Any, **kw: Any) -> Any:
        seen["refused"] += len(kw.get("existing") or ())
        seen["context"] += len(kw.get("context") or ())
        return inner(*args, **kw)

    fusion.fuse = counted  # type: ignore[assignment]
    return seen


def _store(store: Any, docs: dict[str, dict], mentions: dict[str, list[dict]], ids: list[str]) -> None:
    for d in ids:
        store.add_document(docs[d])
        store.replace_mentions(d, mentions.get(d, []))


def _update(store: Any, seen: dict[str, int]) -> dict[str, Any]:
    from tidings.fuse import update_store

    counting = Counting(store)
    seen.update(refused=0, context=0)
    t = time.perf_counter()
    report = update_store(counting)
    took = time.perf_counter() - t
    return {"seconds": took, "events read": len(counting.events), "documents read": len(counting.documents),
            "events fused again": seen["refused"], "events as context": seen["context"], "events only resolved": report.get("resolved", 0),
            "events changed": report["changed"],
            "mentions": report["mentions"]}


def canonical(events: list) -> set:
    """What must be the same as one fusion of all: each event's mentions, id, status and story, and a forecast's resolution."""
    return {(frozenset(m["id"] for m in e["mentions"]), e["id"], e["status"], e.get("story"),
             ((e.get("forecast") or {}).get("resolution"), (e.get("forecast") or {}).get("resolved_by"))) for e in events}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-corpus", type=int, default=160)
    ap.add_argument("--new", type=int, default=100)
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--cache", default=None, help="file for the mention records (outside the project)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--latest", action="store_true", help="the --new documents are the latest published (news as it comes), not a random draw")
    args = ap.parse_args(argv)

    import json

    from bench_stories import code_corpus, load_corpus

    from tidings.fuse import fuse
    from tidings.store import open_store

    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        saved = json.loads(cache.read_text(encoding="utf-8"))
        records, docs = saved["mentions"], saved["documents"]
    else:
        records, docs, corpus_of = code_corpus(load_corpus(Path(args.eval), args.per_corpus), 1)
        if cache is not None:
            cache.write_text(json.dumps({"mentions": records, "documents": docs, "corpus_of": corpus_of}), encoding="utf-8")
    records = list({m["id"]: m for m in records}.values())  # a copied document repeats its mention ids
    by_doc: dict[str, list[dict]] = {}
    for m in records:
        by_doc.setdefault(str(m["mentions"][0]["document"]), []).append(m)
    order = sorted(docs)
    random.Random(args.seed).shuffle(order)
    if args.latest:  # undated documents count as the oldest
        order.sort(key=lambda d: str(docs[d].get("published") or ""))
    base, late = order[: -args.new], order[-args.new :]
    # a copy (duplicate_of) is stored after the document it copies
    base_set = set(base)
    late = [d for d in late if not docs[d].get("duplicate_of") or docs[d]["duplicate_of"] in base_set or docs[d]["duplicate_of"] in late]
    late.sort(key=lambda d: bool(docs[d].get("duplicate_of")))
    base.sort(key=lambda d: bool(docs[d].get("duplicate_of")))
    seen = _fuse_counter()
    print(f"documents: {len(base)} stored first, then {len(late)} more; mention records: {len(records)}")
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(Path(tmp) / "full.db") as store:
            _store(store, docs, by_doc, base)
            first = _update(store, seen)
            stored_events = store.count_events()
            _store(store, docs, by_doc, late)
            into_full = _update(store, seen)
            got = canonical(list(store.iter_events()))
        with open_store(Path(tmp) / "empty.db") as store:
            _store(store, docs, by_doc, late)
            into_empty = _update(store, seen)
    want = canonical(fuse([m for d in base + late for m in by_doc.get(d, [])], documents={d: docs[d] for d in base + late}).events)
    print(f"store before the update: {first['mentions']} mentions fused into {stored_events} events in {first['seconds']:.2f} s")
    print()
    cols = ["seconds", "mentions", "events read", "documents read", "events fused again", "events as context", "events only resolved", "events changed"]
    print("| update | " + " | ".join(cols) + " |")
    print("| --- |" + " --- |" * len(cols))
    for name, row in ((f"{len(late)} documents into the store", into_full), (f"the same {len(late)} into an empty store", into_empty)):
        print(f"| {name} | " + " | ".join(f"{row[c]:.2f}" if c == "seconds" else str(row[c]) for c in cols) + " |")
    print(f"\nratio of the seconds: x{into_full['seconds'] / into_empty['seconds']:.1f}")
    print(f"same events as one fusion of all the mentions: {got == want}"
          + ("" if got == want else f" ({len(got - want)} events differ, {len(want - got)} expected ones missing)"))


if __name__ == "__main__":
    main()
