"""tidings.watch against the local fault server: faults met and reported, nothing lost, nothing fetched twice."""

from __future__ import annotations

import pytest
from faultserver import FAULT_PAGES, PUBDATE, FaultServer, Route, article, build_site, fault_sources, news_sitemap, rss

from tidings import Options, open_store
from tidings.read import read_article
from tidings.watch import Watcher, WatchSettings, fetched_pages

FAST = WatchSettings(delay=0, timeout=0.5, total_timeout=1.0, retries=1, backoff=0.05, max_attempts=1, concurrency=4, per_host=4)


def _watch(server, store, options, sources, settings=FAST, passes=1, events=None):
    with Watcher(sources, store=store, options=options, settings=settings, code=False,
                 on_event=(events.append if events is not None else None)) as watcher:
        report = watcher.run(passes=passes) if passes > 1 else watcher.run(once=True)
        return report, watcher.state


@pytest.fixture()
def store(tmp_path):
    options = Options().replace(db=str(tmp_path / "watch.db"), max_bytes=1_000_000)
    s = open_store(options=options)
    yield s, options
    s.close()


@pytest.fixture(scope="module")
def fault_run(tmp_path_factory):
    """One pass over the whole fault site, then a second pass; what the server saw and what the watch said."""
    options = Options().replace(db=str(tmp_path_factory.mktemp("faults") / "watch.db"), max_bytes=1_000_000)
    with FaultServer() as server, open_store(options=options) as store:
        layout = build_site(server)
        events: list = []
        first, state = _watch(server, store, options, fault_sources(server), events=events)
        served_once = server.served()
        hits_after_first = len(server.recorded())
        second, _ = _watch(server, store, options, fault_sources(server))
        pages = {path: state.page(server.url(path)) for path in layout["feed"] + layout["sitemap"]}
        documents = {d["id"]: d for d in store.iter_documents()}
        fetched = {doc_id: fetched_pages(store, doc_id) for doc_id in documents}
        yield {
            "server": server, "layout": layout, "first": first, "second": second, "events": events, "pages": pages,
            "documents": documents, "fetched": fetched, "served_once": served_once, "hits_after_first": hits_after_first,
            "served": server.served(), "second_hits": server.recorded()[hits_after_first:],
        }


@pytest.mark.parametrize("path, code", [(p, c) for p, c in FAULT_PAGES.items() if c])
def test_each_fault_page_is_given_up_with_its_error_code(fault_run, path, code):
    page = fault_run["pages"][path]
    assert page["status"] == "failed"
    assert page["reason"].startswith(code)
    url = fault_run["server"].url(path)
    assert any(u == url and r.startswith(code) for u, r in fault_run["first"].failures)
    assert any(e.kind == "fault" and e.url == url and e.code == code for e in fault_run["events"])


@pytest.mark.parametrize("code", ["E106", "E702", "E703", "E704", "E705", "E706", "E707", "E708", "E709"])
def test_every_fault_class_is_counted_in_the_report(fault_run, code):
    assert any(key.startswith(code) for key in fault_run["first"].faults)


@pytest.mark.parametrize("source, code", [("/bad-feed.xml", "E709"), ("/bad-sitemap.xml", "E709"), ("/lol.xml", "E709"), ("/feed.html", "E705")])
def test_a_bad_source_is_reported_and_the_others_are_read(fault_run, source, code):
    url = fault_run["server"].url(source)
    assert any(u == url and r.startswith(code) for u, r in fault_run["first"].failures)


@pytest.mark.parametrize("path", ["/news/busy.html", "/news/moved.html"])
def test_a_page_behind_a_429_or_a_redirect_is_stored(fault_run, path):
    page = fault_run["pages"][path]
    assert page["status"] == "done" and page["document"] in fault_run["documents"]


def test_the_429_was_retried_after_its_retry_after(fault_run):
    server = fault_run["server"]
    hits = [h for h in server.recorded() if h.path == "/news/busy.html"][:2]
    assert [h.status for h in hits] == [429, 200]
    assert hits[1].at - hits[0].at >= 0.9  # Retry-After: 1


def test_nothing_is_lost_every_listed_url_is_stored_or_failed_with_a_reason(fault_run):
    pages = fault_run["pages"]
    assert len(pages) == len(fault_run["layout"]["feed"]) + len(fault_run["layout"]["sitemap"])
    for path, page in pages.items():
        assert page is not None, path
        if page["status"] == "done":
            assert page["document"] in fault_run["documents"]
        else:
            assert page["status"] == "failed" and page["reason"], path
    good = fault_run["layout"]["good"]
    assert all(pages[p]["status"] == "done" for p in good)
    report = fault_run["first"]
    assert report.stored == len(good) + 2  # and busy.html, moved.html
    assert report.given_up == sum(1 for c in FAULT_PAGES.values() if c)


