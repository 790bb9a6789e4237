"""Evaluation tasks on public gold data (`tidings eval TASK`).

Each task is a function registered with :func:`task`; it reads a data set
in its own format and returns an :class:`EvalResult` of named figures with
the counts behind them. ``floors.toml`` pins the minimum figures that the CI
gate enforces on a fixed fast sample (``limit``) of each task.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from .._errors import EvalDataError, TidingsError

__all__ = ["EvalResult", "task", "tasks", "run", "floors", "default_data_root", "check_floors"]


@dataclass
class EvalResult:
    """The outcome of one evaluation task: named figures, the counts behind them and examples of mistakes."""

    task: str
    figures: dict[str, float]  # name -> value (0..1 for rates, raw for errors)
    counts: dict[str, int] = field(default_factory=dict)
    data: str = ""
    notes: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)  # examples of mistakes, for reading

    def as_dict(self) -> dict[str, Any]:
        """The result for JSON output (without the error examples)."""
        return {"task": self.task, "data": self.data, "figures": self.figures, "counts": self.counts, "notes": self.notes}


_TASKS: dict[str, tuple[Callable[..., EvalResult], str, str]] = {}


def task(name: str, *, data: str, help: str) -> Callable[[Callable[..., EvalResult]], Callable[..., EvalResult]]:
    """Register an evaluation task. ``data`` is the folder under the eval root."""

    def deco(fn: Callable[..., EvalResult]) -> Callable[..., EvalResult]:
        _TASKS[name] = (fn, data, help)
        return fn

    return deco


def _load_all() -> None:
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


def tasks() -> dict[str, str]:
    """Task name -> one-line help."""
    _load_all()
    return {name: help for name, (_, _, help) in sorted(_TASKS.items())}


def default_data_root() -> Path:
    """``$TIDINGS_EVAL_DATA`` or ``../shared/eval`` found upwards from the working directory."""
    env = os.environ.get("TIDINGS_EVAL_DATA")
    if env:
        return Path(env)
    here = Path.cwd().resolve()
    for base in [here, *here.parents]:
        cand = base / "shared" / "eval"
        if cand.is_dir():
            return cand
        cand = base.parent / "shared" / "eval"
        if cand.is_dir():
            return cand
    return Path("../shared/eval")


def run(name: str, *, data: Optional[str | Path] = None, limit: Optional[int] = None, **kwargs: Any) -> EvalResult:
    """Run the task ``name`` on ``data`` (default: its folder under :func:`default_data_root`), on ``limit`` items when given."""
    _load_all()
    if name not in _TASKS:
        raise TidingsError(f"unknown evaluation task {name!r}; tasks: {', '.join(sorted(_TASKS))}")
    fn, folder, _ = _TASKS[name]
    path = Path(data) if data else default_data_root() / folder
    if not path.exists():
        raise EvalDataError("evaluation data not found", path=str(path))
    params = inspect.signature(fn).parameters
    if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        kwargs = {k: v for k, v in kwargs.items() if k in params}  # e.g. `options` goes only to tasks that take it
    return fn(path, limit=limit, **kwargs)


def floors() -> dict[str, dict[str, Any]]:
    """The pinned floors: ``{task: {"limit": N, "figures": {name: floor}}}``."""
    text = (Path(__file__).with_name("floors.toml")).read_text(encoding="utf-8")
    return tomllib.loads(text)


def check_floors(result: EvalResult, floor: dict[str, float]) -> list[str]:
    """Return one message per figure below its floor (empty when all pass)."""
    failures = []
    for name, minimum in floor.items():
        value = result.figures.get(name)
        if value is None:
            failures.append(f"{result.task}: figure {name!r} missing")
        elif name.endswith("_km") or name.startswith("mae"):
            if value > minimum:  # lower is better for errors
                failures.append(f"{result.task}: {name} = {value:.4f} above ceiling {minimum}")
        elif value + 1e-9 < minimum:
            failures.append(f"{result.task}: {name} = {value:.4f} below floor {minimum}")
    return failures
