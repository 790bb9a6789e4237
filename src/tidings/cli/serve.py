"""`tidings serve`: the local web app over the database."""

from __future__ import annotations

import ipaddress
import socket

import click

from . import PORT, State, pass_state


def _loopback(host: str) -> bool:
    """Whether ``host`` names only this machine (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on; other than loopback only with --allow-remote.")
@click.option("--port", default=8000, show_default=True, type=PORT, help="TCP port (1-65535).")
@click.option("--allow-remote", is_flag=True, help="Allow --host beyond this machine. The app has no login: anyone who reaches the port reads the store.")
@click.option("--writable", is_flag=True, help="Open the database read-write (default: read-only).")
@click.option("-w", "--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Server processes sharing the port (each opens the store).")
@pass_state
def serve_command(state: State, host: str, port: int, allow_remote: bool, writable: bool, workers: int) -> None:
    """Browse stories, events with their evidence, actors, a map and forecasts."""
    from ..web import serve

    if not _loopback(host):
        if not allow_remote:
            raise click.UsageError(f"--host {host} serves the store beyond this machine with no login; add --allow-remote to do it anyway")
        click.echo(f"tidings: warning: serving on {host}: anyone who can reach port {port} can read the store (no login)", err=True)
    db = state.require_db()
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host.strip("[]"), port))
    except OSError as err:
        raise click.UsageError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    state.say(f"tidings: serving {db} on http://{host}:{port}/ ({'read-write' if writable else 'read-only'}); Ctrl+C stops", err=True)
    serve(db, host=host, port=port, options=state.options, read_only=not writable, workers=workers)


COMMANDS = [serve_command]
