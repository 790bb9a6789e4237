"""`tidings ingest PATH...`: read, store, code and fuse articles."""

from __future__ import annotations

import glob
import os
import sys
from typing import TYPE_CHECKING, Optional

import click

from . import DAY, State, pass_state

if TYPE_CHECKING:
    from .._ingest import IngestReport, ProgressCallback
    from ..store import Store


def missing_paths(paths: tuple[str, ...]) -> list[str]:
    """The named paths that are neither a file or folder, nor stdin, nor a glob that matches something."""
    return [p for p in paths if p != "-" and not os.path.lexists(p) and not (glob.has_magic(p) and glob.glob(p, recursive=True))]


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--outlet", default=None, help="Outlet of every article read (overrides what is found).")
@click.option("--published", type=DAY, default=None, help="Publication date (ISO day) of every article read.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, help="Skip files larger than this. [default: setting max_bytes]")
@click.option("--no-code", is_flag=True, help="Store documents only; code them in a later run.")
@click.option("--no-fuse", is_flag=True, help="Code but do not fuse mentions into events.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
              help="Worker processes that read and code (0: one per core; 1: none). [default: setting jobs, 0]")
@click.option("--cluster", "cluster", default=None, metavar="ADDRESS",
              help="Read and code on a Dask cluster: a scheduler address (tcp://host:8786) or `local`; writing and fusing stay here (extra `cluster`).")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
              help="Store only events whose confidence (how likely the coder is right) is at least this. [default: setting min_confidence, 0]")
@pass_state
def ingest_command(state: State, paths: tuple[str, ...], outlet: Optional[str], published: Optional[str], max_bytes: Optional[int], no_code: bool, no_fuse: bool,
                   jobs: Optional[int], cluster: Optional[str], min_confidence: Optional[float]) -> None:
    """Read articles (files, folders, globs, JSONL, `-` for stdin) into the store.

    Unreadable files are reported one per line on stderr and do not stop the
    run. Re-running the same command changes nothing, or finishes a run that
    was interrupted. With more than one batch of input, reading and coding
    run in --jobs worker processes; writing and fusing stay in order here.
    Exits with 1 when a named path does not exist (the others are ingested),
    and with 2, before creating anything, when none does.
    """
    from .._ingest import ingest

    missing = missing_paths(paths)
    if missing and len(missing) == len(paths):
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    if cluster is not None and jobs is not None:
        raise click.UsageError("--jobs and --cluster do not go together: the cluster has its own workers")
    options = state.options.replace(max_bytes=max_bytes, jobs=jobs, min_confidence=min_confidence)
    state.options = options

    def run(store: "Store", progress: Optional[ProgressCallback] = None) -> "IngestReport":
        if cluster is not None:
            from ..cluster import ingest_cluster

            return ingest_cluster(paths, address=cluster, store=store, options=options, outlet=outlet, published=published,
                                  code=not no_code, fuse=not no_fuse, progress=progress)
        return ingest(paths, store=store, options=options, outlet=outlet, published=published, code=not no_code, fuse=not no_fuse, progress=progress)

    with state.open_store(create=True) as store:
        if sys.stdout.isatty() and state.verbosity >= 0:
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn(), transient=True) as bar:
                task = bar.add_task("reading", total=None)

                def progress(stage: str, done: int, total: Optional[int]) -> None:
                    if stage == "read":
                        bar.update(task, description="reading, storing" if no_code else "reading, coding, storing", completed=done)
                    elif stage == "fuse":
                        bar.update(task, description="fusing events" if done < (total or 1) else "done")

                report = run(store, progress)
        else:
            report = run(store)
    for path, reason in report.skipped:
        click.echo(f"skipped {path}: {reason}", err=True)
    for _, reason in report.failed:
        click.echo(f"failed {reason}", err=True)
    state.say(report.summary())
    if missing:
        sys.exit(1)


COMMANDS = [ingest_command]
