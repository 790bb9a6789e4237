"""Words of attack or sanction that only name a place, a sport, a craft or a traffic notice, a show hosted, and a
disease that kills, are no events; the same words for an act stay events (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def triggers(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Residents of Elm Street complained to the mayor about the shooting ranges near the school.", "shooting"),
        ("The senator played shooting guard for the state university in the 1980s.", "shooting"),
        ("The navy wants to reopen the old bombing range on the island.", "bombing"),
        ("Lane closures through May 12 for water main work.", "closures"),
        ("Road closures are expected on Interstate 80 this weekend, the state said.", "closures"),
        ("The closure of the bridge for repairs angered commuters in Albany.", "closure"),
        ('The Springfield Science Center will host "Nights Under the Stars" on Saturday at 8 p.m.', "host"),
        ("The Lansing City Council will host several public hearings on the budget.", "host"),
        ("The Peoria Art Museum will host a lecture on Friday.", "host"),
        ("Reports say that the deadly H1N1 swine flu virus, which has killed twenty people and sickened hundreds worldwide, "
         "is still spreading.", "killed"),
    ],
)
def test_a_named_practice_notice_show_or_disease_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-15")
    assert not any(e["type"]["trigger"] == word for e in events), triggers(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen opened fire at a shooting club in Kabul, killing two guards.", "killing"),
        ("The army's closure of the road cut off three villages near Hebron.", "closure"),
        ("The government ordered the closure of the opposition newspaper on Monday.", "closure"),
        ("The governor will host the Chinese president at his residence next week.", "host"),
        ("The gunmen, who killed four people in Kabul, fled on motorbikes.", "killed"),
    ],
)
def test_the_same_words_for_an_act_stay_events(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-15")
    assert any(e["type"]["trigger"] == word for e in events), triggers(events)
