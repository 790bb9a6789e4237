"""Evaluation task `events`: the coder on our own real-news gold set (``data/gold``).

The gold set is 317 English news articles from the public corpora under
``../shared/eval`` (TimeBank/AQUAINT, TR-News, LGL, GeoVirus), every sentence
annotated by the guidelines in ``docs/gold-guidelines.md`` in two independent
passes settled into ``passes/gold*.jsonl`` (ids, offsets and labels only; the
texts are read at run time). Articles are split by document into ``dev``
and ``cal`` (coding rules are tuned on them), ``hold`` (held out from rule
tuning; the confidence model is trained on it) and ``test`` (held out); a
split whose settled file is not there yet is left out.

Figures, per split (``dev_*``, ``cal_*``, ``hold_*``, ``test_*``):

- ``sentence_precision`` / ``_recall`` / ``_f1``: sentences with at least one
  coded event against sentences labelled ``event``;
- ``root_precision`` / ``_recall`` / ``_f1``: events matched one to one within
  a sentence by CAMEO root (the gold root or one of its ``alt_roots``),
  trigger-overlapping pairs first;
- ``full_precision`` / ``_recall`` / ``_f1``: the same with the source's and
  the target's countries equal too (both missing counts as equal; CAMEO's
  IGO and UNO, the coder's codes for international bodies, count as no
  country, as the gold writes them: settling rule 7);
- ``factuality_accuracy``: among root matches, the coded status read as the
  gold factuality classes (happened, reported_unconfirmed, future,
  hypothetical, negated, question);
- ``source_country_accuracy`` / ``target_country_accuracy``: among root
  matches whose gold actor has a country;
- ``root_precision_at_T`` / ``root_recall_at_T`` for T in
  :data:`THRESHOLDS`: the root figures when only the events whose
  ``confidence`` is at least T are kept (what the ``min_confidence`` setting
  does), ``kept_at_T`` the share of coded events kept;
- ``calibration_LO-HI_confidence`` / ``_right`` (and ``_n`` in the counts):
  a reliability table, the coded events binned by confidence against the
  share of them matched at root; ``calibration_error`` the bins' gaps
  between the two, weighted by count (expected calibration error).

With ``options.min_confidence`` above 0 every figure is that of the events
kept at that setting.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Optional, Sequence, cast

from .._errors import EvalDataError
from .._types import Document, Event
from ..time import is_own_date
from . import EvalResult, task
from .gold import article_dates, article_texts, gold_dir, load_articles, load_pass, load_sentences

if TYPE_CHECKING:
    from .._options import Options

__all__ = ["evaluate_events", "score_article", "mention_key", "factuality_class", "gold_files", "own_date", "THRESHOLDS", "CALIBRATION_BINS", "SPLITS"]

#: Confidence thresholds at which root precision and recall are reported.
THRESHOLDS = (0.3, 0.5, 0.7)
#: The gold splits, in report order: ``dev`` and ``cal`` for tuning rules, ``hold`` for the confidence model, ``test`` held out.
SPLITS = ("dev", "cal", "hold", "test")
#: Equal-width bins of the reliability table.
CALIBRATION_BINS = 5


def gold_files(folder: Optional[Path] = None) -> list[Path]:
    """The settled gold files (``passes/gold*.jsonl``: one per annotation part)."""
    return sorted((folder or gold_dir() / "passes").glob("gold*.jsonl"))


def factuality_class(event: Mapping[str, Any]) -> str:
    """A coded event's status read as a gold factuality class."""
    mentions = event.get("mentions") or [{}]
    # a coded event keeps its modality on its mention (``events_from_doc``); a flat record may carry it itself
    modality = event.get("modality") or (mentions[0].get("modality") if isinstance(mentions[0], Mapping) else None) or {}
    labels = set(modality.get("labels") or []) if isinstance(modality, Mapping) else set()
    status = str(event.get("status") or "")
    if event.get("negated") or status == "denied":
        return "negated"
    if "question" in labels:
        return "question"
    if status == "forecast" and "negated" in labels:
        return "negated"  # "the council will not lift the sanctions": a future denied is negated (guidelines, section 4)
    if status == "forecast":
        return "future"
    if status == "hypothetical":
        return "hypothetical"
    if status in {"unconfirmed", "disputed"}:
        return "reported_unconfirmed"
    return "happened"


