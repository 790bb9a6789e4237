"""Blocking: which mentions are worth comparing at all.

Every record gets a few keys made of its type family, one identity (an
actor's name, code or country, or the country of its place) and a date
bucket; a day-dated record is also filed under its family and bucket alone,
where a record with no identity at all looks for candidates. Only records that share a key are
compared, so the cost of fusion grows with the number of records times the
(small) number of records per key, not with all pairs.

Date buckets are ``bucket_days`` wide (twice the fusion window); a record
gets every bucket its date window (widened by the fusion window) touches.
Records with a coarse date (a window longer than ``COARSE_DAYS``, "in 2018")
would touch too many buckets; they go to a yearly key instead, which day-dated
records only *look up* (so the yearly lists hold coarse records only and
stay short). Forecasts block per forecaster (:func:`forecaster_key`), with no
date bucket: one forecaster's restatements of a forecast, in one article or
several, are compared (and fuse unless their deadlines differ); two
forecasters' forecasts of the same thing never are.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable

from .similarity import Rec, _actor, norm_name
from .sources import innermost_source

__all__ = ["Keys", "keys_for", "forecaster_key", "bucket_days", "stale", "COARSE_DAYS"]

COARSE_DAYS = 45


class Keys:
    """The keys a record is filed under (``insert``) and looked up by (``lookup``)."""

    __slots__ = ("insert", "lookup")

    def __init__(self, insert: list[str], lookup: list[str]) -> None:
        self.insert = insert
        self.lookup = lookup


def _actor_ids(rec: Rec) -> list[str]:
    ids: list[str] = []
    for actor in (rec.source, rec.target):
        if actor is not None:
            ids.extend(actor.keys)
    ids.extend("x:" + k for k in rec.extra_keys)
    # "Houthi fighters, not Iranian forces, seized ...": also compared with what the set-aside actor did
    for value in (rec.mention.get("contrasted") or {}).values():
        other = _actor(value)
        if other is not None:
            ids.extend(other.keys)
    if rec.place_country:
        ids.append("k:" + rec.place_country)  # "arrived in Beijing": the place's country, as an actor's would be
    return sorted(set(ids)) or ["-"]


def bucket_days(window: int) -> int:
    """How many days one date bucket spans under fusion window ``window``."""
    return max(2 * window, 1)


def stale(key: str, cut: date, *, window: int = 3) -> bool:
    """Does no record *timely* against ``cut`` file itself under ``key`` or look it up?

    A record is timely when its date window, widened by the fusion window,
    starts on or after ``cut`` (see :mod:`.clustering`): its buckets are
    those from ``cut``'s on, its years those from ``cut``'s on, and it has a
    date. Forecast keys have no date: they never go stale.
    """
    if key.startswith("forecast|"):
        return False
    tail = key.rsplit("|", 1)[-1]
    if tail == "undated":
        return cut > date.min
    if tail[:1] in ("Y", "A") and tail[1:].isdigit():
        return int(tail[1:]) < cut.year
    if tail.lstrip("-").isdigit():
        return int(tail) < cut.toordinal() // bucket_days(window)
    return False


def _buckets(start: date, end: date, window: int, size: int) -> Iterable[int]:
    lo = (start - timedelta(days=window)).toordinal() // size
    hi = (end + timedelta(days=window)).toordinal() // size
    return range(lo, hi + 1)


def forecaster_key(rec: Rec) -> str:
    """Who makes a forecast, as :func:`.forecasts.forecast_object` names it: the named source cited, else the author, else the outlet.

    A mention naming none of them is its document's own forecast (the document id).
    """
    m = rec.mention
    cited = innermost_source(m)
    who = (cited or {}).get("name") or m.get("author") or m.get("outlet") or m.get("original_outlet")
    return norm_name(who) or "doc:" + rec.document


def keys_for(rec: Rec, *, window: int = 3) -> Keys:
    """The blocking keys of a record: type family, each actor identity and the date buckets its window touches."""
    family = rec.family.name if rec.cameo else ("l:" + rec.lemma if rec.lemma else "none")
    if rec.forecast:  # few per forecaster: no date bucket, so restatements published days apart still meet
        keys = [f"forecast|{forecaster_key(rec)}|{family}|{a}" for a in _actor_ids(rec)]
        return Keys(keys, keys)
    actors = _actor_ids(rec)
    if rec.start is None or rec.end is None:
        keys = [f"{family}|{a}|undated" for a in actors]
        return Keys(keys, keys)
    size = bucket_days(window)
    years = range(rec.start.year, rec.end.year + 1)
    if (rec.end - rec.start).days > COARSE_DAYS:
        coarse = [f"{family}|{a}|Y{y}" for a in actors for y in years]
        everyone = [f"{family}|{a}|A{y}" for a in actors for y in years]
        return Keys(insert=coarse + everyone, lookup=everyone)
    buckets = list(_buckets(rec.start, rec.end, window, size))
    fine = [f"{family}|{a}|{b}" for a in actors for b in buckets]
    # every day-dated record is also filed under its family and buckets alone; a record naming no actor
    # and no place ("the trip was his first abroad") looks there, among the most recently active clusters
    anyone = [f"{family}|*|{b}" for b in buckets]
    return Keys(
        insert=fine + anyone + [f"{family}|{a}|A{y}" for a in actors for y in years],
        lookup=fine + (anyone if actors == ["-"] else []) + [f"{family}|{a}|Y{y}" for a in actors for y in years],
    )
