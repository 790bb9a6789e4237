"""What the store derives from a record: key columns, searchable text, the actors an event names.

Pure functions of a record, used when it is written and by the migration
that fills the columns of records written before them.
"""

from __future__ import annotations

import datetime as _dt
import functools
import math
from typing import Any, Mapping, Optional

from ..time import parse_day
from .query import fold

__all__ = ["key", "event_columns", "event_label", "event_text", "event_actors", "actor_id", "story_columns", "fold_name", "salience_columns", "SALIENCE_WEIGHTS"]


def key(value: Any, *path: str) -> Any:
    """``value[path[0]][path[1]]...``, or None where a step is missing or not a mapping."""
    for part in path:
        if not isinstance(value, dict):  # records are JSON: plain dicts (and a dict check is cheap)
            return None
        value = value.get(part)
    return value


def _text(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value else None


def _number(value: Any) -> Optional[float]:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def fold_name(name: Any) -> Optional[str]:
    """A name as the actor filter compares it: case-folded, accents dropped, spaces kept."""
    if not isinstance(name, str) or not name.strip():
        return None
    return " ".join(fold(w) for w in name.split())[:300]


def event_columns(ev: Mapping[str, Any]) -> dict[str, Any]:
    """The key columns of a fused event (those migration 1 and 2 declare), from its record."""
    cameo = key(ev, "type", "cameo")
    start = _text(key(ev, "date", "start"))
    lat, lon = _number(key(ev, "location", "lat")), _number(key(ev, "location", "lon"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        lat = lon = None
    return {
        "cameo": cameo if isinstance(cameo, str) else None,
        "root": cameo[:2] if isinstance(cameo, str) else None,
        "source_code": _text(key(ev, "source", "code")),
        "target_code": _text(key(ev, "target", "code")),
        "source_country": _text(key(ev, "source", "country")),
        "target_country": _text(key(ev, "target", "country")),
        "date_start": start,
        "date_end": _text(key(ev, "date", "end")) or start,
        "status": _text(ev.get("status")),
        "story": _text(ev.get("story")),
        "parent": _text(ev.get("parent")),
        "sort_date": start or "",
        "source_name": fold_name(key(ev, "source", "name")),
        "target_name": fold_name(key(ev, "target", "name")),
        "place": (_text(key(ev, "location", "name")) or "")[:300] or None,
        "place_country": _text(key(ev, "location", "country")),
        "lat": lat,
        "lon": lon,
    }


def event_label(ev: Mapping[str, Any]) -> str:
    """A short label of an event: "Source: what → Target"."""
    src, tgt = _text(key(ev, "source", "name")), _text(key(ev, "target", "name"))
    what = _text(key(ev, "type", "cameo_label")) or _text(key(ev, "type", "cameo")) or "event"
    title = f"{src}: {what}" if src else what
    return f"{title} → {tgt}" if tgt else title


def event_text(ev: Mapping[str, Any]) -> tuple[str, str]:
    """``(title, body)`` searched for an event: its label, then actors, type, place and mention sentences."""
    title = event_label(ev)
    parts: list[str] = []
    for side in ("source", "target"):
        for field in ("name", "code", "role", "text"):
            v = _text(key(ev, side, field))
            if v and v not in parts:
                parts.append(v)
    for v in (key(ev, "type", "trigger"), key(ev, "type", "plover"), key(ev, "location", "name"), key(ev, "date", "text")):
        if _text(v) and v not in parts:
            parts.append(v)
    sentences: list[str] = []
    for m in ev.get("mentions") or []:
        s = _text(key(m, "sentence"))
        if s and s not in sentences:
            sentences.append(s)
        if len(sentences) >= 10:
            break
    return title, " | ".join(parts + sentences)


def actor_id(code: Optional[str], name: str) -> str:
    """The key of an actor row: its code and its name."""
    return f"{code or ''}|{name}"[:400]


def event_actors(ev: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The actor rows (``id``, ``code``, ``name``, ``country``, ``kind``) an event names."""
    out = []
    for side in ("source", "target"):
        actor = ev.get(side)
        name = _text(key(actor, "name"))
        code = _text(key(actor, "code"))
        if not name and not code:
            continue
        name = (name or code or "")[:300]
        out.append({"id": actor_id(code, name), "code": code, "name": name,
                    "country": _text(key(actor, "country")), "kind": _text(key(actor, "kind"))})
    return out


def story_columns(st: Mapping[str, Any]) -> dict[str, Any]:
    """The key columns of a story: title, start, end, and how many events and documents it lists."""
    events, documents = st.get("events") or [], st.get("documents") or []
    return {"title": st.get("title"), "start": st.get("start"), "end": st.get("end"),
            "n_events": len(events) if isinstance(events, list) else 0,
            "n_documents": len(documents) if isinstance(documents, list) else 0}


# -- salience inputs (the formula of tidings.report.salience, without the recency part) ------------------

SALIENCE_WEIGHTS: dict[str, float] = {"sources": 1.0, "documents": 0.5, "in_title": 1.0, "goldstein": 0.5, "recency": 0.5}
"""The weights of :mod:`tidings.report.salience` (which takes them from here)."""
_UNREAL = ("forecast", "hypothetical")


@functools.lru_cache(maxsize=65536)
def _day(value: str, end: bool) -> Optional[_dt.date]:
    return parse_day(value, end=end)


def _day_of(value: Any, *, end: bool = False) -> Optional[_dt.date]:
    return _day(value, end) if isinstance(value, str) else parse_day(value, end=end)


def _last_day(ev: Mapping[str, Any]) -> Optional[_dt.date]:
    """The event's last known day: its last status change or, when it happened, its end date; else its first day."""
    days = [_day_of(h.get("as_of")) for h in ev.get("status_history") or [] if isinstance(h, dict)]
    if (ev.get("status") or "") not in _UNREAL:
        days.append(_day_of(key(ev, "date", "end"), end=True))
    known = [d for d in days if d is not None]
    if known:
        return max(known)
    own = _day_of(key(ev, "date", "start"))
    if own is not None:
        return own
    reported = [d for h in ev.get("status_history") or [] if isinstance(h, dict) and (d := _day_of(h.get("as_of"))) is not None]
    if not reported:
        reported = [d for m in ev.get("mentions") or [] if isinstance(m, dict) and (d := _day_of(m.get("published"))) is not None]
    return min(reported) if reported else None


def _count(value: Any) -> int:
    """A whole number from a record's count field; 0 when it is missing or not a number."""
    try:
        return int(value or 0)
    except (TypeError, ValueError, OverflowError):
        return 0


def salience_columns(ev: Mapping[str, Any]) -> dict[str, Any]:
    """What an event's salience is computed from without reading its record.

    ``salience_base``: the sum of the weighted parts other than recency
    (sources, documents, in_title, goldstein, in that order, as
    :func:`tidings.report.salience.salience_parts` sums them);
    ``salience_last``: the ISO day recency counts from (None when unknown);
    ``salience_factor``: 0.5 for a forecast or hypothetical event, times
    0.5 for a sub-event, else 1. The score for a reference day is
    ``round((base + 0.5 * 0.5 ** (age / 30)) * factor, 4)``
    (:func:`tidings.report.salience.score_from_columns`).
    """
    goldstein = key(ev, "type", "goldstein")
    in_title = any(isinstance(m, dict) and m.get("in_title") for m in ev.get("mentions") or [])
    raw = {
        "sources": math.log2(1 + max(0, _count(ev.get("independent_sources")))),
        "documents": math.log2(1 + max(0, _count(ev.get("documents")))),
        "in_title": 1.0 if in_title else 0.0,
        "goldstein": min(1.0, abs(float(goldstein)) / 10.0) if isinstance(goldstein, (int, float)) else 0.0,
    }
    base = 0.0
    for k, v in raw.items():
        base += SALIENCE_WEIGHTS[k] * v
    factor = 1.0
    if (ev.get("status") or "") in _UNREAL or ev.get("forecast"):
        factor *= 0.5
    if ev.get("parent"):
        factor *= 0.5
    last = _last_day(ev)
    return {"salience_base": base, "salience_last": last.isoformat() if last else None, "salience_factor": factor}
