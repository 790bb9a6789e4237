"""An official's word of an illness's figures or findings (cases, deaths, patients, positive tests) is no event
(guidelines, rule of thumb 4); a judgement or a warning of it, advice, and other acts in the same words stay (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def triggers(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Vietnamese Health Ministry has stated that at least nine people are being hospitalized with suspected bird flu.",
         "stated"),
        ("A cow in Manitoba has tested positive for mad cow disease, Canadian Food Inspection Agency officials said on Monday.",
         "said"),
        ("Four of the infected persons had been confirmed to have the virus, Health Minister Ann Hall of New Zealand stated.",
         "stated"),
        ("On May 2, Norway announced its first case of swine flu.", "announced"),
    ],
)
def test_an_illness_tally_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-05-15")
    assert not any(e["type"]["trigger"] == word for e in events), triggers(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The health minister of Peru warned that cases of cholera could double by June.", "warned"),
        ("The health minister of Chile said the best way to prevent the spread of the flu is washing hands and staying home "
         "when sick.", "said"),
        ("The health minister of Peru said the army killed two protesters.", "killed"),
    ],
)
def test_a_judgement_advice_or_another_act_stays(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-05-15")
    assert any(e["type"]["trigger"] == word for e in events), triggers(events)
