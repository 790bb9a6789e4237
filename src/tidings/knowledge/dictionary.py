"""Reader of PETRARCH / TABARI actor and agent dictionaries (flat text).

Actor dictionaries hold one actor per block::

    <!-- header comments -->
    AFGHANISTAN_  [AFG]                 # a name and its code
    +AFGHAN_                            # synonyms on '+' lines
    MOHAMMAD_ZAHIR_SHAH_  # comment
    \t[AFGELI 320101-331108]            # date-restricted codes on their own lines
    \t[AFGGOV 331108-730717]
    ANN_VENEMAN_ [USAGOV 010120-050120] [IGOUNOKID >050501]

Dates are ``YYMMDD`` (years up to 30 are 20xx) or ``YYYYMMDD``; ``A-B`` is a
range, ``>A`` from A on, ``<B`` until B. ``[---]`` is the null code.
Agent dictionaries hold role words with ``[~CODE]`` codes, optional plurals
in braces (``ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]``, ``{}`` for the
regular plural) and ``!MACRO! = A, B`` substitutions. ``_`` joins the words
of a phrase; a trailing ``_`` (whole word only) is dropped.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from .._errors import KnowledgeError
from .model import Entry, Knowledge, Role, RoleWord, Sector

logger = logging.getLogger(__name__)

__all__ = ["DatedCode", "ActorEntry", "read_actor_dictionary", "merge_dictionary"]

_CODE_RE = re.compile(r"\[([^\]]*)\]")
_MACRO_DEF = re.compile(r"^(![A-Za-z]+!)\s*=\s*(.+)$")


@dataclass(frozen=True)
class DatedCode:
    """A dictionary code, valid from ``start`` to ``end`` (both days included; None = open)."""

    code: str  # e.g. "USAGOV", "IGOUNO", "~GOV" for agents, "" for the null code [---]
    start: Optional[_dt.date] = None
    end: Optional[_dt.date] = None

    def active(self, on: _dt.date) -> bool:
        """Is the code valid on day ``on``?"""
        return (self.start is None or on >= self.start) and (self.end is None or on <= self.end)


@dataclass
class ActorEntry:
    """One actor (or agent) of a dictionary with its synonyms and codes."""

    name: str  # as written, words joined by spaces: "MOHAMMAD ZAHIR SHAH"
    codes: list[DatedCode] = field(default_factory=list)
    synonyms: list[str] = field(default_factory=list)
    agent: bool = False  # True for [~CODE] agent entries
    plurals: list[str] = field(default_factory=list)
    path: str = ""
    line: int = 0

    def code_on(self, on: Optional[_dt.date]) -> Optional[str]:
        """The code valid on a date (dated codes first, then an undated one)."""
        if on is not None:
            for c in self.codes:
                if (c.start or c.end) and c.active(on):
                    return c.code or None
        for c in self.codes:
            if c.start is None and c.end is None:
                return c.code or None
        return None


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def _date(text: str, path: Path, lineno: int) -> _dt.date:
    try:
        if len(text) == 6:
            yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:6])
            year = 2000 + yy if yy <= 30 else 1900 + yy
        elif len(text) == 8:
            year, mm, dd = int(text[:4]), int(text[4:6]), int(text[6:8])
        else:
            raise ValueError(text)
        return _dt.date(year, mm, dd)
    except ValueError:
        raise KnowledgeError(f"bad date {text!r} in a dictionary code (want YYMMDD or YYYYMMDD)",
                             path=f"{path}:{lineno}") from None


def _parse_code(body: str, path: Path, lineno: int) -> DatedCode:
    parts = body.split()
    if not parts:
        raise KnowledgeError("empty code []", path=f"{path}:{lineno}")
    code = parts[0].upper()
    if code.strip("-") == "":
        code = ""
    if len(parts) == 1:
        return DatedCode(code)
    spec = "".join(parts[1:])
    if spec.startswith(">"):
        return DatedCode(code, _date(spec[1:], path, lineno), None)
    if spec.startswith("<"):
        return DatedCode(code, None, _date(spec[1:], path, lineno))
    if spec.endswith(">"):
        return DatedCode(code, _date(spec[:-1], path, lineno), None)
    if "-" in spec:
        a, b = spec.split("-", 1)
        return DatedCode(code, _date(a, path, lineno) if a else None, _date(b, path, lineno) if b else None)
    raise KnowledgeError(f"cannot read the date part {spec!r} of code [{body}]", path=f"{path}:{lineno}")


def _strip_comments(text: str) -> Iterator[tuple[int, str]]:
    """Lines without ``<!-- -->`` blocks (which may span lines) and ``#`` comments."""
    in_block = False
    for lineno, line in enumerate(text.splitlines(), 1):
        out = ""
        rest = line
        while rest:
            if in_block:
                end = rest.find("-->")
                if end < 0:
                    rest = ""
                else:
                    rest = rest[end + 3:]
                    in_block = False
            else:
                start = rest.find("<!")
                if start < 0:
                    out += rest
                    rest = ""
                else:
                    out += rest[:start]
                    rest = rest[start + 2:]
                    in_block = True
                    end = rest.find(">")
                    if not rest.startswith("--") and end >= 0:  # single-line <! ... > header
                        rest = rest[end + 1:]
                        in_block = False
        hash_at = out.find("#")
        if hash_at >= 0:
            out = out[:hash_at]
        yield lineno, out.rstrip()


