"""Sources: every outlet and cited source with its track record, one page each, and their JSON API.

A source is a name as the mentions give it: the outlet that published a
mention, or the source a mention cites (``Xinhua``, ``unnamed sources``).
Its track record is taken over the events it reported or was cited for:
how many ended confirmed, refuted or denied, disputed or still open, how
many of its rival claims were refuted, and its forecasts with their Brier
score (the fusion stage's :func:`~tidings.fuse.forecasts.forecast_scores`).
"""

from collections import Counter, defaultdict
from typing import Any, Optional, cast

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ..._errors import NotFound
from ..._types import Event
from ...fuse.forecasts import forecast_scores
from ...store import Store
from ..deps import Listing, PagingDep, StoreDep, cached, export_response, paginate, render
from .events import EVENT_SORTS

OUTCOMES = {"confirmed": "confirmed", "refuted": "refuted", "denied": "refuted", "disputed": "disputed", "forecast": "forecast",
            "hypothetical": "forecast"}
"""An event's final status as a source's track record counts it (anything else is ``open``)."""
MAX_FULL = 2000
"""The most events of one source read in full to sort them by a column other than the date."""


def _names(e: Event) -> tuple[set[str], set[str]]:
    """The outlets that reported ``e`` and the sources its mentions cite."""
    outlets: set[str] = set()
    cited: set[str] = set()
    for m in e.get("mentions") or []:
        for key in ("outlet", "original_outlet"):
            value = m.get(key)
            if isinstance(value, str) and value:
                outlets.add(value)
        cs = m.get("cited_source") or {}
        name = cs.get("name")
        if isinstance(name, str) and name:
            cited.add(name)
    return outlets, cited


def _forecaster_is(fc: dict[str, Any], name: str) -> bool:
    who = fc.get("forecaster") or ""
    return who == name or who.startswith(name + " (") or fc.get("author") == name


def _slim(e: Event) -> Event:
    """What a track record reads of an event (its id, date, status, rival claims and forecast)."""
    keep: Any = {k: e.get(k) for k in ("id", "date", "status", "rival_claims", "forecast")}
    return cast(Event, keep)


def source_index(store: Store) -> dict[str, list[tuple[Event, list[str]]]]:
    """Every source name with the events it took part in (slimmed) and how, in one pass over the events."""
    index: dict[str, list[tuple[Event, list[str]]]] = defaultdict(list)
    for e in store.iter_events():
        outlets, cited = _names(e)
        fc = dict(e.get("forecast") or {})
        names = set(outlets) | set(cited)
        for who in (fc.get("forecaster"), fc.get("author")):
            if isinstance(who, str) and who:
                names.add(who)
        slim = _slim(e)
        for name in names:
            how = [label for label, hit in (("outlet", name in outlets), ("cited", name in cited),
                                            ("forecaster", _forecaster_is(fc, name))) if hit]
            index[name].append((slim, how))
    return dict(index)


def track_record(name: str, rows: list[tuple[Event, list[str]]], *, min_count: Optional[int] = None) -> dict[str, Any]:
    """The source's numbers over ``rows`` (events with how it took part); no Brier score from fewer than ``min_count`` resolved forecasts."""
    outcomes: Counter[str] = Counter(OUTCOMES.get(e.get("status") or "", "open") for e, _ in rows)
    roles: Counter[str] = Counter(h for _, how in rows for h in how)
    rivals = [rc for e, _ in rows for rc in e.get("rival_claims") or [] if rc.get("by") == name or (rc.get("by") or "").startswith(name + " (")]
    forecasts = [e for e, how in rows if e.get("forecast") and ("forecaster" in how or e.get("status") == "forecast")]
    scores = forecast_scores(forecasts, min_count=min_count)
    return {
        "name": name, "events": len(rows), "as_outlet": roles["outlet"], "as_cited": roles["cited"],
        "confirmed": outcomes["confirmed"], "refuted": outcomes["refuted"], "disputed": outcomes["disputed"],
        "open": outcomes["open"], "forecasts": len(forecasts), "forecasts_resolved": scores["overall"]["n"],
        "brier": scores["overall"]["brier"], "brier_min_count": scores["min_count"], "rival_claims": len(rivals), "rival_claims_refuted": sum(1 for rc in rivals if rc.get("refuted")),
    }


