"""`tidings serve`: the local web app over the database."""

from __future__ import annotations

import os

import click

from . import State, pass_state


@click.command("serve")
@click.option("--host", default=None, help="Interface to listen on. [default: 127.0.0.1; other interfaces only when given explicitly]")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--writable", is_flag=True, help="Open the database read-write (default: read-only).")
@pass_state
def serve_command(state: State, host: str | None, port: int, writable: bool) -> None:
    """Browse stories, events with their evidence, actors, a map and forecasts."""
    from .._errors import StoreError
    from ..web import serve

    db = state.options.db
    if "://" not in str(db) and not os.path.exists(db):
        raise StoreError("no database here", path=str(db), fix="run `tidings demo` or `tidings ingest PATH` first, or pass --db")
    host = host or "127.0.0.1"
    state.say(f"tidings: serving {db} on http://{host}:{port}/ ({'read-write' if writable else 'read-only'}); Ctrl+C stops", err=True)
    serve(db, host=host, port=port, options=state.options, read_only=not writable)


COMMANDS = [serve_command]
