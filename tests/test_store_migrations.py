"""Store: the versioned schema and its migrations."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from tidings import SchemaVersionError, StoreError, open_store
from tidings.store import MIGRATIONS, migrate
from tidings.store.migrations import current_version, latest_version

EXPECTED_TABLES = {
    "schema_migrations", "documents", "removed_spans", "mentions", "events", "event_mentions",
    "status_history", "stories", "story_documents", "forecasts",
}


def _engine(path):
    return create_engine(f"sqlite:///{path}")


def test_empty_database_is_migrated_to_the_latest_version(tmp_path):
    with open_store(tmp_path / "t.db") as store:
        assert store.schema_version == latest_version()
    engine = _engine(tmp_path / "t.db")
    tables = set(inspect(engine).get_table_names())
    assert EXPECTED_TABLES <= tables
    assert "documents_fts" in tables
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")).all()
    assert [r.version for r in rows] == [v for v, _, _ in MIGRATIONS]
    assert all(r.applied_at for r in rows)


def test_reopening_applies_nothing_and_keeps_data(tmp_path):
    with open_store(tmp_path / "t.db") as store:
        store.add_document({"id": "d1", "text": "kept"})
    with open_store(tmp_path / "t.db") as store:
        assert store.get_document("d1")["text"] == "kept"
    with _engine(tmp_path / "t.db").connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM schema_migrations")).scalar() == len(MIGRATIONS)


def _add_notes(conn):
    conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    conn.execute(text("INSERT INTO notes (body) SELECT 'from ' || id FROM documents"))


def test_database_at_version_1_is_migrated_to_a_later_version(tmp_path):
    engine = _engine(tmp_path / "t.db")
    assert migrate(engine, MIGRATIONS[:1]) == 1
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO documents (id, text, published_inferred, words, ingested_at) VALUES ('d1', 'x', 0, 1, 'now')"))
    later = [*MIGRATIONS[:1], (2, "notes", _add_notes)]
    assert migrate(engine, later) == 2
    with engine.connect() as conn:
        assert current_version(conn) == 2
        assert conn.execute(text("SELECT body FROM notes")).scalar() == "from d1"
        names = conn.execute(text("SELECT name FROM schema_migrations ORDER BY version")).scalars().all()
    assert names == [MIGRATIONS[0][1], "notes"]
    assert migrate(engine, later) == 2  # idempotent


def test_a_failing_migration_is_rolled_back_entirely(tmp_path):
    def broken(conn):
        conn.execute(text("CREATE TABLE half (id INTEGER)"))
        raise RuntimeError("migration bug")

    # use the store's engine set-up so DDL runs inside real transactions
    from tidings.store._store import _make_engine

    engine = _make_engine(tmp_path / "t.db")
    migrate(engine, MIGRATIONS[:1])
    with pytest.raises(RuntimeError):
        migrate(engine, [*MIGRATIONS[:1], (2, "broken", broken)])
    with engine.connect() as conn:
        assert current_version(conn) == 1
        assert not inspect(conn).has_table("half")


def test_database_from_a_newer_tidings_is_refused(tmp_path):
    with open_store(tmp_path / "t.db"):
        pass
    with _engine(tmp_path / "t.db").begin() as conn:
        conn.execute(text("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'later')"))
    with pytest.raises(SchemaVersionError) as err:
        open_store(tmp_path / "t.db")
    assert err.value.code == "E202"
    assert "99" in str(err.value)


@pytest.mark.parametrize("numbers", [[1, 3], [2], [1, 1]])
def test_migration_numbers_must_run_without_gaps(tmp_path, numbers):
    bad = [(n, f"m{n}", lambda conn: None) for n in numbers]
    with pytest.raises(StoreError):
        migrate(_engine(tmp_path / "t.db"), bad)


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert err.value.code == "E201"
