"""How alike two mentions are: the evidence that they describe one real event.

Each mention record is first turned into a :class:`Rec` (parsed dates, type
family, normalised actors, content words). :func:`score` compares two
records field by field and returns a score in 0..1 with the keys that agreed
(recorded in each event's ``merge`` list so users can see why mentions were
fused). Some disagreements veto a merge outright (score 0): incompatible type
families, date windows further apart than the fusion window, actors from
different countries in the same role, places in different countries, and a
bare negation (own voice, no agent, no date) against a mention that says the
event happened.

Components and weights (a missing component is left out and the weights
renormalised):

======== ====== ==========================================================
type     0.20   same CAMEO code 1.0, same root 0.8, same family 0.6; without
                codes, same trigger lemma 1.0, else 0.3
actors   0.35   mean over roles: same name or code 1.0, same country and one
                is the country or a sector 0.7, a role of no country
                ("foreign leaders", code GOV) and an actor of its sector 0.7
                (of another sector 0.3), two different people of the same
                country 0.4 (a possible rival claim); unresolved names
                sharing a word 0.5, else 0.3; a missing role is left out (a
                partial mention is compatible); symmetric families compare
                unordered pairs
date     0.20   overlapping windows 1.0, else 1 - gap / (window + 1)
place    0.10   same place 1.0, same country 0.7
wording  0.15   trigger lemma agreement, or triggers of one trigger group
                ("arrival" / "visit", ``[triggers]`` in families.toml)
                (0.5), and content-word Jaccard of the sentences (0.5)
======== ====== ==========================================================
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Optional

from ..time import parse_day
from .deadlines import deadline
from .families import Families, Family

__all__ = [
    "Rec",
    "prepare",
    "score",
    "actor_similarity",
    "bare_negation",
    "contradicts",
    "deadline_for",
    "norm_name",
    "parse_date",
    "WEIGHTS",
    "FORECAST_STATUSES",
    "SECTOR_CODES",
]

WEIGHTS = {"type": 0.20, "actors": 0.35, "date": 0.20, "place": 0.10, "wording": 0.15}
FORECAST_STATUSES = frozenset({"forecast", "hypothetical"})
UNDATED_LOOKBACK_DAYS = 2  # an undated mention is taken to report something of the last days

_STOP = frozenset(
    """a an the and or but of to in on at by for with from as into over after before about than
    is are was were be been being has have had do does did will would shall should can could may might
    it its this that these those he she they them his her their him we our you your i me my
    not no said says say told according also which who whom whose what when where while there here
    mr mrs ms s t""".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NAME_PART = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def norm_name(text: Optional[str]) -> str:
    """Lower-case, accent-free, punctuation-free name with single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NAME_PART.findall(text.lower()))


def parse_date(value: Any) -> Optional[date]:
    """First day of an ISO date, partial date ("2018", "2018-03", "2018-W12") or date-time; None when unreadable.

    The policy is :mod:`tidings.time.iso`'s (:func:`tidings.time.parse_day`).
    """
    if isinstance(value, str):
        return _parse_text_date(value)  # fusion reads the same few thousand dates again and again
    return parse_day(value)


