"""Forecasts: forward-looking mentions as checkable propositions, resolved and scored.

A mention coded ``forecast`` never fuses into a real event. It becomes a
forecast record (an event with status ``forecast`` and a ``forecast`` object,
:func:`forecast_object`) whose proposition is the event pattern it states:
CAMEO code, type family, PLOVER type, actors and place. The record says who
makes the forecast (``forecaster``: the named source the outlet cites, else
the author, else the outlet), the outlet and the one cited, the probability
(the modality's estimative probability; the ICD 203 band of the cue that set
it in ``probability_cue``; a question carries none), and the deadline with its
basis (:func:`deadline_for`; the rule is in :mod:`.deadlines`):

- ``stated``: a date or relative horizon the text gives ("by 30 June",
  "before May", "in April", "within two weeks");
- ``implied``: none stated, but the statement presents the event as scheduled
  ("upcoming", "scheduled", "set to", "lined up") and a forecast of the same
  event (same family, compatible actors) published no later than it states a
  deadline: that deadline, with ``deadline_from`` naming that record;
- ``none``: no deadline. Such a forecast stays ``open``; it is resolved and
  scored only against a horizon the user sets (``forecast_horizon_days``,
  ``tidings forecasts --horizon``), never against an invented one.

:func:`resolve` marks a forecast:

- ``came_true`` only by a real event (status ``confirmed`` or ``reported``,
  not negated) of the same family with compatible actors and place, that
  carries its own date (not only its report's), dated on or after the
  forecast's publication and on or before its deadline, and reported, on or
  after the forecast's publication, by a source independent of the forecast
  (another document, another original source than the forecaster's);
- ``did_not_happen`` only when the reference date (``as_of``, by default the
  latest publication date known) is past the deadline *and* the record covers
  the window: at least one document published in the ``COVERAGE_DAYS`` (90)
  after the deadline reports an event (not a forecast) involving one of the
  proposition's actors (same name, code or country), so the store kept
  following them through the deadline (a report years later does not count);
- else ``open``.

Each resolution names its ``evidence``: for ``came_true`` the event, its
date, the independent mentions and their sources; for ``did_not_happen`` the
deadline and the documents that cover it.

:func:`forecast_scores` gives Brier scores (mean of (p - outcome)^2, lower is
better) per forecaster, per outlet and per author, with counts, and a
calibration table over the ICD 203 bands; no score is computed from fewer
than ``min_count`` resolved forecasts (the ``brier_min_forecasts`` setting).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date, timedelta
from itertools import chain
from typing import Any, Callable, Collection, Iterable, Mapping, Optional

from ..time import is_own_date
from .deadlines import DEFAULT_HORIZON, horizon_deadline
from .families import Families, load_families
from .similarity import Actor, Rec, actor_similarity, deadline_for, norm_name, parse_date, prepare
from .sources import attribution, innermost_source

__all__ = ["deadline_for", "forecast_object", "meeting_keys", "filing_keys", "lookup_keys", "coverage_keys", "resolve", "resolve_over", "forecast_scores", "icd203_band", "ICD203", "DEFAULT_HORIZON"]

#: The ICD 203 estimative-language bands: (name, low, high, value used for a cue of that band).
ICD203: tuple[tuple[str, float, float, float], ...] = (
    ("almost no chance", 0.01, 0.05, 0.03),
    ("very unlikely", 0.05, 0.20, 0.12),
    ("unlikely", 0.20, 0.45, 0.3),
    ("roughly even chance", 0.45, 0.55, 0.5),
    ("likely", 0.55, 0.80, 0.7),
    ("very likely", 0.80, 0.95, 0.87),
    ("almost certain", 0.95, 0.99, 0.97),
)
REAL_STATUSES = frozenset({"confirmed", "reported"})
_SCHEDULE = re.compile(r"\b(?:upcoming|scheduled|slated|set to|due to|planned|lined up|forthcoming|expected)\b", re.I)


def icd203_band(p: Optional[float]) -> Optional[str]:
    """The ICD 203 band of a probability (the upper bound belongs to the higher band)."""
    if p is None:
        return None
    for name, low, high, _ in ICD203:
        if p < high or high == ICD203[-1][2]:
            if p >= low or name == ICD203[0][0]:
                return name
    return ICD203[-1][0]


def _probability_cue(modality: Mapping[str, Any]) -> Optional[dict[str, Any]]:
    """The cue that set the probability: the most doubtful positive cue (as the modality computes it)."""
    cues = [c for c in modality.get("cues") or [] if c.get("label") != "negated" and c.get("probability") is not None]
    if not cues:
        return None
    cue = min(cues, key=lambda c: float(c["probability"]))
    return {"text": cue.get("text"), "label": cue.get("label"), "value": float(cue["probability"]),
            "band": icd203_band(modality.get("probability"))}


_PERCENT = re.compile(
    r"\b(?:(?:chances?|probability|likelihood|odds)\s+(?:at|of|is|are|as)\s+(?:about|around|roughly|some|nearly|almost|close\s+to|more\s+than|less\s+than)?\s*"
    r"(\d{1,3})\s*(?:%|per\s?cent)|(\d{1,3})\s*(?:%|per\s?cent)\s+(?:chance|probability|likelihood))",
    re.I,
)


def _stated_percent(sentence: Optional[str]) -> Optional[tuple[str, float]]:
    """A probability the sentence states as a number ("we put the chance at about 70 percent", "a 30% chance"); one only."""
    found = [m for m in _PERCENT.finditer(sentence or "")]
    if len(found) != 1:
        return None
    value = int(found[0].group(1) or found[0].group(2))
    return (found[0].group(0), value / 100.0) if 0 <= value <= 100 else None


def _actor_name(actor: Any) -> Optional[str]:
    if not actor:
        return None
    name = actor.get("name") or actor.get("code")
    return str(name) if name else None


def forecast_object(rec: Rec, documents: Optional[Mapping[str, Mapping[str, Any]]] = None) -> dict[str, Any]:
    """The ``forecast`` object of a forecast record (resolution ``open`` until :func:`resolve`)."""
    m = rec.mention
    doc = (documents or {}).get(rec.document) or {}
    modality = m.get("modality") or {}
    labels = set(modality.get("labels") or [])
    question = "question" in labels
    deadline, how = deadline_for(rec)
    prob = None if question else modality.get("probability")
    cue = None if question else _probability_cue(modality)
    stated = None if question else _stated_percent(m.get("sentence"))
    if stated is not None:  # a number the forecaster gives wins over the reading of its words
        prob = stated[1]
        cue = {"text": stated[0], "label": "stated", "value": stated[1], "band": icd203_band(stated[1])}
    outlet = m.get("outlet") or doc.get("outlet") or m.get("original_outlet") or doc.get("original_outlet")
    author = m.get("author") or doc.get("author")
    cited = innermost_source(m)
    cited_name = cited.get("name") if cited else None
    raw = rec.raw
    etype = raw.get("type") or {}
    source, target, place = raw.get("source") or {}, raw.get("target") or {}, raw.get("location") or {}
    d = raw.get("date") or {}
    return {
        "probability": float(prob) if prob is not None else None,
        "probability_cue": cue,
        "question": question,
        "conditional": "conditional" in labels,
        "deadline": deadline.isoformat() if deadline else None,
        "deadline_basis": "stated" if how in ("date", "relative") else "none",
        "deadline_text": d.get("text") if how == "date" else None,
        "deadline_from": None,
        # who makes the forecast: the named source the outlet cites, else the author, else the outlet
        "forecaster": cited_name or author or outlet,
        "outlet": outlet,
        "cited": cited_name,
        "attributed_to": attribution(m, documents),  # "Bloomberg, citing analysts": whose forecast the outlet reports
        "author": author,
        "published": rec.published.isoformat() if rec.published else None,
        "text": m.get("sentence"),
        "proposition": {
            "family": rec.family.name,
            "cameo": etype.get("cameo"),
            "root": str(etype.get("cameo") or "")[:2] or None,
            "plover": etype.get("plover"),
            "source": _actor_name(source),
            "source_country": source.get("country"),
            "target": _actor_name(target),
            "target_country": target.get("country"),
            "place": place.get("name"),
            "place_country": place.get("country"),
            "negated": bool(raw.get("negated") or m.get("negated")),
        },
        "resolution": "open",
        "resolved_by": None,
        "evidence": None,
        "restates": None,
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


def _actor_keys(rec: Rec) -> set[str]:
    """Identities of a record's actors for coverage: names, codes and countries."""
    out: set[str] = set()
    for a in (rec.source, rec.target):
        if a is not None:
            out.update(k for k in (a.name and "n:" + a.name, a.code and "c:" + a.code, a.country and "k:" + a.country) if k)
    return out


