"""Stories on a varied corpus of real articles: the largest story's share and the size distribution, old rule vs new.

Usage::

    .venv/bin/python bench/bench_stories.py [--per-corpus 160] [--eval ../shared/eval] [--jobs 1] [--cache FILE]
    .venv/bin/python bench/bench_stories.py --scale 10000 40000

Corpus, read at run time from ``../shared/eval`` (never copied into the
project): up to ``--per-corpus`` articles from each of TBAQ (TimeBank and
AQUAINT, with their creation dates), LGL, TR-News and GeoVirus (with their
download days where given) and the ECB+ dev documents (no dates). They are
written to a temporary folder as one JSONL file per article, read and coded
with :func:`tidings.extract_files` (``fuse=False``), and the mention records
are fused once with :func:`tidings.fuse.fuse`. The fused events are then
grouped into stories twice in the same run, by the old rule (connected
components over shared documents and shared actor pairs,
``build_stories(rule="components")``) and by the current rule
(``rule="situations"``), and the script prints for each: events, stories,
the largest story (events and share), the size distribution (singletons,
2-5, 6-20, 21-100, over 100 events), the share of events in stories of more
than 20 events, how many stories mix documents of several corpora (counting
every document their events were reported in, then only each event's main
document: the one with most of its mentions; a wrongly fused event lists
documents of other corpora without joining their stories), the
widest time span of a story, and the seconds the grouping took.

``--scale N [N ...]`` times both rules on N random event records instead
(four to a document, four documents a day, whatever N), to see that the
cost grows about linearly.

``--cache FILE`` keeps the mention records in FILE (outside the project)
and reads them from there on later runs, to skip the coding.
"""

from __future__ import annotations

import argparse
import copy
import json
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]
GEO = ("lgl.xml", "TR-News.xml", "GeoVirus.xml")


def tbaq(eval_dir: Path, limit: int) -> list[dict[str, str]]:
    """TimeBank and AQUAINT articles: the text of ``<TEXT>``, the date of ``<DCT>``."""
    out = []
    for path in sorted((eval_dir / "tempeval3-train").rglob("*.tml")):
        root = ET.parse(path).getroot()
        body = root.find("TEXT")
        if body is None:
            continue
        text = "\n".join(line.strip() for line in "".join(body.itertext()).strip().splitlines())
        dct = root.find("DCT/TIMEX3")
        published = (dct.get("value") or "")[:10] if dct is not None else ""
        title = " ".join((root.findtext("TITLE") or "").split())
        rec = {"text": text, "published": published, "title": title.capitalize() if title.isupper() else title, "corpus": "TBAQ", "name": path.stem}
        out.append({k: v for k, v in rec.items() if v})
        if len(out) >= limit:
            break
    return out


def geo(eval_dir: Path, limit: int) -> list[dict[str, str]]:
    """LGL, TR-News and GeoVirus articles (up to ``limit`` of each) with title, url, outlet and download day where given."""
    from bench_ingest_jobs import corpus_articles  # this folder's reader of the geoparsing corpora

    out = []
    for name in GEO:
        corpus = name.split(".")[0]
        out += [{**rec, "corpus": corpus, "name": f"{corpus}-{k}"} for k, rec in corpus_articles(eval_dir, name)[:limit]]
    return out


def ecbplus(eval_dir: Path, limit: int) -> list[dict[str, str]]:
    """ECB+ dev documents, their tokens joined (no dates in ECB+)."""
    from tidings.evaluate.stories import ecb_texts

    docs = ecb_texts(eval_dir / "ecbplus-dev")
    return [{"text": text, "corpus": "ECB+", "name": doc} for doc, text in list(docs.items())[:limit]]


def load_corpus(eval_dir: Path, per_corpus: int) -> list[dict[str, str]]:
    return tbaq(eval_dir, per_corpus) + geo(eval_dir, per_corpus) + ecbplus(eval_dir, per_corpus)


