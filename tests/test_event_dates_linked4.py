"""Which date phrase dates which event (fourth set): an event noun a verb enters into ("got into a fight"), also in a
later conjunct of a dated clause, and a custody verb whose "for <gerund>" phrase the parser hung the date on
("detained for questioning on Saturday"); with the nouns and clauses those dates must not reach (sentences written
for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import own_date_start

PUBLISHED = "1998-08-08"  # a Saturday


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # a noun the clause enters into is at the clause's time, also in a later conjunct of a dated clause
        ("Jones went to a bar about 2 a.m. Friday and got into a fight with a neighbour.", "fight", "1998-08-07"),
        ("Fans marched to the stadium on Sunday and got into clashes with police.", "clashes", "1998-08-02"),
        ("The fans left the stadium on Sunday and got into a brawl with police.", "brawl", "1998-08-02"),
        ("The two drivers got into a fight on Tuesday after a crash.", "fight", "1998-08-04"),
        ("Police raided two homes on Monday and made three arrests.", "made three arrests", "1998-08-03"),
        # a custody verb's "for <gerund>": a date the parser hangs on the gerund is the custody's
        ("Three men were detained for questioning on Thursday afternoon.", "detained", "1998-08-06"),
        ("Two teenagers were picked up for questioning on Monday.", "picked", "1998-08-03"),
        ("Officers took the driver in for questioning on Wednesday.", "took", "1998-08-05"),
        # a gerund with an object of its own names an act with its own day: the custody keeps its own
        ("Two men were arrested on Monday for attacking a guard on Saturday.", "arrested", "1998-08-03"),
    ],
)
def test_a_date_the_parser_hangs_nearby_dates_the_event(nlp, coding_context, text, trigger, day) -> None:
    assert own_date_start(nlp, coding_context, text, trigger, PUBLISHED) == day


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a "for" phrase that names a crime with its own object is no bare purpose: its date is the crime's
        ("Police arrested two men for attacking a guard on Saturday.", "arrested"),

    ],
)
def test_a_crimes_date_under_its_gerund_leaves_the_custody_undated(nlp, coding_context, text, trigger) -> None:
    assert own_date_start(nlp, coding_context, text, trigger, PUBLISHED) is None
