"""Rules that must fire only where they are meant to: datelines, casualty verbs, ordered strikes, contests, campaigns,
meetings, memberships, the law's reports, refusals to comment, possessors, judging names and taking part
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded


def _events(nlp, coding_context, text: str) -> list[tuple[str, str, object, object]]:
    return [(e["type"]["cameo"], e["type"]["trigger"], (e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
            for e in coded(nlp, coding_context, text)]


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        ("NATO, the Western military alliance, launched air strikes on Serbia.", "195", "NATO"),
        ("Security forces killed 12 people during Friday's protests.", "1823", "Security forces"),
        ("Fans beat a steward during the game.", "182", "Fans"),
        ("Soldiers fought to protect civilians from the militants.", "190", "Soldiers"),
        ("The president met the opposition on Tuesday.", "040", "president"),
    ],
)
def test_an_act_by_a_named_side_is_kept_with_its_side(nlp, coding_context, text, code, source) -> None:
    assert any(c == code and s == source for c, _, s, _ in _events(nlp, coding_context, text)), _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Three civilians were killed when a shell fell on their house.", "1823"),
        ("Hooligans beat a man to death during the match.", "182"),
        ("Putin ordered the strikes after the attack.", "190"),
        ("The coalition launched strikes against rebel positions near Sanaa.", "190"),
    ],
)
def test_violence_is_coded_as_violence(nlp, coding_context, text, code) -> None:
    assert code in [c for c, *_ in _events(nlp, coding_context, text)], _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Teachers launched a strike on Monday over pay.", "190"),
        ("Union members voted to approve a strike at the factory.", "190"),
        ("She became a member of the city council in 2010.", "057"),
        ("He became a member of the union last year.", "057"),
        ("The army did not respond to the shelling.", "011"),
        ("Forecasters described the storm as a disaster for farmers.", "111"),
        ("Analysts described the results as a success.", "051"),
        ("Police fired tear gas at protesters during the summit.", "040"),
        ("Two hikers were killed when a tree fell on them.", "1823"),
    ],
)
def test_a_rule_does_not_fire_outside_its_sense(nlp, coding_context, text, absent) -> None:
    assert absent not in [c for c, *_ in _events(nlp, coding_context, text)], _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("Poland became a full member of NATO in 1999.", "057", "NATO"),
        ("Russia became a member of the Council of Europe in 1996.", "057", "Council of Europe"),
        ("Castro called Munero a ruffian.", "111", None),
        ("The ministry did not respond to requests for comment.", "011", None),
    ],
)
def test_the_narrowed_rules_still_fire_in_their_sense(nlp, coding_context, text, code, target) -> None:
    found = [(c, t) for c, _, _, t in _events(nlp, coding_context, text)]
    assert any(c == code and (target is None or t == target) for c, t in found), found


def test_a_department_that_is_not_the_law_does_not_report_an_arrest_as_its_own(nlp, coding_context) -> None:
    events = _events(nlp, coding_context, "Two Americans were arrested in Moscow, the State Department said.")
    assert [(c, s) for c, _, s, _ in events if c.startswith("17")] == [("173", None)]


def test_the_one_convicted_is_not_the_doer_of_his_conviction(nlp, coding_context) -> None:
    events = _events(nlp, coding_context, "John Smith was convicted in 2019. His conviction was overturned on appeal.")
    assert all(s != "His" for c, _, s, _ in events if c == "116"), events
