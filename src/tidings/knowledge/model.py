"""The in-memory knowledge base: countries, named entries, sectors, role words.

Every name is indexed under a normalised key (:func:`norm`): accents
stripped, case folded, apostrophes and full stops dropped, hyphens made
spaces. "Moon Jae-in", "Moon Jae In" and "moon jae-in" share one key, so
lookups work whatever the tokenizer did with the hyphen. Short all-capital
aliases ("US", "AP", "WHO") only match all-capital text, and capitalised
aliases only match capitalised text, so "us" and "who" stay pronouns.

Files loaded later take precedence: their aliases are tried first, which is
how a user file overrides a built-in alias.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional

from ..time import parse_day_strict

logger = logging.getLogger(__name__)

__all__ = [
    "norm",
    "parse_date",
    "Role",
    "Entry",
    "Country",
    "Sector",
    "RoleWord",
    "Hit",
    "Knowledge",
    "WORD_RE",
    "Match",
]

_APOS = re.compile(r"['’`´]")
_DASH = re.compile(r"[-‐‑‒–—/]")
_SPACE = re.compile(r"\s+")

# Words of running text: abbreviations with dots (U.S., D.P.R.K.), words with
# inner hyphens or apostrophes (Jae-in, People's, Workers').
# (possessive runs: a word's letters are never given back, which they never needed to be, so the
# matches are those of the plain pattern, found with less backtracking)
WORD_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|[^\W_]++(?:[-‐‑][^\W_]++)*+(?:['’][^\W_]+|['’](?=\s))?",
    re.UNICODE,
)


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """Normalised lookup key of a name (see module doc)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOS.sub("", text.casefold())
    text = _DASH.sub(" ", text).replace(".", "").replace(",", " ")
    return _SPACE.sub(" ", text).strip()


def parse_date(value: object, *, end: bool = False) -> Optional[_dt.date]:
    """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-Www`` or ``YYYY-MM-DD`` (or an ISO date-time).

    With ``end=True`` a partial date means its last day (``2019`` -> 2019-12-31).
    Returns None for empty values; raises :class:`tidings.time.DateError` (a
    ValueError) for malformed ones. The policy is :mod:`tidings.time.iso`'s.
    """
    return parse_day_strict(value, end=end)


@dataclass(frozen=True)
class Role:
    """An office held from ``start`` to ``end`` (both days included; None = open)."""

    title: str
    country: Optional[str]
    sector: Optional[str]
    start: Optional[_dt.date] = None
    end: Optional[_dt.date] = None
    organisation: Optional[str] = None
    code: Optional[str] = None  # explicit code (actor dictionaries)

    def active(self, on: _dt.date) -> bool:
        """Is the role held on day ``on``?"""
        if self.start is not None and on < self.start:
            return False
        if self.end is not None and on > self.end:
            return False
        return True


@dataclass
class Entry:
    """A named actor: person, organisation (outlets and IGOs included) or group."""

    name: str
    kind: str  # "person" | "organisation" | "group"
    country: Optional[str] = None  # ISO3, or the CAMEO pseudo-countries IGO / UNO
    sector: Optional[str] = None  # sector outside any dated role
    code: Optional[str] = None  # explicit CAMEO code (else country + sector)
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    died: Optional[_dt.date] = None
    outlet_kind: Optional[str] = None  # for news outlets
    note: str = ""
    source: str = ""  # file:line it came from

    @property
    def key(self) -> str:
        """The index key: kind and normalised name ("person:moon jae in")."""
        return f"{self.kind}:{norm(self.name)}"

    @property
    def is_outlet(self) -> bool:
        """Is the entry a news outlet or agency?"""
        return self.outlet_kind is not None

    def roles_on(self, on: _dt.date) -> list[Role]:
        """The roles held on day ``on`` (none after death)."""
        if self.died is not None and on >= self.died:
            return []
        return [r for r in self.roles if r.active(on)]

    def home_country(self) -> Optional[str]:
        """The entry's own country, else that of a role, ignoring IGO / UNO when a real one is known."""
        if self.country and self.country not in ("IGO", "UNO"):
            return self.country
        for r in self.roles:
            if r.country and r.country not in ("IGO", "UNO"):
                return r.country
        return self.country


