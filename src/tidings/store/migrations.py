"""Versioned schema: an ordered list of migrations, each a Python function.

``schema_migrations`` records every applied migration (version, name,
applied_at). :func:`migrate` applies the missing ones in order, each in its
own transaction, and refuses a database written by a newer tidings
(:class:`~tidings.SchemaVersionError`).

To change the schema, append a migration (``(2, "name", function)``) that
alters the existing tables with dialect-neutral operations, and update
:mod:`tidings.store.schema` to the result. Never edit a migration that has
shipped: databases in the field already ran it.
"""

from __future__ import annotations

import datetime as _dt
import logging
from typing import Callable, Sequence

from sqlalchemy import Connection, Engine, Table, inspect, select

from .._errors import SchemaVersionError, StoreError
from . import fulltext
from .schema import build_metadata

log = logging.getLogger(__name__)

__all__ = ["Migration", "MIGRATIONS", "migrate", "current_version", "latest_version"]

Migration = tuple[int, str, Callable[[Connection], None]]


def _v1_initial(conn: Connection) -> None:
    """Documents, removed spans, mentions, events and their links, stories, forecasts, FTS."""
    md = build_metadata()
    md.create_all(conn, tables=[t for name, t in md.tables.items() if name != "schema_migrations"])
    fulltext.create(conn)


MIGRATIONS: list[Migration] = [
    (1, "initial schema", _v1_initial),
]


_MIGRATIONS_TABLE: Table = build_metadata().tables["schema_migrations"]


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


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the database to the latest version; return that version."""
    ordered = sorted(migrations, key=lambda m: m[0])
    if [v for v, _, _ in ordered] != list(range(1, len(ordered) + 1)):
        raise StoreError("migrations must be numbered 1, 2, 3, ... without gaps")
    table = _migrations_table()
    with engine.begin() as conn:
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
        log.info("applying migration %d: %s", version, name)
        with engine.begin() as conn:
            fn(conn)
            conn.execute(
                table.insert().values(version=version, name=name, applied_at=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
            )
    return max(have, latest)
