"""Train the factuality model shipped in ``tidings/data/models/factuality.npz``.

Usage (from the repository root, with ../shared beside it)::

    .venv/bin/python tools/train_factuality.py            # train, choose settings by CV, write the model
    .venv/bin/python tools/train_factuality.py --check    # also print the figures on UW dev once

Data: UW *train* from ``../shared/eval/factuality-dev/uw/train.conll`` (read at
run time; no text is copied into the repository). Each sentence is rebuilt as
a spaCy ``Doc`` from its tokens and parsed by the model's own components, as
``tidings eval factuality`` does; every annotated predicate is one example,
its target the gold value on -3..+3.

Model: ridge regression over hashed sparse features and the scaled contextual
vectors (see :mod:`tidings.code.factuality`), solved with
``scipy.sparse.linalg.lsqr``. The damping and the scale of the dense part
are chosen by 5-fold cross-validation on *train* (folds from a fixed seed);
*dev* is not looked at unless ``--check`` is given. A few minutes on two
CPU cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import lsqr

ROOT = Path(__file__).resolve().parents[1]
DAMPING = (1.0, 2.0, 4.0)
DENSE_SCALE = (0.1, 0.3)
SEED = 13


def examples(path: Path):
    """(sparse buckets, dense vector or None, gold) for every annotated predicate in a CoNLL file."""
    from spacy.tokens import Doc

    from tidings.code.factuality import dense_features, features, hashed
    from tidings.code.modality import analyse_modality
    from tidings.code.pipeline import coding_context, get_pipeline
    from tidings.evaluate.factuality import read_conll

    nlp = get_pipeline()
    lexicon = coding_context(nlp).claims
    components = [proc for name, proc in nlp.pipeline if not name.startswith("tidings_")]
    items = [(words, marks) for words, marks in read_conll(path) if marks]
    docs = [Doc(nlp.vocab, words=words) for words, _ in items]
    for proc in components:
        docs = list(proc.pipe(docs, batch_size=64))
    rows = []
    for doc, (_, marks) in zip(docs, items):
        for i, value in sorted(marks.items()):
            modality = analyse_modality(doc, i, lexicon=lexicon)
            rows.append((hashed(features(doc, i, modality)), dense_features(doc, i), value))
    return rows


def matrices(rows, mean=None, scale=None):
    from tidings.code.factuality import DIMENSIONS

    indices, pointers = [], [0]
    for buckets, _, _ in rows:
        indices.extend(buckets)
        pointers.append(len(indices))
    sparse = sp.csr_matrix((np.ones(len(indices), dtype=np.float64), indices, pointers), shape=(len(rows), DIMENSIONS))
    dense = np.array([d if d is not None else np.zeros_like(rows[0][1]) for _, d, _ in rows], dtype=np.float64)
    if mean is None:
        mean, scale = dense.mean(0), dense.std(0) + 1e-6
    gold = np.array([v for _, _, v in rows])
    return sparse, (dense - mean) / scale, gold, mean, scale


def fit(sparse, dense, gold, damp, dense_scale):
    design = sp.hstack([sparse, sp.csr_matrix(dense * dense_scale)]).tocsr()
    w = lsqr(design, gold, damp=damp)[0]
    return w[: sparse.shape[1]], w[sparse.shape[1]:] * dense_scale


def predict(sparse, dense, w_sparse, w_dense):
    return np.clip(sparse @ w_sparse + dense @ w_dense, -3, 3)


def pearson(a, b):
    return float(np.corrcoef(a, b)[0, 1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "factuality-dev" / "uw")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "tidings" / "data" / "models" / "factuality.npz")
    parser.add_argument("--check", action="store_true", help="print Pearson r and MAE on UW dev once, after training")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from tidings.code.factuality import FactualityModel

    started = time.perf_counter()
    rows = examples(args.data / "train.conll")
    sparse, dense, gold, mean, scale = matrices(rows)
    print(f"train: {len(rows)} predicates read and parsed in {time.perf_counter() - started:.0f} s")
    folds = np.random.default_rng(SEED).integers(0, 5, len(rows))
    best = None
    for damp in DAMPING:
        for ds in DENSE_SCALE:
            pred = np.zeros(len(rows))
            for k in range(5):
                tr = folds != k
                w_s, w_d = fit(sparse[tr], dense[tr], gold[tr], damp, ds)
                pred[~tr] = predict(sparse[~tr], dense[~tr], w_s, w_d)
            r = pearson(pred, gold)
            print(f"  cv damping={damp} dense_scale={ds}: r={r:.4f} mae={np.abs(pred - gold).mean():.4f}", flush=True)
            if best is None or r > best[0]:
                best = (r, damp, ds)
    assert best is not None
    r_cv, damp, ds = best
    w_s, w_d = fit(sparse, dense, gold, damp, ds)
    keep = np.flatnonzero(np.abs(w_s) > 1e-7)
    model = FactualityModel(
        index=keep.astype(np.int32), weights=w_s[keep].astype(np.float32), dense_mean=mean.astype(np.float32),
        dense_scale=scale.astype(np.float32), dense_weights=w_d.astype(np.float32),
        meta={"trained_on": "UW train (unified factuality corpus)", "predicates": len(rows), "damping": damp, "dense_scale": ds,
              "cv_pearson_r": round(r_cv, 4), "seed": SEED, "date": dt.date.today().isoformat()},
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"chosen damping={damp} dense_scale={ds} (cv r={r_cv:.4f}); {len(keep)} sparse weights; wrote {args.out} "
          f"({args.out.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - started:.0f} s")
    if args.check:
        dev = examples(args.data / "dev.conll")
        d_sparse, d_dense, d_gold, _, _ = matrices(dev, mean, scale)
        pred = predict(d_sparse, d_dense, w_s, w_d)
        print(f"dev: {len(dev)} predicates, r={pearson(pred, d_gold):.4f} mae={np.abs(pred - d_gold).mean():.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
