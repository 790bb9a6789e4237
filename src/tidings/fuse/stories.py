"""Stories: a developing situation followed over days, as a group of events and documents.

Two rules are here; ``build_stories(rule=...)`` picks one.

``"situations"`` (the default) joins events that belong to one developing
situation:

1. **Within a document**, its events are split by time into segments: an
   event's time is its own date, or, when it has none (or only the report's
   date, ``"precision": "reported"``), the document's report date (the
   earliest ``published`` of its mentions; for a document without one, the
   latest own date among its events). Events of one document whose times lie
   within ``gap_days`` of each other chain into one segment; a background
   event of another year stays in a segment of its own. Sharing a document is
   thus evidence only together with time.
2. **An event belongs to one segment**: that of the document holding most
   of its mentions (then the earliest). An event fused from several
   documents is evidence that their segments report one situation, not a
   link by itself (fusion errs, on undated text most of all); a sub-event
   joins its parent's story only.
3. **Across documents**, two segments join when their time spans lie within
   ``gap_days`` of each other (or both are undated) and they share enough
   specific evidence: a score summed over shared features -- actors, the
   place, proper nouns and salient words of the reporting sentences, events
   reported by both, the type family -- each weighted by how specific it is.
   An actor's weight comes from the knowledge base's kind (a named person or
   organisation counts fully; a country, or a label made of a country and a
   sector such as "India military", a third; a bare sector such as "police"
   or "civilians" a tenth). Every weight is then scaled by the data: a
   feature whose segments near the pair go with more than ``PARTNERS``
   different actors and places ("United States", "police" in a month of
   local news) weighs ``PARTNERS / partners`` of itself, while "Kim Jong Un"
   in twenty reports of one trip, always beside Xi Jinping and Beijing, keeps
   its weight. A link needs a score of ``LINK`` (``LINK_UNDATED`` when both
   are undated), at least ``ANCHOR`` of it from shared actors, places or
   events (words alone do not make one situation), and more when it would
   join two stories that are both large (``CHAIN``), so that one weak link
   does not chain them. A type family counts only beside other evidence.
   Candidates come from an index of segments by actor, place and event,
   each key giving its latest ``CANDIDATES`` segments: about linear in events.

``"components"`` is the earlier rule, kept for comparison: connected
components of "at most ``gap_days`` apart and either sharing a document or
sharing their pair of key actors".

Neither rule depends on the order the events came in (segments are visited
by date), and the genericness of a feature is counted only near each pair,
so a store that loads the weeks around new reports decides as a run over
everything would. Forecast records join the story of the document they came
from (they are dated by when they were made). See ``docs/stories.md``.

A story's id comes from its earliest event, so adding later events keeps it;
its title is drawn from its most reported event (mentions, documents and
independent sources; a main event counts more than a sub-event) ("Kim Jong Un visits
Beijing").
"""

from __future__ import annotations

import hashlib
import math
import re
from array import array
from bisect import bisect_left
from datetime import date, timedelta
from typing import Any, Iterable, Mapping, Optional

from ..time import BASIS_REPORTED, date_basis, is_own_date
from .families import Families, load_families
from .similarity import norm_name, parse_date

__all__ = ["build_stories", "title_for", "STORY_GAP_DAYS", "RULES"]

STORY_GAP_DAYS = 14


def _date(event: Mapping[str, Any]) -> date:
    if event.get("forecast"):  # a forecast belongs to when it was made, not to its deadline
        value = parse_date(event["forecast"].get("published"))
        if value is not None:
            return value
    d = event.get("date") or {}
    value = parse_date(d.get("start"))
    if value is None:
        pubs = [p for p in (parse_date(m.get("published")) for m in event.get("mentions") or []) if p]
        value = min(pubs) if pubs else None
    return value or date.min


def _ident(actor: Optional[Mapping[str, Any]]) -> str:
    if not actor:
        return ""
    if actor.get("country_from") == "document":  # "the president" of the article's country: known by its sector
        return actor.get("sector") or ""
    return norm_name(actor.get("name")) or (actor.get("code") or "") or (actor.get("country") or "")


def _keys(event: Mapping[str, Any], families: Families) -> list[str]:
    s, t = _ident(event.get("source")), _ident(event.get("target"))
    keys = ["doc:" + str(m.get("document")) for m in event.get("mentions") or [] if m.get("document")]
    if s and t:
        keys.append("pair:" + "|".join(sorted((s, t))))
    elif s or t:
        fam = families.family_of((event.get("type") or {}).get("cameo")).name
        keys.append(f"one:{s or t}|{fam}")
    return keys


