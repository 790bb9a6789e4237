"""The participants of events, by the kind of phrase that names them (third set): the crime a charge or a conviction
names is done by the one charged, also when it is an infinitive after a noun ("conspiracy to defraud") or a gerund
("convicted of bribing"); a passive verb's subject does not suffer an act its noun's infinitive names; a day is no
possessor that acts.

Sentences written for these tests; names of people and small places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, shown

pytestmark = pytest.mark.model


def _texts(events: list[dict], trigger: str, role: str) -> list[str | None]:
    """The ``role`` ("source" or "target") text of every actor pair coded on ``trigger``."""
    return [(e.get(role) or {}).get("text") for e in events if trigger == (e["type"].get("trigger") or "").split()[-1]]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an infinitive after the noun a charge names: the one charged would do it, whoever brings the charge
        ("A Leeds accountant was charged with conspiracy to steal from his clients.", "steal", "Leeds"),
        ("Detectives charged a Bristol nurse with a plot to poison her husband.", "poison", "Bristol"),
        # a gerund in the phrase of a conviction or a charge
        ("Kemal Ardic was convicted of insulting the president and defaming the army.", "insulting", "Kemal Ardic"),
        ("Kemal Ardic was convicted of insulting the president and defaming the army.", "defaming", "Kemal Ardic"),
    ],
)
def test_the_one_charged_does_the_crime_an_infinitive_or_gerund_names(nlp, coding_context, text: str, trigger: str,
                                                                       source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(source in (t or "") for t in _texts(events, trigger, "source")), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "nobody"),
    [
        # not a charge: praise, blame or a warning names no doer of the act
        ("The striker was praised for refusing to attack the referee.", "attack", "striker"),
        ("The coach was criticised for attacking the referee.", "attacking", "coach"),
        ("The council was told of a plan to demolish the market.", "demolish", "council"),
        # the one the charge is brought by does not do the crime
        ("Detectives charged a Bristol nurse with a plot to poison her husband.", "poison", "Detectives"),
    ],
)
def test_a_verb_that_is_no_charge_names_no_doer(nlp, coding_context, text: str, trigger: str, nobody: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(nobody in (t or "") for t in _texts(events, trigger, "source")), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "nobody"),
    [
        # the one a passive verb acts on neither does nor suffers the act of the infinitive after its noun
        ("Police were warned of a plot to bomb the station.", "bomb", "Police"),
        ("The embassy staff were told about a plan to attack the compound.", "attack", "staff"),
    ],
)
def test_a_passive_subject_is_no_side_of_an_infinitive_after_its_noun(nlp, coding_context, text: str, trigger: str,
                                                                      nobody: str) -> None:
    events = coded(nlp, coding_context, text)
    sides = _texts(events, trigger, "source") + _texts(events, trigger, "target")
    assert not any(nobody in (t or "") for t in sides), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an active verb's subject still plans its own act; an owner still acts
        ("The rebels announced a plan to attack the capital.", "attack", "rebels"),
        ("The minister's attack on the opposition drew criticism.", "attack", "minister"),
    ],
)
def test_a_planner_or_owner_still_acts(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(source in (t or "") for t in _texts(events, trigger, "source")), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Saturday's attack on the mosque killed four people.", "attack"),
        ("Tuesday's raid on the warehouse found no weapons.", "raid"),
        ("Last week's protests in the capital turned violent.", "protests"),
    ],
)
def test_a_day_is_no_possessor_that_acts(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(t and any(d in t for d in ("Saturday", "Tuesday", "week")) for t in _texts(events, trigger, "source")), shown(events)