@dataclass
class Country:
    """A country: codes, names, demonyms, capital and seat of government."""

    iso3: str
    iso2: Optional[str]
    name: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capital: Optional[str] = None
    seat: Optional[str] = None
    seat_aliases: list[str] = field(default_factory=list)
    context_aliases: list[str] = field(default_factory=list)
    cameo: Optional[str] = None
    region: Optional[str] = None
    source: str = ""
    places: list[str] = field(default_factory=list)  # states, provinces, towns whose names say the country
    start: Optional[_dt.date] = None  # a state that no longer exists: when it began
    end: Optional[_dt.date] = None  # ... and when it ended
    # today's states whose capitals, acting, stood for this one while it existed ("Moscow rejected" in 1975) ...
    successors: list[str] = field(default_factory=list)
    # ... and until when their names and peoples did too ("Russian troops" in 1980, not the Russian republic of 1991)
    names_until: Optional[_dt.date] = None
    # until when its context-only aliases named it ("the North" was North Vietnam's until reunification in 1976)
    context_until: Optional[_dt.date] = None
    # the republics a federation that no longer exists was made of, each as "ISO3" or "ISO3:last day" when it left before
    # the federation ended ("HRV:1992-01-15"): "federal troops" in Croatia in 1991 were Yugoslav
    members: list[str] = field(default_factory=list)

    @property
    def code(self) -> str:
        """The CAMEO country code (the ISO3 code unless CAMEO differs)."""
        return self.cameo or self.iso3


@dataclass(frozen=True)
class Sector:
    """A CAMEO agent sector ("GOV") with its PLOVER name and label."""

    code: str
    plover: Optional[str]
    label: str


def _plural(word: str) -> str:
    """The regular English plural of a role word's last word ("embassy" -> "embassies", "witness" -> "witnesses")."""
    if re.search(r"[^aeiou]y$", word, re.I):
        return word[:-1] + "ies"
    if re.search(r"(?:x|z|ch|sh)$", word, re.I):
        return word + "es"
    return word + "s"


@dataclass(frozen=True)
class RoleWord:
    """A word naming an actor's role or group ("minister", "rebels") and the sector it implies."""

    text: str
    sector: str
    weight: int = 1
    is_role: bool = False  # a title of office ("President")
    secondary: Optional[str] = None
    requires: tuple[str, ...] = ()  # words one of which the text must hold for the word to imply its sector

    def holds_in(self, text: str) -> bool:
        """Does the word imply its sector in ``text``: it requires nothing, or the text names one of the words it
        requires (whole words, any case: bare "deputies" are police in a story that names a sheriff)?"""
        return not self.requires or any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE) for w in self.requires)


@dataclass(frozen=True)
class Hit:
    """One way of reading a matched name.

    ``type`` is one of ``entry`` (``ref`` is an Entry key), ``country``,
    ``demonym``, ``context`` (context-only country alias), ``capital``,
    ``seat`` (seat of government, ``ref`` is ISO3), ``city`` (another large
    city, ``ref`` is ISO3), ``role`` (``ref`` is the
    normalised role word), ``kinship``, ``modifier``.
    """

    type: str
    ref: str
    priority: int = 0
    case: str = "any"  # "any" | "title" | "upper" | "abbr" (capitalised, with its full stop: "Sen.")


_MODIFIERS = {
    "former": "former", "ex": "former", "retired": "former", "late": "former", "outgoing": "former",
    "acting": "acting", "interim": "acting", "deputy": "deputy", "vice": "deputy",
    "senior": "mod", "top": "mod", "chief": "mod", "official": "mod", "state run": "mod", "state owned": "mod",
    "heavily armed": "mod", "armed": "mod", "national": "mod", "ruling": "mod", "main": "mod", "new": "mod",
    "local": "mod", "regional": "mod", "federal": "mod", "central": "mod", "provincial": "mod", "largest": "mod",
    "several": "mod", "some": "mod", "many": "mod", "two": "mod", "three": "mod", "anonymous": "mod", "unnamed": "mod",
    "government": "mod", "military": "mod", "defense": "mod", "defence": "mod", "foreign": "mod", "security": "mod",
    "nuclear": "mod", "trade": "mod", "supreme": "mod", "communist": "mod", "opposition": "mod",
}


_FAMILY_FIRST = {"CHN", "TWN", "KOR", "PRK", "VNM", "MNG", "HKG"}


