"""Salience: how much an event, or a story, deserves to be read first.

An event's score is a weighted sum of five parts, each from the record alone:

============  ===========================================  ======
part          value                                        weight
============  ===========================================  ======
sources       ``log2(1 + independent_sources)``            1.0
documents     ``log2(1 + documents)``                      0.5
in_title      1 when a mention is a document's title       1.0
goldstein     ``|Goldstein scale| / 10`` (0..1)            0.5
recency       ``0.5 ** (age in days / 30)``                0.5
============  ===========================================  ======

The age is counted back from a reference day: the latest date among the
events scored together (so a corpus about 2018 is not all "old" today),
or the ``reference`` given. Forecasts and hypothetical events count half
(they have not happened), and so do sub-events (their parent carries them).

A story's score is its most salient event's score plus a quarter of each
of the next four, so a story with several well-sourced events ranks above
a story made of one.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, Optional

from .._types import Event
from ..store.records import SALIENCE_WEIGHTS, salience_columns
from ..time import parse_day


@functools.lru_cache(maxsize=65536)
def _cached_day(value: str, end: bool) -> Optional[date]:
    return parse_day(value, end=end)


def day(value: object, *, end: bool = False) -> Optional[date]:
    """:func:`tidings.time.parse_day`, remembered for the strings figures and pages read again and again."""
    return _cached_day(value, end) if isinstance(value, str) else parse_day(value, end=end)


WEIGHTS: dict[str, float] = SALIENCE_WEIGHTS
HALF_LIFE_DAYS = 30.0
UNREAL = ("forecast", "hypothetical")


def event_day(event: Event) -> Optional[date]:
    """The event's own first day, else the day it was first reported (first status or mention), else None."""
    own = day((event.get("date") or {}).get("start"))
    return own if own is not None else reported_day(event)


def reported_day(event: Event) -> Optional[date]:
    """The first day the event was reported: its first status change, else its first mention's publication."""
    days = [d for h in event.get("status_history") or [] if (d := day(h.get("as_of"))) is not None]
    if not days:
        days = [d for m in event.get("mentions") or [] if (d := day(m.get("published"))) is not None]
    return min(days) if days else None


def _latest(events: Iterable[Event]) -> Optional[date]:
    days = [d for e in events if (d := _last_day(e)) is not None]
    return max(days) if days else None


def _last_day(event: Event) -> Optional[date]:
    days = [day(h.get("as_of")) for h in event.get("status_history") or []]
    if (event.get("status") or "") not in UNREAL:
        days.append(day((event.get("date") or {}).get("end"), end=True))
    known = [d for d in days if d is not None]
    return max(known) if known else event_day(event)


def salience_parts(event: Event, reference: Optional[date] = None) -> dict[str, float]:
    """The five weighted parts of an event's score (see the module text), before the forecast/sub-event factor."""
    goldstein = (event.get("type") or {}).get("goldstein")
    in_title = any(m.get("in_title") for m in event.get("mentions") or [])
    last = _last_day(event)
    recency = 0.0
    if reference is not None and last is not None:
        age = max(0, (reference - last).days)
        recency = 0.5 ** (age / HALF_LIFE_DAYS)
    raw = {
        "sources": math.log2(1 + max(0, int(event.get("independent_sources") or 0))),
        "documents": math.log2(1 + max(0, int(event.get("documents") or 0))),
        "in_title": 1.0 if in_title else 0.0,
        "goldstein": min(1.0, abs(float(goldstein)) / 10.0) if isinstance(goldstein, (int, float)) else 0.0,
        "recency": recency,
    }
    return {k: WEIGHTS[k] * v for k, v in raw.items()}


def recency(last: Optional[date], reference: Optional[date]) -> float:
    """The unweighted recency part: ``0.5 ** (age in days / 30)``, 0 when either day is unknown."""
    if reference is None or last is None:
        return 0.0
    return float(0.5 ** (max(0, (reference - last).days) / HALF_LIFE_DAYS))


def score_from_columns(base: float, last: Optional[str], factor: float, reference: Optional[date] = None) -> float:
    """An event's salience from the store's columns (:func:`tidings.store.records.salience_columns`)."""
    return round((base + WEIGHTS["recency"] * recency(day(last), reference)) * factor, 4)


def event_salience(event: Event, reference: Optional[date] = None) -> float:
    """An event's salience (module text); ``reference`` is the day recency is counted from (None: no recency part).

    Computed exactly as from the columns the store keeps (:func:`score_from_columns`), so a ranking
    from the store equals one from the records.
    """
    c = salience_columns(event)
    return score_from_columns(float(c["salience_base"]), c["salience_last"], float(c["salience_factor"]), reference)


def scores(events: Sequence[Event], reference: Optional[date] = None) -> dict[str, float]:
    """Salience of each event by id, recency counted from ``reference`` or else from the latest date among ``events``."""
    ref = reference if reference is not None else _latest(events)
    return {e.get("id") or str(i): event_salience(e, ref) for i, e in enumerate(events)}


def by_salience(events: Iterable[Event], reference: Optional[date] = None, *, known: Optional[Mapping[str, float]] = None) -> list[Event]:
    """The events, most salient first; ties by earlier date, then id (a stable, total order). ``known``: scores already computed."""
    events = list(events)
    s = known if known is not None else scores(events, reference)

    def key(item: tuple[int, Event]) -> tuple[float, str, str]:
        i, e = item
        day = event_day(e)
        return (-s[e.get("id") or str(i)], day.isoformat() if day else "9999", e.get("id") or "")

    return [e for _, e in sorted(enumerate(events), key=key)]


def story_salience(event_scores: Iterable[float]) -> float:
    """A story's salience from its events' scores: the best plus a quarter of each of the next four."""
    top = sorted(event_scores, reverse=True)[:5]
    if not top:
        return 0.0
    return round(top[0] + 0.25 * sum(top[1:]), 4)


def rank_stories(stories: Iterable[Mapping[str, Any]], events: Iterable[Event], reference: Optional[date] = None) -> list[dict[str, Any]]:
    """The stories, most salient first, each a copy with ``salience`` set from its events (``event["story"]``)."""
    events = list(events)
    s = scores(events, reference)
    per_story: dict[str, list[float]] = {}
    for i, e in enumerate(events):
        sid = e.get("story")
        if sid:
            per_story.setdefault(sid, []).append(s[e.get("id") or str(i)])
    out = [{**st, "salience": story_salience(per_story.get(str(st.get("id")), []))} for st in stories]
    out.sort(key=lambda st: (-st["salience"], str(st.get("start") or ""), str(st.get("id") or "")))
    return out
