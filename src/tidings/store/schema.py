"""Tables of the store, declared once with SQLAlchemy Core.

Every table keeps its full record in a dialect-neutral ``JSON`` column
(``data``) and copies the fields people filter on into indexed key columns,
so queries stay fast without parsing JSON in SQL. Dates are ISO strings
(``YYYY-MM-DD``), which sort and compare correctly as text on every engine.

These objects describe the *current* schema (the one the last migration in
:mod:`tidings.store.migrations` leaves behind); the store code queries
through them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

__all__ = ["metadata", "build_metadata", "v1_metadata", "v2_columns", "v2_indexes", "v3_indexes", "v4_indexes", "actors_table"]


def v1_metadata() -> MetaData:
    """Return a fresh :class:`MetaData` holding the version-1 tables (what migration 1 creates)."""
    md = MetaData()
    Table(
        "schema_migrations",
        md,
        Column("version", Integer, primary_key=True, autoincrement=False),
        Column("name", String(200), nullable=False),
        Column("applied_at", String(40), nullable=False),
    )
    Table(
        "documents",
        md,
        Column("id", String(64), primary_key=True),
        Column("text", Text, nullable=False),
        Column("raw", Text),
        Column("title", Text),
        Column("subtitle", Text),
        Column("outlet", String(200), index=True),
        Column("original_outlet", String(200)),
        Column("author", String(300)),
        Column("published", String(40), index=True),
        Column("published_inferred", Boolean, nullable=False, default=False),
        Column("language", String(16), index=True),
        Column("words", Integer, nullable=False, default=0),
        Column("url", Text),
        Column("source_path", Text),
        Column("format", String(16)),
        Column("duplicate_of", String(64), index=True),
        Column("provenance", JSON),
        Column("updates", JSON),
        Column("signature", JSON),
        Column("ingested_at", String(40), nullable=False),
        # set when the code stage has run on the document (even with no mention)
        Column("coded_at", String(40)),
    )
    Table(
        "removed_spans",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("document", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("reason", String(60), nullable=False),
        Column("text", Text, nullable=False),
    )
    Table(
        "mentions",
        md,
        Column("id", String(120), primary_key=True),
        Column("document", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
        Column("index", Integer, nullable=False),
        Column("data", JSON, nullable=False),
        Column("cameo", String(8), index=True),
        Column("source_code", String(40), index=True),
        Column("target_code", String(40), index=True),
        Column("date_start", String(40), index=True),
        Column("date_end", String(40)),
        Column("status", String(20), index=True),
        Column("fused", Boolean, nullable=False, default=False, index=True),
        Column("event", String(120), index=True),
    )
    Table(
        "events",
        md,
        Column("id", String(120), primary_key=True),
        Column("data", JSON, nullable=False),
        Column("cameo", String(8), index=True),
        Column("root", String(4), index=True),
        Column("source_code", String(40), index=True),
        Column("target_code", String(40), index=True),
        Column("source_country", String(8), index=True),
        Column("target_country", String(8), index=True),
        Column("date_start", String(40), index=True),
        Column("date_end", String(40), index=True),
        Column("status", String(20), index=True),
        Column("story", String(120), index=True),
        Column("parent", String(120), index=True),
        Column("updated_at", String(40), nullable=False),
    )
    Table(
        "event_mentions",
        md,
        Column("event", String(120), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        Column("mention", String(120), ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
        Column("score", Float),
        Column("keys", JSON),
        Index("ix_event_mentions_mention", "mention"),
    )
    Table(
        "status_history",
        md,
        Column("event", String(120), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        Column("seq", Integer, primary_key=True, autoincrement=False),
        Column("status", String(20), nullable=False),
        Column("as_of", String(40)),
        Column("by", String(300)),
    )
    Table(
        "stories",
        md,
        Column("id", String(120), primary_key=True),
        Column("title", Text),
        Column("start", String(40), index=True),
        Column("end", String(40)),
        Column("data", JSON, nullable=False),
    )
    Table(
        "story_documents",
        md,
        Column("story", String(120), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        Column("document", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        Index("ix_story_documents_document", "document"),
    )
    Table(
        "forecasts",
        md,
        Column("event", String(120), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        Column("probability", Float),
        Column("deadline", String(40), index=True),
        Column("forecaster", String(300)),
        Column("resolution", String(20), nullable=False, default="open", index=True),
        Column("resolved_by", String(120)),
    )
    return md


def v2_columns() -> dict[str, list[Column[Any]]]:
    """Key columns migration 2 adds, by table (all nullable: old rows are filled by the migration).

    events: ``sort_date`` (the start date, ``""`` when undated: one indexed
    sort key), the case-folded actor names, the place and its coordinates.
    stories: their event and document counts.
    """
    return {
        "events": [
            Column("sort_date", String(40)),
            Column("source_name", String(300)),
            Column("target_name", String(300)),
            Column("place", String(300)),
            Column("place_country", String(8)),
            Column("lat", Float),
            Column("lon", Float),
        ],
        "stories": [
            Column("n_events", Integer),
            Column("n_documents", Integer),
        ],
    }


def v2_indexes(md: MetaData) -> list[Index]:
    """Indexes migration 2 adds, for paged lists in date order and the map."""
    ev, st, docs = md.tables["events"], md.tables["stories"], md.tables["documents"]
    return [
        Index("ix_events_sort", ev.c.sort_date, ev.c.id),
        Index("ix_events_status_sort", ev.c.status, ev.c.sort_date),
        Index("ix_events_story_sort", ev.c.story, ev.c.sort_date),
        Index("ix_events_root_sort", ev.c.root, ev.c.sort_date),
        Index("ix_events_place", ev.c.place),
        Index("ix_events_place_country", ev.c.place_country),
        Index("ix_events_lat", ev.c.lat),
        Index("ix_stories_n_events", st.c.n_events),
        Index("ix_documents_published_id", docs.c.published, docs.c.id),
    ]


def v3_indexes(md: MetaData) -> list[Index]:
    """Indexes migration 3 adds: the case-folded actor names, for the actor-name filter."""
    ev = md.tables["events"]
    return [Index("ix_events_source_name", ev.c.source_name), Index("ix_events_target_name", ev.c.target_name)]


def v4_indexes(md: MetaData) -> list[Index]:
    """Indexes migration 4 adds: date windows (with or without a CAMEO root) counted from the index alone."""
    ev = md.tables["events"]
    return [Index("ix_events_window", ev.c.sort_date, ev.c.date_end),
            Index("ix_events_root_window", ev.c.root, ev.c.sort_date, ev.c.date_end)]


def v6_columns() -> dict[str, list[Column[Any]]]:
    """Columns migration 6 adds to documents: ``extra``, the read stage's notes on a document.

    A JSON object with the keys the reader set among :data:`DOCUMENT_EXTRA`
    (``warnings``, ``replaced``, ``encoding``, ``fetched``, ``source_item``,
    ``source_offset``, ``canonical_url``); NULL when it set none.
    """
    return {"documents": [Column("extra", JSON)]}


#: Document fields kept in ``documents.extra`` (migration 6).
DOCUMENT_EXTRA = ("warnings", "replaced", "encoding", "fetched", "source_item", "source_offset", "canonical_url")


def v5_columns() -> dict[str, list[Column[Any]]]:
    """Columns migration 5 adds to events: the inputs of their salience and their map label.

    ``salience_base``, ``salience_last``, ``salience_factor``: see
    :func:`tidings.store.records.salience_columns`; ``label``: "Source: what
    → Target" (:func:`tidings.store.records.event_label`), so map points and
    the stories' ranking need no event record.
    """
    return {
        "events": [
            Column("salience_base", Float),
            Column("salience_last", String(40)),
            Column("salience_factor", Float),
            Column("label", String(400)),
        ],
    }


def v5_indexes(md: MetaData) -> list[Index]:
    """Indexes migration 5 adds: the stories' ranking read from one index (story and its events' salience inputs),
    and events without coordinates newest first (the map's country-only points)."""
    ev = md.tables["events"]
    return [Index("ix_events_story_salience", ev.c.story, ev.c.salience_base, ev.c.salience_last, ev.c.salience_factor),
            Index("ix_events_lat_sort", ev.c.lat, ev.c.sort_date, ev.c.id)]


def event_keys_table(md: MetaData) -> Table:
    """The blocking keys of the stored events (migration 7), written by fusion, one row per event and key.

    ``key`` is the key as fusion forms it, prefixed with the kind (``i``:
    the event's mentions are filed under it, ``l``: they look candidates up
    under it) and the fusion settings it was formed under; an update looks
    up the events its new mentions can reach by these rows alone.
    """
    return Table(
        "event_keys",
        md,
        Column("key", String(400), primary_key=True),
        Column("event", String(120), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        Index("ix_event_keys_event", "event"),
    )


def actors_table(md: MetaData) -> Table:
    """The actors named by events (migration 2): one row per code and name."""
    return Table(
        "actors",
        md,
        Column("id", String(400), primary_key=True),  # "<code>|<name>"
        Column("code", String(40), index=True),
        Column("name", String(300), nullable=False),
        Column("country", String(8), index=True),
        Column("kind", String(40)),
    )


def build_metadata() -> MetaData:
    """Return a fresh :class:`MetaData` holding the current tables (the last migration's result)."""
    md = v1_metadata()
    for name, cols in v2_columns().items():
        for col in cols:
            md.tables[name].append_column(col)
    v2_indexes(md)
    actors_table(md)
    v3_indexes(md)
    v4_indexes(md)
    for name, cols in v5_columns().items():
        for col in cols:
            md.tables[name].append_column(col)
    v5_indexes(md)
    for name, cols in v6_columns().items():
        for col in cols:
            md.tables[name].append_column(col)
    event_keys_table(md)
    return md


metadata = build_metadata()