def _case_rule(alias: str) -> str:
    letters = [c for c in alias if c.isalpha()]
    if not letters:
        return "any"
    if all(c.isupper() for c in letters) and len(letters) <= 5:
        return "upper"
    if alias[0].isupper() or (alias.startswith("the ") and len(alias) > 4 and alias[4].isupper()):
        return "title"
    return "any"


def case_ok(rule: str, surface: str) -> bool:
    """Does ``surface`` satisfy the alias case rule ``rule`` ("any", "title" or "upper")?"""
    if rule == "any":
        return True
    if rule == "abbr":
        return surface[:1].isupper() and surface.endswith(".")
    letters = [c for c in surface if c.isalpha()]
    if rule == "upper":
        return bool(letters) and all(c.isupper() for c in letters)
    words = [w for w in surface.split() if w.lower() != "the"]
    return bool(words) and words[0][:1].isupper()


class Knowledge:
    """Countries, actors, outlets, IGOs, sectors and role words, with an alias index.

    Build it with :func:`tidings.knowledge.load_knowledge`; add files with
    :meth:`add_file` and PETRARCH/TABARI dictionaries with :meth:`add_dictionary`.
    """

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.entries: dict[str, Entry] = {}
        self.sectors: dict[str, Sector] = {}
        self.role_words: dict[str, RoleWord] = {}
        self.kinship: set[str] = set()
        self.agent_verbs: set[str] = set()
        self.place_words: set[str] = set()
        self.files: list[str] = []
        self.versions: dict[str, str] = {}
        self._index: dict[str, list[Hit]] = {}
        self._prefixes: set[str] = set()  # every word prefix of an indexed key, for scanning
        self._priority = 0
        self.max_words = 1
        self._surnames: dict[str, set[str]] = {}
        self._former: dict[str, set[str]] = {}  # a state's ISO3 -> the former states its names stood for
        # a republic's ISO3 -> the former federations it was part of, each with its last day in it (None: to the end)
        self._federations: dict[str, set[tuple[str, Optional[_dt.date]]]] = {}
        self.abbreviations: set[str] = set()  # keys of words written with a full stop in an abbreviated title ("lt", "gov")
        for word, kind in _MODIFIERS.items():
            self._add_key(word, Hit("modifier", kind, -1, "any"))

    def clone(self) -> "Knowledge":
        """An independent copy (cheap: records are shared until changed)."""
        from dataclasses import replace as _replace

        new = Knowledge.__new__(Knowledge)
        new.__dict__.update(self.__dict__)
        new.countries = dict(self.countries)
        new.entries = {k: _replace(e, aliases=list(e.aliases), roles=list(e.roles)) for k, e in self.entries.items()}
        new.sectors = dict(self.sectors)
        new.role_words = dict(self.role_words)
        new.kinship, new.agent_verbs, new.place_words = set(self.kinship), set(self.agent_verbs), set(self.place_words)
        new.files, new.versions = list(self.files), dict(self.versions)
        new._index = {k: list(v) for k, v in self._index.items()}
        new._prefixes = set(self._prefixes)
        new._surnames = {k: set(v) for k, v in self._surnames.items()}
        new._former = {k: set(v) for k, v in self._former.items()}
        new._federations = {k: set(v) for k, v in self._federations.items()}
        new.abbreviations = set(self.abbreviations)
        return new

    # -- building -----------------------------------------------------------------
    def next_priority(self) -> int:
        """A priority above every one given so far (later files win)."""
        self._priority += 1
        return self._priority

    def _add_key(self, alias: str, hit: Hit) -> None:
        key = norm(alias)
        if not key:
            return
        hits = self._index.setdefault(key, [])
        if hit in hits:
            return
        words = key.split(" ")
        for k in range(1, len(words) + 1):
            self._prefixes.add(" ".join(words[:k]))
        hits.append(hit)
        hits.sort(key=lambda h: -h.priority)
        self.max_words = max(self.max_words, key.count(" ") + 1)

    def _alias(self, alias: str, type_: str, ref: str, priority: int, case: Optional[str] = None) -> None:
        alias = alias.strip()
        if not alias:
            return
        rule = case or _case_rule(alias)
        self._add_key(alias, Hit(type_, ref, priority, rule))
        if alias.lower().startswith("the ") and type_ != "context":
            self._add_key(alias[4:], Hit(type_, ref, priority, rule))

    def federation_of(self, iso3: str, on: _dt.date) -> Optional[str]:
        """The federation that no longer exists whose republic ``iso3`` was on the day ``on`` ("YUG" for "HRV" in 1991),
        or None."""
        for key, until in sorted(self._federations.get(iso3, ()), key=lambda f: f[0]):
            c = self.countries[key]
            last = until or c.end
            if last is not None and on <= last and (c.start is None or on >= c.start):
                return c.iso3
        return None

    def former_state(self, iso3: str, on: _dt.date, *, name: bool = False) -> Optional[str]:
        """The state that no longer exists that ``iso3``'s capital, acting, stood for on the day ``on`` ("SUN" for "RUS"
        in 1975), or None; with ``name``, for the state's name or people (which stood for it only until
        ``names_until``: "the Russian parliament" of 1991 is the Russian republic's)."""
        for key in sorted(self._former.get(iso3, ())):
            c = self.countries[key]
            last = min(c.end, c.names_until) if name and c.end is not None and c.names_until is not None else c.end
            if last is not None and on <= last and (c.start is None or on >= c.start):
                return c.iso3
        return None

    def add_country(self, country: Country, priority: Optional[int] = None) -> None:
        """Add (or merge into the country of the same ISO3) a country and index its names."""
        p = self.next_priority() if priority is None else priority
        old = self.countries.get(country.iso3)
        if old is not None:  # merge: later facts win, alias lists grow
            for name in ("aliases", "demonyms", "seat_aliases", "context_aliases", "places", "successors", "members"):
                merged = list(getattr(country, name)) + [a for a in getattr(old, name) if a not in getattr(country, name)]
                setattr(country, name, merged)
            for name in ("iso2", "capital", "seat", "cameo", "region", "start", "end", "names_until", "context_until"):
                if getattr(country, name) is None:
                    setattr(country, name, getattr(old, name))
        self.countries[country.iso3] = country
        for s in country.successors:
            self._former.setdefault(s, set()).add(country.iso3)
        for m in country.members:
            iso3, _, until = m.partition(":")  # a malformed day fails here, when the file loads
            self._federations.setdefault(iso3.strip(), set()).add((country.iso3, parse_date(until.strip(), end=True)))
        for a in [country.name, *country.aliases]:
            self._alias(a, "country", country.iso3, p)
        for a in country.demonyms:
            self._alias(a, "demonym", country.iso3, p)
        for a in country.context_aliases:
            self._alias(a, "context", country.iso3, p)
        for place in (country.capital, country.seat):
            if place:
                self._alias(place, "capital", country.iso3, p)
        for a in country.seat_aliases:
            self._alias(a, "seat", country.iso3, p)
        for a in country.places:  # after a better-known place of the same name ("London")
            self._alias(a, "city", country.iso3, p - 1, case="title")

    def add_entry(self, entry: Entry, priority: Optional[int] = None) -> Entry:
        """Add (or merge into an entry of the same name and kind) a named actor."""
        p = self.next_priority() if priority is None else priority
        old = self.entries.get(entry.key)
        if old is not None:
            for a in entry.aliases:
                if a not in old.aliases:
                    old.aliases.append(a)
            for r in entry.roles:
                if r not in old.roles:
                    old.roles.append(r)
            if entry.country and (old.country is None or old.country in ("IGO", "UNO") or not entry.roles):
                old.country = entry.country
            for name in ("sector", "code", "died", "outlet_kind"):
                if getattr(entry, name) is not None:
                    setattr(old, name, getattr(entry, name))
            old.note = old.note or entry.note
            entry = old
        else:
            self.entries[entry.key] = entry
        for a in [entry.name, *entry.aliases]:
            self._alias(a, "entry", entry.key, p)
        if entry.kind == "person":
            words = entry.name.split()
            if len(words) >= 2:  # family name: first in East Asian names, else last
                family = words[0] if entry.home_country() in _FAMILY_FIRST else words[-1]
                self._surnames.setdefault(norm(family), set()).add(entry.key)
        return entry

    def add_sector(self, sector: Sector) -> None:
        """Add or replace a sector."""
        self.sectors[sector.code] = sector

    def add_role_word(self, word: RoleWord, priority: Optional[int] = None) -> None:
        """Add a role word and index it (with its plural).

        An abbreviated title ("Sen.", "Lt. Gov.") is matched only capitalised, with its full stop and before a
        capitalised word, and has no plural: "sales rep" is no "Rep.", "Hun Sen's" no "Sens".
        """
        p = self.next_priority() if priority is None else priority
        key = norm(word.text)
        self.role_words[key] = word
        if word.text.strip().endswith("."):
            self.abbreviations.update(norm(w) for w in word.text.split() if w.endswith("."))
            self._alias(word.text, "role", key, p, case="abbr")
            return
        self._alias(word.text, "role", key, p, case="any")
        if not key.endswith("s") and " " not in key[-3:]:
            self._alias(_plural(word.text), "role", key, p, case="any")

    def add_kinship(self, words: Iterable[str]) -> None:
        """Add kinship words ("wife", "son") and index them."""
        p = self.next_priority()
        for w in words:
            self.kinship.add(norm(w))
            self._alias(w, "kinship", norm(w), p, case="any")

    # -- lookups ------------------------------------------------------------------
    def hits(self, surface: str) -> list[Hit]:
        """Readings of ``surface`` as a whole name, best first (case rules applied)."""
        key = norm(surface)
        hits = [h for h in self._index.get(key, ()) if case_ok(h.case, surface)]
        if not hits and key.startswith("the "):
            bare = re.sub(r"^(?i:the)\s+", "", surface.strip())
            hits = [h for h in self._index.get(key[4:], ()) if case_ok(h.case, bare)]
        return hits

    def lookup(self, name: str) -> list[Entry]:
        """Entries (people, organisations, outlets) known under ``name``."""
        out = []
        for h in self.hits(name):
            if h.type == "entry" and h.ref in self.entries and self.entries[h.ref] not in out:
                out.append(self.entries[h.ref])
        return out

    def country(self, name_or_code: str) -> Optional[Country]:
        """A country by ISO3, ISO2, CAMEO code, name, alias or demonym."""
        text = name_or_code.strip()
        if text.upper() in self.countries:
            return self.countries[text.upper()]
        for c in self.countries.values():
            if text.upper() in (c.iso2, c.cameo) and text.isupper():
                return c
        for h in self.hits(text):
            if h.type in ("country", "demonym"):
                return self.countries.get(h.ref)
        return None

    def outlet(self, name: str) -> Optional[Entry]:
        """The news outlet or agency known as ``name`` (None if unknown).

        ``entry.outlet_kind`` is ``state_media``, ``agency``,
        ``public_broadcaster`` or ``independent``; ``entry.country`` its ISO3.
        """
        for e in self.lookup(name):
            if e.is_outlet:
                return e
        return None

    def person(self, name: str) -> Optional[Entry]:
        """The person known as ``name`` (None if unknown)."""
        for e in self.lookup(name):
            if e.kind == "person":
                return e
        return None

    def role_word(self, text: str) -> Optional[RoleWord]:
        """The role word ``text`` (or its singular), None if unknown."""
        key = norm(text)
        if key in self.role_words:
            return self.role_words[key]
        if key.endswith("s") and key[:-1] in self.role_words:
            return self.role_words[key[:-1]]
        if key.endswith("ies") and key[:-3] + "y" in self.role_words:
            return self.role_words[key[:-3] + "y"]
        if key.endswith("es") and key[:-2] in self.role_words:
            return self.role_words[key[:-2]]
        return None

    def sector(self, code: Optional[str]) -> Optional[Sector]:
        """The sector with CAMEO code ``code`` (None if unknown or no code)."""
        return self.sectors.get(code) if code else None

    def by_surname(self, word: str) -> list[Entry]:
        """People whose family name is ``word``."""
        return [self.entries[k] for k in sorted(self._surnames.get(norm(word), ())) if k in self.entries]

    def iter_entries(self, kind: Optional[str] = None) -> Iterator[Entry]:
        """The entries, all or those of ``kind`` ("outlet" selects news outlets)."""
        for e in self.entries.values():
            if kind is None or e.kind == kind or (kind == "outlet" and e.is_outlet):
                yield e

    def scan(self, text: str) -> list[Match]:
        """Every known name in ``text``, longest first, left to right (no overlaps)."""
        return _scan(self, text)

    def country_in(self, text: str, max_words: int = 5) -> Optional[str]:
        """ISO3 of the longest country name, alias or demonym in ``text`` ("South Korean media" -> KOR).

        Codes are not read as names ("can" is no Canada); words of two letters or fewer are skipped.
        """
        words = re.findall(r"[\w.'\-]+", text.replace("\u2019", "'"))
        words = [w[:-2] if w.lower().endswith("'s") else w for w in words]
        for n in range(min(max_words, len(words)), 0, -1):
            for k in range(len(words) - n + 1):
                gram = " ".join(words[k : k + n])
                for cand in dict.fromkeys((gram, gram.rstrip("."))):
                    if len(cand) <= 2:
                        continue
                    for h in self._index.get(norm(cand), ()):
                        if h.type in ("country", "demonym") and h.ref in self.countries:
                            return h.ref
        return None

    def find_outlet(self, text: str) -> Optional[dict[str, Any]]:
        """The first news outlet named in ``text`` as a plain dict, or None.

        Keys: ``name``, ``kind`` (``state_media``, ``agency`` or ``media``),
        ``outlet_kind`` (the file's kind), ``state`` (bool), ``country`` (ISO3),
        ``code`` (CAMEO, country + MED).
        """
        for m in _scan(self, text):
            for h in m.hits:
                if h.type == "entry":
                    e = self.entries.get(h.ref)
                    if e is not None and e.is_outlet:
                        kind = {"state_media": "state_media", "agency": "agency"}.get(e.outlet_kind or "", "media")
                        c = self.countries.get(e.country or "")
                        return {
                            "name": e.name,
                            "kind": kind,
                            "outlet_kind": e.outlet_kind,
                            "state": e.outlet_kind == "state_media",
                            "country": e.country,
                            "code": f"{c.code if c else e.country}MED" if e.country else "MED",
                            "text": m.text,
                            "start": m.start,
                            "end": m.end,
                        }
        return None

    def stats(self) -> dict[str, int]:
        """Counts of countries, entries, people, roles, outlets, IGOs, role words and aliases."""
        people = sum(1 for e in self.entries.values() if e.kind == "person")
        outlets = sum(1 for e in self.entries.values() if e.is_outlet)
        igos = sum(1 for e in self.entries.values() if e.country in ("IGO", "UNO") and e.kind == "organisation")
        return {
            "countries": len(self.countries),
            "entries": len(self.entries),
            "people": people,
            "roles": sum(len(e.roles) for e in self.entries.values()),
            "outlets": outlets,
            "igos": igos,
            "role_words": len(self.role_words),
            "aliases": len(self._index),
        }


