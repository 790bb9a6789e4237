"""Readings of crime, sports and entertainment news: shows hosted and households kept are no events, a player's
position is no shooting, a finding of guilt the parser hung on its object is a verdict, a participle with its own
by-agent is passive, a title word that ends a person's name is no title, a city's police force has its country.
Each case with a sentence of the same shape that keeps its reading. Sentences written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("The comedian will host the Academy Awards next year.", []),
    ("She hosted the Emmys in 2005 and the Grammys in 1996.", []),
    ("When he first hosted in 2009, the ratings rose.", []),
    # hosting a visitor, a summit or refugees stays a visit (043)
    ("Putin hosted Xi at the Kremlin on Monday.", [("043", "hosted")]),
    ("Jordan hosts more than a million Syrian refugees.", [("043", "hosts")]),
    ("The president will host a state dinner for the Japanese prime minister.", [("043", "host")]),
])
def test_a_show_hosted_is_no_visit(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("She works two jobs to support her family.", []),
    ("He said he did not want another child to support.", []),
    ("Iverson moved from shooting guard to point guard.", []),
    # backing a country, and a gunman shooting, keep their codes
    ("The United States will support Ukraine.", [("051", "support")]),
    ("A gunman was shooting at a guard outside the bank.", [("180", "shooting")]),
])
def test_a_living_kept_and_a_players_position_are_no_events(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # the parser hangs "guilty" on the object: still a verdict
    ("A Texas jury found the former officer guilty of murder on Friday.", "found", "116"),
    ("A jury found John Smith guilty of murder on Friday.", "found", "116"),
])
def test_a_finding_of_guilt_on_the_object_is_a_verdict(nlp, coding_context, text, trigger, expected):
    assert [code for code, t in code_triggers(coded(nlp, coding_context, text)) if t == trigger] == [expected]


def test_a_participle_with_its_own_by_agent_is_passive(nlp, coding_context):
    text = "A woman hit and killed by a motorist in Bloomington on Wednesday might be alive."
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "killed"]
    assert [(e["source"] or {}).get("text") for e in events] == ["motorist"]
    assert [(e["target"] or {}).get("text") for e in events] == ["woman"]


@pytest.mark.parametrize("text, trigger, expected", [
    # a family name that is a title word is no title: a private person's opinion is no event (settling rule 2)
    ("Stephen King praised the film on Monday.", "praised", []),
    # the title before a name stays a title
    ("King Abdullah met Netanyahu in Amman on Monday.", "met", [("JOR", "ISR")]),
])
def test_a_title_word_ending_a_name_is_a_family_name(nlp, coding_context, text, trigger, expected):
    assert sides(coded(nlp, coding_context, text), trigger) == expected


@pytest.mark.parametrize("text, trigger, country", [
    ("Man charged after Queens mother killed in crash: NYPD. The driver was charged with driving drunk, police said.",
     "charged", "USA"),
    ("LAPD officers arrested two men on Friday.", "arrested", "USA"),
])
def test_city_police_forces_have_their_country(nlp, coding_context, text, trigger, country):
    pairs = sides(coded(nlp, coding_context, text), trigger)
    assert country in {src for src, _tgt in pairs} and {tgt for _src, tgt in pairs} <= {country, None}


@pytest.mark.parametrize("text, expected", [
    # a club's managers are no generals and no heads of state: their words about the club are private (settling rule 2)
    ("General Manager Tom Rhodes noted the injury on Monday.", []),
    ("Team president Billy Knox praised the coach on Monday.", []),
    # a general stays a general
    ("General Tommy Franks praised the troops on Monday.", [("051", "praised")]),
])
def test_club_managers_are_no_officials(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # in a sports report, a club president the knowledge files do not name speaks for the club
    ("Sixers president Billy Knox said the coach had done a great job. The 76ers won 102-98 in overtime and clinched a "
     "playoff spot behind 20 rebounds from Smith.", "said", []),
])
def test_club_officers_in_a_sports_report_are_no_public_side(nlp, coding_context, text, trigger, expected):
    assert [c for c, t in code_triggers(coded(nlp, coding_context, text)) if t == trigger] == expected


@pytest.mark.parametrize("text, trigger, role, sector", [
    # the family name alone, after the full name, is that person, not a king
    ("Billy Knox King, a banker, was arrested in Amman on Monday. Police said King was released on Tuesday.", "released",
     "target", None),
    # a title before a name, or after an article, is still a title
    ("Stephen King wrote the novel. The King of Jordan met Netanyahu in Amman on Monday.", "met", "source", "GOV"),
])
def test_a_lone_family_name_that_is_a_title_word(nlp, coding_context, text, trigger, role, sector):
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger]
    assert [(e[role] or {}).get("sector") for e in events] == [sector]


@pytest.mark.parametrize("text, expected", [
    # a suicide is no act on another; the shooting before it stays
    ("The gunman shot three coworkers before killing himself.", [("182", "shot")]),
    ("The prisoner killed himself in his cell on Monday.", []),
    ("The soldiers killed themselves and two guards.", [("1823", "killed")]),
    # what a speaker means is no talks; talks with someone stay
    ("We are talking about a very dangerous man who shot two deputies last year.", [("182", "shot")]),
    ("We are talking with the rebels about a ceasefire.", [("040", "talking"), ("0871", "ceasefire")]),
])
def test_suicides_and_what_a_speaker_means_are_no_acts(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the law stopping someone is a detention (173)
    ("SAN DIEGO - A highway patrol officer pulled Williams over near Home Avenue on Sunday, police said.", [("173", "pulled")]),
    ("Police pulled the driver over for speeding on Route 94.", [("173", "pulled")]),
    ("Wills was pulled over for speeding on State Route 94.", [("173", "pulled")]),
    # a driver pulling over, a prevention, a stopped march or a save are no detentions
    ("The driver pulled over and fled on foot.", []),
    ("His wife stopped him from leaving the house.", []),
    ("The goalkeeper stopped the penalty.", []),
])
def test_a_police_stop_is_a_detention(nlp, coding_context, text, expected):
    assert [(c, t) for c, t in code_triggers(coded(nlp, coding_context, text)) if c[:2] == "17"] == expected


@pytest.mark.parametrize("text, expected", [
    # a journalist's question is no appeal
    ("Reporters asked the mayor why he had resigned.", []),
    ('"Will you resign?" a journalist asked the minister.', []),
    # asking someone to act stays an appeal, whoever asks
    ("The journalists asked the government to release their colleague.", [("020", "asked"), ("084", "release")]),
    ("The senator asked the mayor why he had resigned.", [("020", "asked")]),
])
def test_a_journalists_question_is_no_appeal(nlp, coding_context, text, expected):
    assert code_triggers(coded(nlp, coding_context, text)) == expected
