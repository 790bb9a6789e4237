"""Where the trained models shipped inside the package are read from (``tidings/data/models/``).

Each model module (factuality, confidence, pairwise fusion) has its own
reader; this leaf module only decides between a user's file and the packaged
one, so the three share one rule.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Callable, Optional, TypeVar

__all__ = ["read_model"]

M = TypeVar("M")


def read_model(path: Optional[str], packaged: str, reader: Callable[[Path], M]) -> M:
    """The model ``reader`` makes of ``path`` when given, else of the packaged file ``data/<packaged>``."""
    if path is not None:
        return reader(Path(path))
    with resources.as_file(resources.files("tidings") / "data" / packaged) as file:
        return reader(file)
