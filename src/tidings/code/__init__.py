"""Stage `code`: events (who did what to whom, when, where, says who) as mention records.

- :func:`extract` -- the events of one article's text, no database needed.
- :func:`code_documents` -- the events of stored documents, in batches.
- :func:`events_from_doc` -- the events of one parsed spaCy ``Doc``.

Each event is a dict in the :class:`tidings._types.Event` export shape with
exactly one mention. All offsets refer to the document's clean text.

Dropping rule (precision): a candidate whose source and target are both
unresolved is kept only when its trigger is *strong* in the lexicon
(``execution``, ``summit``, ``arrest``); weak, generic triggers (``say``,
``help``, ``attack``, ``talk``) need at least one resolved actor.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Iterable, Optional

from .._options import Options
from .._types import Actor, Document, Event
from ._event_lexicon import cameo_type
from ._event_support import (
    attribution_for,
    event_date_for,
    event_location_for,
    host_government,
    modality_for,
    resolve_actor,
    status_for,
)
from .events import EventCandidate, find_events

__all__ = ["extract", "code_documents", "events_from_doc", "document_id"]

log = logging.getLogger(__name__)

MAX_PAIRS = 4


def document_id(text: str) -> str:
    return "doc-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _event_id(document: str, cand_start: int, code: str, source: Optional[Actor], target: Optional[Actor]) -> str:
    def side(actor: Optional[Actor]) -> str:
        return f"{actor.get('start')}:{actor.get('code') or actor.get('name')}" if actor else "-"

    key = "|".join([document, str(cand_start), code, side(source), side(target)])
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _pairs(cand: EventCandidate) -> list[tuple]:
    sources, targets = cand.sources, cand.targets
    if cand.symmetric and not targets and len(sources) >= 2:
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    else:
        pairs = [(s, t) for s in (sources or [None]) for t in (targets or [None])]
    return pairs[:MAX_PAIRS]


def _contrasted_span(doc, ref) -> Optional[tuple[int, int]]:
    """The span of the actor a phrase sets aside ("Houthi fighters, not Iranian forces" -> "Iranian forces")."""
    if ref is None or ref.fixed or not (0 <= ref.token_i < len(doc)):
        return None
    tok = doc[ref.token_i]
    neg = [c for c in tok.children if c.dep_ == "neg" and c.i > tok.i]
    if not neg:
        return None
    for a in tok.children:
        if a.dep_ in {"appos", "conj"} and a.i > neg[0].i:
            lo = next((t for t in doc[a.left_edge.i : a.i + 1] if not t.is_punct and t.dep_ != "neg"), a)
            return lo.idx, a.idx + len(a.text)
    return None


_POSSIBILITY_MODALS = {"may", "might", "could"}


def _modal_future(verb) -> bool:
    """'might hold', 'could meet': a possibility modal on a bare event verb (not 'may have met', 'may be meeting')."""
    if getattr(verb, "tag_", "") != "VB" or verb.pos_ != "VERB" or verb.lemma_ in {"be", "have"}:
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return bool(aux) and all(a.lower_ in _POSSIBILITY_MODALS for a in aux)


def _past_purpose(verb, modality) -> bool:
    """'flew to Oman to discuss the crisis': a purpose infinitive of a past act, its only future cue."""
    future = [c for c in modality.get("cues", []) if c.get("label") == "future"]
    if not future or not all(c.get("irrealis") for c in future):
        return False
    return (getattr(verb, "dep_", "") == "advcl" and verb.tag_ == "VB" and verb.head.tag_ == "VBD"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _same(a: Optional[Actor], b: Optional[Actor]) -> bool:
    return a is not None and b is not None and a.get("start") == b.get("start") and a.get("end") == b.get("end") and a.get("code") == b.get("code")


def events_from_doc(
    doc,
    document: Document,
    *,
    offset: int = 0,
    candidates: Optional[list[EventCandidate]] = None,
    knowledge=None,
    resolver=None,
    in_title: bool = False,
) -> list[Event]:
    """Turn the event candidates of a parsed ``doc`` into ``Event`` records.

    ``doc`` may cover the whole clean text (``offset`` 0) or a chunk of it
    starting at ``offset`` (pre-filter mode). ``resolver`` is an actor
    resolver over a particular knowledge base (default: the actor engine's).
    With ``in_title`` the doc is the document's title (kept apart from the
    clean text by the reader): offsets then refer to the title and each
    mention says ``"in_title": true``.
    """
    if candidates is None:
        candidates = doc._.tidings_events if doc.has_extension("tidings_events") and doc._.tidings_events is not None else find_events(doc)
    doc_id = document.get("id") or document_id(document.get("text", doc.text))
    published = document.get("published")
    outlet = document.get("outlet")
    title = document.get("title")
    events: list[Event] = []
    seen: set[tuple] = set()
    for cand in candidates:
        sent = cand.sentence
        anchor = doc[cand.anchor_i]
        trigger_tok = doc[cand.trigger_i]
        resolved = []
        for s_ref, t_ref in _pairs(cand):
            extra = {"resolver": resolver} if resolver is not None else {}
            source = resolve_actor(doc, s_ref.start, s_ref.end, offset=offset, date=published, as_agent=True, fixed=s_ref.fixed, text=s_ref.text, **extra) if s_ref else None
            target = resolve_actor(doc, t_ref.start, t_ref.end, offset=offset, date=published, as_agent=cand.code not in {"042"}, fixed=t_ref.fixed, text=t_ref.text, **extra) if t_ref else None
            if source is None and s_ref is not None and s_ref.alt:
                source = resolve_actor(doc, *s_ref.alt, offset=offset, date=published, as_agent=True, **extra)
            if target is None and t_ref is not None and t_ref.alt:
                target = resolve_actor(doc, *t_ref.alt, offset=offset, date=published, as_agent=cand.code not in {"042"}, **extra)
            if cand.code == "042" and target is not None and (target.get("kind") in {"country", "place"} or (cand.place is not None and t_ref is not None and t_ref.start == cand.place.start)):
                target = host_government(target)  # the destination of a visit is its host
            if _same(source, target):
                target = None
            resolved.append((source, target))
        if not any(s or t for s, t in resolved):
            if not cand.strong:
                continue
            resolved = [(None, None)]
        else:
            resolved = [(s, t) for s, t in resolved if s or t]
        ctype = cameo_type(cand.code)
        is_title = in_title or (bool(title) and sent.text.strip() == title.strip())
        modality = modality_for(doc, cand.anchor_i, offset=offset, title=is_title)
        if cand.negated and "negated" not in modality.get("labels", []):
            modality = dict(modality)
            modality["labels"] = [*modality.get("labels", []), "negated"]
        cited = attribution_for(doc, cand.anchor_i, offset=offset, knowledge=knowledge)
        status, certainty = status_for(modality, cited, outlet=outlet)
        negated = cand.negated or "negated" in modality.get("labels", [])
        date = event_date_for(doc, sent, anchor, trigger_tok, published=published, offset=offset)
        if (status == "unconfirmed" and "hedged" in modality.get("labels", []) and date and published
                and str(date.get("start")) >= published[:10] and str(date.get("end") or date.get("start")) > published[:10]):
            status = "forecast"  # "Trump could meet Kim before May": an estimate about a time still to come
        elif status == "forecast" and _past_purpose(anchor, modality):
            status = "reported"  # "summoned the ambassador on Thursday to demand the release": done at the time
        elif status == "unconfirmed" and not (cited or {}).get("anonymous") and _modal_future(anchor):
            status = "forecast"  # "Abe might hold a similar visit": a possibility still to come
        elif status == "forecast" and date and published and str(date.get("end") or date.get("start")) < published[:10]:
            status = "reported"  # "the train Kim Jong Il rode to visit Beijing in 2011": purpose, not prediction
        actor_spans = tuple((r.start, r.end) for r in [*cand.sources, *cand.targets])
        place_country = next((t.get("country") for _, t in resolved if t and cand.place is not None and t.get("start") == cand.place.start + offset), None)
        location = event_location_for(doc, sent, cand.trigger_i, cand.place, offset=offset, actor_spans=actor_spans, country=place_country)
        for source, target in resolved:
            key = (cand.trigger_start, cand.code, source and source.get("code"), source and source.get("start"), target and target.get("code"), target and target.get("start"))
            if key in seen:
                continue
            seen.add(key)
            spans: dict[str, list[int]] = {"trigger": [cand.trigger_start + offset, cand.trigger_end + offset]}
            if source and source.get("start") is not None:
                spans["source"] = [source["start"], source["end"]]
            if target and target.get("start") is not None:
                spans["target"] = [target["start"], target["end"]]
            if date and date.get("span_start") is not None:
                spans["date"] = [date["span_start"], date["span_end"]]
            if location and location.get("start") is not None:
                spans["location"] = [location["start"], location["end"]]
            if cited and cited.get("start") is not None:
                spans["cited_source"] = [cited["start"], cited["end"]]
            by = (cited or {}).get("name") or outlet
            mention = {
                "document": doc_id,
                "outlet": outlet,
                "original_outlet": document.get("original_outlet"),
                "published": published,
                "sentence": sent.text,
                "start": sent.start_char + offset,
                "end": sent.end_char + offset,
                "cited_source": cited,
                "modality": modality,
                "status": status,
                "certainty": certainty,
                "negated": negated,
                "spans": spans,
            }
            if in_title:
                mention["in_title"] = True
            elif any(u.get("start", -1) <= sent.start_char + offset < u.get("end", -1) for u in document.get("updates") or []):
                mention["update"] = True  # from an editor's note or update: said after the article
            contrast = _contrasted_span(doc, cand.sources[0]) if len(cand.sources) == 1 else None
            if contrast is not None and source is not None:
                other = resolve_actor(doc, *contrast, offset=offset, date=published, as_agent=True, **extra)
                if other is not None and other.get("country") and other.get("country") != source.get("country"):
                    mention["contrasted"] = {"source": other}  # the text says this actor did not do it
            events.append(
                Event(
                    id=_event_id(doc_id + ("#title" if in_title else ""), cand.trigger_start + offset, cand.code, source, target),
                    type={
                        "cameo": ctype.code,
                        "cameo_label": ctype.label,
                        "plover": ctype.plover,
                        "plover_mode": ctype.plover_mode,
                        "quad_class": ctype.quad_class,
                        "goldstein": ctype.goldstein,
                        "trigger": cand.trigger_text,
                        "start": cand.trigger_start + offset,
                        "end": cand.trigger_end + offset,
                    },
                    source=source,
                    target=target,
                    date=date,
                    location=location,
                    status=status,
                    negated=negated,
                    certainty=certainty,
                    mentions=[mention],  # type: ignore[list-item]
                    documents=1,
                    independent_sources=1,
                    status_history=[{"status": status, "as_of": published, "by": by}],
                )
            )
    return events


def _read(text: str, published: Optional[str], outlet: Optional[str], title: Optional[str]) -> Document:
    try:
        from ..read import read_article  # type: ignore[attr-defined]
    except ImportError:
        read_article = None
    if read_article is not None:
        document = dict(read_article(text, published=published, outlet=outlet, title=title))
        if title and not document.get("title"):
            document["title"] = title
        return document  # type: ignore[return-value]
    log.info("tidings.read.read_article unavailable; coding the text as clean text")
    return Document(id=document_id(text), text=text, published=published, outlet=outlet, title=title, language="en")


def extract(text: str, *, published: Optional[str] = None, outlet: Optional[str] = None, title: Optional[str] = None, nlp=None) -> list[Event]:
    """The events of one article (raw text or HTML), in the export schema.

    The text is read with :func:`tidings.read_article` (boilerplate removed,
    metadata found), then its clean text is parsed and coded. ``published``
    (ISO date) anchors relative dates; ``outlet`` names the reporting outlet.
    """
    document = _read(text, published, outlet, title)
    return code_documents([document], nlp=nlp).get(document.get("id") or document_id(document["text"]), [])


def code_documents(docs: list[Document], *, options: Optional[Options] = None, nlp=None) -> dict[str, list[Event]]:
    """Events of stored documents, keyed by document id, parsed in batches.

    Documents whose ``language`` is not in ``options.languages`` are skipped
    (they get an empty list). With ``options.prefilter`` (or an ``nlp`` that
    holds the ``tidings_prefilter`` component) only sentences holding a
    trigger word are parsed. With ``options.n_process`` > 1 the whole coding
    (parse, events, actors, dates) runs in worker processes through the
    ``tidings_code`` component; records come back in ``doc.user_data``.
    """
    from ..annotate import _merge, candidate_ranges, get_pipeline

    options = options or Options()
    nlp = nlp or get_pipeline(options)
    out: dict[str, list[Event]] = {}
    todo: list[Document] = []
    for d in docs:
        did = d.get("id") or document_id(d.get("text", ""))
        d = d if d.get("id") else {**d, "id": did}  # type: ignore[assignment]
        out[did] = []
        lang = d.get("language")
        if lang and lang not in options.languages:
            log.info("document %s skipped: language %s", did, lang)
            continue
        if not (d.get("text") or "").strip():
            continue
        todo.append(d)
    prefilter = "tidings_prefilter" in nlp.pipe_names
    forms = nlp.get_pipe("tidings_prefilter").forms if prefilter else None
    inputs, owners = [], []
    for d in todo:
        meta = {k: d.get(k) for k in ("id", "published", "outlet", "original_outlet", "title", "updates")}
        text = d["text"]
        if _title_apart(d):
            inputs.append(_input_doc(nlp, d["title"], meta, 0, in_title=True))
            owners.append(d["id"])
        ranges = _merge(candidate_ranges(text, forms), text) if prefilter else [(0, len(text))]
        for start, end in ranges:
            inputs.append(_input_doc(nlp, text[start:end], meta, start))
            owners.append(d["id"])
    disable = [p for p in ("tidings_prefilter",) if p in nlp.pipe_names]
    with nlp.select_pipes(disable=disable):
        for owner, doc in zip(owners, nlp.pipe(inputs, batch_size=options.batch_size, n_process=options.n_process)):
            events = doc.user_data.get(EVENTS_KEY)
            if events is None:  # a pipeline without the tidings_code component
                events = _code_doc(doc)
            out[owner].extend(events)
    return out


DOCUMENT_KEY = "tidings.document"
EVENTS_KEY = "tidings.events"


def _input_doc(nlp, text: str, meta: dict, offset: int, *, in_title: bool = False):
    doc = nlp.make_doc(text)
    doc.user_data[DOCUMENT_KEY] = {**meta, "offset": offset, "in_title": in_title}
    return doc


def _code_doc(doc) -> list[Event]:
    """Events of a doc prepared by :func:`code_documents` (its metadata in ``user_data``)."""
    meta = dict(doc.user_data[DOCUMENT_KEY])
    offset = meta.pop("offset", 0)
    in_title = meta.pop("in_title", False)
    return events_from_doc(doc, meta, offset=offset, in_title=in_title)  # type: ignore[arg-type]


def _title_apart(d: Document) -> bool:
    """Has the document a title that its clean text does not contain?"""
    title = (d.get("title") or "").strip()
    return bool(title) and title not in (d.get("text") or "")[: len(title) + 200]
