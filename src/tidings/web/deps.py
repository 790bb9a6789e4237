"""What the routes take from the app: the store as a FastAPI dependency, and page rendering.

Both live on ``app.state`` (set by :func:`tidings.web.create_app`), so the
routes hold no state of their own.
"""

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..store import Store


def get_store(request: Request) -> Store:
    """The store the app was built over (``app.state.store``)."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
"""A route parameter of this type receives the app's store."""


def get_templates(request: Request) -> Jinja2Templates:
    """The app's page templates (``app.state.templates``)."""
    templates: Jinja2Templates = request.app.state.templates
    return templates


def render(request: Request, name: str, context: dict[str, Any], *, status_code: int = 200) -> HTMLResponse:
    """The page template ``name`` rendered with ``context``."""
    return get_templates(request).TemplateResponse(request, name, context, status_code=status_code)
