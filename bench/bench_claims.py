"""Speed of reading claims (modality, attribution, status) and factuality figures on UW dev.

Usage: python bench/bench_claims.py [--data ../shared/eval/factuality-dev] [--limit N] [--texts DIR]
Prints: the factuality figures of `tidings eval factuality` (Pearson r, MAE,
the +3 baseline) and the time per event mention of analyse_modality +
find_attribution + mention_status over every verb of the texts in --texts
(default: ../shared/seeds), parsing excluded.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tidings.code.attribution import find_attribution
from tidings.code.modality import analyse_modality
from tidings.code.pipeline import coding_context, get_pipeline
from tidings.code.status import mention_status
from tidings.evaluate import default_data_root
from tidings.evaluate.factuality import evaluate_factuality


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_root() / "factuality-dev")
    parser.add_argument("--limit", type=int, default=None, help="sentences of UW dev (default: all)")
    parser.add_argument("--texts", type=Path, default=default_data_root().parent / "seeds")
    args = parser.parse_args()

    t0 = time.perf_counter()
    result = evaluate_factuality(args.data, limit=args.limit)
    print(f"factuality on {result.counts['predicates']} predicates in {result.counts['sentences']} sentences "
          f"({time.perf_counter() - t0:.1f} s with parsing)")
    for name, value in result.figures.items():
        print(f"  {name:14} {value:.4f}")

    nlp = get_pipeline()
    ctx = coding_context(nlp)
    docs = [nlp(p.read_text(encoding="utf-8")) for p in sorted(args.texts.glob("*.txt"))]
    mentions = [(d, t.i) for d in docs for t in d if t.pos_ == "VERB"]
    if mentions:  # load the lexicon and the knowledge base outside the timing
        find_attribution(*mentions[0], knowledge=ctx.knowledge, lexicon=ctx.claims)
    t0 = time.perf_counter()
    statuses: dict[str, int] = {}
    for doc, i in mentions:
        mod = analyse_modality(doc, i, lexicon=ctx.claims)
        src = find_attribution(doc, i, knowledge=ctx.knowledge, lexicon=ctx.claims)
        status, _ = mention_status(mod, src, lexicon=ctx.claims)
        statuses[status] = statuses.get(status, 0) + 1
    dt = time.perf_counter() - t0
    print(f"claims: {len(mentions)} verb mentions in {len(docs)} texts, {1000 * dt / max(1, len(mentions)):.2f} ms per mention")
    print("  statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))


if __name__ == "__main__":
    main()
