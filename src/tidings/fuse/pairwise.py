"""A trained pairwise scorer for event coreference, with document clustering and average-link clustering.

Every mention becomes a :class:`View`: its trigger lemma, a derivational
root (:func:`root_of`: "arrival" and "arrive", "killing" and "kill", "death"
and "die"), its trigger group from ``families.toml``, an optional trigger
vector (the spaCy model's contextual ``tok2vec`` rows), the words of its
sentence and document, its participants, place and time words. The
triggers' meaning also comes from static word vectors looked up by lemma
(:class:`StaticVectors`, ``data/models/vectors.npz``, built by
``tools/build_vectors.py`` from all-MiniLM-L6-v2's input embeddings), so
"oscar" and "award" or "nominate" and "nominee" are near though no spelling
rule joins them; the same vectors, averaged over the content words of each
sentence with idf weights (:func:`context_rows`), compare the mentions'
contexts ("the navy seized the pirates" / "a warship captured the bandits").
:func:`pair_features` turns a block of views into an ``n x n x k`` array of
pair features (:data:`FEATURES`), all computed with matrix products so a
block of a few hundred mentions takes milliseconds. :class:`PairwiseModel` is
a logistic regression over them, trained by ``tools/train_fusion.py`` on ECB+
*train* and tuned on ECB+ *dev*, and shipped in ``data/models/fusion.npz``;
:meth:`PairwiseModel.reasons` names the features that carried a pair.

Clustering runs in two steps, as the strong ECB+ systems do:
:func:`cluster_documents` groups documents into topics by TF-IDF cosine
(average link, threshold chosen on dev; :class:`DocumentClusters` lets a new
document join the nearest topic above the threshold), then
:func:`average_link` clusters the mentions of each topic, within documents
first, then across them, and :func:`refine_clusters` lets each mention move
to the cluster it fits best (a local search on the correlation-clustering
objective), taking back early merges average link cannot undo.
"""

from __future__ import annotations

import json
import math
import re
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence

import numpy as np
import scipy.sparse as sp

from .._errors import KnowledgeError
from .._models import read_model
from .families import Families, load_families
from .similarity import Rec
from .similarity import score as rule_score

__all__ = [
    "FEATURES",
    "View",
    "Tfidf",
    "PairwiseModel",
    "root_of",
    "time_marks",
    "pair_features",
    "pair_vector",
    "average_link",
    "refine_clusters",
    "cluster_documents",
    "DocumentClusters",
    "cluster_views",
    "load_pairwise",
    "MODEL_FILE",
    "TrainedScorer",
    "view_of",
    "StaticVectors",
    "load_vectors",
    "context_rows",
    "VECTORS_FILE",
]

MODEL_FILE = "models/fusion.npz"
VECTORS_FILE = "models/vectors.npz"

FEATURES: tuple[str, ...] = (
    "same_lemma",  # trigger lemmas equal
    "same_root",  # derivational roots equal, lemmas not ("arrival" / "arrive")
    "same_group",  # one trigger group of families.toml, roots not ("visit" / "trip")
    "trigger_cos",  # cosine of the trigger vectors (0 without vectors)
    "sentence_cos",  # TF-IDF cosine of the sentences
    "document_cos",  # TF-IDF cosine of the documents
    "same_document",
    "same_sentence",
    "near_sentence",  # same document, one or two sentences apart
    "participant_same",  # a participant named alike in both
    "participant_head",  # a participant head word shared
    "participant_clash",  # both name participants, no head word shared
    "place_same",
    "place_clash",
    "time_same",  # a time word of one granularity (year, month, day, weekday) shared
    "time_clash",  # both give a time of one granularity and they differ
    "lemma_x_document",  # same lemma times document cosine
    "vector_x_document",  # trigger cosine times document cosine
    "lemma_x_same_document",
    "root_x_document",
    "document_arguments_cos",  # cosine of the documents' participant and place sets (all their mentions in the block)
    "document_time_clash",  # both documents give years (or months) and share none
    "lemma_x_document_arguments",
    "same_synonym",  # one synonym set of families.toml, lemmas not ("killing" / "death" / "murder")
    "synonym_x_document",  # same synonym set times document cosine
    "same_head",  # the roots of the triggers' last words agree, lemmas not ("drunk driving" / "drunken driving")
    "static_cos",  # cosine of the triggers' static word vectors (data/models/vectors.npz; 0 when a word is absent)
    "static_x_document",  # static cosine times document cosine
    "static_high",  # how far the static cosine of two other lemmas passes 0.5 (scaled to 0..1): near-synonyms
    "context_cos",  # cosine of the sentences' idf-weighted mean static vectors of content words (the trigger's root left out)
    "context_x_cross",  # context cosine for mentions of different documents (0 within one)
)

_COL = {name: i for i, name in enumerate(FEATURES)}
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_STOP = frozenset(
    """a an the and or but of to in on at by for with from as into over after before about than is are was were be been being has
    have had do does did will would shall should can could may might it its this that these those he she they them his her their him
    we our you your i me my not no said says say told according also which who whom whose what when where while there here s t""".split()
)
# irregular derivations the suffix rules miss: the root each word is read as
_IRREGULAR = {
    "death": "die", "dead": "die", "died": "die", "dying": "die", "fatal": "die", "fatality": "die",
    "arrest": "arrest", "shot": "shoot", "shooting": "shoot", "gunfire": "shoot", "fire": "fire",
    "sale": "sell", "sold": "sell", "bought": "buy", "purchase": "buy", "acquisition": "acquire",
    "trial": "try", "sentence": "sentence", "appointment": "appoint", "nomination": "nominate",
    "injury": "injure", "wound": "injure", "departure": "depart", "arrival": "arrive", "hire": "hire",
    "won": "win", "victory": "win", "loss": "lose", "lost": "lose", "defeat": "lose", "fell": "fall",
    "struck": "strike", "hit": "hit", "left": "leave", "release": "release", "announcement": "announce",
    "explosion": "explode", "blast": "explode", "quake": "earthquake", "earthquake": "earthquake", "tremor": "earthquake",
}
_SUFFIXES = ("ations", "ation", "ition", "tions", "tion", "sions", "sion", "ments", "ment", "ings", "ing", "ures", "ure", "als", "al",
             "ances", "ance", "ence", "ers", "er", "ed", "es", "s")