def all_sources(store: Store) -> tuple[list[dict[str, Any]], dict[str, list[tuple[Event, list[str]]]]]:
    """Every outlet and cited source with its track record (most events first), and the index they come from."""
    index = source_index(store)
    records = [track_record(n, rows, min_count=store.options.brier_min_forecasts) for n, rows in index.items()]
    return sorted(records, key=lambda r: (-r["events"], r["name"].casefold())), index


def sources_of(request: Request, store: Store) -> tuple[list[dict[str, Any]], dict[str, list[tuple[Event, list[str]]]]]:
    """:func:`all_sources`, computed once per state of the store (it reads every event)."""
    return cached(request, "sources", lambda: all_sources(store))


SOURCE_SORTS = {k: (lambda key: lambda r: r[key])(k) for k in ("events", "as_outlet", "as_cited", "confirmed", "refuted", "disputed", "open", "forecasts", "brier")}
SOURCE_SORTS["name"] = lambda r: r["name"].casefold()


def source_data(request: Request, store: Store, name: str) -> tuple[dict[str, Any], list[tuple[Event, list[str]]]]:
    """A source's track record and its (slimmed) events with how it took part; :class:`NotFound` when nothing names it."""
    _, index = sources_of(request, store)
    rows = index.get(name) or []
    if not rows and not store.documents_page(outlet=name, limit=1)["total"]:
        raise NotFound(f"no outlet or cited source named {name!r}", fix="see every source at /sources")
    return track_record(name, rows, min_count=store.options.brier_min_forecasts), rows


def api_sources(request: Request, store: StoreDep) -> list[dict[str, Any]]:
    """
    \f
    Every outlet and cited source with its track record.
    """
    return sources_of(request, store)[0]


def api_source(request: Request, store: StoreDep, name: str) -> dict[str, Any]:
    """
    \f
    One source's track record and the events it reported or was cited for.
    """
    record, rows = source_data(request, store, name)
    return {**record, "event_ids": [e["id"] for e, _ in rows]}


def page_sources(request: Request, store: StoreDep, paging: PagingDep) -> HTMLResponse:
    """Every outlet and cited source with its track record, sorted and paged."""
    listing = paginate(sources_of(request, store)[0], paging, SOURCE_SORTS, "-events")
    return render(request, "sources.html", {"listing": listing})


def page_source(request: Request, store: StoreDep, paging: PagingDep, name: str) -> Response:
    """A source: its track record and the events it reported or was cited for.

    Sorted by date, only the page's events are read in full; another sort
    reads the source's events (at most 2,000) first.
    """
    record, rows = source_data(request, store, name)
    if (paging.sort or "date").lstrip("-") == "date":
        ids = paginate([e for e, _ in rows], paging, {"date": EVENT_SORTS["date"]}, "date")
        listing = Listing([store.get_event(e["id"]) for e in ids.rows], ids.total, paging, list(EVENT_SORTS), "date")
    else:
        listing = paginate([store.get_event(e["id"]) for e, _ in rows[:MAX_FULL]], paging, EVENT_SORTS, "date")
    if paging.export:
        return export_response("events", listing.rows, paging.export, "events")
    documents = store.documents_page(outlet=name, limit=0)["total"]
    return render(request, "source.html", {"s": record, "listing": listing, "documents": documents})


def router() -> APIRouter:
    """The source routes."""
    r = APIRouter()
    r.add_api_route("/api/sources", api_sources, methods=["GET"], response_model=list[dict[str, Any]], tags=["sources"],
                    summary="Every outlet and cited source with its track record")
    r.add_api_route("/api/sources/{name}", api_source, methods=["GET"], response_model=dict[str, Any], tags=["sources"],
                    summary="One source's track record: claims confirmed and refuted, forecasts and Brier score")
    r.add_api_route("/sources", page_sources, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    r.add_api_route("/sources/{name}", page_source, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
