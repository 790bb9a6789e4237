"""The participants of events, by the kind of phrase that names them (sixth set): the country of a statement's speaker
known by a title only ("Laura Mintz, a spokeswoman for the mayor"): the body the title serves lends its country, an
international body none; a body the text places nowhere leaves the speaker of the article's home country, a guess.

Sentences written for these tests; names of people, firms and small places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, role_values, shown

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


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("The men planned to attack the crowd during opposition protests in Tbilisi next month.", "protests", "opposition"),
        ("Student protests spread across Paris on Monday after the vote.", "protests", "Student"),
        ("Farmer protests blocked the main roads into Brussels on Tuesday.", "protests", "Farmer"),
        ("Union strikes shut the port of Antwerp for two days.", "strikes", "Union"),
    ],
)
def test_a_side_named_as_the_compound_of_a_protest_is_its_source(nlp, coding_context, text: str, trigger: str,
                                                                   source: str) -> None:
    events = coded(nlp, coding_context, text)
    sources = role_values(events, trigger, "source", "text")
    assert sources and all(s is not None and source in s for s in sources), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_source"),
    [
        # what the protest is about, or what kind it is, protests nothing
        ("Hunger strikes spread through the prison on Monday.", "strikes", "Hunger"),
        ("Fuel protests spread across France on Monday.", "protests", "Fuel"),
        ("Student loan protests spread across the city on Monday.", "protests", "Student"),
        # a people word on an act of another kind is no side of its own: the ones arrested, not the arresters
        ("The student arrests angered the university on Monday.", "arrests", "student"),
    ],
)
def test_no_source_is_taken_from_another_kind_of_compound(nlp, coding_context, text: str, trigger: str,
                                                          not_source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(s is not None and not_source in s for s in role_values(events, trigger, "source", "text")), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The victim of the robbery was not harmed, police said.", "robbery", "victim"),
        ("The victims of the shooting were taken to a hospital in Dallas, police said.", "shooting", "victims"),
        ("Smith was the victim of Monday's stabbing, police said.", "stabbing", "victim"),
    ],
)
def test_the_victim_of_a_definite_attack_is_its_target(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    targets = role_values(events, trigger, "target", "text")
    assert targets and all(t is not None and target in t for t in targets), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        # a victim of no one attack, a figure of speech, sport and business
        "The charity helps victims of crime across Texas.",
        "The minister said the country would never again be the victim of a foreign invasion.",
        "The team was the victim of a late goal in the final.",
        "The firm was the victim of a takeover bid by its rival.",
    ],
)
def test_no_attack_is_read_from_a_victim_of_no_one_attack(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"][:2] in {"18", "19", "20"}], shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Dan Hollis and Ned Hollis had been in custody since last week on charges of assaulting a garda.", "charges", "Hollis"),
        ("Maria Lopez has been in custody since May on a charge of theft.", "charge", "Lopez"),
    ],
)
def test_the_one_held_on_a_charge_is_its_target(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    targets = role_values(events, trigger, "target", "text")
    assert targets and all(t is not None and target in t for t in targets), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an on-phrase on a verb of no holding: a vote, a ruling, an office, the news
        ("The judge ruled on a charge of contempt against the newspaper on Monday.", "charge"),
        ("The minister was in office on charges of corruption, critics said.", "charges"),
        ("The striker has been in form since May despite charges of match fixing.", "charges"),
        ("The company was in the news on charges of price fixing.", "charges"),
    ],
)
def test_no_one_is_charged_by_an_on_phrase_on_another_verb(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    subjects = ("judge", "minister", "striker", "company")
    assert not any(t and any(w in t for w in subjects) for t in role_values(events, trigger, "target", "text")), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Abbas reiterated calls for Israel to accept a two-state solution.", "calls", "Israel"),
        ("The opposition renewed its demands for the government to resign.", "demands", "government"),
        ("The union repeated its demand for the company to raise wages.", "demand", "company"),
    ],
)
def test_the_subject_of_the_for_clause_of_an_appeal_is_its_target(nlp, coding_context, text: str, trigger: str,
                                                                    target: str) -> None:
    events = coded(nlp, coding_context, text)
    targets = role_values(events, trigger, "target", "text")
    assert targets and all(t is not None and target in t for t in targets), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # a for-phrase without a clause names what is asked for, not whom
        ("He reiterated calls for a ceasefire in Gaza.", "calls", "ceasefire"),
        # a plan is no appeal: its for-clause names no one asked
        ("The mayor announced plans for the city to build a new stadium.", "plans", "city"),
        # sport: the one a passive for-clause is about is not read as asked to act
        ("Fans made calls for the coach to be sacked after the defeat.", "calls", "coach"),
    ],
)
def test_no_target_is_taken_from_another_kind_of_for_phrase(nlp, coding_context, text: str, trigger: str,
                                                            not_target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(t and not_target in t for t in role_values(events, trigger, "target", "text")), shown(events)
