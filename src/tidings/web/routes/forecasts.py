"""Forecasts: the page with their resolutions and Brier scores, and its JSON API."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ...fuse.forecasts import forecast_scores
from ...report.figures import event_label
from ...store import Store
from ..deps import PagingDep, StoreDep, cached, paginate, render

FORECAST_SORTS = {
    "forecast": lambda f: (f.get("label") or "").casefold(),
    "forecaster": lambda f: (f.get("forecaster") or "").casefold() or None,
    "probability": lambda f: f.get("probability"),
    "deadline": lambda f: f.get("deadline"),
    "resolution": lambda f: f.get("resolution"),
}


def forecasts(store: Store) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Forecast rows with a label, and Brier scores per outlet and author (the fusion stage's).

    Read a thousand at a time with their events (``Store.forecasts_page``).
    """
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = store.forecasts_page(limit=1000, offset=offset)
        for item in page["items"]:
            f = dict(item)
            event = f.pop("record", None)
            if event:
                events.append(event)
            f["label"] = event_label(event, 100) if event else f["event"]
            rows.append(f)
        offset += len(page["items"])
        if not page["items"] or offset >= page["total"]:
            return rows, forecast_scores(events)


def forecasts_of(request: Request, store: Store) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """:func:`forecasts`, computed once per state of the store."""
    return cached(request, "forecasts", lambda: forecasts(store))


def api_forecasts(request: Request, store: StoreDep) -> dict[str, Any]:
    """
    \f
    The forecasts and the scores of their forecasters.
    """
    rows, scores = forecasts_of(request, store)
    return {"forecasts": rows, "scores": scores}


def page_forecasts(request: Request, store: StoreDep, paging: PagingDep) -> HTMLResponse:
    """The forecasts (sorted and paged) and the Brier scores of their outlets and authors."""
    rows, scores = forecasts_of(request, store)
    listing = paginate(rows, paging, FORECAST_SORTS, "deadline")
    return render(request, "forecasts.html", {"listing": listing, "scores": scores})


def router() -> APIRouter:
    """The forecast routes."""
    r = APIRouter()
    r.add_api_route("/api/forecasts", api_forecasts, methods=["GET"], response_model=dict[str, Any], tags=["forecasts"],
                    summary="Forecasts with resolutions and Brier scores per outlet and author")
    r.add_api_route("/forecasts", page_forecasts, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
