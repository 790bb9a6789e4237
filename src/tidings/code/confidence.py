"""How likely a coded event is right: a small trained, calibrated model.

``certainty`` (from :mod:`tidings.code.status`) says how sure the *text* is
that the event happened ("said to have", "may", "confirmed"). ``confidence``
says how likely the *coder* is right that the sentence holds this event at
its CAMEO root: a trigger the lexicon marks strong, with both actors
resolved, in a sentence's main clause, is more often right than a weak
trigger in a long sentence full of candidates, with no actor found.

:func:`features` names what is known about one event record when it is
coded: the lexicon row (CAMEO root and code, strong or weak, verb, noun or
light verb, specificity, origin, its lemma hashed into
:data:`LEMMA_BUCKETS` buckets), the source and target (found, resolved to
a country, sector, kind), modality labels, status, negation, the cited
source, the trigger's and the anchor's dependency relations, whether the
anchor is the sentence's main clause, whether the trigger sits inside a
quotation, whether the sentence is the title, its length, how many
candidates and (source, target) pairs it has, the factuality score and
certainty already computed, the trigger lemma crossed with its root (hashed
into :data:`PAIR_BUCKETS`) and the sentence detector's score for the
sentence (``sentence_score``, from :meth:`CodingContext.sentence_score`); :func:`document_features` adds what the
document's other records say (how many, how many with a public actor, how
many share the record's root, how many roots, the kinds of source and
target). :class:`ConfidenceModel` is a logistic regression over them,
trained by ``tools/train_confidence.py`` on the events that the coder finds
in the *hold* articles of the gold set (``tidings/data/gold``; no coding rule
is tuned on them), optionally with *cal*'s events at a lower weight, each
labelled right when ``tidings eval events`` matches it to a gold event at
root level; its regularisation is chosen by cross-validation by article on
*hold*. The weights ship as JSON in ``tidings/data/models/confidence.json``
(tens of KB).
"""

from __future__ import annotations

import json
import math
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Sequence

from .._errors import KnowledgeError
from .._models import read_model

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .events import EventCandidate

__all__ = [
    "LEMMA_BUCKETS", "MODEL_FILE", "PAIR_BUCKETS", "PUBLIC_SECTORS", "ConfidenceModel", "features", "document_features", "load_model", "keep_confident",
    "reliability", "calibration_error",
]

#: Hash buckets of the trigger lemma.
LEMMA_BUCKETS = 256
#: The packaged model, relative to ``tidings/data``.
MODEL_FILE = "models/confidence.json"

_QUOTES = frozenset({'"', "“", "”", "«", "»"})
_MAIN = frozenset({"ROOT", "conj"})


def _bucket(n: float, edges: Sequence[float]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge:g}"
    return f">{edges[-1]:g}"


def _in_quote(doc: "Doc", sent_start: int, i: int) -> bool:
    """Is token ``i`` inside a quotation of its sentence (an odd number of quote marks before it)?"""
    marks = sum(1 for t in doc[sent_start:i] if t.text in _QUOTES)
    return marks % 2 == 1


def _depth(tok: Any) -> int:
    """Steps from a token up to its sentence root."""
    n = 0
    while tok.head.i != tok.i and n < 10:
        tok, n = tok.head, n + 1
    return n


def _actor(prefix: str, actor: Optional[Mapping[str, Any]]) -> dict[str, float]:
    if not actor:
        return {f"{prefix}=none": 1.0}
    out = {f"{prefix}=found": 1.0, f"{prefix}_country={'yes' if actor.get('country') else 'no'}": 1.0,
           f"{prefix}_sector={actor.get('sector') or '-'}": 1.0, f"{prefix}_kind={actor.get('kind') or '-'}": 1.0}
    return out


