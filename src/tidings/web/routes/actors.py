"""Actors: an actor's page with its events and counterparts, and its JSON API."""

from collections import Counter
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..._types import Actor, Event
from ...report.figures import network_svg, timeline_svg
from ...store import Store
from ..deps import StoreDep, render


def actor_events(store: Store, code: str) -> list[Event]:
    """The events of the actor ``code`` (a code prefix, or else part of a name) on either side."""
    return list(store.iter_events(actor=code))


def counterparts(code: str, events: list[Event]) -> list[dict[str, Any]]:
    """``[{"code", "name", "events"}]``: who the actor ``code`` dealt with in ``events``, most frequent first."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for e in events:
        source: Actor = e.get("source") or {}
        target: Actor = e.get("target") or {}
        for me, other in ((source, target), (target, source)):
            other_code = other.get("code")
            if (me.get("code") or "").startswith(code) and other_code:
                counts[other_code] += 1
                names[other_code] = other.get("name") or other_code
    return [{"code": k, "name": names[k], "events": n} for k, n in counts.most_common()]


def api_actor(store: StoreDep, code: str) -> dict[str, Any]:
    """
    \f
    The actor's events and counterparts.
    """
    events = actor_events(store, code)
    return {"actor": code, "events": events, "counterparts": counterparts(code, events)}


def page_actor(request: Request, store: StoreDep, code: str) -> HTMLResponse:
    """An actor: its counterparts, network, timeline and events."""
    events = actor_events(store, code)
    return render(request, "actor.html", {
        "code": code, "events": events, "counterparts": counterparts(code, events),
        "network": network_svg(events, link="/actors/{id}"), "timeline": timeline_svg(events, link="/events/{id}"),
    })


def router() -> APIRouter:
    """The actor routes."""
    r = APIRouter()
    r.add_api_route("/api/actors/{code}", api_actor, methods=["GET"], response_model=dict[str, Any], tags=["actors"],
                    summary="Events of an actor (code prefix or name) and its counterparts")
    r.add_api_route("/actors/{code}", page_actor, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