_MONTHS = {m: i + 1 for i, m in enumerate("january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


@lru_cache(maxsize=65536)
def root_of(lemma: str) -> str:
    """A derivational root of a trigger lemma: "arrival" -> "arriv", "killing" -> "kill", "death" -> "die"."""
    words = lemma.lower().split()
    if not words:
        return ""
    w = words[-1] if len(words) > 1 and words[0] in {"make", "take", "hold", "give", "pay", "have", "launch", "carry", "stage"} else words[0]
    if w in _IRREGULAR:
        w = _IRREGULAR[w]  # a root word: only its final "e" goes ("arrival" -> "arrive" -> "arriv", as "arrive")
    else:
        for suffix in _SUFFIXES:
            if len(w) - len(suffix) >= 3 and w.endswith(suffix):
                w = w[: -len(suffix)]
                break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]  # "shipp" (shipping) / "ship"
    return w


def time_marks(text: Optional[str]) -> frozenset[str]:
    """Time words with their granularity: ``y:2008``, ``m:3``, ``d:14``, ``w:monday``, and relative words as ``r:``."""
    out: set[str] = set()
    for w in _WORD.findall((text or "").lower()):
        if w.isdigit():
            n = int(w)
            if 1800 <= n <= 2100 and len(w) == 4:
                out.add(f"y:{n}")
            elif 1 <= n <= 31 and len(w) <= 2:
                out.add(f"d:{n}")
        elif w in _MONTHS:
            out.add(f"m:{_MONTHS[w]}")
        elif w in _WEEKDAYS:
            out.add(f"w:{w}")
        elif w in {"today", "yesterday", "tonight", "tomorrow", "morning", "evening", "night", "afternoon"}:
            out.add(f"r:{w}")
    return frozenset(out)


def words_of(text: Optional[str]) -> list[str]:
    """Content words of a text for TF-IDF (lower case, no stop words)."""
    return [w for w in _WORD.findall((text or "").lower()) if w not in _STOP and len(w) > 1]


class Tfidf:
    """TF-IDF vectors (sublinear tf, smooth idf, L2-normalised) over the texts it was fitted on.

    ``analyse`` turns one item into its words: :func:`words_of` for texts
    (the default), ``list`` for items that are bags of words already.
    """

    def __init__(self, texts: Iterable[Any], *, analyse: Callable[[Any], Sequence[str]] = words_of) -> None:
        self.analyse = analyse
        df: Counter[str] = Counter()
        n = 0
        for t in texts:
            n += 1
            df.update(set(analyse(t)))
        self.vocab = {w: i for i, w in enumerate(sorted(df))}
        self.idf = np.array([math.log((1 + n) / (1 + df[w])) + 1.0 for w in sorted(df)], dtype=np.float64)

    def __call__(self, texts: Sequence[Any]) -> sp.csr_matrix:
        """One L2-normalised row per text (words unseen in fitting are left out)."""
        rows, cols, vals = [], [], []
        for r, t in enumerate(texts):
            counts = Counter(self.vocab[w] for w in self.analyse(t) if w in self.vocab)
            for c, k in counts.items():
                rows.append(r)
                cols.append(c)
                vals.append((1.0 + math.log(k)) * self.idf[c])
        m = sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(self.vocab)), dtype=np.float64)
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sp.csr_matrix(sp.diags(1.0 / norms) @ m)


