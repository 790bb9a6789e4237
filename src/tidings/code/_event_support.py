"""Links from event coding to the actor, time, place, modality, attribution and status engines.

Each helper calls the engine's documented function (``tidings.code.actors``,
``.time``, ``.places``, ``.modality``, ``.attribution``, ``.status``), moves
its offsets into document coordinates, and logs an engine error instead of
losing the whole document.
"""

from __future__ import annotations

import functools
import importlib
import logging
from typing import Any, Callable, Optional

from spacy.tokens import Doc, Span, Token

from .._types import Actor, CitedSource, DateInfo, Location, Modality

log = logging.getLogger(__name__)

__all__ = [
    "engine",
    "resolve_actor",
    "host_government",
    "event_location_for",
    "event_date_for",
    "modality_for",
    "attribution_for",
    "status_for",
    "tense_of",
]


@functools.lru_cache(maxsize=None)
def engine(module: str, name: str) -> Callable[..., Any]:
    """The function ``name`` of the engine ``tidings.code.<module>``."""
    return getattr(importlib.import_module(f"tidings.code.{module}"), name)


def _shift(record: Optional[dict], offset: int, keys=("start", "end", "span_start", "span_end")) -> Optional[dict]:
    if record is None or not offset:
        return record
    out = dict(record)
    for k in keys:
        if isinstance(out.get(k), int):
            out[k] += offset
    return out


# ------------------------------------------------------------------ actors

def resolve_actor(doc: Doc, start: int, end: int, *, offset: int = 0, date: Optional[str] = None, as_agent: bool = True,
                  fixed: Optional[tuple[str, str]] = None, text: Optional[str] = None, resolver=None) -> Optional[Actor]:
    """The actor named by ``doc.text[start:end]`` (offsets of the result in document coordinates).

    ``resolver`` is an ``ActorResolver`` of the actor engine over a particular
    knowledge base (for example one with PETRARCH dictionaries loaded).
    """
    if fixed is not None:
        code, name = fixed
        return Actor(name=name, code=code, country=code, sector=None, plover_sector=None, kind="country", role=None,
                     text=text if text is not None else doc.text[start:end], start=start + offset, end=end + offset)
    fn = engine("actors", "actor_for_span")
    doc_actors = engine("actors", "document_actors")
    if resolver is not None:
        try:
            actor = doc_actors(doc, published=date, resolver=resolver).at(start, end, date=date, as_agent=as_agent)
        except Exception:
            log.exception("actor resolution failed on %r", doc.text[start:end])
            actor = None
        return _shift(actor, offset)  # type: ignore[return-value]
    try:
        actor = fn(doc, start, end, date=date, as_agent=as_agent, published=date)
    except Exception:  # an engine bug must not lose the whole document
        log.exception("actor_for_span failed on %r", doc.text[start:end])
        actor = None
    if actor is not None and actor.get("start") is None:
        actor = {**actor, "text": doc.text[start:end], "start": start, "end": end}
    return _shift(actor, offset)  # type: ignore[return-value]


