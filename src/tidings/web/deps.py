"""What the routes take from the app: the store, page rendering, and the parts every table shares.

The store and the templates live on ``app.state`` (set by
:func:`tidings.web.create_app`), so the routes hold no state of their own.
A table page takes :data:`PagingDep` (``page``, ``per``, ``sort`` from the
URL, validated: out of range is a 422), orders and cuts its rows with
:func:`paginate`, and answers ``export=csv|jsonl|parquet`` with exactly the
rows it shows (:func:`export_response`).
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from typing import Annotated, Any, Callable, Iterable, Mapping, Optional, Sequence, TypeVar
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from .._errors import ConfigError
from ..store import Store

T = TypeVar("T")

API_LIMIT = 10_000
"""The most records one JSON API call returns (``limit`` above it is a 422)."""
PER_PAGE = 50
MAX_PER_PAGE = 500
MAX_PAGE = 100_000
EXPORTS = ("csv", "jsonl", "parquet")
MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet"}


def get_store(request: Request) -> Store:
    """The store the app was built over (``app.state.store``)."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
"""A route parameter of this type receives the app's store."""


def get_templates(request: Request) -> Jinja2Templates:
    """The app's page templates (``app.state.templates``)."""
    templates: Jinja2Templates = request.app.state.templates
    return templates


def render(request: Request, name: str, context: dict[str, Any], *, status_code: int = 200) -> HTMLResponse:
    """The page template ``name`` rendered with ``context``."""
    return get_templates(request).TemplateResponse(request, name, context, status_code=status_code)


def wants_json(request: Request) -> bool:
    """Whether an error should be answered in JSON: a JSON API path, or a client asking for JSON rather than HTML."""
    path = request.url.path
    if path == "/api/" or (path.startswith("/api/") and path != "/api") or path == "/openapi.json":
        return True
    accept = request.headers.get("accept", "")
    return "json" in accept and "text/html" not in accept


COUNTS_SECONDS = 2.0
"""How long the store's counts are reused between requests (an ingest beside the server shows within this)."""


def store_counts(request: Request) -> dict[str, int]:
    """The store's counts (``Store.counts``), read again at most every :data:`COUNTS_SECONDS`.

    Counting 100,000 events takes tens of milliseconds: more than a page
    should spend on noticing that nothing changed.
    """
    held = getattr(request.app.state, "counts", None)
    now = time.monotonic()
    if held is not None and now - held[0] < COUNTS_SECONDS:
        counts: dict[str, int] = held[1]
        return dict(counts)
    counts = get_store(request).counts()
    request.app.state.counts = (now, counts)
    return dict(counts)


def cached(request: Request, name: str, compute: Callable[[], T]) -> T:
    """``compute()``, kept on the app until the store's counts change (an ingest beside the server).

    For figures taken over the whole store (every source's track record, the
    forecasters' scores): the first request computes them, later ones reuse
    them while the store holds the same numbers of documents, mentions,
    events, stories and forecasts.
    """
    key = (name, tuple(sorted(store_counts(request).items())))
    cache: dict[str, tuple[Any, Any]] = request.app.state.cache
    hit = cache.get(name)
    if hit is not None and hit[0] == key:
        value: T = hit[1]
        return value
    value = compute()
    cache[name] = (key, value)
    return value


def safe_url(url: Any) -> Optional[str]:
    """``url`` when it is an absolute http(s) URL, else None: only those are rendered as links."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def query_url(request: Request, **changes: Any) -> str:
    """This page's URL (path and query) with ``changes`` applied; empty values are dropped."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes and v != ""]
    params += [(k, str(v)) for k, v in changes.items() if v not in (None, "")]
    return request.url.path + ("?" + urlencode(params) if params else "")


@dataclass(frozen=True)
class Paging:
    """A table's place in the URL: 1-based ``page``, rows ``per`` page, ``sort`` key (``-key`` = descending)."""

    page: int = 1
    per: int = PER_PAGE
    sort: str = ""
    export: str = ""


