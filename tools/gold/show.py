"""Print a gold article's sentences, numbered, with their character offsets.

    .venv/bin/python tools/gold/show.py ARTICLE_ID [--data ../shared/eval]
    .venv/bin/python tools/gold/show.py --list [--part part1] [--split dev]
    .venv/bin/python tools/gold/show.py --template part1 > /work/gold_work/passA_part1.jsonl

``--template PART`` writes one working JSONL line per sentence of the part,
with the sentence text (for reading only: the compiler ignores it) and an
empty label to fill in.

Sentence numbers and offsets come from the frozen split in
``src/tidings/data/gold/sentences.tsv`` (spaCy pipeline, see
``tools/gold/select_articles.py``); annotations refer to these numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tidings._errors import TidingsError
from tidings.evaluate import default_data_root
from tidings.evaluate.gold import article_texts, load_articles, load_sentences


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="show a gold article's numbered sentences")
    ap.add_argument("article", nargs="?", help="article id (see --list)")
    ap.add_argument("--list", action="store_true", help="list the articles (id, domain, split, part, sentences)")
    ap.add_argument("--part", help="with --list: only this part (part1 or part2)")
    ap.add_argument("--split", help="with --list: only this split (dev or test)")
    ap.add_argument("--template", metavar="PART", help="print a working file skeleton for part1 or part2")
    ap.add_argument("--data", type=Path, default=None, help="evaluation data root (default ../shared/eval)")
    args = ap.parse_args(argv)
    try:
        articles = load_articles()
        sents = load_sentences()
        if args.template:
            chosen = [a for a in articles if a.part == args.template]
            if not chosen:
                print(f"show: no articles in part {args.template!r} (part1 or part2)", file=sys.stderr)
                return 2
            texts = article_texts(chosen, args.data or default_data_root())
            for a in chosen:
                for n, (s, e) in enumerate(sents[a.id], start=1):
                    line = {"article": a.id, "sentence": n, "text": " ".join(texts[a.id][s:e].split()),
                            "label": "", "reason": None, "events": []}
                    print(json.dumps(line, ensure_ascii=False))
            return 0
        if args.list or not args.article:
            for a in articles:
                if (args.part and a.part != args.part) or (args.split and a.split != args.split):
                    continue
                print(f"{a.id}\t{a.domain}\t{a.split}\t{a.part}\t{len(sents.get(a.id, []))} sentences")
            return 0
        chosen = [a for a in articles if a.id == args.article]
        if not chosen:
            print(f"show: unknown article id {args.article!r} (see --list)", file=sys.stderr)
            return 2
        art = chosen[0]
        text = article_texts(chosen, args.data or default_data_root())[art.id]
    except TidingsError as exc:
        print(f"show: {exc}", file=sys.stderr)
        return 1
    print(f"# {art.id}  corpus={art.corpus} domain={art.domain} split={art.split} part={art.part}")
    for n, (s, e) in enumerate(sents[art.id], start=1):
        body = " ".join(text[s:e].split())
        print(f"[{n}] {s}-{e}  {body}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
