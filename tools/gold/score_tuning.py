"""Score the event coder on the tuning splits of the gold set only (dev and cal), never on hold or test.

    .venv/bin/python tools/gold/score_tuning.py [--eval ../shared/eval] [--errors FILE]

The same scorer as ``tidings eval events`` (:func:`tidings.evaluate.events.evaluate_events`), given a
temporary gold file that holds only the dev and cal articles' records, so a rule can be measured while
it is written without the held-out figures ever being printed. Prints one ``figure<TAB>value`` line per
dev_/cal_ figure (the threshold and calibration rows left out) and the root match counts; ``--errors``
writes the error rows (missed, spurious, wrong root, country, factuality, date) as JSON lines.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from tidings._errors import TidingsError
from tidings.evaluate.events import evaluate_events, gold_files
from tidings.evaluate.gold import load_articles, load_pass

TUNING = ("dev", "cal")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="event coder figures on the gold dev and cal splits only")
    ap.add_argument("--eval", type=Path, default=Path(__file__).resolve().parents[2].parent / "shared" / "eval",
                    help="the evaluation corpora (default ../shared/eval beside the checkout)")
    ap.add_argument("--errors", type=Path, help="write the error rows here (JSON lines)")
    args = ap.parse_args(argv)
    try:
        keep = {a.id for a in load_articles() if a.split in TUNING}
        records = [r for p in gold_files() for r in load_pass(p) if str(r["article"]) in keep]
        with tempfile.TemporaryDirectory() as tmp:
            gold = Path(tmp) / "gold_tuning.jsonl"
            gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
            result = evaluate_events(args.eval, gold=gold)
    except TidingsError as exc:
        print(f"score_tuning: {exc}", file=sys.stderr)
        return 1
    for name, value in sorted(result.figures.items()):
        if "calibration_" not in name and "_at_" not in name:
            print(f"{name}\t{value}")
    for split in TUNING:
        print("\t".join(f"{split}_{k} {result.counts.get(f'{split}_{k}')}" for k in ("root_matches", "pred_events", "gold_events")))
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(row) + "\n" for row in result.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