class StaticVectors:
    """Static word vectors looked up by trigger lemma: one unit row per word; a multi-word lemma gets the mean of its known content words.

    The shipped table (``data/models/vectors.npz``, built by
    ``tools/build_vectors.py`` from the sentence encoder all-MiniLM-L6-v2,
    Apache-2.0, reduced by PCA) gives "oscar" and "award" or "foil" and
    "thwart" a cosine that no spelling rule sees. Words not in the table
    give no vector.
    """

    def __init__(self, words: Sequence[str], vectors: np.ndarray, meta: Optional[Mapping[str, Any]] = None) -> None:
        if len(words) != vectors.shape[0]:
            raise ValueError(f"{len(words)} words for {vectors.shape[0]} vectors")
        m = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        self.matrix = m / norms
        self.index = {w: i for i, w in enumerate(words)}
        self.dims = int(m.shape[1]) if m.ndim == 2 else 0
        self.meta = dict(meta or {})
        self._cache: dict[str, Optional[np.ndarray]] = {}

    def __call__(self, lemma: str) -> Optional[np.ndarray]:
        """The unit vector of a trigger lemma, or None when none of its words is known."""
        if lemma in self._cache:
            return self._cache[lemma]
        words = [w if w in self.index else w[:-1] for w in _WORD.findall(lemma.lower()) if w in self.index or (w.endswith("s") and w[:-1] in self.index)]
        content = [w for w in words if w not in _STOP] or words
        out: Optional[np.ndarray] = None
        if content:
            row = self.matrix[[self.index[w] for w in content]].astype(np.float64).mean(axis=0)
            norm = float(np.linalg.norm(row))
            out = row / norm if norm else None
        if len(self._cache) < 200_000:
            self._cache[lemma] = out
        return out

    @classmethod
    def read(cls, path: str | Path) -> StaticVectors:
        """A table written by ``tools/build_vectors.py``; a :class:`~tidings.KnowledgeError` when unreadable.

        Rows are float16, or int8 with one float16 scale per row (``scales``,
        what the shipped table holds): the row is ``vectors * scales``.
        """
        try:
            with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as data:
                words = str(data["words"]).split("\n")
                rows = data["vectors"]
                if rows.ndim != 2 or rows.shape[0] != len(words):
                    raise ValueError(f"vectors of shape {rows.shape} for {len(words)} words, not one row per word")
                if "scales" in data.files:
                    scales = data["scales"]
                    if scales.shape != (rows.shape[0],):
                        raise ValueError(f"scales of shape {scales.shape} for {rows.shape[0]} rows")
                    rows = rows.astype(np.float32) * scales.astype(np.float32)[:, None]
                if not np.isfinite(rows).all():
                    raise ValueError("vectors or scales that are not finite numbers")
                return cls(words, rows, json.loads(str(data["meta"])))
        except (OSError, KeyError, ValueError, AttributeError, EOFError, IndexError, TypeError, zipfile.BadZipFile) as err:
            raise KnowledgeError(f"cannot read the word vectors: {' '.join(str(err).split())}", path=str(path)) from None


@lru_cache(maxsize=4)
def load_vectors(path: Optional[str] = None) -> StaticVectors:
    """The static word vectors at ``path``, or the ones shipped with tidings (read once per process)."""
    return read_model(path, VECTORS_FILE, StaticVectors.read)


@dataclass
class View:
    """One mention as the pairwise scorer sees it."""

    id: str
    document: str
    sentence: int
    lemma: str
    text: str = ""  # the sentence
    group: str = ""  # trigger group from families.toml
    synonym: str = ""  # synonym set from families.toml
    vector: Optional[np.ndarray] = None  # trigger vector (any fixed length), or None
    participants: frozenset[str] = frozenset()  # normalised names
    places: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()  # see :func:`time_marks`
    pinned: bool = False
    order: tuple[Any, ...] = ()
    root: str = field(init=False)
    head: str = field(init=False)  # root of the trigger's last word

    def __post_init__(self) -> None:
        self.root = root_of(self.lemma)
        words = self.lemma.split()
        self.head = root_of(words[-1]) if words else ""


def _ids(values: Sequence[str]) -> np.ndarray:
    table: dict[str, int] = {}
    return np.array([table.setdefault(v, len(table)) if v else -1 - i for i, v in enumerate(values)], dtype=np.int64)


def _incidence(sets: Sequence[Iterable[str]]) -> sp.csr_matrix:
    table: dict[str, int] = {}
    rows, cols = [], []
    for r, s in enumerate(sets):
        for v in s:
            rows.append(r)
            cols.append(table.setdefault(v, len(table)))
    return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), max(len(table), 1)))


def _shared(sets: Sequence[Iterable[str]]) -> tuple[np.ndarray, np.ndarray]:
    """(pairs sharing an item, pairs where both have items) as boolean n x n arrays."""
    m = _incidence(sets)
    has = np.asarray(m.sum(axis=1)).ravel() > 0
    return (m @ m.T).toarray() > 0, np.outer(has, has)


