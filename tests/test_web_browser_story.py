"""The story view, its time brush, the map and the report in a real headless Chromium (Playwright).

On the seeds (model): the story page shows the visit first, its rumour-to-confirmation days
take a readable share of the axis, the rival claim is on screen, tick labels do not overlap;
screenshots go to tests/artifacts/ (and to docs/screenshots/, story.png and report.png, with
TIDINGS_UPDATE_SCREENSHOTS=1: `make screenshots`). On the
hand-built store: the brush and the keyboard change the window, the map zooms by keyboard.
Skipped when no Chromium is on the machine.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
sync_api = pytest.importorskip("playwright.sync_api")

from webdata import build  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(__file__).parent / "artifacts"
# the docs' screenshots are rewritten only on request (`make screenshots`); otherwise they go with the test artifacts
SCREENSHOTS = ROOT / "docs" / "screenshots" if os.environ.get("TIDINGS_UPDATE_SCREENSHOTS") else ARTIFACTS / "docs"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine")]


def _serve(db):
    import uvicorn

    from tidings.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", srv, thread


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.outside = []
    pg.on("request", lambda req: pg.outside.append(req.url) if not req.url.startswith(("http://127.0.0.1", "file:")) else None)
    yield pg
    context.close()


@pytest.fixture(scope="module")
def small_server(tmp_path_factory):
    url, srv, thread = _serve(build(tmp_path_factory.mktemp("browser-story") / "web.db"))
    yield url
    srv.should_exit = True
    thread.join(timeout=10)


def _window(page):
    svg = page.locator("#timeline svg.story-timeline")
    return svg.get_attribute("data-start"), svg.get_attribute("data-end"), int(svg.get_attribute("data-days"))


def _boxes_overlap(a, b):
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"])


def test_dragging_the_brush_narrows_the_window_through_the_url(small_server, page):
    page.goto(small_server + "/stories/s-visit")
    start, end, days = _window(page)
    plot = page.locator("#timeline rect.plot-area").bounding_box()
    y = plot["y"] + 20
    page.mouse.move(plot["x"] + plot["width"] * 0.30, y)
    page.mouse.down()
    page.mouse.move(plot["x"] + plot["width"] * 0.45, y, steps=5)
    assert page.locator("#timeline rect.brush").is_visible()
    with page.expect_navigation():
        page.mouse.move(plot["x"] + plot["width"] * 0.62, y, steps=5)
        page.mouse.up()
    assert re.search(r"[?&]from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d", page.url)
    new_start, new_end, new_days = _window(page)
    assert new_days < days and start <= new_start <= new_end <= end
    assert page.locator("#win-from").input_value() == new_start  # the form shows the window it set
    assert page.outside == []


def test_without_script_the_form_sets_the_window(small_server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    pg = context.new_page()
    pg.goto(small_server + "/stories/s-visit")
    assert pg.locator("#timeline rect.brush").count() == 0  # no script ran
    pg.fill("#win-from", "2021-04-02")
    pg.fill("#win-to", "2021-04-04")
    with pg.expect_navigation():
        pg.click("form.window-form button[type=submit]")
    assert "from=2021-04-02" in pg.url and _window(pg) == ("2021-04-02", "2021-04-04", 3)
    context.close()


def test_keyboard_widens_and_moves_the_window(small_server, page):
    page.goto(small_server + "/stories/s-visit")
    _, _, days = _window(page)
    page.focus("#timeline svg.story-timeline")
    with page.expect_navigation():
        page.keyboard.press("-")
    _, _, wider = _window(page)
    assert wider > days
    start = _window(page)[0]
    page.focus("#timeline svg.story-timeline")
    with page.expect_navigation():
        page.keyboard.press("ArrowRight")
    assert _window(page)[0] > start


def test_map_zooms_by_keyboard_and_buttons_and_markers_take_focus(small_server, page):
    page.goto(small_server + "/map")
    svg = page.locator("#map svg")
    full = svg.get_attribute("viewBox")
    svg.focus()
    page.keyboard.press("+")
    page.keyboard.press("+")
    zoomed = svg.get_attribute("viewBox")
    assert float(zoomed.split()[2]) < float(full.split()[2])
    page.keyboard.press("ArrowLeft")
    assert svg.get_attribute("viewBox") != zoomed
    page.click("button[data-zoom=reset]")
    assert [float(v) for v in svg.get_attribute("viewBox").split()] == [float(v) for v in full.split()]
    svg.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('class')") == "marker"
    page.screenshot(path=str(ARTIFACTS / "map-zoom.png"))
    assert page.outside == []


@pytest.fixture(scope="module")
def seeded(seeds_store):
    from tidings.report import render, report_from_store

    visits = [e for e in seeds_store.iter_events(cameo="042") if e.get("status") == "confirmed" and e.get("rival_claims")]
    visit = max(visits, key=lambda e: e.get("independent_sources") or 0)
    ARTIFACTS.mkdir(exist_ok=True)
    report = ARTIFACTS / "story-report.html"
    report.write_text(render(report_from_store(seeds_store, story=visit["story"]), "html"), encoding="utf-8")
    url, srv, thread = _serve(seeds_store.name)
    yield url, visit, report
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
def test_seed_story_shows_the_visit_first_with_a_readable_span_and_its_rival_claim(seeded, page):
    url, visit, _ = seeded
    page.goto(f"{url}/stories/{visit['story']}")
    first = page.locator("#timeline g.event-row").first
    assert first.get_attribute("data-event") == visit["id"]
    plot = page.locator("#timeline rect.plot-area").bounding_box()
    segs = [first.locator("rect.status-seg").nth(i).bounding_box() for i in range(first.locator("rect.status-seg").count())]
    span = max(s["x"] + s["width"] for s in segs) - min(s["x"] for s in segs)
    assert span / plot["width"] >= 0.3  # rumour to confirmation: a good share of the axis, not two squares
    assert all(s["width"] >= 40 for s in segs if s["width"] > 3)
    rival = first.locator("g.rival-claim text")
    assert rival.is_visible()
    assert visit["rival_claims"][0]["claim"] in rival.text_content()
    assert page.locator("p.lede").is_visible() and "rival claim" in page.inner_text("p.lede")
    labels = [page.locator("#timeline text.tick-label").nth(i).bounding_box() for i in range(page.locator("#timeline text.tick-label").count())]
    assert len(labels) >= 2 and not any(_boxes_overlap(a, b) for a, b in zip(labels, labels[1:]))
    assert page.outside == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "story-seeds.png"), full_page=True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 1300})
    page.screenshot(path=str(SCREENSHOTS / "story.png"))
    assert (SCREENSHOTS / "story.png").stat().st_size > 30_000


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
def test_seed_report_timeline_is_the_storys_days(seeded, page):
    _, visit, report = seeded
    page.goto(report.resolve().as_uri())
    svg = page.locator("svg.story-timeline").first
    assert int(svg.get_attribute("data-days")) <= 7
    assert page.locator("svg.story-timeline g.rival-claim text").first.is_visible()
    labels = [page.locator("svg.story-timeline text.tick-label").nth(i).bounding_box()
              for i in range(page.locator("svg.story-timeline text.tick-label").count())]
    assert not any(_boxes_overlap(a, b) for a, b in zip(labels, labels[1:]))
    page.screenshot(path=str(ARTIFACTS / "story-report.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 1300})
    page.screenshot(path=str(SCREENSHOTS / "report.png"))
    assert page.outside == []