def features(doc: "Doc", cand: "EventCandidate", event: Mapping[str, Any], *, sentence_candidates: int, pairs: int,
             sentence_score: Optional[float] = None) -> dict[str, float]:
    """What is known about a coded ``event`` of candidate ``cand`` in ``doc``: feature name -> value.

    ``sentence_candidates`` is the number of event candidates in the
    candidate's sentence, ``pairs`` the number of (source, target) records
    the candidate gave, ``sentence_score`` the sentence detector's score for
    the candidate's sentence (:meth:`CodingContext.sentence_score`; left out
    when not given). Binary features have value 1; ``len``, ``fact``,
    ``certainty`` and ``det`` are scaled numbers.
    """
    entry = cand.entry
    code = str((event.get("type") or {}).get("cameo") or cand.code)
    mention = (event.get("mentions") or [{}])[0]
    modality = mention.get("modality") or {}
    labels = sorted(modality.get("labels") or []) or ["asserted"]
    sent = cand.sentence
    trig = doc[cand.trigger_i]
    anchor = doc[cand.anchor_i]
    f: dict[str, float] = {"bias": 1.0, f"root={code[:2]}": 1.0, f"code={code}": 1.0,
                           f"strong={cand.strong}": 1.0, f"nominal={cand.nominal}": 1.0}
    if entry is not None:
        f[f"kind={entry.kind}"] = 1.0
        f[f"spec={min(entry.specificity, 4)}"] = 1.0
        f[f"origin={'lexicon' if not entry.origin or 'lexicon' in entry.origin else 'other'}"] = 1.0
        lemma = entry.lemma.lower()
    else:
        f["kind=-"] = 1.0
        lemma = trig.lemma_.lower()
    f[f"lem#{zlib.crc32(lemma.encode('utf-8')) % LEMMA_BUCKETS}"] = 1.0
    f.update(_actor("src", event.get("source")))
    f.update(_actor("tgt", event.get("target")))
    both = bool(event.get("source")) and bool(event.get("target"))
    f[f"actors={'both' if both else 'one' if event.get('source') or event.get('target') else 'none'}"] = 1.0
    f[f"strong_actors={cand.strong}|{both}"] = 1.0
    for lab in labels:
        f[f"lab={lab}"] = 1.0
    f[f"status={event.get('status')}"] = 1.0
    f[f"negated={bool(event.get('negated'))}"] = 1.0
    cited = mention.get("cited_source")
    f[f"cited={(cited or {}).get('kind') or 'none'}"] = 1.0
    f[f"dep={trig.dep_}"] = 1.0
    f[f"pos={trig.pos_}"] = 1.0
    f[f"anchor_dep={anchor.dep_}"] = 1.0
    f[f"main={anchor.dep_ in _MAIN and (anchor.dep_ == 'ROOT' or anchor.head.dep_ == 'ROOT')}"] = 1.0
    f[f"depth={min(_depth(anchor), 3)}"] = 1.0
    f[f"quote={_in_quote(doc, sent.start, cand.trigger_i)}"] = 1.0
    # the title, or the text's first sentence (in document coordinates: a chunk's first sentence is not)
    f[f"title={bool(mention.get('in_title')) or mention.get('start', sent.start_char) == 0}"] = 1.0
    n = len(sent)
    f[f"len{_bucket(n, (8, 15, 25, 40))}"] = 1.0
    f["len"] = min(n, 80) / 40.0
    f[f"cands{_bucket(sentence_candidates, (1, 2, 3))}"] = 1.0
    f[f"pairs{_bucket(pairs, (1, 2))}"] = 1.0
    f[f"question={any(t.text == '?' for t in sent)}"] = 1.0
    fact = modality.get("factuality")
    f["fact"] = float(fact) / 3.0 if isinstance(fact, (int, float)) else 0.0
    f["certainty"] = float(event.get("certainty") or 0.0)
    f[f"date={((event.get('date') or {}).get('basis')) or 'none'}"] = 1.0
    f[f"place={bool(event.get('location'))}"] = 1.0
    f[f"vehicle={bool(cand.vehicle)}"] = 1.0
    f.update(_context_features(lemma, code, sentence_score))
    return f


#: Hash buckets of the trigger lemma crossed with its CAMEO root.
PAIR_BUCKETS = 512


def _context_features(lemma: str, code: str, sentence_score: Optional[float]) -> dict[str, float]:
    """What the lexicon row and the parse labels alone do not say: the lemma's record at this root, and the sentence's look."""
    # the trigger lemma crossed with its root ("hold" is right as 04 more often than as 17)
    f: dict[str, float] = {f"lr#{zlib.crc32(f'{lemma}|{code[:2]}'.encode('utf-8')) % PAIR_BUCKETS}": 1.0}
    if sentence_score is not None:
        # how likely the sentence detector finds the sentence to hold an event (CodingContext.sentence_score)
        f["det"] = sentence_score
        f[f"det{_bucket(sentence_score, (0.3, 0.6, 0.85))}"] = 1.0
    return f


#: Sectors of actors that act in public life (a state, force, court, party, armed group, international body, ...).
PUBLIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "REB", "INS", "OPP", "PTY", "ELI", "SEP", "UAF",
                            "PRM", "NGO", "HRI"})


def _public(actor: Optional[Mapping[str, Any]]) -> bool:
    return actor is not None and actor.get("sector") in PUBLIC_SECTORS and not actor.get("pronoun")


def _root(event: Mapping[str, Any]) -> str:
    return str((event.get("type") or {}).get("cameo") or "")[:2]


def _sector(actor: Optional[Mapping[str, Any]]) -> str:
    if not actor:
        return "none"
    return "public" if _public(actor) else "other"


