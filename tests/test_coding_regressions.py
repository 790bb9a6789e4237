"""Regression sentences for the review's fixes (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def triggers(events: list[dict]) -> list[tuple[str, str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"], e["status"]) for e in events]


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("The old barn burned down on Tuesday night.", "1712", "burned"),  # an accident, no one destroyed property
        ("Forecasters warn against travel during the snowstorm.", "160", "warn"),  # weather advice, no relations cut
        ("Reporters interviewed residents about the flooding.", "091", "interviewed"),  # journalism, no crime investigated
        ("Drivers ignored the warning about the icy roads.", "128", "ignored"),  # no norm or law defied
        ("Congress remains locked in a budget standoff with the White House.", "190", "standoff"),  # no force used
        ("The couple is locked in a custody battle over their son.", "190", "battle"),
        ("Chinese warships conducted drills with live fire near Taiwan.", "062", "conducted drills"),  # live fire is no partner
        ("The president pledged to fight corruption in the police.", "130", "pledged"),  # corruption is no one threatened
        ("The president pledged to fight corruption in the police.", "190", "fight"),
    ],
)
def test_ordinary_news_gives_no_such_event(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"] == code and trigger in e["type"]["trigger"] for e in events), triggers(events)


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("Iraqi forces began the battle to capture the airport on Tuesday.", "19", "battle"),  # a battle fought to take a place
        ("Gunmen attacked a bus in Kabul on Tuesday, a day after the bombing in Kandahar.", "18", "bombing"),  # another attack
        ('"This is a historic day," exclaimed the foreign minister.', "013", "exclaimed"),  # a quote the parser reads backwards
    ],
)
def test_these_events_are_kept(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith(code) and trigger in e["type"]["trigger"] for e in events), triggers(events)


def test_violence_carried_out_after_it_was_planned_is_not_negated(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Rebels planned and carried out the attack on the base, killing ten soldiers.")
    # (the killing is the attack's toll, one happening: settling rule 1)
    assert [e["status"] for e in events if e["type"]["trigger"] == "carried out the attack"] == ["reported"], triggers(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Iran's executions drew criticism from the United Nations on Monday.", "executions", "IRN"),
        ("The Russian army's killings in Bucha shocked the world.", "killings", "RUS"),
    ],
)
def test_a_state_or_force_possessor_does_the_act(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    [ev] = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger]
    assert (ev["source"] or {}).get("country") == source and ev["target"] is None, ev


def test_a_capital_named_as_an_actor_stays_its_state_s_government(nlp, coding_context) -> None:
    [ev] = [e for e in coded(nlp, coding_context, "Canada criticized London over the new trade rules on Monday.") if e["type"]["trigger"] == "criticized"]
    assert (ev["target"] or {}).get("country") == "GBR", ev


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet rejected the opposition's peace plan on Monday.",
        "The ministry denied the allegations on Thursday evening.",
        "Lisbon rejected the offer of talks last week.",
    ],
)
def test_a_day_or_time_is_never_an_actor(nlp, coding_context, text: str) -> None:
    sides = [e.get(role) or {} for e in coded(nlp, coding_context, text) for role in ("source", "target")]
    assert not any(any(w in str(a.get("text")) for w in ("Monday", "Thursday", "week")) for a in sides), sides


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # a row that names the preposition's object is a preposition row, even for a word that is also a particle
        ("The former mayor is wanted in connection with a fraud at the port.", "173", "wanted"),
        ("Two brothers are wanted in connection with the robbery of a bank.", "173", "wanted"),
    ],
)
def test_a_preposition_row_matches_its_prepositional_object(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == code and e["type"]["trigger"] == trigger for e in events), triggers(events)


def test_a_particle_row_without_an_object_still_needs_its_particle(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Investors want in on the deal.")
    assert not any(e["type"]["cameo"] == "173" for e in events), triggers(events)


def test_a_name_the_parser_hangs_a_day_on_is_still_the_actor(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Jordan's foreign minister met with Egyptian President Abdel Fattah el-Sisi Tuesday in Cairo.")
    meetings = [e for e in events if e["type"]["cameo"].startswith("04")]
    assert meetings and any((e.get("target") or {}).get("country") == "EGY" for e in meetings), triggers(events)


@pytest.mark.parametrize(
    ("text", "trigger", "acts"),
    [
        # a state that lasts is not the act that made it
        ("The border town remained sealed off by troops on Monday.", "sealed", False),
        ("Two suspects remain detained in the capital.", "detained", False),
        ("Troops sealed off the border town.", "sealed", True),
        ("Police detained two suspects in the capital.", "detained", True),
        # a news conference or a call with reporters is no consultation
        ("In a conference call with reporters on Friday, the minister defended the budget.", "call", False),
        ("The minister met with reporters on Friday.", "met", False),
        ("The foreign minister met with the editor of a national newspaper in Tehran.", "met", True),
        ("The president met with the Chinese envoy on Friday.", "met", True),
        # a share of cases is a rate, not one happening
        ("Suspects were charged in 40 percent of the burglaries last year.", "charged", False),
        ("Arrests were made in 30 percent of the thefts.", "Arrests were made", False),
        ("Police solved the murders in 55 percent of the cases.", "murders", False),
        ("Police made arrests in the town on Monday.", "made arrests", True),
        ("Prosecutors charged the mayor with fraud in March.", "charged", True),
        # a happening remembered on its anniversary or at its memorial is background
        ("Families marked the tenth anniversary of the bombing on Sunday.", "bombing", False),
        ("A memorial of the massacre was unveiled in the square.", "massacre", False),
        ("The bombing of the station killed six people on Sunday.", "bombing", True),
    ],
)
def test_states_briefings_rates_and_remembered_happenings_are_no_acts(nlp, coding_context, text: str, trigger: str, acts: bool) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == trigger for e in events) is acts, triggers(events)
