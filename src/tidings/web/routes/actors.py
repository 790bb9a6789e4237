"""Actors: the list of actors, an actor's page (named, with roles over time and counterparts), and their JSON API.

An actor is named in the URL by its code (``PRKGOV``: the government of
North Korea, its leaders included) or by its name (``Kim Jong Un``: that
person alone); links name people and actors without a code by name, others
by code. Its events are those with it on either side: the exact code, else
the exact name (case-insensitive); none is a 404. Every
count on the page is taken over the same events the page lists, and each
counterpart links to the list of exactly the events it counts.
"""

from collections import Counter, defaultdict
from typing import Any, Iterable, Optional

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..._errors import NotFound
from ..._types import Actor, Event
from ...report.figures import network_svg, timeline_svg
from ...store import Store
from ..deps import PagingDep, StoreDep, export_response, paginate, render, store_listing
from .events import EVENT_SORTS

SIDES = ("source", "target")
MAX_ACTOR_EVENTS = 20_000


def actor_key(a: Optional[Actor]) -> Optional[str]:
    """How links name an actor: a person or an actor without a code by name, others by code."""
    if not a:
        return None
    if a.get("kind") == "person" and a.get("name"):
        return a.get("name")
    return a.get("code") or a.get("name") or None


def side(e: Event, which: str) -> Optional[Actor]:
    """The event's ``source`` or ``target`` actor."""
    return e.get("source") if which == "source" else e.get("target")


def _is(a: Optional[Actor], key: str, by_code: bool) -> bool:
    if not a:
        return False
    if by_code:
        return a.get("code") == key
    return (a.get("name") or "").casefold() == key.casefold()


def actor_events(store: Store, key: str) -> tuple[list[Event], bool]:
    """The events with the actor ``key`` on either side, and whether ``key`` is a code; :class:`NotFound` when none."""
    candidates = list(store.iter_events(actor=key, limit=MAX_ACTOR_EVENTS))
    for by_code in (True, False):
        events = [e for e in candidates if any(_is(side(e, s), key, by_code) for s in SIDES)]
        if events:
            return events, by_code
    raise NotFound(f"no actor {key!r} in any event", fix="find actors at /actors or with /search")


def describe(key: str, by_code: bool, events: list[Event]) -> dict[str, Any]:
    """The actor's name, code, country, kind, the people acting for it, and its roles over time.

    The name is the one its events use most (for a code, among the sides
    that are not a person: ``PRKGOV`` is the government, Kim Jong Un one
    of the people acting for it). A role is who acted and as what
    (``Supreme Leader``, or the sector when no role is given), with the
    first and last date of the events naming it so and how many did, as
    source and as target.
    """
    names: Counter[str] = Counter()
    people: Counter[str] = Counter()
    info: dict[str, Any] = {"code": key if by_code else None, "country": None, "kind": None}
    roles: dict[tuple[str, str, str], dict[str, Any]] = {}
    for e in events:
        start = (e.get("date") or {}).get("start")
        for which in SIDES:
            a = side(e, which)
            if not _is(a, key, by_code):
                continue
            assert a is not None
            person = a.get("kind") == "person" and by_code
            (people if person else names)[a.get("name") or key] += 1
            info["country"] = info["country"] or a.get("country")
            if not person:
                info["kind"] = info["kind"] or a.get("kind")
            if not by_code:
                info["code"] = info["code"] or a.get("code")
            who = (a.get("name") or "") if person else ""
            role = a.get("role") or ""
            sector = a.get("sector") or ""
            r = roles.setdefault((who, role, sector), {"who": who or None, "role": role or None, "sector": sector or None,
                                                       "first": None, "last": None, "source": 0, "target": 0})
            r[which] += 1
            if start:
                r["first"] = min(r["first"] or start, start)
                r["last"] = max(r["last"] or start, start)
    info["name"] = names.most_common(1)[0][0] if names else (people.most_common(1)[0][0] if len(people) == 1 else key)
    info["other_names"] = [n for n, _ in names.most_common() if n != info["name"]]
    info["people"] = [n for n, _ in people.most_common()]
    info["roles"] = sorted(roles.values(), key=lambda r: (r["first"] or "9999", r["who"] or "", r["role"] or "", r["sector"] or ""))
    return info


