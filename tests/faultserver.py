"""A local HTTP server on 127.0.0.1 that serves feeds and pages with faults, for the watch tests.

Routes are plain :class:`Route` records (status, body, headers and the
fault to play); the server logs every request, so tests can count what was
fetched. :func:`build_site` lays out a news site with one page per fault
class, linked from an RSS feed, a news sitemap and a URL list.
"""

from __future__ import annotations

import gzip
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Optional
from urllib.parse import urlsplit


@dataclass
class Route:
    """How one path answers. ``fail_first`` requests get ``fail_status`` (with ``retry_after``) first."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    trickle: float = 0.0  # seconds between 64-byte pieces of the body
    etag: Optional[str] = None  # answer 304 to a matching If-None-Match
    last_modified: Optional[str] = None
    fail_first: int = 0
    fail_status: int = 429
    retry_after: Optional[str] = None
    redirect: Optional[str] = None  # a path or URL to send a 302 to
    truncate: bool = False  # announce more bytes than sent, then close
    gzip: bool = False  # send the body gzip-encoded
    raw_gzip: Optional[bytes] = None  # send these bytes as a gzip-encoded body (a bomb)
    no_length: bool = False  # send no Content-Length: the body ends when the connection closes


@dataclass
class Hit:
    path: str
    status: int
    headers: dict[str, str]
    at: float  # when the request arrived (time.monotonic)


class FaultServer:
    """``with FaultServer() as server: server.routes["/feed.xml"] = Route(...)``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self.inflight = 0
        # requests between their arrival and the start of their answer: a client that reads a whole answer may send
        # its next request before the handler thread finishes, so the cap is measured up to the answer's start
        self.waiting = 0
        self.max_inflight = 0
        self._local = threading.local()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                outer._handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda request, address: None  # clients that hang up early are expected
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> "FaultServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _recorded(self) -> list[Hit]:
        """The requests recorded, once those in flight are (a client can read a whole answer before the server's
        thread records it, so this waits up to two seconds for the requests in flight to finish)."""
        deadline = time.monotonic() + 2.0
        while True:
            with self.lock:
                if not self.inflight or time.monotonic() > deadline:
                    return list(self.hits)
            time.sleep(0.005)

    def recorded(self) -> list[Hit]:
        """The requests recorded, those in flight included (see :meth:`_recorded`)."""
        return self._recorded()

    def count(self, path: str, status: Optional[int] = None) -> int:
        """Requests for ``path`` (answered with ``status`` when given)."""
        return sum(1 for h in self._recorded() if h.path == path and (status is None or h.status == status))

    def served(self) -> dict[str, int]:
        """Path -> number of 200 answers with a body."""
        out: dict[str, int] = {}
        for h in self._recorded():
            if h.status == 200:
                out[h.path] = out.get(h.path, 0) + 1
        return out

    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        arrived = time.monotonic()
        path = urlsplit(req.path).path
        route = self.routes.get(path)
        headers = {k.lower(): v for k, v in req.headers.items()}
        with self.lock:
            previous = sum(1 for h in self.hits if h.path == path)
            self.inflight += 1
            self.waiting += 1
            self.max_inflight = max(self.max_inflight, self.waiting)
        self._local.waiting = True
        status = -1  # the client hung up (or the handler failed)
        try:
            status = self._answer(req, route, headers, previous)
        except OSError:
            pass
        finally:
            self._answering()
            with self.lock:  # recorded together: a count never sees a request answered but not yet recorded
                self.hits.append(Hit(path, status, headers, arrived))
                self.inflight -= 1

    def _answering(self) -> None:
        """This thread's request is no longer waiting: its answer starts (once per request)."""
        if getattr(self._local, "waiting", False):
            self._local.waiting = False
            with self.lock:
                self.waiting -= 1

    def _answer(self, req: BaseHTTPRequestHandler, route: Optional[Route], headers: dict[str, str], previous: int) -> int:
        if route is None:
            return self._send(req, 404, b"not found", {"Content-Type": "text/plain"})
        if route.delay:
            time.sleep(route.delay)
        if previous < route.fail_first:
            extra = {"Content-Type": "text/plain"}
            if route.retry_after is not None:
                extra["Retry-After"] = route.retry_after
            return self._send(req, route.fail_status, b"try later", extra)
        if route.redirect is not None:
            return self._send(req, 302, b"", {"Location": route.redirect})
        if route.etag and headers.get("if-none-match") == route.etag:
            return self._send(req, 304, b"", {"ETag": route.etag})
        if route.last_modified and headers.get("if-modified-since") == route.last_modified and not route.etag:
            return self._send(req, 304, b"", {"Last-Modified": route.last_modified})
        extra = {"Content-Type": route.content_type, **route.headers}
        if route.etag:
            extra["ETag"] = route.etag
        if route.last_modified:
            extra["Last-Modified"] = route.last_modified
        body = route.body
        if route.raw_gzip is not None:
            body, extra["Content-Encoding"] = route.raw_gzip, "gzip"
        elif route.gzip:
            body, extra["Content-Encoding"] = gzip.compress(body), "gzip"
        if route.status != 200:
            return self._send(req, route.status, body, extra)
        if route.truncate:
            extra["Content-Length"] = str(len(body) + 5000)
            return self._send(req, 200, body, extra, length_given=True)
        return self._send(req, 200, body, extra, trickle=route.trickle, length_given=route.no_length)

    def _send(self, req: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str], *, length_given: bool = False, trickle: float = 0.0) -> int:
        self._answering()
        req.send_response(status)
        for key, value in headers.items():
            req.send_header(key, value)
        if not length_given:
            req.send_header("Content-Length", str(len(body)))
        req.send_header("Connection", "close")
        req.end_headers()
        if trickle:
            for i in range(0, len(body), 64):
                req.wfile.write(body[i : i + 64])
                req.wfile.flush()
                time.sleep(trickle)
        else:
            req.wfile.write(body)
        req.wfile.flush()
        return status


