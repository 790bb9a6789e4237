"""`tidings forecasts`: forecast records with their resolution, evidence, Brier scores and calibration."""

from __future__ import annotations

import copy
import json
from typing import Any, Mapping, Optional

import click

from . import State, pass_state


def _evidence(fc: Mapping[str, Any]) -> str:
    ev = fc.get("evidence") or {}
    if fc.get("resolution") == "came_true" and ev:
        return f"by {ev.get('event')} on {ev.get('event_date')}, reported by {', '.join(ev.get('sources') or [])}"
    if fc.get("resolution") == "did_not_happen" and ev:
        return f"none by {ev.get('deadline')}; later reports on its actors: {ev.get('reports_after_deadline')} (first: {', '.join(ev.get('covered_by') or [])})"
    return ""


@click.command("forecasts")
@click.option("--resolution", type=click.Choice(["open", "came_true", "did_not_happen"]), default=None)
@click.option("--horizon", type=click.IntRange(min=1), default=None,
              help="Score forecasts without a deadline as due this many days after publication. [default: setting forecast_horizon_days, unset]")
@click.option("--min-count", type=click.IntRange(min=1), default=None,
              help="Fewest resolved forecasts a Brier score is computed from. [default: setting brier_min_forecasts, 5]")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_state
def forecasts_command(state: State, resolution: Optional[str], horizon: Optional[int], min_count: Optional[int], fmt: str) -> None:
    """List forecasts (who predicted what, by when, with what probability), how they resolved and on what evidence, Brier scores per forecaster and outlet, and a calibration table.

    A forecast with no stated or implied deadline stays open unless a
    horizon is set (--horizon or the forecast_horizon_days setting); the
    stored resolutions are not changed by it.
    """
    from ..fuse.forecasts import forecast_scores, resolve

    horizon = horizon if horizon is not None else state.options.forecast_horizon_days
    least = min_count if min_count is not None else state.options.brier_min_forecasts
    with state.open_store() as store:
        if horizon is not None:  # resolve a copy against the horizon: needs the real events too
            everything: list[dict[str, Any]] = [copy.deepcopy(dict(e)) for e in store.iter_events()]
            resolve(everything, horizon_days=horizon)
            events = [e for e in everything if e.get("forecast")]
        else:
            events = [dict(e) for e in store.iter_events(status="forecast") if e.get("forecast")]
    # a forecast record holds more than the Forecast fields (text, author, proposition...): read it as a mapping
    shown: list[tuple[str, Mapping[str, Any]]] = [
        (e["id"], forecast) for e in events if (forecast := e.get("forecast")) and (resolution is None or forecast.get("resolution") == resolution)
    ]
    scores = forecast_scores(events, min_count=least)
    if fmt == "json":
        click.echo(json.dumps({"forecasts": [{"id": eid, **fc} for eid, fc in shown], "scores": scores, "horizon_days": horizon},
                              ensure_ascii=False, indent=2, default=str))
        return
    restating: dict[str, list[str]] = {}
    for eid, fc in shown:
        if fc.get("restates"):
            restating.setdefault(str(fc["restates"]), []).append(eid)
    for eid, fc in shown:
        if fc.get("restates") and any(fc["restates"] == other for other, _ in shown):
            continue  # listed under the record it restates
        p = "?" if fc.get("question") else ("-" if fc.get("probability") is None else f"{fc['probability']:.2f}")
        due = fc.get("deadline") or (f"{fc['horizon_deadline']}*" if fc.get("horizon_deadline") else "none")
        res = (fc.get("resolution") or "open")
        text = " ".join((fc.get("text") or "").split())[:70]
        click.echo(f"{eid:<16} {fc.get('forecaster') or '-':<20} p={p:<5} by {due:<11} ({fc.get('deadline_basis') or 'none':<7}) {res:<15} {text}")
        why = _evidence(fc)
        if why:
            click.echo(f"{'':<16} {why}")
        if restating.get(eid):
            click.echo(f"{'':<16} also said in {', '.join(restating[eid])} (one forecast, scored once)")
    if not shown:
        state.say("no forecasts", err=True)
    if horizon is not None:
        click.echo(f"* no deadline stated: due {horizon} days after publication (--horizon)")
    click.echo(f"Brier scores (lower is better; resolved forecasts with a probability; none from fewer than {least}):")
    for group in ("forecasters", "outlets"):
        for who, s in scores[group].items():
            brier = "-" if s["brier"] is None else format(s["brier"], ".3f")
            click.echo(f"  {group[:-1]:<10} {who:<24} n={s['n']:<3} brier={brier:<6} came true {s['came_true']}, did not {s['did_not_happen']}")
    o = scores["overall"]
    click.echo(f"  overall n={o['n']} brier={'-' if o['brier'] is None else format(o['brier'], '.3f')}; unscored {scores['unscored']}")
    click.echo("Calibration (ICD 203 band: forecasts, mean probability, share that came true):")
    for row in scores["calibration"]:
        if row["n"]:
            observed = "-" if row["observed"] is None else format(row["observed"], ".2f")
            click.echo(f"  {row['band']:<20} n={row['n']:<3} p={row['mean_probability']:.2f} observed={observed}")


COMMANDS = [forecasts_command]
