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
def nlp():
    """The full tidings pipeline, loaded once per test session."""
    from tidings import build_pipeline

    return build_pipeline()
