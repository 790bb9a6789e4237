"""The :class:`Store`: documents, mentions, fused events, stories, forecasts.

SQLAlchemy Core over SQLite by default (WAL journal, foreign keys on, a busy
timeout so a reader such as ``tidings serve`` can run beside an ingest), or
PostgreSQL through psycopg 3 (``postgresql://...``). Engine-specific code is
the connection set-up here (:func:`_sqlite_engine`, :func:`_postgres_engine`),
the upserts (:func:`_upsert`, ``INSERT ... ON CONFLICT`` on both) and
full-text search in :mod:`tidings.store.fulltext`.

Every write method runs in one transaction; :meth:`Store.transaction` lets a
caller group several writes (for instance a document and its mentions) into
one, so an interrupted run never leaves half a document behind.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import os
import sqlite3
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence, TypedDict, cast

from sqlalchemy import (
    Connection,
    Engine,
    Row,
    Table,
    and_,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql as _pg
from sqlalchemy.dialects import sqlite as _sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.elements import ColumnElement

from .._errors import NotFound, QueryError, StoreError
from .._ids import document_id
from .._options import Options
from .._types import Document, Event
from . import fulltext, records
from .migrations import WRITE_LOCK_KEY, current_version, latest_version, migrate
from .query import check_page, escape_like, parse_query, snippet
from .schema import DOCUMENT_EXTRA, metadata

log = logging.getLogger(__name__)

__all__ = ["Store", "open_store", "Page", "SearchResult", "SEARCH_SECONDS"]

SEARCH_SECONDS = 2.0  # time budget of one search (all its queries), unless the call gives another


class Page(TypedDict):
    """One page of a list: its items, how many match in all, and the page asked for."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


class SearchResult(TypedDict):
    """What :meth:`Store.search` returns: hits grouped by kind (in the order asked), totals per kind."""

    query: str
    hits: list[dict[str, Any]]
    total: dict[str, int]
    limit: int
    offset: int

T = metadata.tables
_docs = T["documents"]
_spans = T["removed_spans"]
_mentions = T["mentions"]
_events = T["events"]
_links = T["event_mentions"]
_event_keys = T["event_keys"]
_history = T["status_history"]
_stories = T["stories"]
_story_docs = T["story_documents"]
_forecasts = T["forecasts"]
_actors = T["actors"]

_DOC_COLUMNS = (
    "title", "subtitle", "outlet", "original_outlet", "author", "published", "language",
    "url", "source_path", "format", "duplicate_of",
)
_PAGE = 500


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


_BUSY_TIMEOUT_S = 30.0


def _set_wal(cur: Any, timeout: float = _BUSY_TIMEOUT_S) -> None:
    """Put the database in WAL mode, waiting while another connection holds it.

    Switching to WAL needs the database to itself, and SQLite reports
    "database is locked" at once instead of calling the busy handler when
    another process holds it (many processes opening one new database at
    once), so the switch is retried until ``timeout``.
    """
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


def _sqlite_engine(url: str, *, read_only: bool = False) -> Engine:
    """SQLite engine with real transactions (DDL included), WAL and foreign keys.

    ``read_only``: ``url`` names a ``mode=ro`` URI; nothing is written, not
    even the journal mode, and every connection is ``query_only``.
    """
    kwargs: dict[str, Any] = {}
    u = make_url(url)
    memory = u.database in (None, "", ":memory:")
    if memory:
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's BEGIN below govern transactions
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(_BUSY_TIMEOUT_S * 1000)}")
        cur.execute("PRAGMA foreign_keys=ON")
        if read_only:
            cur.execute("PRAGMA query_only=ON")
        elif not memory:
            _set_wal(cur)
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("tidings_write") and not read_only
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _postgres_url(text: str) -> URL:
    """A PostgreSQL URL with the psycopg 3 driver (``postgresql://`` and ``postgres://`` mean it too)."""
    url = make_url(text.replace("postgres://", "postgresql://", 1) if text.startswith("postgres://") else text)
    if url.drivername in ("postgresql", "postgresql+psycopg"):
        return url.set(drivername="postgresql+psycopg")
    raise StoreError(f"PostgreSQL is used through psycopg 3, not {url.drivername!r}", path=text, fix="write the URL as postgresql://user@host/database")


def _postgres_engine(url: URL, *, read_only: bool = False) -> Engine:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        from .._errors import MissingExtra

        raise MissingExtra("a PostgreSQL store", "postgres", "psycopg") from None
    args: dict[str, Any] = {"connect_timeout": 10}
    if read_only:  # added to the URL's own options (a search_path, say)
        given = url.query.get("options", "")
        given = " ".join(given) if isinstance(given, tuple) else given
        args["options"] = f"{given} -c default_transaction_read_only=on".strip()
    return create_engine(url, pool_pre_ping=True, connect_args=args)


def _make_engine(db: str | os.PathLike[str], *, read_only: bool = False, create: bool = True) -> Engine:
    text = os.fspath(db)
    if "://" in text:
        try:
            url = make_url(text.replace("postgres://", "postgresql://", 1) if text.startswith("postgres://") else text)
        except ArgumentError as exc:
            raise StoreError(f"not a database URL: {exc}", path=text) from None
        backend = url.get_backend_name()
        if backend == "sqlite":
            if url.database not in (None, "", ":memory:") and (read_only or not create):
                path = Path(url.database or "").expanduser()
                if not path.is_file():
                    raise StoreError("no such database", path=text, fix="check the path, or create the store with `tidings ingest`")
                if read_only:
                    return _sqlite_engine(_read_only_url(path), read_only=True)
            return _sqlite_engine(text)
        if backend == "postgresql":
            return _postgres_engine(_postgres_url(text), read_only=read_only)
        try:
            return create_engine(text, pool_pre_ping=True)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot use database URL: {exc}", path=text, fix="install the database driver") from None
    if text == ":memory:":
        if read_only:
            raise StoreError("an in-memory store cannot be opened read-only", path=text)
        return _sqlite_engine("sqlite://")
    path = Path(text).expanduser()
    if not path.parent.exists():
        raise StoreError("the folder of the database does not exist", path=text, fix="create the folder or pass another --db")
    if (read_only or not create) and not path.is_file():
        raise StoreError("no such database", path=text, fix="check the path, or create the store with `tidings ingest`")
    if read_only:
        return _sqlite_engine(_read_only_url(path), read_only=True)
    return _sqlite_engine(f"sqlite:///{path.resolve()}")


def _read_only_url(path: Path) -> str:
    return f"sqlite:///file:{urllib.parse.quote(str(path.resolve()))}?mode=ro&uri=true"


