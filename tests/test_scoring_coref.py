"""Coreference metrics on tiny clusterings whose answers are worked out by hand."""

from __future__ import annotations

import pytest

from tidings.fuse.scoring import b_cubed, ceaf_e, conll, muc, score_all


def approx(x):
    return pytest.approx(x, abs=1e-4)


# Case "split": key {a,b,c}; response {a,b} {c}.
#   MUC R: (3 - 2 parts) / (3 - 1) = 1/2; P: ({a,b}: 1/1, {c}: 0/0) = 1/1 = 1; F = 2/3
#   B3  R: a 2/3, b 2/3, c 1/3 -> 5/9; P: a 1, b 1, c 1 -> 1; F = 2*(5/9)/(14/9) = 10/14
#   CEAF-e: phi4(K,{a,b}) = 4/5, phi4(K,{c}) = 2/4; best alignment 0.8;
#           R = 0.8/1, P = 0.8/2 = 0.4, F = 2*0.32/1.2 = 0.5333
# Case "lumped": key {a,b} {c,d}; response {a,b,c,d}.
#   MUC R: (1 + 1) / 2 = 1; P: (4 - 2) / 3 = 2/3; F = 0.8
#   B3  R: 1; P: each 2/4 -> 0.5; F = 2/3
#   CEAF-e: phi4 of either key cluster with R = 4/6; R = (2/3)/2 = 1/3, P = (2/3)/1; F = 4/9
# Case "perfect": identical clusterings -> 1 everywhere.
# Case "singletons": key = response = {a} {b}: MUC has no links (0/0 -> 0); B3 and CEAF-e are 1.
# Case "empty response": key {a,b}; response nothing -> all 0.
CASES = {
    "split": ([{"a", "b", "c"}], [{"a", "b"}, {"c"}], (0.5, 1.0, 2 / 3), (5 / 9, 1.0, 10 / 14), (0.8, 0.4, 0.5333)),
    "lumped": ([{"a", "b"}, {"c", "d"}], [{"a", "b", "c", "d"}], (1.0, 2 / 3, 0.8), (1.0, 0.5, 2 / 3), (1 / 3, 2 / 3, 4 / 9)),
    "perfect": ([{"a", "b"}, {"c"}], [{"c"}, {"b", "a"}], (1.0, 1.0, 1.0), (1.0, 1.0, 1.0), (1.0, 1.0, 1.0)),
    "singletons": ([{"a"}, {"b"}], [{"a"}, {"b"}], (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 1.0, 1.0)),
    "empty-response": ([{"a", "b"}], [], (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 0.0)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_metrics_match_hand_computed_values(name):
    key, response, want_muc, want_b3, want_ceaf = CASES[name]
    assert muc(key, response) == tuple(map(approx, want_muc))
    assert b_cubed(key, response) == tuple(map(approx, want_b3))
    assert ceaf_e(key, response) == tuple(map(approx, want_ceaf))
    assert conll(key, response) == approx((want_muc[2] + want_b3[2] + want_ceaf[2]) / 3)


def test_both_empty_scores_perfectly():
    assert muc([], []) == (1.0, 1.0, 1.0)
    assert b_cubed([], []) == (1.0, 1.0, 1.0)
    assert ceaf_e([], []) == (1.0, 1.0, 1.0)


def test_swapping_key_and_response_swaps_recall_and_precision():
    key, response = [{"a", "b", "c"}, {"d"}], [{"a", "b"}, {"c", "d"}]
    for fn in (muc, b_cubed, ceaf_e):
        r, p, f = fn(key, response)
        r2, p2, f2 = fn(response, key)
        assert (r, p, f) == (approx(p2), approx(r2), approx(f2))


def test_mentions_missing_from_the_response_cost_recall_only():
    # key {a,b,c}; response {a,b}: c missing. MUC R = (3-2)/2 = 0.5, P = 1/1.
    assert muc([{"a", "b", "c"}], [{"a", "b"}])[:2] == (approx(0.5), approx(1.0))
    # B3 R: a 2/3, b 2/3, c 0 -> 4/9; P: a 1, b 1 -> 1
    assert b_cubed([{"a", "b", "c"}], [{"a", "b"}])[:2] == (approx(4 / 9), approx(1.0))


def test_score_all_reports_every_figure_and_the_conll_mean():
    figures = score_all([{"a", "b", "c"}], [{"a", "b"}, {"c"}])
    assert set(figures) == {f"{m}_{x}" for m in ("muc", "b3", "ceafe") for x in ("r", "p", "f1")} | {"conll_f1"}
    assert figures["conll_f1"] == approx((2 / 3 + 10 / 14 + 0.5333) / 3)
