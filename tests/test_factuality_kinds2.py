"""More kinds of sentence whose factuality the gold guidelines settle (section 4 and the settling rules). Sentences
written for these tests; each kind has near misses that must keep their reading."""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings.evaluate.events import factuality_class


def _factuality(nlp, coding_context, text: str, trigger: str) -> str:
    events = coded(nlp, coding_context, text)
    hits = [e for e in events if trigger in e["type"]["trigger"].lower().split()]
    assert hits, [(e["type"]["trigger"], e["status"]) for e in events]
    return factuality_class(hits[0])


def _charge(nlp, text: str, trigger: str):
    from tidings.code.modality import charge_of, load_lexicon

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == trigger)
    words = charge_of(tok, load_lexicon())
    return None if words is None else " ".join(t.lower_ for t in words)


@pytest.mark.parametrize(
    ("text", "trigger", "charge"),
    [
        # an act named inside a charge or accusation, through a chain of complements (settling rules 17, 18)
        ("The general was accused of plotting a coup against the president.", "coup", "accused of"),
        ("Three men were charged with conspiracy to defraud the bank.", "defraud", "charged with"),
        ("She is accused of taking part in an armed robbery in Miami.", "robbery", "accused of"),
        ("Two men were arrested on charges of assaulting a police officer.", "assaulting", "charges of"),
        ("He was arrested on a charge of assaulting a police officer.", "assaulting", "charge of"),
        ("The colonel was indicted for ordering the massacre of prisoners.", "massacre", "indicted for"),
        # near misses: a conviction or a guilty plea establishes the act
        ("He pleaded guilty to charges of assaulting a police officer.", "assaulting", None),
        ("He was convicted on two counts of assaulting a police officer.", "assaulting", None),
        # a negated charge, and the incident named apart from the charge ("murder in the shooting of")
        ("He was not charged with assaulting the officer.", "assaulting", None),
        ("He was charged with murder in the shooting of a police officer.", "shooting", None),
        # "charge" as control, and other senses of the words
        ("The major crimes unit took charge of the investigation into the bombing.", "investigation", None),
        ("The colonel in charge of the raid on the compound was dismissed.", "raid", None),
        ("The envoy was charged with overseeing the investigation into the bombing.", "investigation", None),
        ("A retired judge was charged with leading the inquiry into the riot.", "inquiry", None),
        ("The council counted the votes after the protest at the town hall.", "protest", None),
        ("The airline will charge passengers for changes to a booking.", "changes", None),
    ],
)
def test_an_act_named_inside_a_charge_is_alleged(nlp, text, trigger, charge) -> None:
    assert _charge(nlp, text, trigger) == charge


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        ("The general was accused of plotting a coup against the president.", "coup", "reported_unconfirmed"),
        ("Three men were charged with conspiracy to defraud the bank.", "defraud", "reported_unconfirmed"),
        ("She is accused of taking part in an armed robbery in Miami.", "robbery", "reported_unconfirmed"),
        # near misses: the robbery a bank suffered, the investigation a unit took charge of
        ("Police are investigating the robbery of a bank in Dover.", "robbery", "happened"),
        ("The major crimes unit took charge of the investigation into the bombing.", "bombing", "happened"),
    ],
)
def test_a_charged_act_is_reported_unconfirmed(nlp, coding_context, text, trigger, factuality) -> None:
    assert _factuality(nlp, coding_context, text, trigger) == factuality