def meeting_keys(event: Mapping[str, Any], families: Families) -> tuple[set[str], set[str]]:
    """The keys by which a forecast and the events that bear on it meet: (family and actor keys, actor identities).

    :func:`resolve` compares a forecast only with events sharing one of the
    first (a real event that may make it come true, another forecast it may
    restate or take a deadline from) and counts as coverage after its
    deadline only reports sharing one of the second; an incremental update
    looks forecasts up by these keys instead of reading them all.
    """
    rec = _as_compared(event, families)
    return set(_index_keys(rec)), _actor_keys(rec)


def _as_compared(event: Mapping[str, Any], families: Families) -> Rec:
    """The event prepared as :func:`resolve` compares it (a forecast as if reported)."""
    return prepare({**event, "status": "reported"} if event.get("forecast") else event, families)


def _after_deadline(deadline: date) -> list[str]:
    """The months (or years) of the ``COVERAGE_DAYS`` after ``deadline``, as :func:`_periods` files them."""
    return _periods(deadline + timedelta(days=1), deadline + timedelta(days=COVERAGE_DAYS))


#: A forecast's window longer than this many months is filed by year, not by month.
_MONTHS_FILED = 24


def _periods(lo: date, hi: date) -> list[str]:
    """The months (``2018-03``) from ``lo`` to ``hi``, or the years (``y2018``) when that is more than ``_MONTHS_FILED`` months."""
    if (hi.year - lo.year) * 12 + hi.month - lo.month >= _MONTHS_FILED:
        return [f"y{y}" for y in range(lo.year, hi.year + 1)]
    out, y, m = [], lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _day_periods(day: date) -> list[str]:
    """The month and the year of ``day``, as :func:`_periods` files them."""
    return [f"{day.year:04d}-{day.month:02d}", f"y{day.year}"]


