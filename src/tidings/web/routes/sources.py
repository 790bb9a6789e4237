"""Sources: every outlet and cited source with its track record, one page each, and their JSON API.

A source is a name as the mentions give it: the outlet that published a
mention, or the source a mention cites (``Xinhua``, ``unnamed sources``).
Its track record is taken over the events it reported or was cited for:
how many ended confirmed, refuted or denied, disputed or still open, how
many of its rival claims were refuted, and its forecasts with their Brier
score (the fusion stage's :func:`~tidings.fuse.forecasts.forecast_scores`).
"""

from collections import Counter
from typing import Any, Iterable, Optional

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ..._errors import NotFound
from ..._types import Event
from ...fuse.forecasts import forecast_scores
from ...store import Store
from ..deps import PagingDep, StoreDep, export_response, paginate, render
from .events import EVENT_SORTS

OUTCOMES = {"confirmed": "confirmed", "refuted": "refuted", "denied": "refuted", "disputed": "disputed", "forecast": "forecast",
            "hypothetical": "forecast"}
"""An event's final status as a source's track record counts it (anything else is ``open``)."""


def _names(e: Event) -> tuple[set[str], set[str]]:
    """The outlets that reported ``e`` and the sources its mentions cite."""
    outlets: set[str] = set()
    cited: set[str] = set()
    for m in e.get("mentions") or []:
        for key in ("outlet", "original_outlet"):
            value = m.get(key)
            if isinstance(value, str) and value:
                outlets.add(value)
        cs = m.get("cited_source") or {}
        name = cs.get("name")
        if isinstance(name, str) and name:
            cited.add(name)
    return outlets, cited


def _forecaster_is(fc: dict[str, Any], name: str) -> bool:
    who = fc.get("forecaster") or ""
    return who == name or who.startswith(name + " (") or fc.get("author") == name


def source_events(events: Iterable[Event], name: str) -> list[tuple[Event, list[str]]]:
    """The events the source ``name`` reported or was cited for, each with how (``outlet``, ``cited``, ``forecaster``)."""
    out = []
    for e in events:
        outlets, cited = _names(e)
        how = [label for label, hit in (("outlet", name in outlets), ("cited", name in cited),
                                        ("forecaster", _forecaster_is(dict(e.get("forecast") or {}), name))) if hit]
        if how:
            out.append((e, how))
    return out


def track_record(name: str, rows: list[tuple[Event, list[str]]]) -> dict[str, Any]:
    """The source's numbers over ``rows`` (events with how it took part)."""
    outcomes: Counter[str] = Counter(OUTCOMES.get(e.get("status") or "", "open") for e, _ in rows)
    roles: Counter[str] = Counter(h for _, how in rows for h in how)
    rivals = [rc for e, _ in rows for rc in e.get("rival_claims") or [] if rc.get("by") == name or (rc.get("by") or "").startswith(name + " (")]
    forecasts = [e for e, how in rows if e.get("forecast") and ("forecaster" in how or e.get("status") == "forecast")]
    scores = forecast_scores(forecasts)
    return {
        "name": name, "events": len(rows), "as_outlet": roles["outlet"], "as_cited": roles["cited"],
        "confirmed": outcomes["confirmed"], "refuted": outcomes["refuted"], "disputed": outcomes["disputed"],
        "open": outcomes["open"], "forecasts": len(forecasts), "forecasts_resolved": scores["overall"]["n"],
        "brier": scores["overall"]["brier"], "rival_claims": len(rivals), "rival_claims_refuted": sum(1 for rc in rivals if rc.get("refuted")),
    }


def all_sources(store: Store) -> list[dict[str, Any]]:
    """Every outlet and cited source with its track record, most events first."""
    events = list(store.iter_events())
    names: set[str] = set()
    for e in events:
        outlets, cited = _names(e)
        names |= outlets | cited
    for d in store.iter_documents():
        if d.get("outlet"):
            names.add(str(d["outlet"]))
    records = [track_record(n, source_events(events, n)) for n in names]
    return sorted(records, key=lambda r: (-r["events"], r["name"].casefold()))


def source_page_data(store: Store, name: str) -> tuple[dict[str, Any], list[tuple[Event, list[str]]]]:
    """A source's track record and its events; :class:`NotFound` when no mention or document names it."""
    rows = source_events(store.iter_events(), name)
    if not rows and not any(True for _ in store.iter_documents(outlet=name, limit=1)):
        raise NotFound(f"no outlet or cited source named {name!r}", fix="see every source at /sources")
    return track_record(name, rows), rows


SOURCE_SORTS = {k: (lambda key: lambda r: r[key])(k) for k in ("events", "as_outlet", "as_cited", "confirmed", "refuted", "disputed", "open", "forecasts", "brier")}
SOURCE_SORTS["name"] = lambda r: r["name"].casefold()


def api_sources(store: StoreDep) -> list[dict[str, Any]]:
    """
    \f
    Every outlet and cited source with its track record.
    """
    return all_sources(store)


def api_source(store: StoreDep, name: str) -> dict[str, Any]:
    """
    \f
    One source's track record and the events it reported or was cited for.
    """
    record, rows = source_page_data(store, name)
    return {**record, "event_ids": [e["id"] for e, _ in rows]}


def page_sources(request: Request, store: StoreDep, paging: PagingDep) -> HTMLResponse:
    """Every outlet and cited source with its track record, sorted and paged."""
    listing = paginate(all_sources(store), paging, SOURCE_SORTS, "-events")
    return render(request, "sources.html", {"listing": listing})


def page_source(request: Request, store: StoreDep, paging: PagingDep, name: str) -> Response:
    """A source: its track record and the events it reported or was cited for."""
    record, rows = source_page_data(store, name)
    how: dict[str, list[str]] = {e["id"]: h for e, h in rows}
    listing = paginate([e for e, _ in rows], paging, EVENT_SORTS, "date")
    if paging.export:
        return export_response("events", listing.rows, paging.export, "events")
    documents: Optional[int] = sum(1 for _ in store.iter_documents(outlet=name, limit=10_000))
    return render(request, "source.html", {"s": record, "listing": listing, "how": how, "documents": documents})


def router() -> APIRouter:
    """The source routes."""
    r = APIRouter()
    r.add_api_route("/api/sources", api_sources, methods=["GET"], response_model=list[dict[str, Any]], tags=["sources"],
                    summary="Every outlet and cited source with its track record")
    r.add_api_route("/api/sources/{name}", api_source, methods=["GET"], response_model=dict[str, Any], tags=["sources"],
                    summary="One source's track record: claims confirmed and refuted, forecasts and Brier score")
    r.add_api_route("/sources", page_sources, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    r.add_api_route("/sources/{name}", page_source, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
