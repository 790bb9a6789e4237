"""`tidings ingest PATH...`: read, store, code and fuse articles."""

from __future__ import annotations

import sys
from typing import Optional

import click

from ..time import DateError, parse_day_strict
from . import State, pass_state


def _check_date(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[str]:
    """The ``--published`` value as ``YYYY-MM-DD``: an ISO day or date-time (tidings.time's policy), not a partial date."""
    if value is None:
        return None
    try:
        day = parse_day_strict(value, need_day=True)
    except DateError as err:
        raise click.BadParameter(f"{err.message}; use an ISO date, e.g. 2025-09-08") from None
    if day is None:
        raise click.BadParameter("empty date; use an ISO date, e.g. 2025-09-08")
    return day.isoformat()


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--outlet", default=None, help="Outlet of every article read (overrides what is found).")
@click.option("--published", default=None, callback=_check_date, help="Publication date (ISO) of every article read.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, help="Skip files larger than this. [default: setting max_bytes]")
@click.option("--no-code", is_flag=True, help="Store documents only; code them in a later run.")
@click.option("--no-fuse", is_flag=True, help="Code but do not fuse mentions into events.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
              help="Worker processes that read and code (0: one per core; 1: none). [default: setting jobs, 0]")
@pass_state
def ingest_command(state: State, paths: tuple[str, ...], outlet: Optional[str], published: Optional[str], max_bytes: Optional[int], no_code: bool, no_fuse: bool,
                   jobs: Optional[int]) -> None:
    """Read articles (files, folders, globs, JSONL, `-` for stdin) into the store.

    Unreadable files are reported one per line on stderr and do not stop the
    run. Re-running the same command changes nothing, or finishes a run that
    was interrupted. With more than one batch of input, reading and coding
    run in --jobs worker processes; writing and fusing stay in order here.
    """
    from .._ingest import ingest
    from ..store import open_store

    options = state.options.replace(max_bytes=max_bytes, jobs=jobs)
    with open_store(options=options) as store:
        if sys.stdout.isatty() and state.verbosity >= 0:
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn(), transient=True) as bar:
                task = bar.add_task("reading", total=None)

                def progress(stage: str, done: int, total: Optional[int]) -> None:
                    if stage == "read":
                        bar.update(task, description="reading, storing" if no_code else "reading, coding, storing", completed=done)
                    elif stage == "fuse":
                        bar.update(task, description="fusing events" if done < (total or 1) else "done")

                report = ingest(paths, store=store, options=options, outlet=outlet, published=published, code=not no_code, fuse=not no_fuse, progress=progress)
        else:
            report = ingest(paths, store=store, options=options, outlet=outlet, published=published, code=not no_code, fuse=not no_fuse)
    for path, reason in report.skipped:
        click.echo(f"skipped {path}: {reason}", err=True)
    for _, reason in report.failed:
        click.echo(f"failed {reason}", err=True)
    state.say(report.summary())


COMMANDS = [ingest_command]
