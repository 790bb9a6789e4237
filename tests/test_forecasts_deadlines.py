"""The deadline rule: "by D" includes D, "before D" ends the day before, relative horizons, and no invented horizon."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.fuse.deadlines import deadline, horizon_deadline, relative_horizon

P = date(2019, 3, 4)


@pytest.mark.parametrize(
    "start, end, text, sentence, expected",
    [
        (date(2019, 6, 30), date(2019, 6, 30), "30 June", "They will meet by 30 June.", (date(2019, 6, 30), "date")),
        (P, date(2019, 6, 1), "1 June", "They will meet before 1 June.", (date(2019, 5, 31), "date")),  # the code stage's range
        (date(2019, 6, 1), date(2019, 6, 1), "1 June", "They will sign it before 1 June.", (date(2019, 5, 31), "date")),
        (date(2019, 4, 1), date(2019, 4, 30), "April", "Talks are scheduled in April.", (date(2019, 4, 30), "date")),
        (date(2019, 1, 1), date(2019, 12, 31), "the end of the year", "They will meet before the end of the year.", (date(2019, 12, 31), "date")),
        (date(2019, 7, 11), date(2019, 7, 21), "mid-July", "They will strike by mid-July.", (date(2019, 7, 15), "date")),
        (None, None, None, "They will meet by the end of March.", (date(2019, 3, 31), "date")),
        (None, None, None, "They will meet by the end of February.", (date(2020, 2, 29), "date")),  # the next one not before the report
        (None, None, None, "They will leave within two weeks.", (date(2019, 3, 18), "relative")),
        (None, None, None, "The deal will be signed within weeks.", (date(2019, 3, 25), "relative")),
        (None, None, None, "It will expel them within 72 hours.", (date(2019, 3, 7), "relative")),
        (None, None, None, "They will meet in the coming months.", (date(2019, 6, 4), "relative")),
        (None, None, None, "They will meet.", (None, "none")),
        (date(2017, 1, 1), date(2017, 1, 1), "2017", "They would meet in 2017.", (None, "none")),  # a past date is no deadline
    ],
)
def test_deadline_rule(start, end, text, sentence, expected):
    assert deadline(P, start, end, text, sentence) == expected


def test_a_relative_horizon_counts_a_bare_plural_as_three_units():
    assert P + relative_horizon("within days") == date(2019, 3, 7)
    assert relative_horizon("next year") is None


@pytest.mark.parametrize("days, expected", [(None, None), (30, date(2019, 4, 3))])
def test_a_horizon_is_only_what_the_user_sets(days, expected):
    assert horizon_deadline(P, days) == expected
