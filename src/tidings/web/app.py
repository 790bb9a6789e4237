"""The local web app: server-rendered pages and a JSON API over the store (read-only by default)."""


from collections import Counter
from importlib import resources
from typing import Any, Optional

from .._errors import MissingExtra, NotFound
from .._options import Options
from ..fuse.forecasts import forecast_scores
from ..report.figures import STATUS_COLOURS, event_label, network_svg, timeline_svg
from .highlight import highlight
from .mapdata import HEIGHT, WIDTH, country_paths, map_available, project

CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; object-src 'none'; frame-ancestors 'none'"


def _imports():
    try:
        from fastapi import FastAPI, HTTPException, Query, Request
        from fastapi.responses import HTMLResponse, JSONResponse
        from fastapi.staticfiles import StaticFiles
        from fastapi.templating import Jinja2Templates
    except ImportError:
        raise MissingExtra("tidings serve", "web", "fastapi") from None
    return FastAPI, HTTPException, Query, Request, HTMLResponse, JSONResponse, StaticFiles, Jinja2Templates


def _read_only(store) -> None:
    """Make every later SQLite connection of the store refuse writes."""
    from sqlalchemy import event

    if store.engine.dialect.name != "sqlite":
        return

    @event.listens_for(store.engine, "connect")
    def _ro(dbapi_conn, _record):  # pragma: no cover - exercised through the app
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA query_only=ON")
        cur.close()

    store.engine.dispose()