@lru_cache(maxsize=65536)
def _parse_text_date(value: str) -> Optional[date]:
    return parse_day(value)


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """A light suffix stripper so that "visited", "visits" and "visiting" agree."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_words(text: Optional[str]) -> frozenset[str]:
    """The stemmed content words of a sentence (no stop words, no one-letter words)."""
    return _content_words(text or "")


@lru_cache(maxsize=65536)
def _content_words(text: str) -> frozenset[str]:
    # mentions of one sentence (one event told in several roles, copies of a report) share one set
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1)


# CAMEO sector codes: an actor coded with one of these alone has no country
SECTOR_CODES = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF AGR ELI ENV IGO NGO IMG INS UAF SET MOD RAD".split()
)


@dataclass(slots=True)
class Actor:
    """An actor normalised for comparison: name (see :func:`norm_name`), CAMEO code, ISO3 country, kind, sector."""

    name: str  # normalised
    code: str
    country: str
    kind: str
    sector: str

    @property
    def keys(self) -> list[str]:
        """Blocking keys: ``n:`` name, ``c:`` code, ``k:`` country (those it has)."""
        return [k for k in (self.name and "n:" + self.name, self.code and "c:" + self.code, self.country and "k:" + self.country) if k]


def _actor(value: Any) -> Optional[Actor]:
    if not value:
        return None
    if isinstance(value, str):
        value = {"name": value}
    if value.get("pronoun"):
        # "he" standing for the person the coder guessed: an inference, not evidence, so it neither vetoes a merge nor makes one
        return None
    if value.get("country_from") == "document":
        # "the president" of the article's country: compared as the role it names, not as that country's actor
        sector = value.get("sector") or ""
        return Actor(name=norm_name(value.get("text")) or sector.lower(), code=sector, country="", kind=value.get("kind") or "", sector=sector)
    name = norm_name(value.get("name") or value.get("text"))
    code = (value.get("code") or "").upper()
    sector = value.get("sector") or (code[3:] if len(code) > 3 else "")
    generic = code == str(sector).upper() or code in SECTOR_CODES  # "GOV" alone: a role of no country ("foreign leaders")
    country = (value.get("country") or (code[:3] if len(code) >= 3 and not generic else "") or "").upper()
    kind = value.get("kind") or ""
    if not (name or code or country):
        return None
    return Actor(name=name, code=code, country=country, kind=kind, sector=sector)


@dataclass(slots=True)
class Rec:
    """A mention record prepared for comparison (keeps the original dict in ``raw``)."""

    id: str
    raw: Mapping[str, Any]
    cameo: str
    family: Family
    lemma: str
    words: frozenset[str]
    source: Optional[Actor]
    target: Optional[Actor]
    start: Optional[date]
    end: Optional[date]
    explicit_date: bool
    place: str
    place_country: str
    status: str
    published: Optional[date]
    document: str
    forecast: bool
    order: tuple[date, str, str] = field(default=(date.min, "", ""))
    extra_keys: tuple[str, ...] = field(default=())  # free blocking keys (e.g. entity arguments in evaluation)
    pinned: bool = False  # detached by a user: stays an event of its own
    group: str = ""  # trigger group of the lemma ("movement" for arrival, visit, trip)

    @property
    def mention(self) -> dict[str, Any]:
        """The record's one mention (an empty dict when it has none)."""
        ms: list[dict[str, Any]] = self.raw.get("mentions") or [{}]
        return ms[0]


def prepare(m: Mapping[str, Any], families: Families) -> Rec:
    """Turn one mention record (an ``Event`` dict with one mention) into a :class:`Rec`."""
    mention = (m.get("mentions") or [{}])[0]
    etype = m.get("type") or {}
    cameo = str(etype.get("cameo") or "")
    status = m.get("status") or mention.get("status") or "reported"
    published = parse_date(mention.get("published"))
    d = m.get("date") or {}
    start, end = parse_date(d.get("start")), parse_date(d.get("end") or d.get("start"))
    explicit = start is not None
    # a forecast is about a time to come: its publication date is not its time (restatements days apart agree)
    if start is None and published is not None and status not in FORECAST_STATUSES:
        start, end = published - timedelta(days=UNDATED_LOOKBACK_DAYS), published
    if start and end and end < start:
        start, end = end, start
    loc = m.get("location") or {}
    trigger = etype.get("lemma") or etype.get("trigger") or ""
    lemma = " ".join(stem(w) for w in _WORD.findall(str(trigger).lower()))
    forecast = status in FORECAST_STATUSES
    return Rec(
        id=str(m.get("id") or ""),
        raw=m,
        cameo=cameo,
        family=families.family_of(cameo),
        lemma=lemma,
        words=content_words(mention.get("sentence")),
        source=_actor(m.get("source")),
        target=_actor(m.get("target")),
        start=start,
        end=end,
        explicit_date=explicit,
        place=norm_name(loc.get("name")) if loc else "",
        place_country=(loc.get("country") or "").upper() if loc else "",
        status=status,
        published=published,
        document=str(mention.get("document") or ""),
        forecast=forecast,
        order=(published or start or date.min, str(mention.get("document") or ""), str(m.get("id") or "")),
        extra_keys=tuple(m.get("_keys", ())),
        pinned=bool(m.get("pinned")),
        group=families.trigger_group(lemma),
    )


