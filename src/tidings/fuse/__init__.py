"""Stage `fuse`: one record per real-world event, from many mentions in many documents.

:func:`fuse` is a pure function: mention records (one-mention ``Event``
dicts from the ``code`` stage) in, fused events, stories and forecasts out.
:func:`update_store` runs it incrementally against a store: it loads the
unfused mentions and only the existing events they could join.

How it works (see ``docs/fusion.md``):

1. each mention becomes a comparable record (:mod:`.similarity`);
2. records are blocked by type family, actor and date bucket (:mod:`.blocking`)
   and clustered greedily in time order (:mod:`.clustering`); every merge is
   recorded in the event's ``merge`` list with its keys and score;
3. a cluster holding several codes of one family (a visit and the meetings
   during it) becomes a main event plus sub-events linked by ``parent``; the
   main event lists them in ``sub_events``;
4. each event gets its original sources (:mod:`.sources`), status history and
   rival claims (:mod:`.status`);
5. forecast mentions become forecast records resolved against real events
   (:mod:`.forecasts`); events are grouped into stories (:mod:`.stories`).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, ContextManager, Iterable, Iterator, Mapping, Optional, Protocol, Sequence, cast

from .._options import Options
from .._types import Document, Event
from ..time import is_own_date
from .clustering import Cluster, Clusterer
from .families import load_families
from .forecasts import deadline_for, forecast_object, forecast_scores, resolve
from .similarity import Rec, parse_date, prepare
from .sources import attribution, source_list
from .status import assess, mention_time
from .stories import build_stories, title_for

__all__ = ["fuse", "FuseResult", "EventStore", "update_store", "detach", "detach_in_store", "forecast_scores", "title_for"]

log = logging.getLogger(__name__)

CLAIM_FIELDS = ("type", "source", "target", "date", "location", "status", "certainty", "negated", "pinned")
CERTAINTY_RANGE = {
    "confirmed": (0.9, 1.0),
    "reported": (0.5, 0.85),
    "unconfirmed": (0.2, 0.6),
    "disputed": (0.2, 0.5),
    "denied": (0.0, 0.2),
    "forecast": (0.0, 1.0),
    "hypothetical": (0.0, 1.0),
}


@dataclass
class FuseResult:
    """What :func:`fuse` returns. ``events`` holds every event (existing ones included)."""

    events: list[Event]
    stories: list[dict[str, Any]] = field(default_factory=list)
    forecasts: list[Event] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)


class EventStore(Protocol):
    """What :func:`update_store` and :func:`detach_in_store` use of a store (a :class:`tidings.store.Store`)."""

    def iter_mentions(self, *, unfused_only: bool = False) -> Iterator[Event]:
        """Mention records; ``unfused_only``: those not yet part of an event."""

    def iter_events(
        self, *, date_from: Optional[str] = None, date_to: Optional[str] = None, status: Optional[str] = None, story: Optional[str] = None
    ) -> Iterator[Event]:
        """Fused events whose dates overlap ``date_from``..``date_to``, with ``status``, in ``story``."""

    def get_event(self, id: str) -> Event:
        """The fused event ``id``; raises :class:`~tidings.NotFound`."""

    def get_document(self, id: str) -> Document:
        """The document ``id``; raises :class:`~tidings.NotFound`."""

    def save_events(self, events: list[Event], *, delete: Iterable[str] = ()) -> None:
        """Upsert ``events`` and delete the events ``delete``."""

    def save_stories(self, stories: list[dict[str, Any]]) -> None:
        """Upsert story records."""

    def delete_stories(self, ids: Iterable[str]) -> None:
        """Delete story records (and their document links)."""


def _as_events(records: list[dict[str, Any]]) -> list[Event]:
    """The fused records as :class:`~tidings._types.Event` values.

    They are built in the ``Event`` shape (``schema/event.schema.json``) and
    also carry fields the TypedDict does not declare (``sources``,
    ``rival_claims``, ``sub_events``, the ids and claims of the mentions),
    so the shape is asserted here rather than checked key by key.
    """
    return cast(list[Event], records)


def _event_id(first: Rec) -> str:
    return "e-" + hashlib.sha1(first.id.encode("utf-8")).hexdigest()[:12]


def _copy(value: Any) -> Any:
    """Copy of a JSON-like value, one level deep for dicts (records are not mutated in place)."""
    return dict(value) if isinstance(value, dict) else value


def _mention_entry(rec: Rec) -> dict[str, Any]:
    entry = dict(rec.mention)
    entry["id"] = rec.id
    # the claim's values are the record's own (fusion never changes them; a copy per mention doubled the memory)
    entry["claim"] = {k: rec.raw[k] for k in CLAIM_FIELDS if k in rec.raw}
    return entry


def _unpack(event: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The one-mention records behind a fused event (inverse of the mention entries)."""
    out = []
    for i, m in enumerate(event.get("mentions") or []):
        m = dict(m)
        claim = m.pop("claim", None) or {k: event.get(k) for k in CLAIM_FIELDS if k in event}
        mid = m.pop("id", None) or f"{event.get('id')}#{i}"
        out.append({"id": mid, **claim, "mentions": [m]})
    return out