def filing_keys(event: Mapping[str, Any], families: Families) -> set[str]:
    """The keys a stored event is filed under for forecast resolution (see :func:`lookup_keys`).

    A forecast: its family-and-actor keys (``fx:``), and, with a deadline,
    those keys with each month (or year) of its window from publication to
    deadline (``fh:``; ``fh:<key>|*`` when its publication day is not known)
    and its actor identities with each month of the ``COVERAGE_DAYS`` after
    the deadline (``fa:``). A real event: its family-and-actor keys (``r:``).
    """
    rec = _as_compared(event, families)
    index, actors = set(_index_keys(rec)), _actor_keys(rec)
    if not event.get("forecast"):
        out = {"r:" + k for k in index}
        if not _is_prediction(event):  # a report on its actors, filed by the month it was published (it may cover a deadline)
            days = {parse_date(m.get("published")) for m in event.get("mentions") or []}
            out.update(f"ra:{a}|{p}" for a in actors for d in days if d is not None for p in _day_periods(d)[:1])
        return out
    out = {"fx:" + k for k in index}
    fc = event["forecast"]
    published, deadline = parse_date(fc.get("published")) or rec.published, parse_date(fc.get("deadline"))
    if deadline is not None:
        periods = _periods(published, deadline) if published is not None and published <= deadline else ["*"] if published is None else []
        out.update(f"fh:{k}|{p}" for k in index for p in periods)
        out.update(f"fa:{k}|{p}" for k in actors for p in _after_deadline(deadline))
    return out


def coverage_keys(event: Mapping[str, Any], families: Families) -> set[str]:
    """The keys under which the reports that may cover a forecast's deadline are filed (``ra:``, see :func:`filing_keys`):
    its actors' identities with each month of the ``COVERAGE_DAYS`` after its deadline; empty without a deadline."""
    fc = event.get("forecast") or {}
    deadline = parse_date(fc.get("deadline"))
    if deadline is None:
        return set()
    return {f"ra:{a}|{p}" for a in _actor_keys(_as_compared(event, families)) for p in _after_deadline(deadline)}


def lookup_keys(event: Mapping[str, Any], families: Families) -> set[str]:
    """The keys under which the forecasts an event (or a mention record) bears on are filed (:func:`filing_keys`).

    A forecast looks up the forecasts it may restate or take a deadline
    from, or give one to (``fx:``, same family-and-actor key). A real event
    looks up the forecasts whose window holds its start (``fh:``, those it
    may make come true) and those whose coverage months hold one of its
    reports (``fa:``, by actor identity).
    """
    rec = _as_compared(event, families)
    index = _index_keys(rec)
    if _is_prediction(event):
        return {"fx:" + k for k in index}
    out = {f"fh:{k}|*" for k in index}
    if rec.start is not None:
        out.update(f"fh:{k}|{p}" for k in index for p in _day_periods(rec.start))
    actors = _actor_keys(rec)
    for m in event.get("mentions") or []:
        day = parse_date(m.get("published"))
        if day is not None:
            out.update(f"fa:{k}|{p}" for k in actors for p in _day_periods(day))
    return out


