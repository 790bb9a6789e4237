"""The coder's speed-ups give what the plain code gave: detector scores, the picked sentences, name scans, actor phrases."""

from __future__ import annotations

import pytest
import spacy

from tidings.annotate import sentence_ranges
from tidings.code.actors import document_actors
from tidings.code.confidence import _sigmoid
from tidings.code.detector import context_sentences, features, hashed, tokens, whole_sentences
from tidings.knowledge.model import _POSSESSIVE, _POSSESSIVE_ENDS, WORD_RE

# texts of several kinds: events and none, quotes, questions, colons, numbers, names across sentences
TEXTS = [
    "Russian troops shelled the port of Odesa on Tuesday, the Ukrainian army said. Kyiv vowed to respond.",
    "The striker scored twice as Arsenal beat Chelsea 3-1 on Saturday. \u201cWe were brilliant,\u201d the manager said.",
    "Shares of Acme Corp. rose 4% after the company reported record profits: analysts had expected less.",
    "Mayor Bill Euille opened the new library. Residents cheered. Euille said the city would build two more.",
    "Did the minister resign? Nobody knows. A court in Lyon will rule on the appeal next week,",
    "John Smith, 84, died at home on Friday. He was a teacher for forty years and loved sailing.",
    "A bus overturned on the highway near Pune, killing three passengers, police said. The driver fled.",
    "Police Lt. Gary Spangler said the suspect was arrested. Spangler gave no name.",
]


@pytest.fixture(scope="module")
def detector(coding_context):
    return coding_context.detector


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_scores_equal_the_sum_of_the_feature_weights_in_order(detector, coding_context, text):
    forms = coding_context.trigger_forms
    for k, (s, e) in enumerate(sentence_ranges(text)):
        expected = _sigmoid(float(sum(detector.weights[b] for b in hashed(features(text[s:e], k, forms)))))
        assert detector.score_sentence(text[s:e], k, forms) == expected
        assert [x for x in detector.scores(text, forms) if x[:2] == (s, e)][0][2] == expected


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("threshold", [0.0, 0.05, 0.5, 1.0])
def test_masked_text_keeps_the_sentences_the_separate_steps_pick(detector, coding_context, text, threshold):
    import dataclasses

    det = dataclasses.replace(detector, threshold=threshold)
    forms = coding_context.trigger_forms
    sentences, keep = det.kept(text, forms, bridge=0)
    for k in context_sentences(text, sentences, keep):  # tokens split again, as before the speed-up
        keep[k] = True
    keep = whole_sentences(text, sentences, keep)
    masked, ranges = det.masked(text, forms)
    assert len(masked) == len(text)
    for (s, e), kept in zip(sentences, keep):
        assert (masked[s:e] == text[s:e]) if kept else not masked[s:e].strip()
    assert bool(ranges) == any(keep)


@pytest.mark.parametrize("text", TEXTS)
def test_context_sentences_from_tokens_split_once_are_those_split_again(text):
    sentences = sentence_ranges(text)
    toks = [tokens(text[s:e]) for s, e in sentences]
    for keep in ([True] * len(sentences), [False] * len(sentences), [k % 2 == 1 for k in range(len(sentences))]):
        assert context_sentences(text, sentences, keep, toks) == context_sentences(text, sentences, keep)


@pytest.mark.parametrize("word", ["Russia's", "Jones'", "Obama\u2019s", "Obama\u2019", "bus", "Lars", "news", "it's", "Paris",
                                  "s", "'", "Moscow", "U.S.", "rock'n'roll", "Mendes's"])
def test_only_words_ending_in_an_apostrophe_or_s_can_be_possessives(word):
    fast = word[-1] in _POSSESSIVE_ENDS and _POSSESSIVE.search(word) is not None
    assert fast == (_POSSESSIVE.search(word) is not None)


@pytest.mark.parametrize("text, name", [
    ("Russia's army crossed the river.", "Russia"),
    ("Talks with France\u2019s envoy ended.", "France"),
    ("The Philippines' coast guard fired water cannon.", "Philippines"),
])
def test_scan_reads_a_possessive_name_as_the_name(coding_context, text, name):
    assert any(m.text.startswith(name) for m in coding_context.knowledge.scan(text))


@pytest.mark.parametrize("text", [
    "The bus crossed Paris in the news hour.",  # words ending in s, none a possessive
    "Shares of Lars Holdings fell; its boss resigned.",
    "The match ended 2-2 after extra time.",
])
def test_scan_finds_the_same_names_as_word_by_word_lookup(coding_context, text):
    kb = coding_context.knowledge
    words = [m.group() for m in WORD_RE.finditer(text)]
    found = [m.text for m in kb.scan(text)]
    assert all(any(w in f for w in words) for f in found)  # every match is made of the text's words
    assert kb.scan(text) == kb.scan(text)  # no state kept between scans


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize("text, later", [
    ("Jane Doakes met reporters on Monday. Later Doakes's office said the talks went well.", "Doakes"),
    ("Ravi Menon opened the plant. Menon\u2019s staff said output would double.", "Menon"),
    ("Carlos Mendes signed for the club. Mendes scored on his debut.", "Mendes"),  # a name ending in s, no possessive
])
def test_a_later_possessive_mention_of_a_person_is_the_family_name(blank, coding_context, text, later):
    doc = blank(text)
    first = text.split(" ")[0] + " " + later
    start = text.index(first)
    doc.ents = [doc.char_span(start, start + len(first), label="PERSON")]
    mentions = document_actors(doc, resolver=coding_context.resolver).mentions
    assert [m["text"] for m in mentions if m["start"] > len(first) and m["kind"] == "person"] == [later]


@pytest.mark.parametrize("text", [
    "The bus company said fares would rise. Buses will run less often.",  # no person named in full: no short mentions
    "Sales fell as stores closed early on Sundays.",
])
def test_words_ending_in_s_are_no_person_mentions_without_a_person(blank, coding_context, text):
    mentions = document_actors(blank(text), resolver=coding_context.resolver).mentions
    assert not any(m["kind"] == "person" for m in mentions)
