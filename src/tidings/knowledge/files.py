"""Readers of knowledge files: TOML, JSON and TSV, one schema for all three.

A TOML or JSON file may hold any of these top-level keys::

    version = "1"                 # recommended in every file
    source = "where the facts come from"
    [[person]]        name, aliases, country, sector, role, start, end, died, organisation, note
    [[organisation]]  name, aliases, country, sector, code, kind ("organisation"|"group"), start, end, note
                      (with start/end the sector holds for that period only; one record per period)
    [[outlet]]        name, aliases, country, kind (state_media|agency|public_broadcaster|independent), note
    [[country]]       iso3, iso2, name, aliases, demonyms, capital, seat, seat_aliases, context_aliases, cameo, region,
                      places, start, end, successors, names_until, context_until, members (places: states,
                      provinces and towns that say the country;
                      start/end: the years of a state that no longer exists; successors: today's states whose
                      capitals, acting, stood for it while it existed, "Moscow" for the Soviet Union in 1975;
                      names_until: until when their names and peoples did too; context_until: until when
                      its context-only aliases named it; members: the republics of a federation that no longer
                      exists, "ISO3" or "ISO3:last day" for one that left before its end)
    [[city]]          name, aliases, country (a city names its country, never a government)
    [sectors]         CODE = { plover = "...", label = "..." }
    [[words]]         sector, weight, role, secondary, words = [...]
    [kinship]         words = [...]
    [metonymy]        agent_verbs = [...], place_prepositions = [...]

(plural table names such as ``people``, ``organisations``, ``outlets`` and
``countries`` are accepted too). A TSV file declares its record kind and
version in ``#`` comment lines (``# kind: person``, ``# version: 1``), then a
header row naming the columns above; list columns are separated by ``;``.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import re
import tomllib
from functools import partial
from pathlib import Path
from typing import Any, Callable, Optional

from .._errors import KnowledgeError
from .model import Country, Entry, Knowledge, Role, RoleWord, Sector, parse_date

logger = logging.getLogger(__name__)

__all__ = ["load_file", "OUTLET_KINDS"]

OUTLET_KINDS = ("state_media", "agency", "public_broadcaster", "independent")
_KINDS = {
    "person": "person", "people": "person", "persons": "person",
    "organisation": "organisation", "organisations": "organisation", "organization": "organisation",
    "organizations": "organisation", "igo": "organisation", "igos": "organisation",
    "outlet": "outlet", "outlets": "outlet",
    "country": "country", "countries": "country",
    "city": "city", "cities": "city",
}
_CODE = re.compile(r"^[A-Z]{3}$")


class _Row:
    """A record with the place it came from, for error messages."""

    def __init__(self, data: dict[str, Any], path: Path, line: int | Callable[[], Optional[int]]):
        self.data = data
        self.path = path
        self._line = line  # a number, or a callable that finds it (only on error)

    @property
    def line(self) -> Optional[int]:
        """The record's line in its file (searched for on first use), None when not found."""
        return self._line() if callable(self._line) else self._line

    @property
    def origin(self) -> str:
        """file:line when the line is known without searching, else the file."""
        return str(self.path) if callable(self._line) or not self._line else f"{self.path}:{self._line}"

    @property
    def where(self) -> str:
        """file:line of the record, else the file."""
        line = self.line
        return f"{self.path}:{line}" if line else str(self.path)

    def fail(self, message: str) -> KnowledgeError:
        """A KnowledgeError about this record, naming its file and line."""
        return KnowledgeError(message, path=self.where, fix="correct the record or remove it")

    def text(self, key: str, required: bool = False) -> Optional[str]:
        """The field ``key`` as stripped text, None when empty (an error when ``required``)."""
        value = self.data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise self.fail(f"missing required field {key!r}")
            return None
        if not isinstance(value, (str, int, float)):
            raise self.fail(f"field {key!r} must be text, got {type(value).__name__}")
        return str(value).strip()

    def items(self, key: str) -> list[str]:
        """The field ``key`` as a list of names (a list, or text separated by ';')."""
        value = self.data.get(key)
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [v.strip() for v in value.split(";") if v.strip()]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return [v.strip() for v in value if v.strip()]
        raise self.fail(f"field {key!r} must be a list of names or a ';'-separated text")

    def date(self, key: str, *, end: bool = False) -> Optional[_dt.date]:
        """The field ``key`` as a date (a partial date's last day with ``end``), None when empty."""
        try:
            return parse_date(self.data.get(key), end=end)
        except ValueError as exc:
            raise self.fail(f"field {key!r}: {exc}") from None

    def code(self, key: str, kb: Knowledge) -> Optional[str]:
        """The field ``key`` as an upper-case three-letter country code, None when empty."""
        value = self.text(key)
        if value is None:
            return None
        value = value.upper()
        if not _CODE.match(value):
            raise self.fail(f"field {key!r} must be an ISO3 country code (or IGO/UNO), got {value!r}")
        return value

    def sector(self, key: str, kb: Knowledge) -> Optional[str]:
        """The field ``key`` as a sector code known to ``kb``, None when empty."""
        value = self.text(key)
        if value is None:
            return None
        value = value.upper()
        if kb.sectors and value not in kb.sectors:
            raise self.fail(f"unknown sector code {value!r}; known: {', '.join(sorted(kb.sectors))}")
        return value


