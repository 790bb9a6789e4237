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
