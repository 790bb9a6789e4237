"""The day of the episode an event continues (sentences written for these tests): "On Monday, police raided two homes.
They arrested three men." The arrest is dated by the narrative (``basis: "narrative"``), not as an own date (the gold
guidelines date an event from its own sentence only); a fused event with no own date takes it before its report date.
Background, acts still to come, another doer's acts, the acts a statement tells, quotations and sentences with a time
of their own are left alone."""

from __future__ import annotations

import pytest
from coding_factory import coded
from test_fuse_factory import mention

from tidings.fuse import fuse
from tidings.time import date_basis, is_own_date

PUBLISHED = "1998-08-08"  # a Saturday


def _narrative_day(nlp, coding_context, text: str, word: str):
    from tidings.code._event_support import event_date_for, narrative_date_for

    doc = nlp(text)
    tok = [t for t in doc if t.text == word][-1]
    assert event_date_for(doc, tok.sent, tok, tok, context=coding_context, published=PUBLISHED) is None
    got = narrative_date_for(doc, tok.sent, tok, context=coding_context, published=PUBLISHED)
    return got.get("start") if got else None


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        # the same doer goes on with the episode
        ("On Monday, police raided two homes in the port. They arrested three men.", "arrested", "1998-08-03"),
        ("Fishermen rescued two divers on Thursday. The fishermen brought them to the harbour.", "brought", "1998-08-06"),
        # a statement after a dated statement goes on with what was said that day
        ("The foreign minister condemned the attack on Tuesday. She called for calm.", "called", "1998-08-04"),
        ('Villagers said on Sunday that soldiers had burned their homes. "We have nothing left," said one farmer.', "said",
         "1998-08-02"),
    ],
)
def test_an_event_that_continues_a_dated_episode_takes_its_day(nlp, coding_context, text, word, day) -> None:
    assert _narrative_day(nlp, coding_context, text, word) == day


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # background and acts still to come
        ("On Monday, police raided two homes. The men had escaped from prison.", "escaped"),
        ("On Monday, police raided two homes. They will question the owners.", "question"),
        ("On Monday, police raided two homes. They earlier arrested three men.", "arrested"),
        ("Rebels seized the bridge on Tuesday. The rebels then blew it up.", "blew"),  # a later step
        # another doer
        ("On Monday, police raided two homes. Rebels attacked an army convoy.", "attacked"),
        # the acts a statement tells are older than it
        ("Police said on Tuesday that they had arrested 14 men. They charged them with theft.", "charged"),
        # a quotation, a time of its own, a sentence before with more than one day
        ('On Monday, police raided two homes. "They arrested my son," a neighbour said.', "arrested"),
        ("On Monday, police raided two homes. A year ago they arrested three men.", "arrested"),
        ("Police raided a home on Monday and a farm on Wednesday. They arrested three men.", "arrested"),
        # a negated act, an older act named by the continued statement
        ("On Monday, police raided two homes. They did not arrest anyone.", "arrest"),
        ("The foreign minister condemned the bombing on Tuesday. She denounced the attack.", "attack"),
    ],
)
def test_background_future_another_doer_or_a_time_of_its_own_stay_undated(nlp, coding_context, text, word) -> None:
    from tidings.code._event_support import narrative_date_for

    doc = nlp(text)
    tok = [t for t in doc if t.text == word][-1]
    assert narrative_date_for(doc, tok.sent, tok, context=coding_context, published=PUBLISHED) is None


def test_a_coded_event_keeps_the_narratives_day_apart_from_its_own_date(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "On Monday, police raided two homes in the port. They arrested three men.",
                   published=PUBLISHED)
    arrest = next(e for e in events if e["type"]["trigger"].lower() == "arrested")
    assert arrest.get("date") is None  # no own date: its sentence gives none
    told = arrest["narrative_date"]
    assert (told["start"], told["basis"]) == ("1998-08-03", "narrative")
    assert date_basis(told) == "narrative" and not is_own_date(told)


def test_a_fused_event_takes_the_narratives_day_before_its_report_date() -> None:
    told = {"start": "2018-03-26", "end": "2018-03-26", "precision": "day", "text": "Monday", "value": "2018-03-26",
            "basis": "narrative"}
    plain = mention(id="a", date=None, published="2018-03-27", outlet="Reuters")
    placed = {**mention(id="b", date=None, published="2018-03-28", outlet="Kyodo"), "narrative_date": told}
    event = next(e for e in fuse([plain, placed]).events if not e.get("parent"))
    assert event["date"]["basis"] == "narrative" and event["date"]["start"] == "2018-03-26"
    dated = mention(id="c", date="2018-03-25", published="2018-03-28", outlet="AP")
    event = next(e for e in fuse([placed, dated]).events if not e.get("parent"))
    assert event["date"]["basis"] == "text" and event["date"]["start"] == "2018-03-25"  # an own date wins
