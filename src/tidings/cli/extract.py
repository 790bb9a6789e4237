"""`tidings extract FILE...`: the events of articles, no database needed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import click

from . import State, pass_state


def _actor(a: Optional[dict]) -> str:
    if not a:
        return "-"
    return a.get("code") or a.get("name") or a.get("text") or "?"


def _date(d: Optional[dict]) -> str:
    if not d:
        return "-"
    return d["start"] if d.get("start") == d.get("end") else f"{d.get('start')}..{d.get('end')}"


def _row(path: str, ev: dict) -> str:
    t = ev["type"]
    neg = " NOT" if ev.get("negated") else ""
    return "\t".join([
        path, t["cameo"], t.get("plover") or "-", _actor(ev.get("source")), _actor(ev.get("target")),
        _date(ev.get("date")), (ev.get("location") or {}).get("name") or "-", ev["status"] + neg, t.get("trigger", ""),
    ])


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--published", default=None, help="Publication date (ISO) when the article does not state it.")
@click.option("--outlet", default=None, help="Reporting outlet when the article does not name it.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--prefilter/--no-prefilter", default=None, help="Parse only sentences holding a trigger word. [default: setting `prefilter`]")
@pass_state
def extract_command(state: State, files: tuple[str, ...], published: Optional[str], outlet: Optional[str], fmt: str, prefilter: Optional[bool]) -> None:
    """Print the events of each FILE (text or HTML): who did what to whom, when, where.

    JSONL gives one event per line in the export schema; the table gives
    file, CAMEO code, PLOVER type, source, target, date, place, status and trigger.
    """
    from ..annotate import get_pipeline
    from ..code import extract

    options = state.options.replace(prefilter=prefilter)
    nlp = get_pipeline(options)
    if fmt == "table":
        click.echo("\t".join(["file", "cameo", "plover", "source", "target", "date", "place", "status", "trigger"]))
    for path in files:
        text = Path(path).read_bytes().decode("utf-8", errors="replace")
        events = extract(text, published=published, outlet=outlet, nlp=nlp)
        for ev in events:
            if fmt == "jsonl":
                click.echo(json.dumps(ev, ensure_ascii=False, default=str))
            else:
                click.echo(_row(path, ev))


COMMANDS = [extract_command]
