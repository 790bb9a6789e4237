"""Status of one event mention (confirmed, reported, unconfirmed, ...) and how certain it is.

:func:`mention_status` combines the mention's modality (from
:func:`tidings.code.modality.analyse_modality`) with its cited source (from
:func:`tidings.code.attribution.find_attribution`). The first rule that
applies decides the status:

====  ==========================================================  ============
rule  when                                                        status
====  ==========================================================  ============
1     conditional (antecedent or consequent)                       hypothetical
2     negated by a denial verb ("X denied that ...")              denied
3     negated and not hedged ("did not visit")                     denied
4     future ("will", "is set to", "plans to")                     forecast
5     a question, or negated and hedged                            unconfirmed
6     the source disputes it ("X disputed that ...")               disputed
7     hedged ("may", "reportedly", "if confirmed")                 unconfirmed
8     anonymous basis, not confirmed                               unconfirmed
9     weak reporting verb ("claimed", "alleged") of a              unconfirmed
      non-authoritative source
10    confirming verb from a named source, or an authoritative     confirmed
      source (``authoritative=True``: the actor itself, its
      government or its state media about its own side)
11    anything else: a named source or the outlet's own            reported
      unhedged voice
====  ==========================================================  ============

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

from typing import Optional

from .._types import CitedSource, Modality
from .modality import Lexicon, load_lexicon

__all__ = ["mention_status", "certainty_of"]

_AUTHORITATIVE_KINDS = {"state_media", "government", "official"}


def _strengths(modality: Modality, cited: Optional[CitedSource], lex: Lexicon) -> set[str]:
    out = {c.get("strength") for c in modality.get("cues", []) if c.get("label") in {"reported", "negated", "hedged"}}
    src = cited
    while src:  # the verbs of the whole citation chain
        verb = src.get("verb")
        if verb and verb in lex.predicates:
            out.add(lex.predicates[verb].get("strength", "report"))
        src = src.get("cites")
    out.discard(None)
    return out  # type: ignore[return-value]


def certainty_of(status: str, probability: Optional[float], kind: str, *, lexicon: Optional[Lexicon] = None) -> float:
    """Certainty of a status given the modality probability and the kind of source."""
    lex = lexicon or load_lexicon()
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
    outlet: Optional[str] = None,
    outlet_kind: Optional[str] = None,
    authoritative: Optional[bool] = None,
    lexicon: Optional[Lexicon] = None,
) -> tuple[str, float]:
    """(status, certainty in 0..1) of one mention; see the module docstring for the rules.

    ``outlet``/``outlet_kind`` describe the publishing outlet (its kind is
    used when nothing is cited); ``authoritative=True`` says the source is
    the actor itself or its own government/state media speaking about its
    own side, which makes an unhedged mention ``confirmed``.
    """
    lex = lexicon or load_lexicon()
    labels = set(modality.get("labels", []))
    p = modality.get("probability")
    strengths = _strengths(modality, cited_source, lex)
    if cited_source:
        kind = cited_source.get("kind") or "other"
        anonymous = bool(cited_source.get("anonymous"))
    else:
        if outlet_kind is None and outlet:
            facts = next((f for name, f in lex.outlets.items() if outlet in {name, *f.get("aliases", [])}), None)
            outlet_kind = facts.get("kind") if facts else None
        kind = outlet_kind or "outlet"
        anonymous = False
    if kind not in lex.reliability:
        kind = "other" if cited_source else "outlet"
    hedged = "hedged" in labels
    if anonymous and kind not in {"anonymous", "social_media"}:
        kind = "anonymous"  # the basis decides how far it can be trusted

    if "conditional" in labels:
        status = "hypothetical"
    elif "negated" in labels and "deny" in strengths:
        status = "denied"
    elif "negated" in labels and not hedged:
        status = "denied"
    elif "future" in labels:
        status = "forecast"
    elif "question" in labels or "negated" in labels:
        status = "unconfirmed"
    elif "dispute" in strengths:
        status = "disputed"
    elif hedged:
        status = "unconfirmed"
    elif anonymous and "confirm" not in strengths:
        status = "unconfirmed"
    elif "weak" in strengths and not authoritative:
        status = "unconfirmed"
    elif not anonymous and (
        authoritative
        or ("confirm" in strengths and cited_source is not None)
    ):
        status = "confirmed"
    else:
        status = "reported"
    return status, certainty_of(status, p, kind, lexicon=lex)
