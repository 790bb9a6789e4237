"""Evaluation task `coding`: CAMEO event codes, sources and targets on PETRARCH validation records.

Data (``../shared/eval/petrarch``, read at run time only):

- ``petrarch2/.../PETR.UnitTest.records.xml``: PETRARCH-2 unit-test records
  about fictional actors (Arnor, Gondor, ...). Their actors are resolved with
  the ``PETR.Validate.actors``/``agents`` dictionaries loaded into a fresh
  knowledge base (the actor engine's ``Knowledge.add_dictionary``). Many of
  their codes come from PETRARCH's own verb dictionary for stylised test
  verbs, so they measure coverage of that dictionary's choices as much as
  coding quality.
- ``UniversalPetrarch/.../PETR2_GSR_validation.xml``: real AFP (GigaWord)
  sentences with hand-checked codes (silver), resolved with the default
  knowledge base.

Figures, per set (``unit_*``, ``giga_*``):

- ``root_recall``: share of gold codings with a predicted event of the same
  CAMEO root (first two digits) in the sentence;
- ``code_recall``: same, with the full code equal;
- ``root_precision``: share of predicted events whose root is among the
  sentence's gold roots (sentences marked "no event" count every
  prediction as wrong);
- ``source_accuracy`` / ``target_accuracy``: among gold codings matched at
  root level, share whose best matching prediction has the same actor
  country (first three letters of the code);
- ``plover_recall``: among gold codings whose CAMEO code has a PLOVER
  counterpart (the packaged codebook's mapping), share with a predicted event
  of that PLOVER type in the sentence.

Errors list every gold coding missed at root level (``"kind": "root"``) or
found at root level with another full code (``"kind": "code"``), GigaWord
sentences first.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence

from .._errors import EvalDataError
from .._types import Document, Event
from . import EvalResult, task

if TYPE_CHECKING:
    from spacy.language import Language

    from .._options import Options
    from ..code.context import CodingContext

log = logging.getLogger(__name__)

UNIT = "petrarch2/petrarch2/data/text/PETR.UnitTest.records.xml"
GIGA = "UniversalPetrarch/UniversalPetrarch/data/text/PETR2_GSR_validation.xml"
DICTS = "petrarch2/petrarch2/data/dictionaries"

_SENT = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
_ATTR = re.compile(r"(\w+)\s*=\s*\"([^\"]*)\"")
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass
class Record:
    """One validation sentence: its text, date and gold ``(source, target, code)`` codings."""

    id: str
    category: str
    date: Optional[str]
    text: str
    gold: list[tuple[str, str, str]] = field(default_factory=list)  # (source, target, code)
    noevents: bool = False


def read_records(path: Path) -> list[Record]:
    """Records of a PETRARCH validation file (tolerant of its loose XML)."""
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise EvalDataError(f"cannot read {path.name}: {exc}", path=str(path)) from None
    raw = _COMMENT.sub("", raw)
    out: list[Record] = []
    for m in _SENT.finditer(raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        body = m.group(2)
        text_m = _TEXT.search(body)
        if not text_m:
            continue
        text = " ".join(html.unescape(text_m.group(1)).split())
        rec = Record(attrs.get("id", f"s{len(out)}"), attrs.get("category", ""), _iso(attrs.get("date")), text)
        seen: set[tuple[str, str, str]] = set()
        for c in _CODING.finditer(body):
            ca = dict(_ATTR.findall(c.group(1)))
            if ca.get("noevents", "").lower() == "true":
                rec.noevents = True
                continue
            if "eventcode" in ca:
                triple = (ca.get("sourcecode", ""), ca.get("targetcode", ""), ca["eventcode"])
                if triple not in seen:
                    seen.add(triple)
                    rec.gold.append(triple)
        if rec.gold or rec.noevents:
            out.append(rec)
    if not out:
        raise EvalDataError(f"no coded sentences found in {path.name}", path=str(path))
    return out


def _iso(date: Optional[str]) -> Optional[str]:
    if date and re.fullmatch(r"\d{8}", date):
        return f"{date[:4]}-{date[4:6]}-{date[6:]}"
    return None


def _country(code: Optional[str]) -> str:
    return (code or "")[:3].upper()


def _plover(code: str) -> Optional[str]:
    """The PLOVER type of a CAMEO code in the packaged codebook (None for a code it does not know)."""
    from .._errors import KnowledgeError
    from ..code._event_lexicon import cameo_type

    try:
        return cameo_type(code).plover or None
    except KnowledgeError:
        return None


def score(records: list[Record], predictions: Sequence[Sequence[Event]]) -> dict[str, Any]:
    """Figures and counts of predicted events against gold codings."""
    gold_n = root_hit = code_hit = 0
    plover_n = plover_hit = 0
    pred_n = pred_ok = 0
    src_n = src_ok = tgt_n = tgt_ok = 0
    errors: list[dict[str, Any]] = []
    for rec, events in zip(records, predictions):
        codes = [(e["type"]["cameo"], _country((e.get("source") or {}).get("code")), _country((e.get("target") or {}).get("code"))) for e in events]
        gold_roots = {g[2][:2] for g in rec.gold}
        plovers = {e["type"].get("plover") for e in events}
        pred_n += len(codes)
        pred_ok += sum(1 for c, _, _ in codes if c[:2] in gold_roots)
        for src, tgt, code in rec.gold:
            gold_n += 1
            plover = _plover(code)
            if plover:
                plover_n += 1
                plover_hit += plover in plovers
            same_root = [c for c in codes if c[0][:2] == code[:2]]
            if same_root:
                root_hit += 1
                if any(c[0] == code for c in same_root):
                    code_hit += 1
                else:
                    errors.append({"kind": "code", "id": rec.id, "text": rec.text, "gold": [src, tgt, code], "predicted": codes})
                best = max(same_root, key=lambda c: (c[0] == code) + (c[1] == _country(src)) + (c[2] == _country(tgt)))
                if src:
                    src_n += 1
                    src_ok += best[1] == _country(src)
                if tgt:
                    tgt_n += 1
                    tgt_ok += best[2] == _country(tgt)
            else:
                errors.append({"kind": "root", "id": rec.id, "text": rec.text, "gold": [src, tgt, code], "predicted": codes})
    figures = {
        "root_recall": root_hit / gold_n if gold_n else 0.0,
        "code_recall": code_hit / gold_n if gold_n else 0.0,
        "root_precision": pred_ok / pred_n if pred_n else 0.0,
        "source_accuracy": src_ok / src_n if src_n else 0.0,
        "target_accuracy": tgt_ok / tgt_n if tgt_n else 0.0,
        "plover_recall": plover_hit / plover_n if plover_n else 0.0,
    }
    counts = {"sentences": len(records), "gold_codings": gold_n, "predicted_events": pred_n, "root_matches": root_hit,
              "plover_codings": plover_n}
    return {"figures": figures, "counts": counts, "errors": errors}


def _unit_context(data: Path, notes: list[str], verb_dictionaries: tuple[str, ...] = ()) -> "CodingContext":
    """A coding context over the built-in knowledge plus the PETR.Validate actor dictionaries (and the run's verb dictionaries)."""
    from ..code.context import CodingContext, CodingSettings

    dictionaries: list[str] = []
    for name in ("PETR.Validate.actors.txt", "PETR.Validate.agents.txt"):
        path = data / DICTS / name
        if path.exists():
            dictionaries.append(str(path))
        else:
            notes.append(f"{name} missing: unit-test actors not resolved")
    return CodingContext(CodingSettings(actor_dictionaries=tuple(dictionaries), verb_dictionaries=verb_dictionaries))


def _predict(nlp: "Language", records: list[Record], context: "CodingContext") -> list[list[Event]]:
    from ..code.mentions import events_from_doc

    out: list[list[Event]] = []
    docs = nlp.pipe((r.text for r in records), batch_size=64)
    for rec, doc in zip(records, docs):
        document: Document = {"id": rec.id, "text": rec.text, "published": rec.date, "outlet": None}
        out.append(events_from_doc(doc, document, context=context))
    return out


@task("coding", data="petrarch", help="CAMEO event codes, sources and targets on PETRARCH-2 unit tests and GigaWord sentences")
def evaluate_coding(path: Path, *, limit: Optional[int] = None, nlp: Optional["Language"] = None,
                    options: Optional["Options"] = None, **_: Any) -> EvalResult:
    """Event codes and actor countries of the PETRARCH unit-test and GigaWord sentences under ``path``.

    ``options`` (the run's settings) choose the pipeline: with
    ``verb_dictionaries`` set, the figures measure what those dictionaries add.
    """
    from ..code.pipeline import coding_context, get_pipeline

    path = Path(path)
    nlp = nlp or get_pipeline(options)
    verb_dictionaries = tuple(str(p) for p in (options.verb_dictionaries if options else ()))
    notes: list[str] = []
    figures: dict[str, float] = {}
    counts: dict[str, int] = {}
    errors: list[dict[str, Any]] = []
    sets = [("giga", GIGA), ("unit", UNIT)]
    found = False
    for prefix, rel in sets:
        file = path / rel
        if not file.exists():
            notes.append(f"{rel} not found; {prefix} figures skipped")
            continue
        found = True
        records = read_records(file)
        if limit:
            records = records[:limit]
        context = _unit_context(path, notes, verb_dictionaries) if prefix == "unit" else coding_context(nlp)
        result = score(records, _predict(nlp, records, context))
        figures.update({f"{prefix}_{k}": round(v, 4) for k, v in result["figures"].items()})
        counts.update({f"{prefix}_{k}": v for k, v in result["counts"].items()})
        errors.extend({"set": prefix, **e} for e in result["errors"])
    if not found:
        raise EvalDataError("no PETRARCH validation file found", path=str(path))
    notes.append("root = first two digits of the CAMEO code; actors compared by country (first three letters)")
    return EvalResult(task="coding", figures=figures, counts=counts, data=str(path), notes=notes, errors=errors)
