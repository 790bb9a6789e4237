"""Task `fusion`: cross-document event coreference on ECB+ (dev topics), gold mentions given.

Each gold event mention becomes a mention record for the fusion code: the
trigger's lemma, the words of its sentence, its document, and arguments
taken from the gold *entity* mentions of the same sentence (the nearest
non-pronoun participant before the trigger as source, the nearest after it as
target, a location mention as place; the entity text only, never the gold
entity chains). ECB+ gives no document dates, so the date component is
absent. Mentions are clustered within each topic with
:class:`tidings.fuse.clustering.Clusterer` and :func:`tidings.fuse.similarity.score`,
the code :func:`tidings.fuse.fuse` runs (the ``rules_`` figures). The headline
figures are the trained pairwise scorer's (:mod:`tidings.fuse.pairwise`):
documents clustered by TF-IDF first, then mentions, with no gold topics. The same-lemma baseline (one cluster
per trigger lemma within a topic) is scored on the same mentions in the same
run. ``limit`` keeps the first N topics (in numeric order).
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from .._errors import EvalDataError
from . import EvalResult, task

if TYPE_CHECKING:
    from ..fuse.pairwise import PairwiseModel, View

log = logging.getLogger(__name__)

MENTIONS = "ariecattan/dev_event_gold_mentions.json"
ENTITIES = "ariecattan/dev_entity_gold_mentions.json"

Lemmas = Callable[[tuple[str, ...]], list[str]]
Analyse = Callable[[tuple[str, ...]], tuple[list[str], Any]]


def _analyser(use_model: bool = True) -> tuple[Optional[Analyse], Callable[[str], str]]:
    """Lemmas and contextual ``tok2vec`` rows of a pre-split sentence, from the spaCy model (None when it does not load)."""
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

    cache: dict[tuple[str, ...], tuple[list[str], Any]] = {}

    def analyse(words: tuple[str, ...]) -> tuple[list[str], Any]:
        if words not in cache:
            doc = Doc(nlp.vocab, words=list(words))
            for _, proc in nlp.pipeline:
                doc = proc(doc)
            cache[words] = ([t.lemma_.lower() for t in doc], doc.tensor)
        return cache[words]

    return analyse, stem


def _load(path: Path, limit: Optional[int], split: str = "dev") -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The gold event and entity mentions of one split (``dev`` or ``train``), the first ``limit`` topics."""
    try:
        events = json.loads((path / MENTIONS.replace("dev_", f"{split}_")).read_text(encoding="utf-8"))
        entities = json.loads((path / ENTITIES.replace("dev_", f"{split}_")).read_text(encoding="utf-8"))
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


