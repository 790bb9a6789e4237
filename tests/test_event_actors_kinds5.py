"""The participants of events, by the kind of phrase that names them (fifth set): a crime named by a charge inside a
with-absolute ("arraigned ..., with bond set at $5,000 on the burglary charge") is the crime of the one arraigned,
held or sentenced, not of the bond or bail the absolute is about.

Sentences written for these tests; names of people and small places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, on_trigger, role_values, shown

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Maria Lopez was arraigned Monday, with bail set at $5,000 on the burglary charge.", "burglary", "Lopez"),
        ("Tomas Brenner was arraigned at the county jail, with bond set at $20,000 on the robbery charge.", "robbery", "Brenner"),
        ("Edwin Marlow was booked into the jail on Friday, with bond fixed at $1,500 on a charge of theft.", "theft", "Marlow"),
        ("Dana Welk appeared in court Tuesday, with bail set at $10,000 on the assault charge.", "assault", "Welk"),
    ],
)
def test_a_charge_in_a_with_absolute_names_the_one_in_the_main_clause(nlp, coding_context, text: str, trigger: str,
                                                                       source: str) -> None:
    events = coded(nlp, coding_context, text)
    sources = role_values(events, trigger, "source", "text")
    assert sources and all(s is not None and source in s for s in sources), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_source"),
    [
        # the absolute's own subject is a person: the one it is about, not the main clause's subject
        ("Maria Lopez was arraigned Monday, with her lawyer held in contempt on a fraud charge.", "fraud", "Lopez"),
        # a with-phrase that is no absolute of the main verb: nothing is carried up
        ("The museum reopened on Sunday, with a display of the robbery at its centre.", "robbery", "museum"),
        ("The festival ended with fireworks set off over the harbour after the theft of the trophy.", "theft", "festival"),
        # sport and business: a with-absolute with no charge in it names no crime
        ("The club opened its season, with tickets set at $20 for the derby.", "derby", "club"),
    ],
)
def test_no_main_clause_subject_is_carried_into_another_kind_of_with_phrase(nlp, coding_context, text: str, trigger: str,
                                                                            not_source: str) -> None:
    events = coded(nlp, coding_context, text)
    sources = role_values(events, trigger, "source", "text")
    assert not any(s is not None and not_source in s for s in sources), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # without an absolute, the charged one is found as before
        ("Maria Lopez was charged with burglary on Monday.", "burglary", "Lopez"),
        ("Tomas Brenner was arraigned on a robbery charge.", "robbery", "Brenner"),
    ],
)
def test_a_plain_charge_keeps_its_charged_one(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e.get("source") and source in e["source"]["text"] for e in on_trigger(events, trigger)), shown(events)
