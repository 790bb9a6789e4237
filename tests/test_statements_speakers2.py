"""Speakers and the people pronouns stand for, second round (actor engine).

Sentences written for these tests. A pronoun opening a sentence after one whose main subject is someone's
words or deeds stands for their owner; a speaking pronoun after a title-case headline stands for the actor
the headline opens with; a name the parser calls an organisation, in apposition to a title of a post, is a
person; a named holder of a title ("spokesman X") takes the country of the unnamed holder of the same title
just before; people named only as members of a body ("Deputies from the ... Sheriff's Office") are that
body's; an article opening a sentence is no part of a name.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings.code.actors import document_actors

pytestmark = pytest.mark.model


def antecedent_text(nlp, coding_context, text: str, pronoun: str, nth: int = 0) -> str | None:
    """The text of the mention the ``nth`` occurrence of ``pronoun`` in ``text`` stands for."""
    doc = nlp(text)
    da = document_actors(doc, resolver=coding_context.resolver, published="2021-06-01")
    at = -1
    for _ in range(nth + 1):
        at = text.index(pronoun, at + 1)
    found = da.antecedent(at, at + len(pronoun))
    return text[found[0]:found[1]] if found else None


def actor_at(nlp, coding_context, text: str, words: str) -> dict | None:
    doc = nlp(text)
    da = document_actors(doc, resolver=coding_context.resolver, published="2021-06-01")
    at = text.index(words)
    return da.at(at, at + len(words), date="2021-06-01")


def first_word_at(nlp, coding_context, text: str, words: str) -> dict | None:
    """The actor of the first word of ``words`` where ``words`` occurs in ``text``."""
    doc = nlp(text)
    da = document_actors(doc, resolver=coding_context.resolver, published="2021-06-01")
    at = text.index(words)
    return da.at(at, at + len(words.split()[0]), date="2021-06-01")


@pytest.mark.parametrize(
    ("text", "pronoun", "meant"),
    [
        ("Governor Tomas Reyes said on Monday that the budget was balanced. Reyes's remarks to the assembly were aimed at "
         "critics who say that the state should borrow more. He placed the blame on the former treasurer.", "He", "Reyes"),
        ("Prime Minister Ilse Varga spoke in the capital. Varga's speech to the union congress was meant for those who "
         "say that the reform came too late. She accused the opposition of delaying it.", "She", "Varga"),
    ],
)
def test_a_pronoun_after_a_sentence_about_someones_words_stands_for_their_owner(nlp, coding_context, text, pronoun, meant) -> None:
    assert antecedent_text(nlp, coding_context, text, pronoun) == meant


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # the main subject is a person: the possessor gives way to it
        ("Reyes's brother Tomas Reyes was seen in the capital. He met the governor.", "He"),
    ],
)
def test_a_person_main_subject_still_comes_first(nlp, coding_context, text, pronoun) -> None:
    assert antecedent_text(nlp, coding_context, text, pronoun) != "Reyes"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("NATO Envoy Condemns Border Attack that Wounded Two Guards.\n"
         "\u201cSuch attacks only raise tension along a fragile line,\u201d he said in a statement.", "IGO"),
    ],
)
def test_a_speaking_pronoun_after_a_title_case_headline_stands_for_its_opening_actor(nlp, coding_context, text, code) -> None:
    at = text.index(" he said") + 1
    doc = nlp(text)
    da = document_actors(doc, resolver=coding_context.resolver, published="2021-06-01")
    actor = da.at(at, at + 2, date="2021-06-01")
    assert actor is not None and actor.get("country") == code, actor


@pytest.mark.parametrize(
    ("text", "pronoun", "meant"),
    [
        ('The agency said that shelters were full. "Families are sleeping in the open," said a UNHCR field officer, '
         'Anouk Brabander. She told reporters that food was running out.', "She", "Anouk Brabander"),
    ],
)
def test_a_name_in_apposition_to_a_title_of_a_post_is_a_person(nlp, coding_context, text, pronoun, meant) -> None:
    assert antecedent_text(nlp, coding_context, text, pronoun) == meant


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("BAGHDAD (AP) -- Iraq said the inspectors could return. A Pentagon spokesman said Thursday that the carriers "
         "would stay in the Gulf. ``We are going to keep our ships there,'' said spokesman Carl Hollis.", "We", "USA"),
    ],
)
def test_a_named_title_holder_takes_the_country_of_the_unnamed_holder_before(nlp, coding_context, text, words, country) -> None:
    actor = actor_at(nlp, coding_context, text, words)
    assert actor is not None and actor.get("country") == country, actor


def test_an_unnamed_title_holder_of_another_body_lends_no_country(nlp, coding_context) -> None:
    text = ("BAGHDAD (AP) -- Iraq said the inspectors could return. ``We are going to keep our ships there,'' said "
            "spokesman Carl Hollis.")
    actor = actor_at(nlp, coding_context, text, "We")
    assert actor is None or actor.get("country") != "USA", actor


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("WATERLOO, Iowa -- Deputies from the Black Hawk County Sheriff's Office searched a farm outside Waterloo on "
         "Friday and arrested a man.", "Deputies", "USACOP"),
    ],
)
def test_members_of_a_body_are_that_bodys(nlp, coding_context, text, words, code) -> None:
    actor = actor_at(nlp, coding_context, text, words)
    assert actor is not None and actor.get("code") == code, actor


def test_members_of_no_body_stay_unresolved(nlp, coding_context) -> None:
    text = "WATERLOO, Iowa -- Deputies searched a farm outside Waterloo on Friday and arrested a man."
    actor = actor_at(nlp, coding_context, text, "Deputies")
    assert actor is None or actor.get("sector") != "COP", actor


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("A Pentagon spokesman", "USAMIL"), ("An Economist reporter", "GBRMED")],
)
def test_an_article_opening_a_sentence_is_no_part_of_a_name(coding_context, phrase, code) -> None:
    actor = coding_context.resolver.resolve(phrase)
    assert actor is not None and actor.get("code") == code, actor


def test_a_statement_of_a_titled_speaker_named_by_a_pronoun_after_the_owner_of_the_words(nlp, coding_context) -> None:
    text = ("HAVANA (AP) -- President Raul Ortega said Friday that the harvest had failed. Ortega's remarks to a "
            "meeting of farmers were aimed at those who say that Jorge Ruiz should stay in office. He placed the blame on the "
            "former minister of agriculture.")
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"][:2] == "11" and (e.get("source") or {}).get("code") == "CUBGOV" for e in events), \
        [(e["type"]["cameo"], (e.get("source") or {}).get("code")) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The head of the FBI office in Lusaka, Daniel Okoro, said the bureau had questioned forty people. "
        "``Right now we have no suspect, and I will not guess,'' he said.",
        "The head of the FBI office in Accra, Peter Lamptey, said the bureau had questioned ten people. "
        "``We have found nothing so far,'' he said.",
    ],
)
def test_a_name_the_parse_hangs_on_a_place_keeps_the_title_it_follows(nlp, coding_context, text) -> None:
    said = text.rindex("he said")
    events = [e for e in coded(nlp, coding_context, text) if (e.get("source") or {}).get("start") == said]
    assert any((e.get("source") or {}).get("country") == "USA" for e in events), \
        [(e["type"]["cameo"], e.get("source")) for e in coded(nlp, coding_context, text)]


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("ATHENS (AP) -- Greek police clashed with protesters in Athens. \"We are worried about Greece,\" European "
         "Union President Jan Kowalczyk said in Brussels. Kowalczyk insisted the debts of Spain had nothing to do with "
         "Greece.", "Kowalczyk insisted", "IGO"),
        ("KABUL (AP) -- Afghan police arrested ten men in Kabul. UN envoy Tomas Berger met Afghan officials on Monday. "
         "Berger said he was worried about the arrests.", "Berger said", "UNO"),
    ],
)
def test_a_surname_keeps_the_international_office_the_text_gave_it(nlp, coding_context, text, words, country) -> None:
    actor = first_word_at(nlp, coding_context, text, words)
    assert actor is not None and actor.get("country") == country, actor


def test_a_surname_with_a_national_title_keeps_the_home_country(nlp, coding_context) -> None:
    text = ("ATHENS (AP) -- Greek police clashed with protesters in Athens. Finance Minister Nikos Andreou said the cuts "
            "would stay. Andreou insisted the debts of Spain had nothing to do with Greece.")
    actor = first_word_at(nlp, coding_context, text, "Andreou insisted")
    assert actor is not None and actor.get("country") == "GRC", actor
