"""Two readings the parse leads astray: a charge participle the parser hangs on "court" ("appeared in court charged
with assault") charges who appeared, not the court; and what "came to the attention of" the police, or "to the aid of"
someone, is no visit (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded


def rows(nlp, coding_context, text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for e in coded(nlp, coding_context, "Local news. " + text):
        out.append((e["type"]["cameo"][:3], (e.get("source") or {}).get("text"), (e.get("target") or {}).get("text")))
    return out


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("John Lambe appeared in court charged with assault.", "John Lambe"),
        ("The man appeared in court charged with assault.", "man"),
        ("Ivo Marsh, 31, appeared in court charged with assault and robbery.", "Ivo Marsh"),
    ],
)
def test_who_appears_in_court_charged_is_the_one_charged(nlp, coding_context, text, accused) -> None:
    found = rows(nlp, coding_context, text)
    assert ("173", None, accused) in found
    assert all(source != "court" and target != "court" for _code, source, target in found)
    assert any(code == "182" and source == accused for code, source, _target in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh stood before Judge Ana Lind for his first court appearance in a case that first came to the attention of the city police department in July 2002.",
        "The trader came to the notice of the regulator last year.",
        "Neighbours came to the aid of the injured driver.",
    ],
)
def test_coming_to_someones_attention_or_aid_is_no_visit(nlp, coding_context, text) -> None:
    assert not [r for r in rows(nlp, coding_context, text) if r[0] == "042"]


@pytest.mark.parametrize(
    "text",
    [
        "The president came to Paris on Monday for talks.",
        "The premier came to the court of King Abdullah on Monday.",
    ],
)
def test_coming_to_a_place_stays_a_visit(nlp, coding_context, text) -> None:
    assert [r for r in rows(nlp, coding_context, text) if r[0] == "042"]