@functools.lru_cache(maxsize=4096)
def _country_code(name: str) -> Optional[str]:
    """ISO3 of a country name, for a destination the place engine did not resolve."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return None
    key = name.strip()
    if key.lower().startswith("the "):
        key = key[4:]
    try:
        return pycountry.countries.lookup(key).alpha_3
    except LookupError:
        return None


def host_government(actor: Optional[Actor]) -> Optional[Actor]:
    """A visit's destination as its host: a place or country becomes that country's government."""
    if actor is None or not actor.get("country"):
        return actor
    if actor.get("kind") not in {"country", "place", None} or actor.get("sector") not in {None, "", "GOV"}:
        return actor
    out = dict(actor)
    out["code"] = f"{actor['country']}GOV"
    out["sector"] = "GOV"
    out["kind"] = "country"
    return out  # type: ignore[return-value]


# ------------------------------------------------------------------ places


def event_location_for(doc: Doc, sent: Span, trigger_i: int, place, *, offset: int = 0, actor_spans=(),
                       country: Optional[str] = None) -> Optional[Location]:
    """The place engine's location of the event, else the destination found by the event finder.

    ``country`` (ISO3, e.g. of the host government) fills the fallback's country.
    """
    try:
        loc = engine("places", "event_location")(doc, sent, trigger_i, actors_spans=actor_spans)
    except Exception:
        log.exception("event_location failed")
        loc = None
    if loc is not None:
        return _shift(loc, offset)  # type: ignore[return-value]
    if place is None:
        return None
    return Location(name=place.text, country=country or _country_code(place.text), lat=None, lon=None, geonameid=None,
                    text=place.text, start=place.start + offset, end=place.end + offset)


# ------------------------------------------------------------------ dates


def tense_of(tok: Token) -> str:
    """"past", "future" or "present" of the clause governed by ``tok``."""
    heads = [tok, *[a for a in tok.ancestors if a.dep_ in {"xcomp", "ROOT", "ccomp", "conj"} or a.pos_ in {"VERB", "AUX"}][:2]]
    for t in heads:
        for c in t.children:
            if c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "'ll", "shall", "wo"}:
                return "future"
            if c.dep_ in {"aux"} and c.lower_ in {"going"}:
                return "future"
        if t.lemma_ in {"plan", "schedule", "expect", "set", "intend", "prepare"} and t is not tok:
            return "future"
        if t.tag_ in {"VBD", "VBN"} or "Past" in t.morph.get("Tense"):
            return "past"
        if t.pos_ in {"VERB", "AUX"}:
            return "present"
    return "present"


_TEMPORAL_MARKS = {"when", "as", "after", "once", "while"}


def _linked(doc: Doc, s: int, e: int, anchor: Token, trigger: Token) -> int:
    """2 when the date phrase hangs off the event word, 1 when in its clause, 0 otherwise."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return 0
    root = span.root
    path = [root, *root.ancestors]
    for t in path[1:]:
        if t.i in {anchor.i, trigger.i}:
            return 2
        if t.pos_ in {"VERB", "AUX"}:
            clause = t
            break
    else:
        return 0
    anchor_clause = anchor if anchor.pos_ in {"VERB", "AUX"} else next((a for a in anchor.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if clause is anchor_clause:
        return 1
    # "When Iranian forces boarded the ship on April 13, 2024, Tehran freed the crew": a temporal
    # clause on the event's clause dates it when the clause itself has no date (ranked below own dates)
    if (anchor_clause is not None and clause.dep_ == "advcl" and clause.head.i == anchor_clause.i
            and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _TEMPORAL_MARKS for c in clause.children)):
        return 0.5  # type: ignore[return-value]
    return 0


def event_date_for(doc: Doc, sent: Span, anchor: Token, trigger: Token, *, published: Optional[str], offset: int = 0) -> Optional[DateInfo]:
    """The date of an event: the date phrase linked to its trigger, or in its clause; else None."""
    anchor_date = published
    try:
        timexes = [dict(t) for t in engine("time", "dates")(sent.text, anchor=anchor_date)]
    except Exception:
        log.exception("dates() failed")
        timexes = []
    for t in timexes:
        t["start"] += sent.start_char
        t["end"] += sent.start_char
    scored = [(_linked(doc, t["start"], t["end"], anchor, trigger), -abs(t["start"] - trigger.idx), t) for t in timexes if t.get("type", "DATE") in {"DATE", "TIME"}]
    scored = [x for x in scored if x[0] > 0]
    if not scored:
        return None
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    chosen = scored[0][2]
    tense = tense_of(anchor)
    try:
        info = engine("time", "event_date")([chosen], anchor=anchor_date, tense=tense)
    except Exception:
        log.exception("event_date() failed")
        info = None
    if info is None:
        return None
    info = dict(info)
    info.setdefault("text", chosen.get("text"))
    info.setdefault("value", chosen.get("value"))
    info["span_start"] = chosen["start"] + offset
    info["span_end"] = chosen["end"] + offset
    return info  # type: ignore[return-value]


# ------------------------------------------------------------------ modality, attribution, status

_HEDGES = {"may", "might", "could", "possibly", "perhaps", "probably", "likely", "reportedly", "allegedly", "apparently"}
_REPORT = {"say", "report", "tell", "claim", "confirm", "announce", "state", "cite", "add"}


def modality_for(doc: Doc, anchor_i: int, *, offset: int = 0, title: bool = False) -> Modality:
    fn = engine("modality", "analyse_modality")
    try:
        mod = fn(doc, anchor_i, title=title) if title else fn(doc, anchor_i)
        mod = dict(mod)
        mod["cues"] = [_shift(c, offset) for c in mod.get("cues", [])]
        return mod  # type: ignore[return-value]
    except Exception:
        log.exception("analyse_modality failed")
    return _fallback_modality(doc, anchor_i, offset)


def _fallback_modality(doc: Doc, anchor_i: int, offset: int) -> Modality:
    """Negation, hedge, future, conditional and reporting cues on the trigger's clause (when the engine fails)."""
    tok = doc[anchor_i]
    labels: list[str] = []
    cues: list[dict] = []

    def cue(t: Token, label: str) -> None:
        if label not in labels:
            labels.append(label)
        cues.append({"text": t.text, "start": t.idx + offset, "end": t.idx + len(t.text) + offset, "label": label})

    scope = [tok, *[a for a in tok.ancestors if a.dep_ in {"xcomp", "ccomp"} or tok.dep_ in {"xcomp"}][:2]]
    for t in scope:
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                cue(c, "negated")
            elif c.lower_ in _HEDGES and c.dep_ in {"aux", "advmod"}:
                cue(c, "hedged")
            elif c.dep_ == "aux" and c.lower_ in {"will", "'ll", "shall"}:
                cue(c, "future")
            elif c.dep_ == "mark" and c.lower_ in {"if", "unless"}:
                cue(c, "conditional")
    if tense_of(tok) == "future" and "future" not in labels:
        labels.append("future")
    if tok.sent.text.rstrip().endswith("?"):
        labels.append("question")
    head = tok
    while head.dep_ in {"ccomp", "conj", "xcomp"} and head.head is not head:
        head = head.head
        if head.lemma_ in _REPORT:
            cue(head, "reported")
            break
    return Modality(labels=labels, cues=cues, probability=None)


def attribution_for(doc: Doc, anchor_i: int, *, offset: int = 0, knowledge=None) -> Optional[CitedSource]:
    try:
        return _shift(engine("attribution", "find_attribution")(doc, anchor_i, knowledge=knowledge), offset)  # type: ignore[return-value]
    except Exception:
        log.exception("find_attribution failed")
        return None


_FALLBACK_STATUS = [
    ("negated", "denied", 0.2),
    ("question", "unconfirmed", 0.4),
    ("conditional", "hypothetical", 0.3),
    ("future", "forecast", 0.5),
    ("hedged", "unconfirmed", 0.5),
]


def status_for(modality: Modality, cited: Optional[CitedSource], *, outlet: Optional[str]) -> tuple[str, float]:
    try:
        status, certainty = engine("status", "mention_status")(modality, cited, outlet=outlet)
        return status, float(certainty)
    except Exception:
        log.exception("mention_status failed")
    labels = set(modality.get("labels", []))
    for label, status, certainty in _FALLBACK_STATUS:
        if label in labels:
            return status, certainty
    if cited is not None and cited.get("anonymous"):
        return "unconfirmed", 0.6
    return "reported", 0.8
