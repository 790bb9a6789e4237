"""Which date phrase dates which event (second set): the present and "as of" bounds, when- and where-clauses on a date,
a month written before an event noun, and dates that must not leak to another clause's event (sentences written for
these tests)."""

from __future__ import annotations

import pytest
from coding_factory import own_date_start

PUBLISHED = "1998-08-08"  # a Saturday


def _own_date(nlp, coding_context, text: str, trigger: str):
    return own_date_start(nlp, coding_context, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # a when-clause set off by dashes after the date phrase is at that date
        ("Twelve years ago -- when the last policeman was shot dead -- such a tribute would have caused a riot.", "shot", "1986-01-01"),
        # a where-clause the parser hangs on the date phrase tells what happened there and then
        ("The minister visited Prague on Monday, where he met the president.", "met", "1998-08-03"),
        ("The team played in Madrid on Sunday, where fans attacked the referee.", "attacked", "1998-08-02"),
        # a month written between the article (and an adjective) and the event noun is the event's
        ("Officials have cracked down on opponents since a failed July coup.", "coup", "1998-07-01"),
        ("Police recalled the July bombing of the embassy.", "bombing", "1998-07-01"),
        ("The striker was fined after the club's October brawl with fans.", "brawl", "1997-10-01"),
        # the present dates the state its verb tells (TimeBank's reading), and "today" is the report's day
        ("The army is now shelling the town.", "shelling", "1998-08-08"),
        ("Police arrested two men today in the port.", "arrested", "1998-08-08"),
        # a date without "as of" still dates the act
        ("Police arrested 20 people on Saturday afternoon.", "arrested", "1998-08-08"),
        ("Police arrested a man on Monday whose brother was killed in 2004.", "arrested", "1998-08-03"),
    ],
)
def test_a_date_linked_to_the_event_dates_it(nlp, coding_context, text, trigger, day) -> None:
    assert _own_date(nlp, coding_context, text, trigger) == day


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "now" in the clause does not date an event noun that came before (the jailing)
        ("A Harlem woman is now in jail, accused of an armed robbery.", "jail"),
        # "as of" with a perfect: done by then, no date of the act
        ("As of Saturday afternoon, police had arrested 20 people.", "arrested"),
        ("As of Friday, rebels had seized three towns in the north.", "seized"),
        ("As of Monday, the court has convicted 12 officers of torture.", "convicted"),
        # a where-clause in the past perfect happened before the dated visit
        ("The minister visited the village on Monday, where rebels had attacked a school.", "attacked"),
        # a date between the saying and its complement is the saying's
        ("Police said on Tuesday that troops had attacked the town.", "attacked"),
        # an age and a duration are no dates
        ("The 45-year-old man was arrested after a two-year investigation.", "arrested"),
        # a bound from "since" dates no single act
        ("Troops have shelled the town since Monday.", "shelled"),
    ],
)
def test_a_date_of_another_kind_or_clause_leaves_the_event_undated(nlp, coding_context, text, trigger) -> None:
    assert _own_date(nlp, coding_context, text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the relative clause's own date stays its own, not the main clause's
        ("Police arrested a man on Monday whose brother was killed in 2004.", "killed", "2004-01-01"),
        # the when-clause on a date phrase keeps its own, later date
        ("He said that in 2007, when he was arrested, the speaker welcomed his arrest.", "arrested", "2007-01-01"),
    ],
)
def test_a_clause_keeps_its_own_date(nlp, coding_context, text, trigger, day) -> None:
    assert _own_date(nlp, coding_context, text, trigger) == day


@pytest.mark.parametrize(
    "text",
    [
        "The July Monarchy ended in 1848.",  # a title: a capitalised word follows
        "Protesters marched against the May government.",  # an ambiguous month (a name) needs a preposition
        "The July of that year was wet.",  # no noun after it
    ],
)
def test_a_month_name_in_a_title_is_no_premodifying_date(text) -> None:
    from tidings.code.time import dates

    assert not [t for t in dates(text, anchor=PUBLISHED) if t["text"] in {"July", "May"}]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("They recalled the July coup.", "July"),
        ("His October visit to Paris was cut short.", "October"),
        ("Russia's November vote was criticized.", "November"),
        ("Theresa May's July speech angered the unions.", "July"),
    ],
)
def test_a_month_before_a_noun_after_a_determiner_is_a_date(text, found) -> None:
    from tidings.code.time import dates

    assert found in [t["text"] for t in dates(text, anchor=PUBLISHED)]


def test_bound_word_lookups_read_the_words_beside_a_date_as_a_whitespace_split_would() -> None:
    import random

    from tidings.code._event_support import _WORD_AFTER, _word_before

    rng = random.Random(3)
    pieces = ["since", "until", "Till", "when", ",", " ", "\n", "\u00a0", "x", "a,", "(since", "since,"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", " ,", "\n"]) for _ in range(rng.randint(0, 8)))
        i = rng.randint(0, len(text))
        before, after = text[:i].split(), text[i:].lstrip(" ,").split()
        assert _word_before(text, i) == (before[-1] if before else "")
        found = _WORD_AFTER.match(text, i)
        assert (found[1] if found else None) == (after[0] if after else None)
