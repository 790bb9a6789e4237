"""Evaluation task ``dates``: time expressions on TempEval-3 TBAQ (TimeBank + AQUAINT).

Each ``.tml`` document is TimeML: inline ``<TIMEX3 type= value=>`` tags in
``<TEXT>`` and the document creation time in ``<DCT>``. The tags are
stripped to get the plain text and the gold character offsets; the DCT is
the anchor. Figures follow TempEval-3: strict (same span) and relaxed
(overlapping span) precision, recall and F1, type and value accuracy on
relaxed matches, and value F1 (relaxed match with the right value).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

from .._errors import EvalDataError
from . import EvalResult, task

__all__ = ["load_tml", "tbaq_files", "score", "evaluate_dates"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'([A-Za-z]+)="([^"]*)"')


def load_tml(path: Path) -> dict[str, Any]:
    """Plain text, anchor (DCT) and gold timexes of one TimeML document.

    Also its events (``{"eid", "start", "end", "text", "class"}`` in
    ``events``), event instances (``instances``: eiid -> eid) and temporal
    links (``tlinks``: ``{"rel", "event", "time"}`` for event-timex links,
    event instance ids, as the file writes them: see
    :mod:`tidings.evaluate.event_dates`).
    """
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if dct is None or body is None:
        raise EvalDataError("not a TimeML document with <DCT> and <TEXT>", path=str(path))
    content = body.group(1)
    parts: list[str] = []
    length = 0
    gold: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    open_timex: Optional[dict[str, Any]] = None
    open_event: Optional[dict[str, Any]] = None
    pos = 0
    for m in _TAG.finditer(content):
        chunk = html.unescape(content[pos:m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name == "EVENT":
            if not closing:
                attrs = dict(_ATTR.findall(m.group(3)))
                open_event = {"eid": attrs.get("eid", ""), "class": attrs.get("class", ""), "start": length}
            elif open_event is not None:
                open_event["end"] = length
                events.append(open_event)
                open_event = None
            continue
        if name != "TIMEX3":
            continue
        if not closing:
            attrs = dict(_ATTR.findall(m.group(3)))
            open_timex = {"start": length, "type": attrs.get("type", ""), "value": attrs.get("value", ""),
                          "mod": attrs.get("mod"), "tid": attrs.get("tid", "")}
        elif open_timex is not None:
            open_timex["end"] = length
            gold.append(open_timex)
            open_timex = None
    tail = html.unescape(content[pos:])
    parts.append(tail)
    text = "".join(parts)
    for g in [*gold, *events]:
        g["text"] = text[g["start"]:g["end"]]
    instances = {a["eiid"]: a.get("eventID", "") for a in (dict(_ATTR.findall(t)) for t in re.findall(r"<MAKEINSTANCE\b([^>]*)>", raw)) if "eiid" in a}
    tlinks = []
    for t in re.findall(r"<TLINK\b([^>]*)>", raw):
        a = dict(_ATTR.findall(t))
        if a.get("eventInstanceID") and a.get("relatedToTime"):
            tlinks.append({"rel": a.get("relType", ""), "event": a["eventInstanceID"], "time": a["relatedToTime"], "from": "event"})
        elif a.get("timeID") and a.get("relatedToEventInstance"):
            tlinks.append({"rel": a.get("relType", ""), "event": a["relatedToEventInstance"], "time": a["timeID"], "from": "time"})
    return {"id": path.stem, "text": text, "anchor": dct.group(1)[:10], "gold": gold, "events": events,
            "instances": instances, "tlinks": tlinks}


def tbaq_files(root: Path) -> list[Path]:
    """The TBAQ documents under ``root`` (TimeBank and AQUAINT), sorted by name."""
    files = sorted(p for p in root.rglob("*.tml") if "TBAQ" in str(p) and "testpipeline" not in p.parts)
    if not files:
        raise EvalDataError("no TBAQ .tml files found", path=str(root))
    return files


def _sample(files: list[Path], limit: Optional[int]) -> list[Path]:
    """A fixed sample spread over the whole list (both corpora), ``limit`` long."""
    if not limit or limit >= len(files):
        return files
    step = len(files) / limit
    return [files[int(i * step)] for i in range(limit)]


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def score(docs: Sequence[tuple[str, Sequence[Mapping[str, Any]], Sequence[Mapping[str, Any]]]]) -> tuple[dict[str, float], dict[str, int], list[dict[str, Any]]]:
    """Figures over ``(doc id, gold, predicted)`` triples; also a list of errors to read."""
    n_gold = n_pred = strict = relaxed = type_ok = value_ok = 0
    errors: list[dict[str, Any]] = []
    kinds: Counter[str] = Counter()
    for doc_id, gold, pred in docs:
        used: set[int] = set()
        for p in pred:
            match = None
            for j, g in enumerate(gold):
                if j not in used and _overlap(p, g):
                    if match is None or (g["start"], g["end"]) == (p["start"], p["end"]):
                        match = j
            if match is None:
                errors.append({"doc": doc_id, "kind": "spurious", "text": p["text"], "value": p["value"]})
                kinds["spurious"] += 1
                continue
            used.add(match)
            g = gold[match]
            relaxed += 1
            if (g["start"], g["end"]) == (p["start"], p["end"]):
                strict += 1
            else:
                kinds["span"] += 1
            if g["type"] == p["type"]:
                type_ok += 1
            else:
                kinds["type"] += 1
            if g["value"] == p["value"]:
                value_ok += 1
            else:
                kinds["value"] += 1
                errors.append({"doc": doc_id, "kind": "value", "text": p["text"], "gold_text": g["text"],
                               "value": p["value"], "gold": g["value"]})
        for j, g in enumerate(gold):
            if j not in used:
                kinds["missed"] += 1
                errors.append({"doc": doc_id, "kind": "missed", "gold_text": g["text"], "gold": g["value"], "type": g["type"]})
        n_gold += len(gold)
        n_pred += len(pred)

    def prf(hit: int) -> tuple[float, float, float]:
        p = hit / n_pred if n_pred else 0.0
        r = hit / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    sp, sr, sf = prf(strict)
    rp, rr, rf = prf(relaxed)
    vp, vr, vf = prf(value_ok)
    figures = {
        "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
        "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
        "type_accuracy": type_ok / relaxed if relaxed else 0.0,
        "value_accuracy": value_ok / relaxed if relaxed else 0.0,
        "value_f1": vf,
    }
    counts = {"gold": n_gold, "predicted": n_pred, "strict": strict, "relaxed": relaxed,
              "type_correct": type_ok, "value_correct": value_ok, **{f"errors_{k}": v for k, v in sorted(kinds.items())}}
    return figures, counts, errors


@task("dates", data="tempeval3-train",
      help="time expressions and TIMEX3 values on TempEval-3 TBAQ (span P/R/F1, value accuracy, value F1)")
def evaluate_dates(path: Path, *, limit: Optional[int] = None) -> EvalResult:
    """Time expressions found and normalised by :func:`tidings.dates` against the TBAQ gold, anchored at each DCT."""
    from ..code.time import dates

    files = _sample(tbaq_files(Path(path)), limit)
    triples = []
    for f in files:
        doc = load_tml(f)
        pred = dates(doc["text"], anchor=doc["anchor"])
        triples.append((doc["id"], doc["gold"], pred))
    figures, counts, errors = score(triples)
    counts["documents"] = len(files)
    return EvalResult(task="dates", figures=figures, counts=counts, data=str(path),
                      notes=["gold: TBAQ-cleaned TIMEX3 in <TEXT> (the DCT itself is not scored); anchor = DCT"],
                      errors=errors)
