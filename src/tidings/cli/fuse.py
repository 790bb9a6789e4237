"""`tidings fuse`: fuse the stored mentions not yet in an event."""

from __future__ import annotations

from typing import Optional

import click

from . import State, pass_state


@click.command("fuse")
@click.option("--as-of", "as_of", default=None, help="Reference date for forecasts past their deadline. [default: latest published date]")
@pass_state
def fuse_command(state: State, as_of: Optional[str]) -> None:
    """Fuse the stored mentions not yet in an event (what `ingest` does after coding)."""
    from ..fuse import update_store
    from ..store import open_store

    with open_store(options=state.options) as store:
        report = update_store(store, options=state.options, as_of=as_of)
    state.say(
        f"{report['mentions']} mention(s) fused; {report['changed']} event(s) written, {report['deleted']} removed; "
        f"{report['stories']} stor(ies), {report['forecasts']} forecast(s) in view"
    )


COMMANDS = [fuse_command]
