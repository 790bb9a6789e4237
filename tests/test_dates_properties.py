"""Properties of `tidings.dates` on arbitrary text (hypothesis)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings import dates
from tidings.code.time import timex_to_range

WORDS = ["on", "Monday", "March", "26", "May", "may", "2018", "the", "next", "two", "months", "ago", "a", "year",
         "early", "last", "week", "daily", "Sunday", "Times", "3", "p.m.", "since", "before", "quarter", "third",
         "1990s", "now", "Feb.", "29", ",", ".", "later", "days", "of", "afternoon", "nearly", "\n"]
VALUE = re.compile(r"^(?:[\dX]{2,4}(?:-[\dWQHX]{1,3}(?:-[\dWEX]{1,2})?)?(?:T[\w:]+)?(?:-(?:SP|SU|FA|WI))?|"
                   r"P(?:T)?[\dX.]+[A-Z]{1,2}|(?:PRESENT|PAST|FUTURE)_REF|\d{4}-(?:SP|SU|FA|WI)|[\dX]{4}-(?:SP|SU|FA|WI))$")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.dates())
def test_spans_are_exact_ordered_and_disjoint(words, anchor):
    text = " ".join(words)
    found = dates(text, anchor=anchor)
    last_end = 0
    for t in found:
        assert text[t["start"]:t["end"]] == t["text"] and t["text"].strip() == t["text"] and t["text"]
        assert t["start"] >= last_end
        last_end = t["end"]
        assert t["type"] in {"DATE", "TIME", "DURATION", "SET"}
        assert VALUE.match(t["value"]), t


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120), st.one_of(st.none(), st.dates()))
def test_any_text_is_safe(text, anchor):
    for t in dates(text, anchor=anchor):
        assert text[t["start"]:t["end"]] == t["text"]
        if t["type"] in {"DATE", "TIME"}:
            rng = timex_to_range(t["value"], anchor=anchor)
            assert rng is None or rng[0] <= rng[1]


@pytest.mark.parametrize(("text", "anchor"), [
    ("2018 months ago", date(169, 1, 1)),
    ("5000 years ago", date(2020, 5, 1)),
    ("9000 years from now", date(2020, 5, 1)),
    ("40000 quarters ago", date(2020, 5, 1)),
])
def test_a_shift_past_the_calendar_is_a_reference_not_an_error(text, anchor):
    (found,) = dates(text, anchor=anchor)
    assert found["text"] == text and found["value"] in {"PAST_REF", "FUTURE_REF"}
