"""Stage `web`: a local web app over the store (`tidings serve`).

Pages: stories, a story's timeline by status, events with highlighted
evidence and merge reasons, actors and their counterparts, an offline map,
forecasts with Brier scores, full-text search. A JSON API with an OpenAPI
description (``/openapi.json``, listed at ``/api``) sits behind them. Article
text is escaped everywhere and no page loads anything from the internet.
Needs the ``web`` extra (``pip install 'tidings[web]'``).
"""

from __future__ import annotations

from .app import create_app, serve

__all__ = ["create_app", "serve"]