def document_features(rows: Sequence[Mapping[str, float]], events: Sequence[Mapping[str, Any]]) -> list[dict[str, float]]:
    """``rows`` (the :func:`features` of ``events``, one document's records) with what the document says about each.

    A feature (sport, a local fair, a firm's results) tells few events and
    few of them between public actors; a political or conflict report tells
    many. Each row gets the number of records in the document (bucketed),
    the share of them with a public actor (source or target of a sector in
    :data:`PUBLIC_SECTORS`, not taken from a pronoun) and whether its own
    record has one. With the pre-filter a document is coded in chunks of
    candidate sentences, and "the document" is then the chunk.
    """
    n = len(events)
    share = sum(1 for e in events if _public(e.get("source")) or _public(e.get("target"))) / n if n else 0.0
    roots = Counter(_root(e) for e in events)
    out = []
    for row, event in zip(rows, events):
        f = dict(row)
        f[f"doc_n{min(n, 20) // 5}"] = 1.0
        f["doc_public"] = share
        f[f"doc_public{min(int(share * 4), 3)}"] = 1.0
        f[f"self_public={_public(event.get('source')) or _public(event.get('target'))}"] = 1.0
        f[f"doc_same_root{_bucket(roots[_root(event)] - 1, (0, 2))}"] = 1.0
        f[f"doc_roots{_bucket(len(roots), (1, 3, 6))}"] = 1.0
        f[f"sectors={_sector(event.get('source'))}|{_sector(event.get('target'))}"] = 1.0
        out.append(f)
    return out


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic-regression weights by feature name (a name not in ``weights`` weighs 0)."""

    weights: Mapping[str, float]
    meta: Mapping[str, Any]

    def score(self, feats: Mapping[str, float]) -> float:
        """The probability (0..1, three decimals) that an event with these features is right at its CAMEO root."""
        z = sum(self.weights.get(name, 0.0) * value for name, value in feats.items())
        return round(_sigmoid(z), 3)

    def save(self, path: str | Path) -> None:
        """Write the model as JSON (what ``tools/train_confidence.py`` ships)."""
        weights = {k: round(float(v), 5) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-5}
        Path(path).write_text(json.dumps({"meta": dict(self.meta), "weights": weights}, indent=0, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def read(cls, path: str | Path) -> ConfidenceModel:
        """A model written by :meth:`save`; a :class:`~tidings.KnowledgeError` when the file is unreadable."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            return cls(weights=weights, meta=dict(data.get("meta") or {}))
        except (OSError, KeyError, ValueError, TypeError, AttributeError) as err:
            raise KnowledgeError(f"cannot read the confidence model: {' '.join(str(err).split())}", path=str(path)) from None


@lru_cache(maxsize=4)
def load_model(path: Optional[str] = None) -> ConfidenceModel:
    """The confidence model at ``path``, or the one shipped with tidings (read once per process)."""
    return read_model(path, MODEL_FILE, ConfidenceModel.read)


def keep_confident(events: Iterable[Mapping[str, Any]], min_confidence: float) -> list[Any]:
    """The events whose ``confidence`` is at least ``min_confidence`` (all of them at 0; an event without one is kept)."""
    if min_confidence <= 0:
        return list(events)
    return [e for e in events if float(e.get("confidence", 1.0)) >= min_confidence]


def calibration_error(rows: Iterable[Mapping[str, Any]]) -> float:
    """The expected calibration error of a :func:`reliability` table: the bins' gaps between mean confidence and share right, weighted by count."""
    rows = list(rows)
    total = sum(int(r["n"]) for r in rows)
    if not total:
        return 0.0
    gap = sum(int(r["n"]) * abs(float(r["mean_confidence"]) - float(r["share_right"])) for r in rows if r["n"])
    return round(gap / total, 4)


def reliability(pairs: Iterable[tuple[float, bool]], bins: int = 5) -> list[dict[str, Any]]:
    """A reliability table: predicted confidence in ``bins`` equal-width bins against the share that is right.

    Each row: ``lo``, ``hi``, ``n``, ``mean_confidence``, ``share_right``
    (``None`` for an empty bin); the last bin includes 1.0.
    """
    rows = [{"lo": round(k / bins, 3), "hi": round((k + 1) / bins, 3), "n": 0, "sum": 0.0, "right": 0} for k in range(bins)]
    for p, ok in pairs:
        k = min(int(float(p) * bins), bins - 1) if p >= 0 else 0
        rows[k]["n"] += 1
        rows[k]["sum"] += float(p)
        rows[k]["right"] += bool(ok)
    out = []
    for r in rows:
        n = int(r["n"])
        out.append({"lo": r["lo"], "hi": r["hi"], "n": n, "mean_confidence": round(float(r["sum"]) / n, 3) if n else None,
                    "share_right": round(int(r["right"]) / n, 3) if n else None})
    return out
