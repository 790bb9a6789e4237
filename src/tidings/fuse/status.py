"""Claim status of a fused event over time, and rival claims.

The mentions of an event are read in the order they were published (an
editor's note or update counts at its own date). After each one the status
is worked out again from what is known so far; every change is appended to
``status_history`` as ``{status, as_of, by}``:

- ``confirmed``: the latest word of an authoritative source (see
  :func:`tidings.fuse.sources.is_authoritative`) says it happened, or at least
  ``corroboration`` independent original sources report it (setting
  ``corroboration_sources``, default 3);
- ``denied``: the latest word of an authoritative source denies it;
- ``disputed``: someone denied it, or a rival claim is open;
- ``reported``: an outlet reports it on its own or a named source's word;
- ``unconfirmed``: only anonymous sources, or mentions coded unconfirmed.

A *rival claim* is a mention of the same event whose actor in some role is a
different person of the same side ("the train carried only his sister, Kim
Yo Jong" against "Kim Jong Un"). It is listed in ``rival_claims`` with who
claimed what and when, and marked ``refuted`` once an authoritative source
confirms the other fill.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Mapping, Optional

from .similarity import Actor, Rec, _actor, actor_similarity, contradicts, norm_name
from .sources import attribution, is_anonymous, is_authoritative, source_keys, source_list

__all__ = ["assess", "consensus", "mention_time", "is_rival", "CORROBORATION"]

CORROBORATION = 3
RIVAL_BELOW = 0.5  # actor similarity under which two fills of one role are rival claims


def is_rival(claim: Optional[Actor], agreed: Optional[Actor]) -> bool:
    """Two different named people (or bodies) of one country filling the same role."""
    if claim is None or agreed is None or not (claim.name and agreed.name):
        return False
    if not claim.country or claim.country != agreed.country:
        return False
    sim = actor_similarity(claim, agreed)
    return sim is not None and sim < RIVAL_BELOW


def mention_time(rec: Rec, documents: Optional[Mapping[str, Mapping[str, Any]]] = None, *, act: bool = True) -> Optional[str]:
    """When a mention was said: the day of its reporting act when the text dates it, else when it was reported.

    The act's day is the mention's ``stated`` date with ``basis: "text"``
    ("early March 28, Xinhua confirmed": 2018-03-28, though reported on
    2018-03-27). Without one, or with ``act=False``, the report's date: the
    ``stated`` date with ``basis: "reported"`` the code stage wrote, else (records
    coded before it) its update's own date for editor's notes, else its
    published date.
    """
    m = rec.mention
    stated = m.get("stated")
    if isinstance(stated, Mapping) and stated.get("date") and (act or stated.get("basis") == "reported"):
        return str(stated["date"])
    if m.get("update") and documents:
        doc = documents.get(rec.document) or {}
        start = m.get("start")
        for upd in doc.get("updates") or []:
            if upd.get("published") and start is not None and upd.get("start", 0) <= start < max(upd.get("end", 0), upd.get("start", 0) + 1):
                return str(upd["published"])
    value = m.get("published")
    return str(value) if value else None


def _oriented(rec: Rec, ref_source: Optional[Actor], ref_target: Optional[Actor]) -> tuple[Optional[Actor], Optional[Actor], bool]:
    """The record's (source, target), swapped when the family is symmetric and swapping fits better."""
    if not rec.family.symmetric:
        return rec.source, rec.target, False

    def fit(a: Optional[Actor], b: Optional[Actor]) -> float:
        vals = [v for v in (actor_similarity(a, ref_source), actor_similarity(b, ref_target)) if v is not None]
        if any(v == 0.0 for v in vals):
            return -2.0  # a conflict is worse than nothing to compare (a partial mention keeps its roles)
        return sum(vals) / len(vals) if vals else -1.0

    if fit(rec.target, rec.source) > fit(rec.source, rec.target):
        return rec.target, rec.source, True
    return rec.source, rec.target, False


def _identity(actor: Actor) -> str:
    return actor.name or actor.code or actor.country


def consensus(members: list[Rec], weights: Mapping[str, float]) -> tuple[Optional[dict[str, Any]], Optional[dict[str, Any]], dict[str, bool]]:
    """The agreed source and target (raw actor dicts) and, per record id, whether its roles were swapped."""
    first = members[0]
    ref_s, ref_t = first.source, first.target
    swapped: dict[str, bool] = {}
    votes: dict[str, defaultdict[str, float]] = {"source": defaultdict(float), "target": defaultdict(float)}
    best_raw: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
    for rec in members:
        s, t, sw = _oriented(rec, ref_s, ref_t)
        swapped[rec.id] = sw
        raw_s, raw_t = (rec.raw.get("target"), rec.raw.get("source")) if sw else (rec.raw.get("source"), rec.raw.get("target"))
        for role, actor, raw in (("source", s, raw_s), ("target", t, raw_t)):
            if actor is None:
                continue
            ident = _identity(actor)
            votes[role][ident] += weights.get(rec.id, 1.0)
            richness = sum(1 for k in ("name", "code", "country", "kind") if (raw or {}).get(k)) if isinstance(raw, dict) else 0
            if (role, ident) not in best_raw or richness > best_raw[(role, ident)][0]:
                best_raw[(role, ident)] = (richness, raw if isinstance(raw, dict) else {"name": raw})
    out: list[Optional[dict[str, Any]]] = []
    for role in ("source", "target"):
        if not votes[role]:
            out.append(None)
            continue
        # most votes; ties go to the fill seen first
        order = {ident: i for i, ident in enumerate(votes[role])}
        ident = max(votes[role], key=lambda k: (votes[role][k], -order[k]))
        out.append(best_raw[(role, ident)][1])
    return out[0], out[1], swapped