def paging(page: int = Query(1, ge=1, le=MAX_PAGE, description="page number, from 1"),
           per: int = Query(PER_PAGE, ge=1, le=MAX_PER_PAGE, description="rows per page"),
           sort: str = Query("", max_length=40, pattern=r"^-?[a-z_]*$", description="column to sort by; a leading - sorts descending"),
           export: str = Query("", pattern=r"^(|csv|jsonl|parquet)$", description="download the rows shown as csv, jsonl or parquet")) -> Paging:
    """The paging, sorting and export parameters of a table page."""
    return Paging(page, per, sort, export)


PagingDep = Annotated[Paging, Depends(paging)]


@dataclass
class Listing:
    """One page of a sorted table: its rows and what the template needs for headers, pager and export links."""

    rows: list[Any]
    total: int
    paging: Paging
    sorts: Sequence[str]
    default: str
    pages: int = field(init=False)

    def __post_init__(self) -> None:
        self.pages = max(1, -(-self.total // self.paging.per))

    @property
    def sort(self) -> str:
        """The sort in effect (the default when the URL names none)."""
        return self.paging.sort or self.default

    @property
    def first(self) -> int:
        """1-based number of the first row shown (0 when none)."""
        return (self.paging.page - 1) * self.paging.per + 1 if self.rows else 0

    @property
    def last(self) -> int:
        """1-based number of the last row shown."""
        return self.first + len(self.rows) - 1 if self.rows else 0


def _ordered(rows: list[T], key: Callable[[T], Any], descending: bool) -> list[T]:
    """``rows`` sorted by ``key``, rows without a value last in either direction; ties keep their order."""
    known = [r for r in rows if key(r) not in (None, "")]
    unknown = [r for r in rows if key(r) in (None, "")]
    return sorted(known, key=key, reverse=descending) + unknown


def paginate(rows: Iterable[T], paging: Paging, sorts: dict[str, Callable[[T], Any]], default: str) -> Listing:
    """Sort ``rows`` by the URL's sort key (one of ``sorts``; anything else is a 422) and cut out the page."""
    name = paging.sort or default
    key = sorts.get(name.lstrip("-"))
    if key is None:
        raise HTTPException(422, f"sort: unknown column {name.lstrip('-')!r}; columns: {', '.join(sorts)}")
    ordered = _ordered(list(rows), key, name.startswith("-"))
    start = (paging.page - 1) * paging.per
    if paging.page > 1 and start >= len(ordered):
        raise HTTPException(422, f"page: {paging.page} is beyond the last page ({max(1, -(-len(ordered) // paging.per))})")
    return Listing(ordered[start : start + paging.per], len(ordered), paging, list(sorts), default)


def store_listing(page: Mapping[str, Any], paging: Paging, sorts: Sequence[str], default: str) -> Listing:
    """A :class:`Listing` over one page the store already sorted and cut (``{"items", "total", ...}``)."""
    if paging.page > 1 and not page["items"]:
        raise HTTPException(422, f"page: {paging.page} is beyond the last page ({max(1, -(-int(page['total']) // paging.per))})")
    return Listing(list(page["items"]), int(page["total"]), paging, list(sorts), default)


def export_response(what: str, rows: list[Any], fmt: str, name: str) -> Response:
    """``rows`` (events or documents, as ``what`` says) as a download in ``fmt`` with the file name ``name.fmt``."""
    from ..export import export_documents, export_events

    buf = io.BytesIO()
    try:
        if what == "documents":
            export_documents(rows, fmt, buf)
        else:
            export_events(rows, fmt, buf)
    except ConfigError as exc:  # parquet without pyarrow names the extra to install
        raise HTTPException(400, str(exc)) from None
    return Response(buf.getvalue(), media_type=MEDIA[fmt], headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})

