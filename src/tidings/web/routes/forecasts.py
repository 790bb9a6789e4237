"""Forecasts: the page with their deadlines, resolutions and evidence, Brier scores and calibration, and its JSON API.

One view serves both: ``/forecasts`` answers a JSON client with what the
page shows (the page's rows, the scores), ``/api/forecasts`` with every row.
Scores follow the store's ``brier_min_forecasts`` setting: no Brier score or
observed share from fewer resolved forecasts.
"""

from typing import Any, Mapping, Optional

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from ...fuse.forecasts import forecast_scores, icd203_band
from ...report.figures import event_label
from ...store import Store
from ..deps import PagingDep, StoreDep, cached, paginate, render, wants_json

#: How a deadline was found, in words.
DEADLINE_BASIS = {"stated": "stated", "implied": "implied", "none": "none: open until you set a horizon"}

FORECAST_SORTS = {
    "forecast": lambda f: (f.get("label") or "").casefold(),
    "forecaster": lambda f: (f.get("forecaster") or "").casefold() or None,
    "probability": lambda f: f.get("probability"),
    "deadline": lambda f: f.get("deadline"),
    "resolution": lambda f: f.get("resolution"),
}


def _row(item: Mapping[str, Any]) -> tuple[dict[str, Any], Optional[dict[str, Any]]]:
    """A page row from a store row: the stored columns, a label, and the forecast's deadline basis, band, evidence and restatement."""
    f = dict(item)
    event = f.pop("record", None)
    fc = (event or {}).get("forecast") or {}
    basis = fc.get("deadline_basis") or ("stated" if f.get("deadline") else "none")
    evidence = fc.get("evidence")
    f.update({
        "label": event_label(event, 100) if event else f["event"],
        "probability_band": icd203_band(f.get("probability")),
        "deadline_basis": basis,
        "deadline_basis_text": DEADLINE_BASIS.get(basis, basis),
        "deadline_text": fc.get("deadline_text"),
        "deadline_from": fc.get("deadline_from"),
        "question": bool(fc.get("question")),
        "restates": fc.get("restates"),
        "evidence": evidence,
        "evidence_event": (evidence or {}).get("event") or f.get("resolved_by"),
    })
    return f, event


def forecasts(store: Store) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Forecast rows (with label, deadline basis and resolution evidence) and the fusion stage's Brier scores.

    Read a thousand at a time with their events (``Store.forecasts_page``);
    scores per forecaster, outlet and author and the calibration table, none
    from fewer than the store's ``brier_min_forecasts`` resolved forecasts.
    """
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = store.forecasts_page(limit=1000, offset=offset)
        for item in page["items"]:
            row, event = _row(item)
            if event:
                events.append(event)
            rows.append(row)
        offset += len(page["items"])
        if not page["items"] or offset >= page["total"]:
            return rows, forecast_scores(events, min_count=store.options.brier_min_forecasts)


def forecasts_of(request: Request, store: Store) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """:func:`forecasts`, computed once per state of the store."""
    return cached(request, "forecasts", lambda: forecasts(store))


def api_forecasts(request: Request, store: StoreDep) -> dict[str, Any]:
    """
    \f
    The forecasts (deadline basis, resolution and its evidence) and the Brier scores and calibration of their forecasters.
    """
    rows, scores = forecasts_of(request, store)
    return {"forecasts": rows, "scores": scores}


def page_forecasts(request: Request, store: StoreDep, paging: PagingDep) -> Response:
    """The forecasts (sorted and paged), the Brier scores of their forecasters, outlets and authors, and the calibration table.

    A JSON client gets the same page as data: its rows, the total and the scores.
    """
    rows, scores = forecasts_of(request, store)
    listing = paginate(rows, paging, FORECAST_SORTS, "deadline")
    if wants_json(request):
        return JSONResponse({"total": listing.total, "page": paging.page, "per": paging.per, "forecasts": listing.rows, "scores": scores})
    return render(request, "forecasts.html", {"listing": listing, "scores": scores})


def router() -> APIRouter:
    """The forecast routes."""
    r = APIRouter()
    r.add_api_route("/api/forecasts", api_forecasts, methods=["GET"], response_model=dict[str, Any], tags=["forecasts"],
                    summary="Forecasts with deadlines, resolutions and evidence; Brier scores per forecaster, outlet and author; calibration")
    r.add_api_route("/forecasts", page_forecasts, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
