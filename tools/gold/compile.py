"""Compile hand-written annotation files (text snippets) into stored gold passes (offsets only).

    .venv/bin/python tools/gold/compile.py /work/gold_work/passA_part1.jsonl [more files]

Each input line is one sentence of one article (see docs/gold-guidelines.md):
``{"article", "sentence", "label", "reason", "events": [{"trigger", "trigger_occurrence", ...}]}``.
Snippets are looked up as whole words inside their sentence; a snippet that is
not there, a bad code or label gives a one-line error naming the article and
sentence, and the other lines are still compiled. Lines with an empty label
and no events (the skeleton of ``show.py --template``) are counted as not yet
labelled and skipped. The output goes to
``src/tidings/data/gold/passes/<input file stem>.jsonl`` with no text in it.
Exit status: 0 when every line compiled, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tidings._errors import TidingsError
from tidings.evaluate import default_data_root
from tidings.evaluate.gold import article_texts, compile_records, gold_dir, load_articles, load_sentences


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="compile annotation snippets into offset-only gold passes")
    ap.add_argument("files", nargs="+", type=Path, help="hand-written JSONL files (e.g. passA_part1.jsonl)")
    ap.add_argument("--out", type=Path, default=None, help="output folder (default src/tidings/data/gold/passes)")
    ap.add_argument("--data", type=Path, default=None, help="evaluation data root (default ../shared/eval)")
    args = ap.parse_args(argv)
    try:
        articles = load_articles()
        sentences = load_sentences()
        texts = article_texts(articles, args.data or default_data_root())
    except TidingsError as exc:
        print(f"compile: {exc}", file=sys.stderr)
        return 1
    out_dir = args.out or gold_dir() / "passes"
    failed = False
    for path in args.files:
        records = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                print(f"{path.name} line {n}: not valid JSON: {exc.msg} (column {exc.colno})", file=sys.stderr)
                failed = True
        pending = [r for r in records if not r.get("label") and not r.get("events")]
        records = [r for r in records if r.get("label") or r.get("events")]
        stored, errors = compile_records(records, texts, sentences)
        for err in errors:
            print(f"{path.name}: {err}", file=sys.stderr)
        failed = failed or bool(errors)
        keys = [(r["article"], r["sentence"]) for r in stored]
        for key in sorted({k for k in keys if keys.count(k) > 1}):
            print(f"{path.name}: {key[0]} sentence {key[1]}: annotated more than once (the last one is kept)", file=sys.stderr)
        unique = {(r["article"], r["sentence"]): r for r in stored}
        order = {a.id: i for i, a in enumerate(articles)}
        out = out_dir / f"{path.stem}.jsonl"
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            for key in sorted(unique, key=lambda k: (order.get(k[0], 0), k[1])):
                f.write(json.dumps(unique[key], ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{path.name}: {len(unique)} sentences, {sum(len(r['events']) for r in unique.values())} events -> {out}; "
              f"{len(pending)} not labelled yet, {len(errors)} errors")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