def _own_date(event: Mapping[str, Any]) -> bool:
    """Does the event carry a date of its own (from its text), not only its report's?"""
    return is_own_date(event.get("date"))


def _forecast_sources(e: Mapping[str, Any]) -> tuple[set[str], set[str]]:
    """(original-source keys, document ids) of a forecast record: what is not independent of it."""
    fc = e.get("forecast") or {}
    keys = {norm_name(x) for x in (fc.get("forecaster"), fc.get("outlet"), fc.get("author"), fc.get("cited")) if x}
    keys.update(str(s.get("source")) for s in e.get("sources") or [] if s.get("source"))
    docs = {str(m.get("document")) for m in e.get("mentions") or [] if m.get("document")}
    return keys, docs


def _independent_evidence(event: Mapping[str, Any], keys: set[str], docs: set[str], published: Optional[date]) -> list[dict[str, Any]]:
    """The event's mentions from sources independent of a forecast, reported on or after ``published``."""
    by_mention: dict[str, str] = {}
    for s in event.get("sources") or []:
        for mid in s.get("mentions") or []:
            by_mention[str(mid)] = str(s.get("source") or "")
    out = []
    for i, m in enumerate(event.get("mentions") or []):
        mid = str(m.get("id") or f"{event.get('id')}#{i}")
        src = by_mention.get(mid) or norm_name(m.get("original_outlet") or m.get("outlet")) or ""
        day = parse_date(m.get("published"))
        if str(m.get("document")) in docs or not src or src in keys:
            continue
        if published is not None and (day is None or day < published):
            continue
        out.append({"mention": mid, "document": m.get("document"), "source": src, "published": m.get("published")})
    return out


def _schedule_cue(e: Mapping[str, Any]) -> bool:
    """Does one of the forecast's mentions present the event as scheduled ("upcoming", "set to", "lined up")?"""
    for m in e.get("mentions") or []:
        if _SCHEDULE.search(str(m.get("sentence") or "")):
            return True  # "at the upcoming summit, Trump will meet Kim"
        for c in (m.get("modality") or {}).get("cues") or []:
            if c.get("label") == "future" and c.get("forecast", True) and _SCHEDULE.search(str(c.get("text") or "")):
                return True
    return False


def _implied_deadlines(forecasts: list[dict[str, Any]], recs: Mapping[str, Rec]) -> None:
    """Give a scheduled forecast without a deadline the stated deadline of the same event forecast no later (``implied``)."""
    stated: dict[str, list[dict[str, Any]]] = defaultdict(list)  # index key -> forecasts with a stated deadline
    for e in forecasts:
        if e["forecast"].get("deadline_basis") == "stated" and e["forecast"].get("deadline"):
            for key in _index_keys(recs[e["id"]]):
                stated[key].append(e)
    for e in forecasts:
        fc = e["forecast"]
        if fc.get("deadline_basis") not in (None, "none", "implied") or not _schedule_cue(e):
            continue
        mine = recs[e["id"]]
        published = parse_date(fc.get("published"))
        candidates = {id(o): o for key in _index_keys(mine) for o in stated.get(key, [])}.values()
        found = [
            o for o in candidates
            if o is not e and _compatible(mine, recs[o["id"]])
            and (published is None or (parse_date(o["forecast"].get("published")) or date.max) <= published)
            and (published is None or (parse_date(o["forecast"].get("deadline")) or date.min) >= published)
        ]
        if found:
            best = min(found, key=lambda o: (o["forecast"].get("published") or "", o["id"]))
            fc["deadline"], fc["deadline_basis"], fc["deadline_from"] = best["forecast"]["deadline"], "implied", best["id"]
        elif fc.get("deadline_basis") == "implied":
            fc["deadline"], fc["deadline_basis"], fc["deadline_from"] = None, "none", None