def _check_read_only(engine: Engine, name: str) -> None:
    """Refuse, for read-only use, a database that is not a tidings store at this code's schema."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not {"schema_migrations", "documents", "events"} <= tables:
            raise StoreError("not a tidings store (no tidings tables in it)", path=name, fix="pass the --db of a store that tidings wrote")
        have, latest = current_version(conn), latest_version()
    if have > latest:
        from .._errors import SchemaVersionError

        raise SchemaVersionError(f"the database is at schema version {have}, newer than this tidings (version {latest})", path=name)
    if have < latest:
        raise StoreError(
            f"the store is at schema version {have}, older than this tidings (version {latest}), and is opened read-only",
            path=name, fix="open it once for writing (e.g. `tidings documents`) to migrate it",
        )


def open_store(
    db: Optional[str | os.PathLike[str]] = None,
    *,
    options: Optional[Options] = None,
    read_only: bool = False,
    create: bool = True,
) -> "Store":
    """Open (creating and migrating as needed) the store at ``db``.

    ``db`` is a file path, ``":memory:"``, ``postgresql://user@host/db`` or
    another SQLAlchemy URL; when omitted, ``options.db`` (``tidings.db`` by
    default). Any number of processes may open one database at once.

    ``read_only``: open without writing anything (SQLite: a ``mode=ro`` URI,
    no journal change; PostgreSQL: read-only transactions); refuses a
    database that is not a tidings store or is not at this code's schema.
    ``create=False``: refuse a database file that does not exist instead of
    creating it.

    Raises :class:`~tidings.StoreError` when it cannot be opened and
    :class:`~tidings.SchemaVersionError` when a newer tidings wrote it.
    """
    options = options or Options()
    target = db if db is not None else options.db
    name = os.fspath(target)
    engine = _make_engine(target, read_only=read_only, create=create)
    try:
        if read_only:
            _check_read_only(engine, name)
        else:
            migrate(engine)
        return Store(engine, options=options, name=name, read_only=read_only)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        raise StoreError(f"cannot open the database: {exc.__class__.__name__}: {detail[0] if detail else ''}", path=name) from None


def _prefix(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as a range the column's index answers (no LIKE, no wildcards)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]], keys: Sequence[str], *, update_columns: Optional[Sequence[str]] = None) -> None:
    """Insert ``rows``, updating (or, with ``update_columns=()``, keeping) a row whose ``keys`` exist.

    ``INSERT ... ON CONFLICT`` on SQLite and PostgreSQL, so writers at once
    neither fail nor duplicate; rows are written in key order (no deadlock
    between two writers of overlapping rows).
    """
    if not rows:
        return
    rows = sorted(rows, key=lambda r: tuple(str(r[k]) for k in keys))
    cols = [c for c in rows[0] if c not in keys] if update_columns is None else list(update_columns)
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        stmt: Any = _sqlite.insert(table) if dialect == "sqlite" else _pg.insert(table)
        if cols:
            stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_={c: stmt.excluded[c] for c in cols})
        else:
            stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
        for i in range(0, len(rows), _PAGE):
            conn.execute(stmt, rows[i : i + _PAGE])
        return
    for r in rows:  # another engine: one row at a time
        cond = and_(*(table.c[k] == r[k] for k in keys))
        if conn.execute(select(table.c[keys[0]]).where(cond)).first() is None:
            conn.execute(insert(table).values(**r))
        elif cols:
            conn.execute(update(table).where(cond).values({c: r[c] for c in cols}))


_key = records.key


def _mention_ids(ev: Event) -> dict[str, tuple[Optional[float], Any]]:
    """Mention record ids an event is built from, with merge score and keys."""
    found: dict[str, tuple[Optional[float], Any]] = {}
    for m in ev.get("mentions") or []:
        mid = m.get("id") or m.get("mention")
        if isinstance(mid, str):
            found.setdefault(mid, (None, None))
    for entry in ev.get("merge") or []:
        mid = entry.get("mention")
        if isinstance(mid, str):
            score = entry.get("score")
            found[mid] = (float(score) if isinstance(score, (int, float)) else None, entry.get("keys"))
    return found


def _record(row: Any) -> dict[str, Any]:
    """A stored record (an event, a mention, a story) from its row: the JSON ``data`` with the row's ``id``."""
    return {**dict(row.data), "id": row.id}


