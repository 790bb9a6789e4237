"""The map: located events over offline country shapes, and the points as JSON."""

from collections.abc import Iterable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..._types import Event
from ...report.figures import STATUS_COLOURS, event_label
from ..deps import StoreDep, render
from ..mapdata import HEIGHT, WIDTH, country_paths, map_available, project


def map_points(events: Iterable[Event]) -> list[dict[str, Any]]:
    """The events with coordinates as points on the map canvas, with their label and status colour."""
    pts = []
    for e in events:
        loc = e.get("location") or {}
        lat, lon = loc.get("lat"), loc.get("lon")
        if lat is None or lon is None:
            continue
        x, y = project(lat, lon)
        pts.append({"id": e["id"], "x": round(x, 1), "y": round(y, 1), "lat": lat, "lon": lon,
                    "place": loc.get("name"), "status": e.get("status"), "label": event_label(e, 80),
                    "colour": STATUS_COLOURS.get(e.get("status") or "", "#555")})
    return pts


def api_map(store: StoreDep, status: str = "", story: str = "") -> list[dict[str, Any]]:
    """
    \f
    The map's points, filtered by status and story.
    """
    return map_points(store.iter_events(status=status or None, story=story or None))


def page_map(request: Request, store: StoreDep, status: str = "", story: str = "") -> HTMLResponse:
    """The map page, or the install hint in place of the country shapes when they are missing."""
    hint = map_available()
    shapes = [] if hint else country_paths()
    points = map_points(store.iter_events(status=status or None, story=story or None))
    return render(request, "map.html", {"shapes": shapes, "points": points, "hint": hint, "width": WIDTH, "height": HEIGHT})


def router() -> APIRouter:
    """The map routes."""
    r = APIRouter()
    r.add_api_route("/api/map", api_map, methods=["GET"], response_model=list[dict[str, Any]], tags=["events"], summary="Event locations (lat/lon) for the map")
    r.add_api_route("/map", page_map, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
