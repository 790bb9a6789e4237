"""CPU time of :class:`tidings.code.actors.DocumentActors` (every actor mention of a parsed doc) on docs parsed once.

Usage::

    .venv/bin/python bench/bench_actors_doc.py [--limit 100] [--repeats 7] [--out mentions.json]

The detector pipeline's input docs of the bench articles (those of
``bench_detector.py``) are parsed once by spaCy; each repeat builds the
``DocumentActors`` of every doc anew (``time.process_time``) and prints the
median and spread. ``--out`` writes every doc's mentions as JSON, to check
that a speed change finds the same actors.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore", message=r".*\[W109\]")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--limit", type=int, default=100, help="articles (default 100)")
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--out", type=Path, help="write the mentions of every doc here (JSON)")
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args(argv)

    from bench_detector import news, spacy_parsed

    from tidings import Options
    from tidings.code import build_pipeline
    from tidings.code.actors import DocumentActors
    from tidings.code.pipeline import DOCUMENT_KEY, coding_context

    docs = news(args.eval, args.limit)
    options = Options().replace(prefilter=True)
    nlp = build_pipeline(options)
    resolver = coding_context(nlp).resolver
    parsed = spacy_parsed(nlp, docs, options)
    published = [d.user_data[DOCUMENT_KEY].get("published") for d in parsed]
    for doc, day in list(zip(parsed, published))[:5]:  # warm up
        DocumentActors(doc, resolver, published=day)
    spent = []
    for _ in range(args.repeats):
        t0 = time.process_time()
        found = [DocumentActors(doc, resolver, published=day) for doc, day in zip(parsed, published)]
        spent.append(time.process_time() - t0)
    print(f"{len(parsed)} docs, {sum(len(f.mentions) for f in found)} mentions; DocumentActors CPU s "
          f"median {statistics.median(spent):.3f} [{min(spent):.3f}-{max(spent):.3f}] of {args.repeats}")
    if args.out:
        args.out.write_text(json.dumps([f.mentions for f in found], sort_keys=True, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
