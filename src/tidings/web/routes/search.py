"""Search over documents, events and actors (the store's query syntax), as a page and in the JSON API.

Syntax: words (all required), ``"a phrase"``, ``a OR b``, ``-word`` to
exclude, ``prefix*``. The store bounds a query (length, number of words, a
time budget) and refuses one beyond them with :class:`~tidings.QueryError`,
which the app answers with a 400 naming the bound; a query longer than
:data:`MAX_Q` characters is a 422 before it reaches the store.
"""

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ...store import Store
from ..deps import MAX_PER_PAGE, PagingDep, StoreDep, render

KINDS = ("events", "actors", "documents")
MAX_Q = 500
"""The longest query the app passes on (the store's own bound)."""
PREVIEW = 10
"""Hits of each kind on the search page when it shows all kinds."""


def run_search(store: Store, q: str, kinds: tuple[str, ...], limit: int, offset: int) -> dict[str, Any]:
    """The store's search, or an empty result for an empty query."""
    if not q.strip():
        return {"query": q, "hits": [], "total": {k: 0 for k in kinds}, "limit": limit, "offset": offset}
    return dict(store.search(q, kinds=kinds, limit=limit, offset=offset))


def api_search(store: StoreDep, q: str = Query(..., min_length=1, max_length=MAX_Q, description='words, "a phrase", a OR b, -word, prefix*'),
               kind: str = Query("", pattern=r"^(|events|actors|documents)$", description="search only this kind"),
               limit: int = Query(20, ge=0, le=MAX_PER_PAGE), offset: int = Query(0, ge=0, le=1_000_000)) -> dict[str, Any]:
    """
    \f
    Hits grouped by kind with ``[start, end]`` highlight offsets into their title and snippet.
    """
    return run_search(store, q, (kind,) if kind else KINDS, limit, offset)


def page_search(request: Request, store: StoreDep, paging: PagingDep, q: str = Query("", max_length=MAX_Q),
                kind: str = Query("", pattern=r"^(|events|actors|documents)$")) -> HTMLResponse:
    """The search form and the best hits of each kind (or one kind, paged), their matches highlighted."""
    kinds = (kind,) if kind else KINDS
    per = paging.per if kind else PREVIEW
    result = run_search(store, q, kinds, per, (paging.page - 1) * per if kind else 0)
    groups = {k: [h for h in result["hits"] if h["kind"] == k] for k in kinds}
    pages = max(1, -(-result["total"].get(kind, 0) // per)) if kind else 1
    return render(request, "search.html", {"q": q, "kind": kind, "kinds": KINDS, "groups": groups, "total": result["total"],
                                           "page": paging.page, "pages": pages, "per": per})


def router() -> APIRouter:
    """The search routes."""
    r = APIRouter()
    r.add_api_route("/api/search", api_search, methods=["GET"], response_model=dict[str, Any], tags=["search"],
                    summary='Search documents, events and actors: words, "a phrase", a OR b, -word, prefix*')
    r.add_api_route("/search", page_search, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
