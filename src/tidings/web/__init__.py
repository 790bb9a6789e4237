"""Stage `web`: a local web app over the store (`tidings serve`).

Pages: stories, a story's timeline by status, events with highlighted
evidence and merge reasons, actors with their roles and counterparts,
outlets and cited sources with their track records, documents with their
events, an offline map, forecasts with Brier scores, and search over events,
actors and documents. Tables sort, page and download what they show through
URL parameters; errors are HTML pages for browsers and JSON for API clients.
A JSON API with an OpenAPI description (``/openapi.json``, listed at
``/api``) sits behind them. Article text is escaped everywhere, only http(s)
addresses become links, and no page loads anything from the internet.
Needs the ``web`` extra (``pip install 'tidings[web]'``).
"""

from __future__ import annotations

from .app import create_app, serve

__all__ = ["create_app", "serve"]
