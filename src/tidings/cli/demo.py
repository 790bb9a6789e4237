"""`tidings demo`: ingest the sample corpus shipped with tidings and say what came out."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Optional

import click

from . import State, pass_state


def demo_corpus() -> Path:
    """Folder of the packaged demo corpus (``tidings/data/demo``)."""
    return Path(__file__).resolve().parents[1] / "data" / "demo"


def _program() -> str:
    """How to call tidings again: `tidings` when it is on PATH, else the path used (`.venv/bin/tidings`)."""
    used = sys.argv[0] if sys.argv else ""
    if os.path.basename(used) == "tidings" and os.path.exists(used):
        found = shutil.which("tidings")
        if not found or os.path.realpath(found) != os.path.realpath(used):
            rel = os.path.relpath(used)
            return used if rel.startswith("..") else rel
    return "tidings"


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = path.with_name(path.name + suffix)
        if p.exists():
            p.unlink()


@click.command("demo")
@click.option("--db", "db", default=None, help="Database for the demo. [default: the global --db]")
@click.option("--fresh", is_flag=True, help="Delete the database first.")
@pass_state
def demo_command(state: State, db: Optional[str], fresh: bool) -> None:
    """Ingest the sample corpus: a tanker seizure followed over nine days.

    It holds an unconfirmed report, a rival claim, a denial, a confirmation
    by state media, forecasts that do and do not come true, a republished
    copy and a non-English brief (see tidings/data/demo/README.md).
    """
    from .._ingest import ingest
    from ..store import open_store

    options = state.options.replace(db=db)
    target = options.db
    if fresh:
        if "://" in target:
            raise click.UsageError("--fresh only deletes database files, not URLs")
        _remove_db(Path(target))
    corpus = demo_corpus()
    files = sorted(p for p in corpus.iterdir() if p.suffix in {".txt", ".html", ".jsonl"})
    state.say(f"Ingesting {len(files)} files of the demo corpus from {corpus} into {target} ...")
    with open_store(options=options) as store:
        report = ingest([str(p) for p in files], store=store, options=options)
        counts = store.counts()
        stories = list(store.iter_stories())
        forecasts = list(store.iter_forecasts())
        docs = list(store.iter_documents())
    copies = sum(1 for d in docs if d.get("duplicate_of"))
    foreign = sum(1 for d in docs if d.get("language") not in options.languages)
    for path, reason in report.skipped:
        click.echo(f"skipped {path}: {reason}", err=True)
    state.say(report.summary())
    click.echo(
        f"\nThe store now holds {counts['documents']} documents, {counts['mentions']} mentions, "
        f"{counts['events']} events, {counts['stories']} stories and {counts['forecasts']} forecasts."
    )
    if copies or foreign:
        click.echo(f"{copies} near-duplicate(s) linked to their original and {foreign} document(s) in other languages are stored but not coded.")
    stories.sort(key=lambda st: (-len(st.get("events") or []), st.get("start") or ""))
    if stories:
        click.echo("Largest stories:")
    for story in stories[:3]:
        click.echo(f"  story {story['id']}: {story.get('title') or '(untitled)'} ({story.get('start') or '?'} to {story.get('end') or '?'}, {len(story.get('events') or [])} event(s))")
    by_resolution: dict[str, int] = {}
    for fc in forecasts:
        by_resolution[fc["resolution"]] = by_resolution.get(fc["resolution"], 0) + 1
    if by_resolution:
        click.echo("  forecasts: " + ", ".join(f"{n} {r.replace('_', ' ')}" for r, n in sorted(by_resolution.items())))
    prefix = _program() + ("" if db is None and state.options.db == "tidings.db" else f" --db {target}")
    steps = [
        ("documents", "the articles, cleaned, with their metadata"),
        ("events", "one line per fused event, with its claim status"),
        ("forecasts", "who predicted what, and whether it came true"),
        ("serve", "browse events, stories and sources in a web page"),
        ("report", "a written report of the story"),
    ]
    width = max(len(f"{prefix} {cmd}") for cmd, _ in steps)
    click.echo("\nNext:")
    for cmd, what in steps:
        click.echo(f"  {f'{prefix} {cmd}':<{width}}   # {what}")


COMMANDS = [demo_command]
