"""How the web app is put together: routers per page family, state on the app, the OpenAPI text."""

from __future__ import annotations

import re
import sys

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from webdata import build  # noqa: E402

from tidings import MissingExtra  # noqa: E402
from tidings.web import create_app  # noqa: E402

JSON_ROUTES = ["/api/stories", "/api/stories/{story_id}", "/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{code}",
               "/api/sources", "/api/sources/{name}", "/api/forecasts", "/api/documents", "/api/documents/{doc_id}", "/api/search", "/api/map"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("web-routes") / "web.db")


def test_json_api_is_described_in_its_order_by_summaries_alone(db):
    spec = TestClient(create_app(db)).get("/openapi.json").json()
    assert list(spec["paths"]) == JSON_ROUTES
    ops = [op for path in spec["paths"].values() for op in path.values()]
    assert all(op["summary"] and "description" not in op for op in ops)
    assert [op["operationId"] for op in ops][:2] == ["api_stories_api_stories_get", "api_story_api_stories__story_id__get"]


def test_api_page_lists_the_json_routes_in_the_same_order(db):
    html = TestClient(create_app(db)).get("/api").text
    assert re.findall(r"<td><code>([^<]+)</code></td>", html) == JSON_ROUTES


def test_each_app_serves_its_own_store(tmp_path):
    one = TestClient(create_app(build(tmp_path / "one.db"), read_only=False))
    two = TestClient(create_app(build(tmp_path / "two.db"), read_only=False))
    assert one.app.state.store is not two.app.state.store
    two.app.state.store.save_stories([{"id": "s-new", "title": "Only in two", "events": [], "documents": []}])
    assert [s["id"] for s in one.get("/api/stories").json()] == ["s-visit"]
    assert "s-new" in [s["id"] for s in two.get("/api/stories").json()]
    assert "Only in two" in two.get("/").text and "Only in two" not in one.get("/").text


def test_without_fastapi_the_app_names_the_missing_extra(db, monkeypatch):
    monkeypatch.setitem(sys.modules, "fastapi", None)
    with pytest.raises(MissingExtra, match="fastapi"):
        create_app(db)
