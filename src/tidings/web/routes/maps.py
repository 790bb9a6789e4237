"""The map: located events over offline country shapes, and the points as JSON.

An event is drawn at its place when the place has coordinates of its own;
a location that is a whole country (its name is the country's, or it has no
coordinates) is drawn at a point inside the country and marked
``precision: "country"`` (a hollow ring on the map, "country" in the list).
Events at the same point share one marker, most salient first. The page's
script (``/static/map.js``) adds zoom and pan by mouse, wheel, touch and
keyboard; without it the map is a plain picture and the list below it says
the same.
"""

from collections.abc import Iterable
from typing import Any, Optional

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..._types import Event
from ...report.figures import STATUS_COLOURS, event_label
from ...report.salience import scores
from ..deps import StoreDep, render
from ..mapdata import HEIGHT, WIDTH, countries, country_paths, is_country_level, map_available, project


def locate(event: Event) -> Optional[dict[str, Any]]:
    """Where to draw ``event``: ``{"lat", "lon", "place", "country", "precision"}`` (``"place"`` or ``"country"``), or None."""
    loc = event.get("location") or {}
    lat, lon, iso3 = loc.get("lat"), loc.get("lon"), loc.get("country")
    name = loc.get("name")
    if lat is not None and lon is not None and not is_country_level(name, iso3):
        return {"lat": float(lat), "lon": float(lon), "place": name, "country": iso3, "precision": "place"}
    centre = (countries().get(iso3) or {}).get("centre") if iso3 else None
    if centre is not None:
        return {"lat": centre[0], "lon": centre[1], "place": name or iso3, "country": iso3, "precision": "country"}
    if lat is not None and lon is not None:  # no shapes installed: the location's own coordinates
        return {"lat": float(lat), "lon": float(lon), "place": name, "country": iso3,
                "precision": "country" if name and iso3 and name.casefold() == iso3.casefold() else "place"}
    return None


def map_points(events: Iterable[Event]) -> list[dict[str, Any]]:
    """One point per event with a location, on the map canvas, with its label, status colour and precision; most salient first."""
    events = list(events)
    salience = scores(events)
    pts = []
    for e in events:
        where = locate(e)
        if where is None:
            continue
        x, y = project(where["lat"], where["lon"])
        pts.append({"id": e["id"], "x": round(x, 1), "y": round(y, 1), **where, "status": e.get("status"), "label": event_label(e, 80),
                    "colour": STATUS_COLOURS.get(e.get("status") or "", "#555"), "salience": salience.get(e["id"], 0.0),
                    "date": (e.get("date") or {}).get("start")})
    pts.sort(key=lambda p: (-p["salience"], p["id"]))
    return pts


def markers(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The points grouped by position and precision: ``{"x", "y", "place", "precision", "events", "colour", "r"}``."""
    groups: dict[tuple[float, float, str], dict[str, Any]] = {}
    for p in points:
        key = (p["x"], p["y"], p["precision"])
        g = groups.setdefault(key, {"x": p["x"], "y": p["y"], "place": p["place"], "country": p["country"], "precision": p["precision"],
                                    "lat": p["lat"], "lon": p["lon"], "colour": p["colour"], "events": []})
        g["events"].append(p)
    out = list(groups.values())
    for g in out:
        g["r"] = round(4 + min(8.0, 2.0 * (len(g["events"]) - 1) ** 0.5), 1)
    out.sort(key=lambda g: -len(g["events"]))  # big markers first, small ones drawn on top
    return out


def _events(store: StoreDep, status: str, story: str) -> list[Event]:
    return list(store.iter_events(status=status or None, story=story or None))


def api_map(store: StoreDep, status: str = "", story: str = "") -> list[dict[str, Any]]:
    """
    \f
    The map's points, filtered by status and story, most salient first; ``precision`` says whether the point is the place or the country.
    """
    return map_points(_events(store, status, story))


def page_map(request: Request, store: StoreDep, status: str = "", story: str = "") -> HTMLResponse:
    """The map page, or the install hint in place of the country shapes when they are missing."""
    hint = map_available()
    shapes = [] if hint else country_paths()
    events = _events(store, status, story)
    points = map_points(events)
    return render(request, "map.html", {
        "shapes": shapes, "points": points, "markers": markers(points), "hint": hint, "width": WIDTH, "height": HEIGHT,
        "unlocated": len(events) - len(points), "status": status, "story": story,
        "statuses": sorted(STATUS_COLOURS), "n_country": sum(1 for p in points if p["precision"] == "country"),
    })


def router() -> APIRouter:
    """The map routes."""
    r = APIRouter()
    r.add_api_route("/api/map", api_map, methods=["GET"], response_model=list[dict[str, Any]], tags=["events"], summary="Event locations (lat/lon) for the map")
    r.add_api_route("/map", page_map, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
