"""Store: opening a database — many processes at once, read-only, never creating by accident."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import create_engine, text

from tidings import SchemaVersionError, StoreError, open_store
from tidings.store import MIGRATIONS

OPENER = textwrap.dedent(
    """
    import os, sys, time
    from tidings import open_store
    db, go, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    while not os.path.exists(go):
        time.sleep(0.005)
    with open_store(db) as store:
        store.add_document({"id": f"d{n}", "text": f"document {n}"})
    print("ok")
    """
)


def _open_at_once(db, tmp_path, n):
    """Start ``n`` processes that each open ``db`` and write one document, all released together."""
    go = tmp_path / f"go-{time.monotonic_ns()}"
    procs = [
        subprocess.Popen([sys.executable, "-c", OPENER, str(db), str(go), str(i)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i in range(n)
    ]
    time.sleep(1.5)  # let them import
    go.touch()
    return [p.communicate(timeout=120) + (p.returncode,) for p in procs]


@pytest.mark.parametrize("round_", range(2))
def test_processes_opening_one_new_database_at_once_all_succeed(db_url, tmp_path, round_):
    results = _open_at_once(db_url, tmp_path, 8)
    failures = [err.strip().splitlines()[-1:] for out, err, rc in results if rc != 0]
    assert failures == []
    with open_store(db_url) as store:
        assert store.count_documents() == 8
        with store.transaction() as conn:
            versions = conn.execute(text("SELECT version FROM schema_migrations ORDER BY version")).scalars().all()
    assert versions == [v for v, _, _ in MIGRATIONS]  # each migration applied exactly once


def test_processes_opening_an_existing_old_database_migrate_it_once(tmp_path):
    from tidings.store import migrate
    from tidings.store._store import _make_engine

    db = tmp_path / "old.db"
    engine = _make_engine(db)
    migrate(engine, MIGRATIONS[:1])
    engine.dispose()
    results = _open_at_once(db, tmp_path, 6)
    assert [rc for _, _, rc in results] == [0] * 6
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
