"""tidings: turn raw news articles into a sourced, queryable record of world events.

The public API is small and re-exported here from private modules; heavy
parts (spaCy, the store) load on first use, so ``import tidings`` is cheap.

Reading and coding (no database needed):

- :func:`read_article` -- one text or HTML article to a clean document dict.
- :func:`extract` -- the events of one document, in the export schema.
- :func:`extract_files` -- the events of files, fused across them.
- :func:`dates` -- TIMEX3 date expressions in a text, normalised to an anchor.
- :func:`build_pipeline` -- the spaCy pipeline with tidings' components.

Storing and fusing:

- :func:`open_store` -- the store (SQLite by default) with its schema migrated.
- :func:`ingest` -- read, code and store paths of articles in one call;
  :func:`ingest_documents` does the same for documents already read.
- :mod:`tidings.fuse` -- the fusion stage: ``tidings.fuse.fuse(mentions)`` fuses
  mention records into cross-document events, ``tidings.fuse.update_store(store)``
  does it incrementally over a store, ``tidings.fuse.fuse_stream(mentions)`` streams
  mentions in publication order and hands out events as they close (see ``docs/scale.md``).

Settings: :class:`Options`, :func:`load_options`. Errors: :class:`TidingsError`
and its subclasses (see :mod:`tidings._errors` for the tree).
"""

from __future__ import annotations

from typing import Any

from ._errors import *  # noqa: F401,F403
from ._errors import __all__ as _errors_all
from ._options import Options, load_options

__version__ = "0.1.0"

_LAZY = {
    "read_article": ("tidings.read", "read_article"),
    "extract": ("tidings.code", "extract"),
    "dates": ("tidings.code.time", "dates"),
    "build_pipeline": ("tidings.code.pipeline", "build_pipeline"),
    "open_store": ("tidings.store", "open_store"),
    "ingest": ("tidings._ingest", "ingest"),
    "ingest_documents": ("tidings._ingest", "ingest_documents"),
    "IngestReport": ("tidings._ingest", "IngestReport"),
    "extract_files": ("tidings._ingest", "extract_files"),
}

__all__ = [
    "__version__",
    "Options",
    "load_options",
    *_LAZY,
    *_errors_all,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'tidings' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
