"""Static word vectors of triggers: lookup by lemma, the static_cos features, the shipped table."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tidings import KnowledgeError
from tidings.fuse.pairwise import FEATURES, StaticVectors, View, load_vectors, pair_features, pair_vector

COL = {name: i for i, name in enumerate(FEATURES)}


def _table() -> StaticVectors:
    words = ["oscar", "award", "academy", "attack", "strike", "weather", "the"]
    rows = np.array([
        [1.0, 0.1, 0.0],  # oscar
        [0.9, 0.3, 0.0],  # award
        [0.5, 0.5, 0.0],  # academy
        [0.0, 1.0, 0.2],  # attack
        [0.0, 0.9, 0.4],  # strike
        [0.0, 0.0, 1.0],  # weather
        [0.3, 0.3, 0.3],  # the
    ])
    return StaticVectors(words, rows, {"source": "test"})


@pytest.mark.parametrize(
    "lemma, expected",
    [
        ("oscar", ["oscar"]),
        ("oscars", ["oscar"]),  # a plural falls back to its singular
        ("academy award", ["academy", "award"]),  # multi-word: the mean of its words
        ("the award", ["award"]),  # stop words are left out when a content word is known
        ("unknownword award", ["award"]),
    ],
)
def test_a_lemma_gets_the_unit_mean_of_its_known_words(lemma, expected):
    table = _table()
    mean = np.mean([table.matrix[table.index[w]] for w in expected], axis=0)
    got = table(lemma)
    assert got is not None
    assert np.allclose(got, mean / np.linalg.norm(mean)) and np.isclose(np.linalg.norm(got), 1.0)


@pytest.mark.parametrize("lemma", ["", "zzzq", "42"])
def test_a_lemma_with_no_known_word_has_no_vector(lemma):
    assert _table()(lemma) is None


def _view(i, doc, lemma):
    return View(id=str(i), document=doc, sentence=0, lemma=lemma, text=f"the {lemma} happened in town", order=(doc, 0, i))


def test_static_cosine_ranks_related_triggers_above_unrelated_and_unknown_ones():
    views = [_view(0, "d1", "oscar"), _view(1, "d2", "award"), _view(2, "d3", "weather"), _view(3, "d4", "zzzq")]
    f = pair_features(views, vectors=_table())
    s = f[..., COL["static_cos"]]
    assert s[0, 1] > 0.9 and s[0, 2] < 0.1
    assert s[0, 3] == 0 and s[3, 1] == 0  # absent words give 0
    assert np.allclose(f[..., COL["static_x_document"]], s * f[..., COL["document_cos"]])
    assert np.allclose(f, f.transpose(1, 0, 2))


@pytest.mark.parametrize("a, b", [("attack", "strike"), ("oscar", "academy award"), ("weather", "zzzq"), ("the", "award")])
def test_the_one_pair_static_features_equal_the_block_features(a, b):
    va, vb = _view(0, "d1", a), _view(1, "d2", b)
    table = _table()
    block = pair_features([va, vb], vectors=table)[0, 1]
    one = pair_vector(va, vb, vectors=table)
    for name in ("static_cos", "static_x_document"):
        assert np.isclose(block[COL[name]], one[COL[name]])


def test_a_table_round_trips_through_its_file(tmp_path):
    path = tmp_path / "v.npz"
    table = _table()
    words = sorted(table.index, key=table.index.get)
    np.savez_compressed(path, words=np.array("\n".join(words)), vectors=table.matrix.astype(np.float16), meta=np.array(json.dumps({"license": "x"})))
    read = StaticVectors.read(path)
    assert read.meta == {"license": "x"} and read.dims == 3
    assert np.allclose(read("academy award"), table("academy award"), atol=1e-3)


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_an_unreadable_table_is_a_knowledge_error_naming_the_file(tmp_path, content):
    path = tmp_path / "bad.npz"
    path.write_bytes(content)
    with pytest.raises(KnowledgeError, match="word vectors"):
        StaticVectors.read(path)


def test_words_and_rows_must_match():
    with pytest.raises(ValueError):
        StaticVectors(["a", "b"], np.ones((3, 2)))


def test_the_shipped_table_names_its_source_and_license_and_relates_event_words():
    table = load_vectors()
    assert "MiniLM" in table.meta["source"] and table.meta["license"] == "Apache-2.0"
    assert 32 <= table.dims <= 128 and len(table.index) > 10_000
    kill, death, weather = table("kill"), table("death"), table("weather")
    assert kill is not None and death is not None and weather is not None
    assert float(kill @ death) > float(kill @ weather)
