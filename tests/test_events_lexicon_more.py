"""Lexicon rows for joining an alliance, upholding a conviction, intimidation, vigils and honours (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded


def _codes(nlp, coding_context, text: str) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in coded(nlp, coding_context, text)]


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("Hungary's entry into NATO on Friday was celebrated in Budapest.", "057", "entry"),
        ("The ambassadors said the three countries' admission to the alliance would consolidate Europe's security.", "057", "admission"),
        ("The Supreme Court upheld the conviction of the former minister on Tuesday.", "116", "upheld"),
        ("Witnesses told police about the intimidation by the gang members in the village.", "130", "intimidation"),
        ("Hundreds of students held a candlelight vigil outside the embassy in Seoul.", "141", "vigil"),
        ("The president paid tribute to the victims of the bombing in Nairobi.", "051", "tribute"),
        ("The mayor honoured the firefighters for their courage during the floods.", "051", "honoured"),
    ],
)
def test_the_rows_code_their_events(nlp, coding_context, text, code, trigger) -> None:
    codes = _codes(nlp, coding_context, text)
    assert any(c == code and trigger in t for c, t in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "He made his entry into the hall at noon.",  # an entry into a room is no accession
        "The museum's admission fee rose to ten dollars.",
        "The council honoured its commitments to the fund.",  # keeping a promise is no praise
    ],
)
def test_other_senses_are_no_events(nlp, coding_context, text) -> None:
    assert not [c for c in _codes(nlp, coding_context, text) if c[0][:2] in {"05", "13", "14", "11"}]
