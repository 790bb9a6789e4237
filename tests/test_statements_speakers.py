"""Statements and their speakers: who says it, and when the saying itself is the event (issue 10).

Sentences written for these tests. A quotation the parser leaves unattached or that opens in the
sentence before still has its speaker; a quoted word or a dateline read as a second subject is not
the speaker; a surname stands for the person's titled mention; a refusal to comment is an act of its
own (011) beside what the sentence reports. What is not a statement stays out: a "said" inside a
background clause, a reported fact beside a reported event, what one cannot tell.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings.code.events import find_events, statement_code

pytestmark = pytest.mark.model


def codes(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


def statement_speakers(nlp, coding_context, text: str) -> list[tuple[str, str, str]]:
    """(code, trigger, speaker text) of the statement candidates the coder finds in ``text``."""
    doc = nlp(text)
    return [(c.code, c.trigger_text, " ".join(r.text for r in c.sources))
            for c in find_events(doc, coding_context.events, actor_noun=coding_context.actor_noun) if c.statement]


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        # a quotation opened in the sentence before: its tail and the speaker are a sentence of their own
        ('Foreign Minister Ana Ruiz spoke to reporters. "We will wait. Not before," Ruiz stressed.', "stressed", "Ana Ruiz"),
        ('President Omar Halabi was asked about the border. "It is calm now. Not yet," Halabi added.', "added", "Omar Halabi"),
        # a one-word quotation read as the verb's subject
        ('"Wonderful," Prime Minister Lena Varga exclaimed.', "exclaimed", "Lena Varga"),
        ("``Hallelujah,'' Defence Minister Peter Holm exclaimed.", "exclaimed", "Peter Holm"),
        # verbs that frame a quotation only when it is set beside them
        ('"The border will stay open," President Omar Halabi continued.', "continued", "Omar Halabi"),
        ('"Not even the army can stop these children," the president joked.', "joked", "the president"),
    ],
)
def test_a_quotation_without_a_parsed_link_still_has_its_speaker(nlp, coding_context, text: str, trigger: str, speaker: str) -> None:
    found = [(t, s) for _, t, s in statement_speakers(nlp, coding_context, text)]
    assert any(t == trigger and speaker in s for t, s in found), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a dateline read as a second subject: the subject nearest the verb speaks
        ('MADRID (AP) -- Prime Minister Lena Varga said Tuesday her government is worried about the drought.', "Lena Varga"),
        ('OSLO (Reuters) -- Foreign Minister Peter Holm said on Friday that the talks were a great success.', "Peter Holm"),
    ],
)
def test_the_subject_nearest_the_say_verb_speaks(nlp, coding_context, text: str, speaker: str) -> None:
    found = statement_speakers(nlp, coding_context, text)
    assert found and all(speaker in s for _, _, s in found), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the first mention has no title, a later full mention before the quote has: the titled one tells who speaks
        ('Carla Pereira toured the district on Monday. Interior Minister Carla Pereira met the mayor. "The response was shameful," '
         'Pereira said.', "Interior Minister Carla Pereira"),
        ('Interior Minister Carla Pereira toured the district on Monday. "The response was shameful," Pereira said.',
         "Interior Minister Carla Pereira"),
    ],
)
def test_a_surname_stands_for_the_titled_mention(nlp, coding_context, text: str, speaker: str) -> None:
    found = [s for _, t, s in statement_speakers(nlp, coding_context, text) if t == "said"]
    assert found == [speaker], found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police did not say how they identified the suspect, but a spokeswoman said the arrest was made on Monday.", "say"),
        ("The ministry would not identify the company that won the contract.", "identify"),
        ("A spokesman for the interior ministry did not immediately respond to requests for comment.", "respond"),
        ("The thieves took two laptops, according to police Chief Mark Dunn, who declined to detail what else was taken.", "declined"),
    ],
)
def test_a_refusal_to_comment_is_an_act_of_its_own(nlp, coding_context, text: str, trigger: str) -> None:
    refusals = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger]
    assert [e["type"]["cameo"][:2] for e in refusals] == ["01"], codes(coded(nlp, coding_context, text))
    assert not refusals[0]["negated"]  # the refusal happened


@pytest.mark.parametrize(
    "text",
    [
        # what one cannot tell is no refusal
        "Police could not confirm the name of the driver.",
        "The ministry cannot disclose the details of the contract.",
        # what nobody told: a passive
        "Five men, whose names were not disclosed, were deported on Monday.",
        # a first-person refusal inside a quotation is the quotation's content
        '"I will not comment on the case," the minister said.',
        # giving no information is not giving anything: a thing released is no refusal
        "The army did not release the prisoners on Monday.",
    ],
)
def test_no_refusal_to_comment_without_a_refusal(nlp, coding_context, text: str) -> None:
    assert [c for c, _ in codes(coded(nlp, coding_context, text)) if c == "011"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a statement beside a reported event: the event, not the statement
        '"The soldiers shelled the village on Sunday," Defence Minister Peter Holm said.',
        "Interior Minister Carla Pereira said police arrested four men in the capital on Tuesday.",
        # a "said" inside a background clause of another event
        "Police arrested the man who said he had planted the bomb.",
    ],
)
def test_a_statement_beside_a_reported_event_is_not_coded(nlp, coding_context, text: str) -> None:
    found = codes(coded(nlp, coding_context, text))
    assert found and not any(c == "010" for c, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # no quotation: "the talks continued", "she recalled her visit" frame nothing
        "The talks continued on Tuesday in Geneva.",
        "Foreign Minister Ana Ruiz recalled her first visit to the city.",
        # a say-verb inside the quotation is what is said, not who says it
        '"No one in the west is even saying hello to him, and that is a problem.',
    ],
)
def test_no_statement_without_a_quotation_or_a_speaker(nlp, coding_context, text: str) -> None:
    assert statement_speakers(nlp, coding_context, text) == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a plural title of several states: each state speaks
        ("The foreign ministers of Poland, Hungary and the Czech Republic said the decision was a great success for the region.",
         {"POL", "HUN", "CZE"}),
        ('"This is a historic day for Europe," the three foreign ministers of Poland, Hungary and the Czech Republic said.',
         {"POL", "HUN", "CZE"}),
    ],
)
def test_a_plural_title_of_several_states_gives_each_state_a_statement(nlp, coding_context, text: str, countries: set[str]) -> None:
    said = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "said"]
    assert {e["source"]["country"] for e in said} == countries


def test_people_named_together_each_make_the_statement(nlp, coding_context) -> None:
    text = "Foreign Minister Jan Kavan and Defence Minister Peter Holm said the talks were dangerous for the region."
    speakers = [s for _, t, s in statement_speakers(nlp, coding_context, text) if t == "said"]
    assert speakers == ["Foreign Minister Jan Kavan Defence Minister Peter Holm"]


def test_a_plural_title_of_one_state_stays_one_speaker(nlp, coding_context) -> None:
    text = '"The situation is dangerous," the ministers of the Polish government said.'
    assert [s for _, t, s in statement_speakers(nlp, coding_context, text) if t == "said"] == ["the ministers"]


@pytest.mark.parametrize(
    ("words", "code"),
    [
        # a duty still to be done is a demand
        ("the council has to act now", "100"),
        ("the ministry needs to publish the report", "100"),
        # a need that was met or a duty described in a relative clause is no demand
        ("the city has had to front the money for the projects", "010"),
        ("the city had to close the road last year", "010"),
        ("the plan is a burden the farmers must carry", "010"),
    ],
)
def test_a_past_or_described_duty_is_no_demand(nlp, words: str, code: str) -> None:
    doc = nlp(words)
    assert statement_code(list(doc))[0] == code
