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
import pickle
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import chain
from typing import IO, Any, ContextManager, Iterable, Iterator, Mapping, Optional, Protocol, Sequence, cast

from .._errors import MalformedInput
from .._options import Options
from .._types import Document, Event
from ..time import is_own_date
from .blocking import keys_for
from .clustering import Cluster, Clusterer
from .families import Families, load_families
from .forecasts import coverage_keys, filing_keys, forecast_object, forecast_scores, lookup_keys, meeting_keys, resolve, resolve_over
from .similarity import UNDATED_LOOKBACK_DAYS, Rec, deadline_for, parse_date, prepare
from .sources import attribution, source_list
from .status import assess, mention_time
from .stories import build_stories, title_for

__all__ = ["fuse", "fuse_stream", "FuseStream", "FuseResult", "EventStore", "update_store", "detach", "detach_in_store", "forecast_scores", "title_for"]

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

    def save_event_keys(self, keys: Mapping[str, Iterable[str]], *, delete: Iterable[str] = ()) -> None:
        """Set the keys of the events ``keys`` names and drop those of the events ``delete``."""

    def events_by_keys(self, keys: Iterable[str], *, date_from: Optional[str] = None, date_to: Optional[str] = None) -> Iterator[Event]:
        """The events holding any of ``keys`` (with ``date_from``/``date_to``: whose dates overlap that window)."""

    def events_without_keys(self, prefix: str) -> Iterator[Event]:
        """The events holding no key that starts with ``prefix``."""

    def story_ids_between(self, date_from: str, date_to: str, *, undated: bool = False) -> list[str]:
        """Ids of the dated stories overlapping ``date_from``..``date_to`` (with ``undated``, the undated ones too)."""


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
    """The event's date: the best own date of its members (``basis: "text"``), else the day the story places it at
    (``basis: "narrative"``, the one most members give, then the earliest told), else its earliest report date.

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
    # no member's own sentence dates it: the day the story places it at, when a member's narrative gives one
    # ("On Monday, police raided two homes. They arrested three men."; basis "narrative")
    told = [(r, r.raw["narrative_date"]) for r in group if (r.raw.get("narrative_date") or {}).get("start")]
    if told:
        told_counts = Counter((str(d["start"]), str(d.get("end") or d["start"])) for _, d in told)
        _, narrative = min(told, key=lambda x: (-told_counts[(str(x[1]["start"]), str(x[1].get("end") or x[1]["start"]))], x[0].order))
        return dict(narrative)
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


@contextlib.contextmanager
def _collector_paused() -> Iterator[bool]:
    """Python's cycle collector off for one fusion (and back as it was after); gives whether it was on.

    Fusion makes millions of small objects that live to its end and form no
    cycles to free; the collector would walk them again and again (a quarter
    of the time at 30k mentions).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield was
    finally:
        if was:
            gc.enable()


def _named(m: Mapping[str, Any], n: int) -> tuple[str, Mapping[str, Any]]:
    """A mention record's id (``mention-<n>`` by its place in the input when it has none) and the record carrying it."""
    mid = str(m.get("id") or f"mention-{n}")
    return mid, (m if m.get("id") == mid else {**m, "id": mid})  # records are read, never changed: no copy


def _outlets(rec: Rec) -> dict[str, Any]:
    """A document known only through its mention ``rec``: it still names its outlet (a copy of it resolves to it)."""
    return {"id": rec.document, "outlet": rec.mention.get("outlet"), "original_outlet": rec.mention.get("original_outlet")}


class _KnownDocuments(Mapping[str, Mapping[str, Any]]):
    """The given documents, and the documents known only through a mention (:func:`_outlets`), while they are needed.

    A document known only through its mentions is needed while one of them is
    in an open cluster; with ``documents`` given (a copy may name one of them
    as its original) it is kept to the end.
    """

    def __init__(self, documents: Optional[Mapping[str, Mapping[str, Any]]]) -> None:
        self._given: Mapping[str, Mapping[str, Any]] = documents or {}
        self._seen: dict[str, list[Any]] = {}  # id -> [outlet, original outlet, mentions open]

    def note(self, rec: Rec) -> None:
        if not rec.document or rec.document in self._given:
            return
        entry = self._seen.get(rec.document)
        if entry is None:
            self._seen[rec.document] = [rec.mention.get("outlet"), rec.mention.get("original_outlet"), 1]
        else:
            entry[2] += 1

    def forget(self, rec: Rec) -> None:
        entry = self._seen.get(rec.document) if not self._given else None
        if entry is not None:
            entry[2] -= 1
            if entry[2] <= 0:
                del self._seen[rec.document]

    def __getitem__(self, key: str) -> Mapping[str, Any]:
        if key in self._given:
            return self._given[key]
        outlet, original, _ = self._seen[key]
        return {"id": key, "outlet": outlet, "original_outlet": original}

    def __iter__(self) -> Iterator[str]:
        yield from self._given
        yield from (k for k in self._seen if k not in self._given)

    def __len__(self) -> int:
        return len(self._given) + len(self._seen)


