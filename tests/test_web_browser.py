"""The web app in a real headless Chromium: every page type passes axe-core, tables sort, page and
download, the keyboard moves through rows, and nothing is fetched from elsewhere.

Uses Debian's chromium (installed by `make browser` when missing) driven by Playwright's
Python package; skipped when no Chromium is on the machine. The accessibility checks load
axe-core from the npm registry's package, fetched by `make browser` into
~/.cache/tidings/axe-core (or the file named by TIDINGS_AXE); they are skipped, saying so,
when it is absent. Pages are checked on three stores: a small hand-built one, the two seed
articles and the demo corpus (both ingested with the real stages), in the light and the
dark colour scheme. Screenshots are saved in tests/artifacts/, and the seed trip event's
page in docs/screenshots/event.png (with TIDINGS_UPDATE_SCREENSHOTS=1: `make screenshots`).
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

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
AXE = Path(os.environ.get("TIDINGS_AXE") or Path.home() / ".cache" / "tidings" / "axe-core" / "node_modules" / "axe-core" / "axe.min.js")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGE_TYPES = ["stories", "story", "event", "events", "document", "actor", "source", "sources", "search", "forecasts", "map", "api", "error"]

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _serve(db: str):
    import uvicorn

    from tidings.web import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with _serve(build(tmp_path_factory.mktemp("browser-small") / "web.db")) as url:
        yield url


@pytest.fixture(scope="module", params=["webdata", "seeds", "demo"])
def any_server(request, tmp_path_factory):
    """A served store: the hand-built one, the seed articles or the demo corpus (ingested with the real stages)."""
    if request.param == "webdata":
        with _serve(build(tmp_path_factory.mktemp("browser") / "web.db")) as url:
            yield request.param, url
        return
    from conftest import SEEDS, ingest_into_store

    from tidings.cli.demo import demo_corpus

    folder = SEEDS if request.param == "seeds" else demo_corpus()
    if not folder.exists():
        pytest.skip(f"{folder} not present")
    store = ingest_into_store([folder], tmp_path_factory.mktemp(request.param))
    db = store.name
    store.close()
    with _serve(db) as url:
        yield request.param, url


@pytest.fixture(scope="module")
def real_server(any_server):
    """The seeds or the demo store, served."""
    if any_server[0] == "webdata":
        pytest.skip("a real corpus only")
    return any_server


@pytest.fixture(scope="module")
def page_urls(browser, any_server):
    """One URL per page type of the served store."""
    pg = _page(browser)
    urls = _page_urls(pg, any_server[1])
    pg.context.close()
    return urls


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def _page(browser, **context):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, **context)
    pg = ctx.new_page()
    outside: list[str] = []
    pg.on("request", lambda req: outside.append(req.url) if not req.url.startswith("http://127.0.0.1") else None)
    pg.outside_requests = outside
    return pg


@pytest.fixture()
def page(browser):
    pg = _page(browser)
    yield pg
    pg.context.close()


def _first_href(pg, base: str, path: str, selector: str) -> str:
    pg.goto(base + path)
    link = pg.locator(selector).first
    return link.get_attribute("href") if link.count() else ""


def _page_urls(pg, base: str) -> dict[str, str]:
    """One URL per page type, found by following the app's own links."""
    urls = {"stories": "/", "events": "/events", "sources": "/sources", "forecasts": "/forecasts", "map": "/map", "api": "/api",
            "error": "/events/no-such-event"}
    urls["story"] = _first_href(pg, base, "/", "a.story-link") or "/"
    urls["event"] = _first_href(pg, base, "/events?sort=-sources", "a.event-link")
    urls["actor"] = _first_href(pg, base, "/events?sort=-sources", "a.actor")
    urls["document"] = _first_href(pg, base, "/documents", "table.documents a[href^='/documents/']")
    urls["source"] = _first_href(pg, base, "/sources", "a.source-link")
    pg.goto(base + "/events?sort=-sources")
    word = re.findall(r"[A-Za-z]{4,}", pg.locator("table.events a.actor").first.inner_text() or "visit")
    urls["search"] = "/search?q=" + quote(word[0] if word else "visit")
    return urls


