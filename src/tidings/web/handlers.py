"""App-wide handlers: the security headers on every response, and the not-found page."""

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from starlette.middleware.base import RequestResponseEndpoint

from .._errors import NotFound
from .deps import render

CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; object-src 'none'; frame-ancestors 'none'"


async def security_headers(request: Request, call_next: RequestResponseEndpoint) -> Response:
    """HTTP middleware: no page may load anything from elsewhere, be framed, sniffed or send a referrer."""
    response = await call_next(request)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


async def not_found(request: Request, exc: NotFound) -> Response:
    """A missing story, event or document: a JSON error under ``/api/``, else the error page; 404 either way."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": str(exc)}, status_code=404)
    return render(request, "error.html", {"message": str(exc)}, status_code=404)
