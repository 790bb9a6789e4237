"""The :class:`Store`: documents, mentions, fused events, stories, forecasts.

SQLAlchemy Core over SQLite by default (WAL journal, foreign keys on, a busy
timeout so a reader such as ``tidings serve`` can run beside an ingest).
Nothing here is SQLite-specific except the connection set-up in
:func:`_sqlite_engine` and full-text search in :mod:`tidings.store.fulltext`.

Every write method runs in one transaction; :meth:`Store.transaction` lets a
caller group several writes (for instance a document and its mentions) into
one, so an interrupted run never leaves half a document behind.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import os
import threading
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence, cast

from sqlalchemy import Connection, Engine, Row, bindparam, create_engine, delete, event, func, insert, or_, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from .._errors import NotFound, StoreError
from .._ids import document_id
from .._options import Options
from .._types import Document, Event
from . import fulltext
from .migrations import current_version, migrate
from .schema import metadata

log = logging.getLogger(__name__)

__all__ = ["Store", "open_store"]

T = metadata.tables
_docs = T["documents"]
_spans = T["removed_spans"]
_mentions = T["mentions"]
_events = T["events"]
_links = T["event_mentions"]
_history = T["status_history"]
_stories = T["stories"]
_story_docs = T["story_documents"]
_forecasts = T["forecasts"]

_DOC_COLUMNS = (
    "title", "subtitle", "outlet", "original_outlet", "author", "published", "language",
    "url", "source_path", "format", "duplicate_of",
)
_PAGE = 500


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _sqlite_engine(url: str) -> Engine:
    """SQLite engine with real transactions (DDL included), WAL and foreign keys."""
    kwargs: dict[str, Any] = {}
    u = make_url(url)
    if u.database in (None, "", ":memory:"):
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's BEGIN below govern transactions
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        if u.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("tidings_write") else "BEGIN")

    return engine


def _make_engine(db: str | os.PathLike[str]) -> Engine:
    text = os.fspath(db)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise StoreError(f"not a database URL: {exc}", path=text) from None
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(text)
        try:
            return create_engine(text, pool_pre_ping=True)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot use database URL: {exc}", path=text, fix="install the database driver") from None
    if text == ":memory:":
        return _sqlite_engine("sqlite://")
    path = Path(text).expanduser()
    if not path.parent.exists():
        raise StoreError("the folder of the database does not exist", path=text, fix="create the folder or pass another --db")
    return _sqlite_engine(f"sqlite:///{path.resolve()}")


def open_store(db: Optional[str | os.PathLike[str]] = None, *, options: Optional[Options] = None) -> "Store":
    """Open (creating and migrating as needed) the store at ``db``.

    ``db`` is a file path, ``":memory:"`` or an SQLAlchemy URL; when omitted,
    ``options.db`` (``tidings.db`` by default). Raises
    :class:`~tidings.StoreError` when it cannot be opened and
    :class:`~tidings.SchemaVersionError` when a newer tidings wrote it.
    """
    options = options or Options()
    target = db if db is not None else options.db
    engine = _make_engine(target)
    try:
        migrate(engine)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open the database: {exc.__class__.__name__}: {str(exc).splitlines()[0]}", path=os.fspath(target)) from None
    return Store(engine, options=options, name=os.fspath(target))


def _key(value: Any, *path: str) -> Any:
    for part in path:
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


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


class Store:
    """A tidings database. Use :func:`open_store` to get one; close it (or use ``with``)."""

    def __init__(self, engine: Engine, *, options: Optional[Options] = None, name: str = "") -> None:
        self.engine = engine
        self.options = options or Options()
        self.name = name
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
        try:
            with self.engine.connect().execution_options(tidings_write=True) as conn:
                with conn.begin():
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
        with self.transaction() as conn:
            row = conn.execute(select(_docs.c.source_path, _docs.c.url).where(_docs.c.id == doc_id)).first()
            if row is not None:
                same = (row.source_path or None, row.url or None) == (doc.get("source_path") or None, doc.get("url") or None)
                return "unchanged" if same or not (doc.get("source_path") or doc.get("url")) else "duplicate"
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
            )
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

    def search_documents(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search (all words must occur): ``[{"id","title","outlet","published","snippet","score"}]``."""
        with self._read() as conn:
            return fulltext.search(conn, query, limit)

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
            if conn.execute(select(_docs.c.id).where(_docs.c.id == document)).first() is None:
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
                data = dict(r.data)
                data["id"] = r.id
                yield cast(Event, data)  # a mention record as replace_mentions stored it
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
        with self.transaction() as conn:
            gone = [i for i in delete if i]
            if gone:
                conn.execute(update(_mentions).where(_mentions.c.event.in_(gone)).values(fused=False, event=None))
                for table in (_links, _history, _forecasts):
                    conn.execute(table.delete().where(table.c.event.in_(gone)))
                conn.execute(_events.delete().where(_events.c.id.in_(gone)))
            ids = []
            for ev in events:
                if not ev.get("id"):
                    raise StoreError("an event to save has no id")
                ids.append(ev["id"])
            existing: set[str] = set()
            for i in range(0, len(ids), _PAGE):
                chunk = ids[i : i + _PAGE]
                existing.update(r[0] for r in conn.execute(select(_events.c.id).where(_events.c.id.in_(chunk))))
                for table in (_links, _history, _forecasts):
                    conn.execute(table.delete().where(table.c.event.in_(chunk)))
            new_rows, changed_rows = [], []
            links: list[dict[str, Any]] = []
            history: list[dict[str, Any]] = []
            forecasts: list[dict[str, Any]] = []
            for ev in events:
                eid = ev["id"]
                cameo = _key(ev, "type", "cameo")
                values = {
                    "data": dict(ev),
                    "cameo": cameo,
                    "root": cameo[:2] if isinstance(cameo, str) else None,
                    "source_code": _key(ev, "source", "code"),
                    "target_code": _key(ev, "target", "code"),
                    "source_country": _key(ev, "source", "country"),
                    "target_country": _key(ev, "target", "country"),
                    "date_start": _key(ev, "date", "start"),
                    "date_end": _key(ev, "date", "end") or _key(ev, "date", "start"),
                    "status": ev.get("status"),
                    "story": ev.get("story"),
                    "parent": ev.get("parent"),
                    "updated_at": now,
                }
                if eid in existing:
                    changed_rows.append({"eid": eid, **values})
                else:
                    new_rows.append({"id": eid, **values})
                    existing.add(eid)
                for m, (score, keys) in _mention_ids(ev).items():
                    links.append({"event": eid, "mention": m, "score": score, "keys": keys})
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
            if new_rows:
                conn.execute(insert(_events), new_rows)
            if changed_rows:
                stmt = update(_events).where(_events.c.id == bindparam("eid")).values({c: bindparam(c) for c in changed_rows[0] if c != "eid"})
                conn.execute(stmt, changed_rows)
            if links:
                names = sorted({link["mention"] for link in links})
                known: set[str] = set()
                for i in range(0, len(names), _PAGE):
                    known.update(r[0] for r in conn.execute(select(_mentions.c.id).where(_mentions.c.id.in_(names[i : i + _PAGE]))))
                missing = set(names) - known
                if missing:
                    log.warning("events name %d mention(s) not in the store, e.g. %s", len(missing), sorted(missing)[0])
                links = [link for link in links if link["mention"] in known]
            if links:
                conn.execute(insert(_links), links)
                conn.execute(update(_mentions).where(_mentions.c.id == bindparam("m")).values(fused=True, event=bindparam("e")), [{"m": link["mention"], "e": link["event"]} for link in links])
            if history:
                conn.execute(insert(_history), history)
            if forecasts:
                conn.execute(insert(_forecasts), forecasts)

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
    ) -> Iterator[Event]:
        """Fused events by start date, filtered.

        ``actor``: an actor code prefix (``PRK``, ``PRKGOV``) on source or
        target, or else a case-insensitive part of an actor's name.
        ``country``: ISO3 of source or target. ``cameo``: code prefix
        (``04`` = consult). ``date_from``/``date_to``: ISO dates; an event
        is kept when its date range overlaps them.
        """
        cond = []
        by_name: Optional[str] = None
        if actor:
            if actor.isalnum() and actor.upper() == actor and len(actor) <= 15:
                cond.append(or_(_events.c.source_code.like(f"{actor}%"), _events.c.target_code.like(f"{actor}%")))
            else:
                by_name = actor.casefold()
        if country:
            cond.append(or_(_events.c.source_country == country.upper(), _events.c.target_country == country.upper()))
        if cameo:
            cond.append(_events.c.cameo.like(f"{cameo}%"))
        if date_from:
            cond.append(_events.c.date_end >= date_from)
        if date_to:
            cond.append(_events.c.date_start <= date_to)
        if status:
            cond.append(_events.c.status == status)
        if story:
            cond.append(_events.c.story == story)
        stmt = select(_events.c.id, _events.c.data).where(*cond).order_by(_events.c.date_start.is_(None), _events.c.date_start, _events.c.id)
        if limit is not None and by_name is None:
            stmt = stmt.limit(limit)
        with self._read() as conn:
            rows = conn.execute(stmt).all()
        n = 0
        for r in rows:
            data = dict(r.data)
            data["id"] = r.id
            if by_name is not None:
                names = [str(_key(data, side, "name") or "").casefold() for side in ("source", "target")]
                if not any(by_name in nm for nm in names):
                    continue
            yield cast(Event, data)  # an event as save_events stored it
            n += 1
            if limit is not None and n >= limit:
                return

    def count_events(self, *, status: Optional[str] = None) -> int:
        """How many fused events are stored (``status``: only those with it)."""
        stmt = select(func.count()).select_from(_events)
        if status:
            stmt = stmt.where(_events.c.status == status)
        with self._read() as conn:
            return int(conn.execute(stmt).scalar_one())

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
        with self.transaction() as conn:
            for st in stories:
                sid = st.get("id")
                if not sid:
                    raise StoreError("a story to save has no id")
                data = dict(st)
                data.setdefault("events", [])
                data.setdefault("documents", [])
                values = {"title": st.get("title"), "start": st.get("start"), "end": st.get("end"), "data": data}
                if conn.execute(select(_stories.c.id).where(_stories.c.id == sid)).first() is None:
                    conn.execute(insert(_stories).values(id=sid, **values))
                else:
                    conn.execute(update(_stories).where(_stories.c.id == sid).values(**values))
                conn.execute(_story_docs.delete().where(_story_docs.c.story == sid))
                doc_ids = sorted(set(data["documents"]))
                if doc_ids:
                    known = {r[0] for r in conn.execute(select(_docs.c.id).where(_docs.c.id.in_(doc_ids)))}
                    rows = [{"story": sid, "document": d} for d in doc_ids if d in known]
                    if rows:
                        conn.execute(insert(_story_docs), rows)
                for eid in data["events"]:
                    row = conn.execute(select(_events.c.data).where(_events.c.id == eid)).first()
                    if row is None:
                        continue
                    ev = dict(row.data)
                    if ev.get("story") != sid:
                        ev["story"] = sid
                        conn.execute(update(_events).where(_events.c.id == eid).values(story=sid, data=ev))

    def get_story(self, id: str) -> dict[str, Any]:
        """The story ``id``; raises :class:`~tidings.NotFound`."""
        return self._record(_stories, id, "story", "stories")

    def iter_stories(self) -> Iterator[dict[str, Any]]:
        """Stories by start date."""
        with self._read() as conn:
            rows = conn.execute(select(_stories.c.id, _stories.c.data).order_by(_stories.c.start.is_(None), _stories.c.start, _stories.c.id)).all()
        for r in rows:
            data = dict(r.data)
            data["id"] = r.id
            yield data

    # -- overview ---------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows per kind: documents, mentions, events, stories, forecasts."""
        tables = {"documents": _docs, "mentions": _mentions, "events": _events, "stories": _stories, "forecasts": _forecasts}
        with self._read() as conn:
            return {name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for name, t in tables.items()}
