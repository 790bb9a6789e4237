"""Full-text search over documents: the ONE place with engine-specific SQL.

On SQLite the store keeps an FTS5 table ``documents_fts(id UNINDEXED,
title, text)`` written in the same transaction as the document row, and
ranks hits with ``bm25``. Other engines (or an SQLite built without FTS5)
fall back to a case-insensitive ``LIKE`` over title and text: correct,
unranked and slower; a PostgreSQL ``tsvector`` index can replace it here
without touching callers.
"""

from __future__ import annotations

import logging
import re
import weakref
from typing import Any

from sqlalchemy import Connection, Engine, or_, select, text

from .schema import metadata

log = logging.getLogger(__name__)

__all__ = ["create", "available", "index_document", "delete_document", "search"]

_documents = metadata.tables["documents"]
_WORD = re.compile(r"\w+", re.UNICODE)


def create(conn: Connection) -> None:
    """Create the FTS5 table when the engine supports it (called by a migration)."""
    if conn.dialect.name != "sqlite":
        return
    try:
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"))
    except Exception as exc:  # SQLite compiled without FTS5
        log.warning("FTS5 unavailable, full-text search falls back to LIKE: %s", exc)


_KNOWN: "weakref.WeakKeyDictionary[Engine, bool]" = weakref.WeakKeyDictionary()


def available(conn: Connection) -> bool:
    """Whether the database has the FTS5 table (looked up once per engine)."""
    if conn.dialect.name != "sqlite":
        return False
    found = _KNOWN.get(conn.engine)
    if found is None:
        row = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' AND name='documents_fts'")).first()
        found = _KNOWN[conn.engine] = row is not None
    return found


def index_document(conn: Connection, doc_id: str, title: str | None, body: str) -> None:
    """(Re)index a document's title and clean text (nothing to do on the LIKE fallback)."""
    if available(conn):
        conn.execute(text("DELETE FROM documents_fts WHERE id = :id"), {"id": doc_id})
        conn.execute(text("INSERT INTO documents_fts (id, title, text) VALUES (:id, :title, :text)"), {"id": doc_id, "title": title or "", "text": body})


def delete_document(conn: Connection, doc_id: str) -> None:
    """Drop a document from the index (nothing to do on the LIKE fallback)."""
    if available(conn):
        conn.execute(text("DELETE FROM documents_fts WHERE id = :id"), {"id": doc_id})


def _fts_query(query: str) -> str:
    """Turn free text into a safe FTS5 query: every word quoted, all required.

    A word ending in ``*`` keeps its prefix search (``nucl*``).
    """
    terms = []
    for raw in query.split():
        prefix = raw.endswith("*")
        for word in _WORD.findall(raw):
            terms.append(f'"{word}"')
        if prefix and terms:
            terms[-1] += "*"
    return " AND ".join(terms)


def search(conn: Connection, query: str, limit: int) -> list[dict[str, Any]]:
    """Documents matching every word of ``query``, best first.

    Each hit: ``{"id", "title", "outlet", "published", "snippet", "score"}``
    (``score``: higher is better; ``None`` on the LIKE fallback).
    """
    if not _WORD.search(query):
        return []
    if available(conn):
        rows = conn.execute(
            text(
                "SELECT f.id, d.title, d.outlet, d.published, "
                "snippet(documents_fts, 2, '[', ']', '…', 16) AS snippet, bm25(documents_fts) AS rank "
                "FROM documents_fts f JOIN documents d ON d.id = f.id "
                "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n"
            ),
            {"q": _fts_query(query), "n": limit},
        ).all()
        return [
            {"id": r.id, "title": r.title, "outlet": r.outlet, "published": r.published, "snippet": r.snippet, "score": -float(r.rank)}
            for r in rows
        ]
    words = _WORD.findall(query)
    cond = [or_(_documents.c.title.ilike(f"%{w}%"), _documents.c.text.ilike(f"%{w}%")) for w in words]
    stmt = select(_documents.c.id, _documents.c.title, _documents.c.outlet, _documents.c.published, _documents.c.text).where(*cond).order_by(_documents.c.published.desc()).limit(limit)
    hits = []
    for r in conn.execute(stmt):
        low = r.text.lower()
        at = max(0, low.find(words[0].lower()) - 60)
        hits.append({"id": r.id, "title": r.title, "outlet": r.outlet, "published": r.published, "snippet": r.text[at : at + 160], "score": None})
    return hits
