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
