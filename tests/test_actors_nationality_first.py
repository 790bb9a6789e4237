"""A nationality the text gives a person in an indefinite apposition ("Name, a Kenyan nurse,") is that person's
country, before the article's home country or a place the person is in."""
from __future__ import annotations

import pytest
from coding_factory import coded, sides


@pytest.mark.parametrize("text, trigger, country", [
    ("PHNOM PENH, Cambodia (AP) -- Cambodian rebels kidnapped Tom Walsh, a British engineer, on Monday. "
     "Cambodian police later freed Walsh.", "kidnapped", "GBR"),
    ("PHNOM PENH, Cambodia (AP) -- Cambodian rebels kidnapped Tom Walsh, a British engineer, on Monday. "
     "Cambodian police later freed Walsh.", "freed", "GBR"),
    ("CHICAGO (AP) -- Chicago police arrested Mary Otieno, a Kenyan nurse, on Tuesday.", "arrested", "KEN"),
])
def test_a_nationality_in_apposition_beats_the_home_country(nlp, coding_context, text, trigger, country):
    assert [tgt for _src, tgt in sides(coded(nlp, coding_context, text), trigger)] == [country]


@pytest.mark.parametrize("text, trigger, country", [
    # the demonym names someone else, not the one named before it
    ("CHICAGO (AP) -- Chicago police arrested Mary Otieno, and a Kenyan nurse was questioned on Tuesday.",
     "arrested", "USA"),
])
def test_a_demonym_of_someone_else_is_no_apposition(nlp, coding_context, text, trigger, country):
    assert [tgt for _src, tgt in sides(coded(nlp, coding_context, text), trigger)] == [country]
