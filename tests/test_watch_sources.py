"""What sources list: RSS and Atom feeds, news sitemaps (plain and gzipped), URL lists; unsafe XML refused."""

from __future__ import annotations

import gzip
import json

import pytest
from faultserver import news_sitemap, rss

from tidings._errors import FeedError
from tidings.watch.pages import canonical_url
from tidings.watch.sources import clean_url, parse_source

BASE = "https://news.example.org/feeds/world"

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>World</title><id>urn:x</id><updated>2025-03-02T10:00:00Z</updated>
<entry><title>One</title><id>urn:1</id><link href="/2025/03/one.html"/><updated>2025-03-02T09:00:00Z</updated></entry>
<entry><title>Two</title><id>urn:2</id><link href="https://news.example.org/2025/03/two.html#top"/><published>2025-03-01T08:00:00Z</published></entry>
</feed>"""

JSON_FEED = json.dumps({
    "version": "https://jsonfeed.org/version/1.1", "title": "World",
    "items": [{"id": "1", "url": "https://news.example.org/j1.html", "date_published": "2025-03-04T10:00:00Z"}],
}).encode()


@pytest.mark.parametrize("body, content_type, kind, urls", [
    (rss([("https://news.example.org/a.html", "Sun, 02 Mar 2025 10:00:00 GMT")]), "application/rss+xml", "feed", ["https://news.example.org/a.html"]),
    (ATOM, "application/atom+xml", "feed", ["https://news.example.org/2025/03/one.html", "https://news.example.org/2025/03/two.html"]),
    (news_sitemap([("https://news.example.org/s.html", "2025-03-05")]), "application/xml", "sitemap", ["https://news.example.org/s.html"]),
    (gzip.compress(news_sitemap([("https://news.example.org/g.html", "2025-03-06")])), "application/x-gzip", "sitemap", ["https://news.example.org/g.html"]),
    (b"# list\nhttps://news.example.org/l1.html\n\nhttp://news.example.org/l2.html extra words\n", "text/plain", "list",
     ["https://news.example.org/l1.html", "http://news.example.org/l2.html"]),
])
def test_each_kind_of_source_lists_its_article_urls(body, content_type, kind, urls):
    parsed = parse_source(body, url=BASE, content_type=content_type)
    assert parsed.kind == kind
    assert [i.url for i in parsed.items] == urls
    assert parsed.problems == []


def test_feed_and_sitemap_dates_become_hints_and_publication_days():
    [rss_item] = parse_source(rss([("https://x.org/a", "Sun, 02 Mar 2025 10:00:00 GMT")]), url=BASE).items
    assert rss_item.published == "2025-03-02" and rss_item.hint
    [news] = parse_source(news_sitemap([("https://x.org/b", "2025-03-05T08:30:00+00:00")]), url=BASE).items
    assert (news.published, news.hint, news.outlet, news.title) == ("2025-03-05", "2025-03-05T08:30:00+00:00", "Test News", "Story")


def test_a_sitemap_index_lists_sitemaps_not_items():
    body = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<sitemap><loc>https://x.org/s1.xml</loc></sitemap><sitemap><loc>/s2.xml</loc></sitemap></sitemapindex>")
    parsed = parse_source(body, url="https://x.org/index.xml")
    assert (parsed.kind, parsed.items, parsed.sitemaps) == ("sitemapindex", [], ["https://x.org/s1.xml", "https://x.org/s2.xml"])


@pytest.mark.parametrize("body, match", [
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><urlset><url><loc>&b;</loc></url></urlset>', "entities"),
    (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY ext SYSTEM "file:///etc/passwd">]><rss><channel><item><link>&ext;</link></item></channel></rss>', "entities"),
    (b'<?xml version="1.0"?><urlset><url><loc>https://x.org/</loc></url', "malformed sitemap"),
    (b"<<< not xml", "malformed feed"),
    (b"<html><body>a page, not a feed</body></html>", "not a feed|malformed"),
    (b"", "empty"),
    (JSON_FEED, "JSON"),
    (gzip.compress(b"\0" * 3_000_000), "once decompressed"),
])
def test_a_malformed_or_unsafe_source_is_refused(body, match):
    with pytest.raises((FeedError, Exception), match=match) as info:
        parse_source(body, url=BASE, max_bytes=1_000_000)
    assert getattr(info.value, "code", "").startswith("E7")


def test_bad_entries_are_reported_and_the_rest_taken():
    parsed = parse_source(b"https://x.org/a\nnot a url\nmailto:desk@x.org\n", url=BASE, content_type="text/plain")
    assert [i.url for i in parsed.items] == ["https://x.org/a"]
    assert len(parsed.problems) == 2 and "line 2" in parsed.problems[0]
    no_link = rss([("", "Sun, 02 Mar 2025 10:00:00 GMT"), ("https://x.org/ok", "Sun, 02 Mar 2025 10:00:00 GMT")])
    parsed = parse_source(no_link, url=BASE)
    assert [i.url for i in parsed.items] == ["https://x.org/ok"] and len(parsed.problems) == 1


@pytest.mark.parametrize("value, base, expected", [
    ("https://x.org/a#frag", None, "https://x.org/a"),
    ("/b?q=1", "https://x.org/feed", "https://x.org/b?q=1"),
    ("javascript:alert(1)", None, None),
    ("  ", None, None),
])
def test_clean_url(value, base, expected):
    assert clean_url(value, base) == expected


@pytest.mark.parametrize("html, expected", [
    ('<html><head><link rel="canonical" href="https://x.org/story"></head><body></body></html>', "https://x.org/story"),
    ('<html><head><base href="https://cdn.x.org/"><link rel="Canonical" href="s/1"></head></html>', "https://cdn.x.org/s/1"),
    ('<html><head><title>t</title></head><body><link rel="canonical" href="https://x.org/late"></body></html>', None),
    ("<html><head></head><body>no link</body></html>", None),
])
def test_the_canonical_url_comes_from_the_head(html, expected):
    assert canonical_url(html, "https://x.org/page?utm=1") == expected
