"""The local web app: server-rendered pages and a JSON API over the store (read-only by default).

FastAPI is imported when an app is built, so ``tidings.web`` imports without
the ``web`` extra and :func:`create_app` says which extra is missing.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING, Optional

from .._errors import MissingExtra, NotFound, QueryError
from .._options import Options
from ..report.figures import STATUS_COLOURS, event_label
from .highlight import highlight, mark_spans

if TYPE_CHECKING:
    from fastapi import FastAPI



def create_app(db: str, *, options: Optional[Options] = None, read_only: bool = True) -> FastAPI:
    """Build the ASGI app over the store at ``db``.

    ``read_only`` (the default) opens the database without writing anything
    to it (SQLite: a ``mode=ro`` URI) and refuses a file that is not a
    tidings store; a missing database is an error rather than a new one.
    The event list and ``/api/events`` keep the events from the
    ``read_min_confidence`` setting of ``options`` when the request gives no
    ``min_confidence``.
    """
    try:
        from fastapi import FastAPI
        from fastapi.staticfiles import StaticFiles
        from fastapi.templating import Jinja2Templates
    except ImportError:
        raise MissingExtra("tidings serve", "web", "fastapi") from None
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    from .. import __version__
    from ..store import open_store
    from .deps import query_url, safe_url
    from .handlers import HeadAsGet, SecurityHeaders, http_error, invalid_request, not_found, query_refused, server_error
    from .routes import routers

    store = open_store(db, options=options, read_only=read_only, create=not read_only)

    app = FastAPI(
        title="tidings",
        description="Sourced, queryable record of world events: stories, fused events with their mentions, sources and status history, actors, forecasts.",
        version=__version__,
        docs_url=None,  # the stock docs pages load scripts from the internet
        redoc_url=None,
    )
    app.state.store = store
    app.state.cache = {}
    app.mount("/static", StaticFiles(directory=str(resources.files("tidings.web").joinpath("static"))), name="static")
    templates = Jinja2Templates(directory=str(resources.files("tidings.web").joinpath("templates")))
    templates.env.globals.update(label=event_label, colours=STATUS_COLOURS, highlight=highlight, highlight_hits=mark_spans, safe_url=safe_url, query_url=query_url)
    app.state.templates = templates
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    app.exception_handler(NotFound)(not_found)
    app.exception_handler(QueryError)(query_refused)
    app.exception_handler(HTTPException)(http_error)
    app.exception_handler(RequestValidationError)(invalid_request)
    app.exception_handler(Exception)(server_error)
    for router in routers():
        app.include_router(router)
    return app


#: How :func:`serve` hands its settings to worker processes (read by :func:`app_from_environment`).
_SERVE_ENV = "TIDINGS_SERVE_APP"


def app_from_environment() -> FastAPI:
    """The app of a worker process started by :func:`serve` with ``workers > 1``."""
    import json
    import os

    spec = json.loads(os.environ[_SERVE_ENV])
    return create_app(spec["db"], options=Options(**spec["options"]), read_only=spec["read_only"])


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, options: Optional[Options] = None, read_only: bool = True, workers: int = 1) -> None:
    """Run the app with uvicorn until interrupted; ``workers`` > 1 runs that many server processes on the port."""
    try:
        import uvicorn
    except ImportError:
        raise MissingExtra("tidings serve", "web", "uvicorn") from None
    if workers > 1:
        import json
        import os

        create_app(db, options=options, read_only=read_only)  # fails here, once, when the store cannot be opened
        os.environ[_SERVE_ENV] = json.dumps({"db": db, "options": (options or Options()).as_dict(), "read_only": read_only})
        uvicorn.run("tidings.web.app:app_from_environment", factory=True, host=host, port=port, workers=workers, log_level="warning")
        return
    app = create_app(db, options=options, read_only=read_only)
    uvicorn.run(app, host=host, port=port, log_level="warning")
