"""A warning or an alert of a hazard (a disease, a product, the weather, travel) is a statement of something bad to come
(012), no threat (13) and no alert of forces (15); warnings of force stay threats and alerts (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def codes(events: list[dict], word: str) -> list[str]:
    return [e["type"]["cameo"] for e in events if word in e["type"]["trigger"]]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Health officials in Uganda issued an alert on Friday after an outbreak of measles killed 12 children.", "alert"),
        ("The Food and Drug Administration issued a warning on spinach from a Mexican farm after salmonella cases in Texas.",
         "warning"),
        ("Kenya and Tanzania have issued alerts to their citizens, warning of travel to and from Burundi.", "alert"),
        ("The Red Cross warned of a humanitarian crisis developing in northern Mali.", "warned"),
        ("Forecasters in Manila have warned of more storms for the coast this week.", "warned"),
    ],
)
def test_a_warning_of_a_hazard_is_a_statement(nlp, coding_context, text: str, word: str) -> None:
    found = codes(coded(nlp, coding_context, text, published="2009-03-15"), word)
    assert found and all(c == "012" for c in found), found


@pytest.mark.parametrize(
    ("text", "word", "root"),
    [
        ("Iran warned of retaliation if Israel attacks its nuclear sites.", "warned", "13"),
        ("North Korea issued a warning to South Korea over the military drills.", "warning", "13"),
        ("The army put troops on alert after the attack on the border post.", "put", "15"),
    ],
)
def test_a_warning_of_force_stays_a_threat_or_an_alert(nlp, coding_context, text: str, word: str, root: str) -> None:
    found = codes(coded(nlp, coding_context, text, published="2009-03-15"), word)
    assert found and all(c.startswith(root) for c in found), found
