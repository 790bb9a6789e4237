"""Documents/s of ingest on a local Dask cluster beside one process (and ``--jobs`` when it exists).

Usage::

    .venv/bin/python bench/bench_cluster.py [--docs 500] [--workers 2] [--modes one,cluster,batch,jobs] [--eval ../shared/eval]

Corpus: real news read at run time from the shared evaluation data and
written as plain-text files to a temporary folder (deleted at the end):
TimeBank/AQUAINT articles of TempEval-3 (``tempeval3-train``, the ``<TEXT>``
body with its tags stripped), then ECB+ articles (``ecbplus-dev/diverse_cdcr``,
tokens joined back into text) up to ``--docs``.

Each configuration runs in a fresh process into a fresh SQLite store:

- ``one process``: ``tidings.ingest`` after building the pipeline;
- ``local cluster``: a Dask ``LocalCluster`` of ``--workers`` single-threaded
  worker processes, then ``tidings.cluster.ingest_cluster``;
- ``batch``: ``write_partitions`` on that cluster, then ``load_partitions``
  (load and fuse in one process);
- ``--jobs N``: ``tidings.ingest`` with the ``jobs`` setting at ``--workers``
  (what ``tidings ingest --jobs N`` runs), when ``tidings ingest --help``
  offers it; its worker processes start inside the run.

Printed per configuration: start-up seconds (model load; cluster start and
the workers' pipelines), run seconds, documents/s and words/s over the run,
the ratio to one process measured in this same run, end-to-end seconds (the
whole process), the peak resident memory (the largest worker's on a cluster), and whether the store's records equal those
of one process (documents, mentions, events). The machine may be shared: the
load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_TAG = re.compile(r"<[^>]+>")
_NO_SPACE_BEFORE = re.compile(r" (?=[,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ll\b|'ve\b|'d\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"(?<=[(\[{$]) ")


def tml_texts(root: Path) -> list[tuple[str, str]]:
    out = []
    for f in sorted((root / "tempeval3-train").rglob("*.tml")):
        raw = f.read_text(encoding="utf-8", errors="replace")
        m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        body = _TAG.sub("", m.group(1) if m else raw)
        body = "\n\n".join(re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body) if p.strip())
        out.append((f"tb-{f.stem}", body))
    return out


def ecb_texts(root: Path) -> list[tuple[str, str]]:
    docs: dict[str, dict[int, list[str]]] = {}
    for f in sorted((root / "ecbplus-dev" / "diverse_cdcr").glob("*/annotation/original/*.conll.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 4 or line.startswith("#"):
                    continue
                docs.setdefault(cols[0], {}).setdefault(int(cols[1]), []).append(cols[3])
    out = []
    for doc_id, sents in sorted(docs.items()):
        text = "\n\n".join(_NO_SPACE_AFTER.sub("", _NO_SPACE_BEFORE.sub("", " ".join(toks))) for _, toks in sorted(sents.items()))
        out.append(("ecb-" + doc_id.replace("/", "_"), text))
    return out


def write_corpus(eval_dir: Path, n: int, folder: Path) -> tuple[int, int]:
    texts = (tml_texts(eval_dir) + ecb_texts(eval_dir))[:n]
    for name, text in texts:
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return len(texts), sum(len(t.split()) for _, t in texts)


# -- one configuration, in a fresh process ------------------------------------------
def run(mode: str, corpus: str, db: str, workers: int) -> dict:
    from tidings import Options, open_store

    options = Options(db=db)
    t0 = time.perf_counter()
    out: dict = {"mode": mode}
    if mode == "one":
        from tidings._ingest import ingest
        from tidings.code import get_pipeline

        options = options.replace(**({"jobs": 1} if has_jobs() else {}))  # no worker processes
        get_pipeline(options)
        ready = time.perf_counter()
        with open_store(options=options) as store:
            report = ingest([corpus], store=store, options=options)
        out["peak_rss_mb"] = _rss_mb()
    elif mode == "jobs":
        from tidings._ingest import ingest

        options = options.replace(jobs=workers)
        ready = time.perf_counter()  # the worker processes start (and load the pipeline) inside the run
        with open_store(options=options) as store:
            report = ingest([corpus], store=store, options=options)
        out["peak_rss_mb"] = _rss_mb()
    else:
        from distributed import LocalCluster

        from tidings.cluster import ingest_cluster, load_partitions, open_runner, write_partitions

        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            open_runner(cluster.scheduler_address, options=options).close()  # each worker builds the pipeline
            ready = time.perf_counter()
            with open_store(options=options) as store:
                if mode == "cluster":
                    report = ingest_cluster([corpus], address=cluster.scheduler_address, store=store, options=options)
                else:
                    parts = db + ".parts"
                    batch = write_partitions([corpus], parts, address=cluster.scheduler_address, options=options)
                    out["batch_seconds"] = batch.seconds
                    report = load_partitions(store, parts, options=options)
            from distributed import Client

            with Client(cluster) as client:
                out["peak_rss_mb"] = max(client.run(_rss_mb).values())
    done = time.perf_counter()
    out.update(ready=ready - t0, run=done - ready, stored=report.stored, mentions=report.mentions, events=report.events)
    return out


def has_jobs() -> bool:
    """Whether ingest runs worker processes of its own (the ``jobs`` setting)."""
    import dataclasses

    from tidings import Options

    return "jobs" in {f.name for f in dataclasses.fields(Options)}


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def records(db: str) -> tuple:
    from tidings import Options, open_store

    with open_store(options=Options(db=db)) as store:
        docs = sorted(({k: v for k, v in d.items() if k != "ingested_at"} for d in store.iter_documents()), key=lambda d: d["id"])
        mentions = sorted(store.iter_mentions(), key=lambda m: m["id"])
        events = sorted(store.iter_events(), key=lambda e: e["id"])
    return docs, mentions, events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--eval", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
    ap.add_argument("--modes", default="one,cluster,batch,jobs", help="configurations to run (one is always run first: the baseline)")
    ap.add_argument("--run", nargs=3, metavar=("MODE", "CORPUS", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        print(json.dumps(run(*args.run, workers=args.workers)))
        return

    tidings = str(Path(sys.executable).with_name("tidings"))
    jobs = "--jobs" in subprocess.run([tidings, "ingest", "--help"], capture_output=True, text=True).stdout and has_jobs()
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        n, words = write_corpus(Path(args.eval), args.docs, corpus)
        print(f"corpus: {n} articles, {words:,} words (TempEval-3 TimeBank/AQUAINT, then ECB+); {os.cpu_count()} cores; "
              f"load average before: {os.getloadavg()[0]:.1f}")
        results = []
        wanted = set(args.modes.split(","))
        for mode in ["one"] + [m for m in ("cluster", "batch", "jobs") if m in wanted and (m != "jobs" or jobs)]:
            db = str(Path(tmp) / f"{mode}.db")
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, __file__, "--workers", str(args.workers), "--run", mode, str(corpus), db],
                                  capture_output=True, text=True)
            if proc.returncode:
                print(proc.stderr[-2000:])
                raise SystemExit(f"{mode} failed")
            res = json.loads(proc.stdout.strip().splitlines()[-1])
            res.update(total=time.perf_counter() - t0, db=db)
            results.append(res)
        base = records(results[0]["db"])
        one_rate = n / results[0]["run"]
        labels = {"one": "one process", "cluster": f"local cluster, {args.workers} workers", "batch": f"batch on {args.workers} workers + load",
                  "jobs": f"ingest --jobs {args.workers} (start in run)"}
        print(f"{'configuration':38} {'start s':>8} {'run s':>7} {'docs/s':>7} {'words/s':>8} {'x one':>6} {'total s':>8} {'RSS MB':>7}  records = one process")
        for r in results:
            same = records(r["db"]) == base
            rate = n / r["run"]
            print(f"{labels[r['mode']]:38} {r['ready']:8.1f} {r['run']:7.1f} {rate:7.2f} {words / r['run']:8.0f} {rate / one_rate:6.2f} "
                  f"{r['total']:8.1f} {r['peak_rss_mb']:7.0f}  {same}")
        if not jobs:
            print("tidings ingest has no --jobs option here: not measured")
        print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
