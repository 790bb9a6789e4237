"""The static word vectors stored as int8 rows with a float16 scale per row: quantising, reading, rebuilding, the shipped table."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from tidings import KnowledgeError
from tidings.fuse.pairwise import StaticVectors, load_vectors

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("build_vectors", ROOT / "tools" / "build_vectors.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows(n: int, dims: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, dims)) * rng.uniform(0.01, 3.0, size=(n, 1))  # rows of very different lengths


@pytest.mark.parametrize("n, dims, seed", [(50, 8, 1), (200, 64, 2), (30, 3, 3)])
def test_quantised_rows_are_within_half_a_step_of_the_originals(n, dims, seed):
    rows = _rows(n, dims, seed)
    q, scales = _tool().quantise(rows)
    assert q.dtype == np.int8 and scales.dtype == np.float16 and scales.shape == (n,)
    assert int(np.abs(q).max()) <= 127
    step = scales.astype(np.float64)[:, None]
    # float16 scales round the step itself: allow half a step plus the scale's own rounding over 127 steps
    assert np.all(np.abs(q * step - rows) <= 0.5 * step + 127 * step * 2.0**-11)


def test_a_zero_row_stays_zero_with_scale_one():
    q, scales = _tool().quantise(np.array([[0.0, 0.0], [1.0, -2.0]]))
    assert q[0].tolist() == [0, 0] and float(scales[0]) == 1.0 and q[1].tolist() == [64, -127]


def _write(path: Path, words: list[str], arrays: dict[str, np.ndarray]) -> Path:
    np.savez_compressed(path, words=np.array("\n".join(words)), meta=np.array(json.dumps({"storage": "test"})), **arrays)  # type: ignore[arg-type]
    return path


@pytest.mark.parametrize("seed", [5, 6])
def test_an_int8_table_reads_back_with_the_cosines_of_the_float_rows(tmp_path, seed):
    tool = _tool()
    rows = _rows(300, 64, seed)
    words = [f"w{i}" for i in range(len(rows))]
    q, scales = tool.quantise(rows)
    table = StaticVectors.read(_write(tmp_path / "v.npz", words, {"vectors": q, "scales": scales}))
    exact = StaticVectors(words, rows)
    got = table.matrix @ table.matrix.T
    assert np.abs(got - exact.matrix @ exact.matrix.T).max() < 0.02
    assert table.dims == 64 and table.meta == {"storage": "test"}
    mean, largest = tool.cosine_drift(rows, q * scales.astype(np.float64)[:, None], pairs=2000)
    assert 0.0 < mean < largest < 0.02
    assert tool.cosine_drift(rows, rows, pairs=2000) == (0.0, 0.0)


@pytest.mark.parametrize("arrays", [
    {"vectors": np.ones((4, 3), dtype=np.int8), "scales": np.ones(3, dtype=np.float16)},  # a scale short
    {"vectors": np.ones((4, 3), dtype=np.int8), "scales": np.ones((4, 1), dtype=np.float16)},  # scales of the wrong shape
    {"vectors": np.ones(4, dtype=np.int8), "scales": np.ones(4, dtype=np.float16)},  # one number a word, not a row
    {"vectors": np.array(1, dtype=np.int8)},  # no rows at all
    {"vectors": np.ones((3, 3), dtype=np.float16)},  # a row short
    {"vectors": np.ones((4, 3), dtype=np.int8), "scales": np.array([1, np.nan, 1, 1], dtype=np.float16)},
    {"vectors": np.array([[1, 1, 1]] * 3 + [[np.inf, 0, 0]], dtype=np.float16)},
])
def test_a_table_whose_rows_do_not_fit_its_words_is_a_knowledge_error_naming_the_file(tmp_path, arrays):
    path = _write(tmp_path / "bad.npz", ["a", "b", "c", "d"], arrays)
    with pytest.raises(KnowledgeError, match="word vectors") as info:
        StaticVectors.read(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("change", ["vectors", "scales", "words", "extra"])
def test_the_rebuild_check_names_the_arrays_that_differ(tmp_path, change):
    tool = _tool()
    q, scales = tool.quantise(_rows(10, 4, 9))
    arrays = {"words": np.array("\n".join(f"w{i}" for i in range(10))), "vectors": q, "scales": scales, "meta": np.array("{}")}
    path = tmp_path / "v.npz"
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]
    assert tool.same_table(path, arrays) == []
    other = dict(arrays)
    if change == "vectors":
        other["vectors"] = q.copy()
        other["vectors"][0, 0] = q[0, 0] - 3 if q[0, 0] > 0 else q[0, 0] + 3
    elif change == "scales":
        other["scales"] = scales.astype(np.float32)  # same values, another storage
    elif change == "words":
        other["words"] = np.array("\n".join(f"x{i}" for i in range(10)))
    else:
        other["extra"] = np.zeros(1)
    assert tool.same_table(path, other) == [change]
    assert tool.same_table(tmp_path / "missing.npz", arrays) == [f"no file at {tmp_path / 'missing.npz'}"]


def test_the_rebuild_check_allows_one_step_of_rounding_in_the_rows(tmp_path):
    tool = _tool()
    q, scales = tool.quantise(_rows(10, 4, 9))
    arrays = {"words": np.array("\n".join(f"w{i}" for i in range(10))), "vectors": q, "scales": scales, "meta": np.array("{}")}
    path = tmp_path / "v.npz"
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]
    nudged = dict(arrays, vectors=np.clip(q.astype(np.int16) + 1, -127, 127).astype(np.int8))
    assert tool.same_table(path, nudged) == []


class _Pieces:
    vocab = {"strike": 0, "##ing": 1, "ab": 2, "Zeta": 3}


def test_the_vocabulary_takes_the_lower_case_alphabetic_words_of_the_spacy_strings(tmp_path):
    words = _tool().vocabulary(_Pieces(), tmp_path, ["thwart", "foil", "Foil", "ab", "x2y", "mow", "u.s.", "dui"])
    assert {"thwart", "foil", "mow", "dui", "strike"} <= set(words)
    assert not {"Foil", "x2y", "u.s.", "##ing", "Zeta"} & set(words)
    assert words == sorted(set(words))


def test_the_shipped_table_is_int8_small_and_knows_the_words_the_smaller_vocabulary_missed():
    path = ROOT / "src" / "tidings" / "data" / "models" / "vectors.npz"
    assert path.stat().st_size <= 4_000_000
    with np.load(path, allow_pickle=False) as data:
        assert data["vectors"].dtype == np.int8 and data["scales"].dtype == np.float16
    table = load_vectors()
    assert len(table.index) > 50_000 and table.meta["storage"].startswith("int8")
    assert "spaCy" in table.meta["vocabulary"]
    for word in ("thwart", "foil", "dui", "mow"):
        v = table(word)
        assert v is not None and np.isclose(np.linalg.norm(v), 1.0)
