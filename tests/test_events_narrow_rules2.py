"""Rules a review found too wide, narrowed (part A): calls for tips, notices to readers, habits, "every day",
"beat" in a game and trend words (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded_codes

_codes = coded_codes


# --- 1. a call for tips needs "anyone with information" or anyone "is asked to", and a phone number, not a date ---

@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police arrested 12 activists on March 16, 2020, and threatened to jail anyone who calls for a strike.", "173"),
        ("Troops detained 30 people on 12 May 2019 and warned that anyone who reports on the raid would be punished.", "173"),
    ],
)
def test_a_threat_against_anyone_who_calls_is_no_call_for_tips(nlp, coding_context, text, code) -> None:
    assert code in _codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with information on the attack should call police on 0800 555 111.",
        "Anyone who saw the robbery is asked to call the Ridgefield Police Department at 203-555-0147.",
    ],
)
def test_a_call_for_tips_with_a_phone_number_stays_no_event(nlp, coding_context, text) -> None:
    assert _codes(nlp, coding_context, text) == []


# --- 2. a notice to readers needs a contact verb in the imperative, not any web address and a common verb ---

@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pompeo will visit Beijing next month, the State Department said on state.gov.", "042"),
        ("Protesters called for the resignation of the president, according to posts on Twitter.com.", "0241"),
        ("Rebels attacked a convoy near Goma on Sunday, the army said on its website, army.gov.", "180"),
    ],
)
def test_an_event_reported_from_a_website_is_kept(nlp, coding_context, text, code) -> None:
    assert code in _codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "For more information, call 555-0100 or visit www.example.org.",
        "To register for the march, visit www.cityevents.com or call the town hall.",
    ],
)
def test_a_notice_telling_readers_whom_to_contact_is_no_event(nlp, coding_context, text) -> None:
    assert _codes(nlp, coding_context, text) == []


# --- 3. a habit word does not reach a joined clause with its own subject, its own date or "but" ---

@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Protesters rarely clash with police in the city, but on Friday hundreds fought running battles with officers.", "190"),
        ("The army usually fires warning shots at smugglers, but on Monday soldiers killed three men.", "1823"),
        ("Troops often patrol the area and on Monday arrested five suspected militants.", "173"),
        ("Police usually ignore the traders, but they detained six of them on Tuesday.", "173"),
    ],
)
def test_a_habit_does_not_reach_a_clause_of_its_own(nlp, coding_context, text, code) -> None:
    assert code in _codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police often arrest protesters and beat them.",
        "Rangers routinely fine campers and expel them from the park.",
    ],
)
def test_a_habit_still_covers_the_acts_joined_to_it(nlp, coding_context, text) -> None:
    assert _codes(nlp, coding_context, text) == []


# --- 4. "every day" counts the days of one spell on a past or present-perfect verb with "since"/"for" or a date ---

@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Government forces have shelled rebel positions in Idlib every day since Friday, killing dozens.", "194"),
        ("Thousands of protesters have rallied in the capital every night for two weeks.", "141"),
    ],
)
def test_every_day_of_one_spell_is_no_habit(nlp, coding_context, text, code) -> None:
    assert code in _codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrest drunk drivers every weekend.",
        "The militia shells the town every night.",
    ],
)
def test_every_day_in_the_present_stays_a_habit(nlp, coding_context, text) -> None:
    assert _codes(nlp, coding_context, text) == []


# --- 5. "beat" is a game only by its own words: its subject, object and attached words, not the whole sentence ---

@pytest.mark.parametrize(
    "text",
    [
        "Security forces beat protesters in the capital after parliament voted 120-80 to extend the emergency law.",
        "The striker beat two defenders to score, and police later beat fans outside the stadium.",
    ],
)
def test_a_beating_beside_a_game_or_a_vote_count_is_kept(nlp, coding_context, text) -> None:
    assert "182" in _codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea beat Arsenal 3-1 on Sunday.",
        "The striker beat the goalie with a backhand.",
        "The goalkeeper beat the striker to the ball.",
    ],
)
def test_beat_in_a_game_is_no_assault(nlp, coding_context, text) -> None:
    assert "182" not in _codes(nlp, coding_context, text)


# --- 6. trend words are growing/rising/increasing/mounting only, and a past or dated clause keeps the event ---

@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ongoing protests against the government paralyzed Hong Kong on Monday.", "141"),
        ("Continuing clashes between the army and rebels killed 10 people.", "190"),
        ("Mounting protests against the government paralyzed the capital on Monday.", "141"),
    ],
)
def test_an_ongoing_or_dated_protest_or_clash_is_an_event(nlp, coding_context, text, code) -> None:
    assert code in _codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government is worried about growing terrorist threats.",
        "Rising attacks on aid workers are a concern for the UN.",
    ],
)
def test_a_trend_in_the_present_is_no_event(nlp, coding_context, text) -> None:
    assert _codes(nlp, coding_context, text) == []
