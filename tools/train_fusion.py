"""Train the pairwise fusion model shipped in ``tidings/data/models/fusion.npz``.

Usage (from the repository root, with ../shared beside it)::

    .venv/bin/python tools/train_fusion.py            # train on ECB+ train, tune on ECB+ dev, write the model
    .venv/bin/python tools/train_fusion.py --check    # also print the dev figures of the written model
    .venv/bin/python tools/train_fusion.py --trees    # also compare gradient-boosted trees (needs the `train` extra)

Data: ECB+ gold event and entity mentions from
``../shared/eval/ecbplus-dev/ariecattan/{train,dev}_*_gold_mentions.json``
(read at run time; no text is copied into the repository). Mentions are
turned into :class:`tidings.fuse.pairwise.View` values by the same code
``tidings eval fusion`` uses. Training pairs: every pair of mentions within
one *train* sub-topic (the ``ecb`` or the ``ecbplus`` documents of a topic,
which tell of two different events of one kind), labelled by the gold chains;
at run time the sub-topics come from document clustering.

Model: L2-regularised logistic regression (:func:`tidings.fuse.pairwise.fit_logistic`)
over standardised :data:`~tidings.fuse.pairwise.FEATURES` (the trigger
similarity from the static word vectors of ``data/models/vectors.npz``,
built by ``tools/build_vectors.py``, among them). The regularisation is chosen by log-loss on
*dev* sub-topic pairs; the two document-clustering thresholds (topics by
TF-IDF cosine, sub-topics by the cosine of salient words, see
:func:`tidings.fuse.pairwise.cluster_documents`), the smallest sub-topic
that stands on its own (smaller ones join the nearest larger one) and the two average-link
thresholds (within documents, across; the single moves of
:func:`tidings.fuse.pairwise.refine_clusters` follow with the across one) by CoNLL F1 on *dev*, with documents
clustered (no gold topics). Deterministic (no sampling; the seed only fixes
numpy's generator), one CPU core, about four minutes of its time.

``--trees`` also trains gradient-boosted trees (scikit-learn's
``HistGradientBoostingClassifier``, from the ``train`` extra) on the same
train pairs and prints their dev CoNLL F1 at their best pair of merge
thresholds, alone and averaged with the logistic model's log-odds, beside
the written model's. It writes nothing: on ECB+ dev the trees do worse
than the logistic model (see the fusion section of docs/evaluation.md), so
the package ships and evaluates the logistic model only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "ecbplus-dev"
SEED = 13
L2 = (0.001, 0.01, 0.1)
DOCUMENT_THRESHOLDS = (0.05, 0.1)
SUBTOPIC_THRESHOLDS = (0.08, 0.1, 0.12, 0.14)
MIN_SIZES = (1, 3)  # a sub-topic of fewer documents joins the nearest larger one of its topic
WITHIN = (0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.35)
ACROSS = (0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.35)
# --trees: the tree models compared, and the merge thresholds tried for each (trees' probabilities sit higher)
TREES = (
    {"max_iter": 150, "learning_rate": 0.05, "max_depth": 2, "min_samples_leaf": 200, "l2_regularization": 1.0},
    {"max_iter": 200, "learning_rate": 0.1, "max_leaf_nodes": 31, "min_samples_leaf": 20, "l2_regularization": 0.0},
)
TREE_THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)


def split(path: Path, name: str, analyser):
    from tidings.evaluate.fusion import _load, _records, ecb_views

    events, entities = _load(path, None, split=name)
    _, lemma_of = _records(events, entities, analyser=analyser)
    views, texts = ecb_views(events, entities, lemma_of, analyser[0])
    from tidings.evaluate.fusion import _subtopic

    chain = {f"{m['doc_id']}/{m['sent_id']}/{m['m_id']}": f"{m['topic']}|{m['coref_chain']}" for m in events}
    topic = {f"{m['doc_id']}/{m['sent_id']}/{m['m_id']}": _subtopic(m["doc_id"]) for m in events}
    return views, texts, chain, topic


def pairs(views, texts, chain, topic):
    """Feature rows and labels for every pair of mentions within one gold sub-topic."""
    from tidings.evaluate.fusion import tfidf_rows
    from tidings.fuse.pairwise import pair_features

    docs, rows, sent_rows = tfidf_rows(views, texts)
    by_doc = {d: rows[i] for i, d in enumerate(docs)}
    blocks = defaultdict(list)
    for i, v in enumerate(views):
        blocks[topic[v.id]].append(i)
    xs, ys = [], []
    for t in sorted(blocks):
        idx = blocks[t]
        f = pair_features([views[i] for i in idx], by_doc, sent_rows[idx])
        iu = np.triu_indices(len(idx), k=1)
        xs.append(f[iu])
        labels = np.array([chain[views[i].id] for i in idx], dtype=object)
        ys.append((labels[:, None] == labels[None, :])[iu].astype(np.float64))
    return np.concatenate(xs), np.concatenate(ys)


def conll_of(views, texts, chain, model, cache, **thresholds):
    from tidings.evaluate.fusion import trained_clusters
    from tidings.fuse.scoring import score_all

    response, _ = trained_clusters(views, texts, model, cache=cache, **thresholds)
    gold = defaultdict(list)
    for v in views:
        gold[chain[v.id]].append(v.id)
    return score_all(list(gold.values()), response)


class Scores:
    """A written model's document thresholds with another scorer's probabilities (for the ``--trees`` comparison)."""

    def __init__(self, model, score):
        self.model, self.score = model, score

    def __getattr__(self, name):
        return getattr(self.model, name)

    def probabilities(self, features):
        flat = features.reshape(-1, features.shape[-1])
        return self.score(flat).reshape(features.shape[:-1])


def log_loss(y, p) -> float:
    return float(-np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))


def compare_trees(x, y, xd, yd, dev, model) -> int:
    """Print the dev CoNLL F1 of gradient-boosted trees trained on the train pairs, alone and averaged with ``model``."""
    try:
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError:
        print("--trees needs scikit-learn: .venv/bin/pip install -e '.[train]'", file=sys.stderr)
        return 2

    def logit(f):
        return ((f - model.mean) / model.scale) @ model.weights + model.bias

    def best(scorer):
        cache: dict = {}
        scores = {(w, a): conll_of(*dev[:3], Scores(model, scorer), cache, within_threshold=w, threshold=a)["conll_f1"]
                  for w, a in itertools.product(TREE_THRESHOLDS, TREE_THRESHOLDS)}
        top = max(sorted(scores), key=lambda k: scores[k])
        return scores[top], top

    s = conll_of(*dev[:3], model, {})["conll_f1"]
    p = 1.0 / (1.0 + np.exp(-np.clip(logit(xd), -30, 30)))
    print(f"logistic (written): dev log-loss {log_loss(yd, p):.4f}, CoNLL F1 {s:.4f} at within {model.within_threshold}, across {model.threshold}")
    for settings in TREES:
        t0 = time.time()
        trees = HistGradientBoostingClassifier(early_stopping=False, random_state=SEED, **settings).fit(x, y)
        name = ", ".join(f"{k} {v}" for k, v in settings.items())
        s, (w, a) = best(lambda f, t=trees: t.predict_proba(f)[:, 1])
        print(f"trees ({name}): dev log-loss {log_loss(yd, trees.predict_proba(xd)[:, 1]):.4f}, best CoNLL F1 {s:.4f} at within {w}, across {a}")

        def blend(f, t=trees):
            return 1.0 / (1.0 + np.exp(-np.clip((t.decision_function(f) + logit(f)) / 2, -30, 30)))

        s, (w, a) = best(blend)
        print(f"  averaged with the logistic log-odds: dev log-loss {log_loss(yd, blend(xd)):.4f}, best CoNLL F1 {s:.4f} at within {w}, across {a}; {time.time() - t0:.0f}s")
    return 0


def main(argv=None) -> int:
    from tidings.evaluate.fusion import _analyser
    from tidings.fuse.pairwise import FEATURES, PairwiseModel, fit_logistic, load_vectors

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "tidings" / "data" / "models" / "fusion.npz")
    ap.add_argument("--check", action="store_true", help="print the dev figures of the written model")
    ap.add_argument("--trees", action="store_true", help="also print the dev figures of gradient-boosted trees (scikit-learn, the train extra)")
    args = ap.parse_args(argv)
    np.random.seed(SEED)
    t0 = time.time()
    analyser = _analyser(True)
    if analyser[0] is None:
        print("the spaCy model did not load: trigger vectors are needed to train", file=sys.stderr)
        return 2
    train = split(args.data, "train", analyser)
    dev = split(args.data, "dev", analyser)
    x, y = pairs(*train)
    xd, yd = pairs(*dev)
    print(f"train pairs {len(y)} ({int(y.sum())} coreferent); dev pairs {len(yd)} ({int(yd.sum())}); {time.time() - t0:.0f}s")
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    xs, xds = (x - mean) / scale, (xd - mean) / scale
    best = None
    for l2 in L2:
        w, b = fit_logistic(xs, y, l2)
        p = 1.0 / (1.0 + np.exp(-np.clip(xds @ w + b, -30, 30)))
        loss = float(-np.mean(yd * np.log(p + 1e-12) + (1 - yd) * np.log(1 - p + 1e-12)))
        print(f"l2 {l2}: dev log-loss {loss:.4f}")
        if best is None or loss < best[0]:
            best = (loss, l2, w, b)
    assert best is not None
    _, l2, w, b = best
    model = PairwiseModel(weights=w, bias=b, mean=mean, scale=scale)
    cache: dict = {}
    scores = {}
    for d_t, s_t, m_s in itertools.product(DOCUMENT_THRESHOLDS, SUBTOPIC_THRESHOLDS, MIN_SIZES):
        cache = {k: v for k, v in cache.items() if not (isinstance(k, tuple) and k[0] == "p")} if len(cache) > 400 else cache
        for w_t, a_t in itertools.product(WITHIN, ACROSS):
            s = conll_of(
                *dev[:3], model, cache, document_threshold=d_t, subtopic_threshold=s_t, subtopic_min_size=m_s, within_threshold=w_t, threshold=a_t
            )
            scores[(d_t, s_t, m_s, w_t, a_t)] = s["conll_f1"]
        top = max((k for k in scores if k[:3] == (d_t, s_t, m_s)), key=lambda k: scores[k])
        print(f"document threshold {d_t}, sub-topic {s_t}, min size {m_s}: best CoNLL F1 {scores[top]:.4f} at within {top[3]}, across {top[4]}")
    (d_t, s_t, m_s, w_t, a_t) = max(sorted(scores), key=lambda k: scores[k])
    meta = {
        "trained": dt.date.today().isoformat(), "data": "ECB+ train (ariecattan split), tuned on ECB+ dev", "l2": l2, "seed": SEED,
        "train_pairs": int(len(y)), "dev_conll_f1": round(scores[(d_t, s_t, m_s, w_t, a_t)], 4), "vectors": "en_core_web_sm tok2vec",
        "static_vectors": {k: load_vectors().meta.get(k) for k in ("source", "license", "method", "dims", "words")},
    }
    model = PairwiseModel(
        weights=w, bias=b, mean=mean, scale=scale, threshold=a_t, within_threshold=w_t, document_threshold=d_t, subtopic_threshold=s_t,
        subtopic_min_size=m_s, meta=meta,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(
        f"chose l2 {l2}, document threshold {d_t}, sub-topic {s_t}, min size {m_s}, within {w_t}, across {a_t}; "
        f"dev CoNLL F1 {scores[(d_t, s_t, m_s, w_t, a_t)]:.4f}"
    )
    print("weights: " + ", ".join(f"{n} {v:+.2f}" for n, v in zip(FEATURES, w)))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) in {time.time() - t0:.0f}s")
    if args.check:
        written = PairwiseModel.read(args.out)
        s = conll_of(*dev[:3], written, {})
        print("dev: " + ", ".join(f"{k} {v:.4f}" for k, v in s.items()))
    if args.trees:
        return compare_trees(x, y, xd, yd, dev, PairwiseModel.read(args.out))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
