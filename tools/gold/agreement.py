"""Agreement between two independent gold passes.

    .venv/bin/python tools/gold/agreement.py [--a A] [--b B] [--split dev|cal|hold|test] [--part PART] [--disagreements]

Cohen's kappa at sentence level (event / no_event), trigger F1 (overlapping
offsets in the same sentence), CAMEO root kappa and agreement on matched
triggers (also counting a root the other pass listed in ``alt_roots``), and
factuality kappa and agreement on matched triggers. ``--disagreements`` lists
the sentences whose labels differ, for adjudication against the guidelines.
"""

from __future__ import annotations

import argparse
import sys

from tidings._errors import TidingsError
from tidings.evaluate.gold import agreement, load_articles, load_pass, pass_files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="agreement between two gold passes")
    ap.add_argument("--a", default="A", help="first pass name (default A)")
    ap.add_argument("--b", default="B", help="second pass name (default B)")
    ap.add_argument("--split", help="only articles of this split (dev, cal, hold or test)")
    ap.add_argument("--part", action="append", help="only articles of this annotation part (part1 ... part16); may be repeated")
    ap.add_argument("--disagreements", action="store_true", help="list sentences labelled differently")
    args = ap.parse_args(argv)
    try:
        articles = load_articles()
        unknown = sorted(set(args.part or ()) - {a.part for a in articles}) + sorted({args.split} - {a.split for a in articles} - {None})
        if unknown:
            ap.error(f"no articles in {', '.join(unknown)}")
        keep = {a.id for a in articles if (not args.split or a.split == args.split) and (not args.part or a.part in args.part)}
        passes = []
        for name in (args.a, args.b):
            files = pass_files(name)
            if not files:
                print(f"agreement: no compiled files for pass {name}", file=sys.stderr)
                return 1
            passes.append([r for f in files for r in load_pass(f) if r.get("article") in keep])
    except TidingsError as exc:
        print(f"agreement: {exc}", file=sys.stderr)
        return 1
    figures, counts = agreement(passes[0], passes[1])
    for k, v in counts.items():
        print(f"{k:24s} {v}")
    for k, f in figures.items():
        print(f"{k:24s} {'n/a' if f is None else f'{f:.3f}'}")
    if args.disagreements:
        b = {(r["article"], r["sentence"]): r for r in passes[1]}
        for r in passes[0]:
            other = b.get((r["article"], r["sentence"]))
            if other is not None and other["label"] != r["label"]:
                print(f"  {r['article']} sentence {r['sentence']}: {args.a}={r['label']} {args.b}={other['label']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
