"""The web app over a hand-built store: pages, JSON API, escaping, read-only, offline."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from webdata import build  # noqa: E402

from tidings import StoreError  # noqa: E402
from tidings._options import Options  # noqa: E402
from tidings.fuse.forecasts import forecast_scores  # noqa: E402
from tidings.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build(tmp_path_factory.mktemp("web") / "web.db")
    return TestClient(create_app(db))


@pytest.mark.parametrize("path, expected", [
    ("/", "Leader Alpha visits Betaland"),
    ("/stories/s-visit", 'class="timeline'),
    ("/events/e-visit", "Status history"),
    ("/events", "Make a visit"),
    ("/actors/ALPGOV", "Counterparts"),
    ("/actors/Leader%20Alpha", "Roles over time"),
    ("/map", "located events"),
    ("/forecasts", "Brier"),
    ("/search?q=confirmed", "State agency confirms visit"),
    ("/documents", "Leader said to visit capital"),
    ("/actors", "Leader Alpha"),
    ("/sources", "Wire One"),
    ("/sources/State%20Agency", "Track record"),
    ("/documents/d-one", "Removed as boilerplate"),
    ("/api", "/api/events"),
])
def test_every_page_renders(client, path, expected):
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    assert expected in r.text


def test_event_page_highlights_evidence_and_flags_anonymous_sources(client):
    html = client.get("/events/e-visit").text
    assert '<mark class="span-source"' in html and '<mark class="span-trigger"' in html
    assert "anonymous" in html and "state media" in html
    assert "score 0.83" in html  # why the mention was merged
    assert "refuted" in html  # the rival claim


def test_article_text_is_escaped_everywhere(client):
    for path in ("/documents/d-one", "/events/e-visit", "/search?q=arrived"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<b>bold</b>" not in html


def test_no_page_loads_anything_from_the_internet(client):
    for path in ("/", "/stories/s-visit", "/events/e-visit", "/map", "/forecasts"):
        r = client.get(path)
        assert not re.search(r'(src|href)="(https?:)?//', r.text)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert not re.search(r"<script(?![^>]*\bsrc=)", r.text) and not re.search(r"\son[a-z]+=", r.text)  # no inline script or handler


def test_json_api_filters_like_the_cli(client):
    assert [e["id"] for e in client.get("/api/events?status=forecast").json()] == ["e-fc"]
    assert [e["id"] for e in client.get("/api/events?type=042").json()] == ["e-visit"]
    assert client.get("/api/events?from=2021-04-05").json()[0]["id"] == "e-fc"
    assert client.get("/api/events/nope").status_code == 404
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/stories/{story_id}" in spec["paths"]


def test_map_points_are_projected_from_coordinates(client):
    pts = client.get("/api/map").json()
    assert len(pts) == 1 and pts[0]["id"] == "e-visit"
    assert pts[0]["x"] == pytest.approx((116.4 + 180) * 1000 / 360, abs=0.1)


def test_app_is_read_only_by_default(client):
    store = client.app.state.store
    with pytest.raises(StoreError, match="read-?only"):
        store.save_stories([{"id": "s-new", "title": "x", "events": [], "documents": []}])


def test_forecasts_page_scores_the_forecaster_with_the_fusion_stage(client, tmp_path):
    scores = client.get("/api/forecasts").json()["scores"]
    assert scores["outlets"]["Wire One (A. Analyst)"]["n"] == 1
    assert scores["outlets"]["Wire One (A. Analyst)"]["brier"] is None  # one resolved forecast: fewer than the default minimum
    one = TestClient(create_app(build(tmp_path / "one.db"), options=Options(brier_min_forecasts=1)))
    scores = one.get("/api/forecasts").json()["scores"]
    assert scores["forecasters"]["Wire One (A. Analyst)"]["brier"] == pytest.approx(0.36)
    assert "Brier" in one.get("/forecasts").text and "0.360" in one.get("/forecasts").text


@pytest.mark.parametrize("rows, expected", [
    ([{"forecaster": "A", "probability": 0.8, "resolution": "came_true"}], {"A": {"n": 1, "brier": 0.04}}),
    ([{"forecaster": "A", "probability": 0.8, "resolution": "did_not_happen"},
      {"forecaster": "A", "probability": 0.5, "resolution": "open"}], {"A": {"n": 1, "brier": 0.64}}),
    ([{"forecaster": None, "probability": None, "resolution": "came_true"}], {}),
])
def test_brier_scores_count_only_resolved_forecasts_with_a_probability(rows, expected):
    outlets = forecast_scores([{"forecast": r} for r in rows])["outlets"]
    assert {k: {"n": v["n"], "brier": round(v["brier"], 4)} for k, v in outlets.items()} == expected


def test_serving_opens_the_file_without_writing_to_it(tmp_path):
    db = build(tmp_path / "web.db")
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    c = TestClient(create_app(db))
    assert c.get("/events").status_code == 200
    c.app.state.store.close()
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir() if p.name in before} == before


@pytest.mark.parametrize("content", [b"", b"not a database at all"])
def test_serving_refuses_a_file_that_is_not_a_store(tmp_path, content):
    path = tmp_path / "other.db"
    path.write_bytes(content)
    with pytest.raises(StoreError):
        create_app(str(path))
