"""Loading the `read` stage's vocabulary files (boilerplate and metadata cues).

The packaged files live in ``tidings/data/read/``. Users extend them with their
own ``boilerplate*.toml`` and ``metadata*.toml`` files (same layout) given in
the ``knowledge_paths`` setting, as files or folders; lists are concatenated.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional

from .._errors import KnowledgeError

__all__ = ["BoilerplateRules", "MetadataRules", "boilerplate_rules", "metadata_rules", "DATA_DIR"]

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "read"


def _compile(pattern: str, path: Path) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise KnowledgeError(f"bad regular expression {pattern!r}: {exc}", path=str(path)) from None


def _load(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise KnowledgeError(f"cannot read vocabulary file: {exc}", path=str(path)) from None


def _files(stem: str, extra: Iterable[str]) -> list[Path]:
    files = [DATA_DIR / f"{stem}.toml"]
    for item in extra:
        p = Path(item)
        if p.is_dir():
            files.extend(sorted(p.rglob(f"{stem}*.toml")))
        elif p.is_file() and p.name.startswith(stem) and p.suffix == ".toml":
            files.append(p)
    return files


@dataclass(frozen=True)
class LineRule:
    """Lines matching one of ``patterns`` (and of at most ``max_words`` words) are boilerplate of kind ``reason``."""

    reason: str
    patterns: tuple[re.Pattern[str], ...]
    max_words: int = 12
    sentence_ok: bool = False


@dataclass
class BoilerplateRules:
    """Everything that marks a line as boilerplate: line rules, share-button and photo-credit words, templates."""

    rules: list[LineRule] = field(default_factory=list)
    share_words: set[str] = field(default_factory=set)
    credit_words: set[str] = field(default_factory=set)
    templates: list[re.Pattern[str]] = field(default_factory=list)


@dataclass
class UpdateRule:
    """A paragraph matching ``pattern`` is an editor's note or update of ``kind``."""

    kind: str
    pattern: re.Pattern[str]


@dataclass
class MetadataRules:
    """Cues for metadata in the text: republication and byline patterns, date prefixes, update notes."""

    republication: list[re.Pattern[str]] = field(default_factory=list)
    byline: list[re.Pattern[str]] = field(default_factory=list)
    date_prefixes: list[str] = field(default_factory=list)
    modified_prefixes: list[str] = field(default_factory=list)
    updates: list[UpdateRule] = field(default_factory=list)


@lru_cache(maxsize=8)
def _boilerplate(extra: tuple[str, ...]) -> BoilerplateRules:
    out = BoilerplateRules()
    for path in _files("boilerplate", extra):
        data = _load(path)
        for rule in data.get("rule", []):
            try:
                out.rules.append(
                    LineRule(
                        reason=str(rule["reason"]),
                        patterns=tuple(_compile(p, path) for p in rule["patterns"]),
                        max_words=int(rule.get("max_words", 12)),
                        sentence_ok=bool(rule.get("sentence_ok", False)),
                    )
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise KnowledgeError(f"rule needs `reason` and `patterns` ({exc})", path=str(path)) from None
        out.share_words.update(w.lower() for w in data.get("share_only", {}).get("words", []))
        out.credit_words.update(w.lower() for w in data.get("photo_credit", {}).get("words", []))
        out.templates.extend(_compile(p, path) for p in data.get("template", {}).get("patterns", []))
    return out


@lru_cache(maxsize=8)
def _metadata(extra: tuple[str, ...]) -> MetadataRules:
    out = MetadataRules()
    for path in _files("metadata", extra):
        data = _load(path)
        out.republication.extend(_compile(p, path) for p in data.get("republication", []))
        out.byline.extend(_compile(p, path) for p in data.get("byline", []))
        out.date_prefixes.extend(str(p).lower() for p in data.get("date_prefixes", []))
        out.modified_prefixes.extend(str(p).lower() for p in data.get("modified_prefixes", []))
        for item in data.get("update", []):
            try:
                out.updates.append(UpdateRule(str(item["kind"]), _compile(item["pattern"], path)))
            except (KeyError, TypeError) as exc:
                raise KnowledgeError(f"update entry needs `kind` and `pattern` ({exc})", path=str(path)) from None
    # longest prefixes first, so "last updated" wins over "updated"
    out.date_prefixes.sort(key=len, reverse=True)
    return out


def boilerplate_rules(knowledge_paths: Optional[Iterable[str]] = None) -> BoilerplateRules:
    """The packaged boilerplate rules plus those in ``knowledge_paths``."""
    return _boilerplate(tuple(str(p) for p in knowledge_paths or ()))


def metadata_rules(knowledge_paths: Optional[Iterable[str]] = None) -> MetadataRules:
    """The packaged metadata cues plus those in ``knowledge_paths``."""
    return _metadata(tuple(str(p) for p in knowledge_paths or ()))
