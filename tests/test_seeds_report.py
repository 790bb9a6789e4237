"""The seeds through the whole pipeline into a situation report and the web app (screenshots saved)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.shared]

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def seeded(seeds_store):
    return seeds_store.name  # the database path of the session's seed store


def _visit(store):
    visits = [e for e in store.iter_events(cameo="042") if (e.get("source") or {}).get("code", "").startswith("PRK")
              and (e.get("target") or {}).get("country") == "CHN" and (e.get("date") or {}).get("start", "").startswith("2018")]
    assert visits, "no 2018 visit of North Korea's leader to China"
    return max(visits, key=lambda e: len(e["mentions"]))


def test_html_report_shows_the_trip_confirmed_with_history_sources_and_forecasts(seeded):
    from tidings import open_store
    from tidings.report import render, report_from_store

    with open_store(seeded) as store:
        visit = _visit(store)
        report = report_from_store(store, story=visit["story"])
    html = render(report, "html")
    md = render(report, "md")
    assert visit["status"] == "confirmed"
    assert [h["status"] for h in visit["status_history"]][0] == "unconfirmed"
    assert any("Xinhua" in (h.get("by") or "") for h in visit["status_history"])
    for text in (html, md):
        assert "Xinhua" in text and "anonymous" in text
        assert "Rival claim" in text or "rival claim" in text
    assert len(report.forecasts) >= 2
    assert any(f["forecast"]["deadline"] for f in report.forecasts)
    assert all((f["forecast"]["deadline"] is None) == (f["forecast"]["deadline_basis"] == "none") for f in report.forecasts)
    assert report.events[0]["id"] == visit["id"]  # the most salient event leads
    assert report.lede and "confirmed by" in report.lede and "rival claim" in report.lede
    assert report.window is not None and report.window.days <= 7
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "seeds-report.html").write_text(html, encoding="utf-8")


def test_whole_corpus_report_draws_the_core_days_and_names_the_old_episodes(seeded):
    from tidings import open_store
    from tidings.report import render, report_from_store

    with open_store(seeded) as store:
        report = report_from_store(store)
    years = {(e.get("date") or {}).get("start", "")[:4] for e in report.events} - {""}
    assert len(years) > 3  # the corpus recalls episodes from several years
    assert report.window is not None and report.window.days <= 14  # but the timeline shows the story's days
    assert report.outliers and all(e["id"] in report.window.outliers for e in report.outliers)
    html = render(report, "html")
    assert 'class="background-band"' in html
    for e in report.outliers:
        assert (e.get("date") or {}).get("start") in html.split("Key developments")[0]


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine")
def test_story_page_and_report_screenshots(seeded):
    pytest.importorskip("fastapi")
    sync_api = pytest.importorskip("playwright.sync_api")
    import uvicorn

    from tidings import open_store
    from tidings.web import create_app

    with open_store(seeded) as store:
        visit = _visit(store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(seeded), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    report = ARTIFACTS / "seeds-report.html"
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu",
                                                                        "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"http://127.0.0.1:{port}/stories/{visit['story']}")
            page.wait_for_selector("#timeline svg.timeline")
            page.screenshot(path=str(ARTIFACTS / "seeds-story.png"), full_page=True)
            page.goto(f"http://127.0.0.1:{port}/events/{visit['id']}")
            assert page.locator("td.evidence mark.span-trigger").count() >= 2
            page.screenshot(path=str(ARTIFACTS / "seeds-event.png"), full_page=True)
            if report.exists():
                page.goto(report.resolve().as_uri())
                page.screenshot(path=str(ARTIFACTS / "seeds-report.png"), full_page=True)
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert (ARTIFACTS / "seeds-story.png").stat().st_size > 20_000
