"""Participants a role used to be left without: whom a statement is about (the side a judgement is said of, the
subject of the clause said, or the one told).

Sentences written for these tests; names of people and places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, shown

pytestmark = pytest.mark.model


def _said_sides(events: list[dict], trigger: str) -> list[tuple[str | None, str | None]]:
    return [((e.get("source") or {}).get("country"), (e.get("target") or {}).get("country"))
            for e in events if (e["type"].get("trigger") or "") == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # the side a judgement is said of
        ('"The Syrian government is not a legitimate authority," the Turkish foreign minister said.', "said", "TUR", "SYR"),
        # the subject of the clause said
        ('The Greek prime minister told party members that the Turkish president had "a personal grudge" against him.',
         "told", "GRC", "TUR"),
        ('The Polish foreign minister said that the Russian president had "no right to stay in office."', "said", "POL", "RUS"),
        # the one told, when the clause said is itself a telling
        ("The Cuban president said his envoy told Spanish officials it was worried about the exiles.", "said", "CUB", "ESP"),
    ],
)
def test_a_statement_is_about_whom_its_words_name(nlp, coding_context, text: str, trigger: str, source: str,
                                                 target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert (source, target) in _said_sides(events, trigger), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a thing, a dummy or the speaker's own side is no one the statement is about
        ('"The new law is a disgrace," the Belgian interior minister said.', "said"),
        ('"We are not happy with the result," the Dutch prime minister said.', "said"),
        ('"It is outrageous," the Danish foreign minister said.', "said"),
        ('The Spanish minister said the Russian economy was "in deep trouble".', "said"),
    ],
)
def test_a_statement_about_a_thing_or_oneself_has_no_target(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(t is None for _s, t in _said_sides(events, trigger)), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # asking or demanding that a side act aims at that side
        ("At the summit, the Canadian prime minister asked that the Indian government extradite the two suspects.",
         "asked", "CAN", "IND"),
        # an accusation of a passive act aims at its doer
        ("Egyptian officials allege the bombings were planned by the Libyan intelligence service.", "allege", "EGY", "LBY"),
    ],
)
def test_a_reported_clause_names_whom_a_request_or_accusation_aims_at(nlp, coding_context, text: str, trigger: str,
                                                                       source: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert (source, target) in _said_sides(events, trigger), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a thing or a dummy as the clause's subject is aimed at no one
        ("The Chilean miners' union demanded that the talks resume at once.", "demanded"),
        ("The Peruvian foreign minister asked that it be delayed until March.", "asked"),
        # one speaking of oneself
        ("The Colombian senator complained that he had been left out of the talks.", "complained"),
    ],
)
def test_a_reported_clause_about_a_thing_or_oneself_aims_at_no_one(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(t is None for _s, t in _said_sides(events, trigger)), shown(events)