def code_corpus(articles: list[dict[str, str]], jobs: int) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]], dict[str, str]]:
    """Mention records, documents by id and the corpus of each document id."""
    from tidings import Options, extract_files

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, art in enumerate(articles):
            p = Path(tmp) / f"{n:05d}.jsonl"
            p.write_text(json.dumps({k: v for k, v in art.items() if k not in ("corpus", "name")}, ensure_ascii=False) + "\n", encoding="utf-8")
            paths.append(p)
        found = extract_files(paths, options=Options(jobs=jobs), fuse=False)
    docs = {str(d["id"]): dict(d) for d in found.documents}
    corpus_of = {str(d["id"]): articles[int(Path(str(d.get("source_path"))).stem)]["corpus"] for d in found.documents}
    return [dict(e) for e in found.events], docs, corpus_of


def figures(stories: list[dict[str, Any]], events: list[dict[str, Any]], corpus_of: dict[str, str]) -> dict[str, Any]:
    sizes = sorted((len(s["events"]) for s in stories), reverse=True)
    n = sum(sizes)
    bins = Counter()
    for k in sizes:
        bins["1" if k == 1 else "2-5" if k <= 5 else "6-20" if k <= 20 else "21-100" if k <= 100 else ">100"] += 1
    mixed = sum(1 for s in stories if len({corpus_of.get(d, "?") for d in s["documents"]}) > 1)
    main_doc = {}  # each event's main document: the one with most of its mentions
    for e in events:
        docs = Counter(str(m.get("document")) for m in e.get("mentions") or [])
        main_doc[e["id"]] = min(docs, key=lambda d: (-docs[d], d)) if docs else None
    mixed_main = sum(1 for s in stories if len({corpus_of.get(str(main_doc.get(i)), "?") for i in s["events"]}) > 1)
    spans = [(date.fromisoformat(s["end"]) - date.fromisoformat(s["start"])).days for s in stories if s.get("start") and s.get("end")]
    return {
        "events": n,
        "stories": len(stories),
        "largest": sizes[0] if sizes else 0,
        "largest_share": round(sizes[0] / n, 3) if n else 0.0,
        "top5": sizes[:5],
        "bins": {b: bins.get(b, 0) for b in ("1", "2-5", "6-20", "21-100", ">100")},
        "share_in_over_20": round(sum(k for k in sizes if k > 20) / n, 3) if n else 0.0,
        "mixed_corpora": mixed,
        "mixed_main": mixed_main,
        "widest_span_days": max(spans) if spans else 0,
    }