@lru_cache(maxsize=1)
def gzip_bomb(size: int = 8_000_000) -> bytes:
    """``size`` zero bytes, gzipped (about a thousandth of the size)."""
    return gzip.compress(b"\0" * size, compresslevel=9)


_WORDS = ("council", "harbour", "ministers", "river", "festival", "railway", "farmers", "tariff", "museum", "storm",
          "election", "bridge", "school", "vaccine", "orchestra", "satellite", "budget", "strike", "treaty", "drought")


def article(n: int, *, title: Optional[str] = None, canonical: Optional[str] = None, extra: str = "") -> bytes:
    """A small news page, different for each ``n``."""
    a, b, c = _WORDS[n % 20], _WORDS[(n * 7 + 3) % 20], _WORDS[(n * 13 + 5) % 20]
    title = title or f"Report {n}: the {a} and the {b}"
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paras = [
        f"Officials in the city said on Tuesday that the {a} plan number {n} would go ahead after a long debate about the {b}.",
        f"Residents told reporters that the {c} had changed daily life, and that item {n * 31 + 7} on the agenda mattered most.",
        f"The mayor said the decision on the {b} was final. A spokesperson added that a review of the {a} would follow in {2000 + n}.",
        f"Critics of the {c} project argued that case {n} showed the need for more consultation with the people affected. {extra}",
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<!doctype html><html><head><title>{title}</title>{link}</head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def rss(items: list[tuple[str, str]], *, title: str = "Test news") -> bytes:
    """An RSS 2.0 feed of (link, pubDate) items."""
    entries = "".join(f"<item><title>Item {i}</title><link>{link}</link><pubDate>{date}</pubDate></item>" for i, (link, date) in enumerate(items))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><link>http://example.org/</link>{entries}</channel></rss>'.encode()


def news_sitemap(items: list[tuple[str, str]]) -> bytes:
    """A news sitemap of (loc, lastmod) entries."""
    urls = "".join(
        f"<url><loc>{loc}</loc><lastmod>{lastmod}</lastmod><news:news><news:publication><news:name>Test News</news:name>"
        f"<news:language>en</news:language></news:publication><news:publication_date>{lastmod}</news:publication_date>"
        f"<news:title>Story</news:title></news:news></url>"
        for loc, lastmod in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>'
    ).encode()


PUBDATE = formatdate(1_700_000_000, usegmt=True)

#: fault page path -> the error code the watch must report for it (None: fetched fine after a fault)
FAULT_PAGES: dict[str, Optional[str]] = {
    "/news/slow.html": "E702",
    "/news/trickle.html": "E702",
    "/news/gone.html": "E703",
    "/news/broken.html": "E703",
    "/news/busy.html": None,  # 429 with Retry-After, then 200
    "/news/loop.html": "E704",
    "/news/photo.html": "E705",
    "/news/bomb.html": "E706",
    "/news/cut.html": "E707",
    "/private/secret.html": "E708",
    "/news/moved.html": None,  # 301-like redirect to a good page
    "/news/empty.html": "E106",  # an HTML page without article text
}


def build_site(server: FaultServer, *, good: int = 6) -> dict[str, list[str]]:
    """Lay out the fault site; return the page paths by where they are listed and what they are."""
    r = server.routes
    r["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    good_paths = [f"/news/a{i}.html" for i in range(good)]
    for i, path in enumerate(good_paths):
        r[path] = Route(article(i, canonical=server.url(f"/canonical/a{i}")), etag=f'"a{i}-v1"')
    r["/news/slow.html"] = Route(article(101), delay=1.5)
    r["/news/trickle.html"] = Route(article(102) * 3, trickle=0.15)
    r["/news/gone.html"] = Route(b"gone", status=404, content_type="text/plain")
    r["/news/broken.html"] = Route(b"oops", status=500, content_type="text/plain")
    r["/news/busy.html"] = Route(article(103), fail_first=1, fail_status=429, retry_after="1")
    r["/news/loop.html"] = Route(redirect="/news/loop2.html")
    r["/news/loop2.html"] = Route(redirect="/news/loop.html")
    r["/news/photo.html"] = Route(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, content_type="image/png")
    r["/news/bomb.html"] = Route(raw_gzip=gzip_bomb())
    r["/news/cut.html"] = Route(article(104), truncate=True)
    r["/private/secret.html"] = Route(article(105))
    r["/news/moved.html"] = Route(redirect="/news/landing.html")
    r["/news/landing.html"] = Route(article(106))
    r["/news/empty.html"] = Route(b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>")
    feed_pages = good_paths[: good // 2] + list(FAULT_PAGES)
    sitemap_pages = good_paths[good // 2 :]
    r["/feed.xml"] = Route(rss([(server.url(p), PUBDATE) for p in feed_pages]), content_type="application/rss+xml", etag='"feed-v1"')
    r["/sitemap.xml"] = Route(news_sitemap([(server.url(p), "2025-01-02") for p in sitemap_pages]), content_type="application/xml",
                              last_modified=PUBDATE)
    r["/bad-feed.xml"] = Route(b"<<<this is not < xml at all", content_type="application/rss+xml")
    r["/bad-sitemap.xml"] = Route(b'<?xml version="1.0"?><urlset><url><loc>http://x/</loc></url', content_type="application/xml")
    r["/lol.xml"] = Route(
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        b"<urlset><url><loc>&lol2;</loc></url></urlset>",
        content_type="application/xml",
    )
    r["/feed.html"] = Route(article(107))  # a page where a feed should be: wrong content type
    return {"good": good_paths, "feed": feed_pages, "sitemap": sitemap_pages, "faults": list(FAULT_PAGES)}


def fault_sources(server: FaultServer) -> list[str]:
    """The sources of the fault site: a feed, a news sitemap, and four broken sources."""
    return [server.url(p) for p in ("/feed.xml", "/sitemap.xml", "/bad-feed.xml", "/bad-sitemap.xml", "/lol.xml", "/feed.html")]
