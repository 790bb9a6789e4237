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

For streaming input (:func:`tidings.fuse.fuse_stream`) the clusterer can also
*close* clusters: with ``closing`` on, :meth:`Clusterer.close` takes out the
clusters that no *timely* record can join any more and drops the index lists
no timely record reaches (:func:`.blocking.stale`). A record is timely
against a cut day when its date window, widened by the fusion window, starts
on or after that day (a forecast always is). A closed cluster stays in the
index lists it shares with open ones as a place holder, so that those lists
drop their oldest entries exactly when they would have, and it is skipped
as a candidate: the closing rules guarantee a timely record would not have
joined it (see :meth:`Clusterer.closing_day`).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional

from .blocking import COARSE_DAYS, Keys, bucket_days, keys_for, stale
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


_CLOSED = Cluster(index=-1)  # stands in the cluster list for a closed cluster


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
        self.closing = False  # track when each cluster can be closed (:meth:`close`)
        self._closing: list[tuple[int, int]] = []  # heap of (closing day's ordinal, cluster index)
        self._closes: dict[int, int] = {}  # cluster index -> closing day's ordinal so far (open, closable clusters)
        self._pruned = 0  # ordinal of the cut the index was last pruned at

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
            if cluster is _CLOSED:
                continue  # no timely record would have joined it (see closing_day)
            value, keys = self._cluster_score(rec, cluster)
            if value >= self.threshold and (best is None or value > best[0]):
                best = (value, cluster, keys)
        if best is None:
            cluster = self.seed([rec])
            self._flush()
        else:
            value, cluster, keys = best
            cluster.members.append(rec)
            cluster.merge.append({"mention": rec.id, "keys": keys, "score": round(value, 4), "with": cluster.members[0].id})
            self._file(rec, cluster)
            self._keys.pop(id(rec), None)
        if self.closing:
            self._track(cluster, rec)
        return cluster

    def closing_day(self, cluster: Cluster, rec: Rec) -> Optional[int]:
        """The ordinal of the first cut day from which no timely record joins ``cluster`` for ``rec`` being in it (None: never).

        A timely record's window starts at least the fusion window after the
        cut, so the cluster's first member -- compared with every candidate
        record -- vetoes it on the date once that member's window has ended
        before the cut, whenever one of the two dates comes from the text.
        Two records dated by their publication only are not vetoed on the
        date; the cluster is out of their reach once every date bucket (and
        yearly key of a coarse member) it is filed under is stale. A forecast
        cluster has no date key: it stays open. An undated cluster is reached
        only by undated records, which come first in time order.
        """
        first = cluster.members[0]
        if first.forecast:
            return None
        if first.start is None or first.end is None or rec.start is None or rec.end is None:
            return 2  # any cut past date.min
        if first.explicit_date:
            return first.end.toordinal() + 1
        if (rec.end - rec.start).days > COARSE_DAYS:
            return date(min(rec.end.year + 1, date.max.year), 1, 1).toordinal()
        size = bucket_days(self.window)
        last = (rec.end.toordinal() + self.window) // size  # the latest bucket ``rec`` is filed under
        return max(first.end.toordinal() + 1, (last + 1) * size)

    def _track(self, cluster: Cluster, rec: Rec) -> None:
        day = self.closing_day(cluster, rec)
        if day is None:
            return
        known = self._closes.get(cluster.index)
        if known is None or day > known:
            self._closes[cluster.index] = day
            heapq.heappush(self._closing, (day, cluster.index))

    @property
    def closable(self) -> int:
        """How many open clusters :meth:`close` will take out one day (not the forecasts')."""
        return len(self._closes)

    def close(self, cut: date) -> list[Cluster]:
        """Take out the clusters no record timely against ``cut`` can join, oldest first, and drop the stale index lists."""
        ordinal = cut.toordinal()
        out: list[Cluster] = []
        while self._closing and self._closing[0][0] <= ordinal:
            day, idx = heapq.heappop(self._closing)
            if self._closes.get(idx) != day:
                continue  # a later member moved its day on
            del self._closes[idx]
            out.append(self.clusters[idx])
            self.clusters[idx] = _CLOSED
        if ordinal - self._pruned >= 16 * bucket_days(self.window):  # now and then: a stale list only takes room
            self._pruned = ordinal
            for key in [k for k in self._index if stale(k, cut, window=self.window)]:
                del self._index[key]
        out.sort(key=lambda c: c.index)
        return out
