"""The mention status table and its certainty."""

from __future__ import annotations

import pytest

from tidings._types import STATUSES
from tidings.code.status import certainty_of, mention_status


def modality(*labels, p=None, strength=None):
    cues = [{"text": lab, "start": 0, "end": 1, "label": lab} for lab in labels]
    if strength:
        cues.append({"text": "v", "start": 0, "end": 1, "label": "reported", "strength": strength})
    return {"labels": list(labels), "cues": cues, "probability": p}


def source(kind="media", anonymous=False, verb="say", **extra):
    return {"name": "X", "kind": kind, "anonymous": anonymous, "state_media": kind == "state_media", "country": None,
            "text": "X", "start": 0, "end": 1, "verb": verb, **extra}


@pytest.mark.parametrize(
    "mod, src, kwargs, expected",
    [
        (modality(), None, {}, "reported"),  # the outlet's own unhedged voice
        (modality("reported"), source(), {}, "reported"),
        (modality("reported", strength="confirm"), source("state_media", verb="confirm"), {}, "confirmed"),
        (modality("reported"), source("government"), {"authoritative": True}, "confirmed"),
        (modality("reported", strength="confirm"), source("anonymous", anonymous=True, verb="confirm"), {}, "reported"),
        (modality("reported"), source("anonymous", anonymous=True), {}, "unconfirmed"),
        (modality("reported"), source("media", anonymous=True, cites=source("anonymous", anonymous=True)), {}, "unconfirmed"),
        (modality("hedged", p=0.5), None, {}, "unconfirmed"),
        (modality("question", p=0.5), None, {}, "unconfirmed"),
        (modality("reported", p=0.6, strength="weak"), source(verb="claim"), {}, "unconfirmed"),
        (modality("negated", "reported", p=0.03, strength="deny"), source("government", verb="deny"), {}, "denied"),
        (modality("negated", p=0.03), None, {}, "denied"),
        (modality("negated", "hedged", p=0.35), None, {}, "unconfirmed"),
        (modality("future", p=0.85), None, {}, "forecast"),
        (modality("future", "hedged", p=0.5), source("expert"), {}, "forecast"),
        (modality("conditional", p=0.5), None, {}, "hypothetical"),
        (modality("conditional", "future", p=0.5), None, {}, "hypothetical"),
        (modality("reported", strength="dispute"), source(verb="dispute"), {}, "disputed"),
    ],
)
def test_status_table(coding_context, mod, src, kwargs, expected):
    status, certainty = mention_status(mod, src, lexicon=coding_context.claims, **kwargs)
    assert status == expected
    assert status in STATUSES
    assert 0.0 <= certainty <= 1.0


def test_a_confirmation_is_more_certain_than_a_report_from_the_same_kind_of_source(coding_context):
    lex = coding_context.claims
    confirmed = mention_status(modality("reported", strength="confirm"), source("agency", verb="confirm"), lexicon=lex)[1]
    reported = mention_status(modality("reported"), source("agency"), lexicon=lex)[1]
    assert confirmed > reported


@pytest.mark.parametrize("kind", ["anonymous", "social_media", "other"])
def test_weaker_sources_give_less_certainty_than_an_agency(coding_context, kind):
    lex = coding_context.claims
    assert certainty_of("reported", None, kind, lexicon=lex) < certainty_of("reported", None, "agency", lexicon=lex)


@pytest.mark.parametrize("p_low, p_high", [(0.3, 0.7), (0.45, 0.85), (0.05, 0.5)])
def test_certainty_follows_the_estimative_probability(coding_context, p_low, p_high):
    lex = coding_context.claims
    low = mention_status(modality("hedged", p=p_low), None, lexicon=lex)[1]
    high = mention_status(modality("hedged", p=p_high), None, lexicon=lex)[1]
    assert low < high


def test_a_firm_denial_is_certain_that_it_did_not_happen(coding_context):
    status, certainty = mention_status(modality("negated", p=0.03), source("government", verb="deny"), lexicon=coding_context.claims)
    assert status == "denied" and certainty > 0.8


def test_an_anonymous_basis_lowers_the_certainty_of_a_named_relay(coding_context):
    lex = coding_context.claims
    named = mention_status(modality("reported"), source("media"), lexicon=lex)[1]
    relayed = mention_status(modality("reported"), source("media", anonymous=True), lexicon=lex)[1]
    assert relayed < named


def test_the_outlets_kind_is_used_when_nothing_is_cited(coding_context):
    lex = coding_context.claims
    social = mention_status(modality(), None, lexicon=lex, outlet_kind="social_media")[1]
    agency = mention_status(modality(), None, lexicon=lex, outlet_kind="agency")[1]  # what the knowledge base says Reuters is
    assert social < agency