class Store:
    """A tidings database. Use :func:`open_store` to get one; close it (or use ``with``)."""

    def __init__(self, engine: Engine, *, options: Optional[Options] = None, name: str = "", read_only: bool = False) -> None:
        self.engine = engine
        self.options = options or Options()
        self.name = name
        self.read_only = read_only
        self.dialect = engine.dialect.name
        self._local = threading.local()
        with engine.connect() as conn:
            self.schema_version: int = current_version(conn)

    # -- life cycle -------------------------------------------------------
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Release the database connections; the store cannot be used afterwards."""
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"<Store {self.name!r} schema v{self.schema_version}>"

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction; nested calls join the outer one.

        Everything written inside commits together or not at all.
        """
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            yield conn
            return
        if self.read_only:
            raise StoreError("the store is open read-only", path=self.name, fix="open it without read_only to write")
        try:
            with self.engine.connect().execution_options(tidings_write=True) as conn:
                with conn.begin():
                    if self.dialect == "postgresql":  # writers take turns, as SQLite's BEGIN IMMEDIATE makes them
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
                    self._local.conn = conn
                    try:
                        yield conn
                    finally:
                        self._local.conn = None
        except SQLAlchemyError as exc:
            detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise StoreError(f"database write failed: {exc.__class__.__name__}: {detail}", path=self.name) from exc

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            yield conn
            return
        with self.engine.connect() as conn:
            yield conn

    # -- documents --------------------------------------------------------
    def add_document(self, doc: Document, *, signature: Optional[list[int]] = None) -> str:
        """Store ``doc`` with its removed spans; return what happened.

        ``"stored"``: new document. ``"unchanged"``: the same document (same
        id, so the same clean text) from the same source is already stored.
        ``"duplicate"``: the same text is already stored from another file or
        URL; nothing is written.
        """
        doc_id = doc.get("id")
        if not doc_id:
            doc_id = document_id(doc["text"])
        def seen(row: Any) -> str:
            same = (row.source_path or None, row.url or None) == (doc.get("source_path") or None, doc.get("url") or None)
            return "unchanged" if same or not (doc.get("source_path") or doc.get("url")) else "duplicate"

        with self.transaction() as conn:
            row = conn.execute(select(_docs.c.source_path, _docs.c.url).where(_docs.c.id == doc_id)).first()
            if row is not None:
                return seen(row)
            values: dict[str, Any] = {c: doc.get(c) for c in _DOC_COLUMNS}
            values.update(
                id=doc_id,
                text=doc.get("text") or "",
                raw=doc.get("raw"),
                published_inferred=bool(doc.get("published_inferred")),
                words=int(doc.get("words") or len((doc.get("text") or "").split())),
                provenance=doc.get("provenance") or {},
                updates=doc.get("updates") or [],
                signature=list(signature) if signature is not None else None,
                ingested_at=_now(),
                extra={k: doc[k] for k in DOCUMENT_EXTRA if doc.get(k) not in (None, [], "")} or None,  # type: ignore[literal-required]
            )
            if self.dialect in ("sqlite", "postgresql"):
                ins: Any = (_sqlite.insert(_docs) if self.dialect == "sqlite" else _pg.insert(_docs)).on_conflict_do_nothing(index_elements=["id"])
                if conn.execute(ins.values(**values)).rowcount == 0:  # another writer stored it meanwhile
                    return seen(conn.execute(select(_docs.c.source_path, _docs.c.url).where(_docs.c.id == doc_id)).one())
            else:
                conn.execute(insert(_docs).values(**values))
            spans = [
                {"document": doc_id, "start": int(s.get("start", 0)), "end": int(s.get("end", 0)), "reason": str(s.get("reason") or "other"), "text": s.get("text") or ""}
                for s in doc.get("removed") or []
            ]
            if spans:
                conn.execute(insert(_spans), spans)
            fulltext.index_document(conn, doc_id, doc.get("title"), values["text"])
        return "stored"

    def has_document(self, id: str) -> bool:
        """Whether the document ``id`` is stored."""
        with self._read() as conn:
            return conn.execute(select(_docs.c.id).where(_docs.c.id == id)).first() is not None

    def known_documents(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` that are stored (one query per 500 ids)."""
        ids = list(ids)
        out: set[str] = set()
        with self._read() as conn:
            for i in range(0, len(ids), _PAGE):
                out.update(r[0] for r in conn.execute(select(_docs.c.id).where(_docs.c.id.in_(ids[i : i + _PAGE]))))
        return out

    def uncoded_documents(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` that are stored but not yet through the code stage."""
        ids = list(ids)
        out: set[str] = set()
        with self._read() as conn:
            for i in range(0, len(ids), _PAGE):
                chunk = ids[i : i + _PAGE]
                out.update(r[0] for r in conn.execute(select(_docs.c.id).where(_docs.c.id.in_(chunk), _docs.c.coded_at.is_(None))))
        return out

    def mark_coded(self, id: str) -> None:
        """Record that the code stage ran on document ``id`` (with or without mentions)."""
        with self.transaction() as conn:
            conn.execute(update(_docs).where(_docs.c.id == id).values(coded_at=_now()))

    def _rows_to_documents(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[Document]:
        ids = [r.id for r in rows]
        spans: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        if ids:
            for s in conn.execute(select(_spans).where(_spans.c.document.in_(ids)).order_by(_spans.c.document, _spans.c.start, _spans.c.id)):
                spans[s.document].append({"text": s.text, "start": s.start, "end": s.end, "reason": s.reason})
        docs: list[Document] = []
        for r in rows:
            d: dict[str, Any] = {c: getattr(r, c) for c in _DOC_COLUMNS}
            d.update(
                id=r.id,
                text=r.text,
                raw=r.raw,
                published_inferred=bool(r.published_inferred),
                words=r.words,
                provenance=r.provenance or {},
                updates=r.updates or [],
                removed=spans[r.id],
                ingested_at=r.ingested_at,
                coded=r.coded_at is not None,
            )
            d.update(r.extra or {})
            # the Document fields, plus the store's own ``subtitle``, ``ingested_at`` and ``coded``,
            # which the TypedDict does not declare: asserted, not checked key by key
            docs.append(cast(Document, d))
        return docs

    def get_document(self, id: str) -> Document:
        """The stored document ``id`` with its removed spans; raises :class:`~tidings.NotFound`."""
        with self._read() as conn:
            row = conn.execute(select(_docs).where(_docs.c.id == id)).first()
            if row is None:
                raise NotFound(f"no document {id!r} in the store", path=self.name, fix="list ids with `tidings documents`")
            return self._rows_to_documents(conn, [row])[0]

    def iter_documents(self, *, language: Optional[str] = None, outlet: Optional[str] = None, limit: Optional[int] = None) -> Iterator[Document]:
        """Documents by publication date (undated last), then id. ``outlet`` matches case-insensitively."""
        cond = []
        if language:
            cond.append(_docs.c.language == language)
        if outlet:
            cond.append(or_(func.lower(_docs.c.outlet) == outlet.lower(), func.lower(_docs.c.original_outlet) == outlet.lower()))
        order = [_docs.c.published.is_(None), _docs.c.published, _docs.c.id]
        done = 0
        offset = 0
        while limit is None or done < limit:
            size = _PAGE if limit is None else min(_PAGE, limit - done)
            with self._read() as conn:
                rows = conn.execute(select(_docs).where(*cond).order_by(*order).limit(size).offset(offset)).all()
                docs = self._rows_to_documents(conn, rows)
            yield from docs
            done += len(docs)
            offset += len(rows)
            if len(rows) < size:
                return

    def count_documents(self) -> int:
        """How many documents are stored."""
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(_docs)).scalar_one())

    def signatures(self) -> Iterator[tuple[str, list[int]]]:
        """``(document id, MinHash signature)`` of every document stored with one."""
        with self._read() as conn:
            rows = conn.execute(select(_docs.c.id, _docs.c.signature).where(_docs.c.signature.is_not(None)).order_by(_docs.c.ingested_at, _docs.c.id)).all()
        for r in rows:
            if r.signature:
                yield r.id, list(r.signature)

    def delete_document(self, id: str) -> None:
        """Remove a document with its removed spans and mentions (events keep their copies)."""
        with self.transaction() as conn:
            mids = [r[0] for r in conn.execute(select(_mentions.c.id).where(_mentions.c.document == id))]
            if mids:
                conn.execute(delete(_links).where(_links.c.mention.in_(mids)))
            conn.execute(delete(_mentions).where(_mentions.c.document == id))
            conn.execute(delete(_spans).where(_spans.c.document == id))
            conn.execute(delete(_story_docs).where(_story_docs.c.document == id))
            fulltext.delete_document(conn, id)
            conn.execute(delete(_docs).where(_docs.c.id == id))

    # -- mentions ---------------------------------------------------------
    def replace_mentions(self, document: str, mentions: list[Event]) -> list[str]:
        """Replace the mention records (one-mention events) of ``document``.

        Mentions without an ``id`` get ``m-<document>-<n>``. The document is
        marked as coded, even when ``mentions`` is empty. Returns the ids.
        """
        with self.transaction() as conn:
            # the row lock (PostgreSQL; SQLite's writers are one at a time anyway) serialises
            # two writers re-coding the same document
            if conn.execute(select(_docs.c.id).where(_docs.c.id == document).with_for_update()).first() is None:
                raise NotFound(f"no document {document!r} to attach mentions to", path=self.name)
            old = [r[0] for r in conn.execute(select(_mentions.c.id).where(_mentions.c.document == document))]
            if old:
                conn.execute(delete(_links).where(_links.c.mention.in_(old)))
                conn.execute(delete(_mentions).where(_mentions.c.document == document))
            ids: list[str] = []
            rows = []
            for n, m in enumerate(mentions):
                mid = m.get("id") or f"m-{document}-{n}"
                if mid in ids:
                    raise StoreError(f"mention id {mid!r} given twice for document {document!r}")
                ids.append(mid)
                data = dict(m)
                data["id"] = mid
                rows.append(
                    {
                        "id": mid,
                        "document": document,
                        "index": n,
                        "data": data,
                        "cameo": _key(m, "type", "cameo"),
                        "source_code": _key(m, "source", "code"),
                        "target_code": _key(m, "target", "code"),
                        "date_start": _key(m, "date", "start"),
                        "date_end": _key(m, "date", "end"),
                        "status": m.get("status"),
                        "fused": False,
                        "event": None,
                    }
                )
            if rows:
                conn.execute(insert(_mentions), rows)
            conn.execute(update(_docs).where(_docs.c.id == document).values(coded_at=_now()))
        return ids

    def iter_mentions(self, *, document: Optional[str] = None, unfused_only: bool = False) -> Iterator[Event]:
        """Mention records in document order; ``unfused_only``: not yet part of an event."""
        cond = []
        if document is not None:
            cond.append(_mentions.c.document == document)
        if unfused_only:
            cond.append(_mentions.c.fused.is_(False))
        last: tuple[str, int] | None = None
        while True:
            page_cond = list(cond)
            if last is not None:
                page_cond.append(or_(_mentions.c.document > last[0], (_mentions.c.document == last[0]) & (_mentions.c.index > last[1])))
            with self._read() as conn:
                rows = conn.execute(
                    select(_mentions.c.id, _mentions.c.document, _mentions.c.index, _mentions.c.data, _mentions.c.event)
                    .where(*page_cond)
                    .order_by(_mentions.c.document, _mentions.c.index)
                    .limit(_PAGE)
                ).all()
            for r in rows:
                yield cast(Event, _record(r))  # a mention record as replace_mentions stored it
            if len(rows) < _PAGE:
                return
            last = (rows[-1].document, rows[-1]._mapping["index"])  # Row.index is also tuple.index to a type checker

    def count_mentions(self, *, unfused_only: bool = False) -> int:
        """How many mention records are stored (``unfused_only``: not yet part of an event)."""
        stmt = select(func.count()).select_from(_mentions)
        if unfused_only:
            stmt = stmt.where(_mentions.c.fused.is_(False))
        with self._read() as conn:
            return int(conn.execute(stmt).scalar_one())

    # -- events -----------------------------------------------------------
    def save_events(self, events: list[Event], *, delete: Iterable[str] = ()) -> None:
        """Upsert fused events and delete others, in one transaction.

        For each event: its key columns, links to the mention records it is
        built from (``mentions[i]["id"]`` and ``merge[j]["mention"]``, with
        the merge score and keys), its status history and its forecast.
        Linked mentions are marked fused; mentions of deleted events become
        unfused again unless an upserted event takes them.
        """
        now = _now()
        ids: list[str] = []
        for ev in events:
            if not ev.get("id"):
                raise StoreError("an event to save has no id")
            ids.append(ev["id"])
        with self.transaction() as conn:
            gone = sorted({i for i in delete if i})
            for i in range(0, len(gone), _PAGE):
                chunk = gone[i : i + _PAGE]
                conn.execute(update(_mentions).where(_mentions.c.event.in_(chunk)).values(fused=False, event=None))
                for table in (_links, _history, _forecasts):
                    conn.execute(table.delete().where(table.c.event.in_(chunk)))
                conn.execute(_events.delete().where(_events.c.id.in_(chunk)))
            fulltext.delete(conn, "events", gone)
            rows: dict[str, dict[str, Any]] = {}
            links: dict[tuple[str, str], dict[str, Any]] = {}
            history: list[dict[str, Any]] = []
            forecasts: list[dict[str, Any]] = []
            texts: list[tuple[str, str, str]] = []
            actors: dict[str, dict[str, Any]] = {}
            for ev in events:
                eid = ev["id"]
                rows[eid] = {"id": eid, "data": dict(ev), **records.event_columns(ev), **records.salience_columns(ev),
                             "label": records.event_label(ev)[:400], "updated_at": now}
                texts.append((eid, *records.event_text(ev)))
                for a in records.event_actors(ev):
                    actors[a["id"]] = a
                for m, (score, keys) in _mention_ids(ev).items():
                    links[(eid, m)] = {"event": eid, "mention": m, "score": score, "keys": keys}
                history.extend(
                    {"event": eid, "seq": n, "status": h.get("status") or "", "as_of": h.get("as_of"), "by": h.get("by")}
                    for n, h in enumerate(ev.get("status_history") or [])
                )
                fc = ev.get("forecast")
                if fc:
                    forecasts.append(
                        {
                            "event": eid,
                            "probability": fc.get("probability"),
                            "deadline": fc.get("deadline"),
                            "forecaster": fc.get("forecaster"),
                            "resolution": fc.get("resolution") or "open",
                            "resolved_by": fc.get("resolved_by"),
                        }
                    )
            _upsert(conn, _events, list(rows.values()), ["id"])
            saved = sorted(rows)
            for i in range(0, len(saved), _PAGE):
                chunk = saved[i : i + _PAGE]
                for table in (_links, _history, _forecasts):
                    conn.execute(table.delete().where(table.c.event.in_(chunk)))
            link_rows = list(links.values())
            if link_rows:
                names = sorted({link["mention"] for link in link_rows})
                known: set[str] = set()
                for i in range(0, len(names), _PAGE):
                    known.update(r[0] for r in conn.execute(select(_mentions.c.id).where(_mentions.c.id.in_(names[i : i + _PAGE]))))
                missing = set(names) - known
                if missing:
                    log.warning("events name %d mention(s) not in the store, e.g. %s", len(missing), sorted(missing)[0])
                link_rows = [link for link in link_rows if link["mention"] in known]
            if link_rows:
                _upsert(conn, _links, link_rows, ["event", "mention"])
                marks = sorted(({"m": link["mention"], "e": link["event"]} for link in link_rows), key=lambda x: x["m"])
                conn.execute(update(_mentions).where(_mentions.c.id == bindparam("m")).values(fused=True, event=bindparam("e")), marks)
            _upsert(conn, _history, history, ["event", "seq"])
            _upsert(conn, _forecasts, forecasts, ["event"])
            fulltext.index(conn, "events", texts)
            self._add_actors(conn, list(actors.values()))

    def _add_actors(self, conn: Connection, actors: list[dict[str, Any]]) -> None:
        """Record the actors events name (new ones only) and index them for search."""
        if not actors:
            return
        ids = sorted(a["id"] for a in actors)
        known: set[str] = set()
        for i in range(0, len(ids), _PAGE):
            known.update(r[0] for r in conn.execute(select(_actors.c.id).where(_actors.c.id.in_(ids[i : i + _PAGE]))))
        new = [a for a in actors if a["id"] not in known]
        if new:
            _upsert(conn, _actors, new, ["id"], update_columns=())
            fulltext.index(conn, "actors", [(a["id"], a["name"], " ".join(filter(None, [a["code"], a["country"], a["kind"]]))) for a in new])

    def _record(self, table: Any, id: str, what: str, command: str) -> dict[str, Any]:
        """The JSON record ``id`` of ``table`` with its id; raises :class:`~tidings.NotFound`."""
        with self._read() as conn:
            row = conn.execute(select(table.c.data).where(table.c.id == id)).first()
        if row is None:
            raise NotFound(f"no {what} {id!r} in the store", path=self.name, fix=f"list ids with `tidings {command}`")
        data = dict(row.data)
        data["id"] = id
        return data

    def get_event(self, id: str) -> Event:
        """The fused event ``id``; raises :class:`~tidings.NotFound`."""
        return cast(Event, self._record(_events, id, "event", "events"))  # an event as save_events stored it

    def _event_filters(
        self,
        *,
        actor: Optional[str] = None,
        country: Optional[str] = None,
        cameo: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        status: Optional[str] = None,
        story: Optional[str] = None,
        place: Optional[str] = None,
        document: Optional[str] = None,
        located: Optional[bool] = None,
        parent: Optional[str] = None,
        min_confidence: Optional[float] = None,
    ) -> list[ColumnElement[bool]]:
        """SQL conditions for the event filters (shared by :meth:`iter_events`, :meth:`events_page`, :meth:`map_points`)."""
        for name, value in (("actor", actor), ("country", country), ("cameo", cameo), ("date_from", date_from),
                            ("date_to", date_to), ("status", status), ("story", story), ("place", place), ("document", document),
                            ("parent", parent)):
            if value is not None and not isinstance(value, str):
                raise QueryError(f"the {name} filter must be text, not {type(value).__name__}")
            if value is not None and len(value) > 300:
                raise QueryError(f"the {name} filter is longer than 300 characters")
        cond: list[ColumnElement[bool]] = []
        if actor:
            if actor.isalnum() and actor.upper() == actor and len(actor) <= 15:
                cond.append(or_(_prefix(_events.c.source_code, actor), _prefix(_events.c.target_code, actor)))
            else:
                cond.append(self._actor_name_cond(actor))
        if country:
            cond.append(or_(_events.c.source_country == country.upper(), _events.c.target_country == country.upper()))
        if cameo:  # up to two digits: the root column, which the window indexes hold
            cond.append(_events.c.root == cameo if len(cameo) == 2 else _prefix(_events.c.root if len(cameo) < 2 else _events.c.cameo, cameo))
        if date_from:
            cond.append(_events.c.date_end >= date_from)
        if date_to:  # sort_date is the start date ("" when undated), in the window indexes
            cond.append(and_(_events.c.sort_date > "", _events.c.sort_date <= date_to))
        if status:
            cond.append(_events.c.status == status)
        if story:
            cond.append(_events.c.story == story)
        if place:
            if len(place) == 3 and place.isalpha() and place.isupper():
                cond.append(_events.c.place_country == place)
            else:
                cond.append(_events.c.place == place)
        if document:
            linked = select(_links.c.event).join(_mentions, _mentions.c.id == _links.c.mention).where(_mentions.c.document == document)
            cond.append(_events.c.id.in_(linked))
        if located is not None:
            cond.append(_events.c.lat.is_not(None) if located else _events.c.lat.is_(None))
        if parent:
            cond.append(_events.c.parent == parent)
        if min_confidence is not None:
            if isinstance(min_confidence, bool) or not isinstance(min_confidence, (int, float)) or not 0.0 <= min_confidence <= 1.0:
                raise QueryError(f"min_confidence must be a number from 0 to 1, not {min_confidence!r}")
            if min_confidence > 0:  # an event without a confidence (coded before it existed) is kept, as at coding time
                # a stored confidence that is not a number counts as none (PostgreSQL would fail the whole query casting it)
                raw = _events.c.data["confidence"]
                number = func.json_typeof(raw) == "number" if self.dialect == "postgresql" else \
                    func.json_type(_events.c.data, "$.confidence").in_(("real", "integer"))
                conf = case((number, raw.as_float()), else_=None)
                cond.append(or_(conf.is_(None), conf >= float(min_confidence)))
        return cond

    def _actor_name_cond(self, part: str) -> ColumnElement[bool]:
        """Events whose source or target name contains ``part`` (case- and accent-insensitive).

        The names are looked up in the actors table first, so the events are
        found through the indexes on their folded names; a part matching very
        many names falls back to a scan.
        """
        wanted = records.fold_name(part) or ""
        pat = "%" + escape_like(wanted) + "%"
        names_of = select(_actors.c.name).distinct()
        with self._read() as conn:
            if conn.execute(select(func.count()).select_from(_actors)).scalar_one() > 20_000:  # narrow down in SQL first
                names_of = names_of.where(func.lower(_actors.c.name).like(pat, escape="\\"))
            names = {records.fold_name(r[0]) for r in conn.execute(names_of)}
        found = sorted(n for n in names if n and wanted in n)
        if len(found) > _PAGE:
            return or_(_events.c.source_name.like(pat, escape="\\"), _events.c.target_name.like(pat, escape="\\"))
        return or_(_events.c.source_name.in_(found), _events.c.target_name.in_(found))

    def iter_events(
        self,
        *,
        actor: Optional[str] = None,
        country: Optional[str] = None,
        cameo: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        status: Optional[str] = None,
        story: Optional[str] = None,
        limit: Optional[int] = None,
        min_confidence: Optional[float] = None,
    ) -> Iterator[Event]:
        """Fused events by start date (undated last), filtered; all of them unless ``limit``.

        ``actor``: an actor code prefix (``PRK``, ``PRKGOV``) on source or
        target, or else a case-insensitive part of an actor's name.
        ``country``: ISO3 of source or target. ``cameo``: code prefix
        (``04`` = consult). ``date_from``/``date_to``: ISO dates; an event
        is kept when its date range overlaps them. ``min_confidence`` (0 to
        1): only events whose confidence (how likely the coder is right, the
        highest of its mentions') is at least this; events without one are
        kept. ``%`` and ``_`` are plain characters in every filter. For
        pages, use :meth:`events_page`.
        """
        if limit is not None:
            check_page(limit, 0, max_limit=2**62)
        cond = self._event_filters(actor=actor, country=country, cameo=cameo, date_from=date_from, date_to=date_to, status=status, story=story,
                                   min_confidence=min_confidence)
        with self._read() as conn:
            rows = self._by_date(conn, cond, limit, 0)
        for r in rows:
            yield cast(Event, _record(r))  # an event as save_events stored it

    def _by_date(self, conn: Connection, cond: list[ColumnElement[bool]], limit: Optional[int], offset: int) -> list[Any]:
        """Events matching ``cond`` oldest first, undated last, ``limit`` from ``offset``.

        Unfiltered, the dated ones are read in index order (``sort_date, id``), then the undated
        ones by id, so no query sorts every event; filtered, the matches are sorted (a filter's own
        index finds them, where reading the date index would walk past every other event).
        """
        cols = (_events.c.id, _events.c.data)
        if cond:
            stmt = select(*cols).where(*cond).order_by(_events.c.sort_date == "", _events.c.sort_date, _events.c.id).offset(offset)
            return list(conn.execute(stmt if limit is None else stmt.limit(limit)).all())
        dated = select(*cols).where(*cond, _events.c.sort_date > "").order_by(_events.c.sort_date, _events.c.id)
        undated = select(*cols).where(*cond, _events.c.sort_date == "").order_by(_events.c.id)
        if limit is None:
            return list(conn.execute(dated.offset(offset)).all()) + list(conn.execute(undated).all())
        rows: list[Any] = list(conn.execute(dated.limit(limit).offset(offset)).all())
        if len(rows) < limit:
            skip = 0
            if offset:
                n_dated = int(conn.execute(select(func.count()).select_from(_events).where(*cond, _events.c.sort_date > "")).scalar_one())
                skip = max(0, offset - n_dated)
            rows += conn.execute(undated.limit(limit - len(rows)).offset(skip)).all()
        return rows

    _EVENT_ORDERS = {
        "date": ((_events.c.sort_date == ""), _events.c.sort_date, _events.c.id),
        "-date": (_events.c.sort_date.desc(), _events.c.id.desc()),
        "updated": (_events.c.updated_at.desc(), _events.c.id),
        "id": (_events.c.id,),
    }

    def events_page(
        self,
        *,
        actor: Optional[str] = None,
        country: Optional[str] = None,
        cameo: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        status: Optional[str] = None,
        story: Optional[str] = None,
        place: Optional[str] = None,
        document: Optional[str] = None,
        located: Optional[bool] = None,
        parent: Optional[str] = None,
        min_confidence: Optional[float] = None,
        order: str = "-date",
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """One page of fused events with the total matching the filters.

        Filters as :meth:`iter_events`, plus ``place`` (a place name as
        stored, or the ISO3 country of the place), ``document`` (events with
        a mention in that document), ``located`` (with coordinates or
        without) and ``parent`` (the sub-events of that event). ``order``: ``"-date"`` (newest first, undated last),
        ``"date"`` (oldest first, undated last), ``"updated"`` (last saved
        first), ``"id"``. ``limit`` 0 to 1000; ``offset`` from 0. Raises
        :class:`~tidings.QueryError` for a bad order, limit or offset.
        """
        limit, offset = check_page(limit, offset)
        if order not in self._EVENT_ORDERS:
            raise QueryError(f"unknown order {order!r}", fix="order by " + ", ".join(self._EVENT_ORDERS))
        cond = self._event_filters(actor=actor, country=country, cameo=cameo, date_from=date_from, date_to=date_to,
                                   status=status, story=story, place=place, document=document, located=located, parent=parent,
                                   min_confidence=min_confidence)
        with self._read() as conn:
            total = int(conn.execute(select(func.count()).select_from(_events).where(*cond)).scalar_one())
            if not limit:
                rows: list[Any] = []
            elif order == "date":
                rows = self._by_date(conn, cond, limit, offset)
            else:
                rows = list(conn.execute(select(_events.c.id, _events.c.data).where(*cond).order_by(*self._EVENT_ORDERS[order]).limit(limit).offset(offset)).all())
        items = [_record(r) for r in rows]
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    def map_points(
        self,
        *,
        actor: Optional[str] = None,
        cameo: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        status: Optional[str] = None,
        story: Optional[str] = None,
        located: bool = True,
        min_confidence: Optional[float] = None,
        limit: int = 1000,
        offset: int = 0,
    ) -> Page:
        """Located events as map points, newest first, with the total.

        Each item: ``{"id", "lat", "lon", "place", "place_country", "status",
        "date", "cameo", "label"}`` (``label``: "Source: what → Target").
        Filters as :meth:`events_page`; ``located=False``: the events without
        coordinates instead (``lat`` and ``lon`` None; a map draws those with
        a country at the country). ``limit`` 0 to 1000.
        """
        limit, offset = check_page(limit, offset)
        cond = self._event_filters(actor=actor, cameo=cameo, date_from=date_from, date_to=date_to, status=status, story=story, located=bool(located),
                                   min_confidence=min_confidence)
        cols = (_events.c.id, _events.c.lat, _events.c.lon, _events.c.place, _events.c.place_country, _events.c.status,
                _events.c.date_start, _events.c.cameo, _events.c.label)
        with self._read() as conn:
            total = int(conn.execute(select(func.count()).select_from(_events).where(*cond)).scalar_one())
            rows = conn.execute(select(*cols).where(*cond).order_by(_events.c.sort_date.desc(), _events.c.id.desc()).limit(limit).offset(offset)).all() if limit else []
        items = [
            {"id": r.id, "lat": r.lat, "lon": r.lon, "place": r.place, "place_country": r.place_country, "status": r.status,
             "date": r.date_start, "cameo": r.cameo, "label": r.label}
            for r in rows
        ]
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    def count_events(self, *, status: Optional[str] = None) -> int:
        """How many fused events are stored (``status``: only those with it)."""
        stmt = select(func.count()).select_from(_events)
        if status:
            stmt = stmt.where(_events.c.status == status)
        with self._read() as conn:
            return int(conn.execute(stmt).scalar_one())

    # -- blocking keys (fusion's index of the stored events) --------------
    def save_event_keys(self, keys: Mapping[str, Iterable[str]], *, delete: Iterable[str] = ()) -> None:
        """Set the blocking keys of the events ``keys`` names (replacing theirs) and drop those of the events ``delete``."""
        gone = sorted({*keys, *(i for i in delete if i)})
        rows = [{"event": eid, "key": k} for eid, ks in keys.items() for k in sorted(set(ks))]
        with self.transaction() as conn:
            for i in range(0, len(gone), _PAGE):
                conn.execute(_event_keys.delete().where(_event_keys.c.event.in_(gone[i : i + _PAGE])))
            known = {r[0] for i in range(0, len(gone), _PAGE)
                     for r in conn.execute(select(_events.c.id).where(_events.c.id.in_(gone[i : i + _PAGE])))}
            rows = [r for r in rows if r["event"] in known]  # keys of an event not stored are no use
            for i in range(0, len(rows), 5000):
                conn.execute(_event_keys.insert(), rows[i : i + 5000])

    def events_by_keys(self, keys: Iterable[str], *, date_from: Optional[str] = None, date_to: Optional[str] = None) -> Iterator[Event]:
        """The events holding any of the blocking keys ``keys`` (each once); with ``date_from``/``date_to``, only those
        whose dates overlap that window (as :meth:`iter_events` filters them)."""
        wanted = sorted(set(keys))
        seen: set[str] = set()
        window = self._event_filters(date_from=date_from, date_to=date_to)
        with self._read() as conn:
            for i in range(0, len(wanted), _PAGE):
                ids = sorted({r[0] for r in conn.execute(select(_event_keys.c.event).where(_event_keys.c.key.in_(wanted[i : i + _PAGE])))} - seen)
                seen.update(ids)
                for j in range(0, len(ids), _PAGE):
                    stmt = select(_events.c.id, _events.c.data).where(_events.c.id.in_(ids[j : j + _PAGE]), *window).order_by(_events.c.id)
                    for r in conn.execute(stmt):
                        yield cast(Event, _record(r))

    def events_without_keys(self, prefix: str) -> Iterator[Event]:
        """The events that hold no blocking key starting with ``prefix`` (stored before keys were, or under other settings)."""
        keyed = select(_event_keys.c.event).where(_event_keys.c.event == _events.c.id, _event_keys.c.key.like(escape_like(prefix) + "%", escape="\\"))
        with self._read() as conn:
            rows = conn.execute(select(_events.c.id, _events.c.data).where(~keyed.exists()).order_by(_events.c.id)).all()
        for r in rows:
            yield cast(Event, _record(r))

    def story_ids_between(self, date_from: str, date_to: str, *, undated: bool = False) -> list[str]:
        """Ids of the dated stories whose span overlaps ``date_from``..``date_to`` (ISO dates); with ``undated``, the undated ones too."""
        dated = and_(_stories.c.start.is_not(None), _stories.c.start <= date_to, func.coalesce(_stories.c.end, _stories.c.start) >= date_from)
        stmt = select(_stories.c.id).where(or_(dated, _stories.c.start.is_(None)) if undated else dated)
        with self._read() as conn:
            return sorted(r[0] for r in conn.execute(stmt))

    def iter_forecasts(self, *, resolution: Optional[str] = None) -> Iterator[dict[str, Any]]:
        """Forecast rows ``{"event","probability","deadline","forecaster","resolution","resolved_by"}`` by deadline."""
        stmt = select(_forecasts).order_by(_forecasts.c.deadline, _forecasts.c.event)
        if resolution:
            stmt = stmt.where(_forecasts.c.resolution == resolution)
        with self._read() as conn:
            rows = conn.execute(stmt).all()
        for r in rows:
            yield dict(r._mapping)

    # -- stories ----------------------------------------------------------
    def save_stories(self, stories: list[dict[str, Any]]) -> None:
        """Upsert stories ``{"id","title","events","documents","start","end", ...}``.

        Sets ``story`` on the listed events (key column and record) and
        links the listed documents.
        """
        rows: dict[str, dict[str, Any]] = {}
        for st in stories:
            sid = st.get("id")
            if not sid:
                raise StoreError("a story to save has no id")
            data = dict(st)
            data.setdefault("events", [])
            data.setdefault("documents", [])
            rows[sid] = {"id": sid, **records.story_columns(data), "data": data}
        with self.transaction() as conn:
            _upsert(conn, _stories, list(rows.values()), ["id"])
            sids = sorted(rows)
            for i in range(0, len(sids), _PAGE):
                conn.execute(_story_docs.delete().where(_story_docs.c.story.in_(sids[i : i + _PAGE])))
            wanted = sorted({(d, sid) for sid, r in rows.items() for d in r["data"]["documents"] if isinstance(d, str)})
            known: set[str] = set()
            doc_ids = sorted({d for d, _ in wanted})
            for i in range(0, len(doc_ids), _PAGE):
                known.update(r[0] for r in conn.execute(select(_docs.c.id).where(_docs.c.id.in_(doc_ids[i : i + _PAGE]))))
            _upsert(conn, _story_docs, [{"story": sid, "document": d} for d, sid in wanted if d in known], ["story", "document"], update_columns=())
            story_of = {eid: sid for sid, r in rows.items() for eid in r["data"]["events"] if isinstance(eid, str)}
            eids = sorted(story_of)
            changes = []
            for i in range(0, len(eids), _PAGE):
                for r in conn.execute(select(_events.c.id, _events.c.data).where(_events.c.id.in_(eids[i : i + _PAGE]))):
                    ev = dict(r.data)
                    if ev.get("story") != story_of[r.id]:
                        ev["story"] = story_of[r.id]
                        changes.append({"eid": r.id, "story": story_of[r.id], "data": ev})
            if changes:
                conn.execute(update(_events).where(_events.c.id == bindparam("eid")).values(story=bindparam("story"), data=bindparam("data")), changes)

    def delete_stories(self, ids: Iterable[str]) -> None:
        """Delete the stories ``ids`` with their document links (fusion drops a story whose events moved to another)."""
        gone = sorted({str(i) for i in ids if i})
        with self.transaction() as conn:
            for i in range(0, len(gone), _PAGE):
                chunk = gone[i : i + _PAGE]
                conn.execute(_story_docs.delete().where(_story_docs.c.story.in_(chunk)))
                conn.execute(_stories.delete().where(_stories.c.id.in_(chunk)))

    def get_story(self, id: str) -> dict[str, Any]:
        """The story ``id``; raises :class:`~tidings.NotFound`."""
        return self._record(_stories, id, "story", "stories")

    def iter_stories(self) -> Iterator[dict[str, Any]]:
        """Stories by start date."""
        with self._read() as conn:
            rows = conn.execute(select(_stories.c.id, _stories.c.data).order_by(_stories.c.start.is_(None), _stories.c.start, _stories.c.id)).all()
        for r in rows:
            yield _record(r)

    _STORY_ORDERS = {
        "-start": (_stories.c.start.desc().nulls_last(), _stories.c.id),
        "start": (_stories.c.start.asc().nulls_last(), _stories.c.id),
        "-size": (_stories.c.n_events.desc().nulls_last(), _stories.c.id),
    }

    def stories_page(self, *, order: str = "-start", limit: int = 50, offset: int = 0) -> Page:
        """One page of stories (records with ``n_events`` and ``n_documents``) and the total.

        ``order``: ``"-start"`` (newest first), ``"start"``, ``"-size"`` (most events first).
        """
        limit, offset = check_page(limit, offset)
        if order not in self._STORY_ORDERS:
            raise QueryError(f"unknown order {order!r}", fix="order by " + ", ".join(self._STORY_ORDERS))
        with self._read() as conn:
            total = int(conn.execute(select(func.count()).select_from(_stories)).scalar_one())
            rows = conn.execute(
                select(_stories.c.id, _stories.c.data, _stories.c.n_events, _stories.c.n_documents)
                .order_by(*self._STORY_ORDERS[order]).limit(limit).offset(offset)
            ).all() if limit else []
        items = [{**dict(r.data), "id": r.id, "n_events": r.n_events or 0, "n_documents": r.n_documents or 0} for r in rows]
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    def salience_inputs(self) -> list[tuple[Optional[str], float, Optional[str], float]]:
        """``(story, salience_base, salience_last, salience_factor)`` of every event (see :func:`records.salience_columns`).

        Read from one index, without the event records: what ranking every
        story by salience needs (:func:`tidings.report.salience.score_from_columns`).
        """
        stmt = select(_events.c.story, _events.c.salience_base, _events.c.salience_last, _events.c.salience_factor)
        with self._read() as conn:
            return [(r[0], float(r[1] or 0.0), r[2], 1.0 if r[3] is None else float(r[3])) for r in conn.execute(stmt)]

    def story_starts(self) -> dict[str, Optional[str]]:
        """Every story's id and start date (no records read)."""
        with self._read() as conn:
            return {r[0]: r[1] for r in conn.execute(select(_stories.c.id, _stories.c.start))}

    def get_stories(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """The stories ``ids`` (records with ``n_events`` and ``n_documents``) in that order; unknown ids are left out."""
        found: dict[str, dict[str, Any]] = {}
        wanted = list(dict.fromkeys(str(i) for i in ids))
        with self._read() as conn:
            for i in range(0, len(wanted), _PAGE):
                for r in conn.execute(select(_stories.c.id, _stories.c.data, _stories.c.n_events, _stories.c.n_documents)
                                      .where(_stories.c.id.in_(wanted[i : i + _PAGE]))):
                    found[r.id] = {**dict(r.data), "id": r.id, "n_events": r.n_events or 0, "n_documents": r.n_documents or 0}
        return [found[i] for i in wanted if i in found]

    _DOC_ORDERS = {
        "-published": (_docs.c.published.desc().nulls_last(), _docs.c.id.desc()),
        "published": (_docs.c.published.asc().nulls_last(), _docs.c.id),
        "-ingested": (_docs.c.ingested_at.desc(), _docs.c.id),
    }
    _DOC_LIST = ("id", "title", "outlet", "original_outlet", "author", "published", "published_inferred", "language", "words", "url",
                 "source_path", "format", "duplicate_of", "ingested_at")

    def documents_page(
        self,
        *,
        outlet: Optional[str] = None,
        language: Optional[str] = None,
        story: Optional[str] = None,
        order: str = "-published",
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """One page of documents (metadata only, no text) and the total.

        Items: ``id, title, outlet, original_outlet, author, published,
        language, words, url, source_path, format, duplicate_of,
        ingested_at, coded``. ``outlet`` matches either outlet exactly;
        ``story``: the documents a story lists. ``order``: ``"-published"``
        (newest first, undated last), ``"published"``, ``"-ingested"``.
        Use :meth:`get_document` for the text.
        """
        limit, offset = check_page(limit, offset)
        if order not in self._DOC_ORDERS:
            raise QueryError(f"unknown order {order!r}", fix="order by " + ", ".join(self._DOC_ORDERS))
        cond: list[ColumnElement[bool]] = []
        if outlet:
            cond.append(or_(_docs.c.outlet == outlet, _docs.c.original_outlet == outlet))
        if language:
            cond.append(_docs.c.language == language)
        if story:
            cond.append(_docs.c.id.in_(select(_story_docs.c.document).where(_story_docs.c.story == story)))
        cols = [_docs.c[c] for c in self._DOC_LIST] + [_docs.c.coded_at]
        with self._read() as conn:
            total = int(conn.execute(select(func.count()).select_from(_docs).where(*cond)).scalar_one())
            rows = conn.execute(select(*cols).where(*cond).order_by(*self._DOC_ORDERS[order]).limit(limit).offset(offset)).all() if limit else []
        items = [{**{c: getattr(r, c) for c in self._DOC_LIST}, "coded": r.coded_at is not None} for r in rows]
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    def forecasts_page(self, *, resolution: Optional[str] = None, order: str = "deadline", limit: int = 50, offset: int = 0) -> Page:
        """One page of forecasts, each row with its event's record under ``"record"``, and the total.

        ``order``: ``"deadline"`` (soonest first, none last) or ``"-deadline"``.
        """
        limit, offset = check_page(limit, offset)
        orders = {"deadline": (_forecasts.c.deadline.asc().nulls_last(), _forecasts.c.event),
                  "-deadline": (_forecasts.c.deadline.desc().nulls_last(), _forecasts.c.event)}
        if order not in orders:
            raise QueryError(f"unknown order {order!r}", fix="order by " + ", ".join(orders))
        cond = [_forecasts.c.resolution == resolution] if resolution else []
        with self._read() as conn:
            total = int(conn.execute(select(func.count()).select_from(_forecasts).where(*cond)).scalar_one())
            rows = conn.execute(
                select(_forecasts, _events.c.data).join(_events, _events.c.id == _forecasts.c.event)
                .where(*cond).order_by(*orders[order]).limit(limit).offset(offset)
            ).all() if limit else []
        items = []
        for r in rows:
            row = {c.name: getattr(r, c.name) for c in _forecasts.columns}
            items.append({**row, "record": {**dict(r.data), "id": r.event}})
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    # -- actors -----------------------------------------------------------
    def get_actor(self, code: str) -> dict[str, Any]:
        """The actor with this code: ``{"code", "names", "country", "kind", "events"}``; raises :class:`~tidings.NotFound`.

        ``names``: every name events gave it; ``events``: how many events
        have it as source or target. Its events: ``events_page(actor=code)``.
        """
        if not isinstance(code, str) or not code or len(code) > 40:
            raise NotFound(f"no actor {code!r} in the store", path=self.name)
        with self._read() as conn:
            rows = conn.execute(select(_actors).where(_actors.c.code == code).order_by(_actors.c.name)).all()
            if not rows:
                raise NotFound(f"no actor {code!r} in the store", path=self.name, fix="search actors with `tidings search`")
            n = int(conn.execute(select(func.count()).select_from(_events).where(or_(_events.c.source_code == code, _events.c.target_code == code))).scalar_one())
        return {"code": code, "names": [r.name for r in rows], "country": next((r.country for r in rows if r.country), None),
                "kind": next((r.kind for r in rows if r.kind), None), "events": n}

    def actors_page(self, *, country: Optional[str] = None, limit: int = 50, offset: int = 0) -> Page:
        """One page of actors (``id, code, name, country, kind``) by name, and the total."""
        limit, offset = check_page(limit, offset)
        cond = [_actors.c.country == country.upper()] if country else []
        with self._read() as conn:
            total = int(conn.execute(select(func.count()).select_from(_actors).where(*cond)).scalar_one())
            rows = conn.execute(select(_actors).where(*cond).order_by(_actors.c.name, _actors.c.id).limit(limit).offset(offset)).all() if limit else []
        return {"items": [dict(r._mapping) for r in rows], "total": total, "limit": limit, "offset": offset}

    # -- search -----------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        kinds: Sequence[str] = fulltext.KINDS,
        limit: int = 20,
        offset: int = 0,
        seconds: Optional[float] = None,
    ) -> SearchResult:
        """Full-text search over documents, events and actors.

        Query syntax (see :mod:`tidings.store.query`): words (all required),
        ``"a phrase"``, ``a OR b``, ``-excluded``, ``prefix*``. ``limit`` and
        ``offset`` apply to each kind; hits come grouped by kind in the order
        of ``kinds``, best first within a kind, and ``total`` counts every
        match per kind. Each hit::

            {"kind", "id", "title", "title_highlights", "snippet", "highlights", "score",
             ...}   # documents: outlet, published; events: date, status, cameo; actors: code, name, country

        ``*_highlights``/``highlights`` are ``[start, end]`` character
        offsets into ``title``/``snippet`` where the query matched (for the
        caller to mark up); ``score``: higher is better (None without a
        ranked index).

        Raises :class:`~tidings.QueryError` (E203) for a query over the
        limits (500 characters, 16 words), bad parameters, or a search that
        runs longer than ``seconds`` (default :data:`SEARCH_SECONDS`).
        """
        q = parse_query(query)
        limit, offset = check_page(limit, offset)
        if isinstance(kinds, str) or not kinds or any(k not in fulltext.KINDS for k in kinds):
            raise QueryError(f"unknown kinds {kinds!r}", fix="search in " + ", ".join(fulltext.KINDS))
        budget = SEARCH_SECONDS if seconds is None else seconds
        result: SearchResult = {"query": query, "hits": [], "total": {k: 0 for k in kinds}, "limit": limit, "offset": offset}
        if not q.groups:
            return result
        try:
            with self._read() as conn, fulltext.budget(conn, budget):
                for kind in dict.fromkeys(kinds):
                    found, total = fulltext.match(conn, kind, q, limit, offset)
                    result["total"][kind] = total
                    result["hits"].extend(self._hits(conn, kind, found, q))
        except fulltext.BudgetExceeded:
            raise QueryError(f"the search took longer than {budget:g} s and was stopped", fix="search with fewer or longer words") from None
        except SQLAlchemyError as exc:
            detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            raise QueryError(f"the search failed: {detail[0] if detail else exc.__class__.__name__}") from None
        return result

    def _hits(self, conn: Connection, kind: str, found: list[fulltext.Hit], q: Any) -> list[dict[str, Any]]:
        ids = [h[0] for h in found]
        extra: dict[str, dict[str, Any]] = {}
        fields = {
            "documents": (_docs, {"outlet": "outlet", "published": "published"}),
            "events": (_events, {"date": "date_start", "status": "status", "cameo": "cameo"}),
            "actors": (_actors, {"code": "code", "name": "name", "country": "country"}),
        }
        table, names = fields[kind]
        if ids:
            stmt = select(table.c.id, *(table.c[c] for c in names.values())).where(table.c.id.in_(ids))
            for r in conn.execute(stmt):
                extra[r.id] = {k: r._mapping[c] for k, c in names.items()}
        out = []
        for hid, score, title, body in found:
            if hid not in extra:  # removed since it was indexed
                continue
            snip, spans = snippet(body, q)
            out.append({"kind": kind, "id": hid, "title": title, "title_highlights": snippet(title, q, width=10_000)[1],
                        "snippet": snip, "highlights": spans, "score": score, **extra[hid]})
        return out

    def search_documents(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Documents matching ``query`` (syntax as :meth:`search`), best first.

        Each hit: ``{"id", "title", "outlet", "published", "snippet", "score"}``
        with the matched words of the snippet in ``[`` ``]``.
        """
        out = []
        for h in self.search(query, kinds=("documents",), limit=limit)["hits"]:
            text, marked, at = h["snippet"], [], 0
            for start, end in h["highlights"]:
                marked += [text[at:start], "[", text[start:end], "]"]
                at = end
            marked.append(text[at:])
            out.append({"id": h["id"], "title": h["title"], "outlet": h["outlet"], "published": h["published"],
                        "snippet": "".join(marked), "score": h["score"]})
        return out

    # -- overview ---------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows per kind: documents, mentions, events, stories, forecasts."""
        tables = {"documents": _docs, "mentions": _mentions, "events": _events, "stories": _stories, "forecasts": _forecasts}
        with self._read() as conn:
            return {name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for name, t in tables.items()}
