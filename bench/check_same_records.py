"""Code a fixed set of texts and write their event records, to check that a speed change leaves the output as it was.

Usage::

    .venv/bin/python bench/check_same_records.py --out before.json [--limit 100 | --held-out] [--prefilter both] [--profile FILE]
    .venv/bin/python bench/check_same_records.py --out after.json --compare before.json

Texts: the first ``--limit`` LGL/TR-News/GeoVirus articles (those of
``bench_detector.py``), or with ``--held-out`` the gold set's articles (all splits). Each is coded with ``code_documents`` parsing every
sentence and, with ``--prefilter both`` (the default), once more with the
sentence detector on. The records (every field, serialised as sorted JSON)
go to ``--out`` and their SHA-256 digests are printed per run; with
``--compare`` the run exits 1 when any record differs from those of the
earlier file, naming the first differing documents. Prints the CPU time of
each coding run (``time.process_time``); ``--profile`` writes the cProfile
statistics of the detector run (or of the only run) to a file for
``python -m pstats``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import warnings
from pathlib import Path
from typing import Any

warnings.filterwarnings("ignore", message=r".*\[W109\]")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def canonical(result: dict[str, list[Any]]) -> dict[str, list[str]]:
    """Each document's records as sorted-key JSON strings, in the order the coder gave them."""
    return {d: [json.dumps(e, sort_keys=True, ensure_ascii=False) for e in evs] for d, evs in sorted(result.items())}


def digest(records: dict[str, list[str]]) -> str:
    return hashlib.sha256(json.dumps(records, sort_keys=True).encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--limit", type=int, default=100, help="articles (default 100)")
    ap.add_argument("--held-out", action="store_true", help="the gold set's articles instead (all splits)")
    ap.add_argument("--prefilter", choices=("off", "on", "both"), default="both")
    ap.add_argument("--out", type=Path, required=True, help="where the records go (JSON)")
    ap.add_argument("--compare", type=Path, help="records written by an earlier run: exit 1 when they differ")
    ap.add_argument("--profile", type=Path, help="write cProfile statistics of the last coding run here")
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args(argv)

    from bench_detector import held_out, news

    from tidings import Options
    from tidings.code import build_pipeline, code_documents

    docs = held_out(args.eval) if args.held_out else news(args.eval, args.limit)
    runs = {"off": [False], "on": [True], "both": [False, True]}[args.prefilter]
    out: dict[str, dict[str, list[str]]] = {}
    for prefilter in runs:
        options = Options().replace(prefilter=prefilter)
        nlp = build_pipeline(options)
        code_documents(docs[:3], options=options, nlp=nlp)  # warm up
        profiler = None
        if args.profile and prefilter == runs[-1]:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        t0 = time.process_time()
        result = code_documents(docs, options=options, nlp=nlp)
        cpu = time.process_time() - t0
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(str(args.profile))
        name = "detector" if prefilter else "every_sentence"
        out[name] = canonical(result)
        n = sum(len(v) for v in out[name].values())
        print(f"{name:15s} {len(docs)} texts, {n} events, CPU {cpu:.1f} s, sha256 {digest(out[name])[:16]}")
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    if not args.compare:
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    same = True
    for name, records in out.items():
        if name not in before:
            continue
        diff = [d for d in sorted(set(records) | set(before[name])) if records.get(d) != before[name].get(d)]
        print(f"{name}: {'identical' if not diff else f'{len(diff)} documents differ, e.g. ' + ', '.join(diff[:5])}")
        same = same and not diff
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
