"""Loader of the time-expression lexicon (``tidings/data/time/*.toml``), shared by the date recogniser and the TIMEX3 engine."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional

from .._errors import KnowledgeError

__all__ = ["Lexicon", "load_lexicon", "alternation", "DEFAULT_LEXICON"]

DEFAULT_LEXICON = Path(__file__).resolve().parents[1] / "data" / "time" / "en.toml"

_TABLES = ("months", "month_abbreviations", "weekdays", "numbers", "ordinals", "units", "parts_of_day",
           "seasons", "season_start", "holidays", "references", "sets", "modifiers")
_LISTS = ("vague_numbers", "month_context", "ambiguous_months", "ambiguous_month_context",
          "weekday_titles", "future_cues")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Word lists behind the detector; every key is lower case."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    ordinals: dict[str, int]
    units: dict[str, dict[str, Any]]
    parts_of_day: dict[str, str]
    seasons: dict[str, str]
    season_start: dict[str, int]
    holidays: dict[str, str]
    references: dict[str, str]
    sets: dict[str, str]
    modifiers: dict[str, tuple[str, str]]
    vague_numbers: tuple[str, ...]
    month_context: frozenset[str]
    ambiguous_months: frozenset[str]
    ambiguous_month_context: frozenset[str]
    weekday_titles: tuple[str, ...]
    future_cues: tuple[str, ...]
    sources: tuple[str, ...] = field(default=())


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnowledgeError("time lexicon not found", path=str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"time lexicon is not valid TOML: {exc}", path=str(path),
                             fix="fix the file or remove it from the lexicon paths") from None


def _build(paths: Iterable[Path]) -> Lexicon:
    tables: dict[str, dict[str, Any]] = {name: {} for name in _TABLES}
    lists: dict[str, list[str]] = {name: [] for name in _LISTS}
    sources = []
    for path in paths:
        data = _read(path)
        sources.append(str(path))
        for name in _TABLES:
            value = data.get(name, {})
            if not isinstance(value, dict):
                raise KnowledgeError(f"table [{name}] must be a table", path=str(path))
            tables[name].update({str(k).lower(): v for k, v in value.items()})
        for name in _LISTS:
            value = data.get("words", {}).get(name, [])
            if not isinstance(value, list):
                raise KnowledgeError(f"{name} must be a list of strings", path=str(path))
            lists[name].extend(str(v) for v in value)
    for key, mod in tables["modifiers"].items():
        if not (isinstance(mod, list) and len(mod) == 2 and mod[1] in {"point", "amount", "any"}):
            raise KnowledgeError(f"modifier {key!r} must be [MOD, 'point'|'amount'|'any']", path=sources[-1])
    for key, unit in tables["units"].items():
        if not isinstance(unit, dict) or "unit" not in unit:
            raise KnowledgeError(f"unit {key!r} needs a 'unit' code", path=sources[-1])
    return Lexicon(
        months={k: int(v) for k, v in tables["months"].items()},
        month_abbreviations={k: int(v) for k, v in tables["month_abbreviations"].items()},
        weekdays={k: int(v) for k, v in tables["weekdays"].items()},
        numbers={k: float(v) for k, v in tables["numbers"].items()},
        ordinals={k: int(v) for k, v in tables["ordinals"].items()},
        units=tables["units"],
        parts_of_day=tables["parts_of_day"],
        seasons=tables["seasons"],
        season_start={k.upper(): int(v) for k, v in tables["season_start"].items()},
        holidays=tables["holidays"],
        references=tables["references"],
        sets=tables["sets"],
        modifiers={k: (v[0], v[1]) for k, v in tables["modifiers"].items()},
        vague_numbers=tuple(v.lower() for v in lists["vague_numbers"]),
        month_context=frozenset(v.lower() for v in lists["month_context"]),
        ambiguous_months=frozenset(v.lower() for v in lists["ambiguous_months"]),
        ambiguous_month_context=frozenset(v.lower() for v in lists["ambiguous_month_context"]),
        weekday_titles=tuple(lists["weekday_titles"]),
        future_cues=tuple(v.lower() for v in lists["future_cues"]),
        sources=tuple(sources),
    )


@lru_cache(maxsize=8)
def _cached(paths: tuple[str, ...]) -> Lexicon:
    return _build(Path(p) for p in paths)


def load_lexicon(extra: Optional[Iterable[str | os.PathLike[str]]] = None) -> Lexicon:
    """The built-in English lexicon, extended by ``extra`` TOML files (same tables)."""
    paths = [str(DEFAULT_LEXICON)]
    for p in extra or ():
        p = Path(p)
        if p.is_dir():
            paths.extend(str(f) for f in sorted(p.glob("*.toml")))
        else:
            paths.append(str(p))
    return _cached(tuple(paths))


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of ``words``, longest first, spaces matching any whitespace; never matches when empty."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if not ordered:
        return "(?!)"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
