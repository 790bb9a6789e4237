"""The participants of events, by the kind of phrase that names them (sixth set): the country of a statement's speaker
known by a title only ("Laura Mintz, a spokeswoman for the mayor"): the body the title serves lends its country, an
international body none; a body the text places nowhere leaves the speaker of the article's home country, a guess.

Sentences written for these tests; names of people, firms and small places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, shown

pytestmark = pytest.mark.model


def _said(events: list[dict]) -> list[dict]:
    return [e for e in events if e["type"]["trigger"] == "said"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ('DENVER, Colo. -- The council met in Denver on Monday. "The plan is a disgrace," said Laura Mintz, a spokeswoman for the mayor.',
         "USA"),
        ('OTTAWA -- Farmers gathered outside Parliament in Ottawa. "We are disappointed by this decision," said Pierre Dufort, '
         "a leader of the farmers' union.", "CAN"),
        ('DUBLIN -- Gardai closed roads in Dublin city centre. "Our officers did an excellent job," said Sean Byrne, a spokesman '
         "for the force.", "IRL"),
        ('CHICAGO -- Aldermen voted in Chicago on Tuesday. "This is a betrayal of voters," Hanley\'s chief of staff, Mark Terrin, said.',
         "USA"),
    ],
)
def test_a_titled_speaker_of_a_local_story_is_of_its_home_country(nlp, coding_context, text: str, country: str) -> None:
    said = _said(coded(nlp, coding_context, text))
    assert said and all((e["source"] or {}).get("country") == country for e in said), shown(said)
    assert all(e["source"].get("country_from") == "document" for e in said), [e["source"] for e in said]  # a guess, marked


def test_the_body_a_title_serves_lends_its_country(nlp, coding_context) -> None:
    text = ('WASHINGTON -- Congress met in Washington. "We are deeply worried about the situation," said Ivan Petrov, '
            "a spokesman for the Russian embassy.")
    said = _said(coded(nlp, coding_context, text))
    assert said and all((e["source"] or {}).get("country") == "RUS" for e in said), shown(said)


@pytest.mark.parametrize(
    "text",
    [
        # an international body's spokesman is of no one country
        'WASHINGTON -- Lawmakers met in Washington. "We are deeply worried about the situation," said Karl Berger, a spokesman '
        "for the United Nations.",
        # the text before names other countries only: the speaker may be of either
        'WASHINGTON -- Russian troops crossed into Georgia. "We are deeply worried about the situation," said Karl Berger, '
        "a spokesman for the delegation.",
        # no home country at all
        '"We are deeply worried about the situation," said Karl Berger, a spokesman for the delegation.',
    ],
)
def test_no_home_country_is_guessed_where_the_text_does_not_support_it(nlp, coding_context, text: str) -> None:
    said = _said(coded(nlp, coding_context, text))
    assert all((e["source"] or {}).get("country") is None for e in said), shown(said)


@pytest.mark.parametrize(
    "text",
    [
        # business: a firm's spokeswoman is no public speaker
        'DENVER, Colo. -- Sales rose in Denver. "We are deeply worried about the prices," said Laura Mintz, a spokeswoman for '
        "Halvorsen Foods Inc.",
        'DENVER, Colo. -- The museum opened in Denver. "We are proud of the new wing," said Laura Mintz, a spokeswoman for the company.',
        # sport and private people: a team's or a family's spokeswoman neither
        'DENVER, Colo. -- The Broncos won in Denver. "We are deeply worried about the injuries," said Laura Mintz, a spokeswoman '
        "for the team.",
        'DENVER, Colo. -- The museum opened in Denver. "We are proud of the new wing," said Laura Mintz, a spokeswoman for the family.',
        'LEEDS, England -- The club held its dinner in Leeds. "We are grateful to our fans," said Tom Hale, a spokesman for the club.',
    ],
)
def test_a_private_body_s_spokesman_makes_no_public_statement(nlp, coding_context, text: str) -> None:
    said = _said(coded(nlp, coding_context, text))
    assert not said, shown(said)
