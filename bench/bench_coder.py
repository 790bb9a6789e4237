"""CPU time of tidings' own coding components (``tidings_events``, ``tidings_code``) on docs parsed once.

Usage::

    .venv/bin/python bench/bench_coder.py [--limit 100] [--repeats 5] [--held-out] [--profile FILE]

The detector pipeline's input docs of the bench articles (those of
``bench_detector.py``) are parsed once by spaCy's components and kept as
bytes; each repeat restores them and times (``time.process_time``) the two
tidings components over all of them, one doc after another, and the
detector's own pick of the sentences (``TidingsPrefilter.inputs``) on the
texts. Prints the median and the spread of the repeats, so that a change to
the coder can be timed without the parser's noise (compare with the base
commit in the same load).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any

warnings.filterwarnings("ignore", message=r".*\[W109\]")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--limit", type=int, default=100, help="articles (default 100)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--held-out", action="store_true", help="the gold set's articles instead (all splits)")
    ap.add_argument("--profile", type=Path, help="write cProfile statistics of one run of the components here")
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args(argv)

    from bench_detector import held_out, news, spacy_parsed
    from spacy.tokens import Doc

    from tidings import Options
    from tidings.code import build_pipeline
    from tidings.code.pipeline import TidingsPrefilter

    docs = held_out(args.eval) if args.held_out else news(args.eval, args.limit)
    options = Options().replace(prefilter=True)
    nlp = build_pipeline(options)
    prefilter: TidingsPrefilter = nlp.get_pipe("tidings_prefilter")
    ours = [(name, proc) for name, proc in nlp.pipeline if name in ("tidings_events", "tidings_code")]
    parsed = [d.to_bytes() for d in spacy_parsed(nlp, docs, options)]
    texts = [d["text"] for d in docs]

    def restore() -> list[Any]:
        return [Doc(nlp.vocab).from_bytes(b) for b in parsed]

    for doc in restore()[:5]:  # warm up
        for _, proc in ours:
            proc(doc)
    spent: dict[str, list[float]] = {name: [] for name, _ in ours}
    spent["detector inputs"] = []
    for _ in range(args.repeats):
        batch = restore()
        for name, proc in ours:
            t0 = time.process_time()
            batch = [proc(doc) for doc in batch]
            spent[name].append(time.process_time() - t0)
        t0 = time.process_time()
        for text in texts:
            prefilter.inputs(text)
        spent["detector inputs"].append(time.process_time() - t0)
    print(f"{len(docs)} texts, {len(parsed)} docs, {args.repeats} repeats (CPU s, median [min-max]):")
    for name, ts in spent.items():
        print(f"  {name:16s} {statistics.median(ts):.3f} [{min(ts):.3f}-{max(ts):.3f}]")
    total = [sum(x) for x in zip(*(spent[name] for name, _ in ours))]
    print(f"  {'coding, both':16s} {statistics.median(total):.3f} [{min(total):.3f}-{max(total):.3f}]")
    if args.profile:
        import cProfile

        batch = restore()
        profiler = cProfile.Profile()
        profiler.enable()
        for _, proc in ours:
            batch = [proc(doc) for doc in batch]
        profiler.disable()
        profiler.dump_stats(str(args.profile))


if __name__ == "__main__":
    main()
