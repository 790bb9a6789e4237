"""App-wide handlers: security headers, HEAD on every GET route, and the error pages.

Errors answer in the client's language: JSON under ``/api/`` (and for a
client that asks for JSON and not HTML), else an HTML page with the same
status. The message names what was wrong; a server error shows no traceback.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .deps import render, wants_json

log = logging.getLogger(__name__)

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
"""Scripts and styles only from this app: no inline script, no event-handler attribute, nothing from elsewhere."""

TITLES = {400: "Bad request", 404: "Not found", 405: "Method not allowed", 422: "Invalid parameters", 500: "Server error"}


SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]


class SecurityHeaders:
    """ASGI middleware: no page may load anything from elsewhere, be framed, sniffed or send a referrer.

    A plain ASGI middleware (it only adds headers to the response's start),
    so responses are not copied through a stream as an ``http`` middleware does.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {h[0].lower() for h in SECURITY_HEADERS}
                message = {**message, "headers": [h for h in message.get("headers", []) if h[0].lower() not in names] + SECURITY_HEADERS}
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    """ASGI middleware: a HEAD request is answered as the GET of the same URL without its body.

    The status and headers (``content-length`` included) are those of the GET,
    so every page and JSON route answers HEAD without being declared twice
    (which would also list it twice in ``/openapi.json``).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


def error_response(request: Request, status: int, message: str, *, details: Any = None) -> Response:
    """The error ``status`` with ``message``: ``{"error": message, "status": ...}`` for JSON clients, else the error page."""
    if wants_json(request):
        body: dict[str, Any] = {"error": message, "status": status}
        if details:
            body["details"] = details
        return JSONResponse(body, status_code=status)
    return render(request, "error.html", {"status": status, "title": TITLES.get(status, "Error"), "message": message,
                                          "details": details or []}, status_code=status)


async def not_found(request: Request, exc: Exception) -> Response:
    """A missing story, event, actor, source or document: 404."""
    return error_response(request, 404, str(exc))


async def http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own errors (an unknown path, a method not allowed) in the client's language."""
    assert isinstance(exc, HTTPException)
    default = {404: f"no page at {request.url.path}", 405: f"{request.method} is not allowed on {request.url.path}"}
    message = str(exc.detail) if exc.detail and exc.detail not in ("Not Found", "Method Not Allowed") else default.get(exc.status_code, "error")
    response = error_response(request, exc.status_code, message)
    for key, value in (exc.headers or {}).items():
        response.headers[key] = value
    return response


def _problem(err: dict[str, Any]) -> str:
    """One invalid parameter as ``name: what is wrong``."""
    loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
    return f"{'.'.join(loc) or 'request'}: {err.get('msg', 'invalid')}"


async def invalid_request(request: Request, exc: Exception) -> Response:
    """Parameters out of range or of the wrong type: 422 naming each one."""
    assert isinstance(exc, RequestValidationError)
    problems = [_problem(e) for e in exc.errors()]
    return error_response(request, 422, "invalid parameters: " + "; ".join(problems), details=problems)


async def query_refused(request: Request, exc: Exception) -> Response:
    """A query the store gave up on (over its time budget or its bounds): 400 with the store's one-line reason."""
    return error_response(request, 400, str(exc))


async def server_error(request: Request, exc: Exception) -> Response:
    """Anything unexpected: logged with its traceback, answered with a 500 page that shows none."""
    log.error("error serving %s", request.url.path, exc_info=exc)
    return error_response(request, 500, "the server could not answer this request; the error is in its log")
