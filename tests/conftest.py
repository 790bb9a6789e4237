"""Shared fixtures. Most tests need no model; those that do use the session `nlp`."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _need(SEEDS)


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    return _need(EVAL)


@pytest.fixture(scope="session")
def coding_context():
    """The default-settings coding context (knowledge, lexicons, gazetteer), shared by the session."""
    from tidings.code.context import CodingContext

    return CodingContext()


@pytest.fixture(scope="session")
def nlp():
    """The full tidings pipeline, loaded once per test session."""
    from tidings import build_pipeline

    return build_pipeline()


def ingest_into_store(paths, directory):
    """Open a store in ``directory`` and ingest ``paths`` with the real stages."""
    from tidings import Options, ingest, open_store

    options = Options().replace(db=str(directory / "tidings.db"))
    store = open_store(options=options)
    ingest([str(p) for p in paths], store=store, options=options)
    return store


@pytest.fixture(scope="session")
def seeds_store(seeds_dir, tmp_path_factory):
    """Both seed articles read, coded, fused and stored once per test session."""
    store = ingest_into_store([seeds_dir], tmp_path_factory.mktemp("seeds"))
    yield store
    store.close()


# -- store backends ----------------------------------------------------------
# The store's tests run on SQLite and PostgreSQL. `.ci/run` starts a throwaway
# PostgreSQL and exports TIDINGS_TEST_POSTGRES; without it, the session starts
# one itself from Debian's binaries, and skips only when there are none.

BACKENDS = ["sqlite", "postgresql"]


def _postgres_bindir():
    import glob
    import shutil

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(found).resolve().parent))
    for d in candidates:
        if all(Path(d, tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(d)
    return None


def _free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _ThrowawayPostgres:
    """initdb into a temporary folder, start on 127.0.0.1 (as the `postgres` user when we are root), stop at the end."""

    def __init__(self, bindir, folder):
        import os
        import pwd

        self.bindir, self.folder = Path(bindir), Path(folder)
        self.data = self.folder / "data"
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres"
            pw = pwd.getpwnam(self.user)
            os.chown(self.folder, pw.pw_uid, pw.pw_gid)
            self.folder.chmod(0o700)

    def _run(self, *args):
        import subprocess

        cmd = [str(a) for a in args]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)

    def start(self):
        self._run(self.bindir / "initdb", "-D", self.data, "-U", "tidings", "-A", "trust", "-E", "UTF8", "--no-locale")
        opts = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off -c full_page_writes=off"
        self._run(self.bindir / "pg_ctl", "-D", self.data, "-o", opts, "-l", self.folder / "log", "-w", "-t", "60", "start")
        url = f"postgresql://tidings@127.0.0.1:{self.port}"
        import psycopg

        with psycopg.connect(f"{url}/postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE tidings_test")
        return f"{url}/tidings_test"

    def stop(self):
        self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")


@pytest.fixture(scope="session")
def postgres_url():
    """URL of a PostgreSQL database for the store tests (skips when no server can be had)."""
    import os
    import shutil
    import tempfile

    url = os.environ.get("TIDINGS_TEST_POSTGRES")
    if url:
        yield url
        return
    bindir = _postgres_bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl): install Debian's postgresql, or set TIDINGS_TEST_POSTGRES")
    folder = tempfile.mkdtemp(prefix="tidings-pg-")
    server = _ThrowawayPostgres(bindir, folder)
    try:
        url = server.start()
    except Exception as exc:
        if (server.data / "postmaster.pid").exists():
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"could not start a throwaway PostgreSQL from {bindir}: {exc}: {getattr(exc, 'stderr', b'')!r}")
    try:
        yield url
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_schema_url(postgres_url):
    """A URL whose connections use a fresh, empty schema of the test database (dropped afterwards)."""
    import urllib.parse
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    sep = "&" if "?" in postgres_url else "?"
    yield f"{postgres_url}{sep}options={urllib.parse.quote(f'-csearch_path={name}')}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {name} CASCADE")


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A new, empty database on each backend: an SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    return request.getfixturevalue("postgres_schema_url")


@pytest.fixture
def store(db_url):
    """A new store on each backend."""
    from tidings import open_store

    with open_store(db_url) as s:
        yield s
