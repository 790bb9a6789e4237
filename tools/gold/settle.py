"""Merge two independent annotation passes into a settling file: agreements kept, disagreements laid side by side.

    .venv/bin/python tools/gold/settle.py WORK/passA_part1.jsonl WORK/passB_part1.jsonl -o WORK/gold_part1.jsonl

Inputs are the hand-written working files of the two passes (same articles).
A sentence on which both passes agree (same label, and the same events:
trigger word, CAMEO root, factuality, source and target country) is written
as pass A wrote it. Any other sentence is written with an empty label and a
``"settle": {"A": ..., "B": ...}`` field holding both versions; whoever
settles it reads the guidelines (docs/gold-guidelines.md), writes the final
``label``/``reason``/``events`` and may delete ``settle``. ``compile.py``
then turns the file into ``passes/gold_<part>.jsonl`` (it skips lines still
unlabelled). The counts printed are the raw agreement before settling.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Mapping


def _events_key(rec: Mapping[str, Any]) -> tuple[Any, ...]:
    out = []
    for ev in rec.get("events") or []:
        src, tgt = ev.get("source") or {}, ev.get("target") or {}
        out.append((str(ev.get("trigger") or "").lower(), int(ev.get("trigger_occurrence") or 1), str(ev.get("cameo") or "")[:2],
                    ev.get("factuality"), src.get("country") if isinstance(src, Mapping) else None,
                    tgt.get("country") if isinstance(tgt, Mapping) else None))
    return tuple(sorted(out, key=repr))


def _load(path: Path) -> dict[tuple[str, int], dict[str, Any]]:
    out: dict[tuple[str, int], dict[str, Any]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"settle: {path.name} line {n}: not JSON ({exc.msg})") from None
        out[(str(rec["article"]), int(rec["sentence"]))] = rec
    return out


def settle(a: Mapping[tuple[str, int], Mapping[str, Any]], b: Mapping[tuple[str, int], Mapping[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The merged records (in pass A's order, then B-only sentences) and the counts of agreement."""
    counts = {"sentences": 0, "agreed": 0, "to_settle": 0, "label_differs": 0}
    out: list[dict[str, Any]] = []
    for key in list(a) + [k for k in b if k not in a]:
        ra, rb = a.get(key), b.get(key)
        counts["sentences"] += 1
        if ra and rb and ra.get("label") and ra.get("label") == rb.get("label") and _events_key(ra) == _events_key(rb):
            counts["agreed"] += 1
            out.append({k: v for k, v in ra.items() if k != "settle"})
            continue
        counts["to_settle"] += 1
        counts["label_differs"] += bool(ra and rb and ra.get("label") != rb.get("label"))
        base = dict(ra or rb or {})
        strip = ("article", "sentence", "text")
        out.append({"article": key[0], "sentence": key[1], "text": base.get("text"), "label": "", "reason": None, "events": [],
                    "settle": {"A": {k: v for k, v in (ra or {}).items() if k not in strip},
                               "B": {k: v for k, v in (rb or {}).items() if k not in strip}}})
    return out, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="merge two annotation passes into a settling file")
    ap.add_argument("pass_a", type=Path)
    ap.add_argument("pass_b", type=Path)
    ap.add_argument("-o", "--out", type=Path, required=True, help="settling file to write (a working file: keep it out of the repository)")
    args = ap.parse_args(argv)
    merged, counts = settle(_load(args.pass_a), _load(args.pass_b))
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in merged), encoding="utf-8")
    print(" ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