@dataclass(frozen=True)
class Match:
    """A name found in running text by :meth:`Knowledge.scan`."""

    start: int
    end: int
    text: str
    hits: tuple[Hit, ...]


_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_ENDS = frozenset("'’s")
_ABBR_NEXT = re.compile(r"\.[ \t]+[A-Z]")


def _bare_the_name(kb: "Knowledge", text: str, words: list[tuple[int, int, str]], i: int, found: Match) -> Optional[Match]:
    """A one-word match without the "The" of the entry's name ("Economist", "Hill") next to another capitalised word is
    part of a title or a name ("Economist Amartya Sen", "Dan Hill"): it keeps only its other readings (None without)."""
    if found.text[:1].islower():
        return found

    def the_name(h: Hit) -> bool:
        e = kb.entries.get(h.ref) if h.type == "entry" else None
        return e is not None and e.name.lower().startswith("the ")

    if not any(the_name(h) for h in found.hits):
        return found
    # an article opening the sentence is no part of a name ("A Pentagon spokesman said")
    before = i > 0 and text[words[i - 1][1]:words[i][0]] == " " and words[i - 1][2][:1].isupper() \
        and words[i - 1][2].lower() not in {"the", "a", "an"}
    after = i + 1 < len(words) and text[words[i][1]:words[i + 1][0]] == " " and words[i + 1][2][:1].isupper()
    if not (before or after):
        return found
    rest = tuple(h for h in found.hits if not the_name(h))
    return replace(found, hits=rest) if rest else None


