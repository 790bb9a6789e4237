"""A small store built by hand for the web tests (no model needed)."""

from __future__ import annotations

from tidings.store import open_store

DOCS = [
    {"id": "d-one", "title": "Leader said to visit capital", "outlet": "Wire One", "published": "2021-04-01", "language": "en",
     "text": "Leader Alpha arrived in Capital City, sources said. <script>alert('x')</script>", "words": 10,
     "removed": [{"text": "Subscribe now", "start": 0, "end": 13, "reason": "subscribe"}]},
    {"id": "d-two", "title": "State agency confirms visit", "outlet": "State Agency", "published": "2021-04-03", "language": "en",
     "text": "The state agency confirmed that Leader Alpha met President Beta in Capital City.", "words": 13},
]


def mention(mid, doc, outlet, published, sentence, *, anonymous=False, status="unconfirmed"):
    return {
        "id": mid, "document": doc, "outlet": outlet, "published": published, "sentence": sentence, "start": 0,
        "end": len(sentence),
        "cited_source": {"name": "unnamed sources", "kind": "anonymous", "anonymous": True} if anonymous else
        {"name": outlet, "kind": "state_media", "anonymous": False, "state_media": True},
        "modality": {"labels": ["reported"], "probability": None}, "status": status,
        "spans": {"source": [0, 12], "trigger": [13, 20], "location": [24, 36]},
    }


EVENT = {
    "id": "e-visit",
    "type": {"cameo": "042", "cameo_label": "Make a visit", "plover": "CONSULT", "plover_mode": "visit", "quad_class": 1, "goldstein": 1.9},
    "source": {"name": "Leader Alpha", "code": "ALPGOV", "country": None, "sector": "GOV", "kind": "person"},
    "target": {"name": "Betaland", "code": "BETGOV", "country": None, "sector": "GOV", "kind": "country"},
    "date": {"start": "2021-03-31", "end": "2021-04-02", "precision": "range", "text": "this week"},
    "location": {"name": "Capital City", "country": "CHN", "lat": 39.9, "lon": 116.4, "geonameid": 1816670, "text": "Capital City"},
    "status": "confirmed", "negated": False, "certainty": 0.95,
    "mentions": [mention("m1", "d-one", "Wire One", "2021-04-01", "Leader Alpha arrived in Capital City, sources said. <b>bold</b>", anonymous=True),
                 mention("m2", "d-two", "State Agency", "2021-04-03", "Leader Alpha met President Beta in Capital City.", status="confirmed")],
    "documents": 2, "independent_sources": 2,
    "status_history": [{"status": "unconfirmed", "as_of": "2021-04-01", "by": "Wire One (unnamed sources)"},
                       {"status": "confirmed", "as_of": "2021-04-03", "by": "State Agency"}],
    "rival_claims": [{"claim": "only the sister was on the train", "by": "Wire Two", "refuted": True, "refuted_by": "State Agency"}],
    "merge": [{"mention": "m2", "keys": ["actors", "date", "type-family"], "score": 0.83}],
}

FORECAST = {
    "id": "e-fc",
    "type": {"cameo": "040", "cameo_label": "Consult", "plover": "CONSULT", "plover_mode": None, "quad_class": 1, "goldstein": 1.0},
    "source": {"name": "Leader Alpha", "code": "ALPGOV", "country": None, "sector": "GOV", "kind": "person"},
    "target": {"name": "President Gamma", "code": "GAMGOV", "country": None, "sector": "GOV", "kind": "person"},
    "date": {"start": "2021-04-10", "end": "2021-05-01", "precision": "range", "text": "before May"},
    "location": None, "status": "forecast", "negated": False, "certainty": 0.6,
    "mentions": [mention("m3", "d-one", "Wire One", "2021-04-01", "Leader Alpha could meet President Gamma before May.", status="forecast")],
    "documents": 1, "independent_sources": 1,
    "status_history": [{"status": "forecast", "as_of": "2021-04-01", "by": "Wire One"}],
    "forecast": {"probability": 0.6, "deadline": "2021-05-01", "forecaster": "Wire One (A. Analyst)", "resolution": "did_not_happen", "resolved_by": None},
}


def build(path) -> str:
    with open_store(str(path)) as store:
        for d in DOCS:
            store.add_document(dict(d))
        store.save_events([dict(EVENT), dict(FORECAST)])
        store.save_stories([{"id": "s-visit", "title": "Leader Alpha visits Betaland", "events": ["e-visit", "e-fc"],
                             "documents": ["d-one", "d-two"], "start": "2021-03-31", "end": "2021-05-01"}])
    return str(path)
