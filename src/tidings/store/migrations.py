"""Versioned schema: an ordered list of migrations, each a Python function.

``schema_migrations`` records every applied migration (version, name,
applied_at). :func:`migrate` applies the missing ones in order, each in its
own transaction, and refuses a database written by a newer tidings
(:class:`~tidings.SchemaVersionError`).

Any number of processes may open one database at once: every migration
step runs in a write transaction that first takes the database's write
lock (SQLite: ``BEGIN IMMEDIATE``, waiting up to the busy timeout;
PostgreSQL: a transaction-scoped advisory lock) and reads the version again
under it, so each migration is applied exactly once and the others wait,
then find nothing to do.

To change the schema, append a migration (``(2, "name", function)``) that
alters the existing tables with dialect-neutral operations, and update
:mod:`tidings.store.schema` to the result. Never edit a migration that has
shipped: databases in the field already ran it.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
from typing import Any, Callable, Iterator, Sequence

from sqlalchemy import Connection, Engine, MetaData, Row, Table, bindparam, inspect, select, text, update
from sqlalchemy.schema import CreateIndex

from .._errors import SchemaVersionError, StoreError
from . import fulltext, records
from .schema import actors_table, event_keys_table, v1_metadata, v2_columns, v2_indexes, v3_indexes, v4_indexes, v5_columns, v5_indexes, v6_columns

log = logging.getLogger(__name__)

__all__ = ["Migration", "MIGRATIONS", "migrate", "current_version", "latest_version", "write_lock", "WRITE_LOCK_KEY"]

Migration = tuple[int, str, Callable[[Connection], None]]


def _add_columns(conn: Connection, columns: dict[str, list[Any]]) -> None:
    """``ALTER TABLE ... ADD COLUMN`` for each new column, table by table (dialect-neutral types)."""
    preparer = conn.dialect.identifier_preparer
    for table, cols in columns.items():
        for col in cols:
            kind = col.type.compile(dialect=conn.dialect)
            conn.execute(text(f"ALTER TABLE {preparer.quote(table)} ADD COLUMN {preparer.quote(col.name)} {kind}"))


def _metadata_with(*groups: dict[str, list[Any]]) -> MetaData:
    """The first schema's tables with the columns of ``groups`` added: the tables as a migration leaves them."""
    md = v1_metadata()
    for group in groups:
        for name, cols in group.items():
            for col in cols:
                md.tables[name].append_column(col)
    return md


def _v1_initial(conn: Connection) -> None:
    """Documents, removed spans, mentions, events and their links, stories, forecasts, FTS."""
    md = v1_metadata()
    md.create_all(conn, tables=[t for name, t in md.tables.items() if name != "schema_migrations"])
    fulltext.create(conn)


def _v2_search_and_pages(conn: Connection) -> None:
    """Key columns and indexes for paged lists and the map, the actors table, search over events and actors."""
    _add_columns(conn, v2_columns())
    md = _metadata_with(v2_columns())  # the tables as this migration leaves them, whatever later ones add
    actors_table(md)
    for ix in v2_indexes(md):
        conn.execute(CreateIndex(ix))
    md.tables["actors"].create(conn)
    fulltext.create_v2(conn)
    _fill_v2(conn, md)


def _event_batches(conn: Connection, events: Table, size: int = 1000) -> Iterator[Sequence[Row[Any, Any]]]:
    """The stored events' ids and records, ``size`` at a time in id order (keyset paging: memory stays flat)."""
    last = ""
    while True:
        rows = conn.execute(select(events.c.id, events.c.data).where(events.c.id > last).order_by(events.c.id).limit(size)).all()
        if not rows:
            return
        yield rows
        last = rows[-1].id


def _fill_v2(conn: Connection, md: Any) -> None:
    """Fill migration 2's columns, actors and search index from the records already stored."""
    events, stories, actors = md.tables["events"], md.tables["stories"], md.tables["actors"]
    names = [c.name for c in v2_columns()["events"]]
    for rows in _event_batches(conn, events):
        updates, found, texts = [], {}, []
        for r in rows:
            cols = records.event_columns(r.data)
            updates.append({"eid": r.id, **{n: cols[n] for n in names}})
            texts.append((r.id, *records.event_text(r.data)))
            for a in records.event_actors(r.data):
                found[a["id"]] = a
        conn.execute(update(events).where(events.c.id == bindparam("eid")).values({n: bindparam(n) for n in names}), updates)
        fulltext.index(conn, "events", texts)
        known = {x[0] for x in conn.execute(select(actors.c.id).where(actors.c.id.in_(list(found))))}
        new = [a for k, a in found.items() if k not in known]
        if new:
            conn.execute(actors.insert(), new)
            fulltext.index(conn, "actors", [(a["id"], a["name"], " ".join(filter(None, [a["code"], a["country"], a["kind"]]))) for a in new])
    for r in conn.execute(select(stories.c.id, stories.c.data)).all():
        cols = records.story_columns(r.data)
        conn.execute(update(stories).where(stories.c.id == r.id).values(n_events=cols["n_events"], n_documents=cols["n_documents"]))


