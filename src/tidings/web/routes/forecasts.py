"""Forecasts: the page with their resolutions and Brier scores, and its JSON API."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..._errors import NotFound
from ...fuse.forecasts import forecast_scores
from ...report.figures import event_label
from ...store import Store
from ..deps import PagingDep, StoreDep, paginate, render

FORECAST_SORTS = {
    "forecast": lambda f: (f.get("label") or "").casefold(),
    "forecaster": lambda f: (f.get("forecaster") or "").casefold() or None,
    "probability": lambda f: f.get("probability"),
    "deadline": lambda f: f.get("deadline"),
    "resolution": lambda f: f.get("resolution"),
}


def forecasts(store: Store) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Forecast rows with a label, and Brier scores per outlet and author (the fusion stage's)."""
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for forecast in store.iter_forecasts():
        f = dict(forecast)
        try:
            event = store.get_event(f["event"])
        except NotFound:
            f["label"] = f["event"]
        else:
            events.append(dict(event))
            f["label"] = event_label(event, 100)
        rows.append(f)
    return rows, forecast_scores(events)


def api_forecasts(store: StoreDep) -> dict[str, Any]:
    """
    \f
    The forecasts and the scores of their forecasters.
    """
    rows, scores = forecasts(store)
    return {"forecasts": rows, "scores": scores}


def page_forecasts(request: Request, store: StoreDep, paging: PagingDep) -> HTMLResponse:
    """The forecasts (sorted and paged) and the Brier scores of their outlets and authors."""
    rows, scores = forecasts(store)
    listing = paginate(rows, paging, FORECAST_SORTS, "deadline")
    return render(request, "forecasts.html", {"listing": listing, "scores": scores})


def router() -> APIRouter:
    """The forecast routes."""
    r = APIRouter()
    r.add_api_route("/api/forecasts", api_forecasts, methods=["GET"], response_model=dict[str, Any], tags=["forecasts"],
                    summary="Forecasts with resolutions and Brier scores per outlet and author")
    r.add_api_route("/forecasts", page_forecasts, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
