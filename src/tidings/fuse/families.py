"""Event type families: which CAMEO codes may describe the same real event.

Trigger groups (``[triggers]``) list words that name one kind of happening
whatever the code ("arrival", "visit", "trip", "tour": movement); fusion
reads two triggers of one group as agreeing wording. Synonym sets
(``[synonyms]``) are narrower: words that name the *same* happening ("kill",
"death", "murder"; "arrest", "capture"); only the trained pairwise scorer
reads them (:mod:`tidings.fuse.pairwise`, feature ``same_synonym``).

Knowledge lives in ``tidings/data/fusion/families.toml``; users add files
named ``fusion*.toml`` in the folders or files of the ``knowledge_paths``
setting. Later files extend or override earlier ones.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

from .._errors import KnowledgeError

__all__ = ["Family", "Families", "load_families", "word_root"]


@dataclass(frozen=True)
class Family:
    """A group of CAMEO code prefixes that may describe one real event, with its parent preference."""

    name: str
    prefixes: tuple[str, ...]
    symmetric: bool = False
    parent: tuple[str, ...] = ()
    label: str = ""

    def rank(self, cameo: Optional[str]) -> int:
        """Position of ``cameo`` in the parent preference (lower is more central)."""
        if cameo:
            for i, prefix in enumerate(self.parent):
                if cameo.startswith(prefix):
                    return i
        return len(self.parent)


@dataclass
class Families:
    """All families with the title verbs: what :func:`load_families` returns."""

    families: dict[str, Family] = field(default_factory=dict)
    verbs: dict[str, str] = field(default_factory=dict)
    place_first: tuple[str, ...] = ()
    triggers: dict[str, str] = field(default_factory=dict)  # word root -> trigger group ("arriv" -> "movement")
    synonyms: dict[str, str] = field(default_factory=dict)  # phrase or word root -> synonym set ("kill" -> "death")

    def trigger_group(self, lemma: Optional[str]) -> str:
        """The trigger group of a trigger lemma ("arrival", "mak a visit"): the group of its first listed word, else ""."""
        for word in (lemma or "").split():
            group = self.triggers.get(word_root(word))
            if group:
                return group
        return ""

    def synonym_of(self, lemma: Optional[str]) -> str:
        """The synonym set of a trigger lemma: the set of the whole phrase ("drunk driving"), else of its first listed word, else ""."""
        text = " ".join((lemma or "").lower().split())
        if text in self.synonyms:
            return self.synonyms[text]
        for word in text.split():
            found = self.synonyms.get(word_root(word))
            if found:
                return found
        return ""

    def family_of(self, cameo: Optional[str]) -> Family:
        """The family of a CAMEO code (its own root family when listed nowhere)."""
        if not cameo:
            return Family("none", ())
        best: Optional[tuple[int, Family]] = None
        for fam in self.families.values():
            for prefix in fam.prefixes:
                if cameo.startswith(prefix) and (best is None or len(prefix) > best[0]):
                    best = (len(prefix), fam)
        if best:
            return best[1]
        root = cameo[:2]
        return Family(f"root-{root}", (root,), parent=(root,))

    def verb(self, cameo: Optional[str]) -> str:
        """The headline verb of a CAMEO code (longest listed prefix), else "acts towards"."""
        if cameo:
            for n in range(len(cameo), 1, -1):
                if cameo[:n] in self.verbs:
                    return self.verbs[cameo[:n]]
        return "acts towards"

    def names_place(self, cameo: Optional[str]) -> bool:
        """Does a headline for this code name the place rather than the target ("visits Beijing")?"""
        if not cameo:
            return False
        return any(cameo.startswith(p) for p in self.place_first)


def word_root(word: str) -> str:
    """A crude root for trigger words, so that "arrive", "arrived" and "arriving" agree ("arriv")."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


def _read(path: Path | str, text: str, into: Families) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError(f"fusion families file is not valid TOML: {exc}", path=str(path)) from None
    for name, spec in data.get("families", {}).items():
        try:
            prefixes = tuple(str(p) for p in spec["prefixes"])
        except (KeyError, TypeError):
            raise KnowledgeError(f"family {name!r} needs a list 'prefixes'", path=str(path)) from None
        into.families[name] = Family(
            name=name,
            prefixes=prefixes,
            symmetric=bool(spec.get("symmetric", False)),
            parent=tuple(str(p) for p in spec.get("parent", prefixes)),
            label=str(spec.get("label", "")),
        )
    into.verbs.update({str(k): str(v) for k, v in data.get("verbs", {}).items()})
    for group, words in data.get("triggers", {}).items():
        if not isinstance(words, list):
            raise KnowledgeError(f"trigger group {group!r} needs a list of words", path=str(path))
        into.triggers.update({word_root(str(w)): str(group) for w in words})
    for name, words in data.get("synonyms", {}).items():
        if not isinstance(words, list):
            raise KnowledgeError(f"synonym set {name!r} needs a list of words", path=str(path))
        for w in words:
            phrase = " ".join(str(w).lower().split())
            into.synonyms[phrase if " " in phrase else word_root(phrase)] = str(name)
    if "title" in data:
        into.place_first = tuple(str(p) for p in data["title"].get("place_first", into.place_first))


def _user_files(paths: Iterable[str]) -> list[Path]:
    found: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found.extend(sorted(path.glob("fusion*.toml")))
        elif path.is_file() and path.name.startswith("fusion") and path.suffix == ".toml":
            found.append(path)
    return found


@lru_cache(maxsize=16)
def load_families(extra: tuple[str, ...] = ()) -> Families:
    """Load the packaged families, then any user ``fusion*.toml`` files in ``extra``."""
    fams = Families()
    res = resources.files("tidings") / "data" / "fusion" / "families.toml"
    _read("tidings/data/fusion/families.toml", res.read_text(encoding="utf-8"), fams)
    for path in _user_files(extra):
        _read(path, path.read_text(encoding="utf-8"), fams)
    return fams