def actor_similarity(a: Optional[Actor], b: Optional[Actor]) -> Optional[float]:
    """1.0 same, 0.7 compatible (same country, one less specific), 0.4 two people of one country, 0 different."""
    if a is None or b is None:
        return None
    if a.name and b.name:
        if a.name == b.name:
            return 1.0
        ta, tb = set(a.name.split()), set(b.name.split())
        if len(ta) > 1 and len(tb) > 1 and (ta <= tb or tb <= ta) and not (a.code and b.code and a.code != b.code):
            return 1.0  # "Jong Un Kim" / "Kim Jong Un"; one-word names are too ambiguous; "North Korea" is not its government
    if a.code and a.code == b.code and not (a.kind == b.kind == "person" and a.name and b.name):
        if (a.kind == "person") != (b.kind == "person") and a.name and b.name:
            return 0.7  # a leader and the government he heads: compatible, not the same
        return 1.0
    if a.country and b.country and a.country != b.country:
        return 0.0
    if a.country and a.country == b.country:
        if a.kind == "person" and b.kind == "person":
            return 0.4
        return 0.7
    # a role of no country ("foreign leaders", "the government") is a broader fill of a specific actor of its sector
    for g, o in ((a, b), (b, a)):
        if not g.country and g.sector and o.country:
            return 0.7 if o.sector == g.sector else 0.3
    # unresolved names only: a shared word ("Jackson" / "Vincent Jackson") may be
    # the same person; different names may still be aliases, so no veto
    if a.name and b.name:
        return 0.5 if (set(a.name.split()) & set(b.name.split())) else 0.3
    return None


RIVAL_SCORE = 0.3  # actor similarity of a fill the other mention's text explicitly sets aside
UNKNOWN_SCORE = 0.3  # actors of a symmetric pair that agree only in the reading where nothing is compared


def contradicts(rec: Rec, role: str, actor: Optional[Actor]) -> bool:
    """Does ``rec``'s sentence say ``actor`` (same country) did not fill ``role`` ("X, not Iranian forces, seized")?"""
    if actor is None or not actor.country:
        return False
    other = _actor(((rec.mention.get("contrasted") or {}).get(role)))
    return other is not None and other.country == actor.country


def bare_negation(rec: Rec) -> bool:
    """A negated mention in the outlet's own voice naming no agent and no date ("refrained from visiting Beijing").

    It says that something did not happen, not that a particular reported
    event did not: with no speaker, agent or date to tie it to one, it never
    fuses with a mention that says something happened. Denials by someone
    ("the ministry denied that ...") and negations naming their agent or date
    still do.
    """
    negated = rec.status == "denied" or bool(rec.raw.get("negated")) or bool(rec.mention.get("negated"))
    return negated and not rec.mention.get("cited_source") and rec.source is None and not rec.explicit_date


def deadline_for(rec: Rec) -> tuple[Optional[date], str]:
    """The deadline of a forecast record and how it was found ("date", "relative", "default"; see :mod:`.deadlines`)."""
    d = rec.raw.get("date") or {}
    start, end = parse_date(d.get("start")), parse_date(d.get("end") or d.get("start"))
    return deadline(rec.published, start, end, d.get("text"), rec.mention.get("sentence"))


def _deadlines_differ(a: Rec, b: Rec) -> bool:
    """Two forecasts whose texts set different deadlines are different predictions."""
    (da, basis_a), (db, basis_b) = deadline_for(a), deadline_for(b)
    textual = {"date", "relative"}
    return basis_a in textual and basis_b in textual and da != db


def _date_score(a: Rec, b: Rec, window: int) -> Optional[float]:
    if a.start is None or b.start is None or a.end is None or b.end is None:  # no end: undated, as in blocking
        return None
    gap = max((a.start - b.end).days, (b.start - a.end).days, 0)
    if gap == 0:
        return 1.0
    if gap > window:
        return 0.0
    return 1.0 - gap / (window + 1)


