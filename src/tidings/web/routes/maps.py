"""The map: located events over offline country shapes, and the points as JSON.

An event is drawn at its place when the place has coordinates of its own;
a location that is a whole country (its name is the country's, or it has no
coordinates) is drawn at a point inside the country and marked
``precision: "country"`` (a hollow ring on the map, "country" in the list).
Events at the same point share one marker. Points come 250 a page (:data:`PAGE`),
newest first, from the store's indexed map columns (``Store.map_points``),
so the page stays fast on a large store. The page's
script (``/static/map.js``) adds zoom and pan by mouse, wheel, touch and
keyboard; without it the map is a plain picture and the list below it says
the same.
"""

from collections.abc import Iterable
from typing import Annotated, Any, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..._types import Event
from ...report.figures import STATUS_COLOURS, event_label
from ...store import Store
from ..deps import StoreDep, render
from ..mapdata import HEIGHT, WIDTH, countries, is_country_level, map_available, project, shapes_svg


def place_of(name: Optional[str], iso3: Optional[str], lat: Optional[float], lon: Optional[float]) -> Optional[dict[str, Any]]:
    """Where to draw a location: ``{"lat", "lon", "place", "country", "precision"}`` (``"place"`` or ``"country"``), or None."""
    if lat is not None and lon is not None and not is_country_level(name, iso3):
        return {"lat": float(lat), "lon": float(lon), "place": name, "country": iso3, "precision": "place"}
    centre = (countries().get(iso3) or {}).get("centre") if iso3 else None
    if centre is not None:
        return {"lat": centre[0], "lon": centre[1], "place": name or iso3, "country": iso3, "precision": "country"}
    if lat is not None and lon is not None:  # no shapes installed: the location's own coordinates
        return {"lat": float(lat), "lon": float(lon), "place": name, "country": iso3,
                "precision": "country" if name and iso3 and name.casefold() == iso3.casefold() else "place"}
    return None


def locate(event: Event) -> Optional[dict[str, Any]]:
    """Where to draw ``event`` (see :func:`place_of`), or None when it has neither coordinates nor a country."""
    loc = event.get("location") or {}
    return place_of(loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"))


def _point(eid: str, where: dict[str, Any], status: Optional[str], label: str, day: Optional[str]) -> dict[str, Any]:
    x, y = project(where["lat"], where["lon"])
    return {"id": eid, "x": round(x, 1), "y": round(y, 1), **where, "status": status, "label": label,
            "colour": STATUS_COLOURS.get(status or "", "#555"), "date": day}


def map_points(events: Iterable[Event]) -> list[dict[str, Any]]:
    """One point per event with a location, on the map canvas, with its label, status colour and precision, in the given order."""
    pts = []
    for e in events:
        where = locate(e)
        if where is not None:
            pts.append(_point(e["id"], where, e.get("status"), event_label(e, 80), (e.get("date") or {}).get("start")))
    return pts


PAGE = 250
COUNTRY_ONLY = 100  # events with a country but no coordinates drawn per page (their country's point)


def points_page(store: Store, *, status: str = "", story: str = "", page: int = 1) -> dict[str, Any]:
    """A page of map points, newest first, from the store's indexed map columns (``Store.map_points``): ``{"points",
    "located", "unlocated", "page", "pages"}``. The first page adds the newest events known only by their country."""
    found = store.map_points(status=status or None, story=story or None, limit=PAGE, offset=(page - 1) * PAGE)
    pts = [_point(p["id"], where, p.get("status"), p.get("label") or p["id"], p.get("date")) for p in found["items"]
           if (where := place_of(p.get("place"), p.get("place_country"), p.get("lat"), p.get("lon"))) is not None]
    unlocated = store.map_points(status=status or None, story=story or None, located=False, limit=COUNTRY_ONLY if page == 1 else 0)
    pts += [_point(p["id"], where, p.get("status"), p.get("label") or p["id"], p.get("date")) for p in unlocated["items"]
            if (where := place_of(p.get("place"), p.get("place_country"), None, None)) is not None]
    return {"points": pts, "located": found["total"], "unlocated": unlocated["total"], "page": page,
            "pages": max(1, -(-found["total"] // PAGE))}


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


PageParam = Annotated[int, Query(ge=1, le=100_000, description=f"page of {PAGE} located events, newest first")]


def api_map(store: StoreDep, status: str = "", story: str = "", page: PageParam = 1) -> list[dict[str, Any]]:
    """
    \f
    The map's points, filtered by status and story, newest first, 250 a page; ``precision`` says whether the point is the place or the country.
    """
    return list(points_page(store, status=status, story=story, page=page)["points"])


def page_map(request: Request, store: StoreDep, status: str = "", story: str = "", page: PageParam = 1) -> HTMLResponse:
    """The map page, or the install hint in place of the country shapes when they are missing."""
    hint = map_available()
    found = points_page(store, status=status, story=story, page=page)
    points = found["points"]
    return render(request, "map.html", {
        "shapes": shapes_svg(), "points": points, "markers": markers(points), "hint": hint, "width": WIDTH, "height": HEIGHT,
        "located": found["located"], "unlocated": found["unlocated"], "page": found["page"], "pages": found["pages"],
        "per": PAGE, "status": status, "story": story, "statuses": sorted(STATUS_COLOURS), "n_country": sum(1 for p in points if p["precision"] == "country"),
    })


def router() -> APIRouter:
    """The map routes."""
    r = APIRouter()
    r.add_api_route("/api/map", api_map, methods=["GET"], response_model=list[dict[str, Any]], tags=["events"], summary="Event locations (lat/lon) for the map")
    r.add_api_route("/map", page_map, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
