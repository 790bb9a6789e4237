"""Task `stories`: stories against the gold sub-topics of ECB+ (dev topics).

ECB+ groups its news documents into topics (a kind of event: "an actor is
arrested for drunk driving") and each topic into two sub-topics (two
real-world situations of that kind: the ``ecb`` and the ``ecbplus``
documents). A sub-topic is a gold story. The documents' texts
(``ariecattan/dev_text.txt``, tokens joined) are coded with the project's
pipeline, the mention records fused with :func:`tidings.fuse.fuse` (which
groups the events into stories), and the stories compared with the gold
sub-topics:

- over **documents**: each document goes to the story holding most of its
  mentions (an event reported by n documents counts 1/n for each); purity, inverse purity and B3 (precision, recall, F1) against the
  sub-topics, and purity against the topics;
- over **events**: the share of events in a story whose gold sub-topic (that
  of the most of their mentions' documents) is the story's most common one;
- the number of stories and the largest story's share of the events.

The earlier rule (``build_stories(rule="components")``) is scored on the same
fused events in the same run (figures prefixed ``components_``). ECB+ gives no
document dates, so time cannot keep situations apart: only what the stories'
events share can. ``limit`` keeps the first N topics (in numeric order).
"""

from __future__ import annotations

import copy
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from .._errors import EvalDataError
from . import EvalResult, task

if TYPE_CHECKING:
    from .._options import Options

TEXT = "ariecattan/dev_text.txt"

_GLUE = re.compile(r" (?=[.,;:!?%)\]}]|'s\b|n't\b|'re\b|'ll\b|'ve\b|'d\b|'m\b)|(?<=[(\[{$]) ")
_DOC = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)\.xml$")


def ecb_texts(path: Path) -> dict[str, str]:
    """ECB+ documents by id (``35_7ecb.xml``): their tokens joined into text, one sentence a line."""
    try:
        lines = (Path(path) / TEXT).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise EvalDataError("ECB+ text file not found", path=str(exc.filename)) from None
    sentences: dict[str, dict[int, list[str]]] = {}
    for n, line in enumerate(lines, 1):
        parts = line.split("\t")
        if len(parts) < 4:
            continue
        doc, sent, _, token = parts[:4]
        if not _DOC.match(doc) or not sent.isdigit():
            raise EvalDataError(f"line {n}: not a document, sentence, token line", path=str(Path(path) / TEXT))
        sentences.setdefault(doc, {}).setdefault(int(sent), []).append(token)
    out = {}
    for doc in sorted(sentences, key=_order):
        text = "\n".join(_GLUE.sub("", " ".join(toks)) for _, toks in sorted(sentences[doc].items()))
        out[doc] = text.replace("``", '"').replace("''", '"')
    return out


def _order(doc: str) -> tuple[int, int, int]:
    m = _DOC.match(doc)
    assert m is not None
    return int(m.group(1)), m.group(3) == "ecbplus", int(m.group(2))


def gold_of(doc: str) -> tuple[str, str]:
    """The gold topic and sub-topic of an ECB+ document id: ``("35", "35ecb")``."""
    m = _DOC.match(doc)
    if m is None:
        raise EvalDataError("not an ECB+ document id", path=doc)
    return m.group(1), m.group(1) + m.group(3)


def b3(key: dict[str, str], response: dict[str, str]) -> tuple[float, float, float]:
    """B3 precision, recall and F1 of a clustering ``response`` (item -> cluster) against ``key`` (item -> class)."""
    items = [i for i in key if i in response]
    if not items:
        return 0.0, 0.0, 0.0
    pair = Counter((key[i], response[i]) for i in items)
    by_key = Counter(key[i] for i in items)
    by_resp = Counter(response[i] for i in items)
    p = sum(pair[(key[i], response[i])] / by_resp[response[i]] for i in items) / len(items)
    r = sum(pair[(key[i], response[i])] / by_key[key[i]] for i in items) / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def purity(key: dict[str, str], response: dict[str, str]) -> float:
    """Share of items whose class is the most common one of their cluster."""
    items = [i for i in key if i in response]
    if not items:
        return 0.0
    members: dict[str, Counter[str]] = defaultdict(Counter)
    for i in items:
        members[response[i]][key[i]] += 1
    return sum(c.most_common(1)[0][1] for c in members.values()) / len(items)


