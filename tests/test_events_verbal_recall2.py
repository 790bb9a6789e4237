"""Verbal events the coder used to miss, second round (issue 10): speech acts of people known by a title given in
another sentence, speech acts in a document of words, names given with "call", and accusations and criticism in
their other frames ("put the blame on", "repeated charges that", "attacked him for failing to").

Sentences written for these tests. Each rule has its near misses: a private person's word stays no event, a treaty
or a firm's release speaks for no one, the law's charges stay charges, an armed attack stays an attack.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model


def roots(nlp, coding_context, text: str) -> list[tuple[str, str]]:
    """(CAMEO root, trigger) of each event record of ``text``."""
    return [(code[:2], trigger) for code, trigger in code_triggers(coded(nlp, coding_context, text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title is given with another mention of the person ("the campaign spokeswoman for the governor")
        ("Anna Berger, the campaign spokeswoman for the governor, spoke to reporters on Monday. "
         "Berger defended the decision to cancel the rally.", ("05", "defended")),
        ("Anna Berger, the campaign spokeswoman for the governor, spoke to reporters on Monday. "
         "Berger would not comment on the polls.", ("01", "comment")),
    ],
)
def test_a_weak_speech_act_takes_its_doer_from_the_persons_title(nlp, coding_context, text, expected):
    assert expected in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        # a person with no public title: a private word, no event
        "Anna Berger, a retired teacher, spoke to reporters on Monday. Berger defended the decision to cancel the picnic.",
        # a journey is a deed, not a word: the title rule leaves it alone
        "The singer Tom Rendell arrived in the city. He would go to the concert hall.",
    ],
)
def test_a_person_without_a_public_title_makes_no_weak_speech_act(nlp, coding_context, text):
    assert not [r for r in roots(nlp, coding_context, text) if r[1] in {"defended", "go"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army issued a statement condemning the bombing of the market.", ("11", "condemning")),
        ("A statement by the interior ministry described the killings as barbaric.", ("11", "described")),
        ("The opposition party's letter urged the president to resign.", ("02", "urged")),
    ],
)
def test_a_speech_act_in_a_document_of_words_is_its_authors(nlp, coding_context, text, expected):
    assert expected in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The treaty calls for free elections in the region.", "calls"),  # a document that is no one's words
        ("A statement condemned the bombing of the market.", "condemned"),  # no author named
    ],
)
def test_a_document_with_no_author_makes_no_speech_act(nlp, coding_context, text, trigger):
    assert not [r for r in roots(nlp, coding_context, text) if r[1] == trigger]


def test_call_with_a_name_is_the_naming_rule(nlp, coding_context):
    assert ("11", "called") in roots(nlp, coding_context, "The minister rejected the proposal, a plan he called a sham.")
    # a name that neither damns nor praises is no appeal either ("for" belongs to the name)
    assert not [r for r in roots(nlp, coding_context, "The governor called the tax deal a big step for all of us.")
                if r[1] == "called"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prime minister put the blame for the riots on foreign agents.", ("11", "put")),
        ("The opposition leader repeated charges that the ruling party had bought votes.", ("11", "repeated charges")),
        ("The senator attacked the minister for failing to stop the strike.", ("11", "attacked")),
        ("The opposition attacked the government for its handling of the floods.", ("11", "attacked")),
    ],
)
def test_accusations_and_criticism_in_their_other_frames(nlp, coding_context, text, expected):
    assert expected in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors filed charges against the governor.", ("17", "filed charges")),  # the law's charges
        ("Rebels attacked the town for the second time this year.", ("18", "attacked")),  # a count, no fault found
        ("Gunmen attacked the convoy for hours.", ("18", "attacked")),  # a span
    ],
)
def test_the_law_s_charges_and_armed_attacks_stay_what_they_are(nlp, coding_context, text, expected):
    found = roots(nlp, coding_context, text)
    assert expected in found
    assert not [r for r in found if r[0] == "11"]


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("The union insisted that the company withdraw the plan.", True),  # what someone must do: a demand
        ("The minister insisted on a recount.", True),
        # what is so, in the indicative: an assertion, no demand
        ("Officials in Brussels tried to calm the markets, insisting the crisis was a unique case.", False),
    ],
)
def test_insisting_is_a_demand_only_for_what_someone_must_do(nlp, coding_context, text, demand):
    assert (("10", "insisted") in roots(nlp, coding_context, text) or ("10", "insisting") in roots(nlp, coding_context, text)) is demand


def test_what_one_never_said_is_no_refusal_to_comment(nlp, coding_context):
    text = "Anna Berger, the campaign spokeswoman for the governor, spoke on Monday. Berger never said it."
    assert not [r for r in roots(nlp, coding_context, text) if r[1] == "said"]


def test_a_passive_of_approval_with_a_side_or_its_act_is_praise(nlp, coding_context):
    text = "The interior minister said he was heartened by the cooperation of the border police."
    assert ("05", "heartened") in roots(nlp, coding_context, text)
    assert not roots(nlp, coding_context, "The villagers were heartened by the rain.")  # a mood, no one praised


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels' demand for a prisoner exchange was refused by the government.", ("10", "demand")),
        ("The interior ministry rejected the opposition's request for new elections.", ("02", "request")),
    ],
)
def test_a_demand_or_an_appeal_answered_is_an_event_of_its_own(nlp, coding_context, text, expected):
    found = roots(nlp, coding_context, text)
    assert expected in found
    assert [r for r in found if r[0] == "12"]  # beside the refusal


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("The interior ministry's decision to release the two journalists surprised the opposition.", True),
        ("The coach's decision to retire surprised the fans.", False),  # nothing codeable decided
    ],
)
def test_a_decision_to_do_a_codeable_act_is_an_intent(nlp, coding_context, text, intent):
    assert (("03", "decision") in roots(nlp, coding_context, text)) is intent


def test_an_imperative_going_on_with_an_open_quotation_is_the_speakers_appeal(nlp, coding_context):
    text = 'The councillor rose in the chamber. Councillor Ann Rye then said: "If we ignore it, it will grow. Please oppose it.'
    assert ("02", "oppose") in roots(nlp, coding_context, text)
    # after a closed quotation an imperative is the writer's, no one's appeal
    closed = 'Police Chief Dan Moe spoke on Monday. "The thieves are clever," Moe said. Please lock your doors.'
    assert not [r for r in roots(nlp, coding_context, closed) if r[1] == "lock"]
