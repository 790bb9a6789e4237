"""Statements coded by what is said, when the statement is the sentence's only event.

Sentences written for these tests. A say-verb only frames what is said; the coder codes the statement
itself only when nothing else in the sentence is an event, the speaker speaks for a public actor, and what
is said is quoted or carries a code of its own (criticism, a demand, praise, worry, hope).
"""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings.code.events import statement_code

pytestmark = pytest.mark.model


def codes(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # the words of the quote give the code
        ('"The new law has many flaws and is unacceptable," the foreign minister said.', "111", "said"),
        ('"The situation on the border is extremely dangerous," the defence minister told reporters.', "012", "told"),
        ('"This is a historic day for our nation," the prime minister said.', "013", "said"),
        ('"We are grateful to the volunteers for their hard work," the governor said.', "051", "said"),
        ('"The ministry must publish the full report by Friday," the senator said.', "100", "said"),
        ('"The council must answer our questions or face the consequences," the mayor said.', "139", "said"),
        ('"We just want the government to act now," the union leader said.', "020", "said"),
        # a quotation the parser reads backwards (the quote as subject, the speaker as object)
        ('"This is a historic day," exclaimed the foreign minister.', "013", "exclaimed"),
        # a plain quote by a public actor is a comment
        ('"The matter now rests with the parliament," the interior ministry spokesman said.', "010", "said"),
        # reported speech without a quote still counts when it demands or judges
        ("The attorney general said the operator must halt the service immediately.", "100", "said"),
    ],
)
def test_a_statement_is_coded_by_what_it_says(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    assert (code, trigger) in codes(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the speaker is named in full in the sentence before: a pronoun or a surname stands for them
        ('Interior Minister Carla Pereira toured the flooded district on Monday. "The response of the local authorities was shameful," she said.', "111"),
        ('Defence Minister Tomas Halvorsen met the NATO commander on Monday. "This was a very good day," Halvorsen said.', "013"),
    ],
)
def test_a_later_mention_of_the_speaker_keeps_the_first_mentions_title(nlp, coding_context, text: str, code: str) -> None:
    said = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "said"]
    assert [e["type"]["cameo"] for e in said] == [code]
    assert said[0]["source"]["sector"] == "GOV"


@pytest.mark.parametrize(
    "text",
    [
        # firms, sportsmen and private people speak for no public actor
        '"Our sales will grow strongly next year," the company\'s chief executive said.',
        '"We are very pleased with the new factory," said John Smith, president of Acme Widgets.',
        '"The hotel is a great addition," said Maria Novak, the president of Baltic Hotel Holdings.',
        '"I am so proud of the team," the striker said after the match.',
        '"The weather was lovely," Anna Kowalski, a retired teacher, said.',
        # a reported fact is no statement; nor is what some or many say
        "The ministry said the bridge was built in 1964.",
        "Some analysts say the reforms are dangerous.",
        # the speaker speaks of himself or in the first person: no act of someone named
        '"We are saying that we are part of humanity."',
    ],
)
def test_no_statement_without_a_public_speaker_and_a_content(nlp, coding_context, text: str) -> None:
    assert [c for c, _ in codes(coded(nlp, coding_context, text)) if c[:2] in {"01", "02", "05", "10", "11", "13"}] == []


def test_the_reported_event_is_coded_and_not_the_statement(nlp, coding_context) -> None:
    found = codes(coded(nlp, coding_context, '"We arrested four suspects on Sunday," the police chief said.'))
    assert [c[:3] for c, _ in found] == ["173"]


@pytest.mark.parametrize(
    ("words", "code", "cue"),
    [
        ("they must stop or face action", "139", "must"),
        ("the board should resign", "100", "should"),
        ("they need to present proof", "100", "need"),
        ("we must work harder", "020", "must"),  # a duty the speaker's own side takes on is a policy line (settling rule 20), no demand
        ("we have to wait and see", "010", None),
        ("the plan has serious shortcomings", "111", "shortcomings"),
        ("the rebels are to blame for the massacre", "112", "blame"),
        ("we send our condolences to the families", "018", "condolences"),
        ("the attack raised tensions in the region", "012", "tensions"),
        ("it was a great success", "013", "great"),
        ("the meeting ends at noon", "010", None),
    ],
)
def test_statement_code_reads_the_content_words(nlp, words: str, code: str, cue: str | None) -> None:
    doc = nlp.make_doc(words)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    got, token = statement_code(list(doc))
    assert got == code
    assert (token.lower_ if token is not None else None) == cue


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        # the name is unknown and a place precedes the title: the title word tells who speaks
        ('"The pattern is extremely worrying," said Patricia Lund, the Halden County prosecutor.', "012", "JUD"),
        ('Police Superintendent Ramon Ortega said: "These gangs are a danger to everyone."', "012", "COP"),
        # a name listed under a plural title takes it
        ('Foreign Ministers Tomas Rehak of Slovakia and Ilze Ozola of Latvia met in Riga. "This is a great day for our countries," Rehak said.',
         "013", "GOV"),
    ],
)
def test_an_unknown_speaker_is_known_by_the_title(nlp, coding_context, text: str, code: str, sector: str) -> None:
    said = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "said"]
    assert [(e["type"]["cameo"], e["source"]["sector"]) for e in said] == [(code, sector)]


