"""Documents: the list, a document's page with its events, and their JSON API.

``/documents`` and ``/documents/ID`` answer browsers with a page and JSON
clients (``Accept: application/json``) with the same data as JSON, so one URL
serves both; the JSON API under ``/api/documents`` is the documented one.
"""

from typing import Any, Callable, cast

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from ..._types import Document, Event
from ...store import Store
from ..deps import PagingDep, StoreDep, export_response, paginate, render, store_listing, wants_json

MAX_LISTED = 1000
"""The most documents one list page sorts by a column other than the date."""

DOCUMENT_SORTS: dict[str, Callable[[Document], Any]] = {
    "published": lambda d: d.get("published"),
    "title": lambda d: (d.get("title") or "").casefold() or None,
    "outlet": lambda d: (d.get("outlet") or "").casefold() or None,
    "language": lambda d: d.get("language"),
    "words": lambda d: d.get("words"),
}


def public(d: Document) -> dict[str, Any]:
    """A document as the API shows it: everything but its raw input."""
    out: dict[str, Any] = dict(d)
    out.pop("raw", None)
    return out


def document_events(store: Store, doc_id: str) -> list[Event]:
    """The fused events with a mention in the document ``doc_id`` (at most 1000), by date."""
    return cast(list[Event], store.events_page(document=doc_id, order="date", limit=1000)["items"])


def api_documents(store: StoreDep, outlet: str = Query("", max_length=200), language: str = Query("", max_length=12),
                  limit: int = Query(100, ge=0, le=1000, description="at most this many documents (0 to 1000)"),
                  offset: int = Query(0, ge=0, le=1_000_000)) -> dict[str, Any]:
    """
    \f
    One page of documents (metadata, no text), newest first: ``{"items", "total", "limit", "offset"}``.
    """
    return dict(store.documents_page(outlet=outlet or None, language=language or None, limit=limit, offset=offset))


def api_document(store: StoreDep, doc_id: str) -> dict[str, Any]:
    """
    \f
    The document ``doc_id`` without its raw input, with the ids of its events.
    """
    d = public(store.get_document(doc_id))
    d["events"] = [e["id"] for e in document_events(store, doc_id)]
    return d


def page_documents(request: Request, store: StoreDep, paging: PagingDep, outlet: str = Query("", max_length=200),
                   language: str = Query("", max_length=12)) -> Response:
    """The documents, filtered by outlet and language, sorted and paged; JSON for a client that asks for it."""
    if (paging.sort or "-published") in ("published", "-published"):
        page = store.documents_page(outlet=outlet or None, language=language or None, order=paging.sort or "-published",
                                    limit=paging.per, offset=(paging.page - 1) * paging.per)
        listing = store_listing(page, paging, list(DOCUMENT_SORTS), "-published")
    else:
        docs = cast(list[Document], store.documents_page(outlet=outlet or None, language=language or None, limit=MAX_LISTED)["items"])
        listing = paginate(docs, paging, DOCUMENT_SORTS, "-published")
    if paging.export:
        return export_response("documents", listing.rows, paging.export, "documents")
    if wants_json(request):
        return JSONResponse({"total": listing.total, "page": paging.page, "per": paging.per, "documents": [public(d) for d in listing.rows]})
    return render(request, "documents.html", {"listing": listing, "outlet": outlet, "language": language})


def page_document(request: Request, store: StoreDep, doc_id: str) -> Response:
    """A document: metadata, clean text, the events found in it and the boilerplate removed from it."""
    d = store.get_document(doc_id)
    events = document_events(store, doc_id)
    if wants_json(request):
        return JSONResponse({**public(d), "events": [e["id"] for e in events]})
    return render(request, "document.html", {"d": d, "events": events})


def router() -> APIRouter:
    """The document routes (search lives in :mod:`.search`)."""
    r = APIRouter()
    r.add_api_route("/api/documents", api_documents, methods=["GET"], response_model=dict[str, Any], tags=["documents"],
                    summary="Documents (metadata) newest first, filtered by outlet and language, paged")
    r.add_api_route("/api/documents/{doc_id}", api_document, methods=["GET"], response_model=dict[str, Any], tags=["documents"],
                    summary="One document: metadata, clean text, removed boilerplate, its events")
    r.add_api_route("/documents", page_documents, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    r.add_api_route("/documents/{doc_id}", page_document, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
