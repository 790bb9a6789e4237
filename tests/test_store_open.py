"""Store: opening a database — many processes at once, read-only, never creating by accident."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest
from sqlalchemy import create_engine, text

from tidings import SchemaVersionError, StoreError, open_store
from tidings.store import MIGRATIONS


def _opener(db, n, barrier, results):
    try:
        barrier.wait(timeout=60)
        with open_store(db) as store:
            store.add_document({"id": f"d{n}", "text": f"document {n}"})
        results.put((n, "ok"))
    except BaseException as exc:  # reported to the test, whatever it is
        results.put((n, f"{type(exc).__name__}: {exc}"))


def _open_at_once(db, n):
    """Fork ``n`` processes that each open ``db`` and write one document, released together by a barrier."""
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(n), ctx.Queue()
    procs = [ctx.Process(target=_opener, args=(str(db), i, barrier, results)) for i in range(n)]
    for p in procs:
        p.start()
    got = dict(results.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    return got


@pytest.mark.parametrize("round_", range(3))
def test_processes_opening_one_new_database_at_once_all_succeed(db_url, round_):
    results = _open_at_once(db_url, 10)
    assert [r for r in results.values() if r != "ok"] == []
    with open_store(db_url) as store:
        assert store.count_documents() == 10
        with store.transaction() as conn:
            versions = conn.execute(text("SELECT version FROM schema_migrations ORDER BY version")).scalars().all()
    assert versions == [v for v, _, _ in MIGRATIONS]  # each migration applied exactly once


class _LockedCursor:
    """A cursor whose WAL switch finds the database locked ``locked`` times, as SQLite reports it without waiting."""

    def __init__(self, locked, error="database is locked"):
        self.locked, self.error, self.mode, self.tries = locked, error, "delete", 0

    def execute(self, sql):
        if sql == "PRAGMA journal_mode=WAL":
            self.tries += 1
            if self.tries <= self.locked:
                raise sqlite3.OperationalError(self.error)
            self.mode = "wal"
        return self

    def fetchone(self):
        return (self.mode,)


@pytest.mark.parametrize("locked", [0, 1, 5])
def test_the_wal_switch_waits_while_another_process_holds_the_database(locked):
    from tidings.store._store import _set_wal

    cur = _LockedCursor(locked)
    _set_wal(cur, timeout=5)
    assert (cur.mode, cur.tries) == ("wal", locked + 1)


@pytest.mark.parametrize(("locked", "error", "timeout"), [(1, "disk I/O error", 5), (10**6, "database is locked", 0.05)])
def test_the_wal_switch_gives_up_on_other_errors_and_after_its_timeout(locked, error, timeout):
    from tidings.store._store import _set_wal

    with pytest.raises(sqlite3.OperationalError, match=error):
        _set_wal(_LockedCursor(locked, error), timeout=timeout)


def test_processes_opening_an_existing_old_database_migrate_it_once(tmp_path):
    from tidings.store import migrate
    from tidings.store._store import _make_engine

    db = tmp_path / "old.db"
    engine = _make_engine(db)
    migrate(engine, MIGRATIONS[:1])
    engine.dispose()
    results = _open_at_once(db, 6)
    assert list(results.values()) == ["ok"] * 6
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")] == [v for v, _, _ in MIGRATIONS]


def _unrelated_sqlite(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('bread')")
    conn.close()


def test_read_only_refuses_a_database_that_is_not_a_tidings_store_and_leaves_it_untouched(tmp_path):
    path = tmp_path / "recipes.db"
    _unrelated_sqlite(path)
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        open_store(path, read_only=True)
    assert "not a tidings store" in str(err.value)
    assert str(path) in str(err.value)
    assert path.read_bytes() == before
    assert not (tmp_path / "recipes.db-wal").exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["recipes"]
    conn.close()


def test_read_only_store_reads_and_refuses_writes(db_url):
    with open_store(db_url) as writer:
        writer.add_document({"id": "d1", "text": "kept"})
    with open_store(db_url, read_only=True) as reader:
        assert reader.get_document("d1")["text"] == "kept"
        assert reader.search_documents("kept")[0]["id"] == "d1"
        with pytest.raises(StoreError):
            reader.add_document({"id": "d2", "text": "refused"})
    with open_store(db_url) as again:
        assert again.count_documents() == 1


def test_read_only_does_not_switch_the_journal_mode(tmp_path):
    path = tmp_path / "t.db"
    with open_store(path):
        pass
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    with open_store(path, read_only=True) as reader:
        assert reader.count_documents() == 0
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_read_only_refuses_an_older_store_it_cannot_migrate(tmp_path):
    from tidings.store import migrate

    path = tmp_path / "old.db"
    migrate(create_engine(f"sqlite:///{path}"), MIGRATIONS[:1])
    with pytest.raises(StoreError) as err:
        open_store(path, read_only=True)
    assert "older" in str(err.value)


def test_read_only_refuses_a_newer_store(tmp_path):
    path = tmp_path / "t.db"
    with open_store(path):
        pass
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'later')")
    conn.close()
    with pytest.raises(SchemaVersionError):
        open_store(path, read_only=True)


@pytest.mark.parametrize("kwargs", [{"create": False}, {"read_only": True}, {"create": False, "read_only": True}])
@pytest.mark.parametrize("as_url", [False, True])
def test_a_missing_database_is_refused_without_creating_it(tmp_path, kwargs, as_url):
    path = tmp_path / "missing.db"
    with pytest.raises(StoreError) as err:
        open_store(f"sqlite:///{path}" if as_url else path, **kwargs)
    assert err.value.code == "E201"
    assert "missing.db" in str(err.value)
    assert not path.exists()


def test_create_false_opens_an_existing_store(tmp_path):
    path = tmp_path / "t.db"
    with open_store(path) as s:
        s.add_document({"id": "d1", "text": "x"})
    with open_store(path, create=False) as s:
        assert s.count_documents() == 1


def test_postgres_urls_use_psycopg_3():
    from tidings.store._store import _postgres_url

    for given in ("postgresql://u@h/db", "postgres://u@h/db", "postgresql+psycopg://u@h/db"):
        assert _postgres_url(given).drivername == "postgresql+psycopg"
    with pytest.raises(StoreError):
        _postgres_url("postgresql+psycopg2://u@h/db")