def _restatements(forecasts: list[dict[str, Any]], recs: Mapping[str, Rec]) -> set[str]:
    """Mark a forecast that restates another of the same forecaster (``restates``: that record's id); returns the ids whose mark changed.

    Two records are one forecast when the forecaster is the same, the
    propositions are compatible (same family, compatible actors and place)
    and the deadlines are equal (both none included). The record that speaks
    for the forecast is the one with a stated deadline, then one with a
    probability, then the earliest published, then the smallest id; the
    others name it and are not scored again.
    """
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for e in forecasts:
        who = norm_name(e["forecast"].get("forecaster") or e["forecast"].get("outlet"))
        if who:
            for key in _index_keys(recs[e["id"]]):
                groups[(who, key)].append(e)
    rank = {e["id"]: (e["forecast"].get("deadline_basis") != "stated", e["forecast"].get("probability") is None,
                      e["forecast"].get("published") or "9999", e["id"]) for e in forecasts}
    primary: dict[str, str] = {}
    for members in groups.values():
        members = sorted(members, key=lambda e: rank[e["id"]])
        for k, e in enumerate(members):
            if e["id"] in primary:
                continue
            for head in members[:k]:
                if head["id"] in primary:
                    continue  # a restatement speaks for nothing
                if head["forecast"].get("deadline") == e["forecast"].get("deadline") and _compatible(recs[e["id"]], recs[head["id"]]):
                    primary[e["id"]] = head["id"]
                    break
    changed = set()
    for e in forecasts:
        fc = e["forecast"]
        mark = primary.get(e["id"])
        if fc.get("restates") != mark:
            changed.add(e["id"])
        fc["restates"] = mark
    return changed


#: Days after a deadline within which a report on the forecast's actors shows the record still followed them.
COVERAGE_DAYS = 90


def _latest_published(event: Mapping[str, Any], latest: Optional[date]) -> Optional[date]:
    """The later of ``latest`` and the latest publication day among ``event``'s mentions."""
    for m in event.get("mentions") or []:
        p = parse_date(m.get("published"))
        if p and (latest is None or p > latest):
            latest = p
    return latest


def _is_prediction(event: Mapping[str, Any]) -> bool:
    """A forecast or a hypothetical: something that can be resolved, not something that resolves."""
    return bool(event.get("forecast")) or event.get("status") in ("forecast", "hypothetical")


def _reports(event: Mapping[str, Any], rec: Rec, wanted: set[str]) -> Iterable[tuple[str, date, str]]:
    """(actor identity, publication day, document) of each dated report of ``event``, for the identities in ``wanted``."""
    for key in _actor_keys(rec) & wanted:
        for m in event.get("mentions") or []:
            p = parse_date(m.get("published"))
            if p is not None:
                yield key, p, str(m.get("document") or "")


def _resolving_start(event: Mapping[str, Any], rec: Rec) -> Optional[date]:
    """The start of a real, not negated event with a date of its own (one that can make a forecast come true); else None."""
    if event.get("status") not in REAL_STATUSES or event.get("negated") or not _own_date(event):
        return None
    return rec.start


def _covering(reports: list[tuple[date, str]], after: date, own: set[str], limit: int = 10) -> tuple[list[str], int]:
    """Up to ``limit`` documents (earliest first) among ``reports`` (sorted by day) published in the ``COVERAGE_DAYS``
    after ``after``, not in ``own``; and how many reports are (a report years later says nothing of the window)."""
    until = after + timedelta(days=COVERAGE_DAYS)
    tail = reports[bisect_right(reports, (after, "\uffff")):bisect_right(reports, (until, "\uffff"))]
    return _first_documents((doc for _, doc in tail), own, limit)


def _first_documents(docs_in_order: Iterable[str], own: set[str], limit: int) -> tuple[list[str], int]:
    """The first ``limit`` different documents not in ``own``, and how many reports are not in ``own``."""
    docs: list[str] = []
    n = 0
    for doc in docs_in_order:
        if doc in own:
            continue
        n += 1
        if len(docs) < limit and doc not in docs:
            docs.append(doc)
    return docs, n


Hit = tuple[Rec, list[dict[str, Any]]]


def _window(e: dict[str, Any], frec: Rec, horizon_days: Optional[int]) -> tuple[Optional[date], Optional[date]]:
    """(publication date, deadline) of a forecast record; a deadline from ``horizon_days`` is noted in ``horizon_deadline``."""
    fc = e["forecast"]
    published = parse_date(fc.get("published")) or frec.published
    deadline = parse_date(fc.get("deadline"))
    fc.pop("horizon_deadline", None)
    if deadline is None and horizon_days is not None:
        deadline = horizon_deadline(published, horizon_days)
        if deadline is not None:
            fc["horizon_deadline"] = deadline.isoformat()
    return published, deadline


