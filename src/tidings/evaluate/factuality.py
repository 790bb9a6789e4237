"""Event factuality: does :func:`analyse_modality` read how certain an event is?

Data: the unified factuality corpus (UW part, CoNLL columns: index, token,
factuality value in [-3, +3] on annotated predicates or ``_``, POS, head,
dependency, lemma; a blank line between sentences). Only the words are used:
each sentence is rebuilt as a spaCy ``Doc`` from its tokens (so indices line
up with the gold), parsed by the model's own components, and
:func:`analyse_modality` runs at every annotated predicate.

The score of a predicate is what tidings records: the trained
:class:`~tidings.code.factuality.FactualityModel` over the rule reading and
the predicate's context (trained on UW *train* by
``tools/train_factuality.py``). Figures: Pearson ``r`` and mean absolute
error ``mae`` (as in Lee et al. 2015 and Stanovsky et al. 2017); the same
for the rules alone, their labels and probability put on the -3..+3 scale by
:func:`modality_score` (``rules_pearson_r``, ``rules_mae``); and the MAE of
the constant "+3" baseline.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Optional

from .._errors import EvalDataError
from . import EvalResult, task

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

__all__ = ["read_conll", "modality_score", "evaluate_factuality"]

# Mapping of a reading onto the -3..+3 scale, fitted on the first 1,500
# sentences of UW *train* (the figures are reported on *dev*): UW annotators
# keep hedged, future and conditional events on the positive side, about
# 3 * p, and rate negated events about -2.1 * (1 - p). See docs/claims.md.
ASSERTED = 3.0  # no cue
REPORTED = 2.8  # only a reporting verb: annotators keep a little distance
POSITIVE_SLOPE = 3.0
NEGATED_SLOPE = 2.1


def read_conll(path: Path) -> Iterator[tuple[list[str], dict[int, float]]]:
    """Sentences as (words, {token index: gold factuality})."""
    words: list[str] = []
    gold: dict[int, float] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise EvalDataError(f"cannot read factuality data: {err}", path=str(path)) from err
    for n, line in enumerate(lines + [""], 1):
        if not line.strip():
            if words:
                yield words, gold
            words, gold = [], {}
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            raise EvalDataError(f"line {n}: expected tab-separated CoNLL columns", path=str(path))
        words.append(cols[1])
        if cols[2] != "_":
            try:
                gold[len(words) - 1] = float(cols[2])
            except ValueError as err:
                raise EvalDataError(f"line {n}: bad factuality value {cols[2]!r}", path=str(path)) from err


def modality_score(modality: Mapping[str, Any]) -> float:
    """The -3..+3 factuality of a :func:`analyse_modality` result, on the UW annotation scale.

    - no estimative cue: +3 when asserted, +2.8 when only reported;
    - negated: ``-2.1 * (1 - p)`` (a plain negation, p = 0.03, gives -2.0);
    - otherwise ``3 * p`` (p = 0.5 gives 1.5, "probably" 0.7 gives 2.1).

    :func:`tidings.code.modality.probability_to_score` is the literal,
    symmetric reading ``3 * (2p - 1)``; this one follows how factuality
    annotators use the scale.
    """
    labels = set(modality.get("labels", []))
    p = modality.get("probability")
    if p is None:
        if labels & {"question", "conditional"}:
            return 1.5
        return REPORTED if "reported" in labels else ASSERTED
    p = float(p)
    if "negated" in labels:
        return round(-NEGATED_SLOPE * (1.0 - p), 3)
    return round(POSITIVE_SLOPE * p, 3)


def _pearson(xs: list[float], ys: list[float]) -> float:
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else 0.0


def _parser() -> "Language":
    """The tidings pipeline for the default options (its parser reads the sentences, its context the cues)."""
    from ..code.pipeline import get_pipeline

    return get_pipeline()


def evaluate_factuality(path: Path, *, limit: Optional[int] = None, split: str = "dev") -> EvalResult:
    """Factuality of the annotated predicates in ``split``.conll under ``path``, from :func:`analyse_modality`, against the UW gold."""
    from spacy.tokens import Doc

    from ..code.modality import analyse_modality
    from ..code.pipeline import coding_context

    files = [path] if path.is_file() else sorted(path.glob(f"**/{split}.conll"))
    if not files:
        raise EvalDataError(f"no {split}.conll under the factuality data", path=str(path))
    nlp = _parser()
    context = coding_context(nlp)
    # only the model's own components: tidings' event finder is not needed to read modality
    components = [(name, proc) for name, proc in nlp.pipeline if not name.startswith("tidings_")]

    items: list[tuple[list[str], dict[int, float]]] = []
    for file in files:
        for words, marks in read_conll(file):
            if limit is not None and len(items) >= limit:
                break
            items.append((words, marks))
    sentences = len(items)
    docs = [Doc(nlp.vocab, words=words) for words, marks in items if marks]
    for _, proc in components:  # batch each component over all sentences, tokens stay as given
        docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]

    gold: list[float] = []
    pred: list[float] = []
    rules: list[float] = []
    labels_seen: dict[str, int] = {}
    errors: list[dict[str, Any]] = []
    for doc, (words, marks) in zip(docs, [it for it in items if it[1]]):
        for i, value in sorted(marks.items()):
            m = analyse_modality(doc, i, lexicon=context.claims)
            score = context.factuality.score(doc, i, m)
            gold.append(value)
            pred.append(score)
            rules.append(modality_score(m))
            for lab in m["labels"] or ["asserted"]:
                labels_seen[lab] = labels_seen.get(lab, 0) + 1
            if abs(score - value) >= 3 and len(errors) < 50:
                errors.append({"sentence": " ".join(words), "predicate": words[i], "gold": value, "predicted": score, "labels": m["labels"]})
    n = len(gold)
    if n == 0:
        raise EvalDataError("no annotated predicates read", path=str(path))
    mae = sum(abs(g - p) for g, p in zip(gold, pred)) / n
    figures = {
        "pearson_r": round(_pearson(pred, gold), 4),
        "mae": round(mae, 4),
        "rules_pearson_r": round(_pearson(rules, gold), 4),
        "rules_mae": round(sum(abs(g - p) for g, p in zip(gold, rules)) / n, 4),
        "baseline_mae": round(sum(abs(g - 3.0) for g in gold) / n, 4),
        "sign_accuracy": round(sum(1 for g, p in zip(gold, pred) if (g > 0) == (p > 0)) / n, 4),
    }
    counts = {"sentences": sentences, "predicates": n, **{f"label_{k}": v for k, v in sorted(labels_seen.items())}}
    return EvalResult(
        task="factuality",
        figures=figures,
        counts=counts,
        data=str(path),
        notes=[
            "score: the trained factuality model (tidings.code.factuality, trained on UW train)",
            "rules: +3 asserted, +2.8 only reported, -2.1*(1-p) negated, else 3*p (fitted on UW train)",
            "baseline_mae: every predicate scored +3 (the majority reading)",
        ],
        errors=errors,
    )


@task(
    "factuality",
    data="factuality-dev",
    help="event factuality (-3..+3) of annotated predicates in UW dev: Pearson r and MAE of the factuality model (and of the rules alone)",
)
def run_factuality(path: Path, *, limit: Optional[int] = None, **kwargs: Any) -> EvalResult:
    """The ``factuality`` task: :func:`evaluate_factuality` on the ``split`` (default ``dev``) under ``path``."""
    return evaluate_factuality(Path(path), limit=limit, split=kwargs.get("split", "dev"))
