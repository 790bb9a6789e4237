"""Names with initials ("George W. Bush", "F. W. de Klerk", "B.J. Habibie") are found by the knowledge scan across
their full stops, and a full stop after a lone capital ends nothing else."""
from __future__ import annotations

import pytest

from tidings.knowledge import load_knowledge


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.mark.parametrize("text, names", [
    ("George W. Bush met Putin.", ["George W. Bush", "Putin"]),
    ("F. W. de Klerk freed Mandela.", ["F. W. de Klerk"]),
    ("B.J. Habibie spoke on Monday.", ["B.J. Habibie"]),
    ("Harry S. Truman wrote to Stalin.", ["Harry S. Truman", "Stalin"]),
    # a sentence that ends on a capital letter does not run into the next one's name
    ("He signed form B. Putin then spoke.", ["Putin"]),
])
def test_names_with_initials_are_found(kb, text, names):
    assert [m.text for m in kb.scan(text)] == names
