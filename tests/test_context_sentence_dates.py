"""CodingContext.sentence_dates: a sentence's time expressions, found once per sentence and anchor (no model load)."""

from __future__ import annotations

from tidings import dates
from tidings.code import CodingContext


def test_sentence_dates_equal_dates_and_are_found_once() -> None:
    ctx = CodingContext()
    text = "Police raided two homes on Monday and arrested three men on March 3."
    first = ctx.sentence_dates(text, "2020-03-05")
    assert list(first) == dates(text, anchor="2020-03-05")
    assert ctx.sentence_dates(text, "2020-03-05") is first


def test_another_anchor_gives_its_own_reading() -> None:
    ctx = CodingContext()
    text = "The talks ended on Monday."
    assert ctx.sentence_dates(text, "2020-03-05")[0]["value"] != ctx.sentence_dates(text, "2021-06-10")[0]["value"]


def test_the_cache_keeps_only_recent_sentences() -> None:
    ctx = CodingContext()
    for n in range(300):
        ctx.sentence_dates(f"Sentence {n} on Monday.", "2020-03-05")
    assert len(ctx.__dict__["_sentence_dates"]) == 256