def synthetic(n: int, seed: int = 3) -> list[dict[str, Any]]:
    """``n`` random event records, four to a document and four documents a day (a constant density).

    Sources are drawn from 500 named people; targets are "police" three times
    in ten, else one of 2,000 named organisations; half the events have one
    of 300 places; each sentence holds 12 of 3,000 words and 3 of 2,000
    names.
    """
    import random
    from datetime import timedelta

    rng = random.Random(seed)
    words = [f"word{k}" for k in range(3000)]
    names = [f"Name{k}" for k in range(2000)]
    out = []
    for i in range(n):
        day = (date(2020, 1, 1) + timedelta(days=i // 16)).isoformat()
        target = {"name": "police", "kind": "group"} if rng.random() < 0.3 else {"name": rng.choice(names) + " Org", "kind": "organisation"}
        sentence = "The " + " ".join(rng.choice(words) for _ in range(12)) + " " + " ".join(rng.choice(names) for _ in range(3))
        out.append({
            "id": f"e{i}",
            "date": {"start": day},
            "source": {"name": rng.choice(names[:500]) + " Person", "kind": "person"},
            "target": target,
            "type": {"cameo": rng.choice(["010", "042", "173", "190"])},
            "location": {"name": rng.choice(names[:300])} if rng.random() < 0.5 else None,
            "mentions": [{"document": f"d{i // 4}", "published": day, "sentence": sentence}],
        })
    return out


def scale(sizes: list[int]) -> None:
    """Seconds to group random records of each size, by both rules."""
    from tidings.fuse.stories import build_stories

    print("| events | components (s) | situations (s) | situations per 1,000 events (s) |")
    print("| --- | --- | --- | --- |")
    for n in sizes:
        took = {}
        for rule in ("components", "situations"):
            events = synthetic(n)
            t = time.perf_counter()
            build_stories(events, rule=rule)
            took[rule] = time.perf_counter() - t
        print(f"| {n:,} | {took['components']:.2f} | {took['situations']:.2f} | {1000 * took['situations'] / n:.3f} |")


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-corpus", type=int, default=160)
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--cache", default=None, help="file for the mention records (outside the project)")
    ap.add_argument("--scale", type=int, nargs="+", default=None, help="time both rules on N random records instead (no corpus)")
    args = ap.parse_args(argv)
    if args.scale:
        scale(args.scale)
        return

    from tidings.fuse import fuse
    from tidings.fuse.stories import build_stories

    cache = Path(args.cache) if args.cache else None
    t0 = time.perf_counter()
    if cache is not None and cache.exists():
        saved = json.loads(cache.read_text(encoding="utf-8"))
        mentions, docs, corpus_of = saved["mentions"], saved["documents"], saved["corpus_of"]
        print(f"mention records read from {cache}")
    else:
        articles = load_corpus(Path(args.eval), args.per_corpus)
        print(f"articles: {len(articles)} ({', '.join(f'{c} {k}' for c, k in sorted(Counter(a['corpus'] for a in articles).items()))})")
        mentions, docs, corpus_of = code_corpus(articles, args.jobs)
        print(f"coded in {time.perf_counter() - t0:.1f} s")
        if cache is not None:
            cache.write_text(json.dumps({"mentions": mentions, "documents": docs, "corpus_of": corpus_of}), encoding="utf-8")
    print(f"documents: {len(docs)} ({', '.join(f'{c} {k}' for c, k in sorted(Counter(corpus_of.values()).items()))}), mention records: {len(mentions)}")
    mentions = list({m["id"]: m for m in mentions}.values())  # a copied document repeats its mention ids
    t1 = time.perf_counter()
    events = fuse(mentions, documents=docs).events
    print(f"fused in {time.perf_counter() - t1:.1f} s: {len(events)} events")
    rows = []
    for rule in ("components", "situations"):  # the earlier rule first, then the current one
        evs = copy.deepcopy(events)
        t2 = time.perf_counter()
        stories = build_stories(evs, rule=rule)
        took = time.perf_counter() - t2
        fig = figures(stories, evs, corpus_of)
        fig["seconds"] = round(took, 3)
        rows.append((rule, fig, stories))
    print()
    print("| rule | events | stories | largest | largest share | top 5 | 1 / 2-5 / 6-20 / 21-100 / >100 | share in >20 | mixing corpora (all / main documents) | widest span (days) | s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for rule, f, _ in rows:
        b = f["bins"]
        print(f"| {rule} | {f['events']} | {f['stories']} | {f['largest']} | {f['largest_share']:.1%} | {f['top5']} | "
              f"{b['1']} / {b['2-5']} / {b['6-20']} / {b['21-100']} / {b['>100']} | {f['share_in_over_20']:.1%} | {f['mixed_corpora']} / {f['mixed_main']} | {f['widest_span_days']} | {f['seconds']} |")
    old, new = rows[0][1], rows[1][1]
    if new["largest"]:
        print(f"\nlargest story: {old['largest']} -> {new['largest']} events (x{old['largest'] / new['largest']:.1f} smaller)")
    print("\nlargest stories by the current rule:")
    for s in sorted(rows[1][2], key=lambda s: -len(s["events"]))[:8]:
        print(f"  {len(s['events']):4d} events, {len(s['documents']):3d} documents, {s.get('start')}..{s.get('end')}: {s['title']}")


if __name__ == "__main__":
    main()