def _days(rec: Rec) -> int:
    """Length of a record's date window in days (0 without one)."""
    return (rec.end - rec.start).days if rec.start is not None and rec.end is not None else 0


def _pick_date(group: list[Rec], documents: Optional[Mapping[str, Mapping[str, Any]]] = None) -> Optional[dict[str, Any]]:
    """The event's date: the best own date of its members (``basis: "text"``), else its earliest report date.

    An own date is the narrowest window, then the one most members give,
    then the earliest told. Without one, the event is dated by the first
    report of it (a member's publication date, or an editor's note's own
    date) with ``precision: "reported"``, ``basis: "reported"`` and no span.
    """
    dated = [r for r in group if r.explicit_date and r.raw.get("date") and r.start is not None and r.end is not None
             and is_own_date(r.raw["date"])]
    if dated:
        counts = Counter((r.start, r.end) for r in dated)
        best = min(dated, key=lambda r: (_days(r), -counts[(r.start, r.end)], r.order))
        picked: dict[str, Any] = _copy(best.raw["date"])
        picked.setdefault("basis", "text")
        return picked
    days = sorted(d for d in ((mention_time(r, documents, act=False) or "")[:10] for r in group) if parse_date(d) is not None)
    if not days:
        return None
    return {"start": days[0], "end": days[0], "precision": "reported", "text": None, "value": days[0], "basis": "reported"}


def _pick_location(group: list[Rec]) -> Optional[dict[str, Any]]:
    located = [r for r in group if r.raw.get("location")]
    if not located:
        return None
    counts = Counter(r.place or r.place_country for r in located)
    best = max(located, key=lambda r: (counts[r.place or r.place_country], (r.raw["location"].get("geonameid") is not None), bool(r.place)))
    picked: dict[str, Any] = _copy(best.raw["location"])
    return picked


def _pick_type(group: list[Rec]) -> dict[str, Any]:
    counts = Counter(r.cameo for r in group)
    best = max(group, key=lambda r: (counts[r.cameo], -group.index(r)))
    picked: dict[str, Any] = _copy(best.raw.get("type") or {})
    return picked


def _certainty(group: list[Rec], status: str) -> float:
    vals = []
    for r in group:
        c = r.raw.get("certainty", r.mention.get("certainty"))
        if c is not None and r.status != "denied":
            vals.append(float(c))
    base = max(vals) if vals else 0.5
    lo, hi = CERTAINTY_RANGE.get(status, (0.0, 1.0))
    return round(min(max(base, lo), hi), 3)


def _sources(group: list[Rec], status_info: Mapping[str, Any], documents: Optional[Mapping[str, Mapping[str, Any]]]) -> list[dict[str, Any]]:
    """The original sources of the mentions that support the event's claim (all of them for a forecast).

    A main event counts its sub-events' supporting mentions too (Xinhua
    confirming the meeting during the visit stands behind the visit), as its
    status does; rival claims and denials are not corroboration.
    """
    supporting = status_info.get("supporting")
    if supporting is None:
        return source_list(group, documents)
    keep = set(supporting)
    return source_list([r for r in status_info.get("members", group) if r.id in keep], documents)


def _confidence(group: list[Rec]) -> Optional[float]:
    """How likely the coder is right about the event: the highest of its mentions' (None when none has one).

    The highest, not a noisy-or: copies of one report repeat the coder's mistakes.
    """
    values = [float(c) for r in group if isinstance((c := r.mention.get("confidence")), (int, float))]
    return max(values) if values else None


