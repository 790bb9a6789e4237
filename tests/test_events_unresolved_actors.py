"""Statements and acts whose actor is a pronoun: who the pronoun stands for, by the grammar of the narration.

A subject pronoun outside a quotation carries on the narration's people, not someone named only inside a quotation;
"he said" after a quotation hands the speaker on to the next sentence's "He"; a paper "quoting X as saying" gives X
as the speaker of a quotation's "we"; "I" in a quotation followed by "she said" is who "she" stands for. Where the
text does not say who, the pronoun names nobody (precision first).
"""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings.code.actors import ActorResolver, document_actors
from tidings.knowledge import load_knowledge


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_knowledge())


def meant(nlp, resolver: ActorResolver, text: str, pronoun: str) -> str | None:
    """The text of the mention the first whole-word ``pronoun`` of ``text`` (read as one parsed document) stands for."""
    at = next(i for i in range(len(text)) if text.startswith(pronoun, i) and (i == 0 or not text[i - 1].isalpha())
              and not text[i + len(pronoun) : i + len(pronoun) + 1].isalpha())
    span = document_actors(nlp(text), resolver=resolver, published="2019-05-02").antecedent(at, at + len(pronoun))
    return text[span[0] : span[1]] if span is not None else None


@pytest.mark.parametrize(
    ("text", "pronoun", "who"),
    [
        # politics, business, sport, local news: the speaker is the one the narration named, not the one the quote names
        ('Kenyan Foreign Minister Amina Njoroge spoke in Nairobi on Monday. "Nobody can forget what Mary Wanjiku did '
         'for this city," she said.', "she", "Kenyan Foreign Minister Amina Njoroge"),
        ('Acme chief executive Laura Price addressed shareholders on Friday. "Sarah Jones built this company from '
         'nothing," she said.', "she", "chief executive Laura Price"),
        ('Coach Mark Hill was pleased after the match. "David Beck played the game of his life," he said.', "he", "Mark Hill"),
        ('Mayor Tom Wilson spoke after the fire. "Firefighter Jim Cole saved two lives," he said.', "he", "Mayor Tom Wilson"),
    ],
)
def test_a_speaking_pronoun_after_a_quotation_is_not_someone_the_quotation_names(nlp, resolver, text, pronoun, who) -> None:
    assert meant(nlp, resolver, text, pronoun) == who


@pytest.mark.parametrize(
    ("text", "pronoun", "who"),
    [
        # a pronoun inside the quotation may stand for one the quotation names
        ('"Peter Otieno will win because he works hard," Njoroge said.', "he", "Peter Otieno"),
        # the speaker named after the quotation stays the speaker of its "we"
        ('"We are not happy with the plan," French Foreign Minister Pierre Durand told the daily Le Monde.', "We",
         "French Foreign Minister Pierre Durand"),
        ('"We are ready," said Pierre Durand, who quoted Victor Hugo.', "We", "Pierre Durand"),
    ],
)
def test_quoted_names_still_count_inside_the_quotation(nlp, resolver, text, pronoun, who) -> None:
    assert meant(nlp, resolver, text, pronoun) == who


@pytest.mark.parametrize(
    ("text", "pronoun", "who"),
    [
        ('Kenyan police chief John Mwangi met reporters on Tuesday. "The evidence is thin," he said. He would not elaborate.',
         "He", "Kenyan police chief John Mwangi"),
        ('Governor Ann Baker toured the flooded county. "The damage is worse than in 2011," she told reporters. She did '
         'not say when aid would arrive.', "She", "Governor Ann Baker"),
        ('The striker Tom Reed scored twice. "Coach Alan Burke trusted me," he said. He would not say more.', "He", "Tom Reed"),
    ],
)
def test_he_said_after_a_quotation_hands_the_speaker_on_to_the_next_sentence(nlp, resolver, text, pronoun, who) -> None:
    assert meant(nlp, resolver, text, pronoun) == who


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # another pronoun: no chain
        ('Kenyan police chief John Mwangi met reporters on Tuesday. "The evidence is thin," he said. She would not elaborate.', "She"),
        # "it said" hands on nobody: the panel the text names is no actor, and a body named further back is not it
        ("The inquiry will study the role of the United Nations. The panel will report within a year, it said. It is to be "
         "funded by donors.", "It"),
        # a quotation's "I" with a speaker pronoun that stands for nobody
        ('"I want to thank our neighbours," she said.', "I"),
        # a person in apposition outside the speaker's phrase is no speaker ("questioned a man, John Smith")
        ('Police in Nairobi questioned a man, John Smith, on Monday. "Our evidence is scant," he said.', "he"),
    ],
)
def test_a_pronoun_the_text_does_not_tie_to_anyone_names_nobody(nlp, resolver, text, pronoun) -> None:
    assert meant(nlp, resolver, text, pronoun) is None


@pytest.mark.parametrize(
    ("text", "pronoun", "who"),
    [
        ('"We are not happy with the plan," the daily Le Monde quoted French Foreign Minister Pierre Durand as saying.',
         "We", "French Foreign Minister Pierre Durand"),
        ('"We will appeal," the Nation newspaper cited lawyer Ruth Kamau as saying.', "We", "lawyer Ruth Kamau"),
        ('Kenyan Foreign Minister Amina Njoroge arrived on Monday. "I want to thank our neighbours," she said.', "I",
         "Kenyan Foreign Minister Amina Njoroge"),
        # a name in apposition inside the speaker's phrase, wherever the parse hangs it
        ('The head of the FBI office in Nairobi, John Smith, said the bureau had questioned 100 people. "Our evidence is '
         'scant," he said.', "he", "John Smith"),
    ],
)
def test_a_quotation_s_speaker_is_the_one_quoted_as_saying_it(nlp, resolver, text, pronoun, who) -> None:
    assert meant(nlp, resolver, text, pronoun) == who


