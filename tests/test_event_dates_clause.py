"""Which date phrase of a sentence dates which event (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import own_date_start

PUBLISHED = "1998-08-08"  # a Saturday


def _own_date(nlp, coding_context, text: str, trigger: str):
    return own_date_start(nlp, coding_context, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # a date of the event's clause dates a noun linked to it by "in"
        ("Also on Friday morning, at least four people were killed in an explosion near the US embassy in Nairobi.", "explosion", "1998-08-07"),
        # a date written after a noun in the clause dates the noun, wherever the parser hangs it
        ("The Iranian government condemned Iraq's invasion of Kuwait on Aug. 2.", "invasion", "1998-08-02"),
        # the verb's own date
        ("The Indian navy captured 23 pirates in the Gulf of Aden on Tuesday.", "captured", "1998-08-04"),
        # a date on the night of an event dates it
        ("Gunmen attacked the police station in Kidal on the night of Aug. 3.", "attacked", "1998-08-03"),
        # a date the parser hangs on the verb's object is the verb's
        ("Japan and South Korea signed an agreement on trade on Aug. 5 in Seoul.", "signed", "1998-08-05"),
    ],
)
def test_a_date_of_the_events_clause_dates_it(nlp, coding_context, text, trigger, day) -> None:
    assert _own_date(nlp, coding_context, text, trigger) == day


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the reaction's date is not that of what it reacts to
        ("President Clinton on Thursday condemned the bomb attacks on the US embassies in Kenya.", "bomb attacks"),
        # a date on another event's noun is that event's
        ("Police in Leeds arrested two men over the March 3 shooting of a teenager.", "arrested"),
        # nor does the date of an arrest date the crime it is over
        ("Police in Leeds arrested two men over the shooting of a teenager on Monday.", "shooting"),
        ("The warrant issued on Monday charged the doctor with fraud in the 1995 sale of the clinic.", "charged"),
        # a date written before the object is the object's own
        ("The foreign ministers of Egypt and Jordan discussed the 1996 attack on the border post.", "discussed"),
    ],
)
def test_a_date_of_another_act_or_event_does_not_date_the_event(nlp, coding_context, text, trigger) -> None:
    assert _own_date(nlp, coding_context, text, trigger) is None


@pytest.mark.parametrize(
    ("text", "first", "trigger", "expected"),
    [
        # (a raid told with an arrest is the arrest alone, settling rule 34: the raids here seize, not arrest)
        ("On Monday, police raided two homes in Leeds and seized three rifles.", "raided", "seized", "same"),
        ("On Monday, the opposition staged a march in the capital, and police detained its leader.", "staged a march", "detained", "same"),
        # a conjunct with its own date, another tense, or its own subject after a date on the first verb keeps its own
        ("Police raided two homes on Monday and seized three rifles on Tuesday.", "raided", "seized", "other"),
        ("Police raided two homes on Monday and will question the suspects.", "raided", "question", "none"),
        ("Police raided two homes on Monday, and the mayor praised the operation.", "raided", "praised", "none"),
    ],
)
def test_a_later_conjunct_takes_the_date_of_the_first(nlp, coding_context, text, first, trigger, expected) -> None:
    own, of_first = _own_date(nlp, coding_context, text, trigger), _own_date(nlp, coding_context, text, first)
    assert of_first is not None
    assert {"same": own == of_first, "other": own is not None and own != of_first, "none": own is None}[expected], (own, of_first)


@pytest.mark.parametrize(
    ("text", "trigger", "year"),
    [
        ("Russia has kept a moratorium on executions since 1996, when it joined the Council of Europe.", "joined", "1996"),
        ("The accord was signed in 1994, when the Ukrainian president visited Moscow.", "visited", "1994"),
        # a when-clause on another noun is not at the date
        ("The accord was signed in 1994 at a summit when the Ukrainian president visited Moscow.", "visited", None),
    ],
)
def test_a_when_clause_on_a_date_is_at_that_date(nlp, coding_context, text, trigger, year) -> None:
    own = _own_date(nlp, coding_context, text, trigger)
    assert (own[:4] if own else None) == year


@pytest.mark.parametrize(
    ("text", "trigger", "month"),
    [
        ("The man was charged on Friday in the March 1996 shooting of a police officer.", "shooting", "1996-03"),
        ("Prosecutors reopened the inquiry into the June 1997 bombing of a bus in Haifa.", "bombing", "1997-06"),
        ("Detectives are investigating the July 5 shooting of a taxi driver.", "shooting", "1998-07"),
    ],
)
def test_a_date_written_before_the_event_word_is_its_own(nlp, coding_context, text, trigger, month) -> None:
    own = _own_date(nlp, coding_context, text, trigger)
    assert own is not None and own[:7] == month