def _build_event(
    eid: str,
    group: list[Rec],
    merge: list[dict[str, Any]],
    documents: Optional[Mapping[str, Mapping[str, Any]]],
    *,
    forecast: bool,
    whole: Optional[list[Rec]] = None,
    corroboration: int = 3,
) -> dict[str, Any]:
    docs = {r.document for r in group}
    if forecast:
        # the fullest statement speaks for the forecast: a forecast before a mere hypothesis (an "if" clause, a wish),
        # then its own date (deadline), then most roles filled; a group of hypotheses only is no forecast
        first = max(group, key=lambda r: (r.status == "forecast", r.explicit_date, (r.source is not None) + (r.target is not None), -group.index(r)))
        kind = "forecast" if first.status == "forecast" else "hypothetical"
        fc = forecast_object(first, documents) if kind == "forecast" else None
        status_info = {
            "status": kind,
            "status_history": [{"status": kind, "as_of": first.mention.get("published"), "by": attribution(first.mention, documents)}],
            "rival_claims": [],
            "source": _copy(first.raw.get("source")),
            "target": _copy(first.raw.get("target")),
        }
    else:
        fc = None
        status_info = assess(group, documents, corroboration=corroboration)
        if whole is not None and len(whole) > len(group):
            # a main event stands or falls with its sub-events: Xinhua confirming
            # the meeting in Beijing confirms the visit
            overall = assess(whole, documents, corroboration=corroboration)
            status_info = {**status_info, **{k: overall[k] for k in ("status", "status_history", "supporting")}, "members": whole}
            # a rival claim is about the main event's own roles, not a sub-event's (the host of a visit
            # is no rival of the leader met there)
            own = {r.id for r in group}
            status_info["rival_claims"] = [c for c in overall["rival_claims"] if c.get("mention") in own]
    status = status_info["status"]
    ids = {r.id for r in group}
    sources = _sources(group, status_info, documents)
    event: dict[str, Any] = {
        "id": eid,
        "type": _pick_type(group),
        "source": status_info["source"],
        "target": status_info["target"],
        "date": _pick_date(group, documents),
        "location": _pick_location(group),
        "status": status,
        "negated": status == "denied",
        "certainty": (fc or {}).get("probability") if forecast and (fc or {}).get("probability") is not None else _certainty(group, status),
        "mentions": [_mention_entry(r) for r in group],
        "documents": len(docs),
        "independent_sources": len(sources),
        "sources": sources,
        "status_history": status_info["status_history"],
        "rival_claims": status_info["rival_claims"],
        "forecast": fc,
        "story": None,
        "parent": None,
        "sub_events": [],
        "merge": [m for m in merge if m.get("mention") in ids],
    }
    confidence = _confidence(group)
    if confidence is not None:
        event["confidence"] = confidence
    return event


def _events_of(
    cluster: Cluster, documents: Optional[Mapping[str, Mapping[str, Any]]], corroboration: int = 3, used: Optional[set[str]] = None
) -> list[dict[str, Any]]:
    members = sorted(cluster.members, key=lambda r: r.order)
    eid = cluster.existing_id or _event_id(members[0])
    if used is not None:
        n = 0
        while eid in used:  # e.g. a detached first mention whose old event keeps its id
            n += 1
            eid = "e-" + hashlib.sha1(f"{members[0].id}|{n}".encode("utf-8")).hexdigest()[:12]
        used.add(eid)
    if members[0].forecast:
        return [_build_event(eid, members, cluster.merge, documents, forecast=True)]
    family = members[0].family
    best = min(family.rank(r.cameo) for r in members)
    main = [r for r in members if family.rank(r.cameo) == best]
    rest: dict[str, list[Rec]] = defaultdict(list)
    for r in members:
        if family.rank(r.cameo) != best:
            rest[r.cameo].append(r)
    parent = _build_event(eid, main, cluster.merge, documents, forecast=False, whole=members, corroboration=corroboration)
    out = [parent]
    for cameo, group in sorted(rest.items()):
        child = _build_event(f"{eid}-{cameo}", group, cluster.merge, documents, forecast=False, corroboration=corroboration)
        child["parent"] = eid
        parent["sub_events"].append(child["id"])
        out.append(child)
    return out