_OBJECT_PREPOSITIONS = frozenset({"about", "to", "with", "of", "against", "towards", "on", "for", "from"})


def title_for(event: Mapping[str, Any], families: Optional[Families] = None) -> str:
    """A short headline for an event: "<source> <verb> <place or target>"."""
    families = families or load_families()
    cameo = (event.get("type") or {}).get("cameo")
    source = (event.get("source") or {}).get("name") or (event.get("source") or {}).get("code")
    target = (event.get("target") or {}).get("name") or (event.get("target") or {}).get("code")
    place = (event.get("location") or {}).get("name")
    obj = (place or target) if families.names_place(cameo) else (target or place)
    if not source:  # no one to put first: "Use conventional military force: Macau"
        label = (event.get("type") or {}).get("cameo_label") or f"CAMEO {cameo or '?'}"
        return f"{label}: {obj}" if obj else label
    verb = families.verb(cameo)
    if obj:
        return f"{source} {verb} {obj}"
    # no object: the verb phrase less its closing preposition ("makes a statement", "signs an agreement", "gives aid")
    words = verb.split()
    if len(words) > 1 and words[-1] in _OBJECT_PREPOSITIONS:
        words = words[:-1]
    return f"{source} {' '.join(words)}"


def _weight(event: Mapping[str, Any]) -> float:
    """How central an event is to its story: reports and sources, main events over sub-events."""
    n: float = len(event.get("mentions") or []) + 2 * (event.get("documents") or 0) + (event.get("independent_sources") or 0)
    if event.get("parent"):
        n *= 0.5
    if is_own_date(event.get("date")):
        n += 1  # dated by the text, not only by its report
    return n


def _story_id(event: Mapping[str, Any]) -> str:
    return "s-" + hashlib.sha1(str(event["id"]).encode()).hexdigest()[:12]


class _Links:
    """Union-find over event indices; the earlier event (smaller index) stays the root."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n  # segments under each root (events count 0 in the "situations" rule)

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
            self.size[min(a, b)] += self.size[max(a, b)]


def _components(evs: list[dict[str, Any]], when_of: list[date], families: Families, gap: timedelta, links: _Links) -> None:
    """The earlier rule: shared document or shared key-actor pair within ``gap``."""
    last: dict[str, int] = {}
    for i, e in enumerate(evs):
        when = when_of[i]
        for key in _keys(e, families):
            j = last.get(key)
            if j is not None and (when == date.min or when_of[j] == date.min or when - when_of[j] <= gap):
                links.union(i, j)
            last[key] = i


# -- the "situations" rule ----------------------------------------------------------------------

LINK = 1.0  # evidence two dated segments of different documents need to join
LINK_UNDATED = 1.0  # ... when neither has a date (measured on ECB+ dev: stricter thresholds split its situations more than they keep topics apart)
PARTNERS = 6  # a feature that goes with up to this many actors and places in its weeks keeps its full weight;
HUB_POWER = 1.0  # with more, it falls as (PARTNERS / partners) ** HUB_POWER
ANCHOR = 0.3  # of the evidence, at least this much must come from shared actors, places or events
CHAIN = 0.3  # joining two stories of n segments or more takes LINK * (1 + CHAIN * log2(n))
CANDIDATES = 8  # latest segments each feature key offers as candidates
EVENT = 0.3  # what one or more events reported by both segments add (fusion may be wrong, undated text most of all)
# per feature class: actor, place, proper noun, word, type family, one event reported in both
_WEIGHT = {"a": 1.0, "p": 0.4, "n": 0.4, "w": 0.08, "f": 0.15, "e": EVENT}
# what the cosine of two segments' proper nouns adds (the shared ones, each weighed by its genericness near the
# pair, over the square root of the product of their numbers): three names in common between two short reports say
# more than the same three in two long ones, which the capped count above cannot tell apart. Lower-case words are
# left out: short reports of unrelated local events share their phrasing ("detained ... on suspicion of")
COSINE = 2.0
_CAP = {"n": 1.2, "w": 0.24, "f": 0.15, "e": EVENT}  # most that proper nouns, words, families, shared events may add
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]+")
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a core dependency
        return frozenset()
    return frozenset(STOP_WORDS)


_STOP = _stop_words()


def _actor_weight(actor: Mapping[str, Any]) -> float:
    """How specific an actor is, from the knowledge base's kind and the form of its name.

    A named person or organisation: 1; a country or a place, or a label made of
    a country and a sector ("India military", "Oman government"): about 1/3; a
    bare sector ("police", "civilians", "government"): 1/10.
    """
    name = str(actor.get("name") or "")
    if not name or name == name.lower() or actor.get("country_from") == "document":
        return 0.1  # a bare sector, or one whose country only the article's subject gives
    if actor.get("kind") in ("country", "place", "group") or name.split()[-1].islower():
        return 0.34
    return 1.0


def _own_date(event: Mapping[str, Any]) -> Optional[date]:
    """The event's own date (a report date given as its date is not one)."""
    d = event.get("date") or {}
    if not is_own_date(d):
        return None
    return parse_date(d.get("start"))


