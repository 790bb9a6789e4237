"""The story page and the stories list: lede, salience order, window from the URL, background, key sources, forecasts.

The hand-built store of tests/webdata.py, plus a story built here with an old episode and
a late forecast; the seeds' store (model) for the real story.
"""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from webdata import DOCS, EVENT, FORECAST, build  # noqa: E402

from tidings import open_store  # noqa: E402
from tidings.web import create_app  # noqa: E402


def _event(eid, start, *, status="reported", sources=1, docs=1, precision="day", end=None):
    e = {k: v for k, v in EVENT.items() if k not in ("rival_claims", "merge")}
    return {**e, "id": eid, "status": status, "independent_sources": sources, "documents": docs,
            "date": {"start": start, "end": end or start, "precision": precision, "text": None},
            "status_history": [{"status": status, "as_of": start, "by": "Wire One"}],
            "mentions": [dict(EVENT["mentions"][0], id=f"m-{eid}", published=start)]}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build(tmp_path_factory.mktemp("story") / "web.db")
    with open_store(db) as store:
        old = _event("e-old", "2011-06-01", precision="year", end="2011-12-31")
        minor = _event("e-minor", "2021-04-02")
        late = dict(FORECAST, id="e-late", forecast=dict(FORECAST["forecast"], resolution="open", deadline="2021-09-01"),
                    date={"start": "2021-04-01", "end": "2021-09-01", "precision": "range", "text": "by September"})
        lone = _event("e-lone", "2020-01-01")
        store.save_events([old, minor, late, lone])
        store.save_stories([
            {"id": "s-visit", "title": "Leader Alpha visits Betaland", "events": ["e-visit", "e-fc", "e-old", "e-minor", "e-late"],
             "documents": [d["id"] for d in DOCS], "start": "2011-06-01", "end": "2021-09-01"},
            {"id": "s-lone", "title": "A lone event", "events": ["e-lone"], "documents": [], "start": "2020-01-01", "end": "2020-01-01"},
        ])
    return TestClient(create_app(db))


def _rows(html):
    return re.findall(r'<g class="event-row" data-event="([^"]+)"', html)


def test_story_page_leads_with_the_most_salient_event_and_a_lede_from_its_record(client):
    html = client.get("/stories/s-visit").text
    lede = re.search(r'<p class="lede">(.*?)</p>', html, re.S).group(1)
    assert "Unconfirmed reports from 1 April 2021 citing anonymous sources were confirmed by State Agency on 3 April" in lede
    assert "rival claim by Wire Two naming only the sister was on the train" in lede and "refuted" in lede
    assert _rows(html)[0] == "e-visit"


def test_story_window_is_the_storys_own_days_with_the_old_episode_as_background(client):
    html = client.get("/stories/s-visit").text
    svg = re.search(r'<svg[^>]*class="timeline story-timeline"[^>]*>', html).group(0)
    start, end = re.search(r'data-start="([\d-]+)" data-end="([\d-]+)"', svg).groups()
    assert start.startswith("2021-03") and end.startswith("2021-04")  # neither 2011 nor the September horizon
    assert "e-old" not in _rows(html)
    assert 'class="background-band"' in html and 'id="background"' in html
    assert 'class="horizon"' in html  # forecasts beyond the window end in an arrow


def test_from_and_to_in_the_url_choose_the_window_without_script(client):
    html = client.get("/stories/s-visit?from=2011-01-01&to=2021-12-31").text
    assert 'data-start="2011-01-01" data-end="2021-12-31"' in html
    assert "e-old" in _rows(html)  # inside the asked window it is an ordinary row
    assert "Story's own window" in html  # a way back
    narrow = client.get("/stories/s-visit?from=2021-04-03&to=2021-04-03").text
    assert 'data-days="1"' in narrow


@pytest.mark.parametrize("query", ["from=0001-01-01&to=9999-12-31", "from=9999-12-31", "to=0001-01-01", "from=2021-04-05&to=2021-04-01"])
def test_any_readable_window_draws(client, query):
    r = client.get("/stories/s-visit?" + query)
    assert r.status_code == 200 and 'class="timeline story-timeline"' in r.text


@pytest.mark.parametrize("bad", ["2018-13-45", "26/03/2018", "soon"])
def test_unreadable_window_dates_are_named_and_ignored(client, bad):
    r = client.get("/stories/s-visit", params={"from": bad})
    assert r.status_code == 200
    assert "is not a date" in r.text and bad in r.text
    assert 'data-start="2021-03' in r.text


