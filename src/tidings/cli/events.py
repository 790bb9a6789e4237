"""`tidings events` (list fused events, filtered) and `tidings event ID` (one event in full)."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any, Optional

import click

from .._types import Event
from ..time import date_basis
from . import FROM_DATE, STATUS, TO_DATE, State, check_window, pass_state, read_min_confidence_option

COLUMNS = [
    "id", "date_start", "date_end", "date_basis", "cameo", "label", "source", "source_code", "target", "target_code",
    "place", "place_country", "status", "certainty", "confidence", "documents", "independent_sources", "story", "parent",
]


def _row(e: Event) -> dict[str, Any]:
    d, t, s, g, loc = e.get("date") or {}, e.get("type") or {}, e.get("source") or {}, e.get("target") or {}, e.get("location") or {}
    return {
        "id": e["id"],
        "date_start": d.get("start"),
        "date_end": d.get("end"),
        "date_basis": date_basis(d),
        "cameo": t.get("cameo"),
        "label": t.get("cameo_label"),
        "source": s.get("name"),
        "source_code": s.get("code"),
        "target": g.get("name"),
        "target_code": g.get("code"),
        "place": loc.get("name"),
        "place_country": loc.get("country"),
        "status": e.get("status"),
        "certainty": e.get("certainty"),
        "confidence": e.get("confidence"),
        "documents": e.get("documents"),
        "independent_sources": e.get("independent_sources"),
        "story": e.get("story"),
        "parent": e.get("parent"),
    }


def _cut(value: Any, width: int) -> str:
    text = " ".join(str(value if value is not None else "-").split())
    return text if len(text) <= width else text[: width - 1] + "…"


@click.command("events")
@click.option("--actor", default=None, help="Actor code prefix (PRK, PRKGOV) or part of an actor's name.")
@click.option("--country", default=None, help="ISO3 country of source or target.")
@click.option("--type", "cameo", default=None, help="CAMEO code prefix (04 = consult, 042 = visit).")
@click.option("--from", "date_from", type=FROM_DATE, default=None, help="Events ending on or after this ISO date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--to", "date_to", type=TO_DATE, default=None, help="Events starting on or before this ISO date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--status", default=None, type=STATUS)
@click.option("--story", default=None, help="Only events of this story id.")
@read_min_confidence_option("Only events")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N events.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table", show_default=True,
              help="table, json (one array), jsonl (one event per line) or csv (cells neutralised against spreadsheet formulas).")
@pass_state
def events_command(state: State, actor: Optional[str], country: Optional[str], cameo: Optional[str], date_from: Optional[str], date_to: Optional[str],
                   status: Optional[str], story: Optional[str], min_confidence: Optional[float], limit: Optional[int], fmt: str) -> None:
    """List fused events (one row per real-world event), by date."""
    from ..export import safe_cell

    check_window(date_from, date_to)
    with state.open_store() as store:
        events = store.iter_events(actor=actor, country=country, cameo=cameo, date_from=date_from, date_to=date_to, status=status, story=story, limit=limit,
                                  min_confidence=state.options.reading_threshold(min_confidence))
        if fmt == "json":
            click.echo(json.dumps(list(events), ensure_ascii=False, indent=2, default=str))
            return
        n = 0
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS) if fmt == "csv" else None
        if writer:
            writer.writeheader()
        for e in events:
            n += 1
            if fmt == "jsonl":
                click.echo(json.dumps(e, ensure_ascii=False, default=str))
            elif writer:
                writer.writerow({k: safe_cell(v) for k, v in _row(e).items()})
            else:
                if n == 1:
                    click.echo(f"{'id':<20} {'date':<10} {'type':<4} {'source':<18} {'target':<18} {'status':<11} {'docs':>4} {'srcs':>4}")
                r = _row(e)
                click.echo(f"{_cut(r['id'], 20):<20} {_cut(r['date_start'], 10):<10} {_cut(r['cameo'], 4):<4} {_cut(r['source'], 18):<18} {_cut(r['target'] or r['place'], 18):<18} {r['status']:<11} {r['documents'] or 0:>4} {r['independent_sources'] or 0:>4}")
    if fmt == "table":
        state.say(f"{n} event(s); docs = documents, srcs = independent original sources" if n else "no events match", err=True)


def _show(e: Event) -> str:
    r = _row(e)
    lines = [f"{e['id']}  {r['label'] or ''} ({r['cameo']})"]
    lines.append(f"  who:     {r['source'] or '-'} ({r['source_code'] or '-'}) -> {r['target'] or '-'} ({r['target_code'] or '-'})")
    lines.append(f"  when:    {r['date_start'] or '-'}{'' if r['date_end'] in (None, r['date_start']) else ' .. ' + r['date_end']}")
    lines.append(f"  where:   {r['place'] or '-'} ({r['place_country'] or '-'})")
    lines.append(f"  status:  {e.get('status')}  certainty {e.get('certainty')}")
    if e.get("parent"):
        lines.append(f"  part of: {e['parent']}")
    if e.get("sub_events"):
        lines.append(f"  sub-events: {', '.join(e['sub_events'])}")
    if e.get("story"):
        lines.append(f"  story:   {e['story']}")
    lines.append("  history:")
    for h in e.get("status_history") or []:
        lines.append(f"    {h.get('as_of') or '-':<12} {h['status']:<11} by {h.get('by') or '-'}")
    for c in e.get("rival_claims") or []:
        end = f"; refuted {c.get('refuted_as_of')} by {c.get('refuted_by')}" if c.get("status") == "refuted" else ""
        lines.append(f"  rival claim ({c.get('role') or '-'}): {c.get('claim')} instead of {c.get('against')} - {c.get('by')}, {c.get('as_of')} [{c.get('status') or '-'}{end}]")
    fc = e.get("forecast")
    if fc:
        resolved_by = fc.get("resolved_by")
        lines.append(f"  forecast: p={fc.get('probability')} by {fc.get('forecaster')} deadline {fc.get('deadline')} -> {fc.get('resolution')}{f' ({resolved_by})' if resolved_by else ''}")
    lines.append(f"  sources ({e.get('independent_sources')} independent, {e.get('documents')} documents):")
    for s in e.get("sources") or []:
        lines.append(f"    {s['source']}: {len(s['mentions'])} mention(s) via {'; '.join(s.get('via') or [])}")
    lines.append("  mentions:")
    for m in e.get("mentions") or []:
        lines.append(f"    [{m.get('id')}] {m.get('published') or '-'} {m.get('outlet') or '-'} ({m.get('status') or '-'}{', update' if m.get('update') else ''}): {_cut(m.get('sentence'), 110)}")
    if e.get("merge"):
        lines.append("  merged because:")
        for g in e["merge"]:
            lines.append(f"    {g['mention']} with {g.get('with', '-')} score {g.get('score')}: {', '.join(g.get('keys') or [])}")
    return "\n".join(lines)


@click.command("event")
@click.argument("id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--detach", "mention", default=None, metavar="MENTION", help="Undo a merge: take this mention out of the event and keep it apart.")
@pass_state
def event_command(state: State, id: str, fmt: str, mention: Optional[str]) -> None:
    """Show one event: mentions, sources, merge reasons, status history, rival claims."""
    with state.open_store() as store:
        if mention:
            from ..fuse import detach_in_store

            result = detach_in_store(store, id, mention, options=state.options)
            alone = next(e["id"] for e in result.events if any(m.get("id") == mention for m in e["mentions"]))
            state.say(f"mention {mention} detached into event {alone}", err=True)
        e = store.get_event(id)
    click.echo(json.dumps(e, ensure_ascii=False, indent=2, default=str) if fmt == "json" else _show(e))


COMMANDS = [events_command, event_command]