def read_actor_dictionary(path: str | Path, *, strict: bool = True) -> Iterator[ActorEntry]:
    """Yield the entries of a PETRARCH/TABARI actor or agent dictionary.

    Raises :class:`KnowledgeError` (naming file and line) for a code or date it
    cannot read, an unbalanced bracket, or a synonym line before any actor.
    With ``strict=False`` such lines are skipped with a logged warning (the
    large public dictionaries have a few typos) unless more than 1% of the
    lines are bad, which still raises.
    """
    path = Path(path)
    errors: list[KnowledgeError] = []
    lines = 0
    for item in _read(path, errors if not strict else None):
        lines += 1
        yield item
    if errors and len(errors) > max(5, lines // 100):
        raise KnowledgeError(f"{len(errors)} unreadable lines; the first: {errors[0].message}",
                             path=errors[0].path, fix="is this a PETRARCH/TABARI dictionary?")


def _read(path: Path, errors: Optional[list[KnowledgeError]]) -> Iterator[ActorEntry]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise KnowledgeError(f"cannot read dictionary: {exc.strerror}", path=str(path)) from None
    macros: dict[str, list[str]] = {}
    current: Optional[ActorEntry] = None
    for lineno, line in _strip_comments(text):
        stripped = line.strip()
        if not stripped:
            continue
        try:
            item = _line(stripped, path, lineno, macros, current)
        except KnowledgeError as err:
            if errors is None:
                raise
            logger.warning("%s (line skipped)", err)
            errors.append(err)
            continue
        if item is None:
            continue
        if current is not None and item is not current:
            yield from _expand(current, macros)
        current = item
    if current is not None:
        yield from _expand(current, macros)


def _line(stripped: str, path: Path, lineno: int, macros: dict[str, list[str]], current: Optional[ActorEntry]) -> Optional[ActorEntry]:
    """Read one line: a new entry, the current entry extended, or None (a macro)."""
    m = _MACRO_DEF.match(stripped)
    if m:
        macros[m.group(1).upper()] = [_phrase(v) for v in m.group(2).split(",") if v.strip()]
        return None
    if stripped.count("[") != stripped.count("]") or stripped.count("{") != stripped.count("}"):
        raise KnowledgeError(f"unbalanced brackets in {stripped!r}", path=f"{path}:{lineno}")
    codes = [_parse_code(body, path, lineno) for body in _CODE_RE.findall(stripped)]
    head = _CODE_RE.sub(" ", stripped)
    plurals: list[str] = []
    pm = re.search(r"\{([^}]*)\}", head)
    if pm:
        plurals = [_phrase(p) for p in pm.group(1).split()] or ["{}"]
        head = head[: pm.start()] + head[pm.end():]
    head = head.strip()
    if stripped.startswith("+"):
        if current is None:
            raise KnowledgeError("synonym line before any actor", path=f"{path}:{lineno}")
        current.synonyms.append(_phrase(head[1:]))
        current.codes.extend(codes)
        return current
    if not head:  # a code-only line belongs to the actor above
        if current is None:
            raise KnowledgeError("code line before any actor", path=f"{path}:{lineno}")
        current.codes.extend(codes)
        return current
    agent = any(c.code.startswith("~") for c in codes)
    return ActorEntry(_phrase(head), codes, [], agent, plurals, str(path), lineno)


def _expand(entry: ActorEntry, macros: dict[str, list[str]]) -> Iterator[ActorEntry]:
    names = [entry.name]
    for macro, values in macros.items():
        # a name without the macro passes once, unchanged (the placeholder value is not used)
        names = [n.replace(macro, v) if macro in n else n for n in names for v in (values if macro in n else [""])]
    for name in names:
        name = " ".join(name.split())
        if "!" in name:  # unknown macro: keep the literal words around it
            name = " ".join(w for w in name.split() if not w.startswith("!"))
        if not name:
            continue
        if name == entry.name:
            yield entry
        else:
            yield ActorEntry(name, list(entry.codes), list(entry.synonyms), entry.agent, list(entry.plurals),
                             entry.path, entry.line)


def _display(name: str) -> str:
    if name.isupper():
        return " ".join(w if len(w) <= 3 and "." in w else w.capitalize() for w in name.split())
    return name


def merge_dictionary(kb: Knowledge, path: Path, *, strict: bool = False) -> int:
    """Merge a dictionary into a :class:`~tidings.knowledge.Knowledge`; return entries merged."""

    priority = kb.next_priority()
    n = 0
    for entry in read_actor_dictionary(path, strict=strict):
        names = [entry.name, *entry.synonyms]
        if entry.agent:
            agent_code = next((c.code for c in entry.codes if c.code.startswith("~")), "~")[1:]
            sector, secondary = agent_code[:3] or None, agent_code[3:6] or None
            if not sector:
                continue
            for s in (sector, secondary):
                if s and s not in kb.sectors:
                    kb.add_sector(Sector(s, None, s))
            for name in names + [p for p in entry.plurals if p != "{}"]:
                kb.add_role_word(RoleWord(name.lower(), sector, 3, False, secondary), priority)
            n += 1
            continue
        undated = [c for c in entry.codes if c.start is None and c.end is None and c.code]
        dated = [c for c in entry.codes if (c.start or c.end) and c.code]
        if not undated and not dated:
            continue
        first = (undated or dated)[0].code
        if not dated and len(undated) == 1 and first in kb.countries:
            known = kb.countries[first]
            for name in names:
                kb._alias(_display(name), "country", known.iso3, priority, case="title")
            n += 1
            continue
        roles = [Role("", c.code[:3], c.code[3:6] or None, c.start, c.end, None, c.code) for c in dated]
        country, sector, code = None, None, None
        for c in undated:
            if len(c.code) == 3 and c.code not in kb.countries and c.code in kb.sectors:
                sector = sector or c.code  # a bare agent code such as [ELI]: the default sector
            elif country is None:
                country, sector = c.code[:3], (c.code[3:6] or None) or sector
                code = c.code if len(c.code) > 6 else None
        if country is None and dated:
            country = dated[0].code[:3]
        e = Entry(
            name=_display(entry.name),
            kind="person" if dated else "organisation",
            country=country,
            sector=sector,
            code=code,
            aliases=[_display(s) for s in entry.synonyms],
            roles=roles,
            source=f"{entry.path}:{entry.line}",
        )
        kb.add_entry(e, priority)
        n += 1
    return n
