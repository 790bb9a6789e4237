"""Throughput of `tidings.dates` on the TempEval-3 TBAQ texts.

Usage: python bench/bench_dates.py [--data ../shared/eval/tempeval3-train] [--repeat 3]
Prints documents, characters, expressions found and characters per second
(best of ``--repeat`` passes over all documents, anchors from each DCT).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tidings.code.time import dates
from tidings.evaluate import default_data_root
from tidings.evaluate.dates import load_tml, tbaq_files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_root() / "tempeval3-train")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = [load_tml(f) for f in tbaq_files(args.data)]
    chars = sum(len(d["text"]) for d in docs)
    dates("warm-up on March 26, 2018", anchor="2018-03-27")  # compile the grammar once
    best = float("inf")
    found = 0
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        found = sum(len(dates(d["text"], anchor=d["anchor"])) for d in docs)
        best = min(best, time.perf_counter() - t0)
    print(f"documents          {len(docs)}")
    print(f"characters         {chars}")
    print(f"expressions        {found}")
    print(f"seconds (best)     {best:.3f}")
    print(f"characters/s       {chars / best:,.0f}")
    print(f"ms per document    {1000 * best / len(docs):.2f}")


if __name__ == "__main__":
    main()
