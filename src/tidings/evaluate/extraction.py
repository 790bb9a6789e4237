"""Evaluation task ``extraction``: main text and metadata of HTML pages, and plain-text boilerplate rules.

HTML part, on trafilatura's evaluation set (``trafilatura-eval``: 990 pages,
``tests/evaldata.json`` and gzipped pages in ``tests/eval/`` and
``tests/cache/``). Each page lists snippets that must appear in the
extracted text (``with``) and snippets that must not (``without``). Scoring
follows trafilatura's own: a ``with`` snippet found is a true positive, not
found a false negative; a ``without`` snippet found is a false positive, not
found a true negative. The extracted text is the document's title and clean
text, whitespace folded. Date, author and title accuracy are measured on the
pages that give them (dates compared as ISO days, authors and titles
case-folded with punctuation ignored). ``limit`` takes that many pages
spread evenly over the set.

Plain-text part, on the annotated articles in ``tests/fixtures/boilerplate``
of the tidings repository (when present beside the package source): each
raw line is boilerplate (gold list with reason), metadata, or article; we
report line precision/recall of boilerplate removal, the share of article
lines kept, and reason accuracy.
"""

from __future__ import annotations

import gzip
import json
import re
import time
import unicodedata
from pathlib import Path
from typing import Any, Mapping, Optional, TypeVar

from .._errors import EvalDataError, ReadError
from . import EvalResult, task

__all__ = ["evaluate_extraction", "score_snippets", "score_boilerplate_fixtures"]

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "boilerplate"

_T = TypeVar("_T")


def _fold(text: str) -> str:
    return " ".join(text.split())


def _as_text(value: Any) -> str:
    """Gold fields are strings, sometimes lists of strings."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value if v)
    return "" if value is None else str(value)


def _key(text: Any) -> str:
    text = unicodedata.normalize("NFKC", _as_text(text)).casefold()
    return " ".join(re.findall(r"\w+", text))


def score_snippets(text: Optional[str], item: Mapping[str, Any]) -> tuple[int, int, int, int]:
    """``(tp, fn, fp, tn)`` of one page, as trafilatura's evaluation counts them."""
    if text is None:
        return 0, len(item.get("with", [])), 0, len(item.get("without", []))
    text = _fold(text)
    tp = sum(1 for s in item.get("with", []) if _fold(s) in text)
    fp = sum(1 for s in item.get("without", []) if _fold(s) in text)
    return tp, len(item.get("with", [])) - tp, fp, len(item.get("without", [])) - fp


def _sample(items: list[_T], limit: Optional[int]) -> list[_T]:
    """A fixed sample of ``limit`` items spread evenly over the set (the file
    lists pages by source, so its first pages are not representative)."""
    if not limit or limit >= len(items):
        return items
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


def _page(root: Path, name: str) -> Optional[bytes]:
    for folder in ("eval", "cache"):
        for candidate in (root / "tests" / folder / f"{name}.gz", root / "tests" / folder / name):
            if candidate.is_file():
                data = candidate.read_bytes()
                return gzip.decompress(data) if candidate.suffix == ".gz" else data
    return None


def _author_match(found: Optional[str], gold: Any) -> bool:
    gold = _as_text(gold)
    f, g = _key(found), _key(gold)
    if not f or not g:
        return False
    gold_names = [_key(a) for a in re.split(r";|,|&|\b(?:and|und|et|y|i|e)\b", gold) if _key(a)]
    return f == g or all(name in f for name in gold_names)


