"""Flattening of event records into table rows and PLOVER records."""

from __future__ import annotations

import json
from typing import Any, Iterator, Mapping, Optional, cast

from .._types import Actor, Event, Mention
from ..time import date_basis

EVENT_COLUMNS: tuple[str, ...] = (
    "id", "date_start", "date_end", "date_precision", "date_basis", "date_text",
    "cameo", "cameo_root", "cameo_label", "plover", "plover_mode", "quad_class", "goldstein",
    "source_name", "source_code", "source_country", "source_sector", "source_kind",
    "target_name", "target_code", "target_country", "target_sector", "target_kind",
    "location_name", "location_country", "location_lat", "location_lon", "location_geonameid",
    "status", "negated", "certainty", "confidence", "documents", "independent_sources", "mentions",
    "story", "parent", "forecast_probability", "forecast_deadline", "forecast_resolution",
    "first_reported", "first_outlet", "sentence",
)

# GDELT 2.0 event table names where one exists; tidings additions at the end.
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
    "Status", "Certainty", "Negated", "DateBasis",
)


def _get(d: Optional[Mapping[str, Any]], key: str) -> Any:
    return None if not d else d.get(key)


def _first_mention(event: Event) -> Mention:
    mentions = event.get("mentions") or []
    if not mentions:
        return {}
    return min(mentions, key=lambda m: (m.get("published") or "9999", m.get("start") or 0))


def event_row(event: Event) -> dict[str, Any]:
    """One flat row for csv/tsv/parquet; keys are :data:`EVENT_COLUMNS`."""
    t = event.get("type") or {}
    src, tgt = event.get("source"), event.get("target")
    date, loc = event.get("date"), event.get("location")
    fc = event.get("forecast") or {}
    first = _first_mention(event)
    cameo = t.get("cameo")
    return {
        "id": event.get("id"),
        "date_start": _get(date, "start"),
        "date_end": _get(date, "end"),
        "date_precision": _get(date, "precision"),
        "date_basis": date_basis(date),
        "date_text": _get(date, "text"),
        "cameo": cameo,
        "cameo_root": cameo[:2] if cameo else None,
        "cameo_label": t.get("cameo_label"),
        "plover": t.get("plover"),
        "plover_mode": t.get("plover_mode"),
        "quad_class": t.get("quad_class"),
        "goldstein": t.get("goldstein"),
        "source_name": _get(src, "name"),
        "source_code": _get(src, "code"),
        "source_country": _get(src, "country"),
        "source_sector": _get(src, "sector"),
        "source_kind": _get(src, "kind"),
        "target_name": _get(tgt, "name"),
        "target_code": _get(tgt, "code"),
        "target_country": _get(tgt, "country"),
        "target_sector": _get(tgt, "sector"),
        "target_kind": _get(tgt, "kind"),
        "location_name": _get(loc, "name"),
        "location_country": _get(loc, "country"),
        "location_lat": _get(loc, "lat"),
        "location_lon": _get(loc, "lon"),
        "location_geonameid": _get(loc, "geonameid"),
        "status": event.get("status"),
        "negated": bool(event.get("negated")),
        "certainty": event.get("certainty"),
        "confidence": event.get("confidence"),
        "documents": event.get("documents"),
        "independent_sources": event.get("independent_sources"),
        "mentions": len(event.get("mentions") or []),
        "story": event.get("story"),
        "parent": event.get("parent"),
        "forecast_probability": fc.get("probability"),
        "forecast_deadline": fc.get("deadline"),
        "forecast_resolution": fc.get("resolution"),
        "first_reported": first.get("published"),
        "first_outlet": first.get("outlet"),
        "sentence": first.get("sentence"),
    }


def _compact_date(iso: Optional[str]) -> Optional[str]:
    return iso.replace("-", "")[:8] if iso else None


