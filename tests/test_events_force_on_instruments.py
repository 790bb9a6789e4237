"""A verb of force whose every object is a document, plan or order is carried out, not done to anyone.

"Executed two search warrants" or "the plan was executed" are no killing; the same verb done to people keeps its code.
"""

from __future__ import annotations

import pytest
from coding_factory import coded_codes


@pytest.mark.parametrize("text", [
    "Detectives executed three search warrants at homes in the county on Thursday.",
    "The arrest warrant was executed at dawn by federal agents.",
    "The commanders executed the plan without waiting for approval.",
    "Opposition leaders attacked the budget proposal in parliament.",
])
def test_force_done_only_to_an_instrument_is_no_event(nlp, coding_context, text):
    assert not [c for c in coded_codes(nlp, coding_context, text) if c[:2] in {"18", "19", "20"}]


@pytest.mark.parametrize("text, root", [
    ("Militants executed two captured soldiers near the border on Friday.", "18"),
    ("The prisoner was executed by firing squad in 1995.", "18"),
    ("Gunmen attacked a police convoy outside the capital on Sunday.", "18"),
])
def test_force_done_to_people_keeps_its_code(nlp, coding_context, text, root):
    assert any(c.startswith(root) for c in coded_codes(nlp, coding_context, text))


def test_a_crime_named_before_charges_keeps_its_code(nlp, coding_context):
    text = "The driver faces robbery, kidnapping and carjacking charges in the death of a local pharmacist."
    assert "181" in coded_codes(nlp, coding_context, text)