def _settle(
    e: dict[str, Any],
    frec: Rec,
    deadline: Optional[date],
    ref: Optional[date],
    hit: Callable[[], Optional[Hit]],
    covering: Callable[[str, date, set[str]], tuple[list[str], int]],
    *,
    as_of: Optional[str | date],
    horizon_days: Optional[int],
    known: Optional[Collection[str]],
    gone: Collection[str],
) -> bool:
    """Resolve one forecast record in place (see :func:`resolve`); returns whether its resolution changed.

    ``hit`` gives the earliest compatible real event in its window with
    independent evidence; ``covering(actor key, deadline, own documents)``
    the documents reporting on the actor after the deadline (as :func:`_covering`).
    ``known`` None: every event is at hand.
    """
    fc = e["forecast"]
    before = (fc.get("resolution"), fc.get("resolved_by"))
    if before[0] == "came_true" and before[1] and known is not None and before[1] not in known and before[1] not in gone:
        fc["evidence"] = fc.get("evidence") or {"event": before[1], "note": "resolved in an earlier run; the event was not loaded in this one"}
        return False  # resolved by an event not loaded in this (incremental) run: keep it
    evidence: Optional[dict[str, Any]] = None
    resolution = "open"
    if deadline is not None:
        found = hit()
        if found is not None:
            first, indep = found
            resolution = "came_true"
            evidence = {"event": first.id, "event_date": first.start.isoformat() if first.start else None,
                        "mentions": [x["mention"] for x in indep], "sources": sorted({x["source"] for x in indep}),
                        "documents": sorted({str(x["document"]) for x in indep})}
        elif ref is not None and ref > deadline:
            _, docs = _forecast_sources(e)
            later: list[str] = []
            n_after = 0
            for key in sorted(_actor_keys(frec)):
                covers, n = covering(key, deadline, docs)
                later.extend(d for d in covers if d not in later)
                n_after = max(n_after, n)
            if later:
                resolution = "did_not_happen"
                evidence = {"deadline": deadline.isoformat(), "as_of": ref.isoformat(), "covered_by": later[:10], "reports_after_deadline": n_after}
    if resolution == "open" and before[0] == "did_not_happen" and as_of is None and horizon_days is None:
        if not fc.get("evidence"):  # a rebuilt record keeps its resolution but not its evidence
            fc["evidence"] = {"deadline": deadline.isoformat() if deadline else None, "as_of": None,
                              "note": "an earlier run saw reports on its actors after the deadline"}
        return False  # an earlier run saw a later date than this one does
    fc["resolution"] = resolution
    fc["resolved_by"] = evidence["event"] if evidence and resolution == "came_true" else None
    fc["evidence"] = evidence
    return (fc["resolution"], fc["resolved_by"]) != before


def resolve(
    events: list[dict[str, Any]],
    *,
    as_of: Optional[str | date] = None,
    families: Optional[Families] = None,
    gone: Collection[str] = (),
    horizon_days: Optional[int] = None,
) -> list[str]:
    """Resolve the forecast events in ``events`` against its real events, in place; returns changed ids.

    Without ``as_of`` the reference date is the latest published date among
    ``events``; an incremental run may see less than all of them, so a
    forecast already past its deadline (``did_not_happen``) stays so unless
    an event now resolves it. A forecast resolved by an event that is not in
    ``events`` keeps its resolution, unless that event is in ``gone`` (it no
    longer exists, e.g. its mentions were fused again under another id).
    ``horizon_days`` gives a forecast without a deadline ``published +
    horizon_days`` to be resolved against (kept in ``horizon_deadline``);
    without it such a forecast stays open.
    """
    families = families or load_families()
    forecasts = [e for e in events if e.get("forecast")]
    if not forecasts:
        return []
    frecs = {e["id"]: prepare({**e, "status": "reported"}, families) for e in forecasts}  # the propositions, compared as real events
    _implied_deadlines(forecasts, frecs)
    restated = _restatements(forecasts, frecs)
    # only the keys some forecast looks up are kept: a real event sharing none resolves nothing and covers nothing
    wanted_actors: set[str] = set().union(*(_actor_keys(r) for r in frecs.values()))
    wanted_index: set[str] = set().union(*(_index_keys(r) for r in frecs.values()))
    # real events indexed by (family, actor identity), each list sorted by start date
    index: dict[str, list[tuple[date, int]]] = defaultdict(list)
    reals: list[Rec] = []
    real_events: list[Mapping[str, Any]] = []
    covered: dict[str, list[tuple[date, str]]] = defaultdict(list)  # actor identity -> (published, document) of real reports
    latest: Optional[date] = None
    for e in events:
        latest = _latest_published(e, latest)
        if _is_prediction(e):
            continue
        rec = prepare(e, families)
        for key, p, doc in _reports(e, rec, wanted_actors):
            covered[key].append((p, doc))
        start = _resolving_start(e, rec)
        if start is None:
            continue
        filed = [k for k in _index_keys(rec) if k in wanted_index]
        if not filed:
            continue
        reals.append(rec)
        real_events.append(e)
        for key in filed:
            index[key].append((start, len(reals) - 1))
    for lst in index.values():
        lst.sort()
    for reports in covered.values():
        reports.sort()
    ref = parse_date(as_of) if as_of else latest
    known = {str(e.get("id")) for e in events}
    changed = []
    for e in forecasts:
        frec = frecs[e["id"]]
        published, deadline = _window(e, frec, horizon_days)

        def hit(e: dict[str, Any] = e, frec: Rec = frec, published: Optional[date] = published, deadline: Optional[date] = deadline) -> Optional[Hit]:
            lo = published or date.min  # a forecast is about what happens after it was made
            seen: set[int] = set()
            for key in _index_keys(frec):
                lst = index.get(key, [])
                for _, i in lst[bisect_left(lst, (lo, -1)) : bisect_right(lst, (deadline, len(reals)))]:
                    seen.add(i)
            keys, docs = _forecast_sources(e)
            for i in sorted(seen, key=lambda i: (reals[i].start or date.min, reals[i].id)):  # the earliest match with evidence
                if not _compatible(frec, reals[i]):
                    continue
                indep = _independent_evidence(real_events[i], keys, docs, published)
                if indep:
                    return reals[i], indep
            return None

        def covering(key: str, after: date, own: set[str]) -> tuple[list[str], int]:
            return _covering(covered.get(key, []), after, own)

        if _settle(e, frec, deadline, ref, hit, covering, as_of=as_of, horizon_days=horizon_days, known=known, gone=gone):
            changed.append(e["id"])
    return changed + sorted(restated - set(changed))


