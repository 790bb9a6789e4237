"""Polite HTTP fetching for ``tidings watch`` (httpx).

:class:`Fetcher` sends one GET at a time per request, and for each:

- obeys the host's ``robots.txt`` (fetched once per host and kept
  ``robots_ttl`` seconds, read with :mod:`urllib.robotparser`; a missing
  file allows everything, an unreachable one allows nothing for now);
- waits for the host's turn: at most ``per_host`` requests in flight to one
  host and ``concurrency`` overall, and ``delay`` seconds (or the
  robots.txt ``Crawl-delay``, whichever is longer) between two starts;
- sends ``If-None-Match`` / ``If-Modified-Since`` when it knows them, so an
  unchanged resource costs a ``304`` and no body;
- follows at most ``max_redirects`` redirects itself, checking robots.txt at
  every hop and refusing loops;
- checks the content type before reading, streams the body and stops at
  ``max_bytes`` -- counting both the bytes sent and the bytes once
  decompressed, which it does itself with a bounded output, so a gzip bomb
  costs no more memory than the cap;
- gives up a response after ``timeout`` seconds of silence or
  ``total_timeout`` seconds in all;
- retries network faults, timeouts, truncated bodies, 429 and 5xx answers
  ``retries`` times with exponential backoff, waiting as long as a
  ``Retry-After`` header asks (up to ``max_backoff``).

Every failure is a :class:`~tidings.FetchError` subclass with a one-line
reason. Waits end early when the ``stop`` event is set (:class:`Interrupted`).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import email.utils
import threading
import time
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator, Optional
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from .._errors import (
    ContentTypeError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    MissingExtra,
    RedirectError,
    ResponseTooLarge,
    RobotsDisallowed,
    TruncatedResponse,
)
from .settings import WatchSettings

if TYPE_CHECKING:
    import httpx

__all__ = ["Fetcher", "Response", "Interrupted", "PAGE_TYPES", "SOURCE_TYPES", "media_type", "now_iso", "host_of"]

#: Content types an article page may have (a missing type is let through to the reader).
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
#: Content types of feeds, sitemaps (also gzipped) and URL lists.
SOURCE_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    "text/plain", "application/gzip", "application/x-gzip",
    "application/octet-stream",
})
_REDIRECTS = (301, 302, 303, 307, 308)
_ALLOW_ALL: list[str] = []
_DISALLOW_ALL = ["User-agent: *", "Disallow: /"]
_ROBOTS_MAX = 500_000  # bytes of robots.txt read (RFC 9309 asks for at least 500 KiB)


class Interrupted(Exception):
    """A wait was cut short because the watch is stopping; the URL stays pending."""


class _RetryAfter(HTTPStatusError):
    """An error status with the number of seconds the server asked us to wait."""

    def __init__(self, status: int, retry_after: Optional[float], *, path: Optional[str] = None) -> None:
        super().__init__(status, path=path)
        self.retry_after = retry_after


def _public(err: FetchError) -> FetchError:
    """The error as its public class (an error status without our Retry-After note)."""
    if not isinstance(err, _RetryAfter):
        return err
    public = HTTPStatusError(err.status, path=err.path)
    if err.retry_after is not None:
        public.message += f" (Retry-After {err.retry_after:g}s)"
    return public


@dataclass
class Response:
    """What a GET brought back: ``status`` is 200-299, or 304 (not modified, empty body)."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    body: bytes
    content_type: str  # media type, lower case, "" when the server sent none
    charset: Optional[str]
    etag: Optional[str]
    last_modified: Optional[str]
    fetched_at: str  # ISO date-time (UTC) of the answer
    redirects: int = 0