def test_a_quoted_minister_s_we_codes_the_minister_not_the_paper(nlp, coding_context) -> None:
    text = '"We are not happy with the steps of the Israeli government," the daily Le Monde quoted French Foreign Minister Pierre Durand as saying.'
    rows = [(e["type"]["cameo"][:2], (e.get("source") or {}).get("code")) for e in coded(nlp, coding_context, text)]
    assert ("11", "FRAGOV") in rows


def test_an_official_s_refusal_after_his_quotation_is_his(nlp, coding_context) -> None:
    text = ('Kenyan police chief John Mwangi met reporters on Tuesday. "The evidence against the suspects is thin," he said. '
            "He refused to comment on the arrests.")
    sources = {(e["type"]["trigger"], (e.get("source") or {}).get("code")) for e in coded(nlp, coding_context, text)}
    assert ("refused", "KENCOP") in sources


@pytest.mark.parametrize(
    "text",
    [
        # private people's words stay uncoded (settling rule 2), however their pronoun resolves
        'Acme chief executive Laura Price addressed shareholders on Friday. "Sarah Jones built this company from nothing," she said.',
        'The striker Tom Reed scored twice. "The fans were wonderful," he said. He would not say more.',
    ],
)
def test_a_private_speaker_found_for_a_pronoun_codes_no_statement(nlp, coding_context, text) -> None:
    assert [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"][:2] == "01"] == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Kenyan Foreign Minister Amina Njoroge met the envoy. She also said she would visit Uganda on Friday.",
         "Kenyan Foreign Minister Amina Njoroge"),
        ("Coach Mark Hill spoke after the match on Friday. He told reporters he would resign.", "Mark Hill"),
        ("Acme chief executive Laura Price met investors. She said she would sell the plant.", "chief executive Laura Price"),
    ],
)
def test_the_subject_of_a_reported_clause_is_the_same_pronoun_that_reports_it(nlp, resolver, text, who) -> None:
    second = text.split(". ", 1)[1]
    pronoun = second.split()[0].lower()  # "she" of "She also said she would ...": the reported clause's subject
    assert meant(nlp, resolver, text, pronoun) == who


@pytest.mark.parametrize(
    "text",
    [
        # another pronoun reports the clause
        "Kenyan Foreign Minister Amina Njoroge met the envoy. She said he would visit Uganda on Friday.",
        # no verb of saying: a hope, a time clause
        "Coach Mark Hill spoke after the match on Friday. He hoped he would stay.",
        "Coach Mark Hill spoke after the match on Friday. He left before he could vote.",
    ],
)
def test_a_clause_not_reported_by_the_same_pronoun_keeps_its_pronoun_unresolved(nlp, resolver, text) -> None:
    assert meant(nlp, resolver, text, "he") is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a quotation of two sentences: its speaker named before it opens or after it closes
        ('Kenyan Foreign Minister Amina Njoroge said: "Our neighbours have stood by us. I want to thank them."',
         "Kenyan Foreign Minister Amina Njoroge"),
        ('"Our neighbours have stood by us. I want to thank them," Kenyan Foreign Minister Amina Njoroge said.',
         "Kenyan Foreign Minister Amina Njoroge"),
        # a quotation with nobody named for it goes on quoting the one the sentence before quoted, in its paragraph or
        # the next
        ('"The rain came early," Mayor Tom Wilson said on Monday. "I ordered the roads closed at noon."', "Mayor Tom Wilson"),
        ('"The rain came early," Mayor Tom Wilson said on Monday.\n\n"I ordered the roads closed at noon."', "Mayor Tom Wilson"),
        ('Coach Mark Hill was pleased. "The fans were great," he said. "We played for them."', "Mark Hill"),
    ],
)
def test_a_quotation_over_several_sentences_keeps_its_speaker(nlp, resolver, text, who) -> None:
    pronoun = "I" if '"I ' in text or " I " in text else "We"
    assert meant(nlp, resolver, text, pronoun) == who


@pytest.mark.parametrize(
    "text",
    [
        '"I ordered the roads closed at noon."',
        # the sentence before names someone but quotes nobody: no quotation goes on
        'Mayor Tom Wilson visited the dam on Monday. "I ordered the roads closed at noon."',
        'Mayor Tom Wilson said the rain came early. "I ordered the roads closed at noon."',
        # the speaker before is a pronoun that stands for nobody
        '"The fans were great," he said. "I played for them."',
    ],
)
def test_a_quotation_nobody_is_named_for_has_no_speaker(nlp, resolver, text) -> None:
    assert meant(nlp, resolver, text, "I") is None


def test_a_minister_s_condemnation_in_a_quotation_of_its_own_is_hers(nlp, coding_context) -> None:
    text = '"The attack on the market was cowardly," Kenyan Foreign Minister Amina Njoroge said on Monday. "We condemn it without reservation."'
    rows = [(e["type"]["trigger"], (e.get("source") or {}).get("code")) for e in coded(nlp, coding_context, text)]
    assert ("condemn", "KENGOV") in rows
