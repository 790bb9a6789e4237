"""Knowledge: countries, organisations, outlets, office holders, sectors and role words.

The facts live in versioned data files under ``tidings/data/knowledge/``
(TOML, JSON, TSV; see :mod:`tidings.knowledge.files` for the schema). Users
add their own files of the same formats through ``Options.knowledge_paths``
(files or folders) and PETRARCH/TABARI dictionaries through
``Options.actor_dictionaries``; later files override earlier aliases.

>>> kb = load_knowledge()
>>> kb.outlet("Xinhua").outlet_kind
'state_media'
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from .._errors import KnowledgeError
from .dictionary import ActorEntry, DatedCode, merge_dictionary, read_actor_dictionary
from .files import OUTLET_KINDS, load_file
from .model import Country, Entry, Hit, Knowledge, Role, RoleWord, Sector, norm, parse_date

if TYPE_CHECKING:
    from .._options import Options

logger = logging.getLogger(__name__)

__all__ = [
    "load_knowledge",
    "add_file",
    "add_dictionary",
    "builtin_files",
    "Knowledge",
    "Country",
    "Entry",
    "Role",
    "Sector",
    "RoleWord",
    "Hit",
    "ActorEntry",
    "DatedCode",
    "read_actor_dictionary",
    "norm",
    "parse_date",
    "OUTLET_KINDS",
]

DATA = Path(__file__).resolve().parents[1] / "data" / "knowledge"
# Load order matters: sectors first (files check sector codes against them).
_BUILTIN = ("sectors.toml", "cities.tsv", "countries.json", "organisations.tsv", "outlets.tsv", "people.tsv")
_SUFFIXES = (".toml", ".json", ".tsv")

# (stamps of the knowledge files, stamps of the actor dictionaries) -> the knowledge base they make
_Stamps = tuple[tuple[str, float, int], ...]
_cache: dict[tuple[_Stamps, _Stamps], Knowledge] = {}
_lock = threading.Lock()


def add_file(kb: Knowledge, path: str | Path) -> None:
    """Load one knowledge file (.toml, .json or .tsv) into ``kb`` over what it holds."""
    load_file(kb, Path(path))
    kb.files.append(str(path))


def add_dictionary(kb: Knowledge, path: str | Path, *, strict: bool = False) -> int:
    """Merge a PETRARCH/TABARI actor or agent dictionary into ``kb``; returns entries merged.

    Unreadable lines are skipped with a warning unless ``strict`` (see
    :func:`~tidings.knowledge.read_actor_dictionary`).
    """
    n = merge_dictionary(kb, Path(path), strict=strict)
    kb.files.append(str(path))
    return n


def builtin_files() -> list[Path]:
    """The knowledge files shipped with tidings, in load order."""
    return [DATA / name for name in _BUILTIN]


def _expand(paths: Iterable[str | Path], suffixes: tuple[str, ...]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        path = Path(p).expanduser()
        if path.is_dir():
            # event lexicon rows (``*lexicon.tsv``) may share the folder; they are the event lexicon's
            out.extend(sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in suffixes and not f.name.endswith("lexicon.tsv")))
        elif path.is_file():
            out.append(path)
        else:
            raise KnowledgeError("knowledge path not found", path=str(path), fix="check knowledge_paths")
    return out


def _stamp(path: Path) -> tuple[str, float, int]:
    st = path.stat()
    return (str(path.resolve()), st.st_mtime, st.st_size)


def load_knowledge(
    options: Optional["Options"] = None,
    *,
    paths: Iterable[str | Path] = (),
    dictionaries: Iterable[str | Path] = (),
    extra: Iterable[str | Path] = (),
) -> Knowledge:
    """The knowledge base: built-in files, then the user's knowledge files, then actor dictionaries.

    User files are ``options.knowledge_paths`` followed by ``paths`` and
    ``extra``; dictionaries are ``options.actor_dictionaries`` followed by
    ``dictionaries``. Cached per set of files (and their modification
    times): the same arguments return the same object, so treat it as
    read-only or call :meth:`Knowledge.add_file` on a :meth:`Knowledge.clone`.
    Raises :class:`KnowledgeError` naming the file and line of a malformed record.
    """
    user = [*(getattr(options, "knowledge_paths", None) or []), *paths, *extra]
    files = builtin_files() + _expand(user, _SUFFIXES)
    dicts = [*(getattr(options, "actor_dictionaries", None) or []), *dictionaries]
    dictionaries = _expand(dicts, (".txt", ".actors", ".agents"))
    key = (tuple(_stamp(f) for f in files), tuple(_stamp(d) for d in dictionaries))
    base_key = (tuple(_stamp(f) for f in builtin_files()), ())
    with _lock:
        kb = _cache.get(key)
        if kb is None:
            base = _cache.get(base_key)
            if base is None:
                base = Knowledge()
                for f in builtin_files():
                    add_file(base, f)
                _cache[base_key] = base
            if key == base_key:
                return base
            kb = base.clone()
            for f in files[len(builtin_files()):]:
                add_file(kb, f)
            for d in dictionaries:
                add_dictionary(kb, d)
            logger.debug("knowledge loaded from %d files: %s", len(files) + len(dictionaries), kb.stats())
            _cache[key] = kb
    return kb