def _axe(pg) -> list[dict]:
    """Serious and critical axe-core violations on the current page."""
    pg.add_script_tag(path=str(AXE))
    result = pg.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AXE_TAGS)
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.skipif(not AXE.exists(), reason=f"axe-core is not at {AXE}: run `make browser` (needs npm) or set TIDINGS_AXE")
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_type_has_no_serious_accessibility_violation_in_light_and_dark(browser, any_server, page_urls, kind):
    name, base = any_server
    path = page_urls[kind]
    assert path, f"{name}: no link to a {kind} page"
    pg = _page(browser, bypass_csp=True, color_scheme="light")  # axe is injected as a script tag
    response = pg.goto(base + path)
    assert response.status == (404 if kind == "error" else 200), path
    violations = {"light": _axe(pg)}
    if name != "webdata":
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / f"{name}-{kind}.png"), full_page=kind not in ("map", "events", "sources"))
    pg.emulate_media(color_scheme="dark")
    pg.reload()
    violations["dark"] = _axe(pg)
    assert pg.outside_requests == []
    pg.context.close()
    assert violations == {"light": [], "dark": []}, path


def test_seed_event_page_screenshot_for_the_docs(browser, real_server):
    name, base = real_server
    if name != "seeds":
        pytest.skip("the docs show the seed story's trip event")
    pg = _page(browser)
    pg.goto(base + "/search?q=" + quote('"kim jong un" china') + "&kind=events")
    pg.locator("li.hit-events a").first.click()
    pg.wait_for_selector("td.evidence mark.span-trigger")
    assert "confirmed" in pg.inner_text("main")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / "event.png"), full_page=True)
    assert (SCREENSHOTS / "event.png").stat().st_size > 10_000
    pg.context.close()


def test_sorting_paging_and_export_work_in_the_browser(real_server, page):
    _, base = real_server
    page.goto(base + "/events?per=5")
    page.click("th a[data-sort='status']")
    page.wait_for_url(re.compile(r"sort=status"))
    assert page.get_attribute("th[aria-sort]", "aria-sort") == "ascending"
    statuses = page.locator("table.events tbody td .status").all_inner_texts()
    assert statuses == sorted(statuses)
    page.click("th a[data-sort='status']")
    page.wait_for_url(re.compile(r"sort=-status"))
    assert page.get_attribute("th[aria-sort]", "aria-sort") == "descending"
    first_page = page.locator("tr.event-row").evaluate_all("rows => rows.map(r => r.dataset.event)")
    page.click("nav.pager a[rel=next]")
    page.wait_for_url(re.compile(r"page=2"))
    second_page = page.locator("tr.event-row").evaluate_all("rows => rows.map(r => r.dataset.event)")
    assert len(second_page) == 5 and not set(first_page) & set(second_page)
    with page.expect_download() as info:
        page.click("a.export[data-format=csv]")
    with open(info.value.path(), encoding="utf-8", newline="") as f:
        assert [row["id"] for row in csv.DictReader(f)] == second_page
    assert page.outside_requests == []


def test_keyboard_moves_through_rows_and_pages(real_server, page):
    _, base = real_server
    page.goto(base + "/events?per=5")
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.closest('tr') === document.querySelectorAll('tr.event-row')[1]")
    href = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    page.go_back()
    page.keyboard.press("n")
    page.wait_for_url(re.compile(r"page=2"))
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "site-search"


def test_filter_form_keeps_only_the_filters_in_use_in_the_url(server, page):
    page.goto(server + "/events")
    page.select_option("#f-status", "confirmed")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"status=confirmed"))
    assert "actor=" not in page.url and "country=" not in page.url
    assert page.input_value("#f-status") == "confirmed"


def test_story_timeline_click_through_to_highlighted_evidence(server, page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(server + "/")
    page.click("a.story-link")
    page.wait_for_selector("svg.timeline")
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)
    page.click("table.events a.event-link >> nth=0")
    page.wait_for_selector("td.evidence mark.span-trigger")
    assert page.locator("td.evidence mark").count() >= 4
    assert "anonymous" in page.inner_text("table.mentions")
    page.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)
    assert (ARTIFACTS / "event.png").stat().st_size > 10_000
    assert page.outside_requests == []


def test_script_in_article_text_does_not_run(server, page):
    messages = []
    page.on("dialog", lambda d: (messages.append(d.message), d.dismiss()))
    page.goto(server + "/documents/d-one")
    assert "<script>alert('x')</script>" in page.inner_text("article .text")
    assert messages == []