def counterparts(key: str, by_code: bool, events: Iterable[Event]) -> list[dict[str, Any]]:
    """``[{"key", "name", "code", "events"}]``: who the actor dealt with in ``events`` (each event counted once), most first."""
    counts: Counter[str] = Counter()
    names: dict[str, Counter[str]] = defaultdict(Counter)
    codes: dict[str, Optional[str]] = {}
    for e in events:
        seen: set[str] = set()
        for me, other in (("source", "target"), ("target", "source")):
            a, b = side(e, me), side(e, other)
            k = actor_key(b)
            if _is(a, key, by_code) and b and k and not _is(b, key, by_code) and k not in seen:
                seen.add(k)
                counts[k] += 1
                names[k][b.get("name") or k] += 1
                codes[k] = b.get("code")
    return [{"key": k, "name": names[k].most_common(1)[0][0], "code": codes[k], "events": n} for k, n in counts.most_common()]


def with_counterpart(events: list[Event], key: str, by_code: bool, other: str) -> list[Event]:
    """The events in which the actor faces the counterpart ``other`` (a code or, for an actor without one, a name)."""
    out = []
    for e in events:
        for me, them in (("source", "target"), ("target", "source")):
            b = side(e, them)
            if _is(side(e, me), key, by_code) and b and actor_key(b) == other:
                out.append(e)
                break
    return out


def link_key(row: dict[str, Any]) -> str:
    """The URL key of an actor row of the store's actor list: a person's name, else the code (or the name without one)."""
    if row.get("kind") == "person" and row.get("name"):
        return str(row["name"])
    return str(row.get("code") or row.get("name") or row.get("id"))


def api_actors(store: StoreDep, country: str = Query("", max_length=3, pattern=r"^([A-Za-z]{3})?$"),
               limit: int = Query(100, ge=0, le=1000), offset: int = Query(0, ge=0, le=1_000_000)) -> dict[str, Any]:
    """
    \f
    Actors named in events, by name: ``{"items", "total", "limit", "offset"}``.
    """
    return dict(store.actors_page(country=country or None, limit=limit, offset=offset))


def api_actor(store: StoreDep, code: str) -> dict[str, Any]:
    """
    \f
    The actor, its roles, events and counterparts.
    """
    events, by_code = actor_events(store, code)
    return {"actor": code, **describe(code, by_code, events), "events": events, "counterparts": counterparts(code, by_code, events)}


def page_actors(request: Request, store: StoreDep, paging: PagingDep,
                country: str = Query("", max_length=3, pattern=r"^([A-Za-z]{3})?$")) -> HTMLResponse:
    """The actors named in events, by name, paged by the store."""
    if paging.sort not in ("", "name"):
        raise HTTPException(422, f"sort: unknown column {paging.sort.lstrip('-')!r}; columns: name")
    page = store.actors_page(country=country or None, limit=paging.per, offset=(paging.page - 1) * paging.per)
    listing = store_listing(page, paging, ["name"], "name")
    for row in listing.rows:
        row["key"] = link_key(row)
    return render(request, "actors.html", {"listing": listing, "country": country})


def page_actor(request: Request, store: StoreDep, paging: PagingDep, code: str,
               with_: str = Query("", alias="with", max_length=200, description="only the events with this counterpart")) -> Response:
    """An actor: its name, roles over time, counterparts, network, timeline and events."""
    events, by_code = actor_events(store, code)
    shown = with_counterpart(events, code, by_code, with_) if with_ else events
    if with_ and not shown:
        raise NotFound(f"{code!r} has no event with {with_!r}", fix=f"see its counterparts at /actors/{code}")
    listing = paginate(shown, paging, EVENT_SORTS, "date")
    if paging.export:
        return export_response("events", listing.rows, paging.export, "events")
    info = describe(code, by_code, events)
    return render(request, "actor.html", {
        "key": code, "actor": info, "listing": listing, "total": len(events), "with_other": with_,
        "counterparts": counterparts(code, by_code, events),
        "network": network_svg(shown), "timeline": timeline_svg(shown),  # no links inside a figure: the table below links each event
    })


def router() -> APIRouter:
    """The actor routes."""
    r = APIRouter()
    r.add_api_route("/api/actors", api_actors, methods=["GET"], response_model=list[dict[str, Any]], tags=["actors"],
                    summary="Actors named in events, by name, paged")
    r.add_api_route("/api/actors/{code}", api_actor, methods=["GET"], response_model=dict[str, Any], tags=["actors"],
                    summary="An actor (code, or name when it has none): name, roles over time, events, counterparts")
    r.add_api_route("/actors", page_actors, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    r.add_api_route("/actors/{code}", page_actor, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
