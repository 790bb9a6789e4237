"""Evaluation task ``actors``: actor text to country and sector on the NGEC actor tests.

The data set (``ngec-actor-tests``) holds the developer unit tests of an
actor-coding system, turned into JSONL records of calls and assertions. A
case is a call of ``agent_to_code(text, context, date)`` (or
``short_text_to_agent`` over its parametrized values) with assertions on
``code['country']`` (ISO3, ``""`` for none), ``code['code_1']`` (the PLOVER
agent code, ``""`` for none) or ``code is None``. Each case is resolved with
:meth:`ActorResolver.resolve` (``as_agent=True``, the context as
``context``, the date when one is given) and compared on what it asserts.

Figures: ``country_accuracy`` (cases asserting a country), ``sector_accuracy``
(cases asserting an agent code), ``both_accuracy`` (cases asserting both),
``coverage`` (share of cases expecting an actor that got one) and
``none_accuracy`` (cases expecting no actor). Placeholders (``????``) are
not scored.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from .._errors import EvalDataError
from . import EvalResult, task

if TYPE_CHECKING:
    from ..code.actors import ActorResolver

__all__ = ["load_cases", "evaluate_actors"]

_REF = re.compile(r"^d\[['\"](\w+)['\"]\]$")
_TODAY = {"", "today", "now"}


def _value(arg: Any, inputs: dict[str, Any], params: dict[str, Any]) -> Any:
    if isinstance(arg, str):
        m = _REF.match(arg)
        if m:
            return (inputs.get("d") or {}).get(m.group(1))
        if arg in params:
            return params[arg]
    return arg


def _iso(date: Any) -> Optional[str]:
    if not isinstance(date, str) or date.strip().lower() in _TODAY:
        return None
    try:
        from dateutil import parser

        return parser.parse(date, default=None).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        try:
            from dateutil import parser

            return parser.parse(date).date().isoformat()
        except (ValueError, OverflowError):
            return None


def load_cases(path: Path) -> list[dict[str, Any]]:
    """Cases ``{id, text, context, date, country?, sector?, none?}`` in file order."""
    files = [path] if path.is_file() else sorted(path.glob("*.jsonl"))
    if not files:
        raise EvalDataError("no .jsonl file with actor tests", path=str(path))
    cases: list[dict[str, Any]] = []
    for f in files:
        for lineno, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalDataError(f"bad JSON: {exc.msg}", path=f"{f}:{lineno}") from None
            calls = [c for c in rec.get("calls", []) if c.get("method") in ("agent_to_code", "short_text_to_agent")]
            if not calls:
                continue
            call = calls[-1]
            inputs = rec.get("inputs") or {}
            param = rec.get("parametrize") or {}
            runs = [{param["name"]: v} for v in param.get("values", [])] if param.get("name") else [{}]
            for params in runs:
                args = [_value(a, inputs, params) for a in call.get("args", [])]
                kwargs = {k: _value(v, inputs, params) for k, v in (call.get("kwargs") or {}).items()}
                if not args or not isinstance(args[0], str):
                    continue
                case: dict[str, Any] = {
                    "id": f"{rec.get('test')}{'[' + str(next(iter(params.values()))) + ']' if params else ''}",
                    "text": args[0],
                    "context": (args[1] if len(args) > 1 else kwargs.get("known_country")) or None,
                    "date": _iso(args[2] if len(args) > 2 else kwargs.get("query_date")),
                }
                for a in rec.get("asserts", []):
                    lhs, op, rhs = a.get("lhs"), a.get("op"), _value(a.get("rhs"), inputs, params)
                    if lhs == "code" and op == "Is" and rhs is None:
                        case["none"] = True
                    elif lhs == "code['country']" and op == "Eq" and isinstance(rhs, str) and "?" not in rhs:
                        case["country"] = rhs
                    elif lhs == "code['code_1']" and op in ("Eq", "In") and rhs is not None:
                        values = rhs if isinstance(rhs, list) else [rhs]
                        if all(isinstance(v, str) and "?" not in v for v in values):
                            case["sector"] = values
                if any(k in case for k in ("none", "country", "sector")):
                    cases.append(case)
    return cases


def evaluate_actors(cases: list[dict[str, Any]], resolver: Optional["ActorResolver"] = None) -> EvalResult:
    """Country and sector of each case's actor text as ``resolver`` (default: the built-in knowledge) resolves it."""
    from ..code.context import CodingContext

    resolver = resolver or CodingContext().resolver
    n = {"country": 0, "sector": 0, "both": 0, "expect_actor": 0, "none": 0}
    ok = {"country": 0, "sector": 0, "both": 0, "covered": 0, "none": 0}
    errors: list[dict[str, Any]] = []
    for case in cases:
        actor = resolver.resolve(case["text"], date=case["date"], as_agent=True, context=case["context"])
        if case.get("none"):
            n["none"] += 1
            ok["none"] += actor is None
            if actor is not None:
                errors.append({"id": case["id"], "text": case["text"], "expected": None, "got": actor.get("code")})
            continue
        n["expect_actor"] += 1
        ok["covered"] += actor is not None
        country = (actor or {}).get("country") or ""
        sector = (actor or {}).get("plover_sector") or (actor or {}).get("sector") or ""
        good_c = good_s = None
        if "country" in case:
            n["country"] += 1
            good_c = country == case["country"]
            ok["country"] += good_c
        if "sector" in case:
            n["sector"] += 1
            good_s = sector in case["sector"]
            ok["sector"] += good_s
        if good_c is not None and good_s is not None:
            n["both"] += 1
            ok["both"] += good_c and good_s
        if good_c is False or good_s is False:
            errors.append({"id": case["id"], "text": case["text"], "context": case["context"], "date": case["date"],
                           "expected": (case.get("country"), case.get("sector")), "got": (country, sector)})

    def rate(a: str, b: str) -> float:
        return round(ok[a] / n[b], 4) if n[b] else 0.0

    figures = {
        "country_accuracy": rate("country", "country"),
        "sector_accuracy": rate("sector", "sector"),
        "both_accuracy": rate("both", "both"),
        "coverage": rate("covered", "expect_actor"),
        "none_accuracy": rate("none", "none"),
    }
    counts = {"cases": len(cases), **{f"with_{k}": v for k, v in n.items()}}
    return EvalResult("actors", figures, counts, errors=errors)


@task("actors", data="ngec-actor-tests", help="actor text -> country and sector (NGEC actor tests)")
def run_actors(path: Path, *, limit: Optional[int] = None, **_: Any) -> EvalResult:
    """The NGEC actor test cases under ``path`` (the first ``limit`` of them) through :func:`evaluate_actors`."""
    cases = load_cases(Path(path))
    if limit:
        cases = cases[:limit]
    result = evaluate_actors(cases)
    result.data = str(path)
    result.notes.append("developer unit tests of another system: some cases depend on office holders at the "
                        "time they were written, a few contradict each other")
    return result
