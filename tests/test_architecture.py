"""The import graph of src/tidings: stages import only earlier stages, and nothing closes a cycle (no model)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "tidings"


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(p): p for p in SRC.rglob("*.py")}


def _imports(name: str, path: Path) -> set[str]:
    """Every tidings module ``name`` imports, at top level or inside functions."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level > 1:
                base = base[: len(base) - node.level + 1]
            prefix = ".".join(base + ([node.module] if node.module else [])) if node.level else (node.module or "")
            targets = [f"{prefix}.{a.name}" if f"{prefix}.{a.name}" in MODULES else prefix for a in node.names]
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module" and node.args
              and isinstance(node.args[0], ast.Constant) and str(node.args[0].value).startswith("tidings")):
            targets = [str(node.args[0].value)]
        else:
            continue
        out.update(t for t in targets if t.startswith("tidings") and t != name)
    return out


EDGES = {name: _imports(name, path) for name, path in MODULES.items()}


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "tidings"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in list(graph):
        if v not in index:
            visit(v)
    return found


def _unit_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for a, targets in EDGES.items():
        for b in targets:
            if _unit(a) != _unit(b) and _unit(b) != "tidings":  # the top-level package only re-exports lazily
                graph[_unit(a)].add(_unit(b))
    return graph


def test_no_import_closes_a_cycle_between_units():
    assert _cycles(_unit_graph()) == []


def test_no_import_closes_a_cycle_between_modules():
    assert _cycles({a: {b for b in bs if b in MODULES} for a, bs in EDGES.items()}) == []


@pytest.mark.parametrize(
    "unit, later",
    [
        ("read", {"annotate", "code", "fuse", "store", "export", "report", "web", "cli"}),
        ("annotate", {"code", "fuse", "store", "export", "report", "web", "cli"}),
        ("code", {"fuse", "store", "export", "report", "web", "cli"}),
        ("fuse", {"read", "annotate", "code", "store", "export", "report", "web", "cli"}),
        ("store", {"read", "annotate", "code", "fuse", "export", "report", "web", "cli"}),
        ("knowledge", {"read", "annotate", "code", "fuse", "store"}),
        ("time", {"read", "annotate", "code", "fuse", "store", "knowledge"}),
    ],
)
def test_a_stage_imports_no_later_stage(unit, later):
    assert not (_unit_graph().get(unit, set()) & later)


def test_no_coding_engine_loads_knowledge_or_lexicons_itself():
    """Only the coding context loads knowledge, lexicons and the gazetteer for the code stage."""
    loaders = {"load_knowledge", "get_gazetteer", "load_lexicon", "default_resolver"}
    calls = []
    for name, path in MODULES.items():
        if not name.startswith("tidings.code.") or name == "tidings.code.context":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                enclosing = path.read_text(encoding="utf-8").splitlines()[node.lineno - 1].strip()
                if func in loaders and not enclosing.startswith("return _load") and "def load_lexicon" not in enclosing:
                    calls.append(f"{name}:{node.lineno} {func}")
    # the loaders' own modules define them; tidings.dates() (code.time) is the public date finder, whose
    # default is the packaged English lexicon (the code stage passes the context's); a call elsewhere in
    # the code stage is an engine reaching for a default
    allowed = {"tidings.code._event_lexicon", "tidings.code.modality", "tidings.code._places_gazetteer",
               "tidings.code.time"}
    assert [c for c in calls if c.split(":")[0] not in allowed] == []


def test_the_documented_unit_graph_is_the_real_one():
    doc = (SRC.parents[1] / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = doc.split("The graph between units:", 1)[1].split("```", 2)[1]
    documented = {}
    for line in block.strip().splitlines():
        unit, targets = (part.strip() for part in line.split("->"))
        documented[unit] = {t.strip() for t in targets.split(",")}
    assert documented == {u: t for u, t in _unit_graph().items() if u != "tidings"}


def test_no_module_level_name_is_defined_twice_in_the_coder() -> None:
    """A second top-level definition silently replaces the first for every function of the module."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "src" / "tidings" / "code"
    twice = []
    for path in sorted(root.glob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else []
            for name in names:
                if name in seen:
                    twice.append(f"{path.name}:{node.lineno} {name} (first at {seen[name]})")
                seen.setdefault(name, node.lineno)
    assert not twice, twice