def create_app(db: str, *, options: Optional[Options] = None, read_only: bool = True):
    """Build the ASGI app over the store at ``db``."""
    FastAPI, HTTPException, Query, Request, HTMLResponse, JSONResponse, StaticFiles, Jinja2Templates = _imports()
    from ..store import open_store

    store = open_store(db, options=options)
    if read_only:
        _read_only(store)

    app = FastAPI(
        title="tidings",
        description="Sourced, queryable record of world events: stories, fused events with their mentions, sources and status history, actors, forecasts.",
        version=__import__("tidings").__version__,
        docs_url=None,  # the stock docs pages load scripts from the internet
        redoc_url=None,
    )
    app.state.store = store
    static_dir = resources.files("tidings.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")
    templates = Jinja2Templates(directory=str(resources.files("tidings.web").joinpath("templates")))
    templates.env.globals.update(label=event_label, colours=STATUS_COLOURS, highlight=highlight)

    @app.middleware("http")
    async def security_headers(request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(NotFound)
    async def not_found(request, exc: NotFound):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=404)
        return templates.TemplateResponse(request, "error.html", {"message": str(exc)}, status_code=404)

    def filters(actor, country, type, date_from, date_to, status, story) -> dict[str, Any]:
        return {"actor": actor or None, "country": country or None, "cameo": type or None, "date_from": date_from or None,
                "date_to": date_to or None, "status": status or None, "story": story or None}

    def stories() -> list[dict]:
        out = []
        for s in store.iter_stories():
            s = dict(s)
            s["n_events"] = len(s.get("events") or [])
            s["n_documents"] = len(s.get("documents") or [])
            out.append(s)
        # latest developments first, then the larger story
        out.sort(key=lambda s: (s.get("end") or "", s["n_events"]), reverse=True)
        return out

    def actor_events(code: str) -> list[dict]:
        return list(store.iter_events(actor=code))

    def counterparts(code: str, events: list[dict]) -> list[dict]:
        c: Counter = Counter()
        names = {}
        for e in events:
            for a, b in (("source", "target"), ("target", "source")):
                me, other = e.get(a) or {}, e.get(b) or {}
                if (me.get("code") or "").startswith(code) and other.get("code"):
                    c[other["code"]] += 1
                    names[other["code"]] = other.get("name") or other["code"]
        return [{"code": k, "name": names[k], "events": n} for k, n in c.most_common()]

    def map_points(events: list[dict]) -> list[dict]:
        pts = []
        for e in events:
            loc = e.get("location") or {}
            if loc.get("lat") is None or loc.get("lon") is None:
                continue
            x, y = project(loc["lat"], loc["lon"])
            pts.append({"id": e["id"], "x": round(x, 1), "y": round(y, 1), "lat": loc["lat"], "lon": loc["lon"],
                        "place": loc.get("name"), "status": e.get("status"), "label": event_label(e, 80),
                        "colour": STATUS_COLOURS.get(e.get("status"), "#555")})
        return pts

    def forecasts() -> tuple[list[dict], dict]:
        """Forecast rows with a label, and Brier scores per outlet and author (the fusion stage's)."""
        rows, events = [], []
        for f in store.iter_forecasts():
            f = dict(f)
            try:
                event = store.get_event(f["event"])
            except NotFound:
                f["label"] = f["event"]
            else:
                events.append(event)
                f["label"] = event_label(event, 100)
            rows.append(f)
        return rows, forecast_scores(events)

    # ---------------- JSON API ----------------
    @app.get("/api/stories", tags=["stories"], summary="List stories")
    def api_stories() -> list[dict]:
        return stories()

    @app.get("/api/stories/{story_id}", tags=["stories"], summary="One story with its events")
    def api_story(story_id: str) -> dict:
        s = store.get_story(story_id)
        return {**s, "events": list(store.iter_events(story=story_id))}

    @app.get("/api/events", tags=["events"], summary="Fused events, filtered like `tidings events`")
    def api_events(actor: str = "", country: str = "", type: str = Query("", description="CAMEO code prefix"),
                   date_from: str = Query("", alias="from"), date_to: str = Query("", alias="to"),
                   status: str = "", story: str = "", limit: int = Query(500, le=10000)) -> list[dict]:
        return list(store.iter_events(**filters(actor, country, type, date_from, date_to, status, story), limit=limit))

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event with mentions, sources, merge reasons and status history")
    def api_event(event_id: str) -> dict:
        return store.get_event(event_id)

    @app.get("/api/actors/{code}", tags=["actors"], summary="Events of an actor (code prefix or name) and its counterparts")
    def api_actor(code: str) -> dict:
        events = actor_events(code)
        return {"actor": code, "events": events, "counterparts": counterparts(code, events)}

    @app.get("/api/forecasts", tags=["forecasts"], summary="Forecasts with resolutions and Brier scores per outlet and author")
    def api_forecasts() -> dict:
        rows, scores = forecasts()
        return {"forecasts": rows, "scores": scores}

    @app.get("/api/search", tags=["documents"], summary="Full-text search over documents")
    def api_search(q: str = Query(..., min_length=1), limit: int = Query(20, le=200)) -> list[dict]:
        return store.search_documents(q, limit=limit)

    @app.get("/api/documents/{doc_id}", tags=["documents"], summary="One document: metadata, clean text, removed boilerplate")
    def api_document(doc_id: str) -> dict:
        d = dict(store.get_document(doc_id))
        d.pop("raw", None)
        return d

    @app.get("/api/map", tags=["events"], summary="Event locations (lat/lon) for the map")
    def api_map(status: str = "", story: str = "") -> list[dict]:
        return map_points(list(store.iter_events(status=status or None, story=story or None)))

    # ---------------- pages ----------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page_home(request: Request):
        return templates.TemplateResponse(request, "stories.html", {"stories": stories(), "counts": store.counts()})

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_story(request: Request, story_id: str):
        s = store.get_story(story_id)
        events = list(store.iter_events(story=story_id))
        docs = []
        for d in s.get("documents") or []:
            try:
                docs.append(store.get_document(d))
            except NotFound:
                continue
        return templates.TemplateResponse(request, "story.html", {
            "story": s, "events": events, "documents": docs,
            "timeline": timeline_svg(events, link="/events/{id}"), "network": network_svg(events, link="/actors/{id}"),
        })

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def page_events(request: Request, actor: str = "", country: str = "", type: str = "", date_from: str = Query("", alias="from"),
                    date_to: str = Query("", alias="to"), status: str = "", story: str = ""):
        f = filters(actor, country, type, date_from, date_to, status, story)
        events = list(store.iter_events(**f, limit=1000))
        return templates.TemplateResponse(request, "events.html", {"events": events, "f": f})

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_event(request: Request, event_id: str):
        e = store.get_event(event_id)
        merge = {m.get("mention"): m for m in e.get("merge") or []}
        children = [c for c in store.iter_events(story=e.get("story")) if c.get("parent") == event_id] if e.get("story") else []
        return templates.TemplateResponse(request, "event.html", {"e": e, "merge": merge, "children": children})

    @app.get("/actors/{code}", response_class=HTMLResponse, include_in_schema=False)
    def page_actor(request: Request, code: str):
        events = actor_events(code)
        return templates.TemplateResponse(request, "actor.html", {
            "code": code, "events": events, "counterparts": counterparts(code, events),
            "network": network_svg(events, link="/actors/{id}"), "timeline": timeline_svg(events, link="/events/{id}"),
        })

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def page_map(request: Request, status: str = "", story: str = ""):
        hint = map_available()
        shapes = [] if hint else country_paths()
        points = map_points(list(store.iter_events(status=status or None, story=story or None)))
        return templates.TemplateResponse(request, "map.html", {"shapes": shapes, "points": points, "hint": hint,
                                                                "width": WIDTH, "height": HEIGHT})

    @app.get("/forecasts", response_class=HTMLResponse, include_in_schema=False)
    def page_forecasts(request: Request):
        rows, scores = forecasts()
        return templates.TemplateResponse(request, "forecasts.html", {"rows": rows, "scores": scores})

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def page_search(request: Request, q: str = ""):
        hits = store.search_documents(q, limit=50) if q.strip() else []
        return templates.TemplateResponse(request, "search.html", {"q": q, "hits": hits})

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_document(request: Request, doc_id: str):
        return templates.TemplateResponse(request, "document.html", {"d": store.get_document(doc_id)})

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def page_api(request: Request):
        spec = app.openapi()
        routes = []
        for path, ops in spec.get("paths", {}).items():
            for method, op in ops.items():
                params = [p.get("name") for p in op.get("parameters", [])]
                routes.append({"method": method.upper(), "path": path, "summary": op.get("summary"), "params": params})
        return templates.TemplateResponse(request, "api.html", {"routes": routes})

    return app


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, options: Optional[Options] = None, read_only: bool = True) -> None:
    """Run the app with uvicorn until interrupted."""
    try:
        import uvicorn
    except ImportError:
        raise MissingExtra("tidings serve", "web", "uvicorn") from None
    app = create_app(db, options=options, read_only=read_only)
    uvicorn.run(app, host=host, port=port, log_level="warning")