def _words(sentence: str, skip: set[str]) -> tuple[set[str], set[str]]:
    """Proper nouns (capitalised, not first in the sentence) and salient lower-case words of a sentence."""
    proper: set[str] = set()
    common: set[str] = set()
    for k, m in enumerate(_TOKEN.finditer(sentence)):
        w = m.group()
        low = w.lower()
        if low in _STOP or low in _CALENDAR or low in skip or len(low) < 3:
            continue
        if w[0].isupper():
            if k > 0 and not w.isupper():
                proper.add(low)
        elif len(low) >= 5:
            common.add(low)
    return proper, common


class _Segment:
    """The events of one document that lie close in time, with what they are about."""

    __slots__ = ("doc", "events", "lo", "hi", "features", "node", "pool", "names")

    def __init__(self, doc: str, lo: Optional[date], hi: Optional[date], pool: Optional[dict[str, str]] = None) -> None:
        self.pool = pool if pool is not None else {}  # the feature keys of one grouping, shared by its segments
        self.doc = doc
        self.events: list[int] = []
        self.node = 0
        self.lo, self.hi = lo, hi
        self.features: dict[str, float] = {}
        self.names = 0  # its proper nouns (features "n:")

    def add_feature(self, key: str, weight: float) -> None:
        if weight > self.features.get(key, 0.0):
            self.features[self.pool.setdefault(key, key)] = weight  # one string per feature, not one per segment


def _event_features(e: Mapping[str, Any], families: Families) -> tuple[dict[str, float], set[str]]:
    """Actor, place and family features of an event, and the name words its words must skip."""
    feats: dict[str, float] = {}
    skip: set[str] = set()
    for role in ("source", "target"):
        actor = e.get(role)
        ident = _ident(actor)
        if actor and ident:
            w = _WEIGHT["a"] * _actor_weight(actor)
            feats["a:" + ident] = max(w, feats.get("a:" + ident, 0.0))
            skip.update(ident.split())
    place = norm_name((e.get("location") or {}).get("name"))
    if place:
        feats["p:" + place] = _WEIGHT["p"]
        skip.update(place.split())
    cameo = (e.get("type") or {}).get("cameo")
    if cameo:
        feats["f:" + families.family_of(cameo).name] = _WEIGHT["f"]
    return feats, skip


