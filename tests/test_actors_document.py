"""Actors of whole documents: coreference of names, roles learned from the text, appositions, metonymy."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tidings.code.actors import ActorResolver, actor_for_span, document_actors, resolve_doc_actors
from tidings.knowledge import load_knowledge


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def resolver(coding_context):
    return coding_context.resolver


def make_doc(nlp, text: str, ents: list[tuple[str, str]] = ()) -> Doc:
    """A tokenized doc with named entities set by hand (first occurrence of each text)."""
    doc = nlp(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label, alignment_mode="expand"))
    doc.ents = spans
    return doc


def by_text(mentions, text, nth=0):
    found = [m for m in mentions if m["text"] == text]
    return found[nth] if len(found) > nth else None


def test_mentions_carry_character_offsets(blank, resolver):
    text = "Chinese police closed the road. Xinhua said so."
    mentions = resolve_doc_actors(make_doc(blank, text), resolver=resolver)
    for m in mentions:
        assert text[m["start"]:m["end"]] == m["text"]
    assert [m["code"] for m in mentions] == ["CHNCOP", "CHNMED"]


@pytest.mark.parametrize(
    "text, short, expected",
    [
        ("Kim Jong Un left Pyongyang. Kim arrived in Beijing on Monday.", "Kim", "Kim Jong Un"),
        # his father is another full name: never merged, and "Kim" stays with the leader
        ("Kim Jong Un rode the train his father Kim Jong Il used. Kim Jong Un waved. Kim smiled.", "Kim", "Kim Jong Un"),
        # the sister, named once, does not take over the leader's short name
        ("Kim Jong Un met Xi Jinping. Kim Jong Un thanked him. His sister Kim Yo Jong was on the train. Kim said little.",
         "Kim", "Kim Jong Un"),
        ("President Moon Jae-in spoke first. Later Moon met the envoy.", "Moon", "Moon Jae-in"),
    ],
)
def test_short_names_corefer_with_the_salient_full_name(blank, resolver, text, short, expected):
    mentions = resolve_doc_actors(make_doc(blank, text), published="2018-03-28", resolver=resolver)
    last = [m for m in mentions if m["text"] == short][-1]
    assert last["name"] == expected


def test_different_full_names_stay_different_people(blank, resolver):
    text = "Kim Jong Un met Kim Yo Jong. Kim Jong Nam was not there, nor was Kim Jong Il."
    names = [m["name"] for m in resolve_doc_actors(make_doc(blank, text), published="2018-03-28", resolver=resolver)]
    assert names == ["Kim Jong Un", "Kim Yo Jong", "Kim Jong Nam", "Kim Jong Il"]


def test_roles_learned_from_the_text_hold_for_the_whole_document(blank, resolver):
    text = ("Gustavo Perez said talks would go on. Colombian Finance Minister Gustavo Perez met bankers. "
            "Perez left early.")
    doc = make_doc(blank, text, [("Gustavo Perez", "PERSON")])
    mentions = resolve_doc_actors(doc, published="2018-03-28", resolver=resolver)
    people = [m for m in mentions if m["name"] == "Gustavo Perez"]
    assert len(people) == 3  # before, at and after the title
    assert {(m["code"], m["role"]) for m in people} == {("COLGOV", "Finance Minister")}


@pytest.mark.parametrize(
    "text, who, code",
    [
        ("Kim Jong Un purged officials. His uncle, Pak Chol Su, was executed.", "Pak Chol Su", "PRK"),
        ("Ana Ferreira, the Brazilian ambassador, protested.", "Ana Ferreira", "BRAGOV"),
        ("The Chilean police chief, Rafael Soto, resigned.", "Rafael Soto", "CHLCOP"),
    ],
)
def test_appositions_give_country_and_role(blank, resolver, text, who, code):
    mentions = resolve_doc_actors(make_doc(blank, text), published="2018-03-28", resolver=resolver)
    assert by_text(mentions, who)["code"] == code


@pytest.mark.parametrize(
    "text, city, agent",
    [
        ("Beijing said the visit was private.", "Beijing", True),
        ("Kim Jong Un arrived in Beijing by train.", "Beijing", False),
        ("Pyongyang denied the report.", "Pyongyang", True),
        ("Kim Jong Un stayed in Seoul for a day.", "Seoul", False),
        ("The Kremlin welcomed the talks.", "The Kremlin", True),
    ],
)
def test_metonymy_without_a_parse_reads_the_next_word(blank, resolver, text, city, agent):
    m = by_text(resolve_doc_actors(make_doc(blank, text), published="2018-03-28", resolver=resolver), city)
    assert (m["sector"] == "GOV") is agent
    assert m["kind"] == ("organisation" if agent else "place")


def test_context_alias_needs_its_region_in_the_document(blank, resolver):
    korea = resolve_doc_actors(make_doc(blank, "North Korea tested a missile. Later the North said it was a satellite."), resolver=resolver)
    assert by_text(korea, "the North")["code"] == "PRK"
    other = resolve_doc_actors(make_doc(blank, "Snow fell in the North of England."), resolver=resolver)
    assert by_text(other, "the North") is None


def test_actor_for_span_answers_for_any_span_and_caches(blank, resolver):
    text = "South Korean President Moon Jae-in said Pyongyang would join the talks."
    doc = make_doc(blank, text)
    subj = actor_for_span(doc, 0, text.index(" said"), date="2018-04-27", resolver=resolver)
    assert (subj["code"], subj["name"], subj["role"]) == ("KORGOV", "Moon Jae-in", "President")
    start = text.index("Pyongyang")
    assert actor_for_span(doc, start, start + 9, as_agent=True, resolver=resolver)["code"] == "PRKGOV"
    assert actor_for_span(doc, start, start + 9, as_agent=False, resolver=resolver)["kind"] == "place"
    assert document_actors(doc, resolver=resolver) is document_actors(doc, resolver=resolver)  # computed once per doc
    assert actor_for_span(doc, text.index("the talks"), len(text) - 1, resolver=resolver) is None


def test_actor_for_span_uses_the_date_asked_for(blank, resolver):
    text = "Shinzo Abe visited Washington."
    doc = make_doc(blank, text)
    assert actor_for_span(doc, 0, 10, date="2015-05-01", resolver=resolver)["code"] == "JPNGOV"
    assert actor_for_span(doc, 0, 10, date="2009-05-01", resolver=resolver)["code"] == "JPNELI"


def test_split_hyphenated_tokens_do_not_matter(blank, resolver):
    text = "Moon Jae-in met Kim Jong-un."
    whole = Doc(blank.vocab, words=["Moon", "Jae-in", "met", "Kim", "Jong-un", "."], spaces=[True, True, True, True, False, False])
    split = Doc(blank.vocab, words=["Moon", "Jae", "-", "in", "met", "Kim", "Jong", "-", "un", "."],
                spaces=[True, False, False, True, True, True, False, False, False, False])
    assert split.text == whole.text == text
    a = [(m["name"], m["start"], m["end"]) for m in resolve_doc_actors(whole, published="2018-04-27", resolver=resolver)]
    b = [(m["name"], m["start"], m["end"]) for m in resolve_doc_actors(split, published="2018-04-27", resolver=resolver)]
    assert a == b == [("Moon Jae-in", 0, 11), ("Kim Jong Un", 16, 27)]


def test_a_person_entity_is_not_read_as_a_place(blank, resolver):
    text = "Ana Lima, the Brazilian ambassador, protested."
    mentions = resolve_doc_actors(make_doc(blank, text, [("Ana Lima", "PERSON")]), resolver=resolver)
    assert (mentions[0]["text"], mentions[0]["code"], mentions[0]["kind"]) == ("Ana Lima", "BRAGOV", "person")


def test_unknown_named_entities_are_listed_without_code(blank, resolver):
    text = "Acme Widgets said profits rose."
    mentions = resolve_doc_actors(make_doc(blank, text, [("Acme Widgets", "ORG")]), resolver=resolver)
    assert mentions[0]["kind"] == "organisation" and mentions[0]["code"] is None


def test_custom_resolver_and_knowledge(blank, tmp_path):
    user = tmp_path / "people.tsv"
    user.write_text("# kind: person\n# version: 1\nname\tcountry\tsector\nPak Chol Su\tPRK\tMIL\n", encoding="utf-8")
    resolver = ActorResolver(load_knowledge(extra=[user]))
    mentions = resolve_doc_actors(make_doc(blank, "Pak Chol Su inspected a unit."), resolver=resolver)
    assert mentions[0]["code"] == "PRKMIL"


@pytest.mark.model
def test_real_model_document(nlp, resolver):
    text = ("North Korean leader Kim Jong Un made a surprise visit to Beijing, Chinese state media said on Wednesday. "
            "Kim met Chinese President Xi Jinping. Beijing said the talks were fruitful, while Seoul welcomed the visit. "
            "South Korean President Moon Jae-in will meet Kim in April.")
    doc = nlp(text)
    mentions = resolve_doc_actors(doc, published="2018-03-28", resolver=resolver)
    codes = {(m["text"], m["code"]) for m in mentions}
    assert ("North Korean leader Kim Jong Un", "PRKGOV") in codes
    assert ("Chinese state media", "CHNMED") in codes
    assert ("Chinese President Xi Jinping", "CHNGOV") in codes
    assert ("South Korean President Moon Jae-in", "KORGOV") in codes
    kims = [m for m in mentions if m["text"] == "Kim"]
    assert kims and all(m["name"] == "Kim Jong Un" for m in kims)
    beijing = [m for m in mentions if m["text"] == "Beijing"]
    assert [m["kind"] for m in beijing] == ["place", "organisation"]  # visited vs. said


@pytest.mark.model
def test_real_model_subject_span(nlp, resolver):
    text = "The Kremlin rejected the claim, and Russian troops stayed in Crimea."
    doc = nlp(text)
    subj = next(t for t in doc if t.dep_ == "nsubj")
    span = doc[subj.left_edge.i: subj.right_edge.i + 1]
    assert actor_for_span(doc, span.start_char, span.end_char, resolver=resolver)["code"] == "RUSGOV"


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("Kim Jong Un left by train. Reporters followed the North Korean leader to Beijing.", "North Korean leader", "Kim Jong Un"),
        ("Chinese President Xi Jinping hosted the talks. Later the Chinese president spoke.", "Chinese president", "Xi Jinping"),
        # no one of that country and title named before: the description stays a role
        ("Xi Jinping hosted the talks. Later the South Korean president spoke.", "South Korean president", None),
    ],
)
def test_definite_descriptions_refer_to_the_person_named_before(blank, resolver, text, phrase, expected):
    m = by_text(resolve_doc_actors(make_doc(blank, text), published="2018-03-28", resolver=resolver), phrase)
    assert m["kind"] == "person"
    if expected:
        assert m["name"] == expected
    else:
        assert m["name"] != "Xi Jinping" and m["code"] == "KORGOV" and m["role"] == "President"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S.-China talks resumed.", [("U.S.", "USA"), ("China", "CHN")]),
        ("The China-based Duowei News said so.", [("China", "CHN"), ("Duowei News", "USAMED")]),
        ("", []),
        ("THE U.S. AND CHINA", [("U.S.", "USA"), ("CHINA", "CHN")]),
    ],
)
def test_hyphenated_pairs_and_edge_cases(blank, resolver, text, expected):
    assert [(m["text"], m["code"]) for m in resolve_doc_actors(make_doc(blank, text), resolver=resolver)] == expected


@pytest.mark.parametrize(
    "text, name",
    [
        ("Real Madrid signed a young striker from Lyon on Monday.", "Real Madrid"),
        ("Atletico Madrid beat Sevilla after Dynamo Moscow lost in Kazan.", "Dynamo Moscow"),
        ("Fans of Paris Saint-Germain marched to the stadium.", "Paris Saint-Germain"),
    ],
)
def test_a_capital_inside_a_longer_proper_name_is_no_government(blank, resolver, text, name):
    doc = make_doc(blank, text, [(name, "ORG")])
    start = text.index(name)
    actor = actor_for_span(doc, start, start + len(name), resolver=resolver, as_agent=True)
    assert actor is None or actor.get("sector") != "GOV", actor
    assert resolver.resolve(name) is None or resolver.resolve(name).get("sector") != "GOV"


@pytest.mark.parametrize(
    "text, capital, code",
    [
        ("Madrid said on Monday that the talks would resume.", "Madrid", "ESPGOV"),
        ("On Tuesday Beijing rejected the proposal.", "Beijing", "CHNGOV"),
        ("Moscow Mayor Ivan Petrov closed the parks.", "Moscow Mayor", "RUSGOV"),
    ],
)
def test_a_capital_standing_alone_or_before_a_title_is_still_its_government(blank, resolver, text, capital, code):
    doc = make_doc(blank, text, [("Tuesday", "DATE")] if "Tuesday" in text else [])
    start = text.index(capital)
    actor = actor_for_span(doc, start, start + len(capital), resolver=resolver, as_agent=True)
    assert actor is not None and actor["code"] == code, actor


@pytest.mark.parametrize(
    "text, country",
    [
        # a US city, or a town before the state in a text naming the US: the US state
        ("The governor of Georgia signed the budget in Atlanta.", "USA"),
        ("Deputies in Macon, Georgia, said two U.S. soldiers were held.", "USA"),
        ("Officials from Georgia and Ohio met in Columbus.", "USA"),
        # the country's demonym, capital or places, or no US place at all: the country
        ("The governor of Georgia met Georgian officials in Tbilisi.", "GEO"),
        ("The U.S. condemned the shelling of Georgia.", "GEO"),
        ("Russian troops left Georgia after the fighting near Tskhinvali.", "GEO"),
        # a US capital acting, or a US state named in passing, in a story about other countries: the country
        ("Russia attacked Georgia. Washington condemned the attack on Georgia.", "GEO"),
        ("Senator Smith, campaigning in Ohio, condemned the Russian attack on Georgia.", "GEO"),
    ],
)
def test_georgia_is_the_us_state_only_when_the_text_places_it_in_the_us(blank, resolver, text, country):
    doc = make_doc(blank, text)
    start = text.index("Georgia")
    actor = actor_for_span(doc, start, start + len("Georgia"), resolver=resolver, as_agent=False)
    assert actor is not None and actor["country"] == country, actor


@pytest.mark.parametrize(
    "text, word",
    [
        ("Did the ministry agree? It did not, officials said.", "It"),
        ("Nobody expected it! They came anyway.", "They"),
        ("First paragraph about the talks\n\nHe left early.", "He"),
    ],
)
def test_an_unparsed_document_splits_sentences_as_the_annotator_does(blank, resolver, text, word):
    from tidings.annotate import sentence_ranges

    da = document_actors(make_doc(blank, text), resolver=resolver)
    pos = text.index(word)
    assert da._sentence_bounds(pos) == next((s, e) for s, e in sentence_ranges(text) if s <= pos < e)


@pytest.mark.parametrize(
    "text, pronoun, meant",
    [
        # an honorific gives the gender: the most recent person is not taken when the pronoun's gender excludes them
        ("Ms Ana Ruiz met Mr Tomas Lee before she left.", "she", "Ana Ruiz"),
        ("Mr Tomas Lee met Ms Ana Ruiz before he left.", "he", "Tomas Lee"),
        # and so does a gendered title or kinship word
        ("The spokeswoman, Ana Ruiz, thanked the chairman, Tomas Lee, for her award.", "her", "Ana Ruiz"),
        ("The chairman, Tomas Lee, greeted the spokeswoman, Ana Ruiz, and gave him a medal.", "him", "Tomas Lee"),
        # with nothing to tell them apart, the most recent person stays
        ("Ana Ruiz met Tomas Lee before he left.", "he", "Tomas Lee"),
    ],
)
def test_a_pronoun_stands_for_a_person_of_its_gender(blank, resolver, text, pronoun, meant):
    ents = [(n, "PERSON") for n in ("Ana Ruiz", "Tomas Lee") if n in text]
    da = document_actors(make_doc(blank, text, ents), resolver=resolver)
    pos = text.index(f" {pronoun} ") + 1
    found = da.antecedent(pos, pos + len(pronoun))
    assert found is not None and text[found[0]:found[1]] == meant, found


@pytest.mark.parametrize(
    "text, full, short, label",
    [
        ("Police in San Juan said Jorge Alvarado was seized at his shop. Alvarado was freed on Friday.", "Jorge Alvarado", "Alvarado", "ORG"),
        ("Dr. Barnet Kessler was shot at home. Kessler was 52.", "Barnet Kessler", "Kessler", "NORP"),
    ],
)
def test_a_family_name_the_parser_mislabels_is_still_the_person_named_in_full(blank, resolver, text, full, short, label):
    doc = make_doc(blank, text, [(full, "PERSON")])
    at = text.rindex(short)
    doc.ents = [*doc.ents, doc.char_span(at, at + len(short), label=label)]
    mentions = resolve_doc_actors(doc, resolver=resolver)
    later = [m for m in mentions if m["start"] == at]
    assert later and later[0]["kind"] == "person", later
