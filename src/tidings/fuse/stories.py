"""Stories: a developing situation followed over days, as a group of events and documents.

Two events belong to one story when they are at most ``STORY_GAP_DAYS``
apart and either share a document or share their pair of key actors (source
and target identities, in either order; an event with one actor uses that
actor with its type family). Stories are the connected components of that
relation, found with a union-find over events sorted by date, each event
linked to the latest earlier event with the same key: linear in the number
of events. Forecast records join the story of the document they came from.

A story's id comes from its earliest event, so adding later events keeps it;
its title is drawn from its most reported event (mentions, documents and
independent sources; a main event counts more than a sub-event) ("Kim Jong Un visits
Beijing").
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from typing import Any, Iterable, Mapping, Optional

from .families import Families, load_families
from .similarity import norm_name, parse_date

__all__ = ["build_stories", "title_for", "STORY_GAP_DAYS"]

STORY_GAP_DAYS = 14


def _date(event: Mapping[str, Any]) -> date:
    if event.get("forecast"):  # a forecast belongs to when it was made, not to its deadline
        value = parse_date(event["forecast"].get("published"))
        if value is not None:
            return value
    d = event.get("date") or {}
    value = parse_date(d.get("start"))
    if value is None:
        pubs = [p for p in (parse_date(m.get("published")) for m in event.get("mentions") or []) if p]
        value = min(pubs) if pubs else None
    return value or date.min


def _ident(actor: Optional[Mapping[str, Any]]) -> str:
    if not actor:
        return ""
    return norm_name(actor.get("name")) or (actor.get("code") or "") or (actor.get("country") or "")


def _keys(event: Mapping[str, Any], families: Families) -> list[str]:
    s, t = _ident(event.get("source")), _ident(event.get("target"))
    keys = ["doc:" + str(m.get("document")) for m in event.get("mentions") or [] if m.get("document")]
    if s and t:
        keys.append("pair:" + "|".join(sorted((s, t))))
    elif s or t:
        fam = families.family_of((event.get("type") or {}).get("cameo")).name
        keys.append(f"one:{s or t}|{fam}")
    return keys


def title_for(event: Mapping[str, Any], families: Optional[Families] = None) -> str:
    """A short headline for an event: "<source> <verb> <place or target>"."""
    families = families or load_families()
    cameo = (event.get("type") or {}).get("cameo")
    source = (event.get("source") or {}).get("name") or (event.get("source") or {}).get("code")
    target = (event.get("target") or {}).get("name") or (event.get("target") or {}).get("code")
    place = (event.get("location") or {}).get("name")
    obj = (place or target) if families.names_place(cameo) else (target or place)
    if not source:  # no one to put first: "Use conventional military force: Macau"
        label = (event.get("type") or {}).get("cameo_label") or f"CAMEO {cameo or '?'}"
        return f"{label}: {obj}" if obj else label
    verb = families.verb(cameo)
    return f"{source} {verb} {obj}" if obj else f"{source} {verb.split()[0]}"


def _weight(event: Mapping[str, Any]) -> float:
    """How central an event is to its story: reports and sources, main events over sub-events."""
    n: float = len(event.get("mentions") or []) + 2 * (event.get("documents") or 0) + (event.get("independent_sources") or 0)
    if event.get("parent"):
        n *= 0.5
    if (event.get("date") or {}).get("start"):
        n += 1
    return n


def _story_id(event: Mapping[str, Any]) -> str:
    return "s-" + hashlib.sha1(str(event["id"]).encode()).hexdigest()[:12]


def build_stories(events: Iterable[dict[str, Any]], *, families: Optional[Families] = None, gap_days: int = STORY_GAP_DAYS) -> list[dict[str, Any]]:
    """Group events into stories; sets each event's ``story`` and returns the story records."""
    families = families or load_families()
    dated = sorted(((_date(e), str(e.get("id")), e) for e in events), key=lambda t: (t[0], t[1]))
    evs = [t[2] for t in dated]
    when_of = [t[0] for t in dated]
    parent = list(range(len(evs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    last: dict[str, int] = {}
    gap = timedelta(days=gap_days)
    for i, e in enumerate(evs):
        when = when_of[i]
        for key in _keys(e, families):
            j = last.get(key)
            if j is not None and (when == date.min or when_of[j] == date.min or when - when_of[j] <= gap):
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)  # the earlier event stays the root
            last[key] = i
    by_id = {e["id"]: i for i, e in enumerate(evs)}
    for i, e in enumerate(evs):  # sub-events follow their parent
        if e.get("parent") in by_id:
            a, b = find(i), find(by_id[e["parent"]])
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(evs)):
        groups.setdefault(find(i), []).append(i)
    stories = []
    for root, idxs in sorted(groups.items()):
        sid = _story_id(evs[root])
        members = [evs[i] for i in idxs]
        real_idx = [i for i in idxs if not evs[i].get("forecast")] or idxs
        main = evs[max(real_idx, key=lambda i: (_weight(evs[i]), -i))]
        dates = [when_of[i] for i in real_idx if when_of[i] != date.min]
        docs = sorted({str(m.get("document")) for e in members for m in e.get("mentions") or [] if m.get("document")})
        for e in members:
            e["story"] = sid
        stories.append({
            "id": sid,
            "title": title_for(main, families),
            "events": [e["id"] for e in members],
            "documents": docs,
            "start": min(dates).isoformat() if dates else None,
            "end": max((parse_date((evs[i].get("date") or {}).get("end")) or when_of[i]) for i in real_idx if when_of[i] != date.min).isoformat() if dates else None,
        })
    return stories
