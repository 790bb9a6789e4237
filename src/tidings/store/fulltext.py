"""Full-text search: the ONE place with engine-specific search SQL.

Three kinds of records are searchable: ``documents`` (title and clean text),
``events`` (a label, the actors, the place and the mention sentences) and
``actors`` (name, code, country).

- **SQLite**: FTS5 tables ``documents_fts``, ``events_fts`` and
  ``actors_fts`` (``id UNINDEXED, title, body``, tokenizer ``unicode61
  remove_diacritics 2``), written in the same transaction as the record and
  ranked with ``bm25``. An SQLite built without FTS5 gets plain tables of the
  same shape and a ``LIKE`` search (correct, unranked, slower).
- **PostgreSQL**: a generated ``tsvector`` column ``documents.tsv`` (title
  weighted above text) and a table ``search_text(kind, id, title, body,
  tsv)`` for events and actors, each with a GIN index, configuration
  ``simple`` (no stemming, like FTS5 here), ranked with ``ts_rank_cd``.

Queries arrive parsed (:class:`tidings.store.query.Query`); each runs under
a time budget (:func:`budget`: SQLite's progress handler, PostgreSQL's
``statement_timeout``).
"""

from __future__ import annotations

import contextlib
import logging
import time
import weakref
from typing import Any, Iterator, Optional, Sequence

from sqlalchemy import Connection, Engine, and_, column, func, not_, or_, select, table, text
from sqlalchemy.sql.elements import ColumnElement

from .query import Query, Term, escape_like
from .schema import metadata

log = logging.getLogger(__name__)

__all__ = [
    "KINDS", "create", "create_v2", "available", "index_document", "delete_document",
    "index", "delete", "match", "budget", "Hit",
]

KINDS = ("documents", "events", "actors")
_documents = metadata.tables["documents"]
_FTS = {"documents": "documents_fts", "events": "events_fts", "actors": "actors_fts"}
_TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"
_PG_CONFIG = "simple"
_PG_DOC_CHARS = 400_000  # a tsvector holds at most 1 MB: index the head of very long documents

Hit = tuple[str, Optional[float], str, str]  # id, score (higher is better), title, body

RANK_CANDIDATES = 1000
"""SQLite: when more records than this match, the first pages are the best by BM25 among the newest this many
matches (the most recently indexed), not among all: ranking every match of a common word costs tens of
milliseconds per 10,000 matches. ``total`` still counts every match; pages beyond it rank every match."""


def create(conn: Connection) -> None:
    """Create the FTS5 table of documents when the engine supports it (migration 1)."""
    if conn.dialect.name != "sqlite":
        return
    try:
        conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(id UNINDEXED, title, text, {_TOKENIZE})"))
    except Exception as exc:  # SQLite compiled without FTS5
        log.warning("FTS5 unavailable, full-text search falls back to LIKE: %s", exc)


def create_v2(conn: Connection) -> None:
    """Indexes for events and actors; on PostgreSQL also the documents' ``tsvector`` (migration 2)."""
    if conn.dialect.name == "sqlite":
        fts5 = conn.execute(text("SELECT name FROM sqlite_master WHERE name='documents_fts'")).first() is not None
        for kind in ("events", "actors"):
            if fts5:
                conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_FTS[kind]} USING fts5(id UNINDEXED, title, body, {_TOKENIZE})"))
            else:
                conn.execute(text(f"CREATE TABLE IF NOT EXISTS {_FTS[kind]} (id TEXT PRIMARY KEY, title TEXT, body TEXT)"))
        return
    if conn.dialect.name == "postgresql":
        conn.execute(text(
            "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
            f"setweight(to_tsvector('{_PG_CONFIG}', coalesce(title, '')), 'A') || "
            f"to_tsvector('{_PG_CONFIG}', left(text, {_PG_DOC_CHARS}))) STORED"
        ))
        conn.execute(text("CREATE INDEX ix_documents_tsv ON documents USING gin (tsv)"))
    conn.execute(text(
        "CREATE TABLE search_text (kind VARCHAR(16) NOT NULL, id VARCHAR(400) NOT NULL, title TEXT NOT NULL, "
        "body TEXT NOT NULL, PRIMARY KEY (kind, id))"
    ))
    if conn.dialect.name == "postgresql":
        conn.execute(text(
            "ALTER TABLE search_text ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
            f"setweight(to_tsvector('{_PG_CONFIG}', title), 'A') || to_tsvector('{_PG_CONFIG}', left(body, {_PG_DOC_CHARS}))) STORED"
        ))
        conn.execute(text("CREATE INDEX ix_search_text_tsv ON search_text USING gin (tsv)"))


_KNOWN: "weakref.WeakKeyDictionary[Engine, bool]" = weakref.WeakKeyDictionary()


