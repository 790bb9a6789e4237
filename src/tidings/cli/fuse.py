"""`tidings fuse`: fuse the stored mentions not yet in an event; `--from DIR` loads Parquet partitions first."""

from __future__ import annotations

from typing import Optional

import click

from . import State, pass_state


@click.command("fuse")
@click.option("--as-of", "as_of", default=None, help="Reference date for forecasts past their deadline. [default: latest published date]")
@click.option("--from", "source", default=None, type=click.Path(file_okay=False), metavar="DIR",
              help="Load the document and mention partitions `tidings batch` wrote under DIR into the store first.")
@pass_state
def fuse_command(state: State, as_of: Optional[str], source: Optional[str]) -> None:
    """Fuse the stored mentions not yet in an event (what `ingest` does after coding).

    With --from DIR the partitions under DIR are loaded first (loading them
    again changes nothing).
    """
    from ..fuse import update_store
    from ..store import open_store

    with open_store(options=state.options) as store:
        if source is not None:
            from ..cluster import load_partitions

            loaded = load_partitions(store, source, options=state.options, fuse=True, as_of=as_of)
            state.say(loaded.summary())
            report = loaded.fusion
        else:
            report = update_store(store, options=state.options, as_of=as_of)
    state.say(
        f"{report['mentions']} mention(s) fused; {report['changed']} event(s) written, {report['deleted']} removed; "
        f"{report['stories']} stor(ies), {report['forecasts']} forecast(s) in view"
    )


COMMANDS = [fuse_command]
