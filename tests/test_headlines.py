"""Headlines whose verb the parser read as a noun are parsed again with the verb in the past tense."""
from __future__ import annotations

import pytest
from coding_factory import coded

from tidings.code.headlines import _verb_lemmas, past_tense


@pytest.mark.parametrize(("lemma", "past"), [("lift", "lifted"), ("seize", "seized"), ("torch", "torched"), ("deny", "denied"),
                                              ("ban", "banned"), ("strike", "struck"), ("hold", "held"), ("play", "played")])
def test_past_tense(lemma: str, past: str) -> None:
    assert past_tense(lemma) == past


@pytest.mark.parametrize(("word", "lemma"), [("lifts", "lift"), ("sentences", "sentence"), ("frees", "free"), ("attack", "attack"),
                                              ("bodies", "body")])
def test_a_headline_word_may_be_a_verb_of_these_lemmas(word: str, lemma: str) -> None:
    assert lemma in _verb_lemmas(word)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Kenyan police fire tear gas at opposition rally in Nairobi", "fire", "175"),
        ("Gunmen attack bus in San Pedro Sula", "attack", "180"),
        ("Jury indicts man over hit-and-run death", "indicts", "173"),
        ("ECOWAS lifts sanctions on Guinea", "lifts", "085"),
        ("Ukraine strikes Russian oil refinery, governor says", "strikes", "190"),
        # a clause of its own under a root read as a noun leaves the headline without its main clause
        ("Riot police fire teargas as opposition supporters rally in Harare", "fire", "175"),
        ("Zimbabwe shuts internet as protests spread", "shuts", "172"),
    ],
)
def test_a_headline_verb_read_as_a_noun_is_coded(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == trigger and e["type"]["cameo"] == code for e in events), [
        (e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text", ["Rising prices hit households", "Flood waters rise in Lagos", "Weekend weather outlook for the coast"])
def test_a_headline_of_no_act_stays_without_event(nlp, coding_context, text: str) -> None:
    assert not coded(nlp, coding_context, text)


@pytest.mark.model
def test_a_headline_noun_after_a_possessor_stays_a_noun(nlp, coding_context) -> None:
    # "Williams' DUI arrest just the latest": the arrest is Williams', read as a noun
    events = coded(nlp, coding_context, "Williams' DUI arrest just the latest for the team")
    assert [(e["type"]["cameo"], (e.get("target") or {}).get("text")) for e in events] == [("173", "Williams")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "headline", "code"),
    [
        ("Two men charged in car break-ins\n\nDeputies arrested the men on Friday in Maysville.", "Two men charged in car break-ins", "173"),
        ("Police arrest teen after hit-and-run\n\nThe boy was held on Friday.", "Police arrest teen after hit-and-run", "173"),
    ],
)
def test_a_headline_ending_on_a_hyphenated_word_is_a_sentence_of_its_own(
        nlp, coding_context, text: str, headline: str, code: str) -> None:
    doc = nlp(text)
    assert next(doc.sents).text.strip() == headline
    events = coded(nlp, coding_context, text)
    assert any(e["mentions"][0]["sentence"].strip() == headline and e["type"]["cameo"].startswith(code) for e in events), [
        (e["type"]["cameo"], e["mentions"][0]["sentence"]) for e in events]