def _pairs(a: Rec, b: Rec) -> list[tuple[str, Optional[float]]]:
    straight = [("source", actor_similarity(a.source, b.source)), ("target", actor_similarity(a.target, b.target))]
    if not a.family.symmetric:
        return straight
    crossed = [("source~target", actor_similarity(a.source, b.target)), ("target~source", actor_similarity(a.target, b.source))]

    def value(pairs: list[tuple[str, Optional[float]]]) -> float:
        vals = [v for _, v in pairs if v is not None]
        if any(v == 0.0 for v in vals):
            return -2.0  # a conflict: worse than a reading with nothing to compare (partial mentions)
        return (sum(vals) / len(vals)) if vals else -1.0

    vs, vc = value(straight), value(crossed)
    best, other = (crossed, vs) if vc > vs else (straight, vc)
    if value(best) == -1.0 and other == -2.0:
        # "X visits" / "... visits China" with X of another country: only the reading that compares
        # nothing avoids the conflict; weak evidence, not none
        return [("actors~unknown", UNKNOWN_SCORE)]
    return best


def score(a: Rec, b: Rec, *, window: int = 3) -> tuple[float, list[str]]:
    """Similarity of two records in 0..1 and the keys that agreed; 0 when a hard constraint fails."""
    if a.forecast != b.forecast:
        return 0.0, ["veto:forecast"]
    if a.forecast and _deadlines_differ(a, b):
        return 0.0, ["veto:deadline"]  # "release the crew within a week" / "release the tanker by Friday"
    if a.cameo and b.cameo and a.family.name != b.family.name:
        return 0.0, ["veto:type"]
    if bare_negation(a) != bare_negation(b):
        return 0.0, ["veto:negation"]  # "X refrained from visiting Beijing": no one's denial of a particular visit
    parts: dict[str, float] = {}
    keys: list[str] = []
    # type
    if a.cameo and b.cameo:
        if a.cameo == b.cameo:
            parts["type"], k = 1.0, "type:" + a.cameo
        elif a.cameo[:2] == b.cameo[:2]:
            parts["type"], k = 0.8, "type-root:" + a.cameo[:2]
        else:
            parts["type"], k = 0.6, "type-family:" + a.family.name
        keys.append(k)
    elif a.lemma and b.lemma:
        parts["type"] = 1.0 if a.lemma == b.lemma else 0.3
    # actors
    vals = []
    for role, v in _pairs(a, b):
        if v is None:
            continue
        if v == 0.0 and not (contradicts(a, role, getattr(b, role, None)) or contradicts(b, role, getattr(a, role, None))):
            return 0.0, [f"veto:{role}"]
        v = RIVAL_SCORE if v == 0.0 else v  # "Houthi fighters, not Iranian forces, seized ...": a rival claim
        vals.append(v)
        if role == "actors~unknown":
            keys.append(role)
        elif v >= 1.0:
            keys.append(f"{role}:same")
        elif v >= 0.7:
            keys.append(f"{role}:compatible")
        else:
            keys.append(f"{role}:rival")
    if vals:
        parts["actors"] = sum(vals) / len(vals)
    # date
    ds = _date_score(a, b, window)
    if ds is not None:
        if ds == 0.0 and (a.explicit_date or b.explicit_date):
            return 0.0, ["veto:date"]
        if a.explicit_date or b.explicit_date:
            parts["date"] = ds
            keys.append("date:overlap" if ds == 1.0 else "date:near")
    # place
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return 0.0, ["veto:place"]
    if a.place and b.place:
        if a.place == b.place:
            parts["place"] = 1.0
            keys.append("place:same")
        elif a.place_country and a.place_country == b.place_country:
            parts["place"] = 0.7
            keys.append("place:country")
        else:
            parts["place"] = 0.3
    # wording: the same trigger, or triggers of one group ("arrival" / "visit")
    jac = len(a.words & b.words) / len(a.words | b.words) if (a.words and b.words) else None
    if a.lemma and b.lemma or jac is not None:
        same_group = bool(a.group) and a.group == b.group
        lem = (1.0 if a.lemma == b.lemma or same_group else 0.0) if (a.lemma and b.lemma) else None
        w = [x for x in (lem, jac) if x is not None]
        parts["wording"] = sum(w) / len(w)
        if lem:
            keys.append("trigger:" + a.lemma if a.lemma == b.lemma else "trigger-group:" + a.group)
        if jac is not None and jac >= 0.2:
            keys.append(f"words:{jac:.2f}")
    if not parts:
        return 0.0, []
    total = sum(WEIGHTS[k] for k in parts)
    value = sum(WEIGHTS[k] * v for k, v in parts.items()) / total
    return round(value, 4), keys
