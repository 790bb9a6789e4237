"""`tidings stories`: developing situations with their events, or one story with --id."""

from __future__ import annotations

import json
from typing import Optional

import click

from . import State, pass_state


@click.command("stories")
@click.option("--id", "story_id", default=None, help="Show this story with its events.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
@pass_state
def stories_command(state: State, story_id: Optional[str], fmt: str) -> None:
    """List stories (groups of events and documents followed over days)."""
    with state.open_store() as store:
        stories = [store.get_story(story_id)] if story_id else list(store.iter_stories())
        if fmt == "json":
            click.echo(json.dumps(stories[0] if story_id else stories, ensure_ascii=False, indent=2, default=str))
            return
        for st in stories:
            if fmt == "jsonl":
                click.echo(json.dumps(st, ensure_ascii=False, default=str))
                continue
            span = f"{st.get('start') or '-'}..{st.get('end') or '-'}"
            click.echo(f"{st['id']:<15} {span:<22} {len(st.get('events') or []):>3} events {len(st.get('documents') or []):>3} docs  {st.get('title') or ''}")
            if story_id:
                for e in store.iter_events(story=st["id"]):
                    d = (e.get("date") or {}).get("start") or "-"
                    sub = "  (sub-event)" if e.get("parent") else ""
                    click.echo(f"    {e['id']:<22} {d:<10} {(e.get('type') or {}).get('cameo') or '-':<4} {e.get('status'):<11}{sub}")
    if fmt == "table" and not stories:
        state.say("no stories; ingest articles first", err=True)


COMMANDS = [stories_command]