def load_file(kb: Knowledge, path: Path) -> None:
    """Load one knowledge file into ``kb``; raise KnowledgeError naming file and line."""
    if not path.is_file():
        raise KnowledgeError("knowledge file not found", path=str(path), fix="check knowledge_paths")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=str(path)) from None
    suffix = path.suffix.lower()
    if suffix == ".tsv":
        _load_tsv(kb, path, text)
        return
    if suffix == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise KnowledgeError(f"invalid TOML: {exc}", path=str(path)) from None
    elif suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise KnowledgeError(f"invalid JSON: {exc.msg}", path=f"{path}:{exc.lineno}") from None
    else:
        raise KnowledgeError(
            f"unsupported knowledge file type {suffix!r}", path=str(path), fix="use .toml, .json or .tsv"
        )
    if not isinstance(data, dict):
        raise KnowledgeError("a knowledge file must hold a table/object at top level", path=str(path))
    _load_mapping(kb, data, path, _line_finder(text))


def _line_finder(text: str) -> Callable[[str], Optional[int]]:
    lines = text.splitlines()

    def find(needle: str) -> Optional[int]:
        for i, line in enumerate(lines, 1):
            if needle and needle in line:
                return i
        return None

    return find


def _load_mapping(kb: Knowledge, data: dict[str, Any], path: Path, find: Callable[[str], Optional[int]]) -> None:
    version = data.get("version")
    if version is None:
        logger.warning("%s: knowledge file has no version", path)
    else:
        kb.versions[str(path)] = str(version)
    priority = kb.next_priority()
    if "sectors" in data:
        sectors: dict[str, Any] = data["sectors"]
        if not isinstance(sectors, dict):
            raise KnowledgeError("[sectors] must be a table of CODE = {plover, label}", path=str(path))
        for code, spec in sectors.items():
            fields: dict[str, Any] = spec if isinstance(spec, dict) else {"label": str(spec)}
            kb.add_sector(Sector(code.upper(), fields.get("plover"), fields.get("label", code)))
    for group in data.get("words", []) or []:
        first = str((group.get("words") or [""])[0])
        row = _Row(group, path, partial(find, first))
        sector = row.sector("sector", kb)
        if sector is None:
            raise row.fail("a [[words]] group needs a sector")
        secondary = row.sector("secondary", kb)
        weight = group.get("weight", 1)
        if not isinstance(weight, int):
            raise row.fail("weight must be an integer")
        requires = tuple(row.items("requires"))
        for w in row.items("words"):
            kb.add_role_word(RoleWord(w, sector, weight, bool(group.get("role", False)), secondary, requires), priority)
    if "kinship" in data:
        kb.add_kinship(_Row(data["kinship"], path, lambda: find("[kinship]")).items("words"))
    if "metonymy" in data:
        row = _Row(data["metonymy"], path, lambda: find("[metonymy]"))
        kb.agent_verbs.update(w.lower() for w in row.items("agent_verbs"))
        kb.place_words.update(w.lower() for w in row.items("place_prepositions"))
    for key, value in data.items():
        kind = _KINDS.get(key)
        if kind is None:
            if key not in ("version", "source", "sectors", "words", "kinship", "metonymy", "note"):
                raise KnowledgeError(f"unknown top-level key {key!r}", path=str(path),
                                     fix="use person, organisation, outlet, country, sectors, words, kinship, metonymy")
            continue
        if not isinstance(value, list):
            raise KnowledgeError(f"{key!r} must be an array of tables", path=str(path))
        for record in value:
            if not isinstance(record, dict):
                raise KnowledgeError(f"each {key!r} item must be a table", path=str(path))
            needle = str(record.get("name") or record.get("iso3") or "")
            _add_record(kb, kind, _Row(record, path, partial(_find_name, find, needle)), priority)


def _find_name(find: Callable[[str], Optional[int]], name: str) -> Optional[int]:
    """The line holding ``name`` in quotes, else the first line holding it."""
    return find(f'"{name}"') or find(name)


