"""Builders of mention records in the shape the `code` stage produces (no tests here)."""

from __future__ import annotations

import itertools
from typing import Any, Optional

_COUNTER = itertools.count()

PEOPLE = {
    "Kim Jong Un": ("PRKGOV", "PRK", "person"),
    "Kim Jong Il": ("PRKGOV", "PRK", "person"),
    "Kim Yo Jong": ("PRKGOV", "PRK", "person"),
    "Xi Jinping": ("CHNGOV", "CHN", "person"),
    "Moon Jae-in": ("KORGOV", "KOR", "person"),
    "Donald Trump": ("USAGOV", "USA", "person"),
    "China": ("CHN", "CHN", "country"),
    "North Korea": ("PRK", "PRK", "country"),
    "South Korea": ("KOR", "KOR", "country"),
    "United States": ("USA", "USA", "country"),
}
PLACES = {"Beijing": "CHN", "Pyongyang": "PRK", "Singapore": "SGP", "Panmunjom": "KOR", "Seoul": "KOR"}
SOURCES = {
    "Xinhua": {"name": "Xinhua", "kind": "state_media", "anonymous": False, "state_media": True, "country": "CHN"},
    "KCNA": {"name": "KCNA", "kind": "state_media", "anonymous": False, "state_media": True, "country": "PRK"},
    "anonymous": {"name": "", "kind": "anonymous", "anonymous": True, "state_media": False},
    "South Korean media": {"name": "South Korean media", "kind": "media", "anonymous": False, "state_media": False, "country": "KOR"},
    "Yonhap": {"name": "Yonhap", "kind": "agency", "anonymous": False, "state_media": False, "country": "KOR"},
}
LABELS = {"042": "Make a visit", "043": "Host a visit", "040": "Consult", "036": "Express intent to meet", "190": "Use conventional military force"}


def actor(name: Optional[str]) -> Optional[dict]:
    if name is None:
        return None
    code, country, kind = PEOPLE[name]
    return {"name": name, "code": code, "country": country, "sector": code[3:] or None, "kind": kind, "text": name}


def mention(
    source: Optional[str] = "Kim Jong Un",
    target: Optional[str] = "China",
    *,
    cameo: str = "042",
    date: Optional[str] = "2018-03-26",
    end: Optional[str] = None,
    date_text: Optional[str] = None,
    place: Optional[str] = "Beijing",
    status: str = "reported",
    published: str = "2018-03-27",
    document: Optional[str] = None,
    outlet: str = "Bloomberg",
    original_outlet: Optional[str] = None,
    cited: Any = None,
    sentence: Optional[str] = None,
    trigger: str = "visit",
    probability: Optional[float] = None,
    update: bool = False,
    certainty: float = 0.7,
    id: Optional[str] = None,
    author: Optional[str] = None,
) -> dict:
    """One mention record (an Event dict with a single mention)."""
    n = next(_COUNTER)
    document = document or f"d{n}"
    if isinstance(cited, str):
        cited = dict(SOURCES[cited])
    sentence = sentence or f"{source or 'Someone'} {trigger}s {place or target or ''} by train, {outlet} said."
    labels = ["future"] if status == "forecast" else (["negated"] if status == "denied" else [])
    m = {
        "document": document,
        "outlet": outlet,
        "original_outlet": original_outlet,
        "published": published,
        "sentence": sentence,
        "start": 0,
        "end": len(sentence),
        "cited_source": cited,
        "modality": {"labels": labels, "probability": probability},
        "status": status,
        "certainty": certainty,
        "update": update,
    }
    if author:
        m["author"] = author
    return {
        "id": id or f"m-{document}-{n}",
        "type": {"cameo": cameo, "cameo_label": LABELS.get(cameo, ""), "plover": "", "plover_mode": None, "quad_class": 1, "goldstein": 1.9, "trigger": trigger},
        "source": actor(source),
        "target": actor(target),
        "date": {"start": date, "end": end or date, "precision": "day", "text": date_text} if date else None,
        "location": {"name": place, "country": PLACES[place], "lat": None, "lon": None, "geonameid": None, "text": place} if place else None,
        "status": status,
        "negated": status == "denied",
        "certainty": certainty,
        "mentions": [m],
    }


def store_of(path, mentions) -> str:
    """A store at ``path`` holding ``mentions`` (records made by :func:`mention`) document by document, fused."""
    from tidings.fuse import update_store
    from tidings.store import open_store

    with open_store(path) as store:
        for doc in sorted({m["mentions"][0]["document"] for m in mentions}):
            group = [m for m in mentions if m["mentions"][0]["document"] == doc]
            first = group[0]["mentions"][0]
            store.add_document({"id": doc, "text": f"text {doc}", "outlet": first["outlet"], "published": first["published"]})
            store.replace_mentions(doc, group)
        update_store(store)
    return str(path)
