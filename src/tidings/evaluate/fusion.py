"""Task `fusion`: cross-document event coreference on ECB+ (dev topics), gold mentions given.

Each gold event mention becomes a mention record for the fusion code: the
trigger's lemma, the words of its sentence, its document, and arguments
taken from the gold *entity* mentions of the same sentence (the nearest
non-pronoun participant before the trigger as source, the nearest after it as
target, a location mention as place; the entity text only, never the gold
entity chains). ECB+ gives no document dates, so the date component is
absent. Mentions are clustered within each topic with
:class:`tidings.fuse.clustering.Clusterer` and :func:`tidings.fuse.similarity.score`,
the code :func:`tidings.fuse.fuse` runs. The same-lemma baseline (one cluster
per trigger lemma within a topic) is scored on the same mentions in the same
run. ``limit`` keeps the first N topics (in numeric order).
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Optional

from .._errors import EvalDataError
from . import EvalResult, task

log = logging.getLogger(__name__)

MENTIONS = "ariecattan/dev_event_gold_mentions.json"
ENTITIES = "ariecattan/dev_entity_gold_mentions.json"

Lemmas = Callable[[tuple[str, ...]], list[str]]


def _lemmatizer(use_model: bool = True) -> tuple[Optional[Lemmas], Callable[[str], str]]:
    """A lemma function: the spaCy model's lemmatizer when it loads, else a suffix stripper."""
    from ..fuse.similarity import stem

    if not use_model:
        return None, stem
    try:
        import spacy
        from spacy.tokens import Doc

        from .._options import Options

        nlp = spacy.load(Options().model, exclude=["parser", "ner", "senter"])
    except Exception:  # noqa: BLE001 - any load failure falls back to the stripper
        log.warning("spaCy model not available; lemmas from suffix stripping")
        return None, stem

    cache: dict[tuple[str, ...], list[str]] = {}

    def lemmas(words: tuple[str, ...]) -> list[str]:
        if words not in cache:
            doc = Doc(nlp.vocab, words=list(words))
            for _, proc in nlp.pipeline:
                doc = proc(doc)
            cache[words] = [t.lemma_.lower() for t in doc]
        return cache[words]

    return lemmas, stem