def _root(event: Mapping[str, Any], by_id: Mapping[str, Mapping[str, Any]]) -> str:
    seen = set()
    eid: str = event["id"]
    while by_id.get(eid, {}).get("parent") in by_id and eid not in seen:  # only parents at hand
        seen.add(eid)
        eid = by_id[eid]["parent"]
    return eid


def _comparable(event: Mapping[str, Any]) -> str:
    return json.dumps(event, sort_keys=True, default=str)


def fuse(
    mentions: Sequence[Mapping[str, Any]],
    *,
    existing: Sequence[Mapping[str, Any]] = (),
    documents: Optional[Mapping[str, Mapping[str, Any]]] = None,
    options: Optional[Options] = None,
    as_of: Optional[str | date] = None,
    replace_documents: bool = False,
) -> FuseResult:
    """Fuse mention records into events, stories and forecasts (no database).

    ``existing`` are events fused before (for incremental runs): new mentions
    join them where they fit; their ids stay. ``documents`` (id -> Document)
    lets fusion see near-duplicates (``duplicate_of``), syndication
    (``original_outlet``), authors and the dates of editor's notes. ``as_of``
    is the reference date for forecasts past their deadline (default: the
    latest published date seen). With ``replace_documents`` the new mentions
    replace every existing mention of their documents (a re-coded document
    may have fewer mentions than before); otherwise only those with the same
    id.
    """
    with _collector_paused():
        return _fuse(mentions, existing=existing, documents=documents, options=options, as_of=as_of, replace_documents=replace_documents)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for one fusion (and back as it was after).

    Fusion makes millions of small objects that live to its end and form no
    cycles to free; the collector would walk them again and again (a quarter
    of the time at 30k mentions).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _fuse(
    mentions: Sequence[Mapping[str, Any]],
    *,
    existing: Sequence[Mapping[str, Any]] = (),
    documents: Optional[Mapping[str, Mapping[str, Any]]] = None,
    options: Optional[Options] = None,
    as_of: Optional[str | date] = None,
    replace_documents: bool = False,
) -> FuseResult:
    """:func:`fuse` itself."""
    options = options or Options()
    clock = [time.perf_counter()]
    timings: dict[str, float] = {}

    def lap(name: str) -> None:
        now = time.perf_counter()
        timings[name] = round(now - clock[0], 3)
        clock[0] = now

    families = load_families(tuple(options.knowledge_paths))
    clusterer = Clusterer.for_options(options)

    unique: dict[str, Mapping[str, Any]] = {}
    for n, m in enumerate(mentions):
        mid = str(m.get("id") or f"mention-{n}")
        if mid in unique:
            log.warning("mention id %s given twice; the later record is used", mid)
        unique[mid] = m if m.get("id") == mid else {**m, "id": mid}  # records are read, never changed: no copy
    new_records = [prepare(m, families) for m in unique.values()]
    new_ids = {r.id for r in new_records}
    new_docs = {r.document for r in new_records}
    by_id: dict[str, Mapping[str, Any]] = {e["id"]: e for e in existing}
    grouped: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for prior_event in existing:
        grouped[_root(prior_event, by_id)].append(prior_event)
    # Clustering is greedy in time order, so a mention that comes earlier than
    # mentions already fused could have changed what became of them: the
    # existing events are cut at the earliest new mention, the part before it
    # seeds the clusters and the rest is clustered again with the new
    # mentions, as a one-shot run over all of them would (a detached mention
    # sets no cut: it joins nothing and nothing joins it).
    cut = min((r.order for r in new_records if not r.pinned), default=None)
    replay: list[Rec] = []
    seeds: list[tuple[tuple[date, str, str], str, list[Rec], list[dict[str, Any]]]] = []
    for root, evs in grouped.items():
        recs = [prepare(m, families) for e in evs for m in _unpack(e)]
        recs = [r for r in recs if r.id not in new_ids]  # a re-coded mention replaces its old version
        if replace_documents:
            recs = [r for r in recs if r.document not in new_docs]
        if cut is not None:
            replay.extend(r for r in recs if r.order >= cut and not r.pinned)
            recs = [r for r in recs if r.order < cut or r.pinned]
        kept = {r.id for r in recs}
        merge = [m for e in evs for m in e.get("merge") or [] if m.get("mention") in kept]
        if recs:
            recs.sort(key=lambda r: r.order)
            seeds.append((recs[0].order, root, recs, merge))
    for _, root, recs, merge in sorted(seeds, key=lambda s: (s[0], s[1])):
        clusterer.seed(recs, existing_id=root, merge=merge)
    lap("prepare")
    for rec in sorted([*new_records, *replay], key=lambda r: r.order):
        clusterer.add(rec)
    n_mentions, comparisons, clusters = len(new_records), clusterer.comparisons, clusterer.clusters
    del clusterer, new_records, replay, seeds, unique, grouped  # the index and the lists go before the events are built
    lap("cluster")

    # documents known only through their mentions still name their outlet, so a
    # copy (duplicate_of) of a document outside ``documents`` resolves to it
    docs: dict[str, Mapping[str, Any]] = dict(documents or {})
    for cluster in clusters:
        for r in cluster.members:
            if r.document and r.document not in docs:
                docs[r.document] = {"id": r.document, "outlet": r.mention.get("outlet"), "original_outlet": r.mention.get("original_outlet")}

    events: list[dict[str, Any]] = []
    used = {c.existing_id for c in clusters if c.existing_id}
    n_clusters = len(clusters)
    clusters.reverse()
    while clusters:  # each cluster (and its records) goes once its events are built
        cluster = clusters.pop()
        if cluster.existing_id:
            used.discard(cluster.existing_id)
        events.extend(_events_of(cluster, docs, options.corroboration_sources, used))
    for event in events:  # a sub-event loaded without its main event keeps its link
        prior_parent = (by_id.get(event["id"]) or {}).get("parent")
        if prior_parent and prior_parent not in by_id and not event.get("parent"):
            event["parent"] = prior_parent
    for event in events:  # a rebuilt forecast starts from its last resolution
        prior = (by_id.get(event["id"]) or {}).get("forecast")
        if event.get("forecast") and prior:
            event["forecast"]["resolution"] = prior.get("resolution") or "open"
            event["forecast"]["resolved_by"] = prior.get("resolved_by")
            event["forecast"]["evidence"] = prior.get("evidence")  # what the kept resolution rests on
    lap("events")
    present = {e["id"] for e in events}
    resolve(events, as_of=as_of, families=families, gone=set(by_id) - present)
    lap("forecasts")
    stories = build_stories(events, families=families, gap_days=options.story_gap_days)
    lap("stories")
    events.sort(key=lambda e: ((e.get("date") or {}).get("start") or "", e["id"]))

    old = {eid: _comparable(e) for eid, e in by_id.items()}
    changed = [e["id"] for e in events if e["id"] not in old or old[e["id"]] != _comparable(e)]
    deleted = sorted(set(by_id) - present)
    forecasts = [e for e in events if e.get("forecast")]
    lap("compare")
    stats: dict[str, Any] = {
        "seconds": timings,
        "mentions": n_mentions,
        "events": len(events),
        "clusters": n_clusters,
        "comparisons": comparisons,
    }
    log.info("fused %d mentions into %d events (%d comparisons)", n_mentions, len(events), comparisons)
    return FuseResult(events=_as_events(events), stories=stories, forecasts=_as_events(forecasts), changed=changed, deleted=deleted, stats=stats)


