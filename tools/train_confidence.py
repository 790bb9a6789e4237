"""Train the confidence model shipped in ``tidings/data/models/confidence.json``.

Usage (from the repository root, with ../shared beside it)::

    .venv/bin/python tools/train_confidence.py            # train on hold, choose C by CV by article, write the model
    .venv/bin/python tools/train_confidence.py --extra cal --report   # also train on cal in every fold (figures: hold's)
    .venv/bin/python tools/train_confidence.py --extra cal --extra-weight 0.3   # cal's events weigh 0.3 (the best hold CV log-loss, 2026-12-01)
    .venv/bin/python tools/train_confidence.py --check    # retrain and compare with the shipped model (writes nothing)
    .venv/bin/python tools/train_confidence.py --split dev --report   # cross-validated figures on another split, no model

Data: the *hold* articles of the real-news gold set (``tidings/data/gold``;
texts read at run time from ``../shared/eval``): a split that no coding rule
is tuned on, so that what the model learns (how often an event of this kind
is right) holds on new text. The coding rules are tuned on *dev* and *cal*,
where more coded events are right than on unseen text (a model fitted on
cal, as before December 2026, came out overconfident on test); ``--extra
cal`` adds cal's events to every training fold and to the final fit while
the cross-validated figures stay hold's. The test split is never read. The coder runs on each
article as ``tidings eval events`` runs it; every coded event is one
example, labelled 1 when :func:`tidings.evaluate.events.score_article`
matches it to a gold event at CAMEO root level, else 0. Its features are
the ones :func:`tidings.code.mentions.events_from_doc` computes at coding
time (:func:`tidings.code.confidence.features`), recorded while coding, so
training and coding see the same features. The *test* articles are not
read. The script also prints, from the cross-validated predictions, root
precision and recall at each threshold, and the lowest threshold whose
cross-validated precision reaches ``--target`` (0.85): the
``min_confidence`` to use for precision.

Model: L2-regularised logistic regression, fitted with
``scipy.optimize.minimize`` (L-BFGS); the inverse regularisation ``C`` is
chosen by 5-fold cross-validation *by article* (folds from a fixed
seed) for the lowest log-loss. The bias is not regularised. A minute or
two on one CPU core, most of it parsing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
FOLDS = 5
SEED = 17
THRESHOLDS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


class _Recorder:
    """Stands in for the confidence model while coding: keeps each event's features, in coding order."""

    def __init__(self) -> None:
        self.rows: list[dict[str, float]] = []

    def score(self, feats: dict[str, float]) -> float:
        self.rows.append(dict(feats))
        return 1.0


def examples(data: Path, split: str = "dev") -> list[tuple[str, dict[str, float], int, dict[str, Any]]]:
    """(article id, features, label, event) for every event the coder finds in the ``split`` articles."""
    from tidings.code.mentions import events_from_doc
    from tidings.code.pipeline import coding_context, get_pipeline
    from tidings.evaluate.events import gold_files, mention_key, score_article
    from tidings.evaluate.gold import article_dates, article_texts, load_articles, load_pass, load_sentences

    by_article: dict[str, list[dict[str, Any]]] = {}
    for p in gold_files():
        for rec in load_pass(p):
            by_article.setdefault(str(rec["article"]), []).append(rec)
    articles = [a for a in load_articles() if a.id in by_article and a.split == split]
    texts = article_texts(articles, data)
    published = article_dates(articles, data)
    sentences = load_sentences()
    nlp = get_pipeline()
    context = coding_context(nlp)
    recorder = _Recorder()
    saved = context.__dict__.get("confidence")
    context.__dict__["confidence"] = recorder  # the cached property's slot: record instead of scoring
    rows = []
    try:
        for art, doc in zip(articles, nlp.pipe((texts[a.id] for a in articles), batch_size=8)):
            recorder.rows.clear()
            document = {"id": art.id, "text": texts[art.id], "published": published[art.id], "outlet": None}
            events = [dict(e) for e in events_from_doc(doc, document, context=context)]  # type: ignore[arg-type]
            assert len(events) == len(recorder.rows), "one feature row per coded event"
            # right at root: a matched event, or another actor pair of its trigger and root (scored as one mention)
            right = {mention_key(p) for _, p, _ in score_article(by_article[art.id], events, sentences.get(art.id, []))["matches"]}
            rows.extend((art.id, feats, int(mention_key(ev) in right), ev) for ev, feats in zip(events, recorder.rows))
    finally:
        if saved is None:
            context.__dict__.pop("confidence", None)
        else:
            context.__dict__["confidence"] = saved
    return rows


