"""Events the coder used to drop for the grammar of their clause, not for their word (sixth-round recall review, issue 10):
a lexicon row that names what the verb acts on ("hand over" a person, "intercept" a vessel, "capture" a place)
must find it in the passive, behind a relative pronoun and after a particle the parser reads as a preposition.

Sentences written for these tests; each names the CAMEO code (or its start) it must get, or a trigger that must
not start an event.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

from tidings.code.events import find_events

_codes = code_triggers


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # the passive's subject is what the verb acts on, for a class of objects too ("@person", "@vessel")
        ("Two key suspects have been handed over to the United States for trial.", "084", "handed"),
        ("The hostages were handed over to the Red Cross by the rebels.", "084", "handed"),
        ("The detainees were turned over to Afghan authorities on Friday.", "084", "turned"),
        ("The tanker was intercepted in the Gulf by the Iranian navy.", "171", "intercepted"),
        # a relative pronoun stands for its antecedent when the clause names the doer
        ("Israel refuses to return the Golan Heights, which it captured from Syria in 1967.", "192", "captured"),
        ("The rebels lost the airport, which they had seized from the army in May.", "192", "seized"),
        ("The embassy, which was seized by students in 1979, is now a museum.", "192", "seized"),
    ],
)
def test_acted_on_found_through_the_clause_grammar(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith(code) and trigger in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # things handed over, passes intercepted, costs and meetings that run over: no one acted on
        ("The keys were handed over to the new owner on Friday.", "handed"),
        ("Control of the club was handed over to the new owners.", "handed"),
        ("The documents were turned over to prosecutors last week.", "turned"),
        ("The pass was intercepted by the defender in the final minute.", "intercepted"),
        ("Costs ran over the budget by ten percent.", "ran"),
        ("The meeting ran over by an hour.", "ran"),
        # a relative clause with no doer names agreements of any kind, not one signing
        ("The new government will honor all of the agreements that have been signed.", "signed"),
        ("Exporters must respect the contracts that were signed before the ban.", "signed"),
        # an antecedent outside the row's objects does not make the act
        ("The market share that the company captured last year has shrunk.", "captured"),
        ("The photos that he captured in Venice won a prize.", "captured"),
    ],
)
def test_no_event_when_the_grammar_finds_no_such_object(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(trigger in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "over" read as a preposition: its object is still the person run over
        ("The driver ran over a woman in Leeds on Sunday.", "182"),
        ("He tried to run over her with his car.", "182"),
        ("A man ran over two boys outside the school.", "182"),
        # and "over" as a preposition of something else is no assault
        ("The ball ran over the line.", None),
        ("The river ran over its banks after the storm.", None),
    ],
)
def test_particle_read_as_preposition_keeps_its_object(nlp, coding_context, text: str, code: str | None) -> None:
    doc = nlp(text)
    ran = [c.code for c in find_events(doc, coding_context.events) if doc[c.trigger_i].lemma_.lower() == "run"]
    assert ran == ([code] if code else []), ran


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        # a verb that repeats, widens or starts the act its object names: the act is its subject's
        ("Abbas reiterated calls for Israel to accept a two-state solution.", "020", "Abbas"),
        ("The senator repeated her call for a ceasefire.", "02", "senator"),
        ("Mexico has initiated a crackdown on drug gangs.", "175", "Mexico"),
        ("Police intensified the search for the gunman.", "173", "Police"),
        ("Rebels escalated their attacks on government troops.", "190", "Rebels"),
        ("The army stepped up its offensive in the north.", "190", "army"),
        ("The opposition organised rallies in ten cities.", "141", "opposition"),
    ],
)
def test_light_verb_gives_the_noun_its_subject(nlp, coding_context, text: str, code: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith(code) and source in ((e.get("source") or {}).get("text") or "") for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs with an object that is no act: business, sport, culture, careers
        "The company renewed its contract with the club.",
        "She joined the company in 2010.",
        "He led the team to victory in the final.",
        "The firm initiated a share buyback programme.",
        "The band repeated the concert in Berlin.",
        "Fans joined the celebrations in the square.",
    ],
)
def test_light_verb_with_no_act_is_no_event(nlp, coding_context, text: str) -> None:
    assert coded(nlp, coding_context, text) == [], _codes(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # a headline's bare participle is passive: its subject is what the verb acts on, the by-phrase the doer
        ("Claims dismissed in Worthington immigration raid.", "116", "dismissed"),
        ("Lawsuit dismissed against city council.", "116", "dismissed"),
        ("Claims dismissed as judge rules for city.", "116", "dismissed"),
        ("Town captured by rebels.", "192", "captured"),
    ],
)
def test_headline_participle_acts_on_its_subject(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == code and trigger in e["type"]["trigger"] for e in events), _codes(events)


def test_headline_participle_takes_the_by_phrase_as_doer(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Town captured by rebels.")
    assert [(e.get("source") or {}).get("text") for e in events if e["type"]["cameo"] == "192"] == ["rebels"], _codes(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject that is no object of the verb's rows, a subject that moves of itself, a plain past form
        ("Dividend dismissed as too small.", []),
        ("Players dismissed early in the innings.", []),
        ("Shares traded higher on Monday.", []),
        ("The meeting adjourned at noon.", []),
        ("Troops withdrew from the town.", ["087"]),
    ],
)
def test_no_headline_passive_without_an_object_kind_subject(nlp, coding_context, text: str, expected: list[str]) -> None:
    assert [e["type"]["cameo"] for e in coded(nlp, coding_context, text)] == expected


def test_prepositional_row_object_is_no_headline_passive(nlp, coding_context) -> None:
    # "clash with police": the row's object is the preposition's, so the subject stays the doer
    events = coded(nlp, coding_context, "Riot police clashed with student protesters in Dhaka.")
    assert any("police" in ((e.get("source") or {}).get("text") or "") for e in events if "clashed" in e["type"]["trigger"]), _codes(events)
