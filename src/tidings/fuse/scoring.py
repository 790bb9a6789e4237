"""Coreference scores for clusterings of mentions: MUC, B-cubed, CEAF-e, CoNLL F1.

A clustering is any iterable of clusters, each an iterable of hashable mention
ids. ``key`` is the gold clustering, ``response`` the system's. Mentions that
appear in only one of the two are handled as in the CoNLL-2012 reference
scorer: they count against recall (missing from the response) or precision
(not in the key).

- MUC (Vilain et al. 1995) counts links: for each key cluster ``K``,
  ``|K| - |p(K)|`` where ``p(K)`` is the partition of ``K`` by the response
  (mentions missing from the response are singletons of their own). Recall is
  the sum over key clusters divided by ``sum(|K| - 1)``; precision swaps roles.
  Singletons contribute nothing, so a clustering of singletons has no MUC.
- B-cubed (Bagga and Baldwin 1998) averages, per mention, the overlap of the
  mention's key and response clusters.
- CEAF-e (Luo 2005) aligns key and response clusters one to one so that the
  sum of ``phi4 = 2 |K & R| / (|K| + |R|)`` is maximal (Hungarian algorithm),
  then divides by the number of response (precision) or key (recall) clusters.
- CoNLL F1 is the mean of the three F1 values.

Each function returns ``(recall, precision, f1)``; a ratio with a zero
denominator is 0.0, except when both clusterings are empty (all three 1.0).
"""

from __future__ import annotations

from typing import Hashable, Iterable

import numpy as np
from scipy.optimize import linear_sum_assignment

__all__ = ["muc", "b_cubed", "ceaf_e", "conll", "score_all", "Clusters"]

Clusters = Iterable[Iterable[Hashable]]


def _norm(clusters: Clusters) -> list[frozenset[Hashable]]:
    out = [frozenset(c) for c in clusters]
    return [c for c in out if c]


def _f1(recall: float, precision: float) -> float:
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _muc_side(key: list[frozenset[Hashable]], response: list[frozenset[Hashable]]) -> tuple[int, int]:
    where = {m: i for i, c in enumerate(response) for m in c}
    num = den = 0
    for cluster in key:
        parts: set[object] = set()
        for m in cluster:
            parts.add(where.get(m, ("missing", m)))  # a missing mention is its own part
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num, den


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """MUC link-based recall, precision and F1."""
    k, r = _norm(key), _norm(response)
    if not k and not r:
        return 1.0, 1.0, 1.0
    rn, rd = _muc_side(k, r)
    pn, pd = _muc_side(r, k)
    recall, precision = _ratio(rn, rd), _ratio(pn, pd)
    return recall, precision, _f1(recall, precision)


def _b3_side(key: list[frozenset[Hashable]], response: list[frozenset[Hashable]]) -> float:
    where = {m: c for c in response for m in c}
    total = sum(len(c) for c in key)
    if not total:
        return 0.0
    acc = 0.0
    for cluster in key:
        for m in cluster:
            other = where.get(m)
            if other is not None:
                acc += len(cluster & other) / len(cluster)
    return acc / total


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """B-cubed mention-averaged recall, precision and F1."""
    k, r = _norm(key), _norm(response)
    if not k and not r:
        return 1.0, 1.0, 1.0
    recall, precision = _b3_side(k, r), _b3_side(r, k)
    return recall, precision, _f1(recall, precision)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """Entity-based CEAF (phi4 similarity) recall, precision and F1."""
    k, r = _norm(key), _norm(response)
    if not k and not r:
        return 1.0, 1.0, 1.0
    if not k or not r:
        return 0.0, 0.0, 0.0
    sim = np.zeros((len(k), len(r)))
    index: dict[Hashable, int] = {}
    for j, c in enumerate(r):
        for m in c:
            index[m] = j
    for i, c in enumerate(k):
        for m in c:
            col = index.get(m)
            if col is not None:
                sim[i, col] += 1
    for i, c in enumerate(k):
        for nz in np.nonzero(sim[i])[0]:
            sim[i, nz] = 2 * sim[i, nz] / (len(c) + len(r[nz]))
    rows, cols = linear_sum_assignment(-sim)
    best = float(sim[rows, cols].sum())
    recall, precision = best / len(k), best / len(r)
    return recall, precision, _f1(recall, precision)


def conll(key: Clusters, response: Clusters) -> float:
    """CoNLL F1: the mean of MUC, B-cubed and CEAF-e F1."""
    k, r = _norm(key), _norm(response)
    return (muc(k, r)[2] + b_cubed(k, r)[2] + ceaf_e(k, r)[2]) / 3


def score_all(key: Clusters, response: Clusters) -> dict[str, float]:
    """All figures in one dict: ``muc_r``, ``muc_p``, ``muc_f1``, ... ``conll_f1``."""
    k, r = _norm(key), _norm(response)
    out: dict[str, float] = {}
    for name, fn in (("muc", muc), ("b3", b_cubed), ("ceafe", ceaf_e)):
        rec, prec, f1 = fn(k, r)
        out[f"{name}_r"], out[f"{name}_p"], out[f"{name}_f1"] = rec, prec, f1
    out["conll_f1"] = (out["muc_f1"] + out["b3_f1"] + out["ceafe_f1"]) / 3
    return out