def available(conn: Connection) -> bool:
    """Whether the database has a ranked index (FTS5 or ``tsvector``); looked up once per engine."""
    if conn.dialect.name == "postgresql":
        return True
    if conn.dialect.name != "sqlite":
        return False
    found = _KNOWN.get(conn.engine)
    if found is None:
        row = conn.execute(text("SELECT sql FROM sqlite_master WHERE name='documents_fts'")).first()
        found = _KNOWN[conn.engine] = row is not None and "fts5" in str(row[0]).lower()
    return found


def _sqlite_like(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite" and not available(conn)


def index_document(conn: Connection, doc_id: str, title: str | None, body: str) -> None:
    """(Re)index a document's title and clean text (PostgreSQL's generated column needs nothing)."""
    if conn.dialect.name == "sqlite" and available(conn):
        conn.execute(text("DELETE FROM documents_fts WHERE id = :id"), {"id": doc_id})
        conn.execute(text("INSERT INTO documents_fts (id, title, text) VALUES (:id, :title, :text)"), {"id": doc_id, "title": title or "", "text": body})


def delete_document(conn: Connection, doc_id: str) -> None:
    """Drop a document from the index."""
    if conn.dialect.name == "sqlite" and available(conn):
        conn.execute(text("DELETE FROM documents_fts WHERE id = :id"), {"id": doc_id})


def index(conn: Connection, kind: str, rows: Sequence[tuple[str, str, str]]) -> None:
    """(Re)index ``(id, title, body)`` rows of ``kind`` (``events`` or ``actors``)."""
    if not rows:
        return
    params = [{"kind": kind, "id": i, "title": t, "body": b} for i, t, b in sorted(dict((r[0], r) for r in rows).values())]
    if conn.dialect.name == "sqlite":
        delete(conn, kind, [p["id"] for p in params])
        conn.execute(text(f"INSERT INTO {_FTS[kind]} (id, title, body) VALUES (:id, :title, :body)"), params)
    elif conn.dialect.name == "postgresql":  # writers at once: an upsert, in id order
        conn.execute(text(
            "INSERT INTO search_text (kind, id, title, body) VALUES (:kind, :id, :title, :body) "
            "ON CONFLICT (kind, id) DO UPDATE SET title = excluded.title, body = excluded.body"
        ), params)
    else:
        delete(conn, kind, [p["id"] for p in params])
        conn.execute(text("INSERT INTO search_text (kind, id, title, body) VALUES (:kind, :id, :title, :body)"), params)


def delete(conn: Connection, kind: str, ids: Sequence[str]) -> None:
    """Drop records of ``kind`` from the index."""
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        params: dict[str, Any] = {f"i{n}": v for n, v in enumerate(chunk)}
        if conn.dialect.name == "sqlite":
            conn.execute(text(f"DELETE FROM {_FTS[kind]} WHERE id IN ({marks})"), params)
        else:
            conn.execute(text(f"DELETE FROM search_text WHERE kind = :kind AND id IN ({marks})"), {**params, "kind": kind})


# -- queries ---------------------------------------------------------------
def _fts5_term(t: Term) -> str:
    phrase = '"' + " ".join(t.words) + '"'
    return phrase + "*" if t.prefix else phrase


def fts5_query(q: Query) -> str:
    """The FTS5 MATCH expression of a parsed query (every word quoted)."""
    groups = ["(" + " OR ".join(_fts5_term(t) for t in g) + ")" for g in q.groups]
    out = " AND ".join(groups)
    for t in q.excluded:
        out += f" NOT {_fts5_term(t)}"
    return out


def _ts_term(t: Term) -> str:
    parts = [f"'{w}'" for w in t.words]
    if t.prefix:
        parts[-1] += ":*"
    return "(" + " <-> ".join(parts) + ")"


def tsquery(q: Query) -> str:
    """The PostgreSQL ``to_tsquery`` text of a parsed query."""
    groups = ["(" + " | ".join(_ts_term(t) for t in g) + ")" for g in q.groups]
    groups += [f"!{_ts_term(t)}" for t in q.excluded]
    return " & ".join(groups)


def _like_cond(q: Query, title: Any, body: Any) -> list[ColumnElement[bool]]:
    def one(t: Term) -> ColumnElement[bool]:
        pat = "%" + escape_like(" ".join(t.words)) + "%"
        return or_(func.lower(title).like(pat, escape="\\"), func.lower(body).like(pat, escape="\\"))

    cond = [or_(*(one(t) for t in g)) for g in q.groups]
    cond += [not_(one(t)) for t in q.excluded]
    return cond


def match(conn: Connection, kind: str, q: Query, limit: int, offset: int) -> tuple[list[Hit], int]:
    """Records of ``kind`` matching ``q``, best first: a page of hits and the total count."""
    if not q.groups:
        return [], 0
    dialect = conn.dialect.name
    if kind == "documents" and not available(conn):
        cond = _like_cond(q, _documents.c.title, _documents.c.text)
        total = int(conn.execute(select(func.count()).select_from(_documents).where(*cond)).scalar_one())
        rows = conn.execute(
            select(_documents.c.id, _documents.c.title, _documents.c.text)
            .where(*cond).order_by(_documents.c.published.desc(), _documents.c.id).limit(limit).offset(offset)
        ).all()
        return [(r.id, None, r.title or "", r.text) for r in rows], total
    if dialect == "sqlite" and _sqlite_like(conn):
        return _like_page(conn, table(_FTS[kind], column("id"), column("title"), column("body")), q, limit, offset)
    if dialect == "sqlite":
        fts = _FTS[kind]
        body = "text" if kind == "documents" else "body"
        expr = fts5_query(q)
        total = int(conn.execute(text(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH :q"), {"q": expr}).scalar_one())
        # rank on rowids alone (the sorter then holds no text; ties in insertion order), then read the page's rows
        if total > RANK_CANDIDATES and offset + limit <= RANK_CANDIDATES:
            # a common word: rank only the newest RANK_CANDIDATES matches (BM25 over every match grows with the store)
            newest = conn.execute(
                text(f"SELECT rowid, bm25({fts}) AS rank FROM {fts} WHERE {fts} MATCH :q ORDER BY rowid DESC LIMIT :n"),
                {"q": expr, "n": RANK_CANDIDATES},
            ).all()
            ranked = sorted(newest, key=lambda r: (float(r[1]), int(r[0])))[offset : offset + limit]
        else:
            ranked = list(conn.execute(
                text(f"SELECT rowid, bm25({fts}) AS rank FROM {fts} WHERE {fts} MATCH :q ORDER BY rank, rowid LIMIT :n OFFSET :o"),
                {"q": expr, "n": limit, "o": offset},
            ).all())
        found = {}
        if ranked:
            rowids = [int(r[0]) for r in ranked]
            marks = ", ".join(str(i) for i in rowids)  # integers from SQLite itself
            found = {r[0]: r for r in conn.execute(text(f"SELECT rowid, id, title, {body} AS body FROM {fts} WHERE rowid IN ({marks})"))}
        return [(found[r[0]].id, -float(r[1]), found[r[0]].title or "", found[r[0]].body or "") for r in ranked if r[0] in found], total
    if dialect == "postgresql":
        tq = tsquery(q)
        if kind == "documents":
            src, cols, where = "documents", "title, text AS body", "tsv @@ to_tsquery(:cfg, :q)"
        else:
            src, cols, where = "search_text", "title, body", "kind = :kind AND tsv @@ to_tsquery(:cfg, :q)"
        params = {"q": tq, "cfg": _PG_CONFIG, "kind": kind, "n": limit, "o": offset}
        total = int(conn.execute(text(f"SELECT count(*) FROM {src} WHERE {where}"), params).scalar_one())
        rows = conn.execute(
            text(f"SELECT id, {cols}, ts_rank_cd(tsv, to_tsquery(:cfg, :q)) AS rank FROM {src} WHERE {where} ORDER BY rank DESC, id LIMIT :n OFFSET :o"),
            params,
        ).all()
        return [(r.id, float(r.rank), r.title or "", r.body or "") for r in rows], total
    # any other engine: LIKE over the plain table
    plain = table("search_text", column("kind"), column("id"), column("title"), column("body"))
    return _like_page(conn, plain, q, limit, offset, plain.c.kind == kind)


def _like_page(conn: Connection, plain: Any, q: Query, limit: int, offset: int, *extra: Any) -> tuple[list[Hit], int]:
    where = and_(*extra, *_like_cond(q, plain.c.title, plain.c.body))
    total = int(conn.execute(select(func.count()).select_from(plain).where(where)).scalar_one())
    rows = conn.execute(select(plain.c.id, plain.c.title, plain.c.body).where(where).order_by(plain.c.id).limit(limit).offset(offset)).all()
    return [(r[0], None, r[1] or "", r[2] or "") for r in rows], total


class BudgetExceeded(Exception):
    """Raised inside :func:`budget` when a query ran out of time (the caller turns it into a QueryError)."""


@contextlib.contextmanager
def budget(conn: Connection, seconds: float) -> Iterator[None]:
    """Run the queries inside under a time budget; raise :class:`BudgetExceeded` beyond it.

    SQLite: a progress handler interrupts the statement. PostgreSQL:
    ``SET LOCAL statement_timeout`` (the connection's transaction ends with
    the caller's ``with``).
    """
    dialect = conn.dialect.name
    deadline = time.monotonic() + seconds
    if dialect == "sqlite":
        raw: Any = conn.connection.dbapi_connection
        raw.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 1000)
        try:
            yield
        except Exception as exc:
            if "interrupted" in str(exc):
                raise BudgetExceeded(str(exc)) from None
            raise
        finally:
            raw.set_progress_handler(None, 0)
        return
    if dialect == "postgresql":
        conn.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}")
        try:
            yield
            conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
        except Exception as exc:
            if "statement timeout" in str(exc) or type(getattr(exc, "orig", None)).__name__ == "QueryCanceled":
                raise BudgetExceeded(str(exc)) from None
            raise
        return
    yield
