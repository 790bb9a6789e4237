"""What the store derives from a record: key columns, searchable text, the actors an event names.

Pure functions of a record, used when it is written and by the migration
that fills the columns of records written before them.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from .query import fold

__all__ = ["key", "event_columns", "event_label", "event_text", "event_actors", "actor_id", "story_columns", "fold_name"]


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
