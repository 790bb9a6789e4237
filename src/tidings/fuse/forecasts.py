"""Forecasts: forward-looking mentions as checkable propositions, resolved and scored.

A mention coded ``forecast`` or ``hypothetical`` never fuses into a real
event. It becomes a forecast record (an event with status ``forecast`` and a
``forecast`` object) whose proposition is the event pattern it states: type
family, actors and place, due by a deadline (:func:`deadline_for`; the rule
is in :mod:`.deadlines`): an explicit future date, else "in the next N
weeks" in the sentence, else published + ``DEFAULT_HORIZON`` (one year).

:func:`resolve` marks a forecast ``came_true`` (``resolved_by`` = the event)
when a real, not denied event of the same family with compatible actors and
place starts between the forecast's publication and its deadline; once the
reference date (``as_of``, by default the latest published date known) is
past the deadline with no match, ``did_not_happen``; else ``open``.

:func:`forecast_scores` gives Brier scores (mean of (p - outcome)^2, lower is
better) per outlet and per author over resolved forecasts that carry a
probability.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date
from typing import Any, Collection, Iterable, Mapping, Optional

from .deadlines import DEFAULT_HORIZON
from .families import Families, load_families
from .similarity import Actor, Rec, actor_similarity, deadline_for, parse_date, prepare
from .sources import attribution

__all__ = ["deadline_for", "forecast_object", "resolve", "forecast_scores", "DEFAULT_HORIZON"]

def forecast_object(rec: Rec, documents: Optional[Mapping[str, Mapping[str, Any]]] = None) -> dict[str, Any]:
    """The ``forecast`` object of a forecast record (resolution ``open`` until :func:`resolve`)."""
    m = rec.mention
    doc = (documents or {}).get(rec.document) or {}
    deadline, basis = deadline_for(rec)
    prob = (m.get("modality") or {}).get("probability")
    return {
        "probability": float(prob) if prob is not None else None,
        "deadline": deadline.isoformat() if deadline else None,
        "deadline_basis": basis,
        # the outlet, else the original outlet of a re-post, else the author of an article without outlet
        "forecaster": (m.get("outlet") or doc.get("outlet") or m.get("original_outlet") or doc.get("original_outlet")
                       or m.get("author") or doc.get("author")),
        "attributed_to": attribution(m, documents),  # "Bloomberg, citing analysts": whose forecast the outlet reports
        "author": m.get("author") or doc.get("author"),
        "published": rec.published.isoformat() if rec.published else None,
        "text": m.get("sentence"),
        "proposition": {
            "family": rec.family.name,
            "source": (rec.raw.get("source") or {}).get("name") or (rec.raw.get("source") or {}).get("code"),
            "target": (rec.raw.get("target") or {}).get("name") or (rec.raw.get("target") or {}).get("code"),
            "place": (rec.raw.get("location") or {}).get("name"),
        },
        "resolution": "open",
        "resolved_by": None,
    }


def _compatible(f: Rec, e: Rec) -> bool:
    if f.family.name != e.family.name:
        return False
    pairs = [(f.source, e.source), (f.target, e.target)]
    if f.family.symmetric:
        crossed = [(f.source, e.target), (f.target, e.source)]

        def fit(ps: list[tuple[Optional[Actor], Optional[Actor]]]) -> float:
            vals = [v for v in (actor_similarity(a, b) for a, b in ps) if v is not None]
            return sum(vals) / len(vals) if vals else 0.0
        if fit(crossed) > fit(pairs):
            pairs = crossed
    known = [v for v in (actor_similarity(a, b) for a, b in pairs) if v is not None]
    if not known or min(known) < 0.7:
        return False
    if f.place_country and e.place_country and f.place_country != e.place_country:
        return False
    return True


def _index_keys(rec: Rec) -> list[str]:
    """Family plus the country of each actor (its name when it has no country)."""
    keys = []
    for a in (rec.source, rec.target):
        if a is not None:
            keys.append(f"{rec.family.name}|{a.country or a.name}")
    return keys or [rec.family.name + "|-"]


def resolve(
    events: list[dict[str, Any]], *, as_of: Optional[str | date] = None, families: Optional[Families] = None, gone: Collection[str] = ()
) -> list[str]:
    """Resolve the forecast events in ``events`` against its real events, in place; returns changed ids.

    Without ``as_of`` the reference date is the latest published date among
    ``events``; an incremental run may see less than all of them, so a
    forecast already past its deadline (``did_not_happen``) stays so unless
    an event now resolves it. A forecast resolved by an event that is not in
    ``events`` keeps its resolution, unless that event is in ``gone`` (it no
    longer exists, e.g. its mentions were fused again under another id).
    """
    families = families or load_families()
    forecasts = [e for e in events if e.get("forecast")]
    if not forecasts:
        return []
    # real events indexed by (family, actor identity), each list sorted by start date
    index: dict[str, list[tuple[date, int]]] = defaultdict(list)
    reals: list[Rec] = []
    latest: Optional[date] = None
    for e in events:
        for m in e.get("mentions") or []:
            p = parse_date(m.get("published"))
            if p and (latest is None or p > latest):
                latest = p
        if e.get("forecast") or e.get("status") in ("denied", "forecast", "hypothetical"):
            continue
        rec = prepare(e, families)
        if rec.start is None:
            continue
        reals.append(rec)
        for key in _index_keys(rec):
            index[key].append((rec.start, len(reals) - 1))
    for lst in index.values():
        lst.sort()
    ref = parse_date(as_of) if as_of else latest
    known = {e.get("id") for e in events}
    changed = []
    for e in forecasts:
        fc = e["forecast"]
        frec = prepare({**e, "status": "reported"}, families)  # the proposition, compared as a real event
        published = parse_date(fc.get("published")) or frec.published
        deadline = parse_date(fc.get("deadline"))
        lo = published or date.min  # a forecast is about what happens after it was made
        hi = deadline or date.max
        seen: set[int] = set()
        for key in _index_keys(frec):
            lst = index.get(key, [])
            for _, i in lst[bisect_left(lst, (lo, -1)) : bisect_right(lst, (hi, len(reals)))]:
                seen.add(i)
        hits = [reals[i] for i in sorted(seen) if _compatible(frec, reals[i])]
        before = (fc.get("resolution"), fc.get("resolved_by"))
        if before[0] == "came_true" and before[1] and before[1] not in known and before[1] not in gone:
            continue  # resolved by an event not loaded in this (incremental) run: keep it
        if hits:
            first = min(hits, key=lambda r: (r.start, r.id))
            fc["resolution"], fc["resolved_by"] = "came_true", first.id
        elif deadline is not None and ref is not None and ref > deadline:
            fc["resolution"], fc["resolved_by"] = "did_not_happen", None
        elif before[0] == "did_not_happen" and as_of is None:
            pass  # an earlier run saw a later date than this one does
        else:
            fc["resolution"], fc["resolved_by"] = "open", None
        if (fc["resolution"], fc["resolved_by"]) != before:
            changed.append(e["id"])
    return changed


def forecast_scores(events: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Brier scores per outlet and per author: ``{"outlets": {...}, "authors": {...}, "overall": {...}}``.

    Each entry is ``{"n", "brier", "came_true", "did_not_happen"}``; forecasts
    still open or without a probability are not scored (counted in ``unscored``).
    """
    groups: dict[str, dict[str, list[float]]] = {"outlets": defaultdict(list), "authors": defaultdict(list)}
    outcomes: dict[str, dict[str, list[int]]] = {"outlets": defaultdict(list), "authors": defaultdict(list)}
    overall: list[float] = []
    overall_out: list[int] = []
    unscored = 0
    for e in events:
        fc = e.get("forecast")
        if not fc:
            continue
        if fc.get("resolution") not in ("came_true", "did_not_happen") or fc.get("probability") is None:
            unscored += 1
            continue
        outcome = 1 if fc["resolution"] == "came_true" else 0
        err = (float(fc["probability"]) - outcome) ** 2
        overall.append(err)
        overall_out.append(outcome)
        for group, who in (("outlets", fc.get("forecaster")), ("authors", fc.get("author"))):
            if who:
                groups[group][who].append(err)
                outcomes[group][who].append(outcome)

    def entry(errs: list[float], outs: list[int]) -> dict[str, Any]:
        return {"n": len(errs), "brier": sum(errs) / len(errs) if errs else None, "came_true": sum(outs), "did_not_happen": len(outs) - sum(outs)}

    return {
        "outlets": {k: entry(v, outcomes["outlets"][k]) for k, v in sorted(groups["outlets"].items())},
        "authors": {k: entry(v, outcomes["authors"][k]) for k, v in sorted(groups["authors"].items())},
        "overall": entry(overall, overall_out),
        "unscored": unscored,
    }
