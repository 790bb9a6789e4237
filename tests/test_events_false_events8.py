"""Classes of false events found by auditing fresh news articles (the fourteenth round), each beside texts of the same
grammar that stay events.

Texts written for these tests: a fighter's or a team's trip, a charge told twice, units named for a kind of event, a raid
that is no act of a force, deaths in a natural disaster, and idioms of going and coming that are no trips.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model


def _triggers(nlp, coding_context, text: str) -> list[tuple[str, str]]:
    return code_triggers(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The former champion Okonjo arrived in Britain on Tuesday ahead of the rematch.", "arrived"),
        ("The former champion Okonjo flew to Japan on Friday ahead of the rematch.", "flew"),
    ],
)
def test_a_fighters_trip_to_a_bout_is_no_visit(nlp, coding_context, text: str, word: str) -> None:
    assert not [c for c, w in _triggers(nlp, coding_context, text) if c.startswith("04") and word in w]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The French president arrived in Qatar on Sunday to watch the tournament final.", "arrived"),
        ("Chancellor Merkel flew to Japan on Friday for talks with the prime minister.", "flew"),
    ],
)
def test_a_leaders_trip_stays_a_visit(nlp, coding_context, text: str, word: str) -> None:
    assert any(c.startswith("04") and word in w for c, w in _triggers(nlp, coding_context, text))


@pytest.mark.parametrize(
    "text",
    [
        "The driver was charged with manslaughter and charged with leaving the scene on Friday.",
        "A teacher from the town was charged with fraud and was also charged with forgery last week.",
    ],
)
def test_a_charge_told_twice_is_one_charging(nlp, coding_context, text: str) -> None:
    assert len([w for c, w in _triggers(nlp, coding_context, text) if c == "173" and "charged" in w]) == 1


def test_two_people_charged_are_two_chargings(nlp, coding_context) -> None:
    text = "Prosecutors charged the father with fraud and charged his son with forgery."
    assert len([w for c, w in _triggers(nlp, coding_context, text) if c == "173" and "charged" in w]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The landlord was charged with assault and battery after the argument on Sunday.",
        "The bouncer faces charges of assault and battery, a court clerk said.",
        "A jury convicted the coach of assault and battery on Thursday.",
    ],
)
def test_assault_and_battery_as_a_charge_is_no_assault_of_its_own(nlp, coding_context, text: str) -> None:
    assert not [w for c, w in _triggers(nlp, coding_context, text) if c.startswith("18") and w in {"assault", "battery"}]


def test_assault_and_battery_on_a_named_victim_stays(nlp, coding_context) -> None:
    text = "The landlord was charged with assault and battery on a police officer."
    assert any(c.startswith("18") and w == "assault" for c, w in _triggers(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Members of the riot squad waited outside the court on Monday.", "riot"),
        ("The city's riot unit stood by on Saturday.", "riot"),
        ("The riot squad was called in after the match, police said.", "riot"),
    ],
)
def test_a_unit_named_for_an_event_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in _triggers(nlp, coding_context, text) if word in w.lower()]


def test_a_riot_stays_a_riot(nlp, coding_context) -> None:
    text = "A riot broke out in the prison on Monday and guards fired tear gas."
    assert any(c.startswith("14") and "riot" in w for c, w in _triggers(nlp, coding_context, text))


@pytest.mark.parametrize(
    "text",
    [
        "The children admitted a late-night raid on the biscuit tin.",
        "The winger's last raid down the flank ended in a corner.",
    ],
)
def test_a_raid_that_is_no_act_of_a_force_is_no_event(nlp, coding_context, text: str) -> None:
    assert not [w for _, w in _triggers(nlp, coding_context, text) if "raid" in w]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # with an arrest in its sentence the raid is the arrest's (settling rule 34: tests/test_events_everyday_senses.py)
        ("A police raid on a shop in the old town found stolen phones.", "170"),
        ("Troops said the raid on the camp killed four fighters.", "190"),
        ("A raid on the hill camp at dawn left dozens homeless.", "190"),
    ],
)
def test_raids_of_the_law_and_of_soldiers_stay(nlp, coding_context, text: str, root: str) -> None:
    assert any(c == root and "raid" in w for c, w in _triggers(nlp, coding_context, text))


_QUAKE = ("A strong earthquake struck the mountain province on Tuesday, officials said. "
          "Rescue teams searched collapsed homes after the quake. ")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("That temblor killed at least nine villagers and destroyed a school.", "killed"),
        ("Eight people were killed and 40 others were injured by a mudslide or falling walls.", "killed"),
        (_QUAKE + "In the neighbouring valley, six people were killed and 30 were injured, the governor said.", "killed"),
        (_QUAKE + "Many residents were injured, a local doctor told reporters.", "injured"),
    ],
)
def test_deaths_in_a_natural_disaster_are_no_violence(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for c, w in _triggers(nlp, coding_context, text) if c[:2] in {"18", "19"} and word in w]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (_QUAKE + "Police said a gunman shot and killed two guards at a relief depot on Wednesday.", "killed"),
        ("Eight people were killed by a car bomb in the market on Sunday.", "bomb"),
    ],
)
def test_deaths_someone_caused_stay_violence(nlp, coding_context, text: str, word: str) -> None:
    assert any(c[:2] in {"18", "19"} and word in w for c, w in _triggers(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mayor said he would go to work on Monday.", "go"),
        ("The governor will go to court on Monday to block the law.", "go"),
        ("The two unions came to an agreement on Thursday after a long night.", "came"),
        ("The rival ministers came to terms on Friday, a spokesman said.", "came"),
    ],
)
def test_idioms_of_going_and_coming_are_no_trips(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for c, w in _triggers(nlp, coding_context, text) if c.startswith("04") and w == word]


def test_going_to_a_capital_stays_a_trip(nlp, coding_context) -> None:
    text = "The foreign minister went to Madrid on Monday to meet his Spanish counterpart."
    assert any(c.startswith("04") and w == "went" for c, w in _triggers(nlp, coding_context, text))


@pytest.mark.parametrize(
    "text",
    [
        # a boxing report: its own words (the sanctioning bodies, knockouts, bouts, the undercard) make it a sports page
        "The IBF champion will defend his belt in a rematch in May. He will fight the challenger in London.",
        "Two knockouts on the undercard warmed up the crowd. The champion will fight again in the autumn.",
        "After three bouts in a year, the cruiserweight said he would fight anyone the WBC named.",
    ],
)
def test_a_boxing_report_tells_bouts_not_fights(nlp, coding_context, text: str) -> None:
    assert not [w for _, w in _triggers(nlp, coding_context, text) if "fight" in w]


@pytest.mark.parametrize(
    "text",
    [
        # a standing a species or a site is given: no threat
        "The bird was listed as threatened under the federal law in 2008.",
        "Officials designated the frog as threatened last year.",
        "Biologists want the owl listed as threatened.",
        "The coral is now considered threatened across the region.",
    ],
)
def test_a_status_listed_as_threatened_is_no_threat(nlp, coding_context, text: str) -> None:
    assert not [c for c, _ in _triggers(nlp, coding_context, text) if c.startswith("13")]


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen threatened the villagers on Monday.",
        "The minister threatened to resign as the crisis grew.",
    ],
)
def test_a_threat_made_stays(nlp, coding_context, text: str) -> None:
    assert [c for c, _ in _triggers(nlp, coding_context, text) if c.startswith("13")]