def test_nothing_is_fetched_twice(fault_run):
    served = fault_run["served"]
    good = fault_run["layout"]["good"] + ["/news/busy.html", "/news/landing.html"]
    assert all(served.get(p) == 1 for p in good), {p: served.get(p) for p in good}
    # the second pass asks the feed and the sitemap conditionally and fetches no page
    second = fault_run["second"]
    assert second.fetched == 0 and second.stored == 0
    statuses = {h.path: h.status for h in fault_run["second_hits"]}
    assert statuses["/feed.xml"] == 304 and statuses["/sitemap.xml"] == 304
    assert not any(p.startswith(("/news/", "/private/")) for p in statuses)


def test_a_stored_document_keeps_its_url_canonical_url_and_fetch_time(fault_run):
    server = fault_run["server"]
    page = fault_run["pages"]["/news/a0.html"]
    doc = fault_run["documents"][page["document"]]
    assert doc["url"] == server.url("/news/a0.html")
    [fetch] = fault_run["fetched"][page["document"]]
    assert fetch["canonical_url"] == server.url("/canonical/a0")
    assert fetch["fetched_at"][:4].isdigit() and "T" in fetch["fetched_at"]
    assert fetch["etag"] == '"a0-v1"'
    moved = fault_run["pages"]["/news/moved.html"]
    assert moved["final_url"] == server.url("/news/landing.html") and moved["canonical_url"] is None


def test_a_news_sitemap_gives_its_publication_date_and_name(fault_run):
    page = fault_run["pages"][fault_run["layout"]["sitemap"][0]]
    doc = fault_run["documents"][page["document"]]
    assert doc["published"] == "2025-01-02" and doc["provenance"]["published"] == "given"
    assert doc["outlet"] == "Test News"


def test_a_changed_page_is_asked_for_conditionally_and_read_again_only_when_its_bytes_changed(store):
    s, options = store
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        server.routes["/p.html"] = Route(article(1), etag='"v1"')
        server.routes["/map.xml"] = Route(news_sitemap([(server.url("/p.html"), "2025-01-01")]), content_type="application/xml")
        first, state = _watch(server, s, options, [server.url("/map.xml")])
        assert first.stored == 1
        # the sitemap says the page changed, but the server still has the same version: 304
        server.routes["/map.xml"] = Route(news_sitemap([(server.url("/p.html"), "2025-01-02")]), content_type="application/xml")
        second, _ = _watch(server, s, options, [server.url("/map.xml")])
        assert (second.changed, second.not_modified, second.stored) == (1, 1, 0)
        assert server.recorded()[-1].headers.get("if-none-match") == '"v1"'
        # now it really changed
        server.routes["/p.html"] = Route(article(1, extra="A correction was added on Wednesday."), etag='"v2"')
        server.routes["/map.xml"] = Route(news_sitemap([(server.url("/p.html"), "2025-01-03")]), content_type="application/xml")
        third, _ = _watch(server, s, options, [server.url("/map.xml")])
        assert (third.changed, third.fetched, third.stored) == (1, 1, 1)
        assert state.page(server.url("/p.html"))["etag"] == '"v2"'
        assert s.count_documents() == 2


def test_a_transient_fault_leaves_the_page_queued_for_a_later_pass(store):
    s, options = store
    settings = FAST.replace(retries=0, max_attempts=3, interval=0)
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        server.routes["/p.html"] = Route(article(2), fail_first=2, fail_status=503)
        server.routes["/feed.xml"] = Route(rss([(server.url("/p.html"), PUBDATE)]), content_type="application/rss+xml")
        report, state = _watch(server, s, options, [server.url("/feed.xml")], settings=settings, passes=3)
        assert (report.deferred, report.given_up, report.stored) == (2, 0, 1)
        assert state.page(server.url("/p.html"))["status"] == "done"
        assert server.count("/p.html") == 3


def test_a_retry_after_longer_than_max_backoff_defers_the_page(store):
    s, options = store
    settings = FAST.replace(max_backoff=2, max_attempts=3)
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        server.routes["/p.html"] = Route(article(3), fail_first=1, fail_status=503, retry_after="3600")
        server.routes["/feed.xml"] = Route(rss([(server.url("/p.html"), PUBDATE)]), content_type="application/rss+xml")
        report, state = _watch(server, s, options, [server.url("/feed.xml")], settings=settings)
        assert report.deferred == 1 and report.seconds < 5
        page = state.page(server.url("/p.html"))
        assert page["status"] == "retry" and "HTTP 503 (Retry-After 3600s)" in page["reason"]


def test_a_url_already_in_the_store_is_not_fetched(store):
    s, options = store
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        server.routes["/known.html"] = Route(article(4))
        server.routes["/new.html"] = Route(article(5))
        s.add_document(read_article(article(4), url=server.url("/known.html")))
        listing = f"{server.url('/known.html')}\n{server.url('/new.html')}\n".encode()
        server.routes["/list.txt"] = Route(listing, content_type="text/plain")
        report, _ = _watch(server, s, options, [server.url("/list.txt")])
        assert (report.already_stored, report.stored) == (1, 1)
        assert server.count("/known.html") == 0 and server.count("/new.html") == 1


