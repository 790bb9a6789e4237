"""Stories: the home page listing them by salience, a story's page, and their JSON API.

A story's page tells the story: a lede built from its most salient event's
record, its key sources and open forecasts, a timeline in the story's own
window (``?from=``/``?to=`` choose another one; the page's brush script
sets them), its events by salience with the background apart, its actors
and documents.
"""

import threading
import time
from typing import Annotated, Any, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..._types import Event
from ...report.figures import network_svg
from ...report.salience import by_salience, day, score_from_columns, scores, story_salience
from ...report.story import Window, core_window, given_window, key_sources, lead_event, lede, open_forecasts, outside, split_background
from ...report.timeline import story_timeline_svg
from ...store import Store
from ...time import parse_day
from ..deps import StoreDep, render, store_counts

DateParam = Annotated[Optional[str], Query(alias="from", description="first day shown (ISO date)")]
ToParam = Annotated[Optional[str], Query(alias="to", description="last day shown (ISO date)")]


def ranked_stories(store: Store) -> list[dict[str, Any]]:
    """Every story's ``{"id", "salience"}``, most salient first, as :func:`tidings.report.salience.rank_stories` orders them.

    Computed from the salience inputs the store keeps per event (one index,
    no event record read): recency counted from the latest day of any event.
    """
    inputs = store.salience_inputs()
    days = [d for _, _, last, _ in inputs if (d := day(last)) is not None]
    reference = max(days) if days else None
    per_story: dict[str, list[float]] = {}
    for sid, base, last, factor in inputs:
        if sid:
            per_story.setdefault(sid, []).append(score_from_columns(base, last, factor, reference))
    out = [(story_salience(per_story.get(sid, [])), str(start or ""), sid) for sid, start in store.story_starts().items()]
    out.sort(key=lambda st: (-st[0], st[1], st[2]))
    return [{"id": sid, "salience": salience} for salience, _, sid in out]


def with_records(store: Store, ranked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stories of ``ranked`` (``{"id", "salience"}``) in full, in that order, each with its ``salience``."""
    salience = {r["id"]: r["salience"] for r in ranked}
    return [{**st, "salience": salience[st["id"]]} for st in store.get_stories([r["id"] for r in ranked])]


class Ranking:
    """The stories by salience for one app, kept between requests.

    Ranking reads the salience inputs of every event (one index, about 0.2 s
    of CPU for 100,000 events), so on a store of more than ``SYNC_EVENTS``
    events it runs in a background thread: until the first ranking is ready
    the list is ordered by size (and says so), and later an outdated ranking
    is served while a new one is computed. A ranking is outdated when the
    store's counts change or after ``max(MIN_SECONDS, 20 x the time it took)``.
    """

    SYNC_EVENTS = 200_000
    MIN_SECONDS = 60.0

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.key: Optional[tuple[tuple[str, int], ...]] = None
        self.items: Optional[list[dict[str, Any]]] = None
        self.at = 0.0
        self.took = 0.0
        self.running = False

    def _compute(self, store: Store, key: tuple[tuple[str, int], ...]) -> None:
        began = time.monotonic()
        items = ranked_stories(store)
        with self.lock:
            self.key, self.items, self.at, self.took, self.running = key, items, time.monotonic(), time.monotonic() - began, False

    def _background(self, store: Store, key: tuple[tuple[str, int], ...]) -> None:
        try:
            self._compute(store, key)
        except Exception:  # noqa: BLE001 - a failed ranking leaves the last one (or the order by size) in place
            with self.lock:
                self.running = False

    def get(self, store: Store, counts: Optional[dict[str, int]] = None) -> Optional[list[dict[str, Any]]]:
        """The stories by salience, or None while the first ranking of a large store is being computed (``counts``: the store's, if known)."""
        counts = store.counts() if counts is None else counts
        key = tuple(sorted(counts.items()))
        with self.lock:
            fresh = self.items is not None and self.key == key and time.monotonic() - self.at < max(self.MIN_SECONDS, 20 * self.took)
            if fresh:
                return [dict(s) for s in self.items or []]
            if self.items is None and counts.get("events", 0) <= self.SYNC_EVENTS:
                self.running = True
                sync = True
            else:
                sync = False
                if not self.running:
                    self.running = True
                    threading.Thread(target=self._background, args=(store, key), daemon=True, name="tidings-story-ranking").start()
                held = self.items
        if sync:
            try:
                self._compute(store, key)
            finally:
                with self.lock:
                    self.running = False
            return [dict(s) for s in self.items or []]
        return [dict(s) for s in held] if held is not None else None


def _ranking(cache: Any) -> Ranking:
    held = getattr(cache, "story_ranking", None)
    if not isinstance(held, Ranking):
        held = Ranking()
        cache.story_ranking = held
    return held


def stories(store: Store, cache: Optional[Any] = None, counts: Optional[dict[str, int]] = None) -> Optional[list[dict[str, Any]]]:
    """The stories by salience (see :class:`Ranking`; ``cache`` is the app's state), or None while a large store is being ranked."""
    if cache is None:
        return ranked_stories(store)
    return _ranking(cache).get(store, counts)


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
    The stories, as on the home page (most salient first, with ``salience``; by size, without it, while a large store is ranked).
    """
    ranked = stories(store, request.app.state)
    if ranked is not None:
        return with_records(store, ranked)
    return list(store.stories_page(order="-size", limit=1000)["items"])


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
    """The home page: the stories by salience, fifty a page (by size while a large store is being ranked), and how much the store holds."""
    counts = store_counts(request)
    ranked = stories(store, request.app.state, counts)
    if ranked is not None:
        total = len(ranked)
    else:
        total = int(store.stories_page(order="-size", limit=0)["total"])
    pages = max(1, -(-total // PAGE))
    page = min(page, pages)
    if ranked is not None:
        rows = with_records(store, ranked[(page - 1) * PAGE: page * PAGE])
    else:
        rows = list(store.stories_page(order="-size", limit=PAGE, offset=(page - 1) * PAGE)["items"])
    return render(request, "stories.html", {"stories": rows, "counts": counts, "ranked": ranked is not None,
                                            "page": page, "pages": pages, "first": (page - 1) * PAGE + 1})


def page_story(request: Request, store: StoreDep, story_id: str, start: DateParam = None, end: ToParam = None) -> HTMLResponse:
    """A story: lede, key sources, open forecasts, timeline in its window, events by salience, background, actors, documents."""
    v = story_view(store, story_id, start, end)
    listed = [d for d in v["story"].get("documents") or [] if isinstance(d, str)]
    found = {d["id"]: d for d in store.documents_page(story=story_id, limit=1000)["items"]}  # metadata only, no text
    docs = [found[d] for d in dict.fromkeys(listed) if d in found]
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
