"""Greedy, order-stable clustering of mention records into events.

Records are visited in time order (published date, document, id). Each one is
scored against the clusters found through its blocking keys (the most recent
``max_candidates`` per key) and joins the best cluster whose score reaches the
threshold; otherwise it starts a new cluster. A record's score against a
cluster is the mean of its scores against up to ``sample`` members (the
first one and the latest ones), and any vetoed pair rules the cluster out.

Because clusters only grow and the visit order is fixed, fusing a batch and
then a later batch (with the first result as existing clusters) gives the
same clusters as fusing both at once, as long as the later batch comes later
in time order. Seeded clusters are filed in the index in the time order of
their members, as if they had been built here, so that "most recently
active" means the same in both runs. When a batch comes earlier, the caller
seeds only the part of each cluster before the batch and replays the rest
(see :func:`tidings.fuse.fuse`).

The result depends only on the set of records, never on the order they are
given in: ties in score go to the cluster found first, and candidates are
found in an order fixed by the keys and the time order of filing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional

from .blocking import Keys, keys_for
from .similarity import Rec, score

if TYPE_CHECKING:
    from .._options import Options

__all__ = ["Cluster", "Clusterer", "Scorer"]

Scorer = Callable[[Rec, Rec], tuple[float, list[str]]]


@dataclass
class Cluster:
    """One event in the making: its records in joining order and why each later one joined."""

    index: int
    members: list[Rec] = field(default_factory=list)
    merge: list[dict[str, Any]] = field(default_factory=list)  # why each later member joined
    existing_id: Optional[str] = None


class Clusterer:
    """Incremental clusterer; feed records with :meth:`add` (or seed with :meth:`seed`)."""

    def __init__(self, *, threshold: float = 0.5, window: int = 3, max_candidates: int = 8, sample: int = 4, scorer: Optional[Scorer] = None) -> None:
        self.threshold = threshold
        self.window = window
        self.scorer = scorer  # a pair score other than the rules' (:class:`tidings.fuse.pairwise.TrainedScorer`)
        self.max_candidates = max_candidates
        self.sample = sample
        self.clusters: list[Cluster] = []
        self._index: dict[str, dict[int, None]] = defaultdict(dict)
        self._keys: dict[int, Keys] = {}
        self._pending: list[tuple[Rec, Cluster]] = []  # seeded members not yet filed
        self.comparisons = 0

    @classmethod
    def for_options(cls, options: "Options") -> "Clusterer":
        """The clusterer fusion uses under ``options``: the rules' score, or the trained model's (``fusion_model = "trained"``)."""
        if options.fusion_model not in ("rules", "trained"):
            from .._errors import ConfigError

            raise ConfigError(f"unknown fusion_model {options.fusion_model!r}", fix="set fusion_model to 'rules' or 'trained'")
        if options.fusion_model == "trained":
            from .families import load_families
            from .pairwise import TrainedScorer, load_pairwise

            model = load_pairwise()
            scorer = TrainedScorer(model, window=options.fuse_window_days, families=load_families(tuple(options.knowledge_paths)))
            return cls(threshold=model.threshold, window=options.fuse_window_days, scorer=scorer)
        return cls(threshold=options.fuse_threshold, window=options.fuse_window_days)

    def _keys_of(self, rec: Rec) -> Keys:
        keys = self._keys.get(id(rec))
        if keys is None:
            keys = self._keys[id(rec)] = keys_for(rec, window=self.window)
        return keys

    def _file(self, rec: Rec, cluster: Cluster) -> None:
        if cluster.members and cluster.members[0].pinned:
            return  # a detached mention is never a candidate: it takes no place in the recent lists
        for key in self._keys_of(rec).insert:
            recent = self._index[key]  # insertion-ordered: most recently active last
            recent.pop(cluster.index, None)
            recent[cluster.index] = None
            if len(recent) > self.max_candidates:  # only the latest max_candidates are ever looked at
                del recent[next(iter(recent))]

    def seed(self, members: Iterable[Rec], *, existing_id: Optional[str] = None, merge: Iterable[dict[str, Any]] = ()) -> Cluster:
        """Start a cluster from records already fused together (an existing event)."""
        cluster = Cluster(index=len(self.clusters), existing_id=existing_id, merge=list(merge))
        self.clusters.append(cluster)
        for rec in members:
            cluster.members.append(rec)
            self._pending.append((rec, cluster))
        return cluster

    def _flush(self) -> None:
        """File the seeded members, all clusters together, in time order (as :meth:`add` would have)."""
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        for rec, cluster in sorted(pending, key=lambda p: (p[0].order, p[1].index)):
            self._file(rec, cluster)
            self._keys.pop(id(rec), None)

    def _candidates(self, rec: Rec) -> list[int]:
        seen: dict[int, None] = {}
        for key in self._keys_of(rec).lookup:
            recent = self._index.get(key)
            if recent:
                for idx in islice(reversed(recent), self.max_candidates):
                    seen[idx] = None
        return list(seen)

    def _cluster_score(self, rec: Rec, cluster: Cluster) -> tuple[float, list[str]]:
        if cluster.members and cluster.members[0].pinned:
            return 0.0, ["veto:detached"]
        members = cluster.members
        if len(members) > self.sample:
            members = [members[0], *members[-(self.sample - 1) :]]
        total, best_keys, best = 0.0, [], -1.0
        for other in members:
            self.comparisons += 1
            value, keys = self.scorer(rec, other) if self.scorer is not None else score(rec, other, window=self.window)
            if value <= 0.0:
                return 0.0, keys
            total += value
            if value > best:
                best, best_keys = value, keys
        return total / len(members), best_keys

    def add(self, rec: Rec) -> Cluster:
        """File ``rec`` into the best-scoring candidate cluster at or above the threshold, else a new one; returns it."""
        self._flush()
        if rec.pinned:  # a mention a user detached never joins nor gets joined
            return self.seed([rec])
        best: Optional[tuple[float, Cluster, list[str]]] = None
        for idx in self._candidates(rec):
            cluster = self.clusters[idx]
            value, keys = self._cluster_score(rec, cluster)
            if value >= self.threshold and (best is None or value > best[0]):
                best = (value, cluster, keys)
        if best is None:
            cluster = self.seed([rec])
            self._flush()
            return cluster
        value, cluster, keys = best
        cluster.members.append(rec)
        cluster.merge.append({"mention": rec.id, "keys": keys, "score": round(value, 4), "with": cluster.members[0].id})
        self._file(rec, cluster)
        self._keys.pop(id(rec), None)
        return cluster
