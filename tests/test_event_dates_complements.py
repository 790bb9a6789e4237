"""Dates the parser hangs one step away from the event (sentences written for these tests): a date on the complement of
a verb that starts, stops, attempts or turns down that act ("began to fall apart in mid-1996"), or finds someone in it
("was found clinging to a net on Monday"); a gerund under a dated start ("On Monday, the ministry began notifying");
a relative clause telling the toll of a dated attack ("the 1996 bombing that killed one person"); a bare day word the
parser hangs on the verb's object ("issued an arrest warrant Monday for the driver"); a participle clause opening the
sentence ("Retaliating for the raid, rebels on Tuesday shelled the base"). And the plans, wishes,
commitments, stretches and other acts that must stay undated."""

from __future__ import annotations

import pytest
from coding_factory import own_date_start, word_date_start

PUBLISHED = "1998-08-08"  # a Saturday


def _date_of_word(nlp, coding_context, text: str, word: str):
    return word_date_start(nlp, coding_context, text, word, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        # a verb that starts, stops, attempts or turns down the act of its complement is at the complement's date
        ("The rebel movement began to fall apart in mid-1996 after its leader defected.", "began", "1996-05-02"),
        ("The mill stopped paying its workers in March because of the drought.", "stopped", "1998-03-01"),
        ("The firm started selling the new phones on Tuesday.", "started", "1998-08-04"),
        ("A spokesman for the army declined to comment on Friday.", "declined", "1998-08-07"),
        ("The refugees tried to cross the river on Thursday.", "tried", "1998-08-06"),
        # finding someone in the act of a participle is at its date
        ("The girl was found clinging to a fishing net on Monday.", "found", "1998-08-03"),
        # a gerund under a dated start is that act
        ("On Monday, the ministry began notifying families of the victims.", "notifying", "1998-08-03"),
        # a relative clause telling the toll of a dated attack is at the attack's date
        ("The 1996 bombing that killed one person was never solved.", "killed", "1996-01-01"),
        ("Police reopened the case of the March 3 blast that injured nine shoppers.", "injured", "1998-03-03"),
        # a bare day word after the object, with no preposition, is the verb's
        ("Police issued an arrest warrant Monday for the driver.", "issued", "1998-08-03"),
        # a participle clause opening the sentence tells what the dated clause was doing then
        ("Retaliating for the raid, rebels on Tuesday shelled the army base.", "Retaliating", "1998-08-04"),
        ("Protesting against the new tax, farmers blocked the main road on Monday.", "Protesting", "1998-08-03"),
        ("Customs officers found 300 kilos of cocaine Sunday in a truck at the border.", "found", "1998-08-02"),
    ],
)
def test_a_date_one_step_away_in_the_parse_dates_the_event(nlp, coding_context, text, word, day) -> None:
    assert _date_of_word(nlp, coding_context, text, word) == day


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a commitment, an invitation, a wish or a vote: the complement's date is a later act's
        ("The rebels agreed to release the hostages on Friday.", "agreed"),
        ("The council invited the two states to join the alliance in 1999.", "invited"),
        ("The minister hoped to sign the treaty on Monday.", "hoped"),
        ("The board voted to hold a referendum in May.", "voted"),
        # a toll told in the perfect, a clause that is no toll, or an attack dated only by a stretch
        ("The 1996 bombing that has killed one person was never solved.", "killed"),
        ("The 1996 bombing that police blamed on the rebels was never solved.", "blamed"),
        ("He has been on the run since the January 1998 bombing that killed a guard.", "killed"),
        # an opening clause told as earlier or with its own conjunction
        ("Having captured the town, rebels on Tuesday shelled the army base.", "captured"),
        ("After leaving the summit, the minister on Tuesday criticized the plan.", "leaving"),
        # a day word that hangs on another act, or a phrase on the object, is not the verb's
        ("The court heard the case of a man arrested Monday.", "heard"),
        ("The minister discussed the strike of last week with union leaders.", "discussed"),
    ],
)
def test_a_later_act_or_a_stretch_leaves_the_event_undated(nlp, coding_context, text, word) -> None:
    assert _date_of_word(nlp, coding_context, text, word) is None


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("Police issued an arrest warrant Monday for the driver of the truck.", "arrest", "1998-08-03"),
        ("A judge issued an arrest warrant Tuesday for the rebel commander.", "arrest", "1998-08-04"),
    ],
)
def test_coded_events_take_the_date(nlp, coding_context, text, trigger, day) -> None:
    assert own_date_start(nlp, coding_context, text, trigger, PUBLISHED) == day
