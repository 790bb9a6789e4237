"""The watch loop: poll sources, fetch new pages, ingest them, remember what was done.

One pass:

1. every source is fetched (conditional GET; a local file is read) and
   parsed; its new URLs, and known URLs whose lastmod/updated changed, are
   queued in ``watch_pages`` together with the source's validators, in one
   transaction (a sitemap index's sitemaps are polled the same way);
2. queued pages are fetched ``batch_size`` at a time, ``concurrency`` at
   once; each page is read (:func:`tidings.read.read_article`) and the batch
   goes through the normal ingest (:func:`tidings._ingest.ingest_documents`:
   link, code, store, fuse); then each page is marked done with its
   document id, canonical URL, final URL, fetch time and validators.

A URL the store already holds (from this watch or another route) is not
fetched again unless its source says it changed, and then with a
conditional GET; the same bytes as last time are not read again.

Faults never stop the watch: each is reported through ``on_event`` with a
one-line reason and counted in the :class:`WatchReport`; a transient fault
leaves the URL queued for a later pass (up to ``max_attempts``).
:meth:`Watcher.stop` (the CLI calls it on SIGINT/SIGTERM) lets the pages
already fetched be ingested, starts nothing new, and returns; the queue in
the database lets the next run resume where this one stopped.
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import logging
import re
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence

from .._errors import FeedError, FetchError, ReadError, TidingsError
from .._ingest import Coder, IngestReport, ingest_documents
from .._options import Options
from .._types import Document
from .fetch import Fetcher, Interrupted, Response
from .pages import read_page
from .settings import WatchSettings
from .sources import parse_source
from .state import WatchState

if TYPE_CHECKING:
    from ..store import Store

log = logging.getLogger(__name__)

__all__ = ["Watcher", "WatchReport", "WatchEvent", "watch"]


@dataclass(frozen=True)
class WatchEvent:
    """Something that happened, for ``on_event``: ``kind`` is one of

    ``poll`` (a source was read; ``detail`` says how many items, how many new),
    ``unchanged`` (a source or page was not modified), ``retry`` (a transient
    fault, tried again after ``detail``), ``fault`` (a source or page failed:
    ``detail`` is the one-line reason, ``code`` its error code), ``stored``
    (a page's document went through ingest; ``detail`` is the document id),
    ``pass`` (a pass ended; ``detail`` is its summary), ``stop``.
    """

    kind: str
    url: str = ""
    detail: str = ""
    code: str = ""


EventCallback = Callable[[WatchEvent], None]


@dataclass
class WatchReport:
    """What a watch did, over all its passes so far."""

    passes: int = 0
    polls: int = 0  # sources read (sitemaps of an index and local lists included)
    sources_unchanged: int = 0  # 304, or the same bytes as last time
    items: int = 0  # URLs the sources listed
    new: int = 0  # URLs queued for the first time
    changed: int = 0  # known URLs queued again because their source says they changed
    left: int = 0  # new or changed URLs beyond max_items, queued in a later pass
    already_stored: int = 0  # queued URLs the store already held a document for: not fetched
    fetched: int = 0  # page bodies downloaded
    not_modified: int = 0  # pages that answered 304 or sent the same bytes as last time
    read: int = 0  # pages read into documents
    stored: int = 0  # new documents written
    unchanged: int = 0  # documents the store already had from the same URL
    duplicates: int = 0  # the same text from another URL, not stored again
    near_duplicates: int = 0
    coded: int = 0
    mentions: int = 0
    events: int = 0  # fused events in the store after the last batch
    retries: int = 0  # requests tried again after a transient fault
    deferred: int = 0  # URLs that failed transiently and stay queued for a later pass
    given_up: int = 0  # URLs given up (a permanent fault, or out of attempts)
    faults: dict[str, int] = field(default_factory=dict)  # "E703 http status error" -> times met (retried ones too)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (URL, one-line reason) of what failed
    requests: int = 0  # HTTP requests sent (robots.txt included)
    interrupted: bool = False  # stopped by stop() before the end
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """The report as a plain dict (JSON-ready)."""
        return asdict(self)

    def fault(self, err: TidingsError) -> None:
        """Count one fault met."""
        name = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", type(err).__name__).lower()
        key = f"{err.code} {name}"
        self.faults[key] = self.faults.get(key, 0) + 1

    def add_ingest(self, rep: IngestReport) -> None:
        """Add what one ingest batch did."""
        self.stored += rep.stored
        self.unchanged += rep.unchanged
        self.duplicates += rep.duplicates
        self.near_duplicates += rep.near_duplicates
        self.coded += rep.coded
        self.mentions += rep.mentions
        self.events = rep.events

    def summary(self) -> str:
        """One line for people."""
        parts = [
            f"passes {self.passes}", f"polls {self.polls} ({self.sources_unchanged} unchanged)", f"items {self.items}",
            f"new {self.new}", f"changed {self.changed}", f"fetched {self.fetched}", f"not modified {self.not_modified}",
            f"stored {self.stored}", f"unchanged {self.unchanged}", f"duplicates {self.duplicates}", f"coded {self.coded}",
            f"mentions {self.mentions}", f"events {self.events}", f"retries {self.retries}", f"deferred {self.deferred}",
            f"given up {self.given_up}",
        ]
        if self.faults:
            parts.append("faults " + ", ".join(f"{k} x{n}" for k, n in sorted(self.faults.items())))
        else:
            parts.append("faults 0")
        line = ", ".join(parts) + f"; {self.requests} requests in {self.seconds:.1f}s"
        return line + (" (stopped)" if self.interrupted else "")


def _unexpected(url: str, exc: BaseException) -> FetchError:
    """An error nobody foresaw, as a permanent fault of ``url`` (logged with its traceback)."""
    log.info("unexpected error on %s", url, exc_info=exc)
    err = FetchError(f"unexpected {type(exc).__name__}: {exc}", path=url, fix="please report this with the URL")
    err.transient = False
    return err


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Watcher:
    """Watches ``sources`` (feed, sitemap or URL-list URLs, or local URL-list files) into ``store``.

    ``on_event`` receives a :class:`WatchEvent` for everything worth telling
    (one at a time; ``retry`` events come from the fetch threads); the
    library prints nothing. ``code``/``fuse``/``coder`` are passed to the
    ingest; ``transport`` is an httpx transport to fetch through (a proxy,
    a mock).
    """

    def __init__(
        self,
        sources: Sequence[str],
        *,
        store: "Store",
        options: Optional[Options] = None,
        settings: Optional[WatchSettings] = None,
        code: bool = True,
        fuse: bool = True,
        coder: Optional[Coder] = None,
        on_event: Optional[EventCallback] = None,
        transport: Any = None,
    ) -> None:
        if not sources:
            raise FeedError("nothing to watch: give at least one feed, sitemap or URL list")
        self.sources = list(dict.fromkeys(sources))
        self.store = store
        self.options = options or Options()
        self.settings = settings or WatchSettings()
        self.code = code
        self.fuse = fuse
        self.coder = coder
        self.on_event: EventCallback = on_event or (lambda event: None)
        self.report = WatchReport()
        self._stop = threading.Event()
        self._lock = threading.RLock()
        self.max_bytes = self.settings.max_bytes or self.options.max_bytes
        self.state = WatchState(store.engine)
        self.fetcher = Fetcher(self.settings, max_bytes=self.max_bytes, stop=self._stop, on_retry=self._retried, transport=transport)
        self._pool = cf.ThreadPoolExecutor(max_workers=self.settings.concurrency, thread_name_prefix="tidings-watch")

    # -- life cycle -------------------------------------------------------
    def stop(self) -> None:
        """Finish the documents already fetched, start nothing new, return from :meth:`run`. Safe in a signal handler."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        """Whether :meth:`stop` was called."""
        return self._stop.is_set()

    def close(self) -> None:
        """Close the connections and the fetch threads (the store stays open)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        self.fetcher.close()

    def __enter__(self) -> "Watcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _emit(self, kind: str, url: str = "", detail: str = "", code: str = "") -> None:
        with self._lock:  # retries are told from the fetch threads: one event at a time
            self.on_event(WatchEvent(kind, url, detail, code))

    def _fault(self, url: str, err: TidingsError) -> None:
        self.report.fault(err)
        reason = f"{err.code} {err.message}" + (f" ({err.fix})" if err.fix else "")
        log.info("%s: %s", url, reason)
        self._emit("fault", url, reason, err.code)

    def _retried(self, url: str, err: FetchError, wait: float) -> None:
        with self._lock:
            self.report.retries += 1
            self.report.fault(err)
        log.info("%s: %s; trying again in %.1fs", url, err, wait)
        self._emit("retry", url, f"{err.code} {err.message}; again in {wait:.1f}s", err.code)

    # -- running ----------------------------------------------------------
    def run(self, *, once: bool = False, passes: Optional[int] = None) -> WatchReport:
        """Run passes every ``interval`` seconds until :meth:`stop` (or one pass with ``once``, or ``passes``)."""
        limit = 1 if once else passes
        done = 0
        while not self.stopping:
            started = time.monotonic()
            self.run_pass()
            done += 1
            if limit is not None and done >= limit:
                break
            if self._stop.wait(max(0.0, self.settings.interval - (time.monotonic() - started))):
                break
        if self.stopping:
            self.report.interrupted = True
            self._emit("stop", detail="stopped; the next run resumes with the URLs still queued")
        return self.report

    def run_pass(self) -> WatchReport:
        """One pass over every source and the queued pages; returns the running report."""
        started = time.perf_counter()
        requests = self.fetcher.requests
        for source in self.sources:
            if self.stopping:
                break
            self._poll(source, depth=0)
        if not self.stopping:
            self._drain()
        self.report.passes += 1
        self.report.interrupted = self.stopping
        self.report.requests += self.fetcher.requests - requests
        self.report.seconds += time.perf_counter() - started
        self._emit("pass", detail=self.report.summary())
        return self.report

    # -- sources ----------------------------------------------------------
    def _poll(self, source: str, depth: int) -> None:
        local = "://" not in source
        row = self.state.source(source)
        try:
            if local:
                body, kind, etag, modified = self._read_local(source), "text/plain", None, None
                self.report.polls += 1
            else:
                response = self.fetcher.get(
                    source, kind="source", etag=row["etag"] if row else None, last_modified=row["last_modified"] if row else None,
                )
                body, kind, etag, modified = response.body, response.content_type, response.etag, response.last_modified
                self.report.polls += 1
                if response.status == 304:
                    self.report.sources_unchanged += 1
                    self.state.source_unchanged(source)
                    self._emit("unchanged", source, "not modified (304)")
                    return
            digest = _sha(body)
            if row is not None and row["content_hash"] == digest and row["status"] in ("ok", "unchanged"):
                self.report.sources_unchanged += 1
                self.state.source_unchanged(source)
                self._emit("unchanged", source, "same content as last time")
                return
            parsed = parse_source(body, url=source, content_type=kind, max_bytes=self.max_bytes)
        except Interrupted:
            return
        except (FetchError, ValueError, LookupError, TypeError, RuntimeError) as exc:
            err = exc if isinstance(exc, FetchError) else _unexpected(source, exc)
            self._fault(source, err)
            self.report.failures.append((source, str(err)))
            self.state.source_failed(source, str(err))
            return
        items = parsed.items
        for problem in parsed.problems:
            self._fault(source, FeedError(problem, path=source))
        new, changed, left = self.state.record_poll(
            source, items, kind=parsed.kind, etag=etag, last_modified=modified, content_hash=digest, limit=self.settings.max_items,
        )
        self.report.items += len(items)
        self.report.new += new
        self.report.changed += changed
        self.report.left += left
        more = f", {left} left for the next pass (max_items)" if left else ""
        self._emit("poll", source, f"{parsed.kind}: {len(items)} items, {new} new, {changed} changed{more}")
        for child in parsed.sitemaps:
            if self.stopping:
                return
            if depth >= self.settings.sitemap_depth:
                self._fault(child, FeedError(f"sitemap nested deeper than {self.settings.sitemap_depth} levels; not followed", path=child))
                continue
            self._poll(child, depth + 1)

    def _read_local(self, path: str) -> bytes:
        p = Path(path)
        try:
            size = p.stat().st_size
            if size > self.max_bytes:
                raise FeedError(f"URL list of {size} bytes is larger than the cap of {self.max_bytes}", path=path)
            return p.read_bytes()
        except OSError as exc:
            raise FeedError(f"cannot read the URL list: {exc.strerror or exc}", path=path) from None

    # -- pages ------------------------------------------------------------
    def _drain(self) -> None:
        tried: set[str] = set()
        batch = max(1, self.options.batch_size)
        while not self.stopping:
            rows = self.state.pending(limit=batch, skip=tried)
            if not rows:
                return
            tried.update(r["url"] for r in rows)
            elsewhere = self.state.stored_elsewhere(r["url"] for r in rows if not r["document"])
            todo = []
            for row in rows:
                if row["url"] in elsewhere:
                    self.report.already_stored += 1
                    self.state.done(row["url"], document=elsewhere[row["url"]])
                    self._emit("unchanged", row["url"], f"already stored as {elsewhere[row['url']]}")
                else:
                    todo.append(row)
            self._fetch_and_ingest(todo)

    def _fetch_and_ingest(self, rows: list[dict[str, Any]]) -> None:
        futures = {
            row["url"]: self._pool.submit(
                self.fetcher.get, row["url"], kind="page",
                etag=row["etag"] if row["document"] else None,
                last_modified=row["last_modified"] if row["document"] else None,
            )
            for row in rows
        }
        results: dict[str, Response | BaseException] = {}
        for url, future in futures.items():
            try:
                results[url] = future.result()
            except cf.CancelledError:
                continue
            except BaseException as exc:  # noqa: BLE001 - handed to the caller below, one page at a time
                results[url] = exc
            if self.stopping:
                for other in futures.values():
                    other.cancel()
        docs: list[Document] = []
        marks: dict[str, dict[str, Any]] = {}
        for row in rows:
            url = row["url"]
            outcome = results.get(url)
            if outcome is None or isinstance(outcome, Interrupted):
                continue  # not started or cut short: stays queued for the next run
            if isinstance(outcome, FetchError):
                self._page_failed(url, outcome)
                continue
            if isinstance(outcome, Exception):
                self._page_failed(url, _unexpected(url, outcome))
                continue
            if isinstance(outcome, BaseException):
                raise outcome
            response = outcome
            validators = {"etag": response.etag, "last_modified": response.last_modified, "fetched_at": response.fetched_at}
            if response.status == 304 or (row["content_hash"] and row["content_hash"] == _sha(response.body)):
                self.report.not_modified += 1
                self.state.done(url, **validators)
                self._emit("unchanged", url, "not modified (304)" if response.status == 304 else "same content as last time")
                continue
            self.report.fetched += 1
            try:
                doc, canonical = read_page(response, options=self.options, published=row["published"], outlet=row["outlet"])
            except ReadError as err:
                err.path = url
                self._page_failed(url, err)
                continue
            except (ValueError, LookupError, TypeError, RuntimeError, AssertionError) as exc:  # a reader bug must not stop the watch
                self._page_failed(url, _unexpected(url, exc))
                continue
            self.report.read += 1
            docs.append(doc)
            marks[url] = dict(
                validators, document=doc["id"], canonical_url=canonical, final_url=response.final_url,
                content_hash=_sha(response.body),
            )
        if not docs:
            return
        rep = ingest_documents(docs, store=self.store, options=self.options, code=self.code, fuse=self.fuse and self.code, coder=self.coder)
        self.report.add_ingest(rep)
        for doc_id, reason in rep.failed:
            self._emit("fault", doc_id, reason, "E503")
        known = self.store.known_documents(m["document"] for m in marks.values())
        for url, mark in marks.items():
            if mark["document"] in known:
                self.state.done(url, **mark)
                self._emit("stored", url, mark["document"])
            else:  # pragma: no cover - ingest writes every document it is given
                self._page_failed(url, FetchError("the document was not stored", path=url))

    def _page_failed(self, url: str, err: TidingsError) -> None:
        self._fault(url, err)
        transient = bool(getattr(err, "transient", False))
        given_up = self.state.failed(url, str(err), transient=transient, max_attempts=self.settings.max_attempts)
        if given_up:
            self.report.given_up += 1
            self.report.failures.append((url, str(err)))
        else:
            self.report.deferred += 1


def watch(
    sources: Sequence[str],
    *,
    store: Optional["Store"] = None,
    options: Optional[Options] = None,
    settings: Optional[WatchSettings] = None,
    once: bool = False,
    code: bool = True,
    fuse: bool = True,
    on_event: Optional[EventCallback] = None,
) -> WatchReport:
    """Watch ``sources`` into ``store`` (default: ``open_store(options=options)``) until stopped, or one pass with ``once``."""
    opts = options or Options()
    own = store is None
    if store is None:
        from ..store import open_store

        store = open_store(options=opts)
    try:
        with Watcher(sources, store=store, options=opts, settings=settings, code=code, fuse=fuse, on_event=on_event) as watcher:
            return watcher.run(once=once)
    finally:
        if own:
            store.close()

