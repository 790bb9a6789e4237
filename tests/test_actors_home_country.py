"""A domestic actor the text gives no country takes the country its article is about (texts written for these tests)."""

from __future__ import annotations

import pytest

from tidings.code.mentions import events_from_doc


def sources(nlp, coding_context, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    events = events_from_doc(doc, {"id": "t", "text": text, "published": "2021-03-02", "outlet": None}, context=coding_context)
    return {e["type"]["trigger"]: (e.get("source") or {}).get("country") for e in events}


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # the dateline and the actors name Kenya: "police" are Kenya's
        ("NAIROBI - Kenyan officials met opposition leaders on Monday. Police arrested 12 protesters outside parliament.", "arrested", "KEN"),
        # no dateline; the article's actors are Peruvian: "the president" is Peru's
        ("Peru's congress debated the budget for hours. Peruvian lawmakers later voted. The president condemned the vote.", "condemned", "PER"),
    ],
)
def test_a_domestic_actor_takes_the_country_its_article_is_about(nlp, coding_context, text, trigger, country) -> None:
    assert sources(nlp, coding_context, text).get(trigger) == country


def test_no_country_is_given_when_none_dominates(nlp, coding_context) -> None:
    text = "French officials met German officials in Brussels. Italian and Spanish ministers joined. Police arrested two protesters."
    assert sources(nlp, coding_context, text).get("arrested") is None
