"""Stories: the home page listing them, a story's page, and their JSON API."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..._errors import NotFound
from ..._types import Document
from ...report.figures import network_svg, timeline_svg
from ...store import Store
from ..deps import StoreDep, render


def stories(store: Store) -> list[dict[str, Any]]:
    """Every story with its numbers of events and documents, latest developments first, then the larger story."""
    out = []
    for story in store.iter_stories():
        s = dict(story)
        s["n_events"] = len(s.get("events") or [])
        s["n_documents"] = len(s.get("documents") or [])
        out.append(s)
    out.sort(key=lambda s: (s.get("end") or "", s["n_events"]), reverse=True)
    return out


def api_stories(store: StoreDep) -> list[dict[str, Any]]:
    """
    \f
    The stories, as on the home page.
    """
    return stories(store)


def api_story(store: StoreDep, story_id: str) -> dict[str, Any]:
    """
    \f
    The story ``story_id`` with its events in full.
    """
    s = store.get_story(story_id)
    return {**s, "events": list(store.iter_events(story=story_id))}


def page_home(request: Request, store: StoreDep) -> HTMLResponse:
    """The home page: the stories and how much the store holds."""
    return render(request, "stories.html", {"stories": stories(store), "counts": store.counts()})


def page_story(request: Request, store: StoreDep, story_id: str) -> HTMLResponse:
    """A story: its timeline, actor network, events and the documents still in the store."""
    s = store.get_story(story_id)
    events = list(store.iter_events(story=story_id))
    docs: list[Document] = []
    for d in s.get("documents") or []:
        try:
            docs.append(store.get_document(d))
        except NotFound:
            continue
    return render(request, "story.html", {
        "story": s, "events": events, "documents": docs,
        "timeline": timeline_svg(events, link="/events/{id}"), "network": network_svg(events, link="/actors/{id}"),
    })


def router() -> APIRouter:
    """The story routes."""
    r = APIRouter()
    r.add_api_route("/api/stories", api_stories, methods=["GET"], response_model=list[dict[str, Any]], tags=["stories"], summary="List stories")
    r.add_api_route("/api/stories/{story_id}", api_story, methods=["GET"], response_model=dict[str, Any], tags=["stories"], summary="One story with its events")
    r.add_api_route("/", page_home, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    r.add_api_route("/stories/{story_id}", page_story, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
