"""Annotate again the own dates of gold events in articles first annotated without an article date.

The first passes over the LGL and TR-News articles of the cal, hold and test
splits were made without the article's date, so their annotators left "on
Tuesday" or "last week" null. These steps give each such event to two
independent passes with the article's date (the corpus's fetch date, see
:func:`tidings.evaluate.gold.article_dates`), then settle and apply them:

    .venv/bin/python tools/gold/redate.py worklist -o WORK/dates_todo.jsonl
    (two annotators each copy the file and fill in "date": WORK/dates_A.jsonl, WORK/dates_B.jsonl)
    .venv/bin/python tools/gold/redate.py settle WORK/dates_A.jsonl WORK/dates_B.jsonl -o WORK/dates_settle.jsonl
    (whoever settles writes "date" on the lines holding a "settle" field, against docs/gold-guidelines.md)
    .venv/bin/python tools/gold/redate.py apply WORK/dates_settle.jsonl

``worklist`` writes one line per gold event of those articles whose sentence
holds a time word (a weekday, a month, "yesterday", "last week", a year, "ago",
...; the pattern is ``TIME_WORD`` below) or that already carries a date; the
other events keep their date (null). ``settle`` prints the agreement of the
two passes (share of equal dates, and Cohen's kappa on dated vs null) and
writes each line with both passes' dates, the agreed one as ``date``.
``apply`` writes the settled dates into ``passes/gold_<part>.jsonl`` and
keeps the passes and the settled dates (ids and dates only, no text) in
``passes/dates_*.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, Optional

from tidings._errors import TidingsError
from tidings.evaluate import default_data_root
from tidings.evaluate.gold import article_dates, article_texts, cohen_kappa, gold_dir, load_articles, load_pass, load_sentences

SPLITS = ("cal", "hold", "test")
CORPORA = ("lgl", "trnews")
_KEPT = ("article", "sentence", "event", "article_date", "old_date", "date")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec")
TIME_WORD = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|"
    rf"(?:{_MONTHS})\b\.?|(?:last|this|next|past|previous|earlier|later|same)\s+(?:\w+\s+)?"
    r"(?:week|month|year|weekend|morning|afternoon|evening|night|day|spring|summer|fall|autumn|winter)|"
    r"weekend|overnight|ago|(?:1[89]|20)\d\d|christmas|thanksgiving|easter|new year)", re.IGNORECASE)


def _rows(data: Path) -> list[dict[str, Any]]:
    articles = [a for a in load_articles() if a.split in SPLITS and a.corpus in CORPORA]
    dates = article_dates(articles, data)
    articles = [a for a in articles if dates[a.id]]
    texts = article_texts(articles, data)
    sents = load_sentences()
    by_id = {a.id: a for a in articles}
    out = []
    for path in sorted((gold_dir() / "passes").glob("gold_part*.jsonl"), key=lambda p: int(p.stem.rsplit("part", 1)[1])):
        for rec in load_pass(path):
            art = by_id.get(str(rec["article"]))
            if art is None or not rec.get("events"):
                continue
            start, end = sents[art.id][int(rec["sentence"]) - 1]
            sentence = texts[art.id][start:end]
            for i, ev in enumerate(rec["events"]):
                if not (TIME_WORD.search(sentence) or ev.get("date")):
                    continue
                t0, t1 = ev["trigger"]
                out.append({"article": art.id, "part": art.part, "sentence": rec["sentence"], "event": i,
                            "article_date": dates[art.id], "trigger": texts[art.id][t0:t1], "cameo": ev.get("cameo"),
                            "factuality": ev.get("factuality"), "text": sentence, "old_date": ev.get("date"), "date": None})
    return out


def _read(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TidingsError(f"{path}:{n}: not JSON: {exc.msg}") from None
        date = row.get("date")
        if date is not None and not (isinstance(date, str) and _DATE.match(date)):
            raise TidingsError(f"{path}:{n}: date {date!r} is not YYYY, YYYY-MM, YYYY-MM-DD or null")
        rows.append(row)
    return rows


def _key(row: dict[str, Any]) -> tuple[str, int, int]:
    return (str(row["article"]), int(row["sentence"]), int(row["event"]))


def _settle(a_path: Path, b_path: Path, out: Path) -> dict[str, Any]:
    a, b = {_key(r): r for r in _read(a_path)}, {_key(r): r for r in _read(b_path)}
    if set(a) != set(b):
        raise TidingsError(f"the two passes cover different events ({len(set(a) ^ set(b))} differ)")
    same = sum(a[k].get("date") == b[k].get("date") for k in a)
    kappa = cohen_kappa([("dated" if a[k].get("date") else "null", "dated" if b[k].get("date") else "null") for k in a])
    lines = []
    for k in sorted(a):
        row = dict(a[k])
        da, db = a[k].get("date"), b[k].get("date")
        if da != db:
            row["date"] = None
            row["settle"] = {"A": da, "B": db, "A_note": a[k].get("note"), "B_note": b[k].get("note")}
        lines.append(json.dumps(row, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"events": len(a), "same_date": same, "share_same": round(same / len(a), 4) if a else None,
            "kappa_dated": None if kappa is None else round(kappa, 4),
            "dated_A": sum(bool(r.get("date")) for r in a.values()), "dated_B": sum(bool(r.get("date")) for r in b.values())}


def _apply(settled: Path, passes: list[Path]) -> dict[str, int]:
    rows = _read(settled)
    dates = {_key(r): r.get("date") for r in rows}
    folder = gold_dir() / "passes"
    changed = 0
    for path in sorted(folder.glob("gold_part*.jsonl")):
        recs = load_pass(path)
        touched = False
        for rec in recs:
            for i, ev in enumerate(rec.get("events") or []):
                key = (str(rec["article"]), int(rec["sentence"]), i)
                if key in dates and ev.get("date") != dates[key]:
                    ev["date"] = dates[key]
                    changed += 1
                    touched = True
        if touched:
            path.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in recs), encoding="utf-8")
    # ids and labels only: the sentences stay in the corpora
    for name, src in zip(("dates_passA.jsonl", "dates_passB.jsonl"), passes):
        (folder / name).write_text("".join(json.dumps({k: r.get(k) for k in _KEPT}) + "\n" for r in _read(src)), encoding="utf-8")
    (folder / "dates_settled.jsonl").write_text(
        "".join(json.dumps({**{k: r.get(k) for k in _KEPT}, "A": (r.get("settle") or {}).get("A", r.get("date")),
                            "B": (r.get("settle") or {}).get("B", r.get("date"))}) + "\n" for r in rows), encoding="utf-8")
    return {"events": len(rows), "changed": changed, "dated": sum(bool(d) for d in dates.values())}


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description="annotate again the dates of gold events with the article's date given")
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("worklist", help="write the events to date, one JSON line each")
    w.add_argument("-o", "--out", type=Path, required=True)
    w.add_argument("--data", type=Path, default=None, help="evaluation data root (default ../shared/eval)")
    s = sub.add_parser("settle", help="print the two passes' agreement and write the settling file")
    s.add_argument("pass_a", type=Path)
    s.add_argument("pass_b", type=Path)
    s.add_argument("-o", "--out", type=Path, required=True)
    p = sub.add_parser("apply", help="write the settled dates into the gold files")
    p.add_argument("settled", type=Path)
    p.add_argument("--passes", type=Path, nargs=2, required=True, metavar=("PASS_A", "PASS_B"))
    args = ap.parse_args(argv)
    try:
        if args.cmd == "worklist":
            rows = _rows(args.data or default_data_root())
            args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            print(json.dumps({"events": len(rows), "articles": len({r["article"] for r in rows})}))
        elif args.cmd == "settle":
            print(json.dumps(_settle(args.pass_a, args.pass_b, args.out)))
        else:
            unsettled = [r for r in _read(args.settled) if r.get("settle") and r.get("date") is None and not r.get("settled")]
            if unsettled:
                print(f"note: {len(unsettled)} disagreements settled as null (no 'settled': true mark)", file=sys.stderr)
            print(json.dumps(_apply(args.settled, list(args.passes))))
    except TidingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
