"""`tidings extract FILE...`: the events of articles, no database needed."""

from __future__ import annotations

import json
from typing import Optional

import click

from .._types import Actor, DateInfo, Event
from . import State, pass_state


def _actor(a: Optional[Actor]) -> str:
    if not a:
        return "-"
    return a.get("code") or a.get("name") or a.get("text") or "?"


def _date(d: Optional[DateInfo]) -> str:
    if not d:
        return "-"
    return d["start"] if d.get("start") == d.get("end") else f"{d.get('start')}..{d.get('end')}"


def _row(path: str, ev: Event) -> str:
    t = ev["type"]
    neg = " NOT" if ev.get("negated") else ""
    return "\t".join([
        path, t["cameo"], t.get("plover") or "-", _actor(ev.get("source")), _actor(ev.get("target")),
        _date(ev.get("date")), (ev.get("location") or {}).get("name") or "-", ev["status"] + neg, t.get("trigger", ""),
    ])


@click.command("extract")
@click.argument("files", nargs=-1, required=True)
@click.option("--published", default=None, help="Publication date (ISO) when the article does not state it.")
@click.option("--outlet", default=None, help="Reporting outlet when the article does not name it.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--fuse/--no-fuse", "do_fuse", default=True, show_default=True,
              help="Fuse mentions across the files into one record per event; --no-fuse prints each mention.")
@click.option("--prefilter/--no-prefilter", default=None, help="Parse only the sentences a trained detector picks as likely to hold an event. [default: setting `prefilter`]")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
              help="Worker processes that read and code a large input (0: one per core; 1: none). [default: setting jobs, 0]")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
              help="Print only events whose confidence (how likely the coder is right) is at least this. [default: setting min_confidence, 0]")
@pass_state
def extract_command(state: State, files: tuple[str, ...], published: Optional[str], outlet: Optional[str], fmt: str,
                    do_fuse: bool, prefilter: Optional[bool], jobs: Optional[int], min_confidence: Optional[float]) -> None:
    """Print the events of FILES (text, HTML, JSONL, folders; `-` for stdin), no database.

    By default mentions are fused across all the files given (re-published copies
    are linked, so they do not count as independent sources); --no-fuse prints one
    record per mention. JSONL gives one event per line in the export schema; the
    table gives file, CAMEO code, PLOVER type, source, target, date, place, status
    and trigger. Unreadable files are reported on stderr and skipped.
    """
    from .._ingest import extract_files

    options = state.options.replace(prefilter=prefilter, jobs=jobs, min_confidence=min_confidence)
    found = extract_files(files, options=options, outlet=outlet, published=published, fuse=do_fuse)
    for err in found.skipped:
        click.echo(f"skipped {err}", err=True)
    for failure in found.failed:
        click.echo(f"failed {failure}", err=True)
    path_of = {d["id"]: d.get("source_path") or d["id"] for d in found.documents}
    if fmt == "table":
        click.echo("\t".join(["file", "cameo", "plover", "source", "target", "date", "place", "status", "trigger"]))
    for ev in found.events:
        if fmt == "jsonl":
            click.echo(json.dumps(ev, ensure_ascii=False, default=str))
        else:
            where = sorted({path_of.get(m.get("document") or "", "?") for m in ev.get("mentions") or []})
            click.echo(_row(",".join(where), ev))


COMMANDS = [extract_command]
