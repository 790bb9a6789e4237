"""The web app in a real headless Chromium: open a story, see its timeline, click an event, see the evidence.

Uses Debian's chromium (installed by `make test` when missing) driven by Playwright's
Python package; skipped when no Chromium is on the machine. Screenshots are saved in
tests/artifacts/.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
sync_api = pytest.importorskip("playwright.sync_api")

from webdata import build  # noqa: E402

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from tidings.web import create_app

    db = build(tmp_path_factory.mktemp("browser") / "web.db")
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        outside = []
        pg.on("request", lambda req: outside.append(req.url) if not req.url.startswith("http://127.0.0.1") else None)
        pg.outside_requests = outside
        yield pg
        browser.close()


def test_story_timeline_click_through_to_highlighted_evidence(server, page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(server + "/")
    page.click("a.story-link")
    page.wait_for_selector("#timeline svg.timeline")
    assert page.locator("#timeline rect.status-seg").count() >= 3  # unconfirmed -> confirmed, plus the forecast
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)
    page.click("#timeline a.event-link >> nth=0")
    page.wait_for_selector("td.evidence mark.span-trigger")
    assert page.locator("td.evidence mark").count() >= 4
    assert "anonymous" in page.inner_text("table.mentions")
    page.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)
    assert (ARTIFACTS / "event.png").stat().st_size > 10_000
    assert page.outside_requests == []


def test_map_draws_country_shapes_and_event_points_offline(server, page):
    page.goto(server + "/map")
    assert page.locator("path.land").count() > 100
    assert page.locator("circle.point").count() == 1
    page.screenshot(path=str(ARTIFACTS / "map.png"))
    assert page.outside_requests == []


def test_script_in_article_text_does_not_run(server, page):
    messages = []
    page.on("dialog", lambda d: (messages.append(d.message), d.dismiss()))
    page.goto(server + "/documents/d-one")
    assert "<script>alert('x')</script>" in page.inner_text("article.text")
    assert messages == []
