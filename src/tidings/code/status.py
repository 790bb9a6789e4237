"""Status of one event mention (confirmed, reported, unconfirmed, ...) and how certain it is.

:func:`mention_status` combines the mention's modality (from
:func:`tidings.code.modality.analyse_modality`) with its cited source (from
:func:`tidings.code.attribution.find_attribution`). The first rule that
applies decides the status:

====  ==========================================================  ============
rule  when                                                        status
====  ==========================================================  ============
0     the consequent of a condition with a forecast cue            forecast
      ("if talks fail, the US will impose sanctions")
1     conditional (an antecedent, or a consequent without a       hypothetical
      forecast cue)
2     negated by a denial verb ("X denied that ...")              denied
2b    negated, with a forecast cue ("will not expel")              forecast
3     negated and not hedged ("did not visit", "had yet to")       denied
3b    unclear whether it will come, with a forecast cue           hypothetical
      ("it is uncertain whether he will be extradited")
4     a forecast cue ("will", "is set to", "plans to", "upcoming") forecast
5     a question, or negated and hedged                            unconfirmed
6     the source disputes it ("X disputed that ...")               disputed
7     hedged ("may", "reportedly", "if confirmed")                 unconfirmed
7b    future only through desire, intention, attempt or an         hypothetical
      unrealised infinitive ("wants to", "attempt to talk")
8     anonymous basis, not confirmed                               unconfirmed
9     weak reporting verb ("claimed", "alleged") of a              unconfirmed
      non-authoritative source
10    confirming verb from a named source, or an authoritative     confirmed
      source (``authoritative=True``: the actor itself, its
      government or its state media about its own side)
11    anything else: a named source or the outlet's own            reported
      unhedged voice
====  ==========================================================  ============

A *forecast cue* is a ``future`` cue whose ``forecast`` flag is not false
(:mod:`tidings.code.modality` sets it from the parse: desire and attempt
verbs, unrealised infinitives and plans set in the past are not forecasts).

Then the first adjustment that applies, if any, changes the status once:

=============  ====================================================  ==========
from           when                                                  to
=============  ====================================================  ==========
unconfirmed    hedged, and dated after the report ("could meet Kim   forecast
               before May")
forecast       its only future cue is a purpose infinitive of a      reported
               past act ("summoned ... to demand")
hypothetical   (7b) the same                                         reported
unconfirmed    a possibility modal on a bare event verb ("might      forecast
               hold a visit"), not from an anonymous basis
unconfirmed    hedged only by possibility words and modals ("may     hypothetical
               finally end", "a sentence is possible", "unlikely
               that ... would hold"; lexicon ``[hedge_kinds]``), not
               from an anonymous basis or a weak reporting verb
forecast       dated before the report ("the train Kim Jong Il rode  reported
               to visit Beijing in 2011")
hypothetical   (7b) the same                                         reported
reported,      dated after the report ("the summit opens on 3 June") forecast
confirmed
=============  ====================================================  ==========

Both tables are :data:`RULES`, the one place where the claim-status rules
live; the code stage works out the facts (:class:`StatusFacts`).

Anonymous sources that "confirm" are ``reported`` (rule 8 gives way to a
confirming verb, rule 10 needs a named source). Whether several mentions
contradict each other (a rival claim) is decided across documents by the
``fuse`` stage; here ``disputed`` only comes from a disputing verb.

Certainty is ``reliability(kind) * q`` where ``q`` is the modality
probability that the event is real (1.0 when no estimative cue), or
``1 - q`` for ``denied``, or 0.5 for ``disputed``; ``confirmed`` halves the
remaining doubt. Reliabilities by source kind are in the lexicon
(``[reliability]`` in ``data/lexicon/modality.toml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional

from .._types import CitedSource, Modality
from .modality import Lexicon

__all__ = ["mention_status", "certainty_of", "StatusFacts", "Rule", "RULES"]


@dataclass(frozen=True)
class StatusFacts:
    """What the status rules read about one mention."""

    labels: frozenset[str]
    strengths: frozenset[str]
    anonymous: bool
    authoritative: bool
    cited: bool
    hedged_future: bool = False
    past_purpose: bool = False
    modal_future: bool = False
    dated_past: bool = False
    forecast_cue: bool = False
    consequent: bool = False
    possibility: bool = False
    unsure: bool = False


@dataclass(frozen=True)
class Rule:
    """One row of the status table: applies to ``before`` (None: no status yet) when ``when`` holds."""

    name: str
    before: Optional[str]
    when: Callable[[StatusFacts], bool]
    status: str


# hedges that say nobody knows whether the act will come (settling rule 30: "it is uncertain whether he will be extradited")
_UNSURE = frozenset({"unclear", "uncertain", "unknown", "doubt", "doubts", "doubted", "doubtful"})  # "he doubts charges will be filed"


def _hedged(f: StatusFacts) -> bool:
    return "hedged" in f.labels


def _intent_only(f: StatusFacts) -> bool:
    """Future-oriented only through desire, intention, attempt or an unrealised infinitive: no forecast."""
    return "future" in f.labels and not f.forecast_cue


RULES: tuple[Rule, ...] = (
    Rule("consequent of a condition, with a forecast cue", None, lambda f: f.consequent and f.forecast_cue, "forecast"),
    Rule("conditional", None, lambda f: "conditional" in f.labels, "hypothetical"),
    Rule("denial verb", None, lambda f: "negated" in f.labels and "deny" in f.strengths, "denied"),
    Rule("negated forecast", None, lambda f: "negated" in f.labels and f.forecast_cue, "forecast"),
    Rule("negated, not hedged", None, lambda f: "negated" in f.labels and not _hedged(f), "denied"),
    Rule("unclear whether it will happen", None, lambda f: f.unsure and f.forecast_cue, "hypothetical"),
    Rule("future", None, lambda f: f.forecast_cue, "forecast"),
    Rule("question, or negated and hedged", None, lambda f: bool({"question", "negated"} & f.labels), "unconfirmed"),
    Rule("disputing verb", None, lambda f: "dispute" in f.strengths, "disputed"),
    Rule("hedged", None, _hedged, "unconfirmed"),
    Rule("desire, intention or attempt only", None, _intent_only, "hypothetical"),
    Rule("anonymous basis", None, lambda f: f.anonymous and "confirm" not in f.strengths, "unconfirmed"),
    Rule("weak verb, not authoritative", None, lambda f: "weak" in f.strengths and not f.authoritative, "unconfirmed"),
    Rule("confirmed", None, lambda f: not f.anonymous and (f.authoritative or ("confirm" in f.strengths and f.cited)), "confirmed"),
    Rule("reported", None, lambda f: True, "reported"),
    # adjustments: the first that applies changes the status once
    Rule("hedged estimate of a later date", "unconfirmed", lambda f: _hedged(f) and f.hedged_future, "forecast"),
    Rule("purpose infinitive of a past act", "forecast", lambda f: f.past_purpose, "reported"),
    Rule("purpose infinitive of a past act", "hypothetical", lambda f: _intent_only(f) and f.past_purpose, "reported"),
    Rule("possibility modal", "unconfirmed", lambda f: not f.anonymous and f.modal_future, "forecast"),
    Rule("possibility only", "unconfirmed", lambda f: _hedged(f) and f.possibility and not f.anonymous and "weak" not in f.strengths,
         "hypothetical"),
    Rule("dated before the report", "forecast", lambda f: f.dated_past, "reported"),
    Rule("dated before the report", "hypothetical", lambda f: _intent_only(f) and f.dated_past, "reported"),
    Rule("dated after the report", "reported", lambda f: f.hedged_future, "forecast"),
    Rule("dated after the report", "confirmed", lambda f: f.hedged_future, "forecast"),
)


def _decide(facts: StatusFacts) -> str:
    status = next(r.status for r in RULES if r.before is None and r.when(facts))
    adjust = next((r for r in RULES if r.before == status and r.when(facts)), None)
    return adjust.status if adjust is not None else status


def _strengths(modality: Modality, cited: Optional[CitedSource], lex: Lexicon) -> set[str]:
    out: set[Optional[str]] = {c.get("strength") for c in modality.get("cues", []) if c.get("label") in {"reported", "negated", "hedged"}}
    src: Optional[Mapping[str, Any]] = cited  # read as a mapping: the chain's "verb" and "cites" are not CitedSource fields
    while src:  # the verbs of the whole citation chain
        verb = src.get("verb")
        if verb and verb in lex.predicates:
            out.add(lex.predicates[verb].get("strength", "report"))
        src = src.get("cites")
    return {s for s in out if s is not None}


def certainty_of(status: str, probability: Optional[float], kind: str, *, lexicon: Lexicon) -> float:
    """Certainty of a status given the modality probability and the kind of source."""
    lex = lexicon
    rel = lex.reliability.get(kind, lex.reliability.get("other", 0.7))
    q = 1.0 if probability is None else float(probability)
    if status == "denied":
        q = 1.0 - q if probability is not None else 1.0
    elif status == "disputed":
        q = 0.5
    value = rel * q
    if status == "confirmed":
        value = 1.0 - (1.0 - value) / 2.0
    return round(min(1.0, max(0.0, value)), 3)


def mention_status(
    modality: Modality,
    cited_source: Optional[CitedSource],
    *,
    lexicon: Lexicon,
    outlet_kind: Optional[str] = None,
    authoritative: Optional[bool] = None,
    hedged_future: bool = False,
    past_purpose: bool = False,
    modal_future: bool = False,
    dated_past: bool = False,
) -> tuple[str, float]:
    """(status, certainty in 0..1) of one mention; see the module docstring for the rules.

    ``outlet_kind`` is the kind of the publishing outlet (``state_media``,
    ``agency``, ``media``, ``social_media``; used when nothing is cited);
    ``authoritative=True`` says the source is the actor itself or its own
    government/state media speaking about its own side, which makes an
    unhedged mention ``confirmed``. The remaining flags are the facts the
    adjustment rules read (see :class:`StatusFacts`).
    """
    lex = lexicon
    labels = frozenset(modality.get("labels", []))
    p = modality.get("probability")
    strengths = frozenset(_strengths(modality, cited_source, lex))
    if cited_source:
        kind = cited_source.get("kind") or "other"
        anonymous = bool(cited_source.get("anonymous"))
    else:
        kind = outlet_kind or "outlet"
        anonymous = False
    if kind not in lex.reliability:
        kind = "other" if cited_source else "outlet"
    if anonymous and kind not in {"anonymous", "social_media"}:
        kind = "anonymous"  # the basis decides how far it can be trusted
    cues = modality.get("cues", [])
    forecast_cue = any(c.get("label") == "future" and c.get("forecast", True) for c in cues)
    roles = {c.get("role") for c in cues if c.get("label") == "conditional"}
    hedges = [str(c.get("text", "")).lower() for c in cues if c.get("label") == "hedged"]
    possibility = bool(hedges) and all(h in lex.possibility or h.split()[-1] in lex.possibility for h in hedges) and not any(
        c.get("given") for c in cues if c.get("label") == "hedged")  # a hedge beside a given event (modality, _given_beside_hedge)
    facts = StatusFacts(labels, strengths, anonymous, bool(authoritative), cited_source is not None,
                        hedged_future=hedged_future, past_purpose=past_purpose, modal_future=modal_future, dated_past=dated_past,
                        forecast_cue=forecast_cue, consequent="consequent" in roles and "antecedent" not in roles,
                        possibility=possibility, unsure=any(_UNSURE & set(h.split()) for h in hedges))
    status = _decide(facts)
    return status, certainty_of(status, p, kind, lexicon=lex)
