"""Which unnamed sources are anonymous: officials and police are attributed, a request not to be named is anonymous (own sentences)."""

from __future__ import annotations

import pytest
from coding_factory import coded


@pytest.mark.parametrize(
    ("text", "code", "status"),
    [
        ("Officials said soldiers shelled the village of Kafr Nabl on Sunday.", "19", "reported"),
        ("Police said they arrested the driver in Leeds on Friday.", "17", "reported"),
        ("Unnamed officials said soldiers shelled the village of Kafr Nabl on Sunday.", "19", "unconfirmed"),
        ("Officials who asked not to be named said soldiers shelled the village of Kafr Nabl on Sunday.", "19", "unconfirmed"),
        ("A diplomat, who declined to be identified, said Iran had expelled the Dutch ambassador.", "16", "unconfirmed"),
        ("An official who was not authorized to speak publicly said troops shelled the port of Hodeidah.", "19", "unconfirmed"),
        ("Sources said the army shelled the port of Hodeidah on Monday.", "19", "unconfirmed"),
    ],
)
def test_unnamed_sources_are_anonymous_only_with_a_cue(nlp, coding_context, text, code, status) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"].startswith(code)]
    assert events, [(e["type"]["cameo"], e["status"]) for e in coded(nlp, coding_context, text)]
    assert events[0]["status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Officials who asked not to be named said soldiers shelled the village of Kafr Nabl on Sunday.",
        "A diplomat, who declined to be identified, said Iran had expelled the Dutch ambassador.",
    ],
)
def test_asking_not_to_be_named_is_no_appeal_or_refusal(nlp, coding_context, text) -> None:
    codes = [e["type"]["cameo"] for e in coded(nlp, coding_context, text)]
    assert not [c for c in codes if c[:2] in {"02", "12"}], codes


def test_asking_someone_to_act_is_still_an_appeal(nlp, coding_context) -> None:
    codes = [e["type"]["cameo"] for e in coded(nlp, coding_context, "The mayor of Leeds asked residents to leave the city before the storm.")]
    assert any(c.startswith("02") for c in codes), codes


def test_a_punctuation_mark_parsed_as_the_speaker_is_no_source(nlp, coding_context) -> None:
    from spacy.tokens import Doc

    from tidings.code.attribution import find_attribution

    words = ['"', "said", "rebels", "attacked", "the", "town", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 3, 1, 5, 3, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"],
              pos=["PUNCT", "VERB", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], lemmas=['"', "say", "rebel", "attack", "the", "town", "."])
    assert find_attribution(doc, 3, knowledge=coding_context.knowledge, lexicon=coding_context.claims) is None
