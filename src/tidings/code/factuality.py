"""Event factuality on the -3..+3 scale, from a small trained model.

:func:`tidings.code.modality.analyse_modality` reads the cues that govern an
event (negation, hedges, future, conditions, questions, reporting) with
rules. How certain an annotator finds the event depends on more than those
cues: the predicate itself ("failed", "stopped paying", "no plans"), the verb
that governs it ("tried to", "barred from"), its tense and aspect, the
determiners of its arguments. :class:`FactualityModel` scores an event from

* sparse features: the rule reading (labels, probability bucket, cue words),
  the predicate's lemma, part of speech, dependency, morphology, auxiliaries,
  negating determiners and adverbs, and the chain of governing words up to
  three steps with their relations and negations, hashed into
  :data:`DIMENSIONS` buckets;
* dense features: the spaCy model's contextual token vector (``doc.tensor``)
  of the predicate and of its head, standardised and scaled.

It is a ridge regression (``scipy.sparse.linalg.lsqr`` with damping), trained
by ``tools/train_factuality.py`` on UW *train* with a fixed seed, its damping
and tensor scale chosen by 5-fold cross-validation on *train*; the weights
ship in ``tidings/data/models/factuality.npz``. ``docs/claims.md`` and
``docs/evaluation.md`` give its figures on UW *dev*.

A document parsed without tensors (a pipeline without ``tok2vec``) is scored
from the sparse features alone, a little less accurately.
"""

from __future__ import annotations

import json
import zipfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional

from .._errors import KnowledgeError
from .._models import read_model

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc

__all__ = ["DIMENSIONS", "FactualityModel", "features", "dense_features", "load_model", "MODEL_FILE"]

#: Hash buckets of the sparse features.
DIMENSIONS = 1 << 18
#: The packaged model, relative to ``tidings/data``.
MODEL_FILE = "models/factuality.npz"

_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall", "ought"})
_NEGATORS = frozenset({"no", "none", "nothing", "nobody", "neither", "never", "without", "not", "n't", "nor", "few"})
_OWN = _NEGATORS | {"any", "yet", "little"}
# the words that make a sentence negative anywhere in it ("few" only where it modifies the event's own words)
_SENTENCE_NEGATORS = _NEGATORS - {"few"}
_PRONOUN_NEG = frozenset({"not", "n't", "never", "no"})


def _bucket(p: Optional[float]) -> str:
    return "none" if p is None else str(round(round(p * 5) / 5, 1))


def features(doc: "Doc", i: int, modality: Mapping[str, Any]) -> list[str]:
    """The sparse feature names of the event whose predicate is ``doc[i]``, given its rule reading."""
    t = doc[i]
    labels = list(modality.get("labels") or []) or ["asserted"]
    joined = "+".join(labels)
    pb = _bucket(modality.get("probability"))
    f = [f"lab={lab}" for lab in labels]
    f += [f"labset={joined}", f"pb={pb}", f"labs_pb={joined}|{pb}"]
    for cue in modality.get("cues") or []:
        f.append(f"cue={cue.get('label')}|{str(cue.get('text', '')).lower()}")
    lem = t.lemma_.lower()
    f += [f"lem={lem}", f"pos={t.pos_}", f"tag={t.tag_}", f"dep={t.dep_}", f"tagdep={t.tag_}|{t.dep_}"]
    for key in ("Tense", "VerbForm", "Mood", "Aspect"):
        for value in t.morph.get(key, []):
            f.append(f"{key}={value}")
    for c in t.children:
        if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod", "prt"):
            f.append(f"ch={c.dep_}|{c.lower_}")
            if c.lower_ in _MODALS:
                f.append(f"modal={c.lower_}")
    h = t
    path: list[str] = []
    for k in range(3):
        if h.head.i == h.i:
            break
        rel = h.dep_
        h = h.head
        path.append(rel)
        f += [f"up{k}={rel}|{h.lemma_.lower()}", f"up{k}rel={'>'.join(path)}", f"uplem={h.lemma_.lower()}|{rel}"]
        for c in h.children:
            if c.dep_ in ("neg", "aux") and (c.lower_ in _MODALS or c.lower_ in _PRONOUN_NEG):
                f.append(f"up{k}ch={c.lower_}")
    sent = t.sent if doc.has_annotation("SENT_START") else doc[:]
    words = [(x.text, x.lower_, x.i) for x in sent]  # the sentence read once for the three sentence features
    if any(text == "?" for text, _, _ in words):
        f.append("q")
    if any(low == "if" for _, low, _ in words):
        f.append("if")
    if t.is_sent_start:
        f.append("first")
    f += [f"lemlab={lem}|{joined}", f"lemdep={lem}|{t.dep_}"]
    if path:
        f.append(f"lem_up0={lem}|{path[0]}|{t.head.lemma_.lower()}")
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            f.append(f"arg={c.dep_}|{c.lower_}")
            for d in c.children:
                if d.dep_ == "det" and d.lower_ in ("no", "any", "every", "some"):
                    f.append(f"argdet={c.dep_}|{d.lower_}")
    for _, low, i in words:
        if low in _SENTENCE_NEGATORS:  # ("nor" is one of them)
            f.append(f"sentneg={'before' if i < t.i else 'after'}")
    f.append(f"pos_lab={t.pos_}|{joined}")
    for c in t.children:
        if c.dep_ in ("det", "neg", "advmod", "amod", "quantmod") and c.lower_ in _OWN:
            f.append(f"own={c.dep_}|{c.lower_}")
    h, k = t, 0
    while h.head.i != h.i and k < 4:
        h, k = h.head, k + 1
        for c in h.children:
            if c.lower_ in _NEGATORS and c.i != t.i:
                f += [f"ancneg{min(k, 3)}={c.lower_}", f"ancneg_lem={h.lemma_.lower()}|{c.lower_}"]
    if t.head.i != t.i and t.head.head.i != t.head.i:
        f.append(f"gp={t.dep_}|{t.head.lemma_.lower()}|{t.head.dep_}|{t.head.head.lemma_.lower()}")
    f.append("bias")
    return f


