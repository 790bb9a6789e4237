"""Parallel ingest on one machine: documents/s with 1 and 2 jobs, beside bare spaCy on the same texts.

Usage::

    .venv/bin/python bench/bench_ingest_jobs.py [--limit 944] [--jobs 1 2] [--eval ../shared/eval] [--long]

Corpus: the news articles of LGL (588 local news articles), TR-News (118)
and GeoVirus (238) in ``../shared/eval/geoparsing-dev/Corpora/``, read at
run time and written to a temporary folder as one JSONL file per article
(text, and where given title, url, outlet = domain, published = download
day). Every measurement runs in a fresh process, in this order, in one run:

- bare spaCy: ``spacy.load(model)`` and ``nlp.pipe(texts)`` over the same
  texts, with ``n_process`` 1 and 2 (the baseline of each job count);
- ``tidings.ingest`` of the folder into a new SQLite store with ``jobs``
  1 and 2: read, link, code, write and fuse, end to end.

Each line gives wall seconds (model loads included everywhere), documents/s,
words/s, CPU seconds (the process and its children), the ratio of the
ingest's time to bare spaCy's with as many processes, and the peak resident
memory of the process and of its largest worker. Then the speed-up from 1 to
2 jobs and whether the two stores hold the same records.

``--long`` adds one more ingest (jobs 1): a single document of 1,100,000
characters (the texts joined), over spaCy's 1,000,000-character limit
(parsed in chunks). ``--jobs`` without a number measures only that.

The machine may be shared: other people's processes change the wall times;
the CPU seconds show what the work itself cost, and ``jobs x CPU(1 job) /
CPU(jobs)`` bounds the speed-up that as many free cores would give.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sqlite3
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


CORPORA = ("lgl.xml", "TR-News.xml", "GeoVirus.xml")


def corpus_articles(eval_dir: Path, name: str) -> list[tuple[int, dict[str, str]]]:
    """(position, record) of the non-empty articles of one geoparsing corpus file, markup stripped by the XML parser."""
    out = []
    root = ET.parse(eval_dir / "geoparsing-dev" / "Corpora" / name).getroot()
    for k, art in enumerate(root.iter("article")):
        text = "\n".join(line.strip() for line in (art.findtext("text") or "").strip().splitlines())
        if not text:
            continue
        record = {
            "title": " ".join((art.findtext("title") or "").split()),
            "text": text,
            "url": (art.findtext("url") or art.findtext("source") or "").strip(),
            "outlet": (art.findtext("domain") or "").strip(),
            "published": (art.findtext("dltime") or "").strip()[:10],
        }
        out.append((k, {key: v for key, v in record.items() if v}))
    return out


def load_articles(eval_dir: Path, limit: int) -> list[dict[str, str]]:
    """News articles of LGL, TR-News and GeoVirus (in that order), markup stripped by the XML parser."""
    return [rec for name in CORPORA for _, rec in corpus_articles(eval_dir, name)][:limit]


def write_corpus(articles: list[dict[str, str]], folder: Path) -> None:
    folder.mkdir()
    for n, art in enumerate(articles):
        (folder / f"{n:05d}.jsonl").write_text(json.dumps(art, ensure_ascii=False) + "\n", encoding="utf-8")


def _usage() -> dict[str, float]:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
        "cpu_main": me.ru_utime + me.ru_stime,
        "rss_mb": me.ru_maxrss / 1024,
        "worker_rss_mb": kids.ru_maxrss / 1024,  # the largest child that has ended
    }


def run_bare(texts: list[str], n_process: int, out: Any) -> None:
    """Bare spaCy: load the model and parse every text."""
    import spacy

    from tidings import Options

    t0 = time.perf_counter()
    nlp = spacy.load(Options().model)
    for _ in nlp.pipe(texts, batch_size=32, n_process=n_process):
        pass
    out.put({"seconds": time.perf_counter() - t0, **_usage()})


def run_ingest(corpus: str, db: str, jobs: int, out: Any) -> None:
    """tidings.ingest of the corpus folder into a new store."""
    from tidings import Options, ingest

    t0 = time.perf_counter()
    report = ingest([corpus], options=Options(db=db, jobs=jobs))
    seconds = time.perf_counter() - t0
    out.put({"seconds": seconds, "report": report.summary(), "failed": len(report.failed), "coded": report.coded,
             "mentions": report.mentions, **_usage()})


def measure(target: Any, *args: Any) -> dict[str, Any]:
    """Run ``target(*args, queue)`` in a fresh process; what it put in the queue."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    result: dict[str, Any] = queue.get()
    proc.join()
    return result


def records(db: str) -> tuple[list[Any], list[Any]]:
    with sqlite3.connect(db) as conn:
        mentions = conn.execute('SELECT id, document, "index", data FROM mentions ORDER BY rowid').fetchall()
        events = conn.execute("SELECT id, data FROM events ORDER BY id").fetchall()
    return mentions, events


def line(label: str, r: dict[str, Any], docs: int, words: int, base: float | None) -> str:
    ratio = f" | x{r['seconds'] / base:.2f} bare" if base else ""
    worker = f", largest worker {r['worker_rss_mb']:,.0f} MB" if r["worker_rss_mb"] > 50 else ""
    return (f"{label:<22} {r['seconds']:7.1f} s | {docs / r['seconds']:6.1f} docs/s | {words / r['seconds']:7,.0f} words/s"
            f" | CPU {r['cpu']:6.1f} s (main {r['cpu_main']:.1f}){ratio} | peak {r['rss_mb']:,.0f} MB{worker}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=944, help="articles (944 in all)")
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2], help="job counts to measure (none: only --long)")
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--long", action="store_true", help="also ingest one document of the texts joined, 1,100,000 characters")
    args = ap.parse_args()

    articles = load_articles(Path(args.eval), args.limit)
    texts = [a["text"] for a in articles]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(articles)} news articles (LGL, TR-News, GeoVirus), {words:,} words, {sum(map(len, texts)):,} characters")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(articles, corpus)
        results: dict[int, dict[str, Any]] = {}
        for jobs in args.jobs:
            bare = measure(run_bare, texts, jobs)
            print(line(f"bare spaCy, {jobs} proc", bare, len(texts), words, None))
            db = str(Path(tmp) / f"jobs{jobs}.db")
            r = measure(run_ingest, str(corpus), db, jobs)
            results[jobs] = {**r, "db": db}
            print(line(f"ingest --jobs {jobs}", r, len(texts), words, bare["seconds"]))
            print(f"{'':<22} {r['report']}")
        if 1 in results and len(results) > 1:
            one = results[1]
            for jobs, r in results.items():
                if jobs == 1:
                    continue
                same = records(one["db"]) == records(r["db"])
                print(f"--jobs {jobs} vs 1: x{one['seconds'] / r['seconds']:.2f} documents/s (wall); CPU x{r['cpu'] / one['cpu']:.2f}, "
                      f"so on {jobs} free cores at most x{jobs * one['cpu'] / r['cpu']:.2f}; same records: {'yes' if same else 'NO'}")
        if args.long:
            joined = Path(tmp) / "long"
            joined.mkdir()
            body = "\n\n".join(texts)[:1_100_000]
            body = body[: body.rfind(" ")]
            (joined / "all.txt").write_text(body, encoding="utf-8")
            r = measure(run_ingest, str(joined), str(Path(tmp) / "long.db"), 1)
            print(line(f"one {len(body):,}-char doc", r, 1, len(body.split()), None))
            print(f"{'':<22} {r['report']}")


if __name__ == "__main__":
    main()
