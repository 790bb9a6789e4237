"""Verbal events the coder used to miss (issue 10): assertions, statements made in a named medium, quotations cut
from their say-verb, and declarations of innocence.

Sentences written for these tests. Each rule has its near misses: a verb of asserting with a noun object is no
statement, a quotation with nothing evaluative in it stays no event, a duty cut from its speaker is no demand.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model


def statements(nlp, coding_context, text: str) -> list[tuple[str, str]]:
    """(code, trigger) of the statement candidates (say-verbs, quotations) the coder finds in ``text``."""
    from tidings.code.events import find_events

    doc = nlp(text)
    return [(c.code, c.trigger_text) for c in find_events(doc, coding_context.events, actor_noun=coding_context.actor_noun)
            if c.statement]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of asserting with a clause of its own is a statement, coded by what it asserts
        ("Senator Ana Ruiz insisted that the election was a disgrace.", ("111", "insisted")),
        ("The foreign minister maintained that the referendum was not fair.", ("111", "maintained")),
        ("The interior ministry reiterated that the protesters were to blame for the riot.", ("112", "reiterated")),
        # or a quotation it frames
        ('"This decision is shameful," the opposition leader declared.', ("111", "declared")),
    ],
)
def test_a_verb_of_asserting_with_a_clause_is_a_statement(nlp, coding_context, text, expected):
    assert expected in statements(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        # a noun object: another act, or none
        "The army maintained its presence in the northern province.",
        "The ruling party claimed three seats in the capital.",
        # an assertion verb inside what a say-verb reports is the say-verb's content, not a second speaker
        "The general said the ministry would repeat the exercise next year.",
    ],
)
def test_a_verb_of_asserting_without_a_clause_is_no_statement(nlp, coding_context, text):
    assert not [s for s in statements(nlp, coding_context, text)
                if s[1].lower() in {"maintained", "claimed", "repeat"}]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the parser hangs the that-clause on the medium's noun; it is still what is said
        ("The ministry said in a statement that the vote was rigged.", "111"),
        ("The governor said in an interview that the decision was outrageous.", "111"),
        ("The embassy said in a letter that the volunteers were heroes.", "051"),
    ],
)
def test_what_is_said_in_a_named_medium_codes_the_statement(nlp, coding_context, text, code):
    assert (code, "said") in statements(nlp, coding_context, text)


def test_a_relative_clause_on_the_medium_is_not_what_is_said(nlp, coding_context):
    # "a statement which was read out" describes the statement; nothing said is quoted or evaluative
    assert statements(nlp, coding_context, "The ministry said in a statement which was read on radio that talks would resume.") \
        in ([], [("010", "said")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted sentence of criticism, praise or sympathy whose speaker the sentence before names (settling rule 3)
        ('Interior Minister Kemal Aydin spoke in Ankara on Tuesday. "The attack was cowardly," Aydin said. '
         '"Their acts are a disgrace to the nation."', ("111", "disgrace")),
        ('Mayor Lena Varga visited the fire station. "They did their duty," Varga said. "The firefighters are heroes."',
         ("051", "heroes")),
        # an appeal in the imperative
        ('Police Chief Omar Halabi spoke to reporters. "We are searching the area," Halabi said. '
         '"Don\'t leave your keys outside your homes."', ("020", "leave")),
    ],
)
def test_an_evaluative_quotation_cut_from_its_verb_is_the_speakers_act(nlp, coding_context, text, expected):
    assert expected in code_triggers(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    "text",
    [
        # nothing evaluative in the quotation
        'Mayor Lena Varga visited the fire station. "They did their duty," Varga said. "The station opened in 1950."',
        # a duty cut from its speaker: as often a general position as a demand
        'Foreign Minister Ana Ruiz spoke in Lima. "We talked for hours," Ruiz said. "Steps need to be taken."',
        # no quotation in the sentence before: no speaker to give it
        'The minister visited the port on Monday. "Their acts are a disgrace to the nation."',
    ],
)
def test_a_quotation_cut_from_its_verb_without_an_evaluation_or_a_speaker_is_no_event(nlp, coding_context, text):
    last = text.rsplit('"', 2)[-2] if text.endswith('"') else text
    coded_last = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] in last]
    assert not [e for e in coded_last if e["type"]["cameo"][:2] in {"01", "02", "05", "10", "11"}]


@pytest.mark.parametrize(
    "text",
    [
        "All four defendants have maintained their innocence.",
        "The former general protested his innocence before the tribunal.",
        "The jailed opposition leader has always proclaimed her innocence.",
    ],
)
def test_declaring_ones_innocence_is_a_denial(nlp, coding_context, text):
    assert "016" in [c for c, _ in code_triggers(coded(nlp, coding_context, text))]


@pytest.mark.parametrize(
    "text",
    [
        "The army maintained its presence in the province.",
        "Students protested the tuition increase outside the ministry.",
    ],
)
def test_maintaining_or_protesting_something_else_is_no_denial(nlp, coding_context, text):
    assert "016" not in [c for c, _ in code_triggers(coded(nlp, coding_context, text))]


def test_a_claim_of_responsibility_is_coded_even_when_denied(nlp, coding_context):
    rows = code_triggers(coded(nlp, coding_context, "Local news. There was no immediate claim of responsibility for the bombing."))
    assert ("015", "claim") in rows


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # disputing an assertion denies it (016), like "denied the report"
        ("The defence ministry strongly disputed that claim on Monday.", "016"),
        ("Government officials disputed the allegation.", "016"),
        # blocking a measure or a decision rejects it (120)
        ("Opposition senators blocked the bill on Tuesday.", "120"),
        ("The council blocked the appointment of the new police chief.", "120"),
    ],
)
def test_disputing_an_assertion_and_blocking_a_measure_are_coded(nlp, coding_context, text, code):
    assert code in [c for c, _ in code_triggers(coded(nlp, coding_context, text))]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a road blocked is still an obstruction (144), not a rejection; a disputed thing that is no assertion denies nothing
        ("Protesters blocked the main road to the airport.", "120"),
        ("The two villages disputed the ownership of the well.", "016"),
    ],
)
def test_blocking_a_road_or_disputing_a_thing_is_not_these_codes(nlp, coding_context, text, code):
    assert code not in [c for c, _ in code_triggers(coded(nlp, coding_context, text))]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # a leading title of a public body the knowledge knows: the speaker speaks for that body
        ('Ricardo Alvarez, head of the Cuban National Assembly, spoke on Monday. "That is a disgrace," Alvarez told reporters.',
         "LEG"),
        ('Maria Lopez, spokeswoman for the Chilean Foreign Ministry, spoke on Monday. "The decision is unacceptable," Lopez said.',
         "GOV"),
    ],
)
def test_a_speaker_titled_as_head_of_a_public_body_speaks_for_it(nlp, coding_context, text, sector):
    said = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"] == "111"]
    assert said and (said[0].get("source") or {}).get("sector") == sector


@pytest.mark.parametrize(
    "text",
    [
        # a private body: a club's director speaks for no public actor (settling rule 2)
        'Tom Baker, director of the Riverside Golf Club, spoke on Monday. "That is a disgrace," Baker told reporters.',
        'Ann Cole, head of the Hillside Book Circle, spoke on Monday. "That is a disgrace," Cole told reporters.',
    ],
)
def test_a_speaker_titled_as_head_of_a_private_body_makes_no_statement(nlp, coding_context, text):
    assert "111" not in [c for c, _ in code_triggers(coded(nlp, coding_context, text))]


@pytest.mark.parametrize(
    ("said", "code"),
    [
        # lying down is no lie told
        ('"She was lying on the ground when we arrived," the fire chief said.', "010"),
        ('"He lies in a coma at the city hospital," the police spokesman said.', "010"),
        # a lie told stays criticism
        ('"The minister is lying to the public," the opposition leader said.', "111"),
    ],
)
def test_lying_down_is_no_criticism(nlp, said, code):
    from tidings.code.events import statement_code

    doc = nlp(said)
    verb = next(t for t in doc if t.lemma_ == "say")
    content = [t for t in doc if t.i < verb.i]
    assert statement_code(content)[0] == code


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a narrated past state or act in the past progressive frames no statement (settling rule 19)
        ('Fire Chief Dan Moore spoke at the scene. "She was lying on the ground when we got there," Moore said.', False),
        ('Police Chief Omar Halabi spoke to reporters. "We were searching the house all night," Halabi said.', False),
        # a view in the present stays a statement
        ('Police Chief Omar Halabi spoke to reporters. "The town is shocked and angry," Halabi said.', True),
    ],
)
def test_a_quoted_past_progressive_is_narration_not_a_statement(nlp, coding_context, text, kept):
    said = [c for c, t in code_triggers(coded(nlp, coding_context, text)) if t == "said"]
    assert bool(said) == kept


@pytest.mark.parametrize(
    "text",
    [
        # an evaluative word said of a thing or a condition judges no one: a road advisory, no criticism
        'Governor Ana Ruiz toured the valley on Sunday. "Our hearts are with the families," Ruiz said in a statement. '
        '"The mountain passes are still treacherous, so drive slowly and stay home if you can."',
        'Mayor Tomas Berg visited the shelter. "We have opened two more halls," Berg said. "The old dormitories were a disgrace."',
        'Minister Lina Okafor spoke in the port. "The ships are unloading," Okafor said. "These are treacherous waters."',
    ],
)
def test_an_evaluative_word_said_of_a_thing_in_a_cut_quotation_is_no_event(nlp, coding_context, text):
    last = text.rsplit('"', 2)[-2]
    coded_last = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] in last]
    assert not [e for e in coded_last if e["type"]["cameo"][:2] in {"05", "11"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the near misses: the same words said of an actor or of an actor's act stay the speaker's criticism
        ('Governor Ana Ruiz toured the valley on Sunday. "Our hearts are with the families," Ruiz said in a statement. '
         '"The contractors\' conduct was treacherous."', ("111", "treacherous")),
        ('Mayor Tomas Berg visited the shelter. "We have opened two more halls," Berg said. "The police were careless."',
         ("111", "careless")),
        ('Mayor Tomas Berg visited the shelter. "We have opened two more halls," Berg said. "It is outrageous."',
         ("111", "outrageous")),
        ('Minister Lina Okafor spoke in the port. "The ships are unloading," Okafor said. "The dock workers were heroes."',
         ("051", "heroes")),
    ],
)
def test_an_evaluative_word_said_of_an_actor_or_its_act_in_a_cut_quotation_is_kept(nlp, coding_context, text, expected):
    assert expected in code_triggers(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a private body disputing a claim on a matter of its own trade speaks on no public matter (settling rule 2)
        ("The gallery disputed the claim that the drawing was a forgery.", False),
        ("The orchestra disputed the report that its conductor had quit.", False),
        # a public body disputing the same claim, or a private body disputing a public body's claim, stays a denial
        ("The culture ministry disputed the claim that the drawing was a forgery.", True),
        ("The gallery disputed the ministry's claim that the vase had been looted.", True),
    ],
)
def test_a_private_body_disputing_a_claim_of_its_trade_is_no_denial(nlp, coding_context, text, kept):
    assert ("016" in [c for c, _ in code_triggers(coded(nlp, coding_context, text))]) is kept
