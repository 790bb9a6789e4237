"""Documents: full-text search, a document's page, and their JSON API."""

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..deps import StoreDep, render


def api_search(store: StoreDep, q: str = Query(..., min_length=1), limit: int = Query(20, le=200)) -> list[dict[str, Any]]:
    """
    \f
    The documents matching ``q``, best first.
    """
    return store.search_documents(q, limit=limit)


def api_document(store: StoreDep, doc_id: str) -> dict[str, Any]:
    """
    \f
    The document ``doc_id`` without its raw input.
    """
    d: dict[str, Any] = dict(store.get_document(doc_id))
    d.pop("raw", None)
    return d


def page_search(request: Request, store: StoreDep, q: str = "") -> HTMLResponse:
    """The search form and the 50 best documents for ``q``."""
    hits = store.search_documents(q, limit=50) if q.strip() else []
    return render(request, "search.html", {"q": q, "hits": hits})


def page_document(request: Request, store: StoreDep, doc_id: str) -> HTMLResponse:
    """A document: its metadata, clean text and the boilerplate removed from it."""
    return render(request, "document.html", {"d": store.get_document(doc_id)})


def router() -> APIRouter:
    """The search and document routes."""
    r = APIRouter()
    r.add_api_route("/api/search", api_search, methods=["GET"], response_model=list[dict[str, Any]], tags=["documents"], summary="Full-text search over documents")
    r.add_api_route("/api/documents/{doc_id}", api_document, methods=["GET"], response_model=dict[str, Any], tags=["documents"],
                    summary="One document: metadata, clean text, removed boilerplate")
    r.add_api_route("/search", page_search, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    r.add_api_route("/documents/{doc_id}", page_document, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