def _segments(evs: list[dict[str, Any]], families: Families, gap: timedelta) -> list[_Segment]:
    """Each document's events split by time (see the module's text), with their features.

    Documents are visited in sorted order; an event's actor, place and
    family features are worked out when its first document is visited and
    dropped after its last (a document id is mostly its outlet's and its
    date's: the documents of one event often come close in that order).
    """
    by_doc: dict[str, int | list[int]] = {}  # document -> its event, or its events in order
    n_docs = array("i", bytes(4 * len(evs)))  # documents of each event
    for i, e in enumerate(evs):
        docs = {str(m.get("document")) for m in e.get("mentions") or [] if m.get("document")} or {"event:" + str(e.get("id"))}
        n_docs[i] = len(docs)
        for doc in docs:
            held = by_doc.get(doc)
            if held is None:
                by_doc[doc] = i
            elif isinstance(held, int):
                by_doc[doc] = [held, i]
            else:
                held.append(i)
    own = [_own_date(e) for e in evs]
    forecast_at = [parse_date((e.get("forecast") or {}).get("published")) if e.get("forecast") else None for e in evs]
    left = array("i", n_docs)  # documents of each event still to visit
    base: dict[int, tuple[dict[str, float], set[str]]] = {}
    segments: list[_Segment] = []
    pool: dict[str, str] = {}
    for doc in sorted(by_doc):
        held = by_doc.pop(doc)
        idxs = [held] if isinstance(held, int) else held
        published = [p for i in idxs for m in evs[i].get("mentions") or [] if str(m.get("document")) == doc
                     for p in [parse_date(m.get("published"))] if p]
        if not published:  # a report date given as the events' dates stands for the document's date
            published = [d for i in idxs for d in [parse_date((evs[i].get("date") or {}).get("start"))]
                         if d and date_basis(evs[i].get("date")) == BASIS_REPORTED]
        own_dates = [d for d in (own[i] for i in idxs) if d is not None]
        report = min(published) if published else (max(own_dates) if own_dates else None)
        when = {i: forecast_at[i] or own[i] or report for i in idxs}
        groups: list[_Segment] = []
        for day, i in sorted((d, i) for i, d in when.items() if d is not None):
            if not groups or groups[-1].hi is None or day - groups[-1].hi > gap:
                groups.append(_Segment(doc, day, day, pool))
            groups[-1].events.append(i)
            groups[-1].hi = day
        undated = [i for i in idxs if when[i] is None]
        if undated:
            groups.append(_Segment(doc, None, None, pool))
            groups[-1].events.extend(undated)
        for seg in groups:
            proper: set[str] = set()
            common: set[str] = set()
            for i in seg.events:
                got = base.get(i)
                if got is None:
                    got = base[i] = _event_features(evs[i], families)
                feats, skip = got
                if n_docs[i] > 1:  # one event reported by several documents: strong evidence, not a link by itself
                    seg.add_feature("e:" + str(evs[i].get("id")), _WEIGHT["e"])
                for key, w in feats.items():
                    seg.add_feature(key, w)
                for m in evs[i].get("mentions") or []:
                    if str(m.get("document")) == doc or doc.startswith("event:"):
                        p, c = _words(str(m.get("sentence") or ""), skip)
                        proper |= p
                        common |= c
            for word in proper:
                seg.add_feature("n:" + word, _WEIGHT["n"])
            for word in common:
                seg.add_feature("w:" + word, _WEIGHT["w"])
            seg.names = len(proper)
            segments.append(seg)
        for i in idxs:
            left[i] -= 1
            if not left[i]:
                base.pop(i, None)
    return segments


_GONE: dict[str, float] = {}  # the features of a segment no later one can be close to (never filled)

_SHIFT = 32  # a posting is (day << _SHIFT) | segment number
_NODE = (1 << _SHIFT) - 1


