"""`tidings batch PATH... --out DIR`: read and code a corpus into Parquet partitions (no database)."""

from __future__ import annotations

from typing import Optional

import click

from . import DAY, State, pass_state


@click.command("batch")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Folder for documents/ and mentions/ part files (new or empty).")
@click.option("--cluster", "address", default=None, metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786), or `local` for a cluster on this machine.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes on this machine. [default: 1, or one per core with --cluster local]")
@click.option("--part-size", type=click.IntRange(min=1), default=1000, show_default=True, help="Documents per part file.")
@click.option("--outlet", default=None, help="Outlet of every article read (overrides what is found).")
@click.option("--published", type=DAY, default=None, help="Publication date (ISO day) of every article read.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, help="Skip files larger than this. [default: setting max_bytes]")
@pass_state
def batch_command(state: State, paths: tuple[str, ...], out: str, address: Optional[str], jobs: Optional[int], part_size: int,
                  outlet: Optional[str], published: Optional[str], max_bytes: Optional[int]) -> None:
    """Read and code articles (files, folders, globs, JSONL, WARC, Parquet record sets) into Parquet partitions.

    A .parquet input holds one article per row, with the columns of a JSONL
    record (text or html, url, title, outlet, author, published).

    Writes OUT/documents/part-N.parquet, OUT/mentions/part-N.parquet and
    OUT/_tidings.json; load them into the store with `tidings fuse --from OUT`.
    Unreadable files are reported one per line on stderr and do not stop the run.
    """
    from ..cluster import write_partitions

    options = state.options.replace(max_bytes=max_bytes)

    def progress(stage: str, done: int, total: Optional[int]) -> None:
        if state.verbosity >= 1:
            click.echo(f"{done} documents read", err=True)

    report = write_partitions(paths, out, address=address, jobs=jobs, options=options, outlet=outlet, published=published, part_size=part_size, progress=progress)
    for path, reason in report.skipped:
        click.echo(f"skipped {path}: {reason}", err=True)
    for _, reason in report.failed:
        click.echo(f"failed {reason}", err=True)
    state.say(report.summary())


COMMANDS = [batch_command]
