"""The lines above a story's lead: a blank line after a line with no closing punctuation ends a sentence, so a
headline or an "Updated:" line is not parsed into the lead; the headline of the title block is coded (a mention,
guidelines section 5), a section head after the body is not. Texts written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model

_LEAD = ("The Indian Navy on Thursday thwarted an attack on merchant ships in the Gulf of Aden, apprehending 26 pirates "
         "and confiscating their weapons.")


def _rows(nlp, coding_context, text: str) -> list[tuple]:
    return [(e["type"]["cameo"], e["type"]["trigger"], (e.get("source") or {}).get("text")) for e in coded(nlp, coding_context, text)]


@pytest.mark.parametrize("above", [
    "Updated: November 11, 2011 20:09 IST\n\nNavy foils pirate attack off Gulf of Aden\n\n",
    "Navy foils pirate attack off Gulf of Aden\n\n",
])
def test_the_lead_is_not_parsed_with_the_lines_above_it(nlp, coding_context, above):
    rows = _rows(nlp, coding_context, above + _LEAD)
    assert ("173", "apprehending", "Indian Navy") in rows
    assert ("1711", "confiscating", "Indian Navy") in rows


@pytest.mark.parametrize("text, expected", [
    # the headline of the title block is a mention of its own
    ("Chargers Jamal Williams Arrested For DUI\n\nSan Diego Chargers defensive tackle Jamal Williams was arrested on "
     "suspicion of drunken driving early Sunday, police said.", ["Arrested", "arrested"]),
    # a section head after the body is not coded
    ("San Diego Chargers defensive tackle Jamal Williams was arrested on suspicion of drunken driving early Sunday, police "
     "said.\n\nRelated Stories\n\nPolice Arrest Man In Bank Robbery\n\n", ["arrested"]),
])
def test_the_headline_of_the_title_block_is_coded(nlp, coding_context, text, expected):
    assert [t for c, t, _s in _rows(nlp, coding_context, text) if c == "173"] == expected


@pytest.mark.parametrize("text, trigger", [
    # a line that ends on a colon goes on after the blank line: the say-verb keeps its quote
    ("Asked to comment on the announcement, a Justice Department spokesman said:\n\n\"We will not appeal the ruling.\"", "appeal"),
])
def test_a_line_ending_on_a_colon_goes_on(nlp, coding_context, text, trigger):
    assert trigger in [t for _c, t, _s in _rows(nlp, coding_context, text)]


def test_a_cardiac_or_traumatic_arrest_is_no_arrest(nlp, coding_context):
    assert _rows(nlp, coding_context, "The woman was taken to Jamaica Hospital in traumatic arrest.") == []
