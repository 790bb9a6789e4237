"""Accuracy of event coding (PETRARCH-2 records, GigaWord sentences) and of `tidings.dates` (TBAQ).

A thin wrapper over the library's evaluation tasks, so the figures match `tidings eval coding`
and `tidings eval dates`::

    .venv/bin/python bench/eval_coding_and_dates.py [--data ../shared/eval] [--limit N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tidings import evaluate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="folder holding petrarch/ and tempeval3-train/")
    parser.add_argument("--limit", type=int, default=None, help="items per task (default: all)")
    args = parser.parse_args()
    for task, folder in (("coding", "petrarch"), ("dates", "tempeval3-train")):
        t0 = time.perf_counter()
        result = evaluate.run(task, data=(args.data / folder) if args.data else None, limit=args.limit)
        print(f"{task} ({result.data}) in {time.perf_counter() - t0:.1f}s")
        for name, value in result.figures.items():
            print(f"  {name:<28} {value:.4f}" if isinstance(value, float) else f"  {name:<28} {value}")
        for name, value in result.counts.items():
            print(f"  {name:<28} {value}")


if __name__ == "__main__":
    main()