def hashed(names: Iterable[str]) -> list[int]:
    """The sorted, distinct hash buckets of feature names (CRC-32, stable across runs and machines)."""
    return sorted({zlib.crc32(name.encode("utf-8")) % DIMENSIONS for name in names})


def dense_features(doc: "Doc", i: int) -> Optional["np.ndarray"]:
    """The contextual vectors of ``doc[i]`` and of its head, side by side; None when the doc has no tensor."""
    import numpy as np

    tensor = getattr(doc, "tensor", None)
    if tensor is None or getattr(tensor, "ndim", 0) != 2 or tensor.shape[0] != len(doc) or tensor.shape[1] == 0:
        return None
    return np.concatenate([np.asarray(tensor[i], dtype=np.float32), np.asarray(tensor[doc[i].head.i], dtype=np.float32)])


@dataclass(frozen=True)
class FactualityModel:
    """Trained weights: sparse bucket weights, and the dense part's standardisation and weights."""

    index: "np.ndarray"  # int32 buckets with a weight
    weights: "np.ndarray"  # float32, one per bucket in ``index``
    dense_mean: "np.ndarray"
    dense_scale: "np.ndarray"
    dense_weights: "np.ndarray"
    meta: Mapping[str, Any]

    def score(self, doc: "Doc", i: int, modality: Mapping[str, Any]) -> float:
        """Factuality of the event at ``doc[i]`` on -3 (certainly not) .. +3 (certainly happened)."""
        import numpy as np

        buckets = np.asarray(hashed(features(doc, i, modality)), dtype=np.int32)
        pos = np.searchsorted(self.index, buckets)
        pos = np.minimum(pos, len(self.index) - 1)
        found = self.index[pos] == buckets
        value = float(self.weights[pos[found]].sum())
        dense = dense_features(doc, i)
        if dense is not None and dense.shape == self.dense_mean.shape:
            value += float(((dense - self.dense_mean) / self.dense_scale) @ self.dense_weights)
        return round(max(-3.0, min(3.0, value)), 3)

    def save(self, path: str | Path) -> None:
        """Write the model as a compressed ``.npz`` (what ``tools/train_factuality.py`` ships)."""
        import numpy as np

        np.savez_compressed(
            path, index=self.index, weights=self.weights, dense_mean=self.dense_mean, dense_scale=self.dense_scale,
            dense_weights=self.dense_weights, meta=np.array(json.dumps(dict(self.meta), sort_keys=True)),
        )

    @classmethod
    def read(cls, path: str | Path) -> FactualityModel:
        """A model written by :meth:`save`; a :class:`~tidings.KnowledgeError` when the file is unreadable."""
        import numpy as np

        try:
            with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as data:
                return cls(
                    index=data["index"].astype(np.int32), weights=data["weights"].astype(np.float32),
                    dense_mean=data["dense_mean"].astype(np.float32), dense_scale=data["dense_scale"].astype(np.float32),
                    dense_weights=data["dense_weights"].astype(np.float32), meta=json.loads(str(data["meta"])),
                )
        except (OSError, KeyError, ValueError, AttributeError, EOFError, zipfile.BadZipFile) as err:
            raise KnowledgeError(f"cannot read the factuality model: {' '.join(str(err).split())}", path=str(path)) from None


@lru_cache(maxsize=4)
def load_model(path: Optional[str] = None) -> FactualityModel:
    """The factuality model at ``path``, or the one shipped with tidings (read once per process)."""
    return read_model(path, MODEL_FILE, FactualityModel.read)
