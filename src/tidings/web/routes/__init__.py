"""The app's routes, one router per page family: each module holds a family's pages and JSON API.

A JSON route's OpenAPI text is its ``summary`` alone. FastAPI would copy the
endpoint's docstring into the OpenAPI description; it stops at a form feed,
so those docstrings open with a line holding only ``\\f`` and the text for
readers of the code follows it, out of ``/openapi.json``.
"""

from fastapi import APIRouter

from . import actors, api_index, documents, events, forecasts, maps, search, sources, stories


def routers() -> list[APIRouter]:
    """New routers for every page family, in the order the JSON API is listed in ``/openapi.json`` and at ``/api``."""
    return [stories.router(), events.router(), actors.router(), sources.router(), forecasts.router(), documents.router(), search.router(), maps.router(),
            api_index.router()]