def _load(path: Path, limit: Optional[int]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    try:
        events = json.loads((path / MENTIONS).read_text(encoding="utf-8"))
        entities = json.loads((path / ENTITIES).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise EvalDataError("ECB+ gold mention files not found", path=str(exc.filename)) from None
    except json.JSONDecodeError as exc:
        raise EvalDataError(f"ECB+ mention file is not valid JSON: {exc}", path=str(path)) from None
    topics = sorted({m["topic"] for m in events}, key=lambda t: (len(t), t))
    if limit:
        keep = set(topics[:limit])
        events = [m for m in events if m["topic"] in keep]
        entities = [m for m in entities if m["topic"] in keep]
    return events, entities


def _records(events: list[dict[str, Any]], entities: list[dict[str, Any]], *, use_model: bool = True) -> tuple[list[dict[str, Any]], dict[str, str]]:
    lemmas, stem = _lemmatizer(use_model)
    by_sentence: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for ent in entities:
        if not ent.get("is_pronoun"):
            by_sentence[(ent["doc_id"], str(ent["sent_id"]))].append(ent)
    records: list[dict[str, Any]] = []
    lemma_of: dict[str, str] = {}
    for m in events:
        mid = f"{m['doc_id']}/{m['sent_id']}/{m['m_id']}"
        sentence = m.get("full_sentence") or ""
        words = tuple(sentence.split())
        first = min(m["tokens_ids"])
        # token ids count from the document start; the sentence starts at first - len(left words)
        offset = first - len((m.get("left_sentence") or "").split())
        if lemmas is not None and words:
            ls = lemmas(words)
            idx = [i - offset for i in m["tokens_ids"] if 0 <= i - offset < len(ls)]
            lemma = " ".join(ls[i] for i in idx) if idx else m["tokens_str"].lower()
        else:
            lemma = " ".join(stem(w) for w in m["tokens_str"].split())
        lemma_of[mid] = lemma
        ents = by_sentence.get((m["doc_id"], str(m["sent_id"])), [])
        before = [e for e in ents if max(e["tokens_ids"]) < first and e["mention_type"] != "LOC" and e["mention_type"] != "TIM"]
        after = [e for e in ents if min(e["tokens_ids"]) > max(m["tokens_ids"]) and e["mention_type"] not in ("LOC", "TIM")]
        places = [e for e in ents if e["mention_type"] == "LOC"]
        source = max(before, key=lambda e: max(e["tokens_ids"]))["tokens_str"] if before else None
        target = min(after, key=lambda e: min(e["tokens_ids"]))["tokens_str"] if after else None
        place = min(places, key=lambda e: abs(min(e["tokens_ids"]) - first))["tokens_str"] if places else None
        records.append({
            "id": mid,
            "type": {"trigger": m["tokens_str"], "lemma": lemma},
            "source": {"name": source} if source else None,
            "target": {"name": target} if target else None,
            "date": None,
            "location": {"name": place} if place else None,
            "status": "reported",
            "mentions": [{"document": m["doc_id"], "sentence": sentence, "published": None}],
            "_keys": [f"topic{m['topic']}"],
            "_topic": m["topic"],
        })
    return records, lemma_of


def cluster_records(records: list[dict[str, Any]], *, threshold: float, window: int = 3) -> list[list[str]]:
    """Cluster mention records per topic with the fusion clusterer; returns lists of ids."""
    from ..fuse.clustering import Clusterer
    from ..fuse.families import load_families
    from ..fuse.similarity import prepare

    families = load_families()
    by_topic: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        by_topic[r["_topic"]].append(r)
    out: list[list[str]] = []
    for topic in sorted(by_topic):
        clusterer = Clusterer(threshold=threshold, window=window, max_candidates=64, sample=6)
        for rec in sorted((prepare(r, families) for r in by_topic[topic]), key=lambda r: r.order):
            clusterer.add(rec)
        out.extend([r.id for r in c.members] for c in clusterer.clusters)
    return out


@task("fusion", data="ecbplus-dev", help="cross-document event coreference on ECB+ dev (MUC, B3, CEAF-e, CoNLL F1; same-lemma baseline)")
def run_fusion(path: Path, *, limit: Optional[int] = None, threshold: Optional[float] = None, use_model: bool = True, **_: Any) -> EvalResult:
    """ECB+ gold event mentions clustered by the fusion code, scored against the gold chains and a same-lemma baseline."""
    from .._options import Options
    from ..fuse.scoring import score_all

    events, entities = _load(Path(path), limit)
    if not events:
        raise EvalDataError("no gold event mentions found", path=str(path))
    records, lemma_of = _records(events, entities, use_model=use_model)
    gold: dict[str, list[str]] = defaultdict(list)
    for m in events:
        gold[f"{m['topic']}|{m['coref_chain']}"].append(f"{m['doc_id']}/{m['sent_id']}/{m['m_id']}")
    key = list(gold.values())
    threshold = Options().fuse_threshold if threshold is None else threshold
    response = cluster_records(records, threshold=threshold)
    baseline: dict[str, list[str]] = defaultdict(list)
    for r in records:
        baseline[f"{r['_topic']}|{lemma_of[r['id']]}"].append(r["id"])
    ours = score_all(key, response)
    errors = _mistakes(key, response, {r["id"]: r for r in records})
    base = score_all(key, list(baseline.values()))
    figures = {k: round(v, 4) for k, v in ours.items()}
    figures.update({f"lemma_{k}": round(v, 4) for k, v in base.items()})
    return EvalResult(
        task="fusion",
        data=str(path),
        figures=figures,
        counts={
            "topics": len({m["topic"] for m in events}),
            "mentions": len(records),
            "gold_clusters": len(key),
            "clusters": len(response),
            "lemma_clusters": len(baseline),
        },
        notes=[f"threshold {threshold}", "gold mentions, clustered within topic; no document dates in ECB+"],
        errors=errors,
    )


def _mistakes(key: list[list[str]], response: list[list[str]], records: dict[str, dict[str, Any]], limit: int = 50) -> list[dict[str, Any]]:
    """Examples to read: response clusters that join gold chains, gold chains split apart."""
    chain = {m: i for i, c in enumerate(key) for m in c}
    where = {m: i for i, c in enumerate(response) for m in c}

    def show(mid: str) -> str:
        r = records[mid]
        return f"{r['type']['trigger']!r} in {r['mentions'][0]['document']}: {r['mentions'][0]['sentence'][:100]}"

    out: list[dict[str, Any]] = []
    for cluster in response:
        chains = {chain[m] for m in cluster if m in chain}
        if len(chains) > 1 and len(out) < limit // 2:
            firsts = [next(m for m in cluster if chain.get(m) == c) for c in sorted(chains)[:3]]
            out.append({"kind": "wrong merge", "chains": len(chains), "mentions": [show(m) for m in firsts]})
    for c in key:
        parts = {where[m] for m in c if m in where}
        if len(parts) > 1 and len(out) < limit:
            firsts = [next(m for m in c if where.get(m) == p) for p in sorted(parts)[:3]]
            out.append({"kind": "missed merge", "parts": len(parts), "mentions": [show(m) for m in firsts]})
    return out