def gold_events(data: Path, split: str = "dev") -> int:
    """The number of gold events in the ``split`` articles."""
    from tidings.evaluate.events import gold_files
    from tidings.evaluate.gold import load_articles, load_pass

    ids = {a.id for a in load_articles() if a.split == split}
    return sum(len(rec.get("events") or []) for p in gold_files() for rec in load_pass(p) if str(rec["article"]) in ids)


def design(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    index = {n: k for k, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, feats in enumerate(rows):
        for name, value in feats.items():
            k = index.get(name)
            if k is not None:
                x[i, k] = value
    return x


def fit(x: np.ndarray, y: np.ndarray, c: float, bias: int, weight: np.ndarray | None = None) -> np.ndarray:
    """Weights of L2-regularised logistic regression (``bias``: the column left unregularised; ``weight``: each example's weight, default 1)."""
    penalty = np.full(x.shape[1], 1.0 / c)
    penalty[bias] = 0.0
    sw = np.ones(len(y)) if weight is None else weight

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        ll = np.logaddexp(0, z) - y * z
        p = 1 / (1 + np.exp(-z))
        return float((sw * ll).sum() + 0.5 * (penalty * w * w).sum()), x.T @ (sw * (p - y)) + penalty * w

    res = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return np.asarray(res.x)


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ w)))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """The area under the ROC curve: how often a right event scores above a wrong one (ties count half)."""
    from scipy.stats import rankdata

    pos = y == 1
    n1, n0 = int(pos.sum()), int((~pos).sum())
    if not n1 or not n0:
        return 0.5
    return float((rankdata(p)[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "tidings" / "data" / "models" / "confidence.json")
    parser.add_argument("--check", action="store_true", help="retrain and compare with the shipped model; write nothing")
    parser.add_argument("--split", default="hold", choices=("hold", "cal", "dev"),
                        help="the gold split to train and cross-validate on (default hold, the held-out split)")
    parser.add_argument("--extra", action="append", default=[], choices=("cal", "dev"),
                        help="a split whose events are also trained on, in every fold and in the final fit, but never "
                             "scored (repeatable); the cross-validated figures stay those of --split")
    parser.add_argument("--extra-weight", type=float, default=1.0,
                        help="the weight of each --extra event in training (a hold event weighs 1)")
    parser.add_argument("--report", action="store_true", help="print the cross-validated figures only; write nothing")
    parser.add_argument("--target", type=float, default=0.85, help="the root precision the suggested threshold must reach")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from tidings.code.confidence import ConfidenceModel, calibration_error, reliability
    from tidings.evaluate.events import mention_key

    started = time.perf_counter()
    split = args.split
    extra = [s for s in dict.fromkeys(args.extra) if s != split]
    rows = examples(args.data, split)
    if not rows:
        print(f"train_confidence: no coded events in the {split!r} articles (is passes/gold_<part>.jsonl settled?)", file=sys.stderr)
        return 1
    more = [r for s in extra for r in examples(args.data, s)]
    names = sorted({n for _, f, _, _ in rows + more for n in f})
    x = design([f for _, f, _, _ in rows], names)
    y = np.array([lab for _, _, lab, _ in rows], dtype=float)
    x_more = design([f for _, f, _, _ in more], names)
    y_more = np.array([lab for _, _, lab, _ in more], dtype=float)
    art = [a for a, _, _, _ in rows]
    print(f"{split}: {len(rows)} coded events in {len(set(art))} articles, {int(y.sum())} right at root "
          f"({y.mean():.3f}); {len(names)} features; coded in {time.perf_counter() - started:.0f} s")
    if more:
        print(f"also trained on {'+'.join(extra)}: {len(more)} coded events, {int(y_more.sum())} right at root ({y_more.mean():.3f}), "
              f"each weighing {args.extra_weight:g}")
    ids = sorted(set(art))
    fold_of = dict(zip(ids, np.random.default_rng(SEED).permutation(len(ids)) % FOLDS))
    folds = np.array([fold_of[a] for a in art])
    bias = names.index("bias")
    best = None
    for c in C_GRID:
        pred = np.zeros(len(rows))
        for k in range(FOLDS):
            tr = folds != k
            sw = np.concatenate([np.ones(int(tr.sum())), np.full(len(y_more), args.extra_weight)])
            pred[~tr] = predict(x[~tr], fit(np.vstack([x[tr], x_more]), np.concatenate([y[tr], y_more]), c, bias, sw))
        ll = log_loss(pred, y)
        print(f"  cv C={c}: log-loss={ll:.4f} brier={np.mean((pred - y) ** 2):.4f} auc={auc(pred, y):.3f}", flush=True)
        if best is None or ll < best[0]:
            best = (ll, c, pred)
    assert best is not None
    ll_cv, c, cv_pred = best
    print(f"chosen C={c} (cv log-loss {ll_cv:.4f}, auc {auc(cv_pred, y):.3f}; base rate log-loss {log_loss(np.full(len(y), y.mean()), y):.4f})")
    print(f"cv reliability on {split} (bin, n, mean confidence, share right):")
    table = reliability(zip(cv_pred.tolist(), y.astype(bool).tolist()))
    for row in table:
        print(f"  {row['lo']:.1f}-{row['hi']:.1f}  n={row['n']:4d}  conf={row['mean_confidence']}  right={row['share_right']}")
    print(f"  expected calibration error {calibration_error(table):.4f}")
    gold = gold_events(args.data, split)
    print(f"cv root precision / recall on {split} at thresholds ({gold} gold events):")
    for t in THRESHOLDS:
        kept = cv_pred >= t
        p = y[kept].mean() if kept.any() else 0.0
        found = {(a, mention_key(ev)) for (a, _, lab, ev), k in zip(rows, kept) if k and lab}  # one per mention, not per actor pair
        print(f"  >= {t}: kept {int(kept.sum()):4d}  precision={p:.3f}  recall={len(found) / gold:.3f}")
    fine = [round(t, 2) for t in np.arange(0.0, 1.0, 0.05) if (cv_pred >= t).any() and y[cv_pred >= t].mean() >= args.target]
    print(f"lowest threshold with cv precision >= {args.target}: {fine[0] if fine else 'none'}")
    if args.report:
        return 0
    w = fit(np.vstack([x, x_more]), np.concatenate([y, y_more]), c, bias, np.concatenate([np.ones(len(y)), np.full(len(y_more), args.extra_weight)]))
    model = ConfidenceModel(
        weights={n: float(v) for n, v in zip(names, w)},
        meta={"trained_on": f"gold set {'+'.join([split, *extra])} articles (events matched at CAMEO root)", "events": len(rows) + len(more),
              "articles": len(ids), "positives": int(y.sum()), "C": c, "cv_log_loss": round(ll_cv, 4), "folds": FOLDS,
              "seed": SEED, "extra_weight": args.extra_weight if more else None, "date": dt.date.today().isoformat()},
    )
    if args.check:
        from tidings.code.confidence import load_model

        shipped = load_model()
        new = np.array([model.score(f) for _, f, _, _ in rows + more])
        old = np.array([shipped.score(f) for _, f, _, _ in rows + more])
        diff = np.abs(new - old)
        print(f"check: shipped C={shipped.meta.get('C')} events={shipped.meta.get('events')}; retrained C={c} events={len(rows) + len(more)}; "
              f"on {'+'.join([split, *extra])} events the two differ by at most {diff.max():.4f} (mean {diff.mean():.4f})")
        return 0 if diff.max() <= 0.02 and shipped.meta.get("events") == len(rows) + len(more) else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"{sum(1 for v in w if abs(v) >= 1e-5)} weights; wrote {args.out} ({args.out.stat().st_size / 1e3:.1f} KB) "
          f"in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