def _span(recs: Iterable[Rec], margin: timedelta) -> Optional[tuple[date, date]]:
    """The dates the records' windows cover, widened by ``margin`` (None without a dated record)."""
    spans = [(r.start, r.end or r.start) for r in recs if r.start is not None and not r.forecast]
    if not spans:
        return None
    return min(a for a, _ in spans) - margin, max(b for _, b in spans) + margin


def _missing(span: tuple[date, date], covered: Optional[tuple[date, date]]) -> list[tuple[date, date]]:
    """The parts of ``span`` outside ``covered`` (at most two ranges)."""
    if covered is None:
        return [span]
    out = []
    if span[0] < covered[0]:
        out.append((span[0], min(span[1], covered[0] - timedelta(days=1))))
    if span[1] > covered[1]:
        out.append((max(span[0], covered[1] + timedelta(days=1)), span[1]))
    return out


class _Loader:
    """The events of a store that an update may touch, loaded range by range."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        self.events: dict[str, Mapping[str, Any]] = {}
        self._stories: Optional[list[tuple[str, Optional[date], Optional[date]]]] = None
        self._stories_done: set[str] = set()

    def add(self, events: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        fresh = []
        for e in events:
            if e["id"] not in self.events:
                self.events[e["id"]] = e
                fresh.append(e)
        return fresh

    def dates(self, lo: date, hi: date) -> list[Mapping[str, Any]]:
        return self.add(self.store.iter_events(date_from=lo.isoformat(), date_to=hi.isoformat()))

    def stories_between(self, lo: date, hi: date) -> list[Mapping[str, Any]]:
        """Whole stories whose dates overlap ``lo``..``hi`` (they also hold undated events, which have no date to load by)."""
        if self._stories is None:
            listing = getattr(self.store, "iter_stories", None)
            self._stories = []
            if listing is not None:
                for st in listing():
                    self._stories.append((str(st["id"]), parse_date(st.get("start")), parse_date(st.get("end") or st.get("start"))))
        fresh: list[Mapping[str, Any]] = []
        for sid, a, b in self._stories:
            if a is not None and b is not None and a <= hi and b >= lo:
                fresh.extend(self.whole_story(sid))
        return fresh

    def whole_story(self, sid: str) -> list[Mapping[str, Any]]:
        if sid in self._stories_done:
            return []
        self._stories_done.add(sid)
        return self.add(self.store.iter_events(story=sid))

    def close_families(self, events: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        """Stories and parents/sub-events of ``events`` (and of what they bring in), loaded whole."""
        fresh: list[Mapping[str, Any]] = []
        todo = list(events)
        while todo:
            held = todo.pop()
            more: list[Mapping[str, Any]] = []
            if held.get("story"):
                more.extend(self.whole_story(str(held["story"])))
            for other in [held.get("parent"), *(held.get("sub_events") or [])]:
                if other and other not in self.events:
                    try:
                        more.extend(self.add([self.store.get_event(other)]))
                    except Exception:  # noqa: BLE001 - a dangling link is not fatal
                        log.warning("event %s links to missing event %s", held["id"], other)
            fresh.extend(more)
            todo.extend(more)
        return fresh


def update_store(store: EventStore, *, options: Optional[Options] = None, as_of: Optional[str | date] = None) -> dict[str, int]:
    """Fuse the store's unfused mentions into its events, loading only events they could join.

    The result is that of fusing all the store's mentions at once, whatever
    the order and batches they came in: when new mentions are older than
    mentions already fused near them, the events from the earliest new
    mention on are fused again (see ``docs/fusion.md``, "Incremental
    updates"). Returns counts: ``mentions``, ``events`` (touched),
    ``changed``, ``deleted``, ``stories``, ``forecasts``.
    """
    options = options or getattr(store, "options", None) or Options()
    with _write(store):
        return _update_store(store, options, as_of)


def _write(store: EventStore) -> ContextManager[Any]:
    """The store's write transaction when it has one: a fusion reads, decides and writes as one step.

    Two processes fusing one database then take turns (each sees what the
    other saved), and a fusion killed half-way leaves no events without
    their stories: the next run finds its mentions unfused and does it again.
    """
    begin = getattr(store, "transaction", None)
    return cast(ContextManager[Any], begin()) if begin is not None else contextlib.nullcontext()


def _update_store(store: EventStore, options: Options, as_of: Optional[str | date]) -> dict[str, int]:
    families = load_families(tuple(options.knowledge_paths))
    new = list(store.iter_mentions(unfused_only=True))
    if not new:
        return {"mentions": 0, "events": 0, "changed": 0, "deleted": 0, "stories": 0, "forecasts": 0}
    recs = [prepare(m, families) for m in new]
    new_ids = {r.id for r in recs}
    cut = min((r.order for r in recs if not r.pinned), default=None)
    # an existing record shares a blocking key with a new one when their windows, widened by the
    # fusion window and rounded out to the date buckets, touch; an event's stored date is one of
    # its members' dates, which lie up to a window apart
    margin = timedelta(days=4 * options.fuse_window_days + 2)
    gap = timedelta(days=options.story_gap_days + 1)
    loader = _Loader(store)
    fresh: list[Mapping[str, Any]] = []
    for e in store.iter_events(status="forecast"):  # every forecast, to resolve it
        fresh.extend(loader.add([e]))
    for rec in recs:  # a new forecast may be resolved by an event stored before it
        if rec.forecast and rec.published is not None:
            deadline, _ = deadline_for(rec)
            fresh.extend(loader.dates(rec.published, deadline or rec.published))
    covered: Optional[tuple[date, date]] = None
    pending: list[Rec] = list(recs)
    while True:
        span = _span(pending, margin)
        parts = _missing(span, covered) if span is not None else []
        for lo, hi in parts:
            fresh.extend(loader.dates(lo, hi))
            fresh.extend(loader.stories_between(lo - gap, hi + gap))
        if span is not None:
            covered = span if covered is None else (min(covered[0], span[0]), max(covered[1], span[1]))
        fresh.extend(loader.close_families(fresh))
        if not fresh:
            break
        # mentions of loaded events from the earliest new one on are fused again: their
        # surroundings must be loaded as well
        pending = []
        for loaded in fresh:
            for m in _unpack(loaded):
                if m["id"] in new_ids:
                    continue
                r = prepare(m, families)
                if cut is not None and r.order >= cut and not r.pinned:
                    pending.append(r)
        fresh = []
    existing = loader.events
    documents: dict[str, Mapping[str, Any]] = {}
    wanted = {r.document for r in recs} | {str(m.get("document")) for e in existing.values() for m in e.get("mentions") or []}
    while wanted:
        doc_id = wanted.pop()
        if not doc_id or doc_id in documents:
            continue
        try:
            doc = store.get_document(doc_id)
        except Exception:  # noqa: BLE001 - NotFound: fusion works without the document
            continue
        documents[doc_id] = doc
        copied = doc.get("duplicate_of")
        if copied:
            wanted.add(copied)
    result = fuse(new, existing=list(existing.values()), documents=documents, options=options, as_of=as_of, replace_documents=True)
    changed = set(result.changed)
    # an event that takes a new mention is saved even when its record is unchanged (a document coded
    # again with the same mentions, by this process or another): saving links the stored mentions to it
    linked = {e["id"] for e in result.events if any(m.get("id") in new_ids for m in e.get("mentions") or [])}
    store.save_events([e for e in result.events if e["id"] in changed | linked], delete=result.deleted)
    store.save_stories(result.stories)
    stale = sorted({str(e["story"]) for e in existing.values() if e.get("story")} - {str(s["id"]) for s in result.stories})
    if stale:  # stories whose events now belong to others (their earliest event changed)
        store.delete_stories(stale)
    return {
        "mentions": len(new),
        "events": len(result.events),
        "changed": len(changed),
        "deleted": len(result.deleted),
        "stories": len(result.stories),
        "forecasts": len(result.forecasts),
    }


def detach(
    events: Sequence[Mapping[str, Any]],
    mention: str,
    *,
    documents: Optional[Mapping[str, Mapping[str, Any]]] = None,
    options: Optional[Options] = None,
) -> FuseResult:
    """Undo a merge: take mention ``mention`` out of its event and keep it apart for good.

    The mention becomes an event of its own, marked ``pinned`` so later
    fusion neither merges it nor merges others into it. ``events`` must hold
    the event with the mention (and best its sub-events and story). Raises
    :class:`~tidings.NotFound` when no event has the mention.
    """
    from .._errors import NotFound

    for event in events:
        for record in _unpack(event):
            if record["id"] == mention:
                record["pinned"] = True
                return fuse([record], existing=events, documents=documents, options=options)
    raise NotFound(f"no event holds mention {mention!r}", fix="see the mention ids with `tidings event ID`")


def detach_in_store(store: EventStore, event: str, mention: str, *, options: Optional[Options] = None) -> FuseResult:
    """:func:`detach` against a store: loads the event with its family and story, saves the result."""
    options = options or getattr(store, "options", None) or Options()
    start = store.get_event(event)
    loaded: dict[str, Mapping[str, Any]] = {start["id"]: start}
    root = start.get("parent") or start["id"]
    if root not in loaded:
        loaded[root] = store.get_event(root)
    for sub in loaded[root].get("sub_events") or []:
        if sub not in loaded:
            loaded[sub] = store.get_event(sub)
    for sid in {e.get("story") for e in list(loaded.values()) if e.get("story")}:
        for e in store.iter_events(story=sid):
            loaded.setdefault(e["id"], e)
    result = detach(list(loaded.values()), mention, options=options)
    changed = set(result.changed)
    with _write(store):
        store.save_events([e for e in result.events if e["id"] in changed], delete=result.deleted)
        store.save_stories(result.stories)
    return result