def gdelt_row(event: Event, *, urls: Optional[dict[str, str]] = None) -> dict[str, Any]:
    """One GDELT-like row; ``urls`` maps document ids to their source URLs."""
    t = event.get("type") or {}
    src, tgt = event.get("source") or {}, event.get("target") or {}
    date, loc = event.get("date") or {}, event.get("location") or {}
    first = _first_mention(event)
    cameo = t.get("cameo") or ""
    day = _compact_date(date.get("start"))
    url = None
    if urls and first.get("document"):
        url = urls.get(first["document"])
    return {
        "GLOBALEVENTID": event.get("id"),
        "SQLDATE": day,
        "MonthYear": day[:6] if day else None,
        "Year": day[:4] if day else None,
        "Actor1Code": src.get("code"),
        "Actor1Name": (src.get("name") or "").upper() or None,
        "Actor1CountryCode": src.get("country"),
        "Actor1Type1Code": src.get("sector"),
        "Actor2Code": tgt.get("code"),
        "Actor2Name": (tgt.get("name") or "").upper() or None,
        "Actor2CountryCode": tgt.get("country"),
        "Actor2Type1Code": tgt.get("sector"),
        "IsRootEvent": 0 if event.get("parent") else 1,
        "EventCode": cameo or None,
        "EventBaseCode": cameo[:3] if cameo else None,
        "EventRootCode": cameo[:2] if cameo else None,
        "QuadClass": t.get("quad_class"),
        "GoldsteinScale": t.get("goldstein"),
        "NumMentions": len(event.get("mentions") or []),
        "NumSources": event.get("independent_sources"),
        "NumArticles": event.get("documents"),
        "ActionGeo_FullName": loc.get("name"),
        "ActionGeo_CountryCode": loc.get("country"),
        "ActionGeo_Lat": loc.get("lat"),
        "ActionGeo_Long": loc.get("lon"),
        "ActionGeo_FeatureID": loc.get("geonameid"),
        "DATEADDED": _compact_date(first.get("published")),
        "SOURCEURL": url,
        "Status": event.get("status"),
        "Certainty": event.get("certainty"),
        "Negated": int(bool(event.get("negated"))),
        "DateBasis": date_basis(date),
    }


def _plover_actor(actor: Optional[Actor]) -> list[dict[str, Any]]:
    if not actor:
        return []
    return [{
        "code": actor.get("country") or (actor.get("code") or "")[:3] or None,
        "sector": actor.get("sector"),
        "actor_text": actor.get("text") or actor.get("name"),
        "identifier_text": actor.get("name"),
        "office": actor.get("role"),
    }]


def plover_record(event: Event, *, coder: str = "tidings") -> dict[str, Any]:
    """A PLOVER JSON record for one event (PLOVER data interchange field names)."""
    t = event.get("type") or {}
    date, loc = event.get("date") or {}, event.get("location")
    first = _first_mention(event)
    record: dict[str, Any] = {
        "id": event.get("id"),
        "has_event": True,
        "date": date.get("start"),
        "enddate": date.get("end"),
        "source": _plover_actor(event.get("source")),
        "recipient": _plover_actor(event.get("target")),
        "event": [t["plover"]] if t.get("plover") else [],
        "mode": [t["plover_mode"]] if t.get("plover_mode") else [],
        "quad_code": t.get("quad_class"),
        "event_scale": t.get("goldstein"),
        "event_text": [m.get("sentence") for m in event.get("mentions") or [] if m.get("sentence")],
        "event_loc": None,
        "cite_info": {
            "publication": first.get("outlet"),
            "coder": coder,
            "codebook": "plover (mapped from CAMEO " + (t.get("cameo") or "?") + ")",
        },
        "text_info": {"start": first.get("start"), "end": first.get("end")},
        "coder": coder,
        "comment": f"status={event.get('status')}; certainty={event.get('certainty')}",
    }
    if loc:
        record["event_loc"] = {
            "geonameid": loc.get("geonameid"),
            "name": loc.get("name"),
            "latitude": loc.get("lat"),
            "longitude": loc.get("lon"),
            "cc3": loc.get("country"),
        }
    return record


def _stated(mention: Mention) -> Optional[Mapping[str, Any]]:
    """When a mention was said (``{"date", "basis", ...}``), or None for mentions coded before it was recorded."""
    stated = cast(Mapping[str, Any], mention).get("stated")
    return stated if isinstance(stated, Mapping) else None


def mention_rows(event: Event) -> Iterator[dict[str, Any]]:
    """One flat row per mention of an event (for the mentions table)."""
    for i, m in enumerate(event.get("mentions") or []):
        cited = m.get("cited_source") or {}
        modality = m.get("modality") or {}
        yield {
            "event": event.get("id"),
            "mention": m.get("id") or f"{event.get('id')}#{i}",
            "document": m.get("document"),
            "outlet": m.get("outlet"),
            "published": m.get("published"),
            "start": m.get("start"),
            "end": m.get("end"),
            "sentence": m.get("sentence"),
            "cited_source": cited.get("name"),
            "cited_kind": cited.get("kind"),
            "cited_anonymous": cited.get("anonymous"),
            "modality": ",".join(modality.get("labels") or []),
            "probability": modality.get("probability"),
            "status": m.get("status"),
            "spans": json.dumps(m.get("spans") or {}),
            "stated": _get(_stated(m), "date"),  # when it was said: the act's day, else the report's
            "stated_basis": _get(_stated(m), "basis"),
        }