def test_a_local_url_list_is_read_and_its_bad_lines_reported(store, tmp_path):
    s, options = store
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        server.routes["/x.html"] = Route(article(6))
        listing = tmp_path / "urls.txt"
        listing.write_text(f"# morning list\n{server.url('/x.html')}\nftp://example.org/file\n\n", encoding="utf-8")
        events: list = []
        report, _ = _watch(server, s, options, [str(listing)], events=events)
        assert report.stored == 1
        assert any(e.kind == "fault" and "line 3" in e.detail and e.code == "E709" for e in events)


def test_a_sitemap_index_is_followed_to_its_sitemaps(store):
    s, options = store
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        server.routes["/p.html"] = Route(article(7))
        server.routes["/child.xml"] = Route(news_sitemap([(server.url("/p.html"), "2025-02-01")]), content_type="application/xml")
        index = (
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{server.url('/child.xml')}</loc></sitemap></sitemapindex>"
        ).encode()
        server.routes["/index.xml"] = Route(index, content_type="application/xml")
        report, _ = _watch(server, s, options, [server.url("/index.xml")])
        assert (report.polls, report.stored) == (2, 1)


@pytest.mark.model
def test_watched_pages_are_coded_and_fused_like_any_ingest(store):
    s, options = store
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        text = ("<html><body><article><p>WASHINGTON (Reuters) - President Joe Biden met Chinese President Xi Jinping in "
                "San Francisco on Wednesday, November 15, 2023, and the two leaders agreed to resume military talks.</p>"
                "<p>The meeting lasted four hours, officials said.</p></article></body></html>").encode()
        server.routes["/summit.html"] = Route(text)
        server.routes["/feed.xml"] = Route(rss([(server.url("/summit.html"), PUBDATE)]), content_type="application/rss+xml")
        with Watcher([server.url("/feed.xml")], store=s, options=options, settings=FAST) as watcher:
            report = watcher.run(once=True)
        assert (report.stored, report.coded) == (1, 1)
        assert report.mentions >= 1 and report.events >= 1


def test_a_source_longer_than_max_items_is_queued_over_several_passes(store):
    s, options = store
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        for i in range(5):
            server.routes[f"/p{i}.html"] = Route(article(300 + i))
        server.routes["/feed.xml"] = Route(rss([(server.url(f"/p{i}.html"), PUBDATE) for i in range(5)]),
                                           content_type="application/rss+xml", etag='"f1"')
        patient = FAST.replace(timeout=5.0, total_timeout=10.0)  # nothing here is slow: a loaded machine must not time it out
        report, state = _watch(server, s, options, [server.url("/feed.xml")], settings=patient.replace(max_items=2, interval=0), passes=3)
        assert (report.new, report.stored) == (5, 5)
        assert report.left == 3 + 1  # 3 left after the first pass, 1 after the second
        assert server.count("/feed.xml", 304) == 0  # validators are kept only once the whole feed is queued
        again, _ = _watch(server, s, options, [server.url("/feed.xml")], settings=patient)
        assert again.sources_unchanged == 1 and server.count("/feed.xml", 304) == 1


def test_an_unexpected_error_on_one_page_is_a_fault_and_the_others_are_stored(store, monkeypatch):
    from tidings.watch import run

    real = run.read_page

    def flaky(response, **kwargs):
        if response.url.endswith("/bad.html"):
            raise ValueError("reader bug")
        return real(response, **kwargs)

    monkeypatch.setattr(run, "read_page", flaky)
    s, options = store
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        server.routes["/bad.html"] = Route(article(8))
        server.routes["/good.html"] = Route(article(9))
        server.routes["/list.txt"] = Route(f"{server.url('/bad.html')}\n{server.url('/good.html')}\n".encode(), content_type="text/plain")
        report, state = _watch(server, s, options, [server.url("/list.txt")])
    assert report.stored == 1 and report.given_up == 1
    assert "unexpected ValueError: reader bug" in state.page(server.url("/bad.html"))["reason"]


def test_run_polls_every_interval_until_stopped(store):
    import threading
    import time

    s, options = store
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        server.routes["/p.html"] = Route(article(10))
        server.routes["/feed.xml"] = Route(rss([(server.url("/p.html"), PUBDATE)]), content_type="application/rss+xml", etag='"f"')
        events: list = []
        with Watcher([server.url("/feed.xml")], store=s, options=options, settings=FAST.replace(interval=0.3), code=False,
                     on_event=events.append) as watcher:
            thread = threading.Thread(target=watcher.run)
            thread.start()
            while server.count("/feed.xml") < 3:
                time.sleep(0.02)
            watcher.stop()
            thread.join(10)
            assert not thread.is_alive()
        report = watcher.report
    assert report.passes >= 3 and report.interrupted and report.stored == 1
    polls = [h.at for h in server.recorded() if h.path == "/feed.xml"]
    # the first poll also waited for robots.txt, so only later polls are a whole interval apart
    assert all(b - a >= 0.25 for a, b in zip(polls[1:], polls[2:])) and polls[1] - polls[0] >= 0.15
    assert [h.status for h in server.recorded() if h.path == "/feed.xml"][1:] == [304] * (len(polls) - 1)
    assert events[-1].kind == "stop"
