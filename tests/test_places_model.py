"""End to end with the real model: toponyms and event places in parsed sentences."""

from __future__ import annotations

import pytest

from tidings.code.places import event_location, find_toponyms

pytestmark = pytest.mark.model


def _trigger(doc, word):
    return next(t.i for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("Kim Jong Un arrived in Beijing on Monday for talks.", "arrived", ("Beijing", "CHN")),
        ("Kim Jong Nam was killed at Kuala Lumpur airport in February.", "killed", ("Kuala Lumpur airport", "MYS")),
        ("Pyongyang shuttered a nuclear reactor in Yongbyon in 2007.", "shuttered", ("Yongbyon", "PRK")),
        ("Beijing condemned the missile test on Tuesday.", "condemned", None),
    ],
)
def test_event_place_with_the_real_parse(nlp, coding_context, text, trigger, expected):
    doc = nlp(text)
    loc = event_location(doc, None, _trigger(doc, trigger), gazetteer=coding_context.gazetteer)
    assert ((loc["text"], loc["country"]) if loc else None) == expected


def test_toponyms_of_a_news_sentence(nlp, coding_context):
    doc = nlp("Chinese police blocked off the North Korean border city of Dandong and the Yalu River Bridge.")
    found = {t["text"]: t["location"]["country"] for t in find_toponyms(doc, gazetteer=coding_context.gazetteer)}
    assert found.get("Dandong") == "CHN"
    assert found.get("the Yalu River Bridge") == "CHN"
