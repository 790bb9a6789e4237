"""Which event a date phrase dates: a date premodifying an event noun (also after a comma or a compound), a participle
on the event noun, a simultaneous "as"/"while" clause, a when-clause right after the date, a journey one acts "on",
and a weekday preferred over a bare clock time. Sentences written for these tests, with near misses."""

from __future__ import annotations

from typing import Optional

import pytest
from coding_factory import own_date_of

PUBLISHED = "2021-03-12"  # a Friday


def _own(nlp, coding_context, text: str, trigger: str, published: str = PUBLISHED) -> Optional[str]:
    return own_date_of(nlp, coding_context, text, trigger, published)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Two men were charged in the Aug. 7, 2019, bombing of a bus station.", "bombing", "2019-08-07"),
        ("Police reopened the file on the May 3 sniper shooting of a judge.", "shooting", "2021-05-03"),
        # near miss: the law acts later than the crime it names; the charge is not dated by the crime's date
        ("Two men were charged in the Aug. 7, 2019, bombing of a bus station.", "charged", None),
    ],
)
def test_a_date_before_an_event_noun_is_that_events(nlp, coding_context, text, trigger, expected) -> None:
    assert _own(nlp, coding_context, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The crisis is expected to dominate an EU summit set for Brussels in June.", "summit", "2021-06"),
        ("The crisis is expected to dominate an EU summit planned for Brussels in July.", "summit", "2021-07"),
        # near miss: a date on the report, not on the summit
        ("The crisis is expected to dominate an EU summit, officials said in February.", "summit", None),
    ],
)
def test_a_participle_on_the_event_noun_dates_it(nlp, coding_context, text, trigger, expected) -> None:
    assert _own(nlp, coding_context, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The vigil began on Tuesday evening, as thousands of students marched against the government.", "marched", "2021-03-09"),
        ("Police fired tear gas on Tuesday while protesters marched on the parliament.", "marched", "2021-03-09"),
        # near misses: a clause of another tense, and a clause with its own date
        ("The vigil began on Tuesday, as thousands of students will march against the government.", "march", None),
        ("The vigil began on Tuesday, as thousands of students marched against the government on Wednesday.", "marched", "2021-03-10"),
    ],
)
def test_a_simultaneous_clause_takes_the_date_of_its_clause(nlp, coding_context, text, trigger, expected) -> None:
    assert _own(nlp, coding_context, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("He said that in 2015 when he was arrested, the minister praised the police.", "arrested", "2015"),
        ("Last week the foreign minister, on an official visit to Kenya, met the president.", "visit", "2021-03"),
        # near miss: a when-clause that does not follow the date phrase
        ("The minister praised the police in 2015, and he was arrested when he returned in 2019.", "arrested", "2019"),
    ],
)
def test_a_when_clause_or_a_journey_shares_the_date_of_its_clause(nlp, coding_context, text, trigger, expected) -> None:
    own = _own(nlp, coding_context, text, trigger)
    assert (own[: len(expected)] if own and expected else own) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a bare clock time is read on the report's day; the weekday beside it is the event's
        ("The explosion occurred at about 9:40 a.m. (0640 GMT) Thursday near the port.", "explosion", "2021-03-11"),
        # near miss: with the clock time alone the report's day stands
        ("The explosion occurred at about 9:40 a.m. near the port.", "explosion", "2021-03-12"),
    ],
)
def test_a_weekday_wins_over_a_bare_clock_time(nlp, coding_context, text, trigger, expected) -> None:
    assert _own(nlp, coding_context, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a past date after the object of a law verb still to come is the object's, not the act's
        ("The United Nations said on Thursday it would investigate the massacre of villagers three years ago.", "massacre", "2018"),
        ("The United Nations said on Thursday it would investigate the massacre of villagers three years ago.", "investigate", None),
        # near miss: a law verb in the past keeps a date after its object ("arrested two men over the shooting on Monday")
        ("Police arrested two men over the shooting of a teenager on Monday.", "arrested", "2021-03-08"),
    ],
)
def test_a_past_date_is_not_the_date_of_an_act_still_to_come(nlp, coding_context, text, trigger, expected) -> None:
    own = _own(nlp, coding_context, text, trigger)
    assert (own[: len(expected)] if own and expected else own) == expected
