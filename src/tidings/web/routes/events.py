"""Events: the filtered, sorted and paged list, an event's page with its evidence, and their JSON API."""

from typing import Any, Callable, Optional, TypedDict, cast

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..._types import Event
from ...report.figures import STATUS_COLOURS
from ...store import Store
from ..deps import API_LIMIT, Listing, Paging, PagingDep, StoreDep, export_response, paginate, render, store_listing

ISO_DAY = r"^\d{4}(-\d{2}(-\d{2})?)?$"
"""A date filter: an ISO day, month or year (``2018-03-26``, ``2018-03``, ``2018``)."""
STATUS = "^(|" + "|".join(STATUS_COLOURS) + ")$"
MAX_PAGE_EVENTS = 2000
"""The most events one page sorts in memory, by a column other than the date (a filter narrows a larger store)."""
MAX_PAGE_ROWS = 1000
"""The most rows the store hands over in one page."""


class EventFilter(TypedDict):
    """The filters of ``Store.iter_events`` as the events page and API take them (None = no filter)."""

    actor: Optional[str]
    country: Optional[str]
    cameo: Optional[str]
    date_from: Optional[str]
    date_to: Optional[str]
    status: Optional[str]
    story: Optional[str]
    min_confidence: Optional[float]


def filters(actor: str, country: str, cameo: str, date_from: str, date_to: str, status: str, story: str,
            min_confidence: Optional[float] = None) -> EventFilter:
    """The query's filters, an empty one meaning no filter."""
    return {"actor": actor or None, "country": country or None, "cameo": cameo or None, "date_from": date_from or None,
            "date_to": date_to or None, "status": status or None, "story": story or None, "min_confidence": min_confidence}


CONFIDENCE_PATTERN = r"^(|0(\.\d+)?|1(\.0+)?|\.\d+)$"
"""A confidence threshold as a form sends it: empty (no filter) or a number from 0 to 1."""
CONFIDENCE_HELP = "only events whose confidence (how likely the coder is right, 0 to 1) is at least this; 0.7 is the precision-first choice"


def _name(e: Event, side: str) -> Optional[str]:
    a: Any = e.get(side) or {}
    return (a.get("name") or a.get("code") or "").casefold() or None


EVENT_SORTS: dict[str, Callable[[Event], Any]] = {
    "date": lambda e: (e.get("date") or {}).get("start"),
    "type": lambda e: (e.get("type") or {}).get("cameo"),
    "source": lambda e: _name(e, "source"),
    "target": lambda e: _name(e, "target"),
    "place": lambda e: ((e.get("location") or {}).get("name") or "").casefold() or None,
    "status": lambda e: e.get("status"),
    "sources": lambda e: (e.get("independent_sources") or 0, e.get("documents") or 0),
}
"""The event table's columns and the value each sorts by (rows without one go last)."""


STORE_ORDERS = ("date", "-date")
"""Sorts the store does itself (indexed, paged in SQL); the others sort in memory."""


def store_event_listing(store: Store, f: EventFilter, paging: Paging, *, default: str = "-date", **more: Any) -> Listing:
    """One page of the events matching ``f`` (and ``more`` store filters), sorted and cut by the store when it can.

    ``default``: the sort when the URL names none (newest first).
    """
    sort = paging.sort or default
    if sort in STORE_ORDERS:
        page = store.events_page(**f, **more, order=sort, limit=paging.per, offset=(paging.page - 1) * paging.per)
        return store_listing(page, paging, list(EVENT_SORTS), default)
    if more:
        rows = cast(list[Event], store.events_page(**f, **more, order="date", limit=MAX_PAGE_ROWS)["items"])
        return paginate(rows, paging, EVENT_SORTS, default)
    return paginate(store.iter_events(**f, limit=MAX_PAGE_EVENTS), paging, EVENT_SORTS, default)