def _initial(word: str) -> bool:
    """Is ``word`` a person's initial ("W" of "George W. Bush", "F" of "F. W. de Klerk")?"""
    return len(word) == 1 and word.isupper()


def _scan(kb: "Knowledge", text: str, max_words: int = 8) -> list[Match]:
    words = [(*m.span(), m.group()) for m in WORD_RE.finditer(text)]
    forms = [norm(w) for _, _, w in words]
    # only a word ending in an apostrophe or "s" can be a possessive (a word holds no line break for "$" to stop before)
    stems = [norm(_POSSESSIVE.sub("", w)) if w[-1] in _POSSESSIVE_ENDS and _POSSESSIVE.search(w) else None for _, _, w in words]
    best: dict[int, Match] = {}
    reach: dict[int, int] = {}
    n = len(words)
    limit = min(max_words, kb.max_words)
    prefixes, index = kb._prefixes, kb._index
    for i in range(n):
        if forms[i] not in prefixes:
            stem = stems[i]
            if stem is None or stem not in prefixes:
                continue
        cands: list[tuple[int, str, Optional[str]]] = []
        prefix = ""
        last = i
        while last < n and last - i < limit:
            if last > i and (gap := text[words[last - 1][1]:words[last][0]].strip()) and not (
                    gap == "." and (forms[last - 1] in kb.abbreviations or _initial(words[last - 1][2]))):
                break  # "Sen. Jane Doe" and "George W. Bush" go on across their full stops
            full = f"{prefix} {forms[last]}" if prefix else forms[last]
            if prefix and full not in prefixes and _initial(words[last][2]) and last + 1 < n and \
                    text[words[last][1]:words[last + 1][0]].strip() == "." and f"{prefix} {forms[last + 1]}" in prefixes \
                    and not any(f"{prefix} {c} {forms[last + 1]}" in prefixes for c in "abcdefghijklmnopqrstuvwxyz"):
                # "Donald H. Rumsfeld", "Robert S. McNamara": a middle initial the name is known without (not a name
                # the knowledge knows with another initial: "James W. Baker" is not James A. Baker)
                last += 1
                continue
            stem = stems[last]
            stem_key = (f"{prefix} {stem}" if prefix else stem) if stem else None
            cands.append((last, full, stem_key))
            if full not in prefixes:
                break
            prefix = full
            last += 1
        for last, full, stem_key in reversed(cands):
            found = None
            for key, cut in ((full, 0), (stem_key, 1)):
                if key is None or key not in index:
                    continue
                start, end = words[i][0], words[last][1]
                surface = text[start:end]
                if cut:
                    surface = _POSSESSIVE.sub("", surface)
                ok = tuple(h for h in index[key] if h.case != "abbr" and case_ok(h.case, surface))
                # an abbreviated title takes its full stop and needs a capitalised word after it ("Sen. Jane Doe")
                if not cut and _ABBR_NEXT.match(text, end):
                    dotted = tuple(h for h in index[key] if h.case == "abbr" and case_ok(h.case, surface + "."))
                    if dotted:
                        surface += "."
                        ok = dotted + ok
                if ok:
                    found = Match(start, start + len(surface), surface, ok)
                    break
            if found and last == i and not cut:
                found = _bare_the_name(kb, text, words, i, found)
            if found:
                best[i] = found
                reach[i] = max(words[last][1], found.end)  # a possessive the match dropped still counts as its extent
                break
    # left to right without overlaps; a match gives way to one starting inside
    # it that reaches further ("the North Korean": "North Korean", not "the North")
    out: list[Match] = []
    starts = [words[k][0] for k in range(n)]
    k = 0
    while k < n:
        m = best.get(k)
        if m is None:
            k += 1
            continue
        inner = []
        q = k + 1
        while q < n and starts[q] < m.end:
            if q in best:
                inner.append(best[q])
            q += 1
        if any(x.end > reach[k] for x in inner):
            k += 1
            continue
        out.append(m)
        while k < n and starts[k] < m.end:
            k += 1
    # parts of hyphenated words nothing else covers ("China-based", "Trump-Kim")
    for (a, _b, w) in words:
        if "-" not in w or any(m.start <= a < m.end for m in out):
            continue
        for part in re.finditer(r"[^\W_]+", w):
            hits = kb._index.get(norm(part.group()))
            ok = tuple(h for h in hits or () if case_ok(h.case, part.group()) and h.type != "modifier")
            if ok:
                out.append(Match(a + part.start(), a + part.end(), part.group(), ok))
    out.sort(key=lambda m: m.start)
    return out