def score_boilerplate_fixtures(folder: Path = FIXTURES) -> dict[str, Any]:
    """Line-level scores of the plain-text rules on annotated fixture articles."""
    from ..read import read_article
    from ..read.boilerplate import fold

    tp = fp = fn = kept = article = reason_ok = 0
    errors: list[dict[str, Any]] = []
    files = sorted(folder.glob("*.txt"))
    for path in files:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        raw = path.read_text(encoding="utf-8")
        doc = read_article(raw)
        clean = fold(doc["text"])
        removed = {fold(r["text"]): r["reason"] for r in doc["removed"] if r["reason"] not in {"title", "byline", "date-line", "republication"}}
        boiler = {fold(k): v for k, v in gold["boilerplate"].items()}
        for line, reason in boiler.items():
            if line in removed:
                tp += 1
                reason_ok += removed[line] == reason
            else:
                fn += 1
                errors.append({"fixture": path.name, "missed": line})
        for line in removed:
            if line not in boiler:
                fp += 1
                errors.append({"fixture": path.name, "removed_article_text": line})
        meta = {fold(m) for m in gold.get("metadata", [])}
        for line in (fold(x).lstrip("•").strip() for x in raw.splitlines()):
            if not line or line in boiler or line in meta or any(b in line for b in boiler):
                continue
            article += 1
            kept += line in clean
    return {
        "files": len(files),
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "kept": kept / article if article else 0.0,
        "reason_accuracy": reason_ok / tp if tp else 0.0,
        "lines": tp + fn,
        "article_lines": article,
        "errors": errors,
    }


@task("extraction", data="trafilatura-eval", help="HTML main text (snippet P/R/F1), date/author/title accuracy; plain-text boilerplate rules")
def evaluate_extraction(path: Path, *, limit: Optional[int] = None, **_: Any) -> EvalResult:
    """HTML pages read by :func:`tidings.read.read_article` against trafilatura's gold, plus the plain-text fixtures."""
    from ..read import read_article

    gold_file = path / "tests" / "evaldata.json"
    if not gold_file.is_file():
        raise EvalDataError("tests/evaldata.json not found", path=str(path))
    gold: dict[str, dict[str, Any]] = json.loads(gold_file.read_text(encoding="utf-8"))
    items = _sample(list(gold.items()), limit)
    tp = fn = fp = tn = 0
    pages = missing = failed = 0
    meta_total = {"date": 0, "author": 0, "title": 0}
    meta_ok = {"date": 0, "author": 0, "title": 0}
    errors: list[dict[str, Any]] = []
    started = time.perf_counter()
    for url, item in items:
        data = _page(path, item["file"])
        if data is None:
            missing += 1
            continue
        pages += 1
        try:
            doc = read_article(data, url=url, path=item["file"])
            text = "\n\n".join(x for x in (doc.get("title"), doc["text"]) if x)
        except ReadError as err:
            failed += 1
            doc, text = {}, None
            errors.append({"file": item["file"], "error": str(err)})
        a, b, c, d = score_snippets(text, item)
        tp, fn, fp, tn = tp + a, fn + b, fp + c, tn + d
        if b or c:
            errors.append({"file": item["file"], "missed": b, "unwanted": c})
        if item.get("date"):
            meta_total["date"] += 1
            meta_ok["date"] += (doc.get("published") or "")[:10] == _as_text(item["date"])[:10]
        if item.get("author"):
            meta_total["author"] += 1
            meta_ok["author"] += _author_match(doc.get("author"), item["author"])
        if item.get("title"):
            meta_total["title"] += 1
            meta_ok["title"] += _key(doc.get("title")) == _key(item["title"])
    seconds = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    figures = {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": (tp + tn) / (tp + tn + fp + fn) if tp + tn + fp + fn else 0.0,
    }
    for key in ("date", "author", "title"):
        figures[f"{key}_accuracy"] = meta_ok[key] / meta_total[key] if meta_total[key] else 0.0
    counts = {"pages": pages, "missing": missing, "failed": failed, "tp": tp, "fn": fn, "fp": fp, "tn": tn,
              **{f"{k}_gold": v for k, v in meta_total.items()}}
    notes = [f"{pages} pages in {seconds:.1f} s ({pages / seconds if seconds else 0:.1f} pages/s)"]
    if FIXTURES.is_dir():
        bp = score_boilerplate_fixtures(FIXTURES)
        figures.update({
            "boilerplate_precision": bp["precision"],
            "boilerplate_recall": bp["recall"],
            "boilerplate_kept": bp["kept"],
            "boilerplate_reason_accuracy": bp["reason_accuracy"],
        })
        counts.update({"boilerplate_files": bp["files"], "boilerplate_lines": bp["lines"], "article_lines": bp["article_lines"]})
        errors.extend(bp["errors"])
    else:
        notes.append("plain-text fixtures not found (installed package): boilerplate figures skipped")
    return EvalResult(task="extraction", figures=figures, counts=counts, data=str(path), notes=notes, errors=errors)
