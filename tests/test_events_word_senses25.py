"""Word senses and headline shapes of fresh news: a union's strike, an attack broken off, a philosophy executed, a
strike only provided for, a headline's second clause in the passive. Each case with a sentence of the same shape that
keeps its reading. Sentences written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a strike a union's members authorise is a work stoppage; one a president authorises on a camp is force
    ("The union said it would ask its members to authorize a strike.", [("020", "ask"), ("143", "strike")]),
    ("The president authorized a strike on the rebel camp.", [("190", "strike")]),
    # an attack broken off is a retreat, talks broken off are halted, ties broken off reduce relations; an engagement
    # broken off is no event
    ("On sighting the helicopter, the pirates broke off their attack and attempted to escape.", [("0874", "broke")]),
    ("The rebels broke off talks with the government.", [("164", "broke")]),
    ("Iran broke off ties with Saudi Arabia.", [("161", "broke")]),
    ("The couple broke off their engagement last year.", []),
    ("Negotiations broke off at noon on Thursday.", [("164", "broke")]),
    ("A large piece of the glacier broke off.", []),
    # a way of playing executed kills no one; people executed are killed
    ("We were not executing the philosophy we wanted to have, the coach said.", []),
    ("The regime executed two dissidents on Monday.", [("1823", "executed")]),
])
def test_word_senses_of_fresh_news(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, status", [
    # a strike provided for "in the event of" or "in case of" is a condition, not a strike told
    ("Producers will need contingency plans in the event of a Screen Actors Guild strike.", "hypothetical"),
    ("The airline set aside funds in case of a strike by pilots.", "hypothetical"),
    ("The strike began in the event hall on Monday.", "reported"),
])
def test_an_event_provided_for_is_a_condition(nlp, coding_context, text, status):
    assert [e["status"] for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "strike"] == [status]


@pytest.mark.parametrize("text, trigger, expected", [
    # a headline's second clause with a bare participle: its subject is held
    ("Indian ship thwarts piracy attempt in Gulf of Aden, 26 pirates arrested", "arrested", [(None, "pirates")]),
    # running text with an active verb after a comma keeps its doer
    ("The police came, the men arrested the thief.", "arrested", [("men", "thief")]),
])
def test_a_headlines_second_clause_is_passive(nlp, coding_context, text, trigger, expected):
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger]
    assert [((e.get("source") or {}).get("text"), (e.get("target") or {}).get("text")) for e in events] == expected


@pytest.mark.parametrize("text, verdicts", [
    # a verdict named again in apposition is one verdict
    ("Scott Peterson has been found guilty of first-degree murder, a verdict that means he could be executed.", ["found"]),
    ("The jury reached a verdict on Friday.", ["reached a verdict"]),
])
def test_a_verdict_named_again_is_one_verdict(nlp, coding_context, text, verdicts):
    assert [t for c, t in code_triggers(coded(nlp, coding_context, text)) if c == "116"] == verdicts


@pytest.mark.parametrize("text, expected", [
    # a jury's or a court's decision to punish is a sentence; an armed group's decision to kill is a threat
    ("People applauded when they heard a jury's decision to execute Scott Peterson for the murder of his wife.", "116"),
    ("The rebels' decision to execute the hostages shocked the town.", "1383"),
])
def test_a_sentencers_decision_to_punish_is_a_sentence(nlp, coding_context, text, expected):
    assert [c for c, t in code_triggers(coded(nlp, coding_context, text)) if t == "decision"] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a candidate pulling out of a race quits (settling rule 5); troops pulling out of a town withdraw
    ("The congressman pulled out of the race last week.", []),
    ("The senator pulled out of the presidential primary in March.", []),
    ("Russian troops pulled out of the town on Friday.", [("0874", "pulled")]),
])
def test_pulling_out_of_a_race_is_no_withdrawal(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # uniting behind a candidate supports him; an army mobilising troops shows force
    ("Party leaders have begun to mobilize behind Biden.", [("051", "mobilize")]),
    ("The army mobilized troops along the border.", [("150", "mobilized")]),
    # a request an instruction tells the reader to create is none made
    ("Create the signing request with the following command.", []),
])
def test_support_behind_a_candidate_and_instructions(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # blasts of the sky are no bombings; a bomb's blast is
    ("Astronomers recorded fast radio blasts from the star.", []),
    ("A bomb blast killed four people in the market.", [("183", "blast")]),
])
def test_blasts_of_the_sky_are_no_bombings(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected
