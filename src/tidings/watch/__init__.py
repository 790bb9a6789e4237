"""``tidings watch``: feeds, news sitemaps and URL lists polled into the store.

- :func:`watch` -- poll sources until stopped (or once) and ingest what is new.
- :class:`Watcher` -- the same with a handle: :meth:`Watcher.stop` (for
  signal handlers), :meth:`Watcher.run_pass`, the running :class:`WatchReport`.
- :class:`WatchSettings`, :func:`load_watch_settings` -- politeness and polling
  settings (``[watch]`` in the config file, ``TIDINGS_WATCH_*``, CLI flags).
- :func:`fetched_pages` -- where a stored document was fetched from: URL,
  canonical URL, final URL, fetch time.

Modules: ``settings``, ``fetch`` (polite HTTP with httpx), ``sources``
(feeds, sitemaps, lists), ``pages`` (a fetched page to a document),
``state`` (what a watch remembers, in the store's database), ``run`` (the loop).
Needs the ``watch`` extra (httpx, feedparser).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .run import Watcher, WatchEvent, WatchReport, watch
from .settings import WATCH_SETTINGS, WatchSettings, load_watch_settings
from .state import WatchState

if TYPE_CHECKING:
    from ..store import Store

__all__ = [
    "watch",
    "Watcher",
    "WatchReport",
    "WatchEvent",
    "WatchSettings",
    "WATCH_SETTINGS",
    "load_watch_settings",
    "WatchState",
    "fetched_pages",
]


def fetched_pages(store: "Store", document: str) -> list[dict[str, Any]]:
    """Where document ``document`` was fetched: one dict per page (``url``, ``canonical_url``, ``final_url``, ``fetched_at``, ...)."""
    return WatchState(store.engine).pages_of_document(document)