def pair_features(
    views: Sequence[View], documents: Optional[Mapping[str, Any]] = None, sentences: Optional[sp.csr_matrix] = None, *, vectors: Optional[StaticVectors] = None
) -> np.ndarray:
    """The ``n x n x len(FEATURES)`` pair features of a block of views.

    ``sentences`` are the views' sentence TF-IDF rows and ``documents`` maps a
    document id to its TF-IDF row (both optional: without them the cosine is
    that of the plain word sets). ``vectors`` are the static word vectors of
    the triggers (default: the shipped ones, :func:`load_vectors`).
    """
    n = len(views)
    f = np.zeros((n, n, len(FEATURES)), dtype=np.float64)
    if n == 0:
        return f
    col = {name: i for i, name in enumerate(FEATURES)}
    lemma, root, group = _ids([v.lemma for v in views]), _ids([v.root for v in views]), _ids([v.group for v in views])
    same_lemma = lemma[:, None] == lemma[None, :]
    same_root = (root[:, None] == root[None, :]) & ~same_lemma
    same_group = (group[:, None] == group[None, :]) & ~same_lemma & ~same_root
    f[..., col["same_lemma"]] = same_lemma
    f[..., col["same_root"]] = same_root
    f[..., col["same_group"]] = same_group
    dims = {v.vector.shape[0] for v in views if v.vector is not None}
    if len(dims) == 1:
        d = dims.pop()
        vec = np.zeros((n, d))
        for i, v in enumerate(views):
            if v.vector is not None:
                norm = float(np.linalg.norm(v.vector))
                vec[i] = v.vector / norm if norm else 0.0
        f[..., col["trigger_cos"]] = np.clip(vec @ vec.T, 0.0, 1.0)
    if sentences is None:
        sentences = _binary_rows([v.text for v in views])
    f[..., col["sentence_cos"]] = np.clip((sentences @ sentences.T).toarray(), 0.0, 1.0)
    docs = sorted({v.document for v in views})
    where = np.array([docs.index(v.document) for v in views]) if len(docs) < 64 else np.array([{d: i for i, d in enumerate(docs)}[v.document] for v in views])
    if documents is not None and all(d in documents for d in docs):
        dm = sp.vstack([documents[d] for d in docs]).tocsr()
    else:
        dm = _binary_rows([" ".join(v.text for v in views if v.document == d) for d in docs])
    dsim = np.clip((dm @ dm.T).toarray(), 0.0, 1.0)[where][:, where]
    f[..., col["document_cos"]] = dsim
    same_doc = where[:, None] == where[None, :]
    sent = np.array([v.sentence for v in views])
    gap = np.abs(sent[:, None] - sent[None, :])
    f[..., col["same_document"]] = same_doc
    f[..., col["same_sentence"]] = same_doc & (gap == 0)
    f[..., col["near_sentence"]] = same_doc & (gap > 0) & (gap <= 2)
    shared, both = _shared([v.participants for v in views])
    heads, _ = _shared([{p.split()[-1] for p in v.participants if p} for v in views])
    f[..., col["participant_same"]] = shared
    f[..., col["participant_head"]] = heads
    f[..., col["participant_clash"]] = both & ~heads
    shared, both = _shared([v.places for v in views])
    f[..., col["place_same"]] = shared
    f[..., col["place_clash"]] = both & ~shared
    same_time = np.zeros((n, n), dtype=bool)
    clash = np.zeros((n, n), dtype=bool)
    for g in "ymdw":
        shared, both = _shared([{t for t in v.times if t[0] == g} for v in views])
        same_time |= shared
        clash |= both & ~shared
    f[..., col["time_same"]] = same_time
    f[..., col["time_clash"]] = clash & ~same_time
    f[..., col["lemma_x_document"]] = same_lemma * dsim
    f[..., col["vector_x_document"]] = f[..., col["trigger_cos"]] * dsim
    f[..., col["lemma_x_same_document"]] = same_lemma & same_doc
    f[..., col["root_x_document"]] = (same_root | same_group) * dsim
    doc_args: list[set[str]] = [set() for _ in docs]
    doc_times: list[set[str]] = [set() for _ in docs]
    for v, w in zip(views, where):
        doc_args[w].update(v.participants | v.places)
        doc_times[w].update(t for t in v.times if t[0] in "ym")
    am = _incidence(doc_args)
    norms = np.sqrt(np.asarray(am.sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    am = sp.csr_matrix(sp.diags(1.0 / norms) @ am)
    acos = np.clip((am @ am.T).toarray(), 0.0, 1.0)[where][:, where]
    f[..., col["document_arguments_cos"]] = acos
    tclash = np.zeros((len(docs), len(docs)), dtype=bool)
    for g in "ym":
        shared, both = _shared([{t for t in ts if t[0] == g} for ts in doc_times])
        tclash |= both & ~shared
    f[..., col["document_time_clash"]] = tclash[where][:, where] & ~same_doc
    f[..., col["lemma_x_document_arguments"]] = same_lemma * acos
    synonym = _ids([v.synonym for v in views])
    same_synonym = (synonym[:, None] == synonym[None, :]) & ~same_lemma
    f[..., col["same_synonym"]] = same_synonym
    f[..., col["synonym_x_document"]] = same_synonym * dsim
    head = _ids([v.head for v in views])
    f[..., col["same_head"]] = (head[:, None] == head[None, :]) & ~same_lemma
    table = load_vectors() if vectors is None else vectors
    rows = np.zeros((n, table.dims))
    for i, v in enumerate(views):
        row = table(v.lemma)
        if row is not None:
            rows[i] = row
    f[..., col["static_cos"]] = np.clip(rows @ rows.T, 0.0, 1.0)
    f[..., col["static_x_document"]] = f[..., col["static_cos"]] * dsim
    f[..., col["static_high"]] = np.clip(2.0 * f[..., col["static_cos"]] - 1.0, 0.0, 1.0) * ~same_lemma
    ctx = context_rows(views, table)
    f[..., col["context_cos"]] = np.clip(ctx @ ctx.T, 0.0, 1.0)
    f[..., col["context_x_cross"]] = f[..., col["context_cos"]] * ~same_doc
    return f


def context_rows(views: Sequence[View], table: StaticVectors) -> np.ndarray:
    """Each view's sentence as one unit row: the idf-weighted mean of the static vectors of its content words.

    The words are those of :func:`words_of` less numbers and the words
    sharing the trigger's root; each counts once per sentence, weighed by its
    smooth idf over the distinct sentences of ``views`` (so the words every
    sentence of a block shares weigh least). A sentence with no known word is
    a zero row.
    """
    bags = [_context_words(v.text, v.root) for v in views]
    distinct = {v.text: bag for v, bag in zip(views, bags)}
    df: Counter[str] = Counter()
    for bag in distinct.values():
        df.update(bag)
    n = len(distinct)
    rows = np.zeros((len(views), table.dims))
    for i, bag in enumerate(bags):
        known = [(w, vec) for w in bag if (vec := table(w)) is not None]
        if known:
            row = np.array([math.log((1 + n) / (1 + df[w])) + 1.0 for w, _ in known]) @ np.array([vec for _, vec in known])
            norm = float(np.linalg.norm(row))
            rows[i] = row / norm if norm else 0.0
    return rows


@lru_cache(maxsize=65536)
def _context_words(text: str, root: str) -> tuple[str, ...]:
    """The content words of a sentence for :func:`context_rows`, sorted, once each (numbers and the trigger's root left out)."""
    return tuple(sorted({w for w in words_of(text) if not w.isdigit() and root_of(w) != root}))


def _set_cos(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def pair_vector(a: View, b: View, *, vectors: Optional[StaticVectors] = None) -> np.ndarray:
    """The features of one pair, equal to ``pair_features([a, b])[0, 1]`` but without matrices (for streaming fusion)."""
    f = np.zeros(len(FEATURES), dtype=np.float64)
    col = _COL
    same_lemma = bool(a.lemma) and a.lemma == b.lemma
    same_root = bool(a.root) and a.root == b.root and not same_lemma
    same_group = bool(a.group) and a.group == b.group and not same_lemma and not same_root
    f[col["same_lemma"]], f[col["same_root"]], f[col["same_group"]] = same_lemma, same_root, same_group
    if a.vector is not None and b.vector is not None and a.vector.shape == b.vector.shape:
        na, nb = float(np.linalg.norm(a.vector)), float(np.linalg.norm(b.vector))
        if na and nb:
            f[col["trigger_cos"]] = min(max(float(a.vector @ b.vector) / (na * nb), 0.0), 1.0)
    wa, wb = set(words_of(a.text)), set(words_of(b.text))
    f[col["sentence_cos"]] = min(_set_cos(wa, wb), 1.0)
    same_doc = a.document == b.document
    dsim = (1.0 if (wa or wb) else 0.0) if same_doc else min(_set_cos(wa, wb), 1.0)
    f[col["document_cos"]] = dsim
    gap = abs(a.sentence - b.sentence)
    f[col["same_document"]], f[col["same_sentence"]], f[col["near_sentence"]] = same_doc, same_doc and gap == 0, same_doc and 0 < gap <= 2
    heads_a, heads_b = {p.split()[-1] for p in a.participants if p}, {p.split()[-1] for p in b.participants if p}
    f[col["participant_same"]] = bool(a.participants & b.participants)
    f[col["participant_head"]] = bool(heads_a & heads_b)
    f[col["participant_clash"]] = bool(a.participants) and bool(b.participants) and not (heads_a & heads_b)
    f[col["place_same"]] = bool(a.places & b.places)
    f[col["place_clash"]] = bool(a.places) and bool(b.places) and not (a.places & b.places)
    same_time = clash = False
    for g in "ymdw":
        ta, tb = {t for t in a.times if t[0] == g}, {t for t in b.times if t[0] == g}
        same_time |= bool(ta & tb)
        clash |= bool(ta) and bool(tb) and not (ta & tb)
    f[col["time_same"]], f[col["time_clash"]] = same_time, clash and not same_time
    f[col["lemma_x_document"]] = same_lemma * dsim
    f[col["vector_x_document"]] = f[col["trigger_cos"]] * dsim
    f[col["lemma_x_same_document"]] = same_lemma and same_doc
    f[col["root_x_document"]] = (same_root or same_group) * dsim
    args_a, args_b = set(a.participants | a.places), set(b.participants | b.places)
    if same_doc:
        args_a = args_b = args_a | args_b
    acos = min(_set_cos(args_a, args_b), 1.0)
    f[col["document_arguments_cos"]] = acos
    if not same_doc:
        f[col["document_time_clash"]] = any(
            bool(ta) and bool(tb) and not (ta & tb) for ta, tb in (({t for t in a.times if t[0] == g}, {t for t in b.times if t[0] == g}) for g in "ym")
        )
    f[col["lemma_x_document_arguments"]] = same_lemma * acos
    same_synonym = bool(a.synonym) and a.synonym == b.synonym and not same_lemma
    f[col["same_synonym"]] = same_synonym
    f[col["synonym_x_document"]] = same_synonym * dsim
    f[col["same_head"]] = bool(a.head) and a.head == b.head and not same_lemma
    table = load_vectors() if vectors is None else vectors
    ra, rb = table(a.lemma), table(b.lemma)
    if ra is not None and rb is not None:
        f[col["static_cos"]] = min(max(float(ra @ rb), 0.0), 1.0)
    f[col["static_x_document"]] = f[col["static_cos"]] * dsim
    f[col["static_high"]] = min(max(2.0 * f[col["static_cos"]] - 1.0, 0.0), 1.0) * (not same_lemma)
    ctx = context_rows([a, b], table)
    f[col["context_cos"]] = min(max(float(ctx[0] @ ctx[1]), 0.0), 1.0)
    f[col["context_x_cross"]] = f[col["context_cos"]] * (not same_doc)
    return f


def _binary_rows(texts: Sequence[str]) -> sp.csr_matrix:
    m = _incidence([set(words_of(t)) for t in texts])
    norms = np.sqrt(np.asarray(m.sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ m)


@dataclass(frozen=True)
class PairwiseModel:
    """Logistic regression over standardised pair features, with the thresholds chosen on dev."""

    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    threshold: float = 0.5  # average-link merge threshold on the probability
    within_threshold: float = 0.5  # threshold for merges inside one document (the first step)
    document_threshold: float = 0.3  # TF-IDF cosine for document clustering
    subtopic_threshold: float = 0.0  # salient-word cosine that splits a document cluster into sub-topics (0: no split)
    subtopic_min_size: int = 1  # a sub-topic of fewer documents joins the nearest larger one of its topic
    meta: Mapping[str, Any] = field(default_factory=dict)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Coreference probabilities for an array of pair features (last axis: :data:`FEATURES`)."""
        z = np.asarray(((features - self.mean) / self.scale) @ self.weights + self.bias, dtype=np.float64)
        out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        return out

    def reasons(self, features: np.ndarray, top: int = 3) -> list[str]:
        """The features that pushed one pair furthest towards coreference, as ``name:value``."""
        contrib = ((features - self.mean) / self.scale) * self.weights
        order = np.argsort(-contrib)
        out = []
        for i in order[:top]:
            if contrib[i] <= 0:
                break
            out.append(f"{FEATURES[i]}:{features[i]:.2f}".replace(":1.00", ""))
        return out

    def save(self, path: str | Path) -> None:
        """Write the model as a compressed ``.npz`` (what ``tools/train_fusion.py`` ships)."""
        np.savez_compressed(
            path, weights=self.weights, bias=np.array(self.bias), mean=self.mean, scale=self.scale,
            thresholds=np.array([self.threshold, self.within_threshold, self.document_threshold, self.subtopic_threshold, self.subtopic_min_size]),
            features=np.array(json.dumps(list(FEATURES))), meta=np.array(json.dumps(dict(self.meta), sort_keys=True)),
        )

    @classmethod
    def read(cls, path: str | Path) -> PairwiseModel:
        """A model written by :meth:`save`; a :class:`~tidings.KnowledgeError` when unreadable or made for other features."""
        try:
            with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as data:
                names = json.loads(str(data["features"]))
                if names != list(FEATURES):
                    raise ValueError(f"the model's features {names} are not this version's")
                t = data["thresholds"].astype(float)
                return cls(
                    weights=data["weights"].astype(np.float64), bias=float(data["bias"]), mean=data["mean"].astype(np.float64),
                    scale=data["scale"].astype(np.float64), threshold=float(t[0]), within_threshold=float(t[1]),
                    document_threshold=float(t[2]), subtopic_threshold=float(t[3]) if len(t) > 3 else 0.0,
                    subtopic_min_size=int(t[4]) if len(t) > 4 else 1, meta=json.loads(str(data["meta"])),
                )
        except (OSError, KeyError, ValueError, AttributeError, EOFError, zipfile.BadZipFile) as err:
            raise KnowledgeError(f"cannot read the fusion model: {' '.join(str(err).split())}", path=str(path)) from None


@lru_cache(maxsize=4)
def load_pairwise(path: Optional[str] = None) -> PairwiseModel:
    """The pairwise model at ``path``, or the one shipped with tidings (read once per process)."""
    return read_model(path, MODEL_FILE, PairwiseModel.read)


def average_link(
    sim: np.ndarray, threshold: float, *, start: Optional[Sequence[Sequence[int]]] = None, allowed: Optional[np.ndarray] = None
) -> list[list[int]]:
    """Average-link agglomerative clustering of ``n`` items by a similarity matrix, merging while the best average >= ``threshold``.

    ``start`` gives initial clusters (default: singletons); ``allowed`` (n x n
    booleans) limits which item pairs may link: a cluster pair is merged only
    when all of its item pairs are allowed. Ties go to the lowest indices, so
    the result does not depend on anything but the matrix.
    """
    n = sim.shape[0]
    clusters = [list(c) for c in start] if start is not None else [[i] for i in range(n)]
    k = len(clusters)
    if k <= 1:
        return clusters
    member = np.zeros((k, n))
    for c, items in enumerate(clusters):
        member[c, items] = 1.0
    total = member @ sim @ member.T
    sizes = member.sum(axis=1)
    block = None
    if allowed is not None:
        block = member @ (~allowed).astype(np.float64) @ member.T > 0
    alive = np.ones(k, dtype=bool)
    avg = total / np.outer(sizes, sizes)
    np.fill_diagonal(avg, -np.inf)
    if block is not None:
        avg[block] = -np.inf
    while True:
        flat = int(np.argmax(avg))
        i, j = divmod(flat, k)
        if not avg[i, j] >= threshold:
            break
        i, j = min(i, j), max(i, j)
        clusters[i].extend(clusters[j])
        clusters[j] = []
        total[i, :] += total[j, :]
        total[:, i] += total[:, j]
        sizes[i] += sizes[j]
        alive[j] = False
        row = total[i, :] / (sizes[i] * sizes)
        row[~alive] = -np.inf
        if block is not None:
            block[i, :] |= block[j, :]
            block[:, i] |= block[:, j]
            row[block[i, :]] = -np.inf
        avg[i, :] = row
        avg[:, i] = row
        avg[i, i] = -np.inf
        avg[j, :] = -np.inf
        avg[:, j] = -np.inf
    return [sorted(c) for c in clusters if c]


def refine_clusters(
    sim: np.ndarray, clusters: Sequence[Sequence[int]], threshold: float, *, allowed: Optional[np.ndarray] = None, rounds: int = 5
) -> list[list[int]]:
    """Clusters improved by single moves under the correlation-clustering objective: the sum of ``sim - threshold`` within clusters.

    Average link merges whole clusters and never takes a merge back, so a
    mention that joined early with the wrong group stays there. Here each
    item in turn (in index order, for at most ``rounds`` passes, until none
    moves) goes to the cluster where the sum of ``sim[i, j] - threshold``
    over the members ``j`` is highest, or stands alone when every cluster
    sums below zero; it moves only when that is strictly better than where
    it is. ``allowed`` (n x n booleans) forbids joining a cluster with any
    forbidden pair (a pinned mention stays alone). Deterministic: the result
    depends on nothing but the matrix and the starting clusters.
    """
    n = sim.shape[0]
    if n <= 1:
        return [sorted(c) for c in clusters if c]
    label = np.empty(n, dtype=np.int64)
    k = 0
    for items in clusters:
        if len(items):
            label[list(items)] = k
            k += 1
    gain = np.asarray(sim, dtype=np.float64) - threshold
    np.fill_diagonal(gain, 0.0)
    blocked = None if allowed is None else ~np.asarray(allowed, dtype=bool)
    for _ in range(rounds):
        moved = False
        for i in range(n):
            total = np.bincount(label, weights=gain[i], minlength=k + 1)
            if blocked is not None and blocked[i].any():
                total[np.bincount(label, weights=blocked[i], minlength=k + 1) > 0] = -np.inf
            cur = int(label[i])
            total[k] = 0.0  # alone: a new cluster
            if int(np.count_nonzero(label == cur)) == 1:
                total[k] = -np.inf  # alone already: no gain in moving to another empty cluster
            best = int(np.argmax(total))
            if best != cur and total[best] > total[cur] + 1e-12:
                label[i] = best
                k += best == k
                moved = True
        if not moved:
            break
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(label.tolist()):
        groups.setdefault(c, []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def salient_words(text: Optional[str]) -> list[str]:
    """The words that tell one event from another of its kind: content words, with names and numbers counted twice.

    Names are capitalised words (``Jackman``), numbers are kept as ``#2009``;
    the sub-topic step of :func:`cluster_documents` weighs them by TF-IDF
    within one topic, where the words of the topic ("earthquake", "host")
    weigh little.
    """
    out = words_of(text)
    for w in _WORD.findall(text or ""):
        if w.isdigit():
            out.extend(("#" + w, "#" + w))
        elif w[0].isupper() and w.lower() not in _STOP and len(w) > 1:
            out.extend((w.lower(), w.lower()))
    return out


def _labels(sim: np.ndarray, threshold: float) -> list[int]:
    label = [0] * sim.shape[0]
    for c, items in enumerate(average_link(sim, threshold)):
        for i in items:
            label[i] = c
    return label


def _join_small(sim: np.ndarray, label: list[int], min_size: int) -> list[int]:
    """Labels where each cluster of fewer than ``min_size`` items joins the large cluster (``min_size`` or more) of highest mean similarity.

    The large clusters are those of ``label``; the small ones join them in
    label order. Labels are renumbered 0, 1, ... in order of first item.
    """
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(label):
        groups.setdefault(c, []).append(i)
    large = [c for c in sorted(groups) if len(groups[c]) >= min_size]
    if min_size > 1 and large:
        for c in sorted(groups):
            if len(groups[c]) < min_size:
                target = max(large, key=lambda g: (float(sim[np.ix_(groups[c], groups[g])].mean()), -g))
                groups[target] = groups[target] + groups.pop(c)
    out = [0] * len(label)
    for n, c in enumerate(sorted(groups, key=lambda g: min(groups[g]))):
        for i in groups[c]:
            out[i] = n
    return out


def cluster_documents(
    vectors: sp.csr_matrix, threshold: float, *, texts: Optional[Sequence[str]] = None, subtopic_threshold: float = 0.0,
    arguments: Optional[Sequence[Sequence[str]]] = None, min_size: int = 1,
) -> list[int]:
    """A topic label per document: average-link clustering of L2-normalised rows, merging at cosine >= ``threshold``.

    With ``texts`` (one per row) and a ``subtopic_threshold`` above 0, each
    topic is split again into sub-topics: average link over the TF-IDF of
    the documents' :func:`salient_words`, the idf taken within the topic, so
    two earthquakes or two Oscar ceremonies part by their names, places and
    numbers while the words they share weigh little. ``arguments`` (one
    sequence per row: the names of the participants and places of the
    document's mentions, once per mention naming them) join those words.
    A sub-topic of fewer than ``min_size`` documents joins the sub-topic of
    at least that many documents with the highest mean salient-word cosine
    (when its topic has one): one or two articles that the names of their
    own left apart are not a story of their own.
    """
    n = vectors.shape[0]
    if n == 0:
        return []
    label = _labels((vectors @ vectors.T).toarray(), threshold)
    if texts is None or subtopic_threshold <= 0:
        return label
    if len(texts) != n or (arguments is not None and len(arguments) != n):
        raise ValueError(f"{len(texts)} texts and {n if arguments is None else len(arguments)} argument sets for {n} document rows")
    extra = [list(a) for a in arguments] if arguments is not None else [[] for _ in range(n)]
    out = [0] * n
    next_label = 0
    for topic in sorted(set(label)):
        members = [i for i in range(n) if label[i] == topic]
        bags = [salient_words(texts[i]) + extra[i] for i in members]
        rows = Tfidf(bags, analyse=list)(bags)  # the idf from this topic's documents alone
        sim = (rows @ rows.T).toarray()
        sub = _join_small(sim, _labels(sim, subtopic_threshold), min_size)
        for i, s in zip(members, sub):
            out[i] = next_label + s
        next_label += max(sub) + 1
    return out


class DocumentClusters:
    """Incremental document topics: a new document joins the topic with the highest mean cosine at or above the threshold."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.members: list[list[sp.csr_matrix]] = []
        self._sums: list[sp.csr_matrix] = []

    def add(self, vector: sp.csr_matrix) -> int:
        """File one L2-normalised row; returns its topic's index (a new one when none is close enough)."""
        best, best_value = -1, -1.0
        for c, total in enumerate(self._sums):
            value = float((vector @ total.T).toarray()[0, 0]) / len(self.members[c])
            if value > best_value:
                best, best_value = c, value
        if best < 0 or best_value < self.threshold:
            self.members.append([vector])
            self._sums.append(vector.copy())
            return len(self.members) - 1
        self.members[best].append(vector)
        self._sums[best] = self._sums[best] + vector
        return best


def cluster_views(
    views: Sequence[View],
    model: PairwiseModel,
    *,
    documents: Optional[Mapping[str, Any]] = None,
    sentences: Optional[sp.csr_matrix] = None,
    threshold: Optional[float] = None,
    within_threshold: Optional[float] = None,
    probabilities: Optional[np.ndarray] = None,
    reasons: bool = True,
    refine: bool = True,
) -> tuple[list[list[int]], list[dict[str, Any]]]:
    """Cluster one block (one document topic) of views: within documents first, then across; with merge reasons.

    Both steps are average link; then (``refine``, the default) each mention
    may move to the cluster it fits best under the across threshold
    (:func:`refine_clusters`), which takes back early merges average link
    cannot undo.

    Returns the clusters (lists of view indices) and the merge records, one
    per later member of a cluster: ``{"mention", "with", "score", "keys"}``,
    ``with`` being the earlier member it is most alike (``keys`` the features
    that carried that pair; no records with ``reasons=False``). A pinned view stays alone.
    """
    n = len(views)
    if n == 0:
        return [], []
    feats: Optional[np.ndarray] = None
    if probabilities is None:
        feats = pair_features(views, documents, sentences)
        probabilities = model.probabilities(feats)
    prob = probabilities.copy()
    pinned = np.array([v.pinned for v in views])
    allowed = ~(pinned[:, None] | pinned[None, :]) | np.eye(n, dtype=bool)
    docs = np.array([v.document for v in views], dtype=object)
    same_doc = docs[:, None] == docs[None, :]
    t_within = model.within_threshold if within_threshold is None else within_threshold
    t_across = model.threshold if threshold is None else threshold
    first = average_link(prob, t_within, allowed=allowed & same_doc)
    clusters = average_link(prob, t_across, start=first, allowed=allowed)
    if refine:
        clusters = refine_clusters(prob, clusters, t_across, allowed=allowed)
    merges: list[dict[str, Any]] = []
    for c in clusters if reasons else []:
        ordered = sorted(c, key=lambda i: (views[i].order, views[i].id))
        for pos, i in enumerate(ordered[1:], start=1):
            j = max(ordered[:pos], key=lambda k: prob[i, k])
            pair = feats[i, j] if feats is not None else pair_vector(views[i], views[j])
            merges.append({"mention": views[i].id, "keys": model.reasons(pair), "score": round(float(prob[i, j]), 4), "with": views[j].id})
    return clusters, merges


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float, weight: Optional[np.ndarray] = None) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by L-BFGS (the bias is not penalised); returns (weights, bias)."""
    from scipy.optimize import minimize

    w0 = np.zeros(x.shape[1] + 1)
    sw = np.ones(len(y)) if weight is None else weight
    norm = float(sw.sum())

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:-1] + w[-1]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        ll = -np.sum(sw * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))) / norm
        g = sw * (p - y) / norm
        grad = np.concatenate([x.T @ g + l2 * w[:-1], [g.sum()]])
        return float(ll + 0.5 * l2 * float(w[:-1] @ w[:-1])), grad

    res = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return res.x[:-1], float(res.x[-1])



def view_of(rec: Rec, families: Optional[Families] = None) -> View:
    """A fusion record (:class:`~tidings.fuse.similarity.Rec`) as the pairwise scorer sees it (no trigger vector).

    ``families`` give the trigger's synonym set: the ones the record was prepared with (default: the built-in ones).
    """
    sentence = str(rec.mention.get("sentence") or "")
    times: set[str] = set()
    if rec.explicit_date and rec.start is not None:
        d = rec.raw.get("date") or {}
        precision = str(d.get("precision") or "day")
        times.add(f"y:{rec.start.year}")
        if precision not in ("year", "decade", "century"):
            times.add(f"m:{rec.start.month}")
        if precision in ("day", "date", "time"):
            times.add(f"d:{rec.start.day}")
    return View(
        id=rec.id, document=rec.document, sentence=(zlib.crc32(sentence.encode("utf-8")) % 100_000) * 10, lemma=rec.lemma, text=sentence,
        group=rec.group, synonym=(families or load_families()).synonym_of(rec.lemma), participants=frozenset(a.name for a in (rec.source, rec.target) if a is not None and a.name),
        places=frozenset({rec.place} - {""}), times=frozenset(times), pinned=rec.pinned, order=rec.order,
    )


class TrainedScorer:
    """A pair score for :class:`~tidings.fuse.clustering.Clusterer` from the trained model, behind the rules' vetoes.

    A pair the rules veto (other type family, actors of other countries,
    dates apart, forecast against fact, ...) stays vetoed; any other pair
    scores the model's probability, with the features that carried it as keys.
    """

    def __init__(self, model: PairwiseModel, *, window: int = 3, families: Optional[Families] = None) -> None:
        self.model = model
        self.window = window
        self.families = families  # those fusion prepares its records with (user trigger groups and synonym sets)
        self._views: dict[int, View] = {}

    def _view(self, rec: Rec) -> View:
        v = self._views.get(id(rec))
        if v is None or v.id != rec.id:
            v = self._views[id(rec)] = view_of(rec, self.families)
        return v

    def __call__(self, a: Rec, b: Rec) -> tuple[float, list[str]]:
        """(probability, keys) for one pair, or (0, veto keys)."""
        value, keys = rule_score(a, b, window=self.window)
        if value <= 0.0 and any(k.startswith("veto:") for k in keys):
            return 0.0, keys
        f = pair_vector(self._view(a), self._view(b))
        return round(float(self.model.probabilities(f)), 4), ["model", *self.model.reasons(f)]
