"""Stage `store`: a versioned SQL database of documents, mentions, events and stories.

>>> from tidings import open_store
>>> with open_store("tidings.db") as store:
...     store.count_documents()

See :class:`Store` for the methods and ``docs/store.md`` for the schema.
"""

from __future__ import annotations

from .._errors import QueryError
from ._store import SEARCH_SECONDS, Page, SearchResult, Store, open_store
from .migrations import MIGRATIONS, migrate
from .query import MAX_LIMIT, MAX_QUERY_CHARS, MAX_TERMS

__all__ = [
    "Store", "open_store", "Page", "SearchResult", "QueryError", "MIGRATIONS", "migrate",
    "SEARCH_SECONDS", "MAX_LIMIT", "MAX_QUERY_CHARS", "MAX_TERMS",
]
