"""What "they", "you" or any of a kind can do to yours or to any of a kind is an ability, no event; what a named side
or the police can do to someone in view stays (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def triggers(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"They can seize your car, but they can\'t seize a rented room," said Ann Price, a lawyer in Memphis.', "seize"),
        ("Drugs flushed into rivers worry officials in Quebec, who fear they can poison or disrupt hormone levels in fish.", "poison"),
        ('"You can attack a politician for his votes," the professor at Yale said.', "attack"),
    ],
)
def test_what_anyone_can_do_to_a_kind_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-15")
    assert not any(e["type"]["trigger"] == word for e in events), triggers(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police can arrest him now, the prosecutor in Ohio said.", "arrest"),
        ("Hamas can fire rockets at Tel Aviv, the Israeli army said.", "fire"),
        ("The army can take the city within days, the general in Kabul said.", "take"),
    ],
)
def test_what_a_side_in_view_can_do_stays(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-15")
    assert any(e["type"]["trigger"] == word for e in events), triggers(events)


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        # a kind of act a present rule forbids is no happening
        ('"Attacking churches, whether by demolition, bombing or killing those inside, is prohibited in Islamic law," '
         "the cleric in Cairo said.", "Attacking", False),
        ('"Attacking churches, whether by demolition, bombing or killing those inside, is prohibited in Islamic law," '
         "the cleric in Cairo said.", "bombing", False),
        # one act judged stays
        ("The attack on the church in Cairo was illegal, the minister of Egypt said.", "attack", True),
        ("The bombing of the embassy on Monday is a crime, the minister of Kenya said.", "bombing", True),
    ],
)
def test_a_kind_of_act_a_rule_forbids_is_no_event(nlp, coding_context, text: str, word: str, kept: bool) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-15")
    assert any(e["type"]["trigger"] == word for e in events) is kept, triggers(events)
