"""A capitalised common word before a title or an actor word is no town of that name; a real place there still counts.

"Police Spokeswoman X" names no town called Police (Poland), "Liberal MP X" none called Liberal (Kansas). Sentences
and names written for these tests.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def sources(events: list[dict]) -> list[tuple[object, object]]:
    return [((e.get("source") or {}).get("text"), (e.get("source") or {}).get("code")) for e in events]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Police Spokeswoman Dana Okoro criticized the mayor on Tuesday.", "COP"),
        ("Police spokesman Dana Okoro accused the mayor of lying.", "COP"),
        ("Liberal MP Hannah Brecht criticized the government on Tuesday.", "LEG"),
        ("Green councillor Hannah Brecht criticized the mayor.", "LEG"),
        ("Union leader Dana Okoro accused the mayor of lying.", None),
        ("Federal spokesman Dana Okoro criticized the mayor.", "GOV"),
        ("City spokesman Dana Okoro criticized the union.", "GOV"),
        ("Court spokeswoman Hannah Brecht criticized the defence lawyers.", None),
    ],
)
def test_a_common_word_before_a_title_is_no_place(nlp, coding_context, text: str, sector: str | None) -> None:
    events = coded(nlp, coding_context, text)
    subject = text.split(" criticized")[0].split(" accused")[0]
    mine = [(e.get("source") or {}) for e in events if ((e.get("source") or {}).get("text") or "") in subject]
    assert mine, sources(events)
    assert all(not s.get("country") for s in mine), sources(events)
    if sector is not None:
        assert any(s.get("sector") == sector for s in mine), sources(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a capital, a large city or a town the parser tags as a place still gives its country
        ("Paris police arrested three men on Tuesday.", "FRACOP"),
        ("Toronto police arrested three men on Tuesday.", "CANCOP"),
        ("Kabul police chief Abdul Rahim accused the Taliban of the attack.", "AFGCOP"),
        ("Paris police spokeswoman Anne Roux accused the protesters of violence.", "FRACOP"),
        ("Newark Police Department accused the mayor of lying.", "USACOP"),
        ("DeKalb Mayor Tom Reed criticized the police.", "USAGOV"),
        ("Gainesville residents marched in protest on Friday.", "USACVL"),
        # before a word for a group (no title) a town counts whatever the parser made of it
        ("Burnsville residents marched in protest on Friday.", "USACVL"),
    ],
)
def test_a_real_place_before_an_actor_word_still_gives_its_country(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any((e.get("source") or {}).get("code") == code for e in events), sources(events)