def resolve_over(
    forecasts: list[dict[str, Any]],
    events: Iterable[Mapping[str, Any]],
    *,
    as_of: Optional[str | date] = None,
    families: Optional[Families] = None,
    horizon_days: Optional[int] = None,
    strings: Optional[dict[str, str]] = None,
) -> None:
    """Resolve the new forecast records ``forecasts`` against the other events, which ``events`` gives once; in place.

    The resolutions are those :func:`resolve` gives for ``forecasts`` and
    the events together (records never resolved before: no earlier
    resolution is kept), but the events are read one at a time and only
    what resolution needs is kept: for each forecast the earliest matching
    real event so far, and per actor identity some forecast names the day
    and document of every report (for coverage after a deadline), in
    arrays. ``strings`` interns the document ids (shared with the caller).
    """
    families = families or load_families()
    if not forecasts:
        return
    strings = {} if strings is None else strings
    frecs = {e["id"]: prepare({**e, "status": "reported"}, families) for e in forecasts}
    _implied_deadlines(forecasts, frecs)
    _restatements(forecasts, frecs)
    wanted_actors: set[str] = set().union(*(_actor_keys(r) for r in frecs.values()))
    windows = [_window(e, frecs[e["id"]], horizon_days) for e in forecasts]
    sources = [_forecast_sources(e) for e in forecasts]
    # per index key, the forecasts looking there: (publication day, deadline, forecast), by publication day
    waiting: dict[str, list[tuple[date, date, int]]] = defaultdict(list)
    for k, e in enumerate(forecasts):
        published, deadline = windows[k]
        lo = published or date.min
        if deadline is not None and lo <= deadline:
            for key in _index_keys(frecs[e["id"]]):
                waiting[key].append((lo, deadline, k))
    for lst in waiting.values():
        lst.sort(key=lambda t: (t[0], t[2]))
    starts = {key: [t[0] for t in lst] for key, lst in waiting.items()}
    best: list[Optional[tuple[tuple[date, str], Hit]]] = [None] * len(forecasts)
    days: dict[str, array[int]] = {}
    docs_of: dict[str, list[str]] = {}
    latest: Optional[date] = None
    every: Iterable[Mapping[str, Any]] = chain(forecasts, events)
    for event in every:
        latest = _latest_published(event, latest)
        if _is_prediction(event):
            continue
        rec = prepare(event, families)
        for key, p, doc in _reports(event, rec, wanted_actors):
            days.setdefault(key, array("i")).append(p.toordinal())
            docs_of.setdefault(key, []).append(strings.setdefault(doc, doc))
        start = _resolving_start(event, rec)
        if start is None:
            continue
        matched: set[int] = set()
        for key in _index_keys(rec):
            looking = waiting.get(key)
            if looking:
                matched.update(k for _, deadline, k in looking[: bisect_right(starts[key], start)] if start <= deadline)
        rank = (start, rec.id)
        for k in sorted(matched):  # the earliest match with evidence, as resolve() finds it
            now = best[k]
            if now is not None and now[0] <= rank:
                continue
            frec = frecs[forecasts[k]["id"]]
            if not _compatible(frec, rec):
                continue
            indep = _independent_evidence(event, *sources[k], windows[k][0])
            if indep:
                best[k] = (rank, (rec, indep))
    table: dict[str, tuple[array[int], list[str]]] = {}
    for key in list(days):
        ds, names = days.pop(key), docs_of.pop(key)
        order = sorted(range(len(ds)), key=lambda i: (ds[i], names[i]))
        table[key] = (array("i", (ds[i] for i in order)), [names[i] for i in order])
        del order

    def covering(key: str, after: date, own: set[str]) -> tuple[list[str], int]:
        ds, names = table.get(key) or (array("i"), [])
        lo = bisect_right(ds, after.toordinal())
        hi = bisect_right(ds, (after + timedelta(days=COVERAGE_DAYS)).toordinal())
        return _first_documents(names[lo:hi], own, 10)

    ref = parse_date(as_of) if as_of else latest
    for k, record in enumerate(forecasts):
        found = best[k]

        def hit(found: Optional[tuple[tuple[date, str], Hit]] = found) -> Optional[Hit]:
            return found[1] if found is not None else None

        _settle(record, frecs[record["id"]], windows[k][1], ref, hit, covering, as_of=as_of, horizon_days=horizon_days, known=None, gone=())


