"""What a watch remembers, kept in the store's own database (SQLAlchemy Core).

Two tables beside the store's, created on first use (``checkfirst``):

``watch_sources``
    one row per feed, sitemap or list: its ETag, Last-Modified and content
    hash (for conditional GETs), when it was polled and how that went.
``watch_pages``
    one row per article URL a source listed: ``pending`` until fetched,
    ``retry`` after a transient fault, ``done`` once its document is stored
    (with the document id, canonical URL, final URL after redirects, fetch
    time, ETag, Last-Modified and content hash), ``failed`` when given up.

A source's new items and its validators are written in one transaction, so
a watch stopped at any point resumes with the URLs it had not finished.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional, Sequence

from sqlalchemy import Column, Engine, Index, Integer, MetaData, String, Table, Text, column, func, insert, select, table, update

from .fetch import now_iso
from .sources import Item

__all__ = ["WatchState", "build_watch_metadata"]

PENDING, RETRY, DONE, FAILED = "pending", "retry", "done", "failed"


def build_watch_metadata() -> MetaData:
    """The watch tables, in a MetaData of their own (the store's schema is not touched)."""
    md = MetaData()
    Table(
        "watch_sources",
        md,
        Column("url", String(2000), primary_key=True),
        Column("kind", String(20)),
        Column("etag", Text),
        Column("last_modified", Text),
        Column("content_hash", String(64)),
        Column("polled_at", String(40)),
        Column("status", String(20)),
        Column("reason", Text),
        Column("items", Integer, nullable=False, default=0),
    )
    Table(
        "watch_pages",
        md,
        Column("url", String(2000), primary_key=True),
        Column("source", String(2000)),
        Column("status", String(20), nullable=False),
        Column("hint", Text),
        Column("published", String(40)),
        Column("outlet", Text),
        Column("title", Text),
        Column("attempts", Integer, nullable=False, default=0),
        Column("reason", Text),
        Column("document", String(64)),
        Column("canonical_url", Text),
        Column("final_url", Text),
        Column("fetched_at", String(40)),
        Column("etag", Text),
        Column("last_modified", Text),
        Column("content_hash", String(64)),
        Column("first_seen", String(40), nullable=False),
        Column("seq", Integer, nullable=False),
        Index("ix_watch_pages_status", "status", "seq"),
        Index("ix_watch_pages_document", "document"),
    )
    return md


_MD = build_watch_metadata()
_sources = _MD.tables["watch_sources"]
_pages = _MD.tables["watch_pages"]
# the store's documents table, read only: a URL stored by another route (tidings ingest of a JSONL file) is not fetched
_documents = table("documents", column("id"), column("url"))
_PAGE = 500


class WatchState:
    """The watch tables on ``engine`` (the store's engine)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        _MD.create_all(engine, checkfirst=True)

    def _write(self) -> Any:
        # BEGIN IMMEDIATE on SQLite (the store's engine honours this option), a plain BEGIN elsewhere
        return self.engine.connect().execution_options(tidings_write=True)

    # -- sources ----------------------------------------------------------
    def source(self, url: str) -> Optional[dict[str, Any]]:
        """The row of source ``url``, or ``None``."""
        with self.engine.connect() as conn:
            row = conn.execute(select(_sources).where(_sources.c.url == url)).first()
        return dict(row._mapping) if row is not None else None

    def source_failed(self, url: str, reason: str) -> None:
        """Note that polling ``url`` failed (its validators are kept)."""
        with self._write() as conn, conn.begin():
            self._upsert_source(conn, url, {"polled_at": now_iso(), "status": FAILED, "reason": reason})

    def source_unchanged(self, url: str) -> None:
        """Note a poll that found ``url`` unchanged (304 or the same bytes)."""
        with self._write() as conn, conn.begin():
            self._upsert_source(conn, url, {"polled_at": now_iso(), "status": "unchanged", "reason": None})

    def _upsert_source(self, conn: Any, url: str, values: dict[str, Any]) -> None:
        if conn.execute(select(_sources.c.url).where(_sources.c.url == url)).first() is None:
            conn.execute(insert(_sources).values(**{"url": url, "items": 0, **values}))
        else:
            conn.execute(update(_sources).where(_sources.c.url == url).values(**values))

    def record_poll(
        self, url: str, items: Sequence[Item], *, kind: str, etag: Optional[str], last_modified: Optional[str], content_hash: str,
        limit: Optional[int] = None,
    ) -> tuple[int, int, int]:
        """Queue the new and changed ``items`` of source ``url`` and keep its validators, in one transaction.

        Returns (new URLs, changed URLs, URLs left for a later pass). A known
        URL counts as changed when the source's hint for it (lastmod,
        updated) differs from the last one. At most ``limit`` URLs are queued;
        when some are left, the validators are not kept, so the next poll
        reads the source again and queues them.
        """
        new = changed = left = 0
        now = now_iso()
        urls = list(dict.fromkeys(i.url for i in items))
        by_url = {i.url: i for i in items}
        with self._write() as conn, conn.begin():
            known: dict[str, Any] = {}
            for i in range(0, len(urls), _PAGE):
                for row in conn.execute(select(_pages.c.url, _pages.c.status, _pages.c.hint).where(_pages.c.url.in_(urls[i : i + _PAGE]))):
                    known[row.url] = row
            seq = conn.execute(select(_pages.c.seq).order_by(_pages.c.seq.desc()).limit(1)).scalar() or 0
            for u in urls:
                item = by_url[u]
                row = known.get(u)
                fresh = row is None or (item.hint and row.hint != item.hint and row.status in (DONE, FAILED))
                if fresh and limit is not None and new + changed >= limit:
                    left += 1
                    continue
                if row is None:
                    seq += 1
                    conn.execute(insert(_pages).values(
                        url=u, source=url, status=PENDING, hint=item.hint, published=item.published, outlet=item.outlet,
                        title=item.title, attempts=0, first_seen=now, seq=seq,
                    ))
                    new += 1
                elif item.hint and row.hint != item.hint and row.status in (DONE, FAILED):
                    conn.execute(update(_pages).where(_pages.c.url == u).values(
                        status=PENDING, hint=item.hint, published=item.published or None, attempts=0, reason=None,
                    ))
                    changed += 1
            if left:
                etag = last_modified = None
            self._upsert_source(conn, url, {
                "kind": kind, "etag": etag, "last_modified": last_modified, "content_hash": None if left else content_hash,
                "polled_at": now, "status": "ok", "reason": None, "items": len(urls),
            })
        return new, changed, left

    # -- pages ------------------------------------------------------------
    def pending(self, *, limit: int, skip: Iterable[str] = ()) -> list[dict[str, Any]]:
        """Up to ``limit`` pages to fetch, oldest first, leaving out the URLs in ``skip``."""
        skip = set(skip)
        out: list[dict[str, Any]] = []
        query = select(_pages).where(_pages.c.status.in_((PENDING, RETRY))).order_by(_pages.c.seq)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                if row.url in skip:
                    continue
                out.append(dict(row._mapping))
                if len(out) >= limit:
                    break
        return out

    def page(self, url: str) -> Optional[dict[str, Any]]:
        """The row of page ``url``, or ``None``."""
        with self.engine.connect() as conn:
            row = conn.execute(select(_pages).where(_pages.c.url == url)).first()
        return dict(row._mapping) if row is not None else None

    def pages_of_document(self, document: str) -> list[dict[str, Any]]:
        """The fetched pages that gave document ``document`` (URL, canonical URL, fetch time, ...)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(_pages).where(_pages.c.document == document).order_by(_pages.c.seq)).all()
        return [dict(r._mapping) for r in rows]

    def stored_elsewhere(self, urls: Iterable[str]) -> dict[str, str]:
        """Those of ``urls`` the store already holds a document for: URL to document id."""
        urls = list(urls)
        found: dict[str, str] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(urls), _PAGE):
                for row in conn.execute(select(_documents.c.url, _documents.c.id).where(_documents.c.url.in_(urls[i : i + _PAGE]))):
                    found.setdefault(row.url, row.id)
        return found

    def done(self, url: str, **values: Any) -> None:
        """Mark ``url`` done, with what is known of its fetch (document, canonical_url, fetched_at, ...)."""
        with self._write() as conn, conn.begin():
            conn.execute(update(_pages).where(_pages.c.url == url).values(status=DONE, reason=None, **values))

    def failed(self, url: str, reason: str, *, transient: bool, max_attempts: int) -> bool:
        """Count a failed try of ``url``; True when it is given up (not transient, or out of attempts)."""
        with self._write() as conn, conn.begin():
            attempts = (conn.execute(select(_pages.c.attempts).where(_pages.c.url == url)).scalar() or 0) + 1
            given_up = not transient or attempts >= max_attempts
            conn.execute(update(_pages).where(_pages.c.url == url).values(
                status=FAILED if given_up else RETRY, attempts=attempts, reason=reason,
            ))
        return given_up

    def counts(self) -> dict[str, int]:
        """Pages by status."""
        out = {PENDING: 0, RETRY: 0, DONE: 0, FAILED: 0}
        with self.engine.connect() as conn:
            for status, n in conn.execute(select(_pages.c.status, func.count()).group_by(_pages.c.status)):
                out[str(status)] = int(n)
        return out
