"""Events: the filtered list, an event's page with its evidence, and their JSON API."""

from typing import Any, Optional, TypedDict

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..._types import Event
from ..deps import StoreDep, render


class EventFilter(TypedDict):
    """The filters of ``Store.iter_events`` as the events page and API take them (None = no filter)."""

    actor: Optional[str]
    country: Optional[str]
    cameo: Optional[str]
    date_from: Optional[str]
    date_to: Optional[str]
    status: Optional[str]
    story: Optional[str]


def filters(actor: str, country: str, cameo: str, date_from: str, date_to: str, status: str, story: str) -> EventFilter:
    """The query's filters, an empty one meaning no filter."""
    return {"actor": actor or None, "country": country or None, "cameo": cameo or None, "date_from": date_from or None,
            "date_to": date_to or None, "status": status or None, "story": story or None}


def api_events(store: StoreDep, actor: str = "", country: str = "", type: str = Query("", description="CAMEO code prefix"),
               date_from: str = Query("", alias="from"), date_to: str = Query("", alias="to"),
               status: str = "", story: str = "", limit: int = Query(500, le=10000)) -> list[Event]:
    """
    \f
    The events matching the filters, by start date.
    """
    return list(store.iter_events(**filters(actor, country, type, date_from, date_to, status, story), limit=limit))


def api_event(store: StoreDep, event_id: str) -> Event:
    """
    \f
    The event ``event_id`` in full.
    """
    return store.get_event(event_id)


def page_events(request: Request, store: StoreDep, actor: str = "", country: str = "", type: str = "", date_from: str = Query("", alias="from"),
                date_to: str = Query("", alias="to"), status: str = "", story: str = "") -> HTMLResponse:
    """The events matching the filters (at most 1000), with the filter form."""
    f = filters(actor, country, type, date_from, date_to, status, story)
    events = list(store.iter_events(**f, limit=1000))
    return render(request, "events.html", {"events": events, "f": f})


def page_event(request: Request, store: StoreDep, event_id: str) -> HTMLResponse:
    """An event: its mentions with highlighted evidence, why they were merged, its sources, status history and sub-events."""
    e = store.get_event(event_id)
    merge = {m.get("mention"): m for m in e.get("merge") or []}
    story = e.get("story")
    children = [c for c in store.iter_events(story=story) if c.get("parent") == event_id] if story else []
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