def test_an_unknown_speaker_with_a_private_title_makes_no_statement(nlp, coding_context) -> None:
    assert coded(nlp, coding_context, '"These gangs are a danger to everyone," said Ramon Ortega, a retired plumber.') == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the country of the place in the title
        ('"The pattern is extremely worrying," said Patricia Lund, the Essex County prosecutor.', "USA"),
        ('"These gangs are a danger to everyone," said Ramon Ortega, the Halden County police chief.', "NOR"),
    ],
)
def test_a_speaker_known_by_the_title_takes_the_country_the_mention_names(nlp, coding_context, text: str, country: str) -> None:
    said = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "said"]
    assert [e["source"]["country"] for e in said] == [country]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "..., she said" goes on quoting the subject the sentences before named (the speaker of a say-verb first)
        ('Defence Minister Lena Berg of Sweden visited the base. The visit was short. "The delays are unacceptable," she said.', "SWE"),
        ('Chile\'s foreign minister said the talks had failed. "Their demands were absurd," he added.', "CHL"),
        # a pronoun speaker is no agency reporting the quote
        ('Chile\'s foreign minister spoke on Monday. "Their demands are absurd," he said, Reuters reported.', "CHL"),
    ],
)
def test_a_pronoun_speaker_is_the_subject_named_before(nlp, coding_context, text: str, country: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"].startswith("11")]
    assert events and (events[-1].get("source") or {}).get("country") == country, \
        [(e["type"]["cameo"], (e.get("source") or {}).get("text"), (e.get("source") or {}).get("code")) for e in events]


@pytest.mark.parametrize(
    ("text", "verb_root", "noun", "noun_root"),
    [
        # a verb that judges, denies or investigates a happening leaves the happening its own event
        ("The council condemned Sunday's bombing of the mosque.", "11", "bombing", "18"),
        ("Investigators began looking into the killings of two farmers.", "09", "killings", "18"),
        ("Prosecutors are investigating the abduction of a local judge.", "09", "abduction", "18"),
    ],
)
def test_a_happening_that_is_judged_or_investigated_is_an_event_of_its_own(nlp, coding_context, text, verb_root, noun, noun_root) -> None:
    codes = [(e["type"]["cameo"][:2], e["type"]["trigger"]) for e in coded(nlp, coding_context, text)]
    assert any(c == verb_root for c, _ in codes) and (noun_root, noun) in codes, codes


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # a requested or planned act is part of the request, and a light verb's noun is its event
        ("The rebels called for talks with the government.", "talks"),
        ("The army launched an attack on the town.", "attack"),
    ],
)
def test_a_requested_or_carried_out_act_stays_one_event(nlp, coding_context, text, noun) -> None:
    triggers = [e["type"]["trigger"] for e in coded(nlp, coding_context, text)]
    assert noun not in triggers and len(triggers) == 1, triggers


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a titled person the text places in a country, wishing or demanding that a known actor act, is a speaker on the record
        ('Omar Saleh, Imam of the Al-Noor Centre in Toronto, spoke on Monday. "We want Canada to do more for refugee families," Saleh said.', "020"),
        ('Omar Saleh, Imam of the Al-Noor Centre in Toronto, spoke on Monday. "Ottawa should do more for the families," Saleh said.', "100"),
    ],
)
def test_a_placed_speakers_judgement_is_a_statement(nlp, coding_context, text: str, code: str) -> None:
    said = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "said"]
    assert [e["type"]["cameo"] for e in said] == [code], [(e["type"]["cameo"], e.get("source")) for e in said]


def test_a_placed_speakers_plain_comment_is_no_statement(nlp, coding_context) -> None:
    text = 'Omar Saleh, Imam of the Al-Noor Centre in Toronto, spoke on Monday. "The weather was lovely," Saleh said.'
    assert not [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "said"]