def now_iso() -> str:
    """The current UTC time as an ISO date-time, to the second."""
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def host_of(url: str) -> str:
    """``scheme://host:port`` of ``url``: the unit of politeness."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def media_type(header: Optional[str]) -> tuple[str, Optional[str]]:
    """``("text/html", "utf-8")`` from a Content-Type header."""
    if not header:
        return "", None
    kind, _, rest = header.partition(";")
    charset = None
    for param in rest.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"').lower()
    return kind.strip().lower(), charset


def retry_after_seconds(value: Optional[str]) -> Optional[float]:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date), or ``None``."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.timezone.utc)
    return max(0.0, (when - _dt.datetime.now(_dt.timezone.utc)).total_seconds())


def inflate(data: bytes, cap: int, *, what: str = "body", path: Optional[str] = None) -> bytes:
    """Decompress gzip or zlib ``data`` to at most ``cap`` bytes (:class:`ResponseTooLarge` beyond)."""
    out = bytearray()
    decoder = zlib.decompressobj(zlib.MAX_WBITS | 32)
    _inflate_into(decoder, data, out, cap, what=what, path=path)
    _finish(decoder, out, cap, what=what, path=path)
    return bytes(out)


def _inflate_into(decoder: "zlib._Decompress", data: bytes, out: bytearray, cap: int, *, what: str, path: Optional[str]) -> None:
    try:
        while data:
            out += decoder.decompress(data, cap + 1 - len(out))
            if len(out) > cap:
                raise ResponseTooLarge(f"{what} larger than {cap} bytes once decompressed", path=path)
            data = decoder.unconsumed_tail
            if decoder.eof:
                break
    except zlib.error as exc:
        raise TruncatedResponse(f"{what} is not valid compressed data: {exc}", path=path) from None


def _finish(decoder: "zlib._Decompress", out: bytearray, cap: int, *, what: str, path: Optional[str]) -> None:
    try:
        out += decoder.flush()
    except zlib.error as exc:
        raise TruncatedResponse(f"{what} is not valid compressed data: {exc}", path=path) from None
    if len(out) > cap:
        raise ResponseTooLarge(f"{what} larger than {cap} bytes once decompressed", path=path)
    if not decoder.eof:
        raise TruncatedResponse(f"compressed {what} ends early", path=path)


class _Robots:
    """One host's robots.txt rules and when they were read."""

    def __init__(self, parser: RobotFileParser, read_at: float, ttl: float, *, unreachable: Optional[str] = None) -> None:
        self.parser = parser
        self.read_at = read_at
        self.ttl = ttl
        self.unreachable = unreachable  # why robots.txt could not be fetched (then nothing is allowed for now)