def score_stories(events: list[dict[str, Any]], gold: dict[str, str], topic: dict[str, str]) -> tuple[dict[str, float], dict[str, int]]:
    """Figures of the events' stories (``event["story"]``) against the gold sub-topics of their documents."""
    per_doc: dict[str, dict[str, float]] = defaultdict(dict)
    event_key: dict[str, str] = {}
    event_resp: dict[str, str] = {}
    for e in events:
        docs = Counter(str(m.get("document")) for m in e.get("mentions") or [] if str(m.get("document")) in gold)
        if not docs or not e.get("story"):
            continue
        for d, k in docs.items():  # an event reported by many documents speaks little for each
            per_doc[d][str(e["story"])] = per_doc[d].get(str(e["story"]), 0.0) + k / len(docs)
        event_key[str(e["id"])] = Counter({gold[d]: k for d, k in docs.items()}).most_common(1)[0][0]
        event_resp[str(e["id"])] = str(e["story"])
    doc_resp = {d: max(sorted(votes), key=lambda s: votes[s]) for d, votes in per_doc.items()}
    p, r, f = b3(gold, doc_resp)
    sizes = Counter(event_resp.values())
    figures = {
        "doc_b3_precision": p,
        "doc_b3_recall": r,
        "doc_b3_f1": f,
        "doc_purity": purity(gold, doc_resp),
        "doc_inverse_purity": purity(doc_resp, {d: gold[d] for d in doc_resp}),
        "doc_topic_purity": purity(topic, doc_resp),
        "event_purity": purity(event_key, event_resp),
        "largest_story_share": max(sizes.values()) / len(event_resp) if event_resp else 0.0,
    }
    counts = {"documents_with_events": len(doc_resp), "events": len(event_resp), "stories": len(sizes),
              "largest_story": max(sizes.values()) if sizes else 0}
    return {k: round(v, 4) for k, v in figures.items()}, counts


@task("stories", data="ecbplus-dev", help="stories against the gold sub-topics of ECB+ dev (purity, inverse purity, B3 over documents; earlier rule in the same run)")
def run_stories(path: Path, *, limit: Optional[int] = None, options: Optional["Options"] = None, **_: Any) -> EvalResult:
    """ECB+ dev documents coded and fused; their stories scored against the gold sub-topics."""
    from ..code import code_documents
    from ..fuse import fuse
    from ..fuse.stories import build_stories

    texts = ecb_texts(Path(path))
    topics = sorted({gold_of(d)[0] for d in texts}, key=int)
    if limit:
        keep = set(topics[:limit])
        texts = {d: t for d, t in texts.items() if gold_of(d)[0] in keep}
    if not texts:
        raise EvalDataError("no ECB+ documents found", path=str(path))
    documents: list[Any] = [{"id": d, "text": t, "published": None, "outlet": None, "language": "en"} for d, t in texts.items()]
    notes: list[str] = []
    coded = code_documents(documents, options=options, on_error=lambda err: notes.append(f"not coded: {err}"))
    mentions = [dict(m) for d in texts for m in coded.get(d, [])]
    result = fuse(mentions, options=options)
    gold = {d: gold_of(d)[1] for d in texts}
    topic = {d: gold_of(d)[0] for d in texts}
    figures, counts = score_stories([dict(e) for e in result.events], gold, topic)
    old = copy.deepcopy([dict(e) for e in result.events])
    build_stories(old, rule="components", gap_days=(options.story_gap_days if options else 14))
    old_figures, old_counts = score_stories(old, gold, topic)
    figures.update({f"components_{k}": v for k, v in old_figures.items()})
    counts.update({"documents": len(texts), "topics": len({topic[d] for d in texts}), "gold_stories": len(set(gold.values())),
                   "mentions": len(mentions), "components_stories": old_counts["stories"]})
    notes.append("no document dates in ECB+: stories are kept apart by what their events share")
    return EvalResult(task="stories", data=str(path), figures=figures, counts=counts, notes=notes)
