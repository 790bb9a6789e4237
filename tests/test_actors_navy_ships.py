"""A warship named with its navy's prefix is of that navy's country ("USS Cole", "HMS Diamond", "INS Mysore"); the
prefix column of vessels.tsv says which. Sentences written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import coded, sides

from tidings.code._event_lexicon import load_vessels


def test_navy_prefixes_name_their_country():
    navies = load_vessels().navies
    assert navies["USS"] == "USA" and navies["HMS"] == "GBR" and navies["INS"] == "IND"
    assert "MV" in load_vessels().prefixes and "MV" not in navies  # a merchant prefix names no navy


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, expected", [
    ("INS Mysore intercepted the pirate vessel on Saturday.", "intercepted", [("IND", None)]),
    ("Houthi rebels fired missiles at HMS Diamond in the Red Sea.", "fired", [("YEM", "GBR")]),
    ("The USS Cole was attacked in Aden in 2000.", "attacked", [(None, "USA")]),
    # Israel's navy writes INS too
    ("Israeli officials said INS Eilat intercepted the ship off Gaza on Monday.", "intercepted", [("ISR", None)]),
    # the Immigration and Naturalization Service stays itself
    ("The INS said the boy would be returned to Cuba.", "returned", [(None, "CUB")]),
])
def test_a_warship_is_of_its_navys_country(nlp, coding_context, text, trigger, expected):
    assert sides(coded(nlp, coding_context, text), trigger) == expected