class Fetcher:
    """Fetches URLs politely; safe to use from several threads at once. Close it (or use ``with``)."""

    def __init__(
        self,
        settings: WatchSettings,
        *,
        max_bytes: int,
        stop: Optional[threading.Event] = None,
        on_retry: Optional[Callable[[str, FetchError, float], None]] = None,
        transport: "Optional[httpx.BaseTransport]" = None,
    ) -> None:
        try:
            import httpx
        except ImportError:
            raise MissingExtra("tidings watch", "watch", "httpx") from None
        self.settings = settings
        self.max_bytes = max_bytes
        self.stop_event = stop or threading.Event()
        self.on_retry = on_retry
        self.agent = settings.agent
        self._client = httpx.Client(
            headers={"User-Agent": self.agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=False,
            limits=httpx.Limits(max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency),
            transport=transport,
            proxy=settings.proxy.strip() or None,
            trust_env=False,  # the same requests wherever it runs; a proxy is a setting
        )
        self._httpx = httpx
        self._lock = threading.Lock()
        self._all = threading.BoundedSemaphore(settings.concurrency)
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._next: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self.requests = 0  # HTTP requests sent (robots.txt included)

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    # -- politeness -------------------------------------------------------
    def _wait(self, seconds: float) -> None:
        if seconds > 0 and self.stop_event.wait(seconds):
            raise Interrupted()

    @contextlib.contextmanager
    def _slot(self, host: str, delay: float) -> Iterator[None]:
        """Hold one of the host's and one of the overall request slots, after the host's delay."""
        with self._lock:
            sem = self._hosts.setdefault(host, threading.BoundedSemaphore(self.settings.per_host))
        with sem:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next.get(host, 0.0))
                self._next[host] = start + delay
            self._wait(start - now)  # a host's turn is awaited without holding an overall slot
            with self._all:
                with self._lock:
                    self.requests += 1
                yield

    def _rules(self, host: str) -> _Robots:
        with self._lock:
            lock = self._robots_locks.setdefault(host, threading.Lock())
        with lock:
            robots = self._robots.get(host)
            if robots is not None and time.monotonic() - robots.read_at < robots.ttl:
                return robots
            parser = RobotFileParser(host + "/robots.txt")
            ttl = self.settings.robots_ttl
            unreachable = None
            try:
                resp = self._follow(host + "/robots.txt", kind="robots", etag=None, last_modified=None, cap=_ROBOTS_MAX)
                parser.parse(resp.body.decode("utf-8", "replace").splitlines())
            except HTTPStatusError as err:
                if 400 <= err.status < 500:
                    parser.parse(_ALLOW_ALL)  # no robots.txt (RFC 9309: "unavailable"): everything allowed
                else:
                    parser.parse(_DISALLOW_ALL)  # "unreachable": nothing for now, asked again soon
                    ttl, unreachable = min(ttl, 300.0), f"{err.code} {err.message}"
            except (RedirectError, ContentTypeError, ResponseTooLarge):
                parser.parse(_ALLOW_ALL)
            except FetchError as err:
                parser.parse(_DISALLOW_ALL)
                ttl, unreachable = min(ttl, 300.0), f"{err.code} {err.message}"
            robots = _Robots(parser, time.monotonic(), ttl, unreachable=unreachable)
            self._robots[host] = robots
            return robots

    def check_robots(self, url: str) -> float:
        """Raise :class:`RobotsDisallowed` unless robots.txt allows ``url``; return the host's delay."""
        robots = self._rules(host_of(url))
        if not robots.parser.can_fetch(self.agent, url):
            if robots.unreachable:
                err = RobotsDisallowed(f"robots.txt could not be fetched ({robots.unreachable}); the host is left alone for now", path=url)
                err.transient = True  # a later pass asks again
                raise err
            raise RobotsDisallowed("robots.txt disallows this URL", path=url)
        delay = robots.parser.crawl_delay(self.agent)
        return max(self.settings.delay, float(delay or 0.0))

    # -- requests ---------------------------------------------------------
    def get(self, url: str, *, kind: str = "page", etag: Optional[str] = None, last_modified: Optional[str] = None) -> Response:
        """GET ``url`` (``kind`` "page" or "source" picks the content types allowed), retrying transient faults."""
        attempt = 0
        while True:
            try:
                return self._follow(url, kind=kind, etag=etag, last_modified=last_modified, cap=self.max_bytes)
            except FetchError as err:
                asked = err.retry_after if isinstance(err, _RetryAfter) else None
                wait = asked if asked is not None else self.settings.backoff * (2**attempt)
                if not err.transient or attempt >= self.settings.retries or wait > self.settings.max_backoff:
                    # out of tries, or the server asks for more patience than we have: a later pass tries again
                    raise _public(err) from None
                if self.on_retry is not None:
                    self.on_retry(url, _public(err), wait)
                self._wait(wait)
                attempt += 1

    def _follow(self, url: str, *, kind: str, etag: Optional[str], last_modified: Optional[str], cap: int) -> Response:
        chain = [url]
        current = url
        for hop in range(self.settings.max_redirects + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                raise RedirectError(f"redirect to a non-HTTP URL {current!r}", path=url)
            delay = self.settings.delay if kind == "robots" else self.check_robots(current)
            status, headers, body = self._once(current, kind=kind, etag=etag, last_modified=last_modified, cap=cap, delay=delay)
            if status in _REDIRECTS:
                location = headers.get("location")
                if not location:
                    raise RedirectError(f"HTTP {status} without a Location", path=url)
                target = urljoin(current, location.strip())
                if target in chain:
                    raise RedirectError("redirect loop: " + " -> ".join(chain[chain.index(target):] + [target]), path=url)
                chain.append(target)
                current = target
                continue
            kind_, charset = media_type(headers.get("content-type"))
            response = Response(
                url=url, final_url=current, status=status, body=body, content_type=kind_, charset=charset,
                etag=headers.get("etag"), last_modified=headers.get("last-modified"), fetched_at=now_iso(), redirects=hop,
            )
            return response
        raise RedirectError(f"more than {self.settings.max_redirects} redirects", path=url)

    def _once(
        self, url: str, *, kind: str, etag: Optional[str], last_modified: Optional[str], cap: int, delay: float,
    ) -> tuple[int, dict[str, str], bytes]:
        """One request without following redirects: (status, lower-case headers, body)."""
        httpx = self._httpx
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        with self._slot(host_of(url), delay):
            deadline = time.monotonic() + self.settings.total_timeout
            try:
                with self._client.stream("GET", url, headers=headers) as resp:
                    status = resp.status_code
                    head = {k.lower(): v for k, v in resp.headers.items()}
                    if status in _REDIRECTS or status == 304:
                        return status, head, b""
                    if status >= 400 or status < 200:
                        raise _RetryAfter(status, retry_after_seconds(head.get("retry-after")), path=url)
                    if kind != "robots":
                        self._check_type(url, kind, head.get("content-type"))
                    length = head.get("content-length", "")
                    if length.isdigit() and int(length) > cap:
                        raise ResponseTooLarge(f"body of {int(length)} bytes is larger than the cap of {cap}", path=url)
                    body = self._read(resp, head, url=url, cap=cap, deadline=deadline)
                    return status, head, body
            except httpx.TimeoutException:
                raise FetchTimeout(f"no answer within {self.settings.timeout:g}s", path=url) from None
            except httpx.RemoteProtocolError as exc:
                raise TruncatedResponse(f"the connection broke off: {exc}", path=url) from None
            except httpx.TransportError as exc:
                raise FetchError(f"network fault: {type(exc).__name__}: {exc}", path=url) from None
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                err = FetchError(f"bad URL: {exc}", path=url)
                err.transient = False
                raise err from None

    def _check_type(self, url: str, kind: str, header: Optional[str]) -> None:
        kind_, _ = media_type(header)
        allowed = PAGE_TYPES if kind == "page" else SOURCE_TYPES
        if kind_ and kind_ not in allowed:
            what = "an article page" if kind == "page" else "a feed, sitemap or URL list"
            raise ContentTypeError(f"content type {kind_!r} is not {what}", path=url)

    def _read(self, resp: "httpx.Response", head: dict[str, str], *, url: str, cap: int, deadline: float) -> bytes:
        encoding = head.get("content-encoding", "").strip().lower()
        decoder = None
        if encoding in ("gzip", "x-gzip", "deflate"):
            decoder = zlib.decompressobj(zlib.MAX_WBITS | 32)
        elif encoding not in ("", "identity"):
            raise ContentTypeError(f"unsupported content encoding {encoding!r}", path=url)
        out = bytearray()
        sent = 0
        for chunk in resp.iter_raw():
            if time.monotonic() > deadline:
                raise FetchTimeout(f"body not complete after {self.settings.total_timeout:g}s", path=url)
            sent += len(chunk)
            if sent > cap:
                raise ResponseTooLarge(f"body larger than the cap of {cap} bytes", path=url)
            if decoder is None:
                out += chunk
            else:
                _inflate_into(decoder, chunk, out, cap, what="body", path=url)
        if decoder is not None:
            _finish(decoder, out, cap, what="body", path=url)
        return bytes(out)
