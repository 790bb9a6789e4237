"""The map: events at their place, country-only locations drawn apart, markers shared, keyboard and text alternatives."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from webdata import EVENT, build  # noqa: E402

from tidings import open_store  # noqa: E402
from tidings.web import create_app  # noqa: E402
from tidings.web.mapdata import countries, map_available, project  # noqa: E402
from tidings.web.routes.maps import locate, markers  # noqa: E402

needs_shapes = pytest.mark.skipif(map_available() is not None, reason="Natural Earth shapes not installed")


def _at(eid, location):
    return {**{k: v for k, v in EVENT.items() if k != "merge"}, "id": eid, "location": location,
            "mentions": [dict(EVENT["mentions"][0], id=f"m-{eid}")]}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build(tmp_path_factory.mktemp("map") / "web.db")
    with open_store(db) as store:
        store.save_events([
            _at("e-country", {"name": "China", "country": "CHN", "lat": 35.0, "lon": 105.0}),
            _at("e-nocoords", {"name": "Japan", "country": "JPN", "lat": None, "lon": None}),
            _at("e-same", {"name": "Capital City", "country": "CHN", "lat": 39.9, "lon": 116.4}),
        ])
    return TestClient(create_app(db))


@needs_shapes
@pytest.mark.parametrize("location, precision", [
    ({"name": "Beijing", "country": "CHN", "lat": 39.9, "lon": 116.4}, "place"),
    ({"name": "China", "country": "CHN", "lat": 35.0, "lon": 105.0}, "country"),
    ({"name": "People's Republic of China", "country": "CHN", "lat": 35.0, "lon": 105.0}, "country"),
    ({"name": "Japan", "country": "JPN", "lat": None, "lon": None}, "country"),
])
def test_places_keep_their_coordinates_and_countries_fall_back_to_a_point_inside(location, precision):
    where = locate({"location": location})
    assert where is not None and where["precision"] == precision
    if precision == "place":
        assert (where["lat"], where["lon"]) == (location["lat"], location["lon"])
    else:
        assert (where["lat"], where["lon"]) == countries()[location["country"]]["centre"]


def test_an_event_without_place_or_country_is_not_drawn():
    assert locate({"location": None}) is None
    assert locate({"location": {"name": "Nowhere", "country": None, "lat": None, "lon": None}}) is None


def test_events_at_the_same_point_share_a_marker_most_salient_first():
    x, y = project(10, 20)
    pts = [{"id": i, "x": x, "y": y, "lat": 10, "lon": 20, "place": "P", "country": "AAA", "precision": "place", "colour": "#000",
            "salience": s} for i, s in (("a", 3.0), ("b", 1.0))]
    pts.append({**pts[1], "id": "c", "precision": "country"})
    groups = markers(pts)
    assert [len(g["events"]) for g in groups] == [2, 1]
    assert groups[0]["events"][0]["id"] == "a" and groups[0]["r"] > groups[1]["r"]


@needs_shapes
def test_map_page_draws_places_filled_and_countries_as_rings_with_a_list(client):
    html = client.get("/map").text
    assert html.count('class="point point-place"') == 1  # e-visit and e-same share Capital City
    assert html.count('class="point point-country"') == 2  # China by name, Japan without coordinates
    table = html.split('class="map-list"')[1]
    assert "Capital City" in table and "country only" in table and "/events/e-nocoords" in table
    assert "known only by their country" in html


def test_map_pages_through_located_events_newest_first(client, monkeypatch):
    from tidings.web.routes import maps

    monkeypatch.setattr(maps, "PAGE", 2)
    first, second = client.get("/map").text, client.get("/map?page=2").text
    assert "page 1 of 2" in first and 'rel="next"' in first and 'rel="prev"' in second
    ids = lambda html: set(re.findall(r'<td><ul class="plain"><li><a href="/events/([^"]+)"', html))  # noqa: E731
    assert ids(first) and ids(second) and not ids(first) & ids(second) - {"e-nocoords"}
    assert client.get("/map?page=0").status_code == 422


def test_map_is_keyboard_reachable_and_scripted_from_its_own_file(client):
    html = client.get("/map").text
    assert re.search(r'<a href="/events/[^"]+" class="marker" aria-label="[^"]+">', html)
    assert '<script src="/static/map.js" defer></script>' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html) and not re.search(r"\son[a-z]+=", html)
    assert client.get("/static/map.js").status_code == 200
    assert '<label for="map-status">' in html


def test_api_map_says_how_precise_each_point_is(client):
    points = {p["id"]: p for p in client.get("/api/map").json()}
    assert points["e-same"]["precision"] == "place"
    if map_available() is None:
        assert points["e-country"]["precision"] == "country" and points["e-nocoords"]["precision"] == "country"
    story = client.get("/api/map", params={"status": "forecast"}).json()
    assert story == []
