"""Check the compiled gold passes: every sentence of every selected article annotated, offsets valid.

    .venv/bin/python tools/gold/check.py --pass A [--part part1]
    .venv/bin/python tools/gold/check.py --pass A --pass B

Prints per pass the annotated and missing sentence counts, the missing
sentences by article, and any invalid record; exit status 1 on a gap or an error.
"""

from __future__ import annotations

import argparse
import sys

from tidings._errors import TidingsError
from tidings.evaluate.gold import load_articles, load_pass, load_sentences, missing_sentences, pass_files, validate_stored


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="check gold passes for completeness and valid offsets")
    ap.add_argument("--pass", dest="passes", action="append", required=True, help="pass name (A or B); repeatable")
    ap.add_argument("--part", help="only the articles of this part (part1 or part2)")
    args = ap.parse_args(argv)
    bad = False
    try:
        articles = [a for a in load_articles() if not args.part or a.part == args.part]
        sentences = load_sentences()
        for name in args.passes:
            files = pass_files(name)
            records = [r for f in files for r in load_pass(f)]
            ids = {a.id for a in articles}
            records = [r for r in records if r.get("article") in ids]
            errors = validate_stored(records, sentences)
            gaps = missing_sentences(records, articles, sentences)
            total = sum(len(sentences[a.id]) for a in articles)
            n_missing = sum(len(v) for v in gaps.values())
            print(f"pass {name}: {len(files)} files, {total - n_missing}/{total} sentences annotated, "
                  f"{n_missing} missing in {len(gaps)} articles, {len(errors)} invalid")
            for aid, nums in gaps.items():
                print(f"  missing {aid}: {', '.join(map(str, nums))}")
            for err in errors:
                print(f"  invalid {err}")
            bad = bad or bool(gaps) or bool(errors)
    except TidingsError as exc:
        print(f"check: {exc}", file=sys.stderr)
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
