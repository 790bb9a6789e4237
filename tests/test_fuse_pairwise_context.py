"""The context features of the pairwise scorer: idf-weighted mean static vectors of the sentences' content words."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tidings.fuse.pairwise import FEATURES, StaticVectors, View, context_rows, pair_features, pair_vector

COL = {name: i for i, name in enumerate(FEATURES)}


def _table() -> StaticVectors:
    words = ["pirates", "bandits", "navy", "fleet", "seized", "captured", "ship", "weather", "rain", "storm", "town"]
    rows = np.array([
        [1.0, 0.1, 0.0, 0.0],  # pirates
        [0.9, 0.2, 0.0, 0.1],  # bandits
        [0.1, 1.0, 0.0, 0.0],  # navy
        [0.2, 0.9, 0.1, 0.0],  # fleet
        [0.3, 0.3, 0.9, 0.0],  # seized
        [0.3, 0.3, 1.0, 0.0],  # captured
        [0.2, 0.6, 0.2, 0.1],  # ship
        [0.0, 0.0, 0.0, 1.0],  # weather
        [0.0, 0.0, 0.1, 0.9],  # rain
        [0.1, 0.0, 0.0, 0.9],  # storm
        [0.3, 0.3, 0.3, 0.3],  # town
    ])
    return StaticVectors(words, rows)


def _view(i: int, doc: str, lemma: str, text: str) -> View:
    return View(id=str(i), document=doc, sentence=i, lemma=lemma, text=text, order=(doc, i, i))


def test_paraphrased_contexts_are_nearer_than_unrelated_ones():
    views = [
        _view(0, "d1", "seize", "The navy seized the pirates"),
        _view(1, "d2", "capture", "A fleet captured bandits"),
        _view(2, "d3", "capture", "Rain and storm captured the weather"),
    ]
    f = pair_features(views, vectors=_table())
    c = f[..., COL["context_cos"]]
    assert c[0, 1] > 0.9 > 0.5 > c[0, 2]
    assert np.allclose(f, f.transpose(1, 0, 2))


def test_the_trigger_and_numbers_are_left_out_of_the_context():
    table = _table()
    views = [_view(0, "d1", "seize", "The navy seized 23 pirates"), _view(1, "d2", "storm", "The navy stormed 26 pirates")]
    rows = context_rows(views, table)
    assert np.isclose(float(rows[0] @ rows[1]), 1.0)  # "seized" / "stormed" and the numbers are not context


def test_words_every_sentence_shares_weigh_least():
    table = _table()
    views = [_view(0, "d1", "x", "pirates ship"), _view(1, "d2", "x", "pirates town"), _view(2, "d3", "x", "pirates navy")]
    rows = context_rows(views, table)
    shared, rare = 1.0, math.log(4 / 2) + 1.0  # idf over three distinct sentences: in all three, in one
    expected = shared * table("pirates") + rare * table("ship")
    assert np.allclose(rows[0], expected / np.linalg.norm(expected))


@pytest.mark.parametrize("text", ["", "the 42 of it", "zzzq qqqz"])
def test_a_sentence_with_no_known_content_word_has_no_context(text):
    views = [_view(0, "d1", "seize", text), _view(1, "d2", "seize", "the navy seized pirates")]
    f = pair_features(views, vectors=_table())
    assert f[0, 1, COL["context_cos"]] == 0.0 and not np.any(context_rows(views, _table())[0])


@pytest.mark.parametrize(
    "a, b",
    [
        (("d1", "seize", "The navy seized the pirates"), ("d2", "capture", "A fleet captured bandits")),
        (("d1", "seize", "The navy seized the pirates"), ("d1", "capture", "The ship captured bandits in a storm")),
        (("d1", "rain", "Rain fell on the town"), ("d2", "storm", "")),
    ],
)
def test_the_one_pair_context_features_equal_the_block_features(a, b):
    va, vb = _view(0, *a), _view(1, *b)
    table = _table()
    block = pair_features([va, vb], vectors=table)[0, 1]
    one = pair_vector(va, vb, vectors=table)
    for name in ("context_cos", "context_x_cross"):
        assert np.isclose(block[COL[name]], one[COL[name]])
    same_doc = va.document == vb.document
    assert block[COL["context_x_cross"]] == (0.0 if same_doc else block[COL["context_cos"]])
