"""`tidings settings`: show every setting, its default and its current value."""

from __future__ import annotations

import json

import click

from .._options import SETTINGS
from . import State, pass_state


@click.command("settings")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_state
def settings_command(state: State, fmt: str) -> None:
    """List the settings (config file keys, TIDINGS_* variables) and their values."""
    current = state.options.as_dict()
    if fmt == "json":
        click.echo(json.dumps(current, indent=2))
        return
    for s in SETTINGS:
        click.echo(f"{s.name:<26} {current[s.name]!r:<20} {s.help}")


COMMANDS = [settings_command]
