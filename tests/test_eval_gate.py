"""The evaluation gate: each task on its pinned fast sample must stay at or above its floors."""

from __future__ import annotations

import pytest

from tidings import evaluate

FLOORS = evaluate.floors()


def test_every_registered_task_has_pinned_floors():
    missing = sorted(set(evaluate.tasks()) - set(FLOORS))
    assert not missing, f"tasks without floors: {missing}"


@pytest.mark.shared
@pytest.mark.parametrize("task", sorted(FLOORS))
def test_task_meets_its_floors(task, eval_dir):
    spec = FLOORS[task]
    result = evaluate.run(task, limit=spec.get("limit"))
    failures = evaluate.check_floors(result, spec.get("figures", {}))
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "figures, floor, failing",
    [
        ({"f1": 0.80}, {"f1": 0.75}, 0),
        ({"f1": 0.70}, {"f1": 0.75}, 1),
        ({"median_error_km": 30.0}, {"median_error_km": 50.0}, 0),
        ({"median_error_km": 80.0}, {"median_error_km": 50.0}, 1),
        ({"mae": 1.2}, {"mae": 1.0}, 1),
        ({}, {"f1": 0.5}, 1),
    ],
)
def test_floor_check_treats_errors_as_ceilings(figures, floor, failing):
    result = evaluate.EvalResult(task="t", figures=figures)
    assert len(evaluate.check_floors(result, floor)) == failing
