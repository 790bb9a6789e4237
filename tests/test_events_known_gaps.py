"""Known coder gaps: a mishap read as an assault, and what stays coded beside it.

In running text a past-tense verb with its subject is active: "The man choked on a piece of food." says what befell
the man, not that someone choked him. Only a headline, which drops its articles, auxiliaries and full stop, reads a
bare participle as passive ("Man choked in bar fight").
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded


@pytest.mark.parametrize("text", [
    "The man choked on a piece of food.",
    "The old woman choked on a fish bone at dinner.",
    "A tourist choked on a boiled sweet at the airport.",
])
def test_a_subject_of_an_active_intransitive_verb_is_not_the_one_acted_on(nlp, coding_context, text):
    assert not [c for c, _ in code_triggers(coded(nlp, coding_context, text)) if c.startswith("18")]


@pytest.mark.parametrize("text, trigger", [
    ("Man choked in bar fight", "choked"),  # a headline: the bare participle is passive
    ("The guard choked the inmate until he passed out.", "choked"),
    ("The student was choked by a classmate.", "choked"),
])
def test_a_choking_done_to_someone_keeps_its_assault(nlp, coding_context, text, trigger):
    assert ("182", trigger) in code_triggers(coded(nlp, coding_context, text))


@pytest.mark.parametrize("text, trigger", [
    ("The panel looked at the contracts awarded by the mayor.", "looked"),
    ("The Justice Department is examining whether the company broke the law.", "examining"),
    ("The commission will review the army's conduct during the floods.", "review"),
    ("Investigators are reviewing whether the pilot ignored the warnings.", "reviewing"),
    ("Police checked the car for traces of blood.", "checked"),
])
def test_a_step_of_inquiry_by_an_inquiry_or_law_body_is_an_investigation(nlp, coding_context, text, trigger):
    assert any(c.startswith("09") and t == trigger for c, t in code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize("text", [
    "The coach reviewed the game film with his players.",
    "She looked at the contracts before lunch.",
    "Fans checked the scores on their phones.",
    "The board is reviewing whether to raise the dividend.",
    "The committee looked at the menu.",
])
def test_the_same_verbs_by_anyone_else_are_no_investigation(nlp, coding_context, text):
    assert not [c for c, _ in code_triggers(coded(nlp, coding_context, text)) if c.startswith("09")]


@pytest.mark.parametrize("text, trigger", [
    ("Tom Baker is charged with robbing a bank in Dayton. Deputies continued to search for Tom Baker on Monday.", "search"),
    ("Ann Ford is wanted for the shooting of a clerk. The search for Ford was extended to Canada.", "search"),
    ("Ann Ford is wanted for the shooting of a clerk. Police in three states joined the hunt for Ford.", "hunt"),
    ("Police are looking for Lee Dunn, who is accused of setting the fire.", "looking"),
])
def test_a_search_for_a_named_suspect_is_a_pursuit_by_the_law(nlp, coding_context, text, trigger):
    assert ("173", trigger) in code_triggers(coded(nlp, coding_context, text))


@pytest.mark.parametrize("text", [
    "Volunteers searched for Ann Ford, a hiker missing since Friday.",
    "Police are searching for Ann Ford, a hiker missing since Friday.",
    "The search for Ann Ford, who vanished on a hike, was called off.",
    "Tom Baker was charged with fraud. His sister searched for Tom Baker's car keys all morning.",
])
def test_a_search_for_someone_not_a_suspect_or_not_by_the_law_is_no_pursuit(nlp, coding_context, text):
    assert not [c for c, t in code_triggers(coded(nlp, coding_context, text)) if c == "173" and t in {"search", "searched", "searching", "hunt"}]