#: CAMEO's actor codes for international bodies, which the coder writes in the country slot; the gold writes
#: them as sector IGO with country null (settling rule 7), so both read as no country
_NO_COUNTRY = frozenset({"IGO", "UNO"})


def _country(actor: Any) -> Optional[str]:
    if not isinstance(actor, Mapping):
        return None
    c = str(actor.get("country") or "").upper()
    return c if c and c not in _NO_COUNTRY else None


def _overlap(a: Any, b: Any) -> bool:
    return bool(a and b and a[0] is not None and b[0] is not None and a[0] < b[1] and b[0] < a[1])


def _sentence_of(pos: int, sentences: Sequence[tuple[int, int]]) -> Optional[int]:
    for n, (s, e) in enumerate(sentences, start=1):
        if s <= pos < e:
            return n
    return None


def score_article(gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]],
                  sentences: Sequence[tuple[int, int]]) -> dict[str, Any]:
    """Counts of one article: gold records (one per sentence) against the coded events of its text.

    The coder codes one event per actor pair ("Poland, Hungary and the Czech
    Republic joined NATO" gives three); the guidelines annotate one event per
    trigger. So the predictions of one trigger and root count as one, and a
    match is scored with the pair whose countries agree most with the gold's.
    Returns ``counts`` (summable) and ``matches``/``misses``/``spurious`` for error listings.
    """
    by_sent: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
    dyads: dict[int, list[Mapping[str, Any]]] = {}  # id of a counted prediction -> all the dyads of its trigger and root
    seen: dict[tuple[Any, Any, str], Mapping[str, Any]] = {}
    for ev in predicted:
        t = ev.get("type") or {}
        start = t.get("start")
        n = _sentence_of(int(start), sentences) if isinstance(start, int) else None
        if n is None:
            continue
        key = mention_key(ev)
        if key in seen:  # another actor pair of one trigger and root: the same event mention
            dyads[id(seen[key])].append(ev)
            continue
        seen[key] = ev
        dyads[id(ev)] = [ev]
        by_sent[n].append(ev)
    c: dict[str, int] = defaultdict(int)
    matches: list[tuple[Mapping[str, Any], Mapping[str, Any], int]] = []
    misses: list[tuple[Mapping[str, Any], int]] = []
    spurious: list[tuple[Mapping[str, Any], int]] = []
    for rec in gold:
        n = int(rec["sentence"])
        preds = by_sent.get(n, [])
        golds = list(rec.get("events") or [])
        c["gold_sentences"] += rec.get("label") == "event"
        c["pred_sentences"] += bool(preds)
        c["both_sentences"] += bool(preds) and rec.get("label") == "event"
        c["gold_events"] += len(golds)
        c["pred_events"] += len(preds)
        # one-to-one matching by root, pairs whose triggers overlap first
        pairs = []
        for i, g in enumerate(golds):
            roots = {str(g.get("cameo"))[:2], *(str(r)[:2] for r in g.get("alt_roots") or [])}
            for j, p in enumerate(preds):
                code = str((p.get("type") or {}).get("cameo") or "")
                if code[:2] in roots:
                    t = p.get("type") or {}
                    pairs.append((not _overlap(g.get("trigger"), (t.get("start"), t.get("end"))), i, j))
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, i, j in sorted(pairs):
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            matches.append((golds[i], _best_dyad(golds[i], dyads[id(preds[j])]), n))
        misses.extend((g, n) for i, g in enumerate(golds) if i not in used_g)
        spurious.extend((p, n) for j, p in enumerate(preds) if j not in used_p)
    for g, p, _ in matches:
        c["root_matches"] += 1
        gs, gt = _country(g.get("source")), _country(g.get("target"))
        ps, pt = _country(p.get("source")), _country(p.get("target"))
        c["full_matches"] += gs == ps and gt == pt
        c["factuality_ok"] += factuality_class(p) == g.get("factuality")
        if gs:
            c["source_gold"] += 1
            c["source_ok"] += gs == ps
        if gt:
            c["target_gold"] += 1
            c["target_ok"] += gt == pt
        own = own_date(p)
        gold_date = g.get("date")
        c["own_date"] += own is not None
        c["gold_date"] += bool(gold_date)
        if own is not None and gold_date:
            c["own_date_right"] += _same_date(own, gold_date)
    return {"counts": dict(c), "matches": matches, "misses": misses, "spurious": spurious}


def mention_key(event: Mapping[str, Any]) -> tuple[Any, Any, str]:
    """An event mention's trigger span and CAMEO root: the actor pairs coded for one trigger share it."""
    t = event.get("type") or {}
    return (t.get("start"), t.get("end"), str(t.get("cameo") or "")[:2])


def _best_dyad(gold: Mapping[str, Any], dyads: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    """Of the actor pairs coded for one trigger and root, the one whose countries agree most with the gold's."""
    gs, gt = _country(gold.get("source")), _country(gold.get("target"))
    return max(dyads, key=lambda p: (_country(p.get("source")) == gs) + (_country(p.get("target")) == gt))


def _same_date(own: str, gold: Any) -> bool:
    """Does a coded own date agree with the gold's at the coarser of their precisions ("2016-11-27" and "2016-11")?"""
    return own.startswith(str(gold)) or str(gold).startswith(own)


def own_date(event: Mapping[str, Any]) -> Optional[str]:
    """A coded event's own date (from the text, not its report) at its precision: "2016-11-27", "2016-11", "2016"; else None."""
    d = event.get("date") or {}
    if not is_own_date(d):
        return None
    start = str(d["start"])
    cut = {"year": 4, "decade": 3, "century": 2, "month": 7, "quarter": 4, "week": 7}.get(str(d.get("precision")), 10)
    return start[:cut]


def _prf(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _figures(c: Mapping[str, int]) -> dict[str, float]:
    out: dict[str, float] = {}
    for name, hit in (("sentence", "both_sentences"), ("root", "root_matches"), ("full", "full_matches")):
        pred, gold = (c.get("pred_sentences", 0), c.get("gold_sentences", 0)) if name == "sentence" else (c.get("pred_events", 0), c.get("gold_events", 0))
        p, r, f = _prf(c.get(hit, 0), pred, gold)
        out.update({f"{name}_precision": p, f"{name}_recall": r, f"{name}_f1": f})
    m = c.get("root_matches", 0)
    out["factuality_accuracy"] = c.get("factuality_ok", 0) / m if m else 0.0
    out["source_country_accuracy"] = c.get("source_ok", 0) / c["source_gold"] if c.get("source_gold") else 0.0
    out["target_country_accuracy"] = c.get("target_ok", 0) / c["target_gold"] if c.get("target_gold") else 0.0
    # dates of root matches: how many carry their own date, and how often it agrees with the gold's own date
    out["own_date_share"] = c.get("own_date", 0) / m if m else 0.0
    out["date_precision"] = c.get("own_date_right", 0) / c["own_date"] if c.get("own_date") else 0.0
    out["date_recall"] = c.get("own_date_right", 0) / c["gold_date"] if c.get("gold_date") else 0.0
    return {k: round(v, 4) for k, v in out.items()}


def error_rows(result: Mapping[str, Any], text: str, sentences: Sequence[tuple[int, int]], *, split: str, article: str) -> list[dict[str, Any]]:
    """The mistakes of one scored article (``score_article``'s result) as ``--errors`` rows.

    Kinds: ``missed`` (a gold event with no coded event of its root), ``source_country`` /
    ``target_country`` (a matched event whose actor's country differs from the gold's),
    ``factuality`` (a matched event read with another factuality class), ``date`` (a matched event whose
    gold has its own date, coded without that date) and ``spurious``.
    """
    rows: list[dict[str, Any]] = []

    def where(n: int) -> dict[str, Any]:
        return {"split": split, "article": article, "sentence": n}

    def sentence_text(n: int) -> str:
        s, e = sentences[n - 1]
        return text[s:e]

    for g, n in result["misses"]:
        rows.append({"kind": "missed", **where(n), "gold": g.get("cameo"),
                     "trigger": text[g["trigger"][0]:g["trigger"][1]] if g.get("trigger") else None, "text": sentence_text(n)})
    for g, p, n in result["matches"]:
        for role in ("source", "target"):
            gc, pc = _country(g.get(role)), _country(p.get(role))
            if gc and gc != pc:
                span = (g.get(role) or {}).get("span")
                rows.append({"kind": f"{role}_country", **where(n), "gold": gc, "coded": pc,
                             "gold_text": text[span[0]:span[1]] if span else None,
                             "coded_text": (p.get(role) or {}).get("text"), "cameo": (p.get("type") or {}).get("cameo"),
                             "trigger": (p.get("type") or {}).get("trigger"), "text": sentence_text(n)})
        own, gold_date = own_date(p), g.get("date")
        if gold_date and not (own is not None and _same_date(own, gold_date)):
            rows.append({"kind": "date", **where(n), "gold": str(gold_date), "coded": own, "cameo": (p.get("type") or {}).get("cameo"),
                         "trigger": (p.get("type") or {}).get("trigger"), "text": sentence_text(n)})
        coded_class = factuality_class(p)
        if g.get("factuality") and coded_class != g.get("factuality"):
            rows.append({"kind": "factuality", **where(n), "gold": g.get("factuality"), "coded": coded_class,
                         "cameo": (p.get("type") or {}).get("cameo"), "trigger": (p.get("type") or {}).get("trigger"),
                         "text": sentence_text(n)})
    for p, n in result["spurious"]:
        t = p.get("type") or {}
        rows.append({"kind": "spurious", **where(n), "coded": t.get("cameo"), "trigger": t.get("trigger"), "text": sentence_text(n)})
    return rows


@task("events", data=".", help="event coding on our own real-news gold set: sentence, CAMEO root and actor-country P/R/F1, factuality, dates")
def evaluate_events(path: Path, *, limit: Optional[int] = None, options: Optional["Options"] = None,
                    gold: Optional[Path] = None, **_: Any) -> EvalResult:
    """Code the gold articles (texts from the corpora under ``path``) and score them against ``gold`` (default: the settled set).

    ``limit`` keeps the first N articles of each split; ``options`` choose the pipeline. With
    ``options.prefilter`` the articles are coded as ingest codes them, parsing only the
    sentences the detector picks (:mod:`tidings.code.detector`).
    """
    from ..code.confidence import calibration_error, keep_confident, reliability
    from ..code.mentions import events_from_doc
    from ..code.pipeline import coding_context, get_pipeline

    paths = [gold] if gold else gold_files()
    if not paths or not all(p.exists() for p in paths):
        raise EvalDataError("the settled gold annotations are missing", path=str(gold or gold_dir() / "passes"),
                            fix="settle the two passes into passes/gold_<part>.jsonl (see docs/gold-guidelines.md)")
    records = [rec for p in paths for rec in load_pass(p)]
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        by_article[str(rec["article"])].append(rec)
    articles = [a for a in load_articles() if a.id in by_article]
    if limit:
        articles = [a for split in SPLITS for a in [x for x in articles if x.split == split][:limit]]
    if not articles:
        raise EvalDataError("no gold article has annotations", path=str(paths[0]))
    texts = article_texts(articles, Path(path))
    sentences = load_sentences()
    nlp = get_pipeline(options)
    context = coding_context(nlp)
    min_confidence = options.min_confidence if options is not None else 0.0
    present = [s for s in SPLITS if any(a.split == s for a in articles)]
    counts: dict[str, dict[str, int]] = {s: defaultdict(int) for s in present}
    at: dict[tuple[str, float], dict[str, int]] = {(split, t): defaultdict(int) for split in counts for t in THRESHOLDS}
    scored: dict[str, list[tuple[float, bool]]] = {s: [] for s in present}
    errors: list[dict[str, Any]] = []
    published = article_dates(articles, Path(path))
    documents: list[Document] = [{"id": a.id, "text": texts[a.id], "published": published[a.id], "outlet": None} for a in articles]
    if options is not None and options.prefilter:  # parse only the sentences the detector picks, as ingest does
        from ..code import code_documents

        by_id = code_documents(documents, options=options, nlp=nlp)
        coded_events: Iterator[list[Event]] = (by_id[d["id"]] for d in documents)
    else:
        parsed = nlp.pipe((d["text"] for d in documents), batch_size=8)
        coded_events = (events_from_doc(doc, d, context=context, min_confidence=min_confidence) for d, doc in zip(documents, parsed))
    for art, predicted in zip(articles, coded_events):
        coded = [dict(e) for e in predicted]
        result = score_article(by_article[art.id], coded, sentences.get(art.id, []))
        for k, v in result["counts"].items():
            counts[art.split][k] += v
        right = {mention_key(p) for _, p, _ in result["matches"]}
        confidence: dict[tuple[Any, Any, str], float] = {}  # a mention's confidence: its most confident actor pair's
        for e in coded:
            key = mention_key(e)
            confidence[key] = max(confidence.get(key, 0.0), float(cast(float, e.get("confidence", 1.0))))
        scored[art.split].extend((value, key in right) for key, value in confidence.items())
        for threshold in THRESHOLDS:
            kept = score_article(by_article[art.id], keep_confident(coded, threshold), sentences.get(art.id, []))["counts"]
            for k in ("root_matches", "pred_events", "gold_events"):
                at[(art.split, threshold)][k] += kept.get(k, 0)
        errors.extend(error_rows(result, texts[art.id], sentences.get(art.id, []), split=art.split, article=art.id))
    figures: dict[str, float] = {}
    flat: dict[str, int] = {}
    for split, c in counts.items():
        figures.update({f"{split}_{k}": v for k, v in _figures(c).items()})
        flat.update({f"{split}_{k}": v for k, v in c.items()})
        flat[f"{split}_articles"] = sum(1 for a in articles if a.split == split)
        for threshold in THRESHOLDS:
            kc = at[(split, threshold)]
            prec, recall = _prf(kc["root_matches"], kc["pred_events"], kc["gold_events"])[:2]
            figures.update({f"{split}_root_precision_at_{threshold}": round(prec, 4), f"{split}_root_recall_at_{threshold}": round(recall, 4),
                            f"{split}_kept_at_{threshold}": round(kc["pred_events"] / c["pred_events"], 4) if c.get("pred_events") else 0.0})
        table = reliability(scored[split], CALIBRATION_BINS)
        figures[f"{split}_calibration_error"] = calibration_error(table)
        for row in table:
            name = f"{split}_calibration_{row['lo']:.1f}-{row['hi']:.1f}"
            flat[f"{name}_n"] = row["n"]
            if row["n"]:
                figures.update({f"{name}_confidence": row["mean_confidence"], f"{name}_right": row["share_right"]})
    notes = ["tune on dev_* and cal_* figures only; hold_* and test_* are text no rule is tuned on",
             "confidence: the shipped model is trained on the hold articles (and cal's at a lower weight), so hold_*_at_* and "
             "hold_calibration_* are in-sample; tools/train_confidence.py prints the cross-validated ones",
             f"gold: {', '.join(p.name for p in paths)}; texts read from {path}"]
    if min_confidence > 0:
        notes.append(f"only events with confidence >= {min_confidence} are kept (setting min_confidence)")
    return EvalResult(task="events", figures=figures, counts=flat, data=str(path), notes=notes, errors=errors)
