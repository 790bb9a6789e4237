"""``/api``: the JSON API's routes listed from the app's own OpenAPI description."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..deps import render


def page_api(request: Request) -> HTMLResponse:
    """Every JSON route with its method, summary and parameters."""
    spec: dict[str, Any] = request.app.openapi()
    routes = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            params = [p.get("name") for p in op.get("parameters", [])]
            routes.append({"method": method.upper(), "path": path, "summary": op.get("summary"), "params": params})
    return render(request, "api.html", {"routes": routes})


def router() -> APIRouter:
    """The API index route."""
    r = APIRouter()
    r.add_api_route("/api", page_api, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    return r