def test_key_sources_and_open_forecasts_beside_the_lede(client):
    html = client.get("/stories/s-visit").text
    side = html.split('class="story-side"')[1].split("</aside>")[0]
    assert "Wire One" in side and "cites anonymous sources" in side
    forecasts = side.split('class="open-forecasts"')[1]
    assert "e-late" in forecasts and "2021-09-01" in forecasts
    assert "/events/e-fc" not in forecasts  # resolved: did not happen


def test_stories_list_and_api_are_ordered_by_salience(client):
    api = client.get("/api/stories").json()
    assert [s["id"] for s in api] == ["s-visit", "s-lone"]
    assert api[0]["salience"] > api[1]["salience"] > 0
    html = client.get("/").text
    assert html.index("Leader Alpha visits Betaland") < html.index("A lone event")
    story = client.get("/api/stories/s-visit").json()
    assert story["events"][0]["id"] == "e-visit"
    assert story["events"][0]["salience"] >= max(e["salience"] for e in story["events"])
    assert story["window"]["start"].startswith("2021-03") and story["background"] == ["e-old"]


def test_story_page_uses_only_its_own_scripts_and_styles(client):
    html = client.get("/stories/s-visit").text
    assert '<script src="/static/timeline.js" defer></script>' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # no inline script
    assert not re.search(r"\son[a-z]+=", html)  # no inline handlers
    for asset in ("/static/timeline.js", "/static/story.css"):
        assert client.get(asset).status_code == 200


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
def test_seed_story_page_puts_the_visit_first_in_its_days(seeds_store):
    from tidings.report.story import core_window

    visits = [e for e in seeds_store.iter_events(cameo="042") if e.get("status") == "confirmed" and e.get("story")]
    visit = max(visits, key=lambda e: e.get("independent_sources") or 0)
    client = TestClient(create_app(seeds_store.name))
    html = client.get(f"/stories/{visit['story']}").text
    assert _rows(html)[0] == visit["id"]
    window = core_window(seeds_store.iter_events(story=visit["story"]))
    assert window is not None and window.days <= 7
    lede = re.search(r'<p class="lede">(.*?)</p>', html, re.S).group(1)
    assert "confirmed by" in lede and "rival claim" in lede
    assert 'class="rival-claim"' in html


def test_stories_list_pages_by_fifty_most_salient_first(tmp_path):
    db = build(tmp_path / "many.db")
    with open_store(db) as store:
        store.save_events([_event(f"e{i:02d}", "2021-04-01", sources=1 + i % 7) for i in range(60)])
        store.save_stories([{"id": f"s{i:02d}", "title": f"Story number {i:02d}", "events": [f"e{i:02d}"], "documents": [],
                             "start": "2021-04-01", "end": "2021-04-01"} for i in range(60)])
    client = TestClient(create_app(db))
    first, second = client.get("/").text, client.get("/?page=2").text
    ids = re.findall(r'href="/stories/(s[\w-]+)" class="story-link"', first + second)
    assert len(ids) == 61 and len(set(ids)) == 61  # 60 one-event stories and the visit, each once
    ranked = [s["id"] for s in client.get("/api/stories").json()]
    assert ids == ranked
    assert 'rel="next"' in first and 'rel="prev"' in second and 'start="51"' in second
    assert client.get("/?page=0").status_code == 422


def test_a_large_store_is_ranked_in_the_background_and_listed_by_size_meanwhile(tmp_path, monkeypatch):
    import time

    from tidings.web.routes.stories import Ranking

    monkeypatch.setattr(Ranking, "SYNC_EVENTS", 0)  # every store counts as large
    db = build(tmp_path / "large.db")
    with open_store(db) as store:
        store.save_events([_event("e-big", "2021-04-01", sources=1)])
        store.save_stories([{"id": "s-big", "title": "Many small events", "events": ["e-big", *[f"e-x{i}" for i in range(5)]],
                             "documents": [], "start": "2021-04-01", "end": "2021-04-01"}])
    client = TestClient(create_app(db))
    first = client.get("/").text
    if "being computed" in first:  # the ranking thread had not finished yet
        assert "salience" not in first.split("<ol")[1]
    deadline = time.monotonic() + 20
    while "most salient first" not in (html := client.get("/").text):
        assert time.monotonic() < deadline, "the ranking never finished"
        time.sleep(0.05)
    assert html.index("Leader Alpha visits Betaland") < html.index("Many small events")  # by salience, not by size
    assert [s["id"] for s in client.get("/api/stories").json()] == ["s-visit", "s-big"]