def _v3_actor_name_indexes(conn: Connection) -> None:
    """Indexes on the events' case-folded actor names (the actor-name filter looks names up in them)."""
    md = _metadata_with(v2_columns())
    for ix in v3_indexes(md):
        conn.execute(CreateIndex(ix))


def _v4_window_indexes(conn: Connection) -> None:
    """Indexes that answer a date window (and a CAMEO root with it) without reading the events' rows."""
    md = _metadata_with(v2_columns())
    for ix in v4_indexes(md):
        conn.execute(CreateIndex(ix))


def _v5_salience_and_labels(conn: Connection) -> None:
    """Events' salience inputs and map labels as columns, filled from the records already stored, and their index."""
    _add_columns(conn, v5_columns())
    md = _metadata_with(v2_columns(), v5_columns())
    events = md.tables["events"]
    names = [c.name for c in v5_columns()["events"]]
    for rows in _event_batches(conn, events):
        updates = [{"eid": r.id, **records.salience_columns(r.data), "label": records.event_label(r.data)[:400]} for r in rows]
        conn.execute(update(events).where(events.c.id == bindparam("eid")).values({n: bindparam(n) for n in names}), updates)
    for ix in v5_indexes(md):
        conn.execute(CreateIndex(ix))


def _v6_document_extra(conn: Connection) -> None:
    """The read stage's notes on a document (warnings, repairs, fetch time, place in its container) in one JSON column."""
    _add_columns(conn, v6_columns())


def _v7_event_keys(conn: Connection) -> None:
    """The events' blocking keys, so that fusion loads the events new mentions can reach by key.

    The table starts empty: keys are fusion's to form, and its next update
    fills them for the events stored before (once).
    """
    md = _metadata_with(v2_columns(), v5_columns(), v6_columns())
    actors_table(md)
    event_keys_table(md).create(conn)


MIGRATIONS: list[Migration] = [
    (1, "initial schema", _v1_initial),
    (2, "paged lists, map points, actors, search over events and actors", _v2_search_and_pages),
    (3, "indexes on actor names", _v3_actor_name_indexes),
    (4, "indexes for date windows", _v4_window_indexes),
    (5, "salience inputs and map labels of events", _v5_salience_and_labels),
    (6, "the read stage's notes on documents", _v6_document_extra),
    (7, "blocking keys of events", _v7_event_keys),
]


_MIGRATIONS_TABLE: Table = v1_metadata().tables["schema_migrations"]


def _migrations_table() -> Table:
    return _MIGRATIONS_TABLE


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """The highest version among ``migrations`` (0 when there are none)."""
    return max((v for v, _, _ in migrations), default=0)


def current_version(conn: Connection) -> int:
    """The highest applied migration (0 for an empty database)."""
    if not inspect(conn).has_table("schema_migrations"):
        return 0
    table = _migrations_table()
    versions = [r[0] for r in conn.execute(select(table.c.version))]
    return max(versions, default=0)


WRITE_LOCK_KEY = 0x7469_6469  # "tidi": the advisory lock of tidings writes and migrations on PostgreSQL


@contextlib.contextmanager
def write_lock(engine: Engine) -> Iterator[Connection]:
    """A transaction holding the database's write lock until it ends.

    On a store's SQLite engine the transaction begins with ``BEGIN
    IMMEDIATE`` (waiting up to the busy timeout for other writers); on
    PostgreSQL it takes an advisory lock that other migrating processes
    wait for.
    """
    with engine.connect().execution_options(tidings_write=True) as conn:
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
            yield conn


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the database to the latest version; return that version."""
    ordered = sorted(migrations, key=lambda m: m[0])
    if [v for v, _, _ in ordered] != list(range(1, len(ordered) + 1)):
        raise StoreError("migrations must be numbered 1, 2, 3, ... without gaps")
    table = _migrations_table()
    with write_lock(engine) as conn:
        table.create(conn, checkfirst=True)
        have = current_version(conn)
    latest = latest_version(ordered)
    if have > latest:
        raise SchemaVersionError(
            f"the database is at schema version {have}, newer than this tidings (version {latest})",
            path=str(engine.url.database or engine.url),
        )
    for version, name, fn in ordered:
        if version <= have:
            continue
        with write_lock(engine) as conn:
            if current_version(conn) >= version:  # another process applied it meanwhile
                continue
            log.info("applying migration %d: %s", version, name)
            fn(conn)
            conn.execute(
                table.insert().values(version=version, name=name, applied_at=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
            )
    return max(have, latest)
