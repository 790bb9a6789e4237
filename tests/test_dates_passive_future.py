"""A date right after a passive participle to come ("will be sentenced July 13", "is to be held May 2") is read as
still to come, as after any verb with a future cue; after a finite past participle ("was sentenced July 13", "has been
sentenced") it stays in the past (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings import dates

PUBLISHED = "2009-03-15"


def value(text: str) -> str:
    return dates(text, anchor=PUBLISHED)[0]["value"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The former senator will be sentenced July 13.", "2009-07-13"),
        ("The former senator is to be sentenced on July 13.", "2009-07-13"),
        ("The treaty will be signed June 30 in Geneva.", "2009-06-30"),
        ("The former senator was sentenced July 13.", "2008-07-13"),
        ("The former senator has been sentenced July 13.", "2008-07-13"),
        ("The ministry announced July 13 that it would act.", "2008-07-13"),
    ],
)
def test_a_date_after_a_passive_to_come_is_still_to_come(text, expected) -> None:
    assert value(text) == expected


def test_a_sentencing_to_come_has_its_deadline(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Local news. The former senator, free on bail, will be sentenced July 13.", published=PUBLISHED)
    sentenced = [e for e in events if e["type"]["trigger"] == "sentenced"]
    assert [(e["mentions"][0]["status"], (e.get("date") or {}).get("start")) for e in sentenced] == [("forecast", "2009-07-13")]
