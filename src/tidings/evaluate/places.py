"""`places`: toponym recognition and resolution on LGL, TR-News and GeoVirus.

Data: ``geoparsing-dev/Corpora/{lgl.xml, TR-News.xml, GeoVirus.xml}``, read
at run time. Gold toponyms carry character offsets into the article text and
a GeoNames id with coordinates (LGL, TR-News) or coordinates only (GeoVirus).

Figures (micro-averaged over the corpora, and per corpus with a prefix):

- ``precision``, ``recall``, ``f1``: toponym recognition; a predicted span
  matches a gold span when they overlap (one to one, in text order);
- ``acc_161km``: of the recognised gold toponyms that have coordinates, the
  share resolved within 161 km (100 miles) of the gold point; a toponym the
  gazetteer cannot place counts as wrong;
- ``median_error_km``: median distance over the same toponyms (unplaced ones
  count as 20,000 km);
- ``country_acc``: share of recognised gold toponyms with a gold country
  (LGL and TR-News) resolved to that country.

``limit`` is the number of articles taken from the start of each corpus.
Demonyms ("Turkish") count as toponyms where the corpus annotates them (LGL,
TR-News) and not elsewhere (GeoVirus).
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Sequence

from .._errors import EvalDataError
from . import EvalResult, task

# (name, file, whether the corpus annotates demonyms such as "Turkish" as toponyms)
CORPORA = (("lgl", "lgl.xml", True), ("trnews", "TR-News.xml", True), ("geovirus", "GeoVirus.xml", False))
UNPLACED_KM = 20_000.0
HIT_KM = 161.0


def load_nlp() -> Any:
    """The spaCy pipeline the evaluation parses with (the model named in the options)."""
    import spacy

    from .._options import Options

    return spacy.load(Options().model)


def _gold_articles(path: Path, limit: Optional[int]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvalDataError(f"cannot read geoparsing corpus: {exc}", path=str(path)) from None
    for n, art in enumerate(root.iter("article")):
        if limit is not None and n >= limit:
            break
        text = art.findtext("text") or ""
        gold: list[dict[str, Any]] = []
        for top in list(art.iter("toponym")) + list(art.iter("location")):
            start, end = top.findtext("start"), top.findtext("end")
            if start is None or end is None:
                continue
            item: dict[str, Any] = {"start": int(start), "end": int(end), "text": text[int(start):int(end)]}
            tag = top.find("gaztag")
            src = tag if tag is not None else top
            lat, lon = src.findtext("lat"), src.findtext("lon")
            if lat and lon:
                item["lat"], item["lon"] = float(lat), float(lon)
            country = tag.find("country") if tag is not None else None
            gid = country.get("geonameid") if country is not None else None
            if gid:
                item["country_gid"] = int(gid)
            gold.append(item)
        gold.sort(key=lambda g: g["start"])
        yield text, gold


def _match(pred: Sequence[Mapping[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Mapping[str, Any]]]:
    pairs: list[tuple[dict[str, Any], Mapping[str, Any]]] = []
    used: set[int] = set()
    for g in gold:
        for k, p in enumerate(pred):
            if k not in used and p["start"] < g["end"] and g["start"] < p["end"]:
                used.add(k)
                pairs.append((g, p))
                break
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@task("places", data="geoparsing-dev", help="toponym recognition (P/R/F1) and resolution (acc@161km, median km, country) on LGL, TR-News, GeoVirus")
def evaluate_places(
    path: Path, *, limit: Optional[int] = None, corpora: Optional[list[str]] = None, demonyms: Optional[bool] = None
) -> EvalResult:
    """``demonyms``: None follows each corpus's annotation guideline (LGL and
    TR-News mark demonyms as toponyms, GeoVirus does not); True or False forces it."""
    from ..code.places import find_toponyms, get_gazetteer, haversine_km

    folder = path / "Corpora" if (path / "Corpora").is_dir() else path
    gaz = get_gazetteer()
    iso3_of_gid = {p.geonameid: iso for iso, p in gaz.countries.items()}
    nlp = load_nlp()
    figures: dict[str, float] = {}
    counts: dict[str, int] = {}
    errors: list[dict[str, Any]] = []
    totals = {"tp": 0, "pred": 0, "gold": 0, "hits": 0, "placed_gold": 0, "country_ok": 0, "country_gold": 0}
    all_dists: list[float] = []
    miss: dict[str, int] = {}  # resolution misses: unplaced | wrong_country | far (right or unknown country)
    found = 0
    for name, filename, corpus_demonyms in CORPORA:
        if corpora and name not in corpora:
            continue
        file = folder / filename
        if not file.is_file():
            continue
        found += 1
        c = dict.fromkeys(totals, 0)
        dists: list[float] = []
        articles = list(_gold_articles(file, limit))
        for doc, (_, gold) in zip(nlp.pipe((t for t, _ in articles), batch_size=16), articles):
            pred = find_toponyms(doc, gazetteer=gaz, demonyms=corpus_demonyms if demonyms is None else demonyms)
            pairs = _match(pred, gold)
            c["tp"] += len(pairs)
            c["pred"] += len(pred)
            c["gold"] += len(gold)
            for g, p in pairs:
                loc = p["location"]
                if "lat" in g:
                    c["placed_gold"] += 1
                    if loc and loc.get("lat") is not None:
                        d = haversine_km((g["lat"], g["lon"]), (loc["lat"], loc["lon"]))
                    else:
                        d = UNPLACED_KM
                    dists.append(d)
                    if d <= HIT_KM:
                        c["hits"] += 1
                    else:
                        gold_iso3 = iso3_of_gid.get(g.get("country_gid"))
                        kind = ("unplaced" if d == UNPLACED_KM else
                                "wrong_country" if gold_iso3 and loc.get("country") != gold_iso3 else "far")
                        miss[kind] = miss.get(kind, 0) + 1
                    if d > HIT_KM and len(errors) < 400:
                        errors.append({"corpus": name, "text": g["text"], "predicted": p["text"], "resolved": loc and loc.get("name"),
                                       "country": loc and loc.get("country"), "km": round(d)})
                if "country_gid" in g and g["country_gid"] in iso3_of_gid:
                    c["country_gold"] += 1
                    if loc and loc.get("country") == iso3_of_gid[g["country_gid"]]:
                        c["country_ok"] += 1
        precision, recall, f1 = _prf(c["tp"], c["pred"], c["gold"])
        figures.update({f"{name}_precision": precision, f"{name}_recall": recall, f"{name}_f1": f1})
        figures[f"{name}_acc_161km"] = c["hits"] / c["placed_gold"] if c["placed_gold"] else 0.0
        figures[f"{name}_median_error_km"] = statistics.median(dists) if dists else 0.0
        if c["country_gold"]:
            figures[f"{name}_country_acc"] = c["country_ok"] / c["country_gold"]
        counts.update({f"{name}_articles": len(articles), f"{name}_gold": c["gold"], f"{name}_predicted": c["pred"]})
        for key in totals:
            totals[key] += c[key]
        all_dists += dists
    if not found:
        raise EvalDataError("no geoparsing corpus (lgl.xml, TR-News.xml, GeoVirus.xml) found", path=str(folder))
    precision, recall, f1 = _prf(totals["tp"], totals["pred"], totals["gold"])
    overall = {
        "precision": precision, "recall": recall, "f1": f1,
        "acc_161km": totals["hits"] / totals["placed_gold"] if totals["placed_gold"] else 0.0,
        "median_error_km": statistics.median(all_dists) if all_dists else 0.0,
        "country_acc": totals["country_ok"] / totals["country_gold"] if totals["country_gold"] else 0.0,
    }
    counts.update({"gold": totals["gold"], "predicted": totals["pred"], "matched": totals["tp"], "resolved_scored": totals["placed_gold"]})
    counts.update({f"miss_{k}": v for k, v in sorted(miss.items())})
    return EvalResult(
        task="places", figures={**overall, **figures}, counts=counts, data=str(folder),
        notes=[f"limit={limit} articles per corpus", "demonyms=" + ("per corpus guideline" if demonyms is None else str(demonyms))], errors=errors,
    )
