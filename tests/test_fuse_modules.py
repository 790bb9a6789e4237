"""The fusion modules import each other in one direction only, and the deadline rule stands alone."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

import tidings.fuse
from tidings.fuse.deadlines import deadline, relative_horizon

FUSE = Path(tidings.fuse.__file__).parent


def _graph() -> dict[str, set[str]]:
    """Module -> fusion modules it imports (at the top or inside functions)."""
    graph: dict[str, set[str]] = {}
    for path in FUSE.glob("*.py"):
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                deps.update([node.module.split(".")[0]] if node.module else [a.name for a in node.names])
        graph[path.stem] = deps
    return graph


def test_fusion_modules_form_no_import_cycle():
    graph = _graph()
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, "import cycle: " + " -> ".join((*path, module))
        if module in done:
            return
        for dep in graph.get(module, ()):
            visit(dep, (*path, module))
        done.add(module)

    for module in graph:
        visit(module, ())


def test_leaf_modules_import_no_other_fusion_module():
    graph = _graph()
    assert graph["deadlines"] == set() and graph["families"] == set() and graph["scoring"] == set()


@pytest.mark.parametrize(
    "published, start, end, text, sentence, expected",
    [
        (date(2018, 3, 1), date(2018, 5, 1), date(2018, 5, 31), "by May", None, (date(2018, 5, 31), "date")),
        (date(2018, 3, 1), date(2018, 5, 1), date(2018, 5, 31), "before May", None, (date(2018, 4, 30), "date")),
        (date(2018, 3, 1), None, None, None, "They will leave within a week.", (date(2018, 3, 8), "relative")),
        (date(2018, 3, 1), None, None, None, "in the next two months", (date(2018, 5, 1), "relative")),
        (date(2018, 3, 1), date(2017, 1, 1), date(2017, 1, 1), "in 2017", "no horizon", (None, "none")),
        (None, None, None, None, "within days", (None, "none")),
    ],
)
def test_deadline_rule(published, start, end, text, sentence, expected):
    assert deadline(published, start, end, text, sentence) == expected


def test_relative_horizon_reads_number_words_and_bare_plurals():
    assert date(2018, 1, 1) + relative_horizon("within days") == date(2018, 1, 4)  # a few days
    assert date(2018, 1, 1) + relative_horizon("over the coming 3 years") == date(2021, 1, 1)
    assert relative_horizon("next year") is None
