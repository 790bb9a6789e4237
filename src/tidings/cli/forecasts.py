"""`tidings forecasts`: forecast records with their resolution and Brier scores."""

from __future__ import annotations

import json
from typing import Any, Mapping, Optional

import click

from . import State, pass_state


@click.command("forecasts")
@click.option("--resolution", type=click.Choice(["open", "came_true", "did_not_happen"]), default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_state
def forecasts_command(state: State, resolution: Optional[str], fmt: str) -> None:
    """List forecasts (who predicted what, by when, with what probability), how they resolved, and Brier scores."""
    from ..fuse import forecast_scores

    with state.open_store() as store:
        events = [e for e in store.iter_events(status="forecast") if e.get("forecast")]
    # a forecast record holds more than the Forecast fields (text, author, proposition...): read it as a mapping
    shown: list[tuple[str, Mapping[str, Any]]] = [
        (e["id"], forecast) for e in events if (forecast := e.get("forecast")) and (resolution is None or forecast.get("resolution") == resolution)
    ]
    scores = forecast_scores(events)
    if fmt == "json":
        click.echo(json.dumps({"forecasts": [{"id": eid, **fc} for eid, fc in shown], "scores": scores}, ensure_ascii=False, indent=2, default=str))
        return
    for eid, fc in shown:
        p = "-" if fc.get("probability") is None else f"{fc['probability']:.2f}"
        res = (fc.get("resolution") or "open") + (f" ({fc['resolved_by']})" if fc.get("resolved_by") else "")
        text = " ".join((fc.get("text") or "").split())[:70]
        click.echo(f"{eid:<16} {fc.get('forecaster') or '-':<16} p={p:<5} by {fc.get('deadline') or '-':<10} {res:<32} {text}")
    if not shown:
        state.say("no forecasts", err=True)
    click.echo("Brier scores (lower is better; resolved forecasts with a probability):")
    for group in ("outlets", "authors"):
        for who, s in scores[group].items():
            click.echo(f"  {group[:-1]:<7} {who:<24} n={s['n']:<3} brier={s['brier']:.3f}  came true {s['came_true']}, did not {s['did_not_happen']}")
    o = scores["overall"]
    click.echo(f"  overall n={o['n']} brier={'-' if o['brier'] is None else format(o['brier'], '.3f')}; unscored {scores['unscored']}")


COMMANDS = [forecasts_command]