_SAID = ("id", "document", "published", "sentence", "outlet", "original_outlet")
_TOLD = ("document", "published", "sentence")


class _Fields(Mapping[str, Any]):
    """A mention of an event already handed out, as a mapping of a few fields (``_names``), kept in slots."""

    __slots__ = ()
    _names: tuple[str, ...] = ()

    def __init__(self, values: Sequence[Any]) -> None:
        for name, value in zip(self._names, values):
            setattr(self, name, value)

    def __getitem__(self, key: str) -> Any:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = getattr(self, key, None) if key in self._names else None
        return default if value is None else value

    def __iter__(self) -> Iterator[str]:
        return (k for k in self._names if getattr(self, k) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _Said(_Fields):
    """What forecast resolution reads of one mention of an event already handed out."""

    __slots__ = _SAID
    _names = _SAID


class _Told(_Fields):
    """What stories read of one mention of an event already handed out."""

    __slots__ = _TOLD
    _names = _TOLD


_SUMMARY = ("id", "type", "source", "target", "date", "location", "status", "negated", "documents", "independent_sources",
            "forecast", "story", "parent")
_SHARED = ("type", "source", "target", "date", "location")
_STORY = ("id", "type", "source", "target", "date", "location", "documents", "independent_sources", "parent")  # and mentions


def _summary(event: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a real event that stories and forecast resolution read (:func:`build_stories`, :func:`resolve`).

    A real event's fields are never changed by either (only its ``story`` is
    set, here on the summary), so the event itself can be handed out first.
    Its mentions are tuples of the :data:`_SAID` fields here (see :class:`_Shelf`).
    """
    out = {k: event[k] for k in _SUMMARY if k in event}
    out["sources"] = [{"source": s.get("source"), "mentions": s.get("mentions")} for s in event.get("sources") or []]
    out["mentions"] = [tuple(m.get(k) for k in _SAID) for m in event.get("mentions") or []]
    return out


class _Shelf:
    """The summaries of the events handed out: pickled to a temporary file a day at a time, read back at the end.

    On disk they take no memory while the stream runs. At the end they are
    read twice, one day at a time: once for forecast resolution, which keeps
    only what it needs of each (:func:`.forecasts.resolve_over`), and once
    for stories, which keep only the fields they read (:data:`_STORY`), with
    equal parts (an actor, a type, a date, a document id) one shared object.
    """

    def __init__(self) -> None:
        self._file: Optional[IO[bytes]] = None
        self._day: list[dict[str, Any]] = []

    def put(self, summary: dict[str, Any]) -> None:
        self._day.append(summary)

    def seal(self) -> None:
        if self._day:
            if self._file is None:
                self._file = tempfile.TemporaryFile(prefix="tidings-fuse-")
            pickle.dump(self._day, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._day = []

    def _days(self) -> Iterator[list[dict[str, Any]]]:
        self.seal()
        if self._file is None:
            return
        file = self._file
        file.seek(0)
        while True:
            try:
                day = pickle.load(file)
            except EOFError:
                break
            yield day
        file.seek(0, 2)

    def read(self) -> Iterator[dict[str, Any]]:
        """Every summary, as it was handed out (mentions as :class:`_Said`), one at a time."""
        for day in self._days():
            for summary in day:
                summary["mentions"] = [_Said(m) for m in summary["mentions"]]
                yield summary

    def stories(self, strings: dict[str, str]) -> Iterator[dict[str, Any]]:
        """Every summary with only what stories read (mentions as :class:`_Told`); ``strings`` interns the short strings."""
        shared: dict[Any, Any] = {}
        for day in self._days():
            for summary in day:
                out = {k: summary[k] for k in _STORY if summary.get(k) is not None}
                for name in _SHARED:
                    value = out.get(name)
                    if isinstance(value, dict):
                        try:
                            out[name] = shared.setdefault((name, tuple(value.items())), value)
                        except TypeError:  # a nested value: kept as it is
                            pass
                out["mentions"] = [
                    _Told([v if not isinstance(v, str) else strings.setdefault(v, v) for v in m[1:3]] + [m[3]]) for m in summary["mentions"]
                ]
                yield out

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


LATENESS_DAYS = 31


class FuseStream:
    """Events fused from a stream of mention records (see :func:`fuse_stream`); iterate it once.

    Once the iteration has ended: ``stories`` (as :attr:`FuseResult.stories`),
    ``forecasts`` (the forecast events, resolved), ``story_of`` (event id ->
    story id, for every event: those handed out before the stories were
    known carry ``story: None``) and ``stats`` (``late``: mentions dated
    further back than ``lateness_days``, see :func:`fuse_stream`).
    """

    def __init__(
        self,
        mentions: Iterable[Mapping[str, Any]],
        *,
        documents: Optional[Mapping[str, Mapping[str, Any]]] = None,
        options: Optional[Options] = None,
        as_of: Optional[str | date] = None,
        lateness_days: int = LATENESS_DAYS,
    ) -> None:
        self.stories: list[dict[str, Any]] = []
        self.forecasts: list[Event] = []
        self.story_of: dict[str, str] = {}
        self.stats: dict[str, Any] = {}
        self._run = self._events(mentions, documents, options or Options(), as_of, lateness_days)

    def __iter__(self) -> Iterator[Event]:
        return self._run

    def __next__(self) -> Event:
        return next(self._run)

    def _events(
        self,
        mentions: Iterable[Mapping[str, Any]],
        documents: Optional[Mapping[str, Mapping[str, Any]]],
        options: Options,
        as_of: Optional[str | date],
        lateness_days: int,
    ) -> Iterator[Event]:
        shelf = _Shelf()  # the summaries of the real events handed out, for the end
        with _collector_paused() as was:  # as in fuse(); on again while the caller has an event
            try:
                yield from self._fuse(mentions, documents, options, as_of, lateness_days, was, shelf)
            finally:
                shelf.close()

    def _fuse(
        self,
        mentions: Iterable[Mapping[str, Any]],
        documents: Optional[Mapping[str, Mapping[str, Any]]],
        options: Options,
        as_of: Optional[str | date],
        lateness_days: int,
        collect: bool,
        shelf: _Shelf,
    ) -> Iterator[Event]:
        started = time.perf_counter()
        families = load_families(tuple(options.knowledge_paths))
        clusterer = Clusterer.for_options(options)
        clusterer.closing = True
        back = max(int(lateness_days), UNDATED_LOOKBACK_DAYS)  # an undated mention reaches back as far as that
        docs = _KnownDocuments(documents)
        kept: list[tuple[int, int, dict[str, Any]]] = []  # (cluster, place in it, event) of the forecasts and the last events
        late: list[str] = []
        day = date.min
        today: dict[str, Rec] = {}
        counts = {"mentions": 0, "closed": 0, "open_peak": 0}

        def hand_out(events: list[dict[str, Any]]) -> Iterator[Event]:
            for event in events:
                if collect:
                    gc.enable()
                yield cast(Event, event)
                gc.disable()

        def take(recs: Iterable[Rec], into: Clusterer) -> None:  # one publication day's records, in time order
            for rec in sorted(recs, key=lambda r: r.order):
                if not rec.forecast and rec.start is not None and rec.start.toordinal() < day.toordinal() - back:
                    late.append(rec.id)
                docs.note(rec)
                into.add(rec)
            counts["open_peak"] = max(counts["open_peak"], into.closable)

        def built(clusters: Iterable[Cluster], final: bool = False) -> list[dict[str, Any]]:
            out = []
            for cluster in clusters:
                events = _events_of(cluster, docs, options.corroboration_sources)  # ids collide only for ids given twice
                for rec in cluster.members:
                    docs.forget(rec)
                for k, e in enumerate(events):
                    if e.get("forecast") or final:
                        kept.append((cluster.index, k, e))
                    else:
                        shelf.put(_summary(e))
                out.extend(events)
            shelf.seal()
            return out

        for n, m in enumerate(mentions):
            mid, m = _named(m, n)
            rec = prepare(m, families)
            when = rec.order[0]
            if when == date.min:  # no publication date and no date of its own: it joins the day it arrives in
                when = day
            if when < day:
                raise MalformedInput(f"mention {mid} of {when.isoformat()} comes after mentions of {day.isoformat()}",
                                     fix="give the mentions in publication order, or fuse them with fuse()")
            if when > day:
                take(today.values(), clusterer)
                today = {}
                day = when
                # what no mention of ``day`` or later can join any more: its events are final
                cut = day.toordinal() - back - clusterer.window
                if cut > 1:
                    closed = clusterer.close(date.fromordinal(cut))
                    counts["closed"] += len(closed)
                    yield from hand_out(built(closed))
            if mid in today:
                log.warning("mention id %s given twice; the later record is used", mid)
            today[mid] = rec
            counts["mentions"] += 1
        take(today.values(), clusterer)
        rest = [c for c in clusterer.clusters if c.members and c.index >= 0]
        comparisons, n_clusters = clusterer.comparisons, len(clusterer.clusters)
        del clusterer, today  # the candidate index and the open window go before the end
        final = built(rest, final=True)
        del rest
        kept.sort(key=lambda t: (t[0], t[1]))
        held = [e for _, _, e in kept]  # the forecasts and the last events, whole; the others are on the shelf
        kept.clear()
        fused = time.perf_counter()
        strings: dict[str, str] = {}
        # forecast resolution reads the events handed out once more from the shelf, keeping only what it needs of them
        resolve_over([e for e in held if e.get("forecast")], chain((e for e in held if not e.get("forecast")), shelf.read()),
                     as_of=as_of, families=families, strings=strings)
        resolved = time.perf_counter()
        every = [*held, *shelf.stories(strings)]
        del strings
        shelf.close()
        self.stories = build_stories(every, families=families, gap_days=options.story_gap_days)
        self.story_of = {e["id"]: e["story"] for e in every}
        self.forecasts = [cast(Event, e) for e in final if e.get("forecast")]
        self.stats = {
            "seconds": {"fuse": round(fused - started, 3), "forecasts": round(resolved - fused, 3), "stories": round(time.perf_counter() - resolved, 3)},
            "mentions": counts["mentions"],
            "events": len(every),
            "clusters": n_clusters,
            "closed": counts["closed"],
            "open_peak": counts["open_peak"],
            "comparisons": comparisons,
            "late": len(late),
            "late_mentions": late[:20],
        }
        del every
        yield from hand_out(final)


def fuse_stream(
    mentions: Iterable[Mapping[str, Any]],
    *,
    documents: Optional[Mapping[str, Mapping[str, Any]]] = None,
    options: Optional[Options] = None,
    as_of: Optional[str | date] = None,
    lateness_days: int = LATENESS_DAYS,
) -> FuseStream:
    """Fuse mention records given in publication order, handing out each event once no later mention can join it.

    The events, stories and forecast resolutions are those :func:`fuse` gives
    for the same records (no ``existing`` events), as long as no mention is
    *late*: dated (by its text) more than ``lateness_days`` before the
    newest publication date seen (``stats["late"]`` counts them; a late one
    is fused with what is still open). Memory follows the mentions of the
    last ``lateness_days`` (plus the fusion window) and the forecasts; a
    compact summary of each event handed out goes to a temporary file, read
    back at the end for forecast resolution (which keeps only what it needs,
    :func:`.forecasts.resolve_over`) and stories (only the fields they read):
    both wait for the end because forecasts stay open to it and both depend
    on them (``docs/scale.md``). Events are handed out with ``story: None``
    until the end; the stream's ``story_of`` then names every event's story,
    and the forecast events come last, resolved. Mentions of one publication
    day may come in any order; a mention of an earlier day than one before
    it raises :class:`~tidings.MalformedInput`. Mention ids must be unique
    across days (within a day the later record is used, as in :func:`fuse`).
    """
    return FuseStream(mentions, documents=documents, options=options, as_of=as_of, lateness_days=lateness_days)


@_collector_paused()
def fuse(
    mentions: Sequence[Mapping[str, Any]],
    *,
    existing: Sequence[Mapping[str, Any]] = (),
    documents: Optional[Mapping[str, Mapping[str, Any]]] = None,
    options: Optional[Options] = None,
    as_of: Optional[str | date] = None,
    replace_documents: bool = False,
    context: Sequence[Mapping[str, Any]] = (),
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
    id. ``context`` are events fused before that the new mentions cannot
    reach (see :func:`update_store`): they are not fused again, but they are
    grouped into stories and resolve (or are resolved as) forecasts with the
    rest, and are returned (in ``changed`` when their story or resolution
    changes).
    """
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
    for n, given in enumerate(mentions):
        mid, record = _named(given, n)
        if mid in unique:
            log.warning("mention id %s given twice; the later record is used", mid)
        unique[mid] = record
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
                docs[r.document] = _outlets(r)

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
    # context events are taken as they are; their forecast (resolved again) and story are their own copies
    held = {e["id"]: e for e in context if e["id"] not in by_id}
    events.extend({**e, "forecast": dict(e["forecast"])} if e.get("forecast") else dict(e) for e in held.values())
    lap("events")
    present = {e["id"] for e in events}
    resolve(events, as_of=as_of, families=families, gone=set(by_id) - present)
    lap("forecasts")
    stories = build_stories(events, families=families, gap_days=options.story_gap_days)
    lap("stories")
    events.sort(key=lambda e: ((e.get("date") or {}).get("start") or "", e["id"]))

    old = {eid: _comparable(e) for eid, e in [*by_id.items(), *held.items()]}
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


def _key_tag(options: Options, families: Families) -> str:
    """The prefix of the stored keys: they hold only under the fusion window and type families they were formed with
    (and the kinds of key, ``KEY_KINDS``: a store keyed before a kind was added is keyed again once)."""
    spec = repr((options.fuse_window_days, sorted((f.name, f.prefixes) for f in families.families.values()), KEY_KINDS))
    return "b" + hashlib.sha1(spec.encode("utf-8")).hexdigest()[:8] + ":"


def _record_keys(rec: Rec, tag: str, window: int) -> tuple[set[str], set[str]]:
    """The stored forms of the keys a record is filed under (``i:``) and looks candidates up under (``l:``)."""
    keys = keys_for(rec, window=window)
    return {tag + "i:" + k for k in keys.insert}, {tag + "l:" + k for k in keys.lookup}


#: The kinds of stored key (part of the tag): blocking keys filed and looked up (``i:``, ``l:``), documents (``d:``),
#: a forecast's family-and-actor keys, alone and by month of its window, and its actor identities by month after its
#: deadline (``fx:``, ``fh:``, ``fa:``), a real event's family-and-actor keys (``r:``); see :func:`.forecasts.filing_keys`.
KEY_KINDS = ("i", "l", "d", "fx", "fh", "fa", "r", "ra")


def event_keys(event: Mapping[str, Any], tag: str, families: Families, window: int) -> set[str]:
    """The keys a stored event is found by, and ``tag`` alone (it has been keyed).

    Its mentions' blocking keys and documents (``d:``); for a forecast, the
    keys by which it meets the events that resolve it and the forecasts it
    may restate (``fx:``) and the actors whose later reports cover its
    deadline (``fa:``); for a real event, the keys by which it meets the
    forecasts it may resolve (``r:``). A detached (pinned) mention neither
    joins nor is joined: it has no blocking key.
    """
    out = {tag}
    out.update(tag + k for k in filing_keys(event, families))
    for m in _unpack(event):
        rec = prepare(m, families)
        if rec.document:
            out.add(tag + "d:" + rec.document)  # a document coded again replaces its mentions in the events that hold them
        if not rec.pinned:
            filed, looked = _record_keys(rec, tag, window)
            out |= filed | looked
    return out


class _Loader:
    """The stored events an update fuses again, and those it only groups into stories and resolves (the context)."""

    def __init__(self, store: EventStore, families: Families, tag: str, window: int, cut: Optional[tuple[date, str, str]], new_ids: set[str]) -> None:
        self.store = store
        self.families = families
        self.tag = tag
        self.window = window
        self.cut = cut
        self.new_ids = new_ids
        self.events: dict[str, Mapping[str, Any]] = {}  # fused again
        self.context: dict[str, Mapping[str, Any]] = {}  # grouped into stories and resolved
        self.aside: dict[str, Mapping[str, Any]] = {}  # only resolved: forecasts and what may resolve them, away from the stories at stake
        self.asked: set[str] = set()
        self.replayed: list[Rec] = []
        self.stories_done: set[str] = set()
        self.forecast_keys: set[str] = set()  # forecast keys (``fx:``, ``fh:``, ``fa:``) asked so far
        self.windows: set[tuple[frozenset[str], date, date]] = set()  # resolver windows asked so far

    def _later(self, event: Mapping[str, Any]) -> list[Rec]:
        """The event's mentions from the earliest new one on (fused again in time order), but the new ones themselves."""
        out = []
        for m in _unpack(event):
            if m["id"] in self.new_ids:
                continue
            r = prepare(m, self.families)
            if self.cut is not None and r.order >= self.cut and not r.pinned:
                out.append(r)
        return out

    def documents(self, ids: Iterable[str]) -> list[Rec]:
        """Load the events holding mentions of the documents ``ids`` (coded again: their old mentions go); returns their replayed records."""
        fresh = self._add(self.store.events_by_keys(self.tag + "d:" + d for d in ids if d))
        fresh.extend(self._families(fresh))
        later = [r for e in fresh for r in self._later(e)]
        self.replayed.extend(later)
        return later

    def reach(self, recs: list[Rec]) -> None:
        """Load what ``recs`` reach by key, and what that reaches in turn, until nothing more comes in.

        A record meets the clusters filed under the keys it looks up: every
        stored event filed under one of them is loaded (so each key's list
        of recent clusters is whole). A stored event with mentions after the
        earliest new one is fused again when it looks up a key that a new
        or replayed record is filed under (what it met may change); its
        replayed mentions reach further. Parents and sub-events of a loaded
        event come with it (they are one cluster).
        """
        pending = recs
        while pending:
            filed: set[str] = set()
            looked: set[str] = set()
            for r in pending:
                f, lk = _record_keys(r, self.tag, self.window)
                filed |= f
                looked |= lk
            met = {"i:" + k[len(self.tag) + 2 :] for k in looked} - self.asked  # clusters filed under what they look up
            touched = {"l:" + k[len(self.tag) + 2 :] for k in filed} - self.asked  # events that look up what they are filed under
            self.asked |= met | touched
            fresh: list[Mapping[str, Any]] = [e for e in self.store.events_by_keys(self.tag + k for k in met) if e["id"] not in self.events]
            for e in self.store.events_by_keys(self.tag + k for k in touched):
                if e["id"] not in self.events and self._later(e):
                    fresh.append(e)
            fresh = self._add(fresh)
            fresh.extend(self._families(fresh))
            pending = [r for e in fresh for r in self._later(e)]
            self.replayed.extend(pending)

    def _add(self, events: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        out = []
        for e in events:
            if e["id"] not in self.events:
                self.events[e["id"]] = e
                self.context.pop(e["id"], None)
                self.aside.pop(e["id"], None)
                out.append(e)
        return out

    def _families(self, events: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        """Parents and sub-events of ``events`` (and of what they bring in): one cluster, fused again together."""
        out: list[Mapping[str, Any]] = []
        todo = list(events)
        while todo:
            more = self._add(self._linked(todo.pop()))
            out.extend(more)
            todo.extend(more)
        return out

    def _linked(self, event: Mapping[str, Any], *, new_only: bool = False) -> Iterator[Mapping[str, Any]]:
        """The parent and sub-events of ``event`` not fused again (with ``new_only``, not held either): held ones as held, else from the store.

        A dangling link is logged and skipped.
        """
        for other in [event.get("parent"), *(event.get("sub_events") or [])]:
            if other and other not in self.events and not (new_only and other in self.context):
                try:
                    yield self.context.get(other) or self.store.get_event(other)
                except Exception:  # noqa: BLE001 - a dangling link is not fatal
                    log.warning("event %s links to missing event %s", event["id"], other)

    def hold(self, events: Iterable[Mapping[str, Any]]) -> None:
        """Take ``events`` as context (unless they are fused again)."""
        for e in events:
            if e["id"] not in self.events:
                self.context.setdefault(e["id"], e)
                self.aside.pop(e["id"], None)

    def _put_aside(self, events: Iterable[Mapping[str, Any]]) -> bool:
        """Take ``events`` to be resolved only (unless they are loaded already); returns whether any was new."""
        fresh = False
        for e in events:
            if e["id"] not in self.events and e["id"] not in self.context and e["id"] not in self.aside:
                self.aside[e["id"]] = e
                fresh = True
        return fresh

    def forecasts(self, lookups: set[str]) -> bool:
        """To resolve: the stored forecasts filed under ``lookups`` (what is fused again bears on them, see
        :func:`.forecasts.lookup_keys`), and the forecasts sharing a family-and-actor key with those (restatements and
        implied deadlines), until nothing more comes in; returns whether any came in."""
        want = {self.tag + k for k in lookups}
        got = False
        while want - self.forecast_keys:
            want -= self.forecast_keys
            self.forecast_keys |= want
            found = list(self.store.events_by_keys(sorted(want)))
            got = self._put_aside(found) or got
            want = {self.tag + k for e in found for k in lookup_keys(e, self.families)}
        return got

    def resolvers(self, index: set[str], lo: date, hi: date) -> bool:
        """To resolve: the stored real events sharing a family-and-actor key in ``index`` whose dates overlap ``lo``..``hi``
        (what may make a forecast of that window come true); returns whether any came in."""
        ask = (frozenset(index), lo, hi)
        if not index or ask in self.windows:
            return False
        self.windows.add(ask)
        return self._put_aside(self.store.events_by_keys(sorted(self.tag + "r:" + k for k in index), date_from=lo.isoformat(), date_to=hi.isoformat()))

    def coverage(self, keys: set[str]) -> bool:
        """To resolve: the stored real events with a report filed under ``keys`` (:func:`.forecasts.coverage_keys`:
        what may put a forecast past its deadline); returns whether any came in."""
        want = {self.tag + k for k in keys} - self.forecast_keys
        if not want:
            return False
        self.forecast_keys |= want
        return self._put_aside(self.store.events_by_keys(sorted(want)))

    def stories(self, spans: Sequence[tuple[date, date]], undated: bool) -> None:
        """As context: whole stories overlapping one of ``spans`` (and the undated ones with ``undated``) and the whole stories of the loaded events, with their families."""
        ids: set[str] = set()
        for lo, hi in spans:
            ids.update(self.store.story_ids_between(lo.isoformat(), hi.isoformat()))
        if undated:
            ids.update(self.store.story_ids_between(date.max.isoformat(), date.min.isoformat(), undated=True))
        todo = ids | {str(e["story"]) for e in [*self.events.values(), *self.context.values()] if e.get("story")}
        while todo:
            sid = todo.pop()
            if sid in self.stories_done:
                continue
            self.stories_done.add(sid)
            for e in self.store.iter_events(story=sid):
                self.hold([e])
                for linked in self._linked(e, new_only=True):
                    self.hold([linked])
                    if linked.get("story"):
                        todo.add(str(linked["story"]))


def _save(store: EventStore, events: list[Event], deleted: list[str], tag: str, families: Families, window: int, *,
          unkeyed: Iterable[str] = ()) -> None:
    """Save ``events`` and their blocking keys (but those of the events ``unkeyed``, which kept theirs) and delete ``deleted``."""
    skip = set(unkeyed)
    store.save_events(events, delete=deleted)
    store.save_event_keys({e["id"]: event_keys(e, tag, families, window) for e in events if e["id"] not in skip}, delete=deleted)


def _spans(recs: Iterable[Rec], margin: timedelta) -> list[tuple[date, date]]:
    """The days that place the records in stories, widened by ``margin`` on each side, overlapping spans merged.

    A story places an event at the start of its own date, else at its
    report's date (a forecast: at its publication): the days are the starts
    of the records' own dates and their publication days (the end of a
    decade-long date places nothing).
    """
    days = sorted({d for r in recs for d in ((r.start if r.explicit_date and not r.forecast else None), r.published) if d is not None})
    out: list[tuple[date, date]] = []
    for day in days:
        lo, hi = day - margin, day + margin
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _bears_on_more(loader: _Loader, events: Iterable[Mapping[str, Any]], families: Families) -> bool:
    """Load what the fused events (not the context) bear on and is not loaded yet: forecasts sharing their keys, and
    for a forecast, the events that may resolve it; returns whether anything came in."""
    lookups: set[str] = set()
    more = False
    for e in events:
        if e["id"] in loader.context:
            continue
        lookups |= lookup_keys(e, families)
        fc = e.get("forecast")
        if fc:
            published = parse_date(fc.get("published"))
            if published is not None:
                index = meeting_keys(e, families)[0]
                more = loader.resolvers(index, published, parse_date(fc.get("deadline")) or published) or more
            more = loader.coverage(coverage_keys(e, families)) or more
    return loader.forecasts(lookups) or more


def _resolve_aside(loader: _Loader, result: FuseResult, old: Mapping[str, Mapping[str, Any]], changed: set[str],
                   families: Families, as_of: Optional[str | date] = None) -> tuple[set[str], list[dict[str, Any]]]:
    """Resolve what ``loader`` set aside together with the fused events (their stories are not at stake).

    Returns ``changed`` with the fused forecasts counted by whether their
    record now differs from ``old`` (a resolution may move back), and the
    set-aside forecasts whose record changed (to save).
    """
    aside: list[dict[str, Any]] = [{**e, "forecast": dict(e["forecast"])} if e.get("forecast") else dict(e) for e in loader.aside.values()]
    if not aside:
        return changed, []
    resolve([*cast(list[dict[str, Any]], result.events), *aside], as_of=as_of, families=families, gone=set(result.deleted))
    changed = {i for i in changed if i not in old or not old[i].get("forecast")}
    changed |= {e["id"] for e in result.events if e.get("forecast") and (e["id"] not in old or _comparable(old[e["id"]]) != _comparable(e))}
    return changed, [e for e in aside if e.get("forecast") and _comparable(e) != _comparable(loader.aside[e["id"]])]


def _backfill_keys(store: EventStore, tag: str, families: Families, window: int) -> int:
    """Key the stored events that have no keys under ``tag`` (stored before keys were, or under other settings); returns how many."""
    missing = {e["id"]: event_keys(e, tag, families, window) for e in store.events_without_keys(tag)}
    if missing:
        store.save_event_keys(missing)
    return len(missing)


def update_store(store: EventStore, *, options: Optional[Options] = None, as_of: Optional[str | date] = None) -> dict[str, int]:
    """Fuse the store's unfused mentions into its events, loading only events they could join.

    The result is that of fusing all the store's mentions at once, whatever
    the order and batches they came in: when new mentions are older than
    mentions already fused near them, the events from the earliest new
    mention on are fused again (see ``docs/fusion.md``, "Incremental
    updates"). Returns counts: ``mentions``, ``events`` (touched),
    ``changed``, ``deleted``, ``stories``, ``forecasts``, and what the
    update read and did: ``loaded`` (stored events read), ``refused``
    (events fused again), ``resolved`` (forecasts and events read only to be
    resolved, away from the stories at stake), ``documents`` (documents
    read).
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
        return {"mentions": 0, "events": 0, "changed": 0, "deleted": 0, "stories": 0, "forecasts": 0, "loaded": 0, "refused": 0, "resolved": 0,
                "documents": 0}
    tag, window = _key_tag(options, families), options.fuse_window_days
    _backfill_keys(store, tag, families, window)
    recs = [prepare(m, families) for m in new]
    new_ids = {r.id for r in recs}
    cut = min((r.order for r in recs if not r.pinned), default=None)
    loader = _Loader(store, families, tag, window, cut, new_ids)
    docs_new = {r.document for r in recs}
    loader.reach([*(r for r in recs if not r.pinned), *loader.documents(docs_new)])
    # context: the forecasts what is fused again bears on, what may resolve a new forecast, and the whole stories
    # near what is fused again (a story is one situation in time: the weeks around its changes decide it)
    lookups: set[str] = set()
    for item in [*new, *(m for e in loader.events.values() for m in _unpack(e)), *loader.events.values()]:
        lookups |= lookup_keys(item, families)
    for m, rec in zip(new, recs):
        if rec.forecast and rec.published is not None:
            deadline, _ = deadline_for(rec)
            loader.resolvers(meeting_keys(m, families)[0], rec.published, deadline or rec.published)
    loader.forecasts(lookups)
    margin = timedelta(days=4 * options.fuse_window_days + 2)
    gap = timedelta(days=options.story_gap_days + 1)
    refused_recs = [*recs, *loader.replayed, *(prepare(m, families) for e in loader.events.values() for m in _unpack(e))]
    # a story of reports without any date joins other undated ones: an undated report fused again brings them all
    undated = any(r.published is None and not r.explicit_date for r in refused_recs)
    loader.stories(_spans(refused_recs, margin + gap), undated)
    del refused_recs
    existing = loader.events
    documents: dict[str, Mapping[str, Any]] = {}
    wanted = docs_new | {str(m.get("document")) for e in existing.values() for m in e.get("mentions") or []}
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
    result = fuse(new, existing=list(existing.values()), documents=documents, options=options, as_of=as_of, replace_documents=True,
                  context=list(loader.context.values()))
    # the fused events' own keys (an event's actors and type are picked from its mentions') may reach more forecasts;
    # the forecasts and events set aside are resolved with the fused ones (their stories are not at stake)
    _bears_on_more(loader, result.events, families)
    changed, resolved = _resolve_aside(loader, result, {**loader.events, **loader.context}, set(result.changed), families, as_of)
    # an event that takes a new mention is saved even when its record is unchanged (a document coded
    # again with the same mentions, by this process or another): saving links the stored mentions to it
    linked = {e["id"] for e in result.events if any(m.get("id") in new_ids for m in e.get("mentions") or [])}
    saved = [e for e in result.events if e["id"] in changed | linked]
    # a context forecast is keyed again when saved (an implied deadline moves the months it is filed under)
    _save(store, [*saved, *cast(list[Event], resolved)], result.deleted, tag, families, window,
          unkeyed={i for i, e in loader.context.items() if not e.get("forecast")})
    store.save_stories(result.stories)
    before = [*existing.values(), *loader.context.values()]
    stale = sorted({str(e["story"]) for e in before if e.get("story")} - {str(s["id"]) for s in result.stories})
    if stale:  # stories whose events now belong to others (their earliest event changed)
        store.delete_stories(stale)
    return {
        "mentions": len(new),
        "events": len(result.events),
        "changed": len(changed) + len(resolved),
        "deleted": len(result.deleted),
        "stories": len(result.stories),
        "forecasts": len(result.forecasts),
        "loaded": len(existing) + len(loader.context) + len(loader.aside),
        "refused": len(existing),
        "resolved": len(loader.aside),
        "documents": len(documents),
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
    families = load_families(tuple(options.knowledge_paths))
    tag = _key_tag(options, families)
    # the forecasts outside the loaded stories that the changed events bear on, and what may resolve them, are
    # resolved again with them, as update_store resolves what it sets aside
    loader = _Loader(store, families, tag, options.fuse_window_days, None, set())
    loader.hold(loaded.values())
    loader.forecasts({k for e in [*result.events, *loaded.values()] for k in lookup_keys(e, families)})
    _bears_on_more(loader, result.events, families)
    changed, resolved = _resolve_aside(loader, result, loaded, changed, families)
    with _write(store):
        _save(store, [*(e for e in result.events if e["id"] in changed), *cast(list[Event], resolved)], result.deleted, tag, families,
              options.fuse_window_days)
        store.save_stories(result.stories)
    return result