class _Counts:
    """How generic a feature is around two segments: how many different actors and places it goes with there.

    "Around" is from a week (half of ``gap``) before the earlier of the two to
    a week after the later (for two undated segments: all undated ones). A
    feature's partners there are the actors and places of the segments
    holding it: "Kim Jong Un" reported by twenty articles about one trip goes
    with a handful (Xi Jinping, Beijing, China), "United States" or "police"
    with dozens. Counting only near the pair keeps the decision the same when
    a store loads only the weeks around new reports.
    """

    def __init__(self, segments: list[_Segment], gap: timedelta) -> None:
        self.reach = max(1, gap.days // 2)
        self.anchors = [tuple(k for k in seg.features if k[0] in "ap") for seg in segments]
        postings: dict[str, array[int]] = {}
        for n, seg in enumerate(segments):
            seg.node = n  # the segment's place here; _situations sets its node after
            day = seg.lo.toordinal() if seg.lo is not None else -1
            for key in seg.features:
                postings.setdefault(key, array("q")).append((day << _SHIFT) | n)  # (day, n) in one sortable integer
        # compact arrays of 8 bytes an entry (at a million segments, lists of tuples took most of the memory), sorted one by one
        for key, posting in postings.items():
            postings[key] = array("q", sorted(posting))
        self.postings = postings
        self._memo: dict[tuple[str, int, int], float] = {}

    def forget(self) -> None:
        """Drop the counts kept so far (a cache: asking again counts again)."""
        self._memo.clear()

    def factor(self, key: str, a: _Segment, b: _Segment) -> float:
        """1 for a feature with few partners around ``a`` and ``b``, falling as ``(PARTNERS / partners) ** HUB_POWER`` above."""
        if a.lo is None or b.lo is None or a.hi is None or b.hi is None:
            lo, hi = -1, -1
        else:
            lo = min(a.lo, b.lo).toordinal() - self.reach
            hi = max(a.hi, b.hi).toordinal() + self.reach
        # pairs of segments of the same days ask the same question: counted once
        memo = (key, lo, hi)
        value = self._memo.get(memo)
        if value is None:
            value = self._memo[memo] = self._count(key, lo, hi)
        return value

    def _count(self, key: str, lo: int, hi: int) -> float:
        posting = self.postings.get(key) or array("q")
        near: set[str] = set()
        cap = PARTNERS * 8
        for k in range(bisect_left(posting, lo << _SHIFT), len(posting)):
            entry = posting[k]
            if entry >> _SHIFT > hi or len(near) > cap:
                break
            near.update(self.anchors[entry & _NODE])
        near.discard(key)
        return 1.0 if len(near) <= PARTNERS else (PARTNERS / len(near)) ** HUB_POWER


def _score(a: _Segment, b: _Segment, counts: _Counts, bar: float = 0.0) -> float:
    """The evidence that two segments report one situation (shared features, weighted by specificity).

    With ``bar``, a pair that cannot reach it (its shared actors, places and
    events weighed, the rest at most at its caps) scores 0 without weighing
    the rest: the decision is the same, for less.
    """
    small, large = (a, b) if len(a.features) <= len(b.features) else (b, a)
    shared = [(key, min(w, other)) for key, w in small.features.items() if (other := large.features.get(key)) is not None]
    sums: dict[str, float] = {}
    rest: dict[str, float] = {}
    for key, w in shared:  # the anchors first: without enough of them the rest does not count
        if key[0] in "ape":
            sums[key[0]] = sums.get(key[0], 0.0) + w * counts.factor(key, a, b)
        else:
            rest[key[0]] = rest.get(key[0], 0.0) + w
    anchors = {k: min(v, _CAP.get(k, v)) for k, v in sums.items()}
    if anchors.get("a", 0.0) + anchors.get("p", 0.0) + anchors.get("e", 0.0) < ANCHOR:
        return 0.0  # words alone do not make one situation: it takes a shared actor, place or event
    names = [key for key, _ in shared if key[0] == "n"]
    norm = COSINE / math.sqrt(a.names * b.names) if names else 0.0  # the cosine's scale (a shared name makes both counts >= 1)
    if bar and sum(anchors.values()) + sum(min(v, _CAP.get(k, v)) for k, v in rest.items()) + norm * len(names) < bar - 1e-9:
        return 0.0  # cannot reach the bar (every factor is at most 1)
    for key, w in shared:
        if key[0] not in "ape":
            sums[key[0]] = sums.get(key[0], 0.0) + w * counts.factor(key, a, b)
    family = min(sums.pop("f", 0.0), _CAP["f"])
    family += norm * sum(counts.factor(key, a, b) for key in names)  # the cosine of their proper nouns
    order = dict.fromkeys(key[0] for key, _ in shared)  # summed in the order the classes come (the same sum to the last bit)
    return sum(min(sums[k], _CAP.get(k, sums[k])) for k in order if k in sums) + family


def _close(a: _Segment, b: _Segment, gap: timedelta) -> bool:
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None:
        return a.lo is None and b.lo is None
    return a.lo - gap <= b.hi and b.lo - gap <= a.hi


def _home(segments: list[_Segment], evs: list[dict[str, Any]]) -> dict[int, _Segment]:
    """The one segment each event belongs to: that of the document with most of its mentions (then the earliest)."""
    home: dict[int, _Segment] = {}
    best: dict[int, tuple[int, date, str]] = {}
    for seg in segments:
        for i in seg.events:
            n = sum(1 for m in evs[i].get("mentions") or [] if str(m.get("document")) == seg.doc)
            rank = (-n, seg.lo or date.min, seg.doc)
            if i not in best or rank < best[i]:
                best[i], home[i] = rank, seg
    return home


def _situations(evs: list[dict[str, Any]], families: Families, gap: timedelta) -> _Links:
    """The "situations" rule: segments within documents, joined across documents by specific evidence.

    The union-find holds the events (their indices) and then the segments;
    an event joins its home segment only, so an event fused across
    documents does not by itself join their stories; a sub-event joins its
    parent only.
    """
    segments = _segments(evs, families, gap)
    counts = _Counts(segments, gap)
    links = _Links(len(evs) + len(segments))
    links.size[: len(evs)] = [0] * len(evs)
    for k, seg in enumerate(segments):
        seg.node = len(evs) + k
    by_id = {e.get("id"): i for i, e in enumerate(evs)}
    for i, seg in _home(segments, evs).items():
        if evs[i].get("parent") not in by_id:  # a sub-event follows its parent only (a wrong parent joins no stories)
            links.union(i, seg.node)
    # undated segments first, then by time: each meets the latest segments holding its features
    read: list[int] = []
    for seg in segments:
        seg.events = read  # read by _home only
    order = sorted(segments, key=lambda s: (s.lo is not None, s.lo or date.min, s.doc))
    index: dict[str, list[_Segment]] = {}
    pruned = date.min
    live: list[_Segment] = []  # segments met so far that a later one may still be close to
    for seg in order:
        if seg.lo is not None and seg.lo - pruned > gap:
            # what no later segment can be close to goes: a list all of whose segments are out of reach, and their features
            # (a later one starts on or after ``seg.lo``; an undated one is never close to a dated one)
            pruned = seg.lo
            cut = seg.lo - gap
            for key in [k for k, lst in index.items() if all(o.hi is None or o.hi < cut for o in lst)]:
                del index[key]
            kept = []
            for other in live:
                if other.hi is None or other.hi < cut:
                    other.features = _GONE
                else:
                    kept.append(other)
            live = kept
            counts.forget()
        seen: set[int] = set()
        need = LINK if seg.lo is not None else LINK_UNDATED
        for key in seg.features:
            if key[0] not in "ape":  # a link needs a shared actor, place or event (ANCHOR): only those find candidates
                continue
            for other in index.get(key, ()):
                if other.node in seen or not _close(seg, other, gap):
                    continue
                seen.add(other.node)
                ra, rb = links.find(seg.node), links.find(other.node)
                if ra == rb:
                    continue
                # joining two stories takes more the larger the smaller of them is: one weak link does not chain them
                bar = need * (1.0 + CHAIN * math.log2(min(links.size[ra], links.size[rb])))
                if _score(seg, other, counts, bar) >= bar:
                    links.union(seg.node, other.node)
            recent = index.setdefault(key, [])
            recent.append(seg)  # the latest CANDIDATES segments holding the key
            if len(recent) > CANDIDATES:
                del recent[0]
        live.append(seg)
    return links


RULES = ("situations", "components")


def build_stories(
    events: Iterable[dict[str, Any]],
    *,
    families: Optional[Families] = None,
    gap_days: int = STORY_GAP_DAYS,
    rule: str = "situations",
) -> list[dict[str, Any]]:
    """Group events into stories; sets each event's ``story`` and returns the story records.

    ``rule`` is ``"situations"`` (default) or ``"components"`` (the earlier
    rule, for comparison); see the module's text.
    """
    if rule not in RULES:
        raise ValueError(f"unknown story rule {rule!r}; rules: {', '.join(RULES)}")
    families = families or load_families()
    dated = sorted(((_date(e), str(e.get("id")), e) for e in events), key=lambda t: (t[0], t[1]))
    evs = [t[2] for t in dated]
    when_of = [t[0] for t in dated]
    gap = timedelta(days=gap_days)
    if rule == "components":
        links = _Links(len(evs))
        _components(evs, when_of, families, gap, links)
    else:
        links = _situations(evs, families, gap)
    by_id = {e["id"]: i for i, e in enumerate(evs)}
    for i, e in enumerate(evs):  # sub-events follow their parent
        if e.get("parent") in by_id:
            links.union(i, by_id[e["parent"]])
    groups: dict[int, list[int]] = {}
    for i in range(len(evs)):
        groups.setdefault(links.find(i), []).append(i)
    stories = []
    for root, idxs in sorted(groups.items()):
        sid = _story_id(evs[root])
        members = [evs[i] for i in idxs]
        real_idx = [i for i in idxs if not evs[i].get("forecast")] or idxs
        main = evs[max(real_idx, key=lambda i: (_weight(evs[i]), -i))]
        dates = [when_of[i] for i in real_idx if when_of[i] != date.min]
        docs = sorted({str(m.get("document")) for e in members for m in e.get("mentions") or [] if m.get("document")})
        for e in members:
            e["story"] = sid
        stories.append({
            "id": sid,
            "title": title_for(main, families),
            "events": [e["id"] for e in members],
            "documents": docs,
            "start": min(dates).isoformat() if dates else None,
            "end": max((parse_date((evs[i].get("date") or {}).get("end")) or when_of[i]) for i in real_idx if when_of[i] != date.min).isoformat() if dates else None,
        })
    return stories
