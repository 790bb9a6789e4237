"""`tidings export`: events, mentions or documents in standard formats."""

from __future__ import annotations

import sys
from typing import Optional

import click

from ..export import FORMATS, export_documents, export_events, export_mentions
from . import FROM_DATE, STATUS, TO_DATE, State, check_window, pass_state, read_min_confidence_option


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl (event schema), csv, tsv, gdelt (GDELT-like table), plover (PLOVER JSON), parquet.")
@click.option("--what", type=click.Choice(["events", "mentions", "documents"]), default="events", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="File to write. [default: standard output; required for parquet]")
@click.option("--actor", default=None, help="Events with this actor (name or code).")
@click.option("--country", default=None, help="Events with an actor of this ISO3 country.")
@click.option("--type", "cameo", default=None, help="CAMEO code prefix, e.g. 04 or 042.")
@click.option("--from", "date_from", type=FROM_DATE, default=None, help="Events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--to", "date_to", type=TO_DATE, default=None, help="Events on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--status", type=STATUS, default=None, help="Events with this claim status.")
@click.option("--story", default=None, help="Events of this story id.")
@read_min_confidence_option("Events")
@click.option("--raw-cells", is_flag=True, help="Write CSV/TSV cells as they are, without neutralising those that start like a spreadsheet formula.")
@pass_state
def export_command(state: State, fmt: str, what: str, output: Optional[str], actor: Optional[str], country: Optional[str], cameo: Optional[str],
                   date_from: Optional[str], date_to: Optional[str], status: Optional[str], story: Optional[str], min_confidence: Optional[float],
                   raw_cells: bool) -> None:
    """Export the store's events, mentions or documents.

    CSV, TSV and GDELT-like cells that start with =, +, -, @, a tab or a
    carriage return (and are not numbers) get a leading apostrophe, so that a
    spreadsheet shows them as text instead of running them as formulas;
    --raw-cells keeps them as they are.
    """
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs --output FILE")
    check_window(date_from, date_to)
    dest = output if output else sys.stdout
    safe = not raw_cells
    with state.open_store() as store:
        if what == "documents":
            if fmt in ("gdelt", "plover"):
                raise click.UsageError(f"--format {fmt} applies to events only")
            n = export_documents(store.iter_documents(), fmt, dest, safe=safe)
        else:
            events = list(store.iter_events(actor=actor, country=country, cameo=cameo, date_from=date_from,
                                            date_to=date_to, status=status, story=story, min_confidence=state.options.reading_threshold(min_confidence)))
            if what == "mentions":
                if fmt in ("gdelt", "plover"):
                    raise click.UsageError(f"--format {fmt} applies to events only")
                n = export_mentions(events, fmt, dest, safe=safe)
            else:
                urls: dict[str, str] = {}
                if fmt == "gdelt":
                    urls = {d["id"]: url for d in store.iter_documents() if (url := d.get("url"))}
                n = export_events(events, fmt, dest, urls=urls, safe=safe)
    if output:
        state.say(f"wrote {n} {what} to {output}", err=True)


COMMANDS = [export_command]
