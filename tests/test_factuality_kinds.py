"""Kinds of sentence whose factuality the gold guidelines settle (section 4, settling rules 4 and 13): realised purposes,
ranked infinitives, performative speech acts, attempts told in the past, refusals, reported "would" and conjuncts with
their own auxiliary. Sentences written for these tests; each kind has near misses that must keep their reading."""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings.evaluate.events import factuality_class


def _factuality(nlp, coding_context, text: str, trigger: str) -> str:
    events = coded(nlp, coding_context, text)
    hits = [e for e in events if trigger in e["type"]["trigger"].lower().split()]
    assert hits, [(e["type"]["trigger"], e["status"]) for e in events]
    return factuality_class(hits[0])


def _labels(nlp, text: str, trigger: str) -> set[str]:
    from tidings.code.modality import analyse_modality, load_lexicon

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == trigger)
    return set(analyse_modality(doc, tok.i, lexicon=load_lexicon())["labels"]) - {"reported"}


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        # the purpose of an act that was done is reported with it
        ("Firefighters were called to the warehouse to investigate a suspected arson.", "investigate", "happened"),
        ("The government has sent inspectors to the mine to investigate the explosion.", "investigate", "happened"),
        ("The ministry dispatched a team to Gaza to investigate the shelling.", "investigate", "happened"),
        # near miss: a purpose still ahead is not done; it is forecast with the act it is the purpose of
        ("The ministry will send a team to Gaza to investigate the shelling.", "investigate", "future"),
    ],
)
def test_the_purpose_of_a_done_act_is_reported_with_it(nlp, coding_context, text, trigger, factuality) -> None:
    assert _factuality(nlp, coding_context, text, trigger) == factuality


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("She was the first journalist to be arrested under the new law.", "arrested", set()),
        ("He became the 12th opposition leader to be detained this year.", "detained", set()),
        ("It was the first time that monitors had been allowed to inspect the prison.", "inspect", set()),
        ("The court has given the company until Friday to pay the fine.", "pay", {"future"}),  # time granted: not done
        # near miss: a ranked noun in a clause still to come
        ("She will be the first minister to visit the island.", "visit", {"future"}),
    ],
)
def test_an_infinitive_of_a_ranked_noun_counts_a_happening_granted_time_does_not(nlp, text, trigger, expected) -> None:
    assert _labels(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ('"I want to thank the Kenyan police for their help," the minister said.', "thank", set()),
        ('"We wish to congratulate the people of Chile," the foreign ministry said.', "congratulate", set()),
        ('"The government would like to express its condolences to the families," the statement said.', "express", set()),
        ('"I have had the chance to thank the rescuers in person," the mayor said.', "thank", set()),
        # near misses: a wish in the past, a wish to do something else, a negated wish
        ("The mayor wanted to thank the rescuers.", "thank", {"future"}),
        ('"I want to visit the refugee camp," the minister said.', "visit", {"future"}),
        ('"We do not want to condemn anyone yet," the spokesman said.', "condemn", {"future", "negated"}),
    ],
)
def test_a_speech_act_performed_by_announcing_it_is_made(nlp, text, trigger, expected) -> None:
    assert _labels(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        ("Police say the man tried to rob a woman outside a bank.", "rob", "negated"),
        ("The gunman fled after he attempted to kidnap a student.", "kidnap", "negated"),
        ("Two teenagers knocked the woman down while trying to steal her bag.", "steal", "negated"),
        # near misses: an attempt still under way or to come stays an intention
        ("Rebels are trying to seize the airport.", "seize", "hypothetical"),
        ("Rebels will try to seize the airport.", "seize", "future"),
    ],
)
def test_an_attempt_told_in_the_past_did_not_succeed(nlp, coding_context, text, trigger, factuality) -> None:
    assert _factuality(nlp, coding_context, text, trigger) == factuality


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The talks stalled over Serbia's refusal to recognize the court.", "recognize", {"negated"}),
        ("The senators criticised the failure to ratify the treaty.", "ratify", {"negated"}),
        ("Authorities are refusing to allow more protests in the capital.", "protests", {"negated"}),
        ("The council did not permit the march.", "march", {"negated"}),
        # near misses: a refusal noun without an infinitive, an allowed act
        ("The refusal of the union angered the minister.", "union", set()),
        ("The council allowed the march.", "march", set()),
    ],
)
def test_a_refused_or_forbidden_act_is_negated(nlp, text, trigger, expected) -> None:
    assert _labels(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The union announced on Monday that it would strike.", "strike", {"future"}),
        ("The commission said it would investigate the killings.", "investigate", {"future"}),
        # near misses: a condition, a counterfactual perfect, a negation, a present report, a weak verb
        ("The commission said it would investigate the killings if asked.", "investigate", {"conditional", "hedged"}),
        ("Analysts said a raid would have killed dozens.", "killed", {"hedged"}),
        ("The commission says it would investigate the killings.", "investigate", {"hedged"}),
        ("The rebels claimed the army would attack the town.", "attack", {"hedged"}),
    ],
)
def test_would_in_a_past_report_is_the_reported_will(nlp, text, trigger, expected) -> None:
    assert _labels(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The firm said it did not need a permit and is going to ignore the order.", "ignore", {"future"}),
        ("The mayor did not resign and has refused to apologise.", "refused", set()),
        # near miss: a bare conjunct shares the negation
        ("The army did not attack or shell the town.", "shell", {"negated"}),
    ],
)
def test_a_conjunct_with_its_own_auxiliary_keeps_its_polarity(nlp, text, trigger, expected) -> None:
    assert _labels(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The suspect is wanted for questioning in two robberies.", "robberies", set()),
        # near miss: an active wish
        ("The union wants talks with the minister.", "talks", {"future"}),
    ],
)
def test_wanted_by_the_police_is_no_wish(nlp, text, trigger, expected) -> None:
    assert _labels(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "not ... until" puts the event later; it does not deny it
        ("The exiled leader did not return until 2005.", "return", set()),
        ("Talks are not expected to resume until the new year.", "resume", {"future"}),
        # near miss: a plain negation
        ("The exiled leader did not return.", "return", {"negated"}),
    ],
)
def test_not_until_delays_the_event(nlp, text, trigger, expected) -> None:
    assert _labels(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a relative clause on a noun is presupposed: the condition or question around it does not reach it
        ("It is unclear if the court will return the land the army seized.", "seized", set()),
        ("If police catch the men who robbed the bank, they will be charged.", "robbed", set()),
        # near miss: the clause holding the condition keeps it
        ("If police catch the men who robbed the bank, they will be charged.", "catch", {"conditional"}),
    ],
)
def test_a_relative_clause_is_outside_a_condition(nlp, text, trigger, expected) -> None:
    assert _labels(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ('The senator said, "If the army had acted, we would have won."', "said", set()),
        ('"If the army attacks, we will respond," the commander said.', "said", set()),
        # near miss: the quoted act keeps its condition
        ('"If the army attacks, we will respond," the commander said.', "attacks", {"conditional"}),
    ],
)
def test_a_condition_in_a_quotation_is_not_the_sayings(nlp, text, trigger, expected) -> None:
    assert _labels(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a past obligation and a kept promise were carried out
        ("Police had to close the road after the crash.", "close", set()),
        ("The kidnappers kept their promise to free the children.", "free", set()),
        # near misses: an obligation to come, a promise not kept
        ("Police will have to close the road.", "close", {"future"}),
        ("The kidnappers did not keep their promise to free the children.", "free", {"future"}),
    ],
)
def test_a_past_obligation_or_a_kept_promise_was_carried_out(nlp, text, trigger, expected) -> None:
    assert _labels(nlp, text, trigger) == expected
