"""`tidings eval TASK`: accuracy of each stage on public gold data."""

from __future__ import annotations

import json
from typing import Optional

import click

from .. import evaluate
from . import State, pass_state


def _table(result: evaluate.EvalResult) -> str:
    lines = [f"{result.task}  ({result.data})"]
    width = max([len(k) for k in result.figures] + [len(k) for k in result.counts] + [8])
    for name, value in result.figures.items():
        shown = f"{value:.4f}" if isinstance(value, float) else str(value)
        lines.append(f"  {name:<{width}}  {shown}")
    if result.counts:
        lines.append("  counts:")
        for name, value in result.counts.items():
            lines.append(f"  {name:<{width}}  {value}")
    for note in result.notes:
        lines.append(f"  note: {note}")
    return "\n".join(lines)


@click.command("eval")
@click.argument("task", required=False)
@click.option("--data", type=click.Path(exists=True), default=None, help="Data set path. [default: ../shared/eval/<folder>]")
@click.option("--limit", type=int, default=None, help="Use only the first N items (documents, sentences or records).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--check", is_flag=True, help="Exit non-zero when a figure falls below its pinned floor.")
@click.option("--errors", "show_errors", type=int, default=0, help="Also print up to N examples of mistakes.")
@pass_state
def eval_command(state: State, task: Optional[str], data: Optional[str], limit: Optional[int], fmt: str, check: bool, show_errors: int) -> None:
    """Evaluate a stage on public gold data and print its figures.

    Without TASK, list the tasks. With --check, compare to the floors pinned
    in tidings/evaluate/floors.toml; `tidings eval --check` alone runs every
    task on its pinned sample (the CI gate).
    """
    available = evaluate.tasks()
    if task is None and check:
        # the CI gate: every task on its pinned sample against its floors
        failures = []
        for name, spec in evaluate.floors().items():
            result = evaluate.run(name, data=None, limit=spec.get("limit"))
            click.echo(_table(result) if fmt == "table" else json.dumps(result.as_dict(), default=str))
            failures += evaluate.check_floors(result, spec.get("figures", {}))
        for f in failures:
            click.echo(f"below floor: {f}", err=True)
        if failures:
            raise SystemExit(1)
        state.say(f"all {len(evaluate.floors())} tasks at or above their floors", err=True)
        return
    if task is None:
        for name, help in available.items():
            click.echo(f"{name:<12} {help}")
        return
    if check and limit is None and data is None:
        limit = evaluate.floors().get(task, {}).get("limit")  # floors describe the pinned sample
    result = evaluate.run(task, data=data, limit=limit, options=state.options)
    if fmt == "json":
        out = result.as_dict()
        if show_errors:
            out["errors"] = result.errors[:show_errors]
        click.echo(json.dumps(out, indent=2, default=str))
    else:
        click.echo(_table(result))
        for err in result.errors[:show_errors]:
            click.echo(f"  error: {json.dumps(err, default=str)}")
    if check:
        floor = evaluate.floors().get(task, {}).get("figures", {})
        failures = evaluate.check_floors(result, floor)
        if failures:
            for f in failures:
                click.echo(f"below floor: {f}", err=True)
            raise SystemExit(1)


COMMANDS = [eval_command]
