"""A spokesperson for a body no file knows as public speaks for no government (settling rule 2): their words are no
statement of the record. Texts written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, codes", [
    # a firm's spokesperson giving advice, named again later: no statement
    ("2. Pick the Right Spot\n\n\u201cThe best month to plant roses is when the nights are still cool in early spring,\u201d "
     "says Tom Becker, a spokesperson for Golden Meadow Roses. \u201cIn autumn, be sure not to wait until the first frost,\u201d "
     "Becker says.", []),
    # a government's spokeswoman condemning an attack: her government's statement
    ("\"We condemn the attack,\" said Ana Ruiz, a spokeswoman for the Kenyan government.", ["111", "180"]),
])
def test_a_spokesperson_for_an_unknown_body_is_no_government(nlp, coding_context, text, codes):
    assert [e["type"]["cameo"] for e in coded(nlp, coding_context, text)] == codes
