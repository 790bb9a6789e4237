"""Stories: the home page listing them by salience, a story's page, and their JSON API.

A story's page tells the story: a lede built from its most salient event's
record, its key sources and open forecasts, a timeline in the story's own
window (``?from=``/``?to=`` choose another one; the page's brush script
sets them), its events by salience with the background apart, its actors
and documents.
"""

import time
from typing import Annotated, Any, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..._errors import NotFound
from ..._types import Document, Event
from ...report.figures import network_svg
from ...report.salience import by_salience, rank_stories, scores
from ...report.story import Window, core_window, given_window, key_sources, lead_event, lede, open_forecasts, outside, split_background
from ...report.timeline import story_timeline_svg
from ...store import Store
from ...time import parse_day
from ..deps import StoreDep, render

CACHE_SECONDS = 10.0
DateParam = Annotated[Optional[str], Query(alias="from", description="first day shown (ISO date)")]
ToParam = Annotated[Optional[str], Query(alias="to", description="last day shown (ISO date)")]


def stories(store: Store, cache: Optional[Any] = None) -> list[dict[str, Any]]:
    """Every story with its numbers of events and documents and its salience, most salient first.

    ``cache`` (the app's state) keeps the ranking for ``CACHE_SECONDS`` at most, and
    not after the store's counts change (ranking reads every event: on a large
    store it is the page's cost).
    """
    key = tuple(sorted(store.counts().items()))
    held = getattr(cache, "story_ranking", None) if cache is not None else None
    if held is not None and held[0] == key and time.monotonic() - held[2] < CACHE_SECONDS:
        return [dict(s) for s in held[1]]
    out = []
    for story in rank_stories(store.iter_stories(), store.iter_events()):
        s = dict(story)
        s["n_events"] = len(s.get("events") or [])
        s["n_documents"] = len(s.get("documents") or [])
        out.append(s)
    if cache is not None:
        cache.story_ranking = (key, out, time.monotonic())
    return [dict(s) for s in out]


def _window_text(window: Optional[Window]) -> dict[str, Optional[str]]:
    return {"start": window.start.isoformat() if window else None, "end": window.end.isoformat() if window else None}


def story_view(store: Store, story_id: str, start: Optional[str] = None, end: Optional[str] = None) -> dict[str, Any]:
    """Everything the story page shows, computed from the store (raises NotFound for an unknown story)."""
    s = store.get_story(story_id)
    events = list(store.iter_events(story=story_id))
    salience = scores(events)
    ranked = by_salience(events, known=salience)
    auto = core_window(events)
    notices = [f"“{v}” is not a date (use YYYY-MM-DD); ignored." for v in (start, end) if v and parse_day(v) is None]
    window = given_window(start if start and parse_day(start) else None, end if end and parse_day(end) else None, auto)
    core, background = split_background(ranked, window)
    lead = lead_event(ranked)
    return {
        "story": s, "events": core, "background": background, "all_events": ranked, "salience": salience,
        "window": window, "auto_window": auto, "outside": outside(core, window), "notices": notices,
        "lede": lede(lead) if lead is not None else None, "lead": lead,
        "key_sources": key_sources(ranked, limit=5), "open_forecasts": open_forecasts(ranked),
    }


def api_stories(request: Request, store: StoreDep) -> list[dict[str, Any]]:
    """
    \f
    The stories, as on the home page (most salient first, with ``salience``).
    """
    return stories(store, request.app.state)


def api_story(store: StoreDep, story_id: str, start: DateParam = None, end: ToParam = None) -> dict[str, Any]:
    """
    \f
    The story ``story_id`` with its events in full, most salient first (each with ``salience``), its window and lede.
    """
    v = story_view(store, story_id, start, end)
    events: list[dict[str, Any]] = [{**e, "salience": v["salience"].get(e.get("id") or "")} for e in v["all_events"]]
    return {**v["story"], "events": events, "window": _window_text(v["window"]), "lede": v["lede"],
            "background": [e.get("id") for e in v["background"]], "open_forecasts": [e.get("id") for e in v["open_forecasts"]],
            "key_sources": v["key_sources"]}


PAGE = 50


def page_home(request: Request, store: StoreDep, page: Annotated[int, Query(ge=1, le=100_000, description="page of 50 stories")] = 1) -> HTMLResponse:
    """The home page: the stories by salience, fifty a page, and how much the store holds."""
    ranked = stories(store, request.app.state)
    pages = max(1, -(-len(ranked) // PAGE))
    page = min(page, pages)
    return render(request, "stories.html", {"stories": ranked[(page - 1) * PAGE: page * PAGE], "counts": store.counts(),
                                            "page": page, "pages": pages, "first": (page - 1) * PAGE + 1})


def page_story(request: Request, store: StoreDep, story_id: str, start: DateParam = None, end: ToParam = None) -> HTMLResponse:
    """A story: lede, key sources, open forecasts, timeline in its window, events by salience, background, actors, documents."""
    v = story_view(store, story_id, start, end)
    docs: list[Document] = []
    for d in v["story"].get("documents") or []:
        try:
            docs.append(store.get_document(d))
        except NotFound:
            continue
    events: list[Event] = v["events"]
    return render(request, "story.html", {
        **v, "documents": docs, "window_text": _window_text(v["window"]), "auto_text": _window_text(v["auto_window"]),
        "timeline": story_timeline_svg(events, v["window"], background=v["background"], link="/events/{id}"),
        "network": network_svg(v["all_events"], link="/actors/{id}"),
    })


def router() -> APIRouter:
    """The story routes."""
    r = APIRouter()
    r.add_api_route("/api/stories", api_stories, methods=["GET"], response_model=list[dict[str, Any]], tags=["stories"], summary="List stories")
    r.add_api_route("/api/stories/{story_id}", api_story, methods=["GET"], response_model=dict[str, Any], tags=["stories"], summary="One story with its events")
    r.add_api_route("/", page_home, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    r.add_api_route("/stories/{story_id}", page_story, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