def _load_tsv(kb: Knowledge, path: Path, text: str) -> None:
    meta: dict[str, str] = {}
    header: Optional[list[str]] = None
    priority = kb.next_priority()
    kind: Optional[str] = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        if raw.startswith("#"):
            m = re.match(r"#\s*([A-Za-z_]+)\s*:\s*(.*)", raw)
            if m and header is None:
                meta[m.group(1).lower()] = m.group(2).strip()
            continue
        cells = raw.split("\t")
        if header is None:
            header = [c.strip().lower() for c in cells]
            kind = _KINDS.get(meta.get("kind", path.stem.lower()))
            if kind is None:
                raise KnowledgeError(
                    "TSV knowledge file does not say what it holds",
                    path=f"{path}:1", fix="add a '# kind: person|organisation|outlet|country' line",
                )
            if "name" not in header and "iso3" not in header:
                raise KnowledgeError("header row must name a 'name' column", path=f"{path}:{lineno}")
            continue
        if len(cells) > len(header):
            raise KnowledgeError(
                f"{len(cells)} columns but the header has {len(header)}", path=f"{path}:{lineno}",
                fix="separate columns with single tabs",
            )
        record = {h: c.strip() for h, c in zip(header, cells)}
        assert kind is not None  # set (or raised) with the header
        _add_record(kb, kind, _Row(record, path, lineno), priority)
    if "version" in meta:
        kb.versions[str(path)] = meta["version"]
    else:
        logger.warning("%s: knowledge file has no '# version:' line", path)


def _add_record(kb: Knowledge, kind: str, row: _Row, priority: int) -> None:
    if kind == "country":
        iso3 = row.code("iso3", kb)
        if iso3 is None:
            raise row.fail("missing required field 'iso3'")
        old = kb.countries.get(iso3)
        new = Country(
            iso3=iso3,
            iso2=row.text("iso2"),
            name=row.text("name") or (old.name if old else iso3),
            aliases=row.items("aliases"),
            demonyms=row.items("demonyms"),
            capital=row.text("capital"),
            seat=row.text("seat"),
            seat_aliases=row.items("seat_aliases"),
            context_aliases=row.items("context_aliases"),
            cameo=row.text("cameo"),
            region=row.text("region"),
            source=row.origin,
            places=row.items("places"),
            start=row.date("start"),
            end=row.date("end", end=True),
            successors=row.items("successors"),
            names_until=row.date("names_until", end=True),
            context_until=row.date("context_until", end=True),
            members=row.items("members"),
        )
        kb.add_country(new, priority)
        return
    name = row.text("name", required=True)
    assert name is not None
    if kind == "city":
        iso3 = row.code("country", kb)
        if iso3 is None:
            raise row.fail("a city needs its country")
        kb._alias(name, "city", iso3, priority, case="title")
        for a in row.items("aliases"):
            kb._alias(a, "city", iso3, priority, case="title")
        return
    if kind == "outlet":
        okind = row.text("kind", required=True)
        if okind not in OUTLET_KINDS:
            raise row.fail(f"outlet kind must be one of {', '.join(OUTLET_KINDS)}, got {okind!r}")
        entry = Entry(name=name, kind="organisation", country=row.code("country", kb), sector="MED",
                      aliases=row.items("aliases"), outlet_kind=okind, note=row.text("note") or "", source=row.origin)
        kb.add_entry(entry, priority)
        return
    if kind == "organisation":
        okind = row.text("kind") or "organisation"
        if okind not in ("organisation", "group"):
            raise row.fail(f"organisation kind must be 'organisation' or 'group', got {okind!r}")
        country, sector = row.code("country", kb), row.sector("sector", kb)
        start, end = row.date("start"), row.date("end", end=True)
        roles = []
        if start or end:  # a dated sector: the Taliban are rebels until 2021-08-15, then the government
            if start and end and end < start:
                raise row.fail(f"period ends ({end}) before it starts ({start})")
            roles.append(Role("", country, sector, start, end, None, row.text("code") or None))
        entry = Entry(name=name, kind=okind, country=country, sector=None if roles else sector,
                      code=None if roles else (row.text("code") or None), aliases=row.items("aliases"), roles=roles,
                      note=row.text("note") or "", source=row.origin)
        kb.add_entry(entry, priority)
        return
    # person
    country = row.code("country", kb)
    sector = row.sector("sector", kb)
    title = row.text("role")
    roles = []
    if title:
        start, end = row.date("start"), row.date("end", end=True)
        if start and end and end < start:
            raise row.fail(f"role ends ({end}) before it starts ({start})")
        roles.append(Role(title, country, sector or "GOV", start, end, row.text("organisation")))
    entry = Entry(name=name, kind="person", country=country, sector=None if title else sector,
                  aliases=row.items("aliases"), roles=roles, died=row.date("died"), note=row.text("note") or "",
                  source=row.origin)
    kb.add_entry(entry, priority)
