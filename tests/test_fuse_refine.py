"""Single-move refinement of the trained scorer's clusters (correlation-clustering objective) after average link."""

from __future__ import annotations

import numpy as np
import pytest

from tidings.fuse.pairwise import View, average_link, cluster_views, load_pairwise, refine_clusters


def _sim(n, pairs):
    sim = np.zeros((n, n))
    for (i, j), v in pairs.items():
        sim[i, j] = sim[j, i] = v
    np.fill_diagonal(sim, 1.0)
    return sim


@pytest.mark.parametrize(
    "n, pairs, start, expected",
    [
        # an early weak merge (0, 1) that average link cannot undo: 1 fits 2 far better, 0 is better alone
        (3, {(0, 1): 0.3, (1, 2): 0.9}, [[0, 1], [2]], [[0], [1, 2]]),
        # the same with four items: 3 joined 0 early, its real partners are 1 and 2
        (4, {(0, 3): 0.55, (1, 2): 0.9, (1, 3): 0.8, (2, 3): 0.8}, [[0, 3], [1, 2]], [[0], [1, 2, 3]]),
    ],
)
def test_a_mention_moves_to_the_cluster_it_fits_best(n, pairs, start, expected):
    sim = _sim(n, pairs)
    assert average_link(sim, 0.5, start=start) == [sorted(c) for c in start]  # average link leaves them
    assert refine_clusters(sim, start, 0.5) == expected


@pytest.mark.parametrize(
    "n, pairs, start",
    [
        # a member weaker with one partner but on the whole above the threshold stays
        (3, {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.2}, [[0, 1, 2]]),
        # clusters that are already right are left as they are
        (4, {(0, 1): 0.8, (2, 3): 0.7, (1, 2): 0.1}, [[0, 1], [2, 3]]),
        # all apart when nothing reaches the threshold
        (3, {(0, 1): 0.4, (1, 2): 0.45}, [[0], [1], [2]]),
        # nothing to do for one item or none
        (1, {}, [[0]]),
    ],
)
def test_clusters_that_fit_are_left_alone(n, pairs, start):
    assert refine_clusters(_sim(n, pairs), start, 0.5) == start


def test_a_forbidden_pair_is_never_joined_by_a_move():
    sim = _sim(3, {(0, 1): 0.3, (1, 2): 0.9})
    allowed = np.ones((3, 3), dtype=bool)
    allowed[1, 2] = allowed[2, 1] = False
    assert refine_clusters(sim, [[0, 1], [2]], 0.5, allowed=allowed) == [[0], [1], [2]]


def test_refinement_does_not_depend_on_the_order_the_clusters_are_given_in():
    sim = _sim(4, {(0, 3): 0.55, (1, 2): 0.9, (1, 3): 0.8, (2, 3): 0.8})
    assert refine_clusters(sim, [[1, 2], [0, 3]], 0.5) == refine_clusters(sim, [[0, 3], [1, 2]], 0.5)


def _view(i, doc, pinned=False):
    return View(id=str(i), document=doc, sentence=0, lemma="quake", text="quake hits Java", pinned=pinned)


@pytest.mark.parametrize("refine", [True, False])
def test_cluster_views_refines_and_keeps_a_pinned_mention_alone(refine):
    views = [_view(0, "d1"), _view(1, "d1"), _view(2, "d2"), _view(3, "d3", pinned=True)]
    # 0 and 1 share a document and join first (0.3 >= within 0.25); across documents 1 belongs with 2
    prob = _sim(4, {(0, 1): 0.3, (1, 2): 0.9, (0, 3): 0.99, (1, 3): 0.99, (2, 3): 0.99})
    clusters, merges = cluster_views(views, load_pairwise(), probabilities=prob, threshold=0.5, within_threshold=0.25, refine=refine)
    expected = [[0], [1, 2], [3]] if refine else [[0, 1], [2], [3]]
    assert sorted(clusters) == expected
    assert [m["mention"] for m in merges] == (["2"] if refine else ["1"])
