"""Forecast records on forecasting questions and statements: detection, proposition and deadline.

The data set (``tidings/data/eval/forecast_questions.jsonl``, written for
tidings) holds questions as forecasting tournaments ask them ("Will the two
Koreas hold a summit by 30 June 2018?"), forecasts with stated dates,
relative horizons, conditions, schedules and estimative words, and
statements that are not forecasts (past, negated past, explanation, desire,
habit). Each line is ``{"id", "split", "published", "text", "context"?,
"gold": {"forecast", "question", "cameo_root", "source", "target",
"deadline", "basis"}}``; ``split`` is ``test`` for every third item, else
``dev`` (tune on dev only).

Each item is read and coded as one article published on its date (the
optional ``context`` sentence first), and its mentions fused as ``tidings
fuse`` does; the forecast records said in the item's own sentence are its
prediction. Figures per split (prefix ``dev_`` / ``test_``):

- ``precision``, ``recall``, ``f1``: an item is predicted a forecast when it
  yields at least one forecast record (a question yields one with
  ``question: true``);
- over the gold forecasts detected: ``proposition_accuracy`` (CAMEO root and
  every actor the gold names, as a country or CAMEO code, among the record's
  source and target), ``root_accuracy``, ``actor_accuracy``,
  ``deadline_accuracy`` (the exact day, or no deadline when the gold has
  none), ``basis_accuracy`` and ``question_accuracy``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

from .._errors import EvalDataError
from .._options import Options
from . import EvalResult, task

DATA = Path(__file__).resolve().parents[1] / "data" / "eval" / "forecast_questions.jsonl"
_GOLD_KEYS = ("forecast", "question", "cameo_root", "source", "target", "deadline", "basis")


def read_items(path: Path) -> list[dict[str, Any]]:
    """The items of a forecast-question file (``path`` or ``path/forecast_questions.jsonl``)."""
    file = path / DATA.name if path.is_dir() else path
    items = []
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise EvalDataError(f"cannot read forecast questions: {err}", path=str(file)) from err
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            raise EvalDataError(f"line {n} is not JSON: {err.msg}", path=str(file)) from err
        gold = item.get("gold") if isinstance(item, dict) else None
        if not isinstance(gold, dict) or not all(k in gold for k in _GOLD_KEYS) or not item.get("text") or not item.get("published"):
            raise EvalDataError(f"line {n} lacks text, published or a gold field ({', '.join(_GOLD_KEYS)})", path=str(file))
        items.append(item)
    return items


def _keys(actor: Any) -> set[str]:
    if not actor:
        return set()
    code = str(actor.get("code") or "").upper()
    return {k for k in (str(actor.get("country") or "").upper(), code, code[:3]) if k}


def _said_in(event: Mapping[str, Any], text: str) -> bool:
    squash = " ".join(text.split())
    return any(" ".join(str(m.get("sentence") or "").split()) in squash for m in event.get("mentions") or [])


def _judge(gold: Mapping[str, Any], record: Mapping[str, Any]) -> dict[str, bool]:
    fc = record.get("forecast") or {}
    root = str((record.get("type") or {}).get("cameo") or "")[:2]
    keys = _keys(record.get("source")) | _keys(record.get("target"))
    wanted = [a for a in (gold.get("source"), gold.get("target")) if a]
    actors = all(a.upper() in keys for a in wanted)
    root_ok = root == gold.get("cameo_root")
    return {
        "root": root_ok,
        "actors": actors,
        "proposition": root_ok and actors,
        "deadline": fc.get("deadline") == gold.get("deadline"),
        "basis": (fc.get("deadline_basis") or "none") == (gold.get("basis") or "none"),
        "question": bool(fc.get("question")) == bool(gold.get("question")),
    }


def predict(items: Iterable[Mapping[str, Any]], *, options: Optional[Options] = None) -> list[list[dict[str, Any]]]:
    """The forecast records said in each item's own text (read, coded and fused as one article each)."""
    from ..code import code_documents
    from ..fuse import fuse
    from ..read import read_article

    items = list(items)
    docs = []
    for item in items:
        text = " ".join(x for x in (item.get("context"), item["text"]) if x)
        doc = read_article(text, published=item["published"], outlet="Eval Wire").copy()
        doc["id"] = str(item.get("id") or doc["id"])
        docs.append(doc)
    coded = code_documents(docs, options=options)
    out = []
    for item, doc in zip(items, docs):
        mentions = coded.get(doc["id"], [])
        fused = fuse(mentions, documents={doc["id"]: doc}, options=options) if mentions else None
        records = [e for e in (fused.events if fused else []) if e.get("forecast") and _said_in(e, item["text"])]
        out.append([dict(r) for r in records])
    return out