def _denies(rec: Rec) -> bool:
    """Does the mention say the event did not happen?"""
    return rec.status == "denied" or bool(rec.raw.get("negated")) or bool(rec.mention.get("negated"))


def assess(members: list[Rec], documents: Optional[Mapping[str, Mapping[str, Any]]] = None, *, corroboration: int = CORROBORATION) -> dict[str, Any]:
    """Status, status history, rival claims and source facts of one fused event's records.

    ``supporting`` lists the ids of the mentions that support the agreed claim
    (no rival fill of a role, no denial): the event's sources are counted over
    those only. Each rival claim lists its own ``sources``. The corroboration
    count uses the same source keys (:func:`~tidings.fuse.sources.source_keys`).
    """
    countries: set[str] = set()
    names: set[str] = set()
    for rec in members:
        for actor in (rec.source, rec.target):
            if actor is not None:
                if actor.country:
                    countries.add(actor.country)
                if actor.name:
                    names.add(actor.name)
        if rec.place_country:
            countries.add(rec.place_country)
    auth = {rec.id: is_authoritative(rec, countries, names) for rec in members}
    source_dict, target_dict, swapped = consensus(members, {rid: (3.0 if a else 1.0) for rid, a in auth.items()})
    agreed = {"source": _actor(source_dict), "target": _actor(target_dict)}

    # which mentions support the agreed claim: no rival fill of a role, no denial
    rival_of: dict[str, list[tuple[str, Actor]]] = {}
    for rec in members:
        s, t = (rec.target, rec.source) if swapped.get(rec.id) else (rec.source, rec.target)
        rival_of[rec.id] = [(role, actor) for role, actor in (("source", s), ("target", t))
                            if actor is not None and (is_rival(actor, agreed[role]) or contradicts(rec, role, agreed[role]))]
    supporting = [rec for rec in members if not rival_of[rec.id] and not _denies(rec)]
    keys = source_keys(supporting, documents)

    # an editor's note or update was said after the article it is appended to
    timed = sorted(members, key=lambda r: (mention_time(r, documents) or "", bool(r.mention.get("update")), r.order))
    history: list[dict[str, Any]] = []
    rivals: list[dict[str, Any]] = []
    reporters: set[str] = set()
    last_authority: Optional[str] = None
    confirmed_by: Optional[tuple[str, Optional[str]]] = None  # (by, when) of the last authoritative confirmation
    denials = 0
    current: Optional[str] = None
    agreed_seen = False
    for rec in timed:
        when = mention_time(rec, documents)
        by = attribution(rec.mention, documents)
        rival_roles = rival_of[rec.id]
        denies = _denies(rec)
        if rival_roles:
            for role, actor in rival_roles:
                raw = rec.raw.get("target" if swapped[rec.id] ^ (role == "target") else "source") or {}
                rivals.append({
                    "role": role,
                    "claim": (raw.get("name") if isinstance(raw, dict) else raw) or actor.name,
                    "against": (agreed_raw.get("name") if (agreed_raw := (source_dict if role == "source" else target_dict)) else None),
                    "by": by,
                    "as_of": when,
                    "mention": rec.id,
                    "status": "open",
                    "refuted": False,
                    "refuted_by": None,
                    "refuted_as_of": None,
                    "sources": source_list([rec], documents),  # a rival claim's own sources, never the event's
                })
                if last_authority == "confirm" and confirmed_by is not None:
                    # told after an authority confirmed the agreed version: already refuted by it
                    rivals[-1].update(status="refuted", refuted=True, refuted_by=confirmed_by[0], refuted_as_of=confirmed_by[1])
        elif denies:
            if auth[rec.id]:
                last_authority = "deny"
            else:
                denials += 1
        else:
            if auth[rec.id]:
                last_authority = "confirm"
                confirmed_by = (by, when)
                for claim in rivals:
                    if claim["status"] == "open":
                        claim.update(status="refuted", refuted=True, refuted_by=by, refuted_as_of=when)
            if rec.status != "unconfirmed" and not is_anonymous(rec.mention):
                reporters.add(keys[rec.id])
        agreed_seen = agreed_seen or not rival_roles
        # a rival claim disputes a version already told; on its own it is just an unconfirmed report
        open_rivals = agreed_seen and any(c["status"] == "open" for c in rivals)
        if last_authority == "confirm":
            status = "confirmed"
        elif last_authority == "deny":
            status = "denied"
        elif denials or open_rivals:
            status = "disputed"
        elif len(reporters) >= corroboration:
            status = "confirmed"
        elif reporters:
            status = "reported"
        else:
            status = "unconfirmed"
        if status != current:
            history.append({"status": status, "as_of": when, "by": by})
            current = status
    return {
        "status": current or "reported",
        "status_history": history,
        "rival_claims": rivals,
        "authoritative": [rid for rid, a in auth.items() if a],
        "supporting": [rec.id for rec in supporting],
        "source": source_dict,
        "target": target_dict,
    }


def fill_names(actor: Optional[Mapping[str, Any]]) -> str:
    """The normalised name of an actor record ("" without one)."""
    return norm_name((actor or {}).get("name"))
