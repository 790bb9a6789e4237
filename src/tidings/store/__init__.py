"""Stage `store`: a versioned SQL database of documents, mentions, events and stories.

>>> from tidings import open_store
>>> with open_store("tidings.db") as store:
...     store.count_documents()

See :class:`Store` for the methods and ``docs/store.md`` for the schema.
"""

from __future__ import annotations

from ._store import Store, open_store
from .migrations import MIGRATIONS, migrate

__all__ = ["Store", "open_store", "MIGRATIONS", "migrate"]
