"""`tidings report`: a situation report for a story or a filter."""

from __future__ import annotations

from typing import Optional

import click

from ..report import render, report_from_store
from . import FROM_DATE, TO_DATE, State, check_window, pass_state, read_min_confidence_option


@click.command("report")
@click.option("--story", default=None, help="Story id (see `tidings stories`).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None, help="File to write. [default: standard output]")
@click.option("--title", default=None, help="Report title. [default: the story title]")
@click.option("--actor", default=None)
@click.option("--country", default=None)
@click.option("--type", "cameo", default=None, help="CAMEO code prefix.")
@click.option("--from", "date_from", type=FROM_DATE, default=None, help="Events on or after this ISO date.")
@click.option("--to", "date_to", type=TO_DATE, default=None, help="Events on or before this ISO date.")
@read_min_confidence_option("Only events")
@pass_state
def report_command(state: State, story: Optional[str], fmt: str, output: Optional[str], title: Optional[str], actor: Optional[str],
                   country: Optional[str], cameo: Optional[str], date_from: Optional[str], date_to: Optional[str],
                   min_confidence: Optional[float]) -> None:
    """Write a situation report (Markdown or self-contained HTML)."""
    check_window(date_from, date_to)
    with state.open_store() as store:
        report = report_from_store(store, story=story, title=title, actor=actor, country=country, cameo=cameo,
                                   date_from=date_from, date_to=date_to, min_confidence=state.options.reading_threshold(min_confidence))
    text = render(report, fmt)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
        state.say(f"wrote report ({len(report.events)} events) to {output}", err=True)
    else:
        click.echo(text)


COMMANDS = [report_command]