def _records(
    events: list[dict[str, Any]], entities: list[dict[str, Any]], *, use_model: bool = True, analyser: Optional[tuple[Optional[Analyse], Callable[[str], str]]] = None
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    analyse, stem = analyser if analyser is not None else _analyser(use_model)
    lemmas: Optional[Lemmas] = (lambda words: analyse(words)[0]) if analyse is not None else None
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


def ecb_views(
    events: list[dict[str, Any]], entities: list[dict[str, Any]], lemma_of: Mapping[str, str], analyse: Optional[Analyse]
) -> tuple[list[View], dict[str, str]]:
    """The pairwise scorer's view of every gold event mention, and each document's text (its annotated sentences).

    Participants, places and times come from the *text* of the gold entity
    mentions of the same sentence (never their chains); the trigger vector is
    the mean of the trigger tokens' ``tok2vec`` rows.
    """
    import numpy as np

    from ..fuse.families import load_families
    from ..fuse.pairwise import View, time_marks
    from ..fuse.similarity import norm_name

    families = load_families()
    by_sentence: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    sentences: dict[str, dict[int, str]] = defaultdict(dict)
    for ent in entities:
        if not ent.get("is_pronoun"):
            by_sentence[(ent["doc_id"], str(ent["sent_id"]))].append(ent)
    for m in [*events, *entities]:
        if m.get("full_sentence"):
            sentences[m["doc_id"]][int(m["sent_id"])] = m["full_sentence"]
    views = []
    for m in events:
        mid = f"{m['doc_id']}/{m['sent_id']}/{m['m_id']}"
        sentence = m.get("full_sentence") or ""
        words = tuple(sentence.split())
        vector = None
        if analyse is not None and words:
            tensor = analyse(words)[1]
            offset = min(m["tokens_ids"]) - len((m.get("left_sentence") or "").split())
            idx = [i - offset for i in m["tokens_ids"] if 0 <= i - offset < len(words)]
            if idx and tensor is not None and len(tensor) == len(words):
                vector = np.asarray(tensor[idx], dtype=np.float64).mean(axis=0)
        ents = by_sentence.get((m["doc_id"], str(m["sent_id"])), [])
        lemma = lemma_of[mid]
        views.append(View(
            id=mid, document=m["doc_id"], sentence=int(m["sent_id"]), lemma=lemma, text=sentence,
            group=families.trigger_group(" ".join(w.lower() for w in lemma.split())), synonym=families.synonym_of(lemma), vector=vector,
            participants=frozenset(norm_name(e["tokens_str"]) for e in ents if e["mention_type"] in ("HUM", "NON")) - {""},
            places=frozenset(norm_name(e["tokens_str"]) for e in ents if e["mention_type"] == "LOC") - {""},
            times=frozenset(t for e in ents if e["mention_type"] == "TIM" for t in time_marks(e["tokens_str"])),
            order=(m["doc_id"], int(m["sent_id"]), min(m["tokens_ids"])),
        ))
    texts = {d: " ".join(s[k] for k in sorted(s)) for d, s in sentences.items()}
    return views, texts


def tfidf_rows(views: list[View], texts: Mapping[str, str]) -> tuple[list[str], Any, Any]:
    """The views' documents (sorted), their TF-IDF rows and the views' sentence rows, the idf fitted on the documents."""
    from ..fuse.pairwise import Tfidf

    docs = sorted({v.document for v in views})
    tfidf = Tfidf(texts.get(d, "") for d in docs)
    return docs, tfidf([texts.get(d, "") for d in docs]), tfidf([v.text for v in views])


def trained_clusters(
    views: list[View], texts: Mapping[str, str], model: PairwiseModel, *,
    document_threshold: Optional[float] = None, threshold: Optional[float] = None, within_threshold: Optional[float] = None,
    subtopic_threshold: Optional[float] = None, subtopic_min_size: Optional[int] = None, cache: Optional[dict[Any, Any]] = None, topic_of: Optional[Mapping[str, Any]] = None,
) -> tuple[list[list[str]], list[int]]:
    """Documents clustered into topics and sub-topics, then each one's mentions by the trained scorer; returns id lists and cluster sizes.

    ``cache`` (a dict kept by the caller) keeps the TF-IDF rows, the
    document clusters and the probabilities of each document cluster
    between calls with other thresholds. ``topic_of`` (document id -> label) replaces the document
    clustering (the gold sub-topic oracle).
    """
    from ..fuse.pairwise import cluster_documents, cluster_views, pair_features

    cache = cache if cache is not None else {}
    if "docs" not in cache:
        cache["docs"], cache["doc_rows"], cache["sent_rows"] = tfidf_rows(views, texts)
    docs, rows, sent_rows = cache["docs"], cache["doc_rows"], cache["sent_rows"]
    if topic_of is None:
        dt = model.document_threshold if document_threshold is None else document_threshold
        st = model.subtopic_threshold if subtopic_threshold is None else subtopic_threshold
        ms = model.subtopic_min_size if subtopic_min_size is None else subtopic_min_size
        if ("topics", dt, st, ms) not in cache:
            arguments: dict[str, list[str]] = defaultdict(list)  # once per mention naming them
            for v in views:
                arguments[v.document].extend(sorted(v.participants | v.places))
            labels = cluster_documents(rows, dt, texts=[texts.get(d, "") for d in docs], subtopic_threshold=st, arguments=[arguments[d] for d in docs], min_size=ms)
            cache[("topics", dt, st, ms)] = {d: labels[i] for i, d in enumerate(docs)}
        topic_of = cache[("topics", dt, st, ms)]
    by_doc = {d: rows[i] for i, d in enumerate(docs)}
    blocks: dict[Any, list[int]] = defaultdict(list)
    for i, v in enumerate(views):
        blocks[topic_of[v.document]].append(i)
    out: list[list[str]] = []
    for topic in sorted(blocks, key=str):
        idx = blocks[topic]
        key = ("p", tuple(idx))
        if key not in cache:
            feats = pair_features([views[i] for i in idx], by_doc, sent_rows[idx])
            cache[key] = model.probabilities(feats)
        clusters, _ = cluster_views([views[i] for i in idx], model, probabilities=cache[key], threshold=threshold, within_threshold=within_threshold, reasons=False)
        out.extend([views[idx[k]].id for k in c] for c in clusters)
    return out, [len(b) for b in blocks.values()]


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


@task("fusion", data="ecbplus-dev", help="cross-document event coreference on ECB+ dev (MUC, B3, CEAF-e, CoNLL F1; trained scorer, rules, same-lemma baseline)")
def run_fusion(
    path: Path, *, limit: Optional[int] = None, threshold: Optional[float] = None, use_model: bool = True, model: Optional[str] = None, **_: Any
) -> EvalResult:
    """ECB+ gold event mentions clustered three ways, scored against the gold chains.

    The headline figures are the trained scorer's (documents clustered by
    TF-IDF, then mentions by :mod:`tidings.fuse.pairwise`; no gold topics);
    ``rules_*`` are the rule-based similarity's and ``lemma_*`` the same-lemma
    baseline's (both within gold topics). ``within_*`` score the clusters
    split by document (within-document coreference); ``cross_link_*`` are
    link precision, recall and F1 over mention pairs of different documents.
    ``threshold`` is the rules' threshold; ``model`` a pairwise model file
    (default: the shipped one).
    """
    from .._options import Options
    from ..fuse.pairwise import load_pairwise
    from ..fuse.scoring import score_all

    events, entities = _load(Path(path), limit)
    if not events:
        raise EvalDataError("no gold event mentions found", path=str(path))
    analyser = _analyser(use_model)
    records, lemma_of = _records(events, entities, analyser=analyser)
    gold: dict[str, list[str]] = defaultdict(list)
    for m in events:
        gold[f"{m['topic']}|{m['coref_chain']}"].append(f"{m['doc_id']}/{m['sent_id']}/{m['m_id']}")
    key = list(gold.values())
    threshold = Options().fuse_threshold if threshold is None else threshold
    rules = cluster_records(records, threshold=threshold)
    baseline: dict[str, list[str]] = defaultdict(list)
    for r in records:
        baseline[f"{r['_topic']}|{lemma_of[r['id']]}"].append(r["id"])
    views, texts = ecb_views(events, entities, lemma_of, analyser[0])
    pairwise = load_pairwise(model)
    trained, topics = trained_clusters(views, texts, pairwise)
    document_of = {v.id: v.document for v in views}
    # the gold sub-topic oracle: each topic's `ecb` and `ecbplus` documents (two events of one kind) as the document clusters
    subtopic_of = {v.document: _subtopic(v.document) for v in views}
    oracle = trained_clusters(views, texts, pairwise, topic_of=subtopic_of)[0]
    lemma_subtopic: dict[str, list[str]] = defaultdict(list)
    for v in views:
        lemma_subtopic[f"{subtopic_of[v.document]}|{lemma_of[v.id]}"].append(v.id)
    figures: dict[str, float] = {}
    for prefix, response in (("", trained), ("rules_", rules), ("lemma_", list(baseline.values()))):
        figures.update({f"{prefix}{k}": round(v, 4) for k, v in score_all(key, response).items()})
        within = score_all(_by_document(key, document_of), _by_document(response, document_of))
        figures.update({f"{prefix}within_{k}": round(within[k], 4) for k in ("muc_f1", "b3_f1", "ceafe_f1", "conll_f1")})
        figures.update({f"{prefix}{k}": round(v, 4) for k, v in _links(key, response, document_of).items()})
    for prefix, response in (("oracle_subtopic_", oracle), ("lemma_subtopic_", list(lemma_subtopic.values()))):
        figures.update({f"{prefix}{k}": round(v, 4) for k, v in score_all(key, response).items() if k.endswith("_f1")})
    by_id = {r["id"]: r for r in records}
    return EvalResult(
        task="fusion",
        data=str(path),
        figures=figures,
        counts={
            "topics": len({m["topic"] for m in events}),
            "mentions": len(records),
            "gold_clusters": len(key),
            "clusters": len(trained),
            "lemma_clusters": len(baseline),
        },
        notes=[
            f"trained scorer: {len(topics)} document clusters (TF-IDF cosine >= {pairwise.document_threshold}, "
            f"sub-topics at salient-word cosine >= {pairwise.subtopic_threshold}, "
            f"a sub-topic of fewer than {pairwise.subtopic_min_size} documents joining the nearest larger one), "
            f"merge threshold {pairwise.threshold} (within documents {pairwise.within_threshold}); {len(rules)} clusters by the rules",
            f"rules threshold {threshold}; rules and lemma baseline clustered within gold topics; no document dates in ECB+",
            "oracle_subtopic_*: the trained scorer with the gold sub-topics as document clusters (an upper bound of document clustering); "
            "lemma_subtopic_*: the same-lemma baseline within gold sub-topics",
        ],
        errors=_error_types(key, trained, by_id, lemma_of) + _mistakes(key, trained, by_id),
    )


def _subtopic(document: str) -> str:
    """The gold ECB+ sub-topic of a document id: its topic and whether it is an ``ecbplus`` document ("35_7ecb.xml" -> "35ecb")."""
    topic = document.split("_", 1)[0]
    return f"{topic}ecbplus" if "ecbplus" in document else f"{topic}ecb"


def _by_document(clusters: list[list[str]], document_of: Mapping[str, str]) -> list[list[str]]:
    """Each cluster split into its parts of one document (within-document coreference)."""
    out: list[list[str]] = []
    for c in clusters:
        parts: dict[str, list[str]] = defaultdict(list)
        for m in c:
            parts[document_of.get(m, "")].append(m)
        out.extend(parts.values())
    return out


def _links(key: list[list[str]], response: list[list[str]], document_of: Mapping[str, str]) -> dict[str, float]:
    """Link precision, recall and F1 over mention pairs, for pairs within one document and across documents."""
    out: dict[str, float] = {}
    for part, same in (("within_link", True), ("cross_link", False)):
        counts = []
        for a, b in ((key, response), (response, key)):
            where = {m: i for i, c in enumerate(b) for m in c}
            hit = total = 0
            for c in a:
                for i, m in enumerate(c):
                    for n in c[i + 1 :]:
                        if (document_of.get(m) == document_of.get(n)) == same:
                            total += 1
                            hit += m in where and where.get(m) == where.get(n)
            counts.append((hit, total))
        (rh, rt), (ph, pt) = counts
        r, p = (rh / rt if rt else 0.0), (ph / pt if pt else 0.0)
        out.update({f"{part}_r": r, f"{part}_p": p, f"{part}_f1": 2 * r * p / (r + p) if r + p else 0.0})
    return out


def _error_types(
    key: list[list[str]], response: list[list[str]], records: Mapping[str, Mapping[str, Any]], lemma_of: Mapping[str, str], limit: int = 8
) -> list[dict[str, Any]]:
    """Mention pairs the response gets wrong, counted by kind (wrong or missed link, same or other lemma, same or other document)."""
    chain = {m: i for i, c in enumerate(key) for m in c}
    where = {m: i for i, c in enumerate(response) for m in c}
    counts: dict[str, int] = defaultdict(int)
    example: dict[str, tuple[str, str]] = {}
    pairs: set[tuple[str, str]] = set()
    for clusters in (key, response):
        for c in clusters:
            for i, m in enumerate(c):
                for n in c[i + 1 :]:
                    pairs.add((m, n) if m < n else (n, m))
    for m, n in sorted(pairs):
        same_gold, same_resp = chain.get(m) == chain.get(n), where.get(m) == where.get(n)
        if same_gold == same_resp:
            continue
        doc = "same document" if records[m]["mentions"][0]["document"] == records[n]["mentions"][0]["document"] else "other documents"
        lemma = "same lemma" if lemma_of.get(m) == lemma_of.get(n) else "other lemmas"
        kind = f"{'wrong link' if same_resp else 'missed link'}, {lemma}, {doc}"
        counts[kind] += 1
        example.setdefault(kind, (m, n))

    def show(mid: str) -> str:
        r = records[mid]
        return f"{r['type']['trigger']!r} in {r['mentions'][0]['document']}: {r['mentions'][0]['sentence'][:100]}"

    top = sorted(counts, key=lambda k: (-counts[k], k))[:limit]
    return [{"kind": "error type", "type": k, "pairs": counts[k], "mentions": [show(x) for x in example[k]]} for k in top]


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