def _threshold(store: Store, given: str) -> Optional[float]:
    """The confidence the request gives, else the store's ``read_min_confidence`` setting (None: no filter)."""
    return store.options.reading_threshold(float(given) if given else None)


def api_events(store: StoreDep, actor: str = Query("", max_length=200), country: str = Query("", max_length=3, pattern=r"^([A-Za-z]{3})?$"),
               type: str = Query("", description="CAMEO code prefix", max_length=4, pattern=r"^\d*$"),
               date_from: str = Query("", alias="from", pattern=f"(^$)|{ISO_DAY}"), date_to: str = Query("", alias="to", pattern=f"(^$)|{ISO_DAY}"),
               status: str = Query("", pattern=STATUS), story: str = Query("", max_length=200),
               min_confidence: str = Query("", max_length=24, pattern=CONFIDENCE_PATTERN, description=CONFIDENCE_HELP),
               limit: int = Query(500, ge=0, le=API_LIMIT, description=f"at most this many events (0 to {API_LIMIT})"),
               offset: int = Query(0, ge=0, le=1_000_000, description="skip this many events first")) -> list[Event]:
    """
    \f
    The events matching the filters, by start date (undated last), ``limit`` of them from ``offset``.
    """
    f = filters(actor, country, type, date_from, date_to, status, story, _threshold(store, min_confidence))
    if limit <= MAX_PAGE_ROWS:
        return cast(list[Event], store.events_page(**f, order="date", limit=limit, offset=offset)["items"])
    if offset:
        raise HTTPException(422, f"offset: give a limit of at most {MAX_PAGE_ROWS} with an offset")
    return list(store.iter_events(**f, limit=limit))


def api_event(store: StoreDep, event_id: str) -> Event:
    """
    \f
    The event ``event_id`` in full.
    """
    return store.get_event(event_id)


def page_events(request: Request, store: StoreDep, paging: PagingDep, actor: str = Query("", max_length=200),
                country: str = Query("", max_length=3, pattern=r"^([A-Za-z]{3})?$"), type: str = Query("", max_length=4, pattern=r"^\d*$"),
                date_from: str = Query("", alias="from", pattern=f"(^$)|{ISO_DAY}"), date_to: str = Query("", alias="to", pattern=f"(^$)|{ISO_DAY}"),
                status: str = Query("", pattern=STATUS), story: str = Query("", max_length=200),
                min_confidence: str = Query("", max_length=24, pattern=CONFIDENCE_PATTERN, description=CONFIDENCE_HELP)) -> Response:
    """The events matching the filters, sorted and paged, with the filter form and downloads of the rows shown."""
    f = filters(actor, country, type, date_from, date_to, status, story, _threshold(store, min_confidence))
    listing = store_event_listing(store, f, paging)
    if paging.export:
        return export_response("events", listing.rows, paging.export, "events")
    return render(request, "events.html", {"listing": listing, "f": f, "capped": (paging.sort or "-date") not in STORE_ORDERS and listing.total >= MAX_PAGE_EVENTS})


def page_event(request: Request, store: StoreDep, event_id: str) -> HTMLResponse:
    """An event: its mentions with highlighted evidence, why they were merged, its sources, status history and sub-events."""
    e = store.get_event(event_id)
    merge = {m.get("mention"): m for m in e.get("merge") or []}
    children = store.events_page(parent=event_id, order="date", limit=MAX_PAGE_ROWS)["items"]
    return render(request, "event.html", {"e": e, "merge": merge, "children": children})


def router() -> APIRouter:
    """The event routes."""
    r = APIRouter()
    r.add_api_route("/api/events", api_events, methods=["GET"], response_model=list[dict[str, Any]], tags=["events"], summary="Fused events, filtered like `tidings events`")
    r.add_api_route("/api/events/{event_id}", api_event, methods=["GET"], response_model=dict[str, Any], tags=["events"],
                    summary="One event with mentions, sources, merge reasons and status history")
    r.add_api_route("/events", page_events, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    r.add_api_route("/events/{event_id}", page_event, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
