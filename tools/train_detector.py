"""Train the sentence event detector shipped in ``tidings/data/models/detector.npz``.

Usage (from the repository root, with ../shared beside it)::

    .venv/bin/python tools/train_detector.py            # code the corpora, train, choose the threshold on gold dev and cal, write the model
    .venv/bin/python tools/train_detector.py --check    # retrain and compare with the shipped model (writes nothing)

Data: real news texts under ``../shared/eval``, read as the gold set reads
them (:func:`tidings.evaluate.gold.article_texts`, ECB+ with
:func:`tidings.evaluate.stories.ecb_texts`): every TimeBank/AQUAINT article
of ``tempeval3-train``, the LGL, TR-News and GeoVirus articles, and the ECB+
documents. The gold set's articles (``tidings/data/gold/articles.tsv``) are
never trained on: the *test* and *hold* ones are not read at all, the *dev*
and *cal* ones are the held-out documents the threshold is chosen on.

Labels: every text is coded whole with the full pipeline
(:func:`tidings.code.build_pipeline`, :func:`tidings.code.code_documents`,
default options); a sentence of the cheap split
(:func:`tidings.annotate.sentence_ranges`) is positive when at least one
event record has its trigger in it, and weighs as many events as it holds.

Model: L2-regularised logistic regression over the hashed features of
:func:`tidings.code.detector.features`, fitted with
``scipy.optimize.minimize`` (L-BFGS). The inverse regularisation ``C`` is
chosen by 5-fold cross-validation by document (fixed seed) for the smallest
share of characters kept at 99% of the events kept. The threshold is the
highest one that keeps at least 99% of the full coder's events (counted by
sentence) on the gold *dev* and *cal* articles. A few minutes on one core, most of
it coding.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import sys
import time
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Optional, Sequence

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

if TYPE_CHECKING:
    from tidings.code.detector import SentenceDetector

ROOT = Path(__file__).resolve().parents[1]
C_GRID = (0.03, 0.1)
FOLDS = 5
SEED = 23
TARGET = 0.99  # share of the full coder's events the threshold keeps
# the gold splits the threshold is chosen on (tuning splits, never trained on); dev alone (36 articles) set it too high
THRESHOLD_SPLITS = frozenset({"dev", "cal"})
CHECK_TOLERANCE = 0.02  # largest score difference --check accepts


@dataclass(frozen=True)
class Sentence:
    """One sentence of the cheap split, with what coding the whole text found in it."""

    doc: str
    start: int
    end: int
    position: int
    events: int  # event records whose trigger lies in the sentence


# ------------------------------------------------------------------ corpora


def corpus(data: Path) -> list[tuple[str, str, Optional[str]]]:
    """(id, text, publication date or None) of every article of the corpora, ids as in the gold set (``tbaq-<file>``, ``lgl-<docid>``, ...)."""
    sys.path.insert(0, str(ROOT / "src"))
    from tidings.evaluate.dates import load_tml
    from tidings.evaluate.gold import GEOPARSING, _xml_fetch_times, _xml_texts
    from tidings.evaluate.stories import ecb_texts
    from tidings.time.recogniser import parse_written_date

    out: dict[str, tuple[str, str, Optional[str]]] = {}
    for path in sorted((data / "tempeval3-train").rglob("*.tml")):
        did = f"tbaq-{path.stem}"
        if did not in out:
            tml = load_tml(path)
            out[did] = (did, str(tml["text"]), str(tml["anchor"]) if tml.get("anchor") else None)
    for name, file in GEOPARSING.items():
        fetched = _xml_fetch_times(data / file, name)  # the day the corpus fetched each article, as the gold set dates it
        for key, text in _xml_texts(data / file, name).items():  # keyed as the gold set keys them
            day = parse_written_date(fetched.get(key, ""))
            out[f"{name}-{key}"] = (f"{name}-{key}", text, day.isoformat() if day else None)
    for doc, text in ecb_texts(data / "ecbplus-dev").items():
        out[f"ecb-{doc}"] = (f"ecb-{doc}", text, None)
    return [v for v in out.values() if v[1].strip()]


def label(texts: Sequence[tuple[str, str, Optional[str]]]) -> list[Sentence]:
    """The sentences of the texts, labelled by coding each text whole with the full pipeline."""
    from tidings import Options
    from tidings.annotate import sentence_ranges
    from tidings.code import build_pipeline, code_documents

    options = Options()
    nlp = build_pipeline(options)
    docs = [{"id": did, "text": text, "published": published, "language": "en"} for did, text, published in texts]
    failed: list[str] = []
    coded = code_documents(docs, options=options, nlp=nlp, on_error=lambda err: failed.append(str(err)))  # type: ignore[arg-type]
    for message in failed:
        print(f"  skipped: {message}")
    out: list[Sentence] = []
    for did, text, _ in texts:
        if did not in coded:
            continue
        ranges = sentence_ranges(text)
        starts = [s for s, _ in ranges]
        hits = [0] * len(ranges)
        for event in coded[did]:
            k = bisect.bisect_right(starts, int(event["type"]["start"])) - 1
            if k >= 0 and event["type"]["start"] < ranges[k][1]:
                hits[k] += 1
        out.extend(Sentence(did, s, e, k, hits[k]) for k, (s, e) in enumerate(ranges))
    return out


# ------------------------------------------------------------------ model


def design(sentences: Sequence[Sentence], texts: dict[str, str], forms: frozenset[str]) -> sparse.csr_matrix:
    """The binary feature matrix of the sentences (one row each, :data:`tidings.code.detector.BUCKETS` columns)."""
    from tidings.code.detector import BUCKETS, features, hashed

    indptr, indices = [0], []
    for s in sentences:
        cols = sorted(set(hashed(features(texts[s.doc][s.start:s.end], s.position, forms))))
        indices.extend(cols)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return sparse.csr_matrix((data, np.array(indices, dtype=np.int64), np.array(indptr, dtype=np.int64)), shape=(len(sentences), BUCKETS))


def fit(x: sparse.csr_matrix, y: np.ndarray, c: float, bias: int) -> np.ndarray:
    """Weights of L2-regularised logistic regression (``bias``: the column left unregularised)."""
    used = np.flatnonzero(np.asarray(x.sum(axis=0)).ravel())  # fit on the buckets some sentence has; the others stay exactly 0
    xu = x[:, used].tocsr()
    xt = xu.T.tocsr()
    penalty = np.full(len(used), 1.0 / c)
    penalty[used == bias] = 0.0

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = xu @ w
        ll = np.logaddexp(0, z) - y * z
        p = 1 / (1 + np.exp(-z))
        return float(ll.sum() + 0.5 * (penalty * w * w).sum()), xt @ (p - y) + penalty * w

    res = minimize(loss, np.zeros(len(used)), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    w = np.zeros(x.shape[1])
    w[used] = res.x
    return w


def predict(x: sparse.csr_matrix, w: np.ndarray) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-(x @ w))))


def threshold_for(scores: np.ndarray, events: np.ndarray, target: float = TARGET) -> float:
    """The highest threshold whose kept sentences (score >= threshold) hold at least ``target`` of the events."""
    total = events.sum()
    if total == 0:
        return 1.0
    order = np.argsort(-scores, kind="stable")
    kept = np.cumsum(events[order])
    k = int(np.searchsorted(kept, target * total - 1e-9))  # the first rank at which the target is reached
    return float(scores[order][min(k, len(order) - 1)])


def kept_figures(scores: np.ndarray, events: np.ndarray, chars: np.ndarray, threshold: float) -> dict[str, float]:
    """Share of events, sentences and characters kept at ``threshold``."""
    keep = scores >= threshold
    return {"events": float(events[keep].sum() / max(1, events.sum())), "sentences": float(keep.mean()) if len(keep) else 0.0,
            "chars": float(chars[keep].sum() / max(1, chars.sum()))}


def train(x: sparse.csr_matrix, sentences: Sequence[Sentence], x_dev: sparse.csr_matrix, dev: Sequence[Sentence], *,
          grid: Iterable[float] = C_GRID, folds: int = FOLDS, seed: int = SEED, log: Any = print) -> tuple[np.ndarray, float, dict[str, Any]]:
    """Weights, threshold and figures: C by cross-validation by document, the threshold on the dev sentences."""
    from tidings.code.detector import hashed

    bias = hashed(["bias"])[0]
    y = np.array([s.events > 0 for s in sentences], dtype=float)
    ev = np.array([s.events for s in sentences], dtype=float)
    chars = np.array([s.end - s.start for s in sentences], dtype=float)
    ids = sorted({s.doc for s in sentences})
    fold_of = dict(zip(ids, np.random.default_rng(seed).permutation(len(ids)) % folds))
    fold = np.array([fold_of[s.doc] for s in sentences])
    best: Optional[tuple[float, float, np.ndarray]] = None
    for c in grid:
        pred = np.zeros(len(sentences))
        for k in range(folds):
            tr = fold != k
            pred[~tr] = predict(x[~tr], fit(x[tr], y[tr], c, bias))
        t = threshold_for(pred, ev)
        f = kept_figures(pred, ev, chars, t)
        log(f"  cv C={c}: at {TARGET:.0%} of events kept, {f['sentences']:.3f} of sentences and {f['chars']:.3f} of characters parsed")
        if best is None or f["chars"] < best[0]:
            best = (f["chars"], c, pred)
    assert best is not None
    _, c, cv_pred = best
    w = fit(x, y, c, bias)
    dev_scores = predict(x_dev, w)
    dev_ev = np.array([s.events for s in dev], dtype=float)
    dev_chars = np.array([s.end - s.start for s in dev], dtype=float)
    t = threshold_for(dev_scores, dev_ev)
    figures = {"C": c, "threshold": round(t, 6), "dev": kept_figures(dev_scores, dev_ev, dev_chars, t),
               "cv_at_threshold": kept_figures(cv_pred, ev, chars, t)}
    return w, t, figures


def compare(shipped: "SentenceDetector", new: "SentenceDetector", x: sparse.csr_matrix, tolerance: float = CHECK_TOLERANCE) -> tuple[bool, str]:
    """Does a retrained model score the sentences of ``x`` and set its threshold like the shipped one (within ``tolerance``)?"""
    old_p = predict(x, shipped.weights.astype(np.float64))
    new_p = predict(x, new.weights.astype(np.float64))
    diff = np.abs(old_p - new_p)
    gap = abs(shipped.threshold - new.threshold)
    ok = bool((diff.max() if diff.size else 0.0) <= tolerance and gap <= tolerance)
    return ok, (f"shipped threshold {shipped.threshold:.4f}, retrained {new.threshold:.4f}; on {diff.size} sentences the scores differ "
                f"by at most {diff.max() if diff.size else 0.0:.4f} (mean {diff.mean() if diff.size else 0.0:.4f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "tidings" / "data" / "models" / "detector.npz")
    parser.add_argument("--check", action="store_true", help="retrain and compare with the shipped model; write nothing")
    parser.add_argument("--labels", type=Path, help="keep the labelled sentences in this JSON file and reuse them when it exists "
                        "(to try features without coding again; stale once the coder changes)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from tidings.code.context import CodingContext
    from tidings.code.detector import SentenceDetector, load_detector
    from tidings.evaluate.gold import load_articles

    started = time.perf_counter()
    gold = {a.id: a.split for a in load_articles()}
    texts = corpus(args.data)
    found = {did for did, _, _ in texts}
    missing = sorted(set(gold) - found)
    if missing:  # every gold article must be recognised, or it could slip into training
        raise SystemExit(f"gold articles not found in the corpora (ids differ?): {', '.join(missing[:5])}")
    train_texts = [t for t in texts if t[0] not in gold]
    dev_texts = [t for t in texts if gold.get(t[0]) in THRESHOLD_SPLITS]
    print(f"corpora: {len(texts)} texts; training on {len(train_texts)} (gold articles left out: "
          f"{sum(1 for t in texts if t[0] in gold)}), threshold on {len(dev_texts)} gold dev and cal articles", flush=True)
    if args.labels and args.labels.exists():
        cached = json.loads(args.labels.read_text(encoding="utf-8"))
        sentences, dev = [Sentence(*row) for row in cached["train"]], [Sentence(*row) for row in cached["dev"]]
    else:
        sentences, dev = label(train_texts), label(dev_texts)
        if args.labels:
            args.labels.write_text(json.dumps({"train": [list(astuple(s)) for s in sentences], "dev": [list(astuple(s)) for s in dev]}),
                                   encoding="utf-8")
    by_id = {did: text for did, text, _ in texts}
    n_ev = sum(s.events for s in sentences)
    print(f"labelled: {len(sentences)} training sentences, {sum(s.events > 0 for s in sentences)} with an event ({n_ev} events); "
          f"dev {len(dev)} sentences, {sum(s.events for s in dev)} events; coded in {time.perf_counter() - started:.0f} s", flush=True)
    forms = CodingContext().events.trigger_forms()
    x = design(sentences, by_id, forms)
    x_dev = design(dev, by_id, forms)
    w, t, figures = train(x, sentences, x_dev, dev)
    d, cv = figures["dev"], figures["cv_at_threshold"]
    print(f"chosen C={figures['C']}; threshold {t:.4f} (highest keeping >= {TARGET:.0%} of the events of the gold dev and cal articles)")
    print(f"  gold dev+cal: keeps {d['events']:.3f} of events, parses {d['sentences']:.3f} of sentences, {d['chars']:.3f} of characters")
    print(f"  training cv at that threshold: keeps {cv['events']:.3f} of events, {cv['sentences']:.3f} of sentences, {cv['chars']:.3f} of characters")
    model = SentenceDetector(
        weights=w.astype(np.float32), threshold=t,
        meta={"trained_on": "TimeBank/AQUAINT, LGL, TR-News, GeoVirus, ECB+ texts without the gold articles; threshold on gold dev and cal",
              "texts": len(train_texts), "sentences": len(sentences), "positives": int(sum(s.events > 0 for s in sentences)),
              "events": n_ev, "C": figures["C"], "seed": SEED, "target": TARGET, "dev": {k: round(v, 4) for k, v in d.items()},
              "cv": {k: round(v, 4) for k, v in cv.items()}, "date": dt.date.today().isoformat()},
    )
    if args.check:
        shipped = load_detector()
        ok, message = compare(shipped, model, x_dev)
        print(f"check: {message}: {'same' if ok else 'DIFFERENT (retrain and ship)'}")
        return 0 if ok else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"{int(np.count_nonzero(w))} weights; wrote {args.out} ({args.out.stat().st_size / 1e3:.0f} KB) in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