def score(items: list[Mapping[str, Any]], predictions: list[list[dict[str, Any]]]) -> tuple[dict[str, float], dict[str, int], list[dict[str, Any]]]:
    """Figures, counts and mistakes of ``predictions`` (one list of forecast records per item) against the gold."""
    tp = fp = fn = tn = 0
    right = {k: 0 for k in ("proposition", "root", "actors", "deadline", "basis", "question")}
    errors: list[dict[str, Any]] = []
    for item, records in zip(items, predictions):
        gold = item["gold"]
        if not gold["forecast"]:
            if records:
                fp += 1
                errors.append({"id": item["id"], "error": "not a forecast", "text": item["text"]})
            else:
                tn += 1
            continue
        if not records:
            fn += 1
            errors.append({"id": item["id"], "error": "missed", "text": item["text"]})
            continue
        tp += 1
        best = max(records, key=lambda r: tuple(_judge(gold, r).values()))
        verdict = _judge(gold, best)
        for k, ok in verdict.items():
            right[k] += ok
        wrong = [k for k, ok in verdict.items() if not ok]
        if wrong:
            fc = best.get("forecast") or {}
            errors.append({"id": item["id"], "error": ",".join(wrong), "text": item["text"], "deadline": fc.get("deadline"),
                           "gold_deadline": gold.get("deadline"), "basis": fc.get("deadline_basis"),
                           "cameo": (best.get("type") or {}).get("cameo"), "actors": sorted(_keys(best.get("source")) | _keys(best.get("target")))})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    figures = {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        **{f"{k}_accuracy": (v / tp if tp else 0.0) for k, v in right.items()},
    }
    counts = {"items": len(items), "true_positives": tp, "false_positives": fp, "false_negatives": fn, "true_negatives": tn}
    return figures, counts, errors


def evaluate_forecasts(path: Path, *, limit: Optional[int] = None, options: Optional[Options] = None) -> EvalResult:
    """Detection, proposition and deadline figures on each split of the forecast questions under ``path``."""
    items = read_items(Path(path))
    if limit:
        items = items[:limit]
    predictions = predict(items, options=options)
    figures: dict[str, float] = {}
    counts: dict[str, int] = {}
    errors: list[dict[str, Any]] = []
    for split in ("dev", "test"):
        chosen = [(i, p) for i, p in zip(items, predictions) if i.get("split", "dev") == split]
        f, c, e = score([i for i, _ in chosen], [p for _, p in chosen])
        figures.update({f"{split}_{k}": round(v, 4) for k, v in f.items()})
        counts.update({f"{split}_{k}": v for k, v in c.items()})
        errors += [{**x, "split": split} for x in e]
    return EvalResult(task="forecasts", figures=figures, counts=counts, data=str(path),
                      notes=["tune on dev only; test is every third item"], errors=errors)


@task(
    "forecasts",
    data=str(DATA),
    help="forecasting questions and statements written for tidings: forecast detection P/R, proposition and exact-day deadline accuracy per split",
)
def run_forecasts(path: Path, *, limit: Optional[int] = None, options: Optional[Options] = None, **kwargs: Any) -> EvalResult:
    """The ``forecasts`` task: :func:`evaluate_forecasts` on the file (or folder) ``path``."""
    return evaluate_forecasts(Path(path), limit=limit, options=options)