def _entry(errs: list[float], outs: list[int], min_count: int) -> dict[str, Any]:
    n = len(errs)
    return {"n": n, "brier": sum(errs) / n if n and n >= min_count else None, "came_true": sum(outs), "did_not_happen": n - sum(outs)}


def forecast_scores(events: Iterable[Mapping[str, Any]], *, min_count: Optional[int] = None) -> dict[str, Any]:
    """Brier scores: ``{"forecasters", "outlets", "authors": {name: entry}, "overall": entry, "calibration", "unscored", "min_count"}``.

    Each entry is ``{"n", "brier", "came_true", "did_not_happen"}``; ``brier``
    is None when fewer than ``min_count`` forecasts were resolved (None: no
    minimum). Forecasts still open, questions and forecasts without a
    probability are not scored (counted in ``unscored``). ``calibration`` has
    one row per ICD 203 band: ``{"band", "low", "high", "n", "mean_probability",
    "observed"}`` (``observed``: share that came true; None below ``min_count``).
    """
    least = max(int(min_count or 1), 1)
    groups: dict[str, dict[str, list[tuple[float, int]]]] = {g: defaultdict(list) for g in ("forecasters", "outlets", "authors")}
    overall: list[tuple[float, int]] = []
    by_band: dict[str, list[tuple[float, int]]] = defaultdict(list)
    unscored = 0
    for e in events:
        fc = e.get("forecast")
        if not fc:
            continue
        if fc.get("restates"):
            continue  # the forecast it restates is scored once
        if fc.get("resolution") not in ("came_true", "did_not_happen") or fc.get("probability") is None:
            unscored += 1
            continue
        p = float(fc["probability"])
        outcome = 1 if fc["resolution"] == "came_true" else 0
        overall.append((p, outcome))
        by_band[icd203_band(p) or ""].append((p, outcome))
        for group, who in (("forecasters", fc.get("forecaster")), ("outlets", fc.get("outlet") or fc.get("forecaster")), ("authors", fc.get("author"))):
            if who:
                groups[group][who].append((p, outcome))

    def entry(rows: list[tuple[float, int]]) -> dict[str, Any]:
        return _entry([(p - o) ** 2 for p, o in rows], [o for _, o in rows], least)

    calibration = []
    for name, low, high, _ in ICD203:
        rows = by_band.get(name, [])
        n = len(rows)
        calibration.append({"band": name, "low": low, "high": high, "n": n,
                            "mean_probability": round(sum(p for p, _ in rows) / n, 3) if n else None,
                            "observed": round(sum(o for _, o in rows) / n, 3) if n and n >= least else None})
    return {
        **{g: {k: entry(v) for k, v in sorted(groups[g].items())} for g in groups},
        "overall": entry(overall),
        "calibration": calibration,
        "unscored": unscored,
        "min_count": least,
    }
