"""What makes a pre-filtered coding run cheaper must not change what it gives: the attribute ruler's stand-in, the serialisation check."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tidings.code.pipeline import EVENTS_KEY, FastAttributeRuler, _drop_unserialisable, _speed_up_attribute_ruler, _Tables

# rules in the forms the English models use: a tag map, word exceptions with and without a tag, lists of words, rules on
# dependency labels and white space, a regular expression, rules over two tokens with an index, one rule with two patterns;
# later rules override earlier ones on the same token
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"POS": "AUX", "LEMMA": "be"}},
    {"patterns": [[{"LOWER": "runs"}]], "attrs": {"LEMMA": "run"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "run"}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": "it", "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": -2},
    {"patterns": [[{"TAG": "VBZ", "LOWER": "gets"}], [{"TAG": "VBD", "LOWER": "got"}]], "attrs": {"LEMMA": "get"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"MORPH": "Number=Sing"}},
]

SENTENCES = [
    (["It", "runs", "the", "run", "."], ["PRP", "VBZ", "DT", "NN", "."], ["nsubj", "ROOT", "det", "dobj", "punct"]),
    (["That", "is", "nothin'", "gon", "na", "change", "  "], ["DT", "VBZ", "NN", "VBG", "TO", "VB", "_SP"],
     ["nsubj", "ROOT", "attr", "aux", "aux", "relcl", "dep"]),
    (["he", "got", "it", "and", "gets", "the", "Run", "'s"], ["PRP", "VBD", "PRP", "CC", "VBZ", "DT", "NN", "VBZ"],
     ["nsubj", "ROOT", "dobj", "cc", "conj", "det", "dobj", "aux"]),
]


def _signature(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _doc(nlp: spacy.language.Language, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))


@pytest.mark.parametrize("words, tags, deps", SENTENCES)
def test_fast_attribute_ruler_sets_what_spacys_ruler_sets(words, tags, deps):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    fast = FastAttributeRuler(nlp.vocab, "fast")
    fast.add_patterns(ruler.patterns)
    expected, got = ruler(_doc(nlp, words, tags, deps)), fast(_doc(nlp, words, tags, deps))
    assert _signature(got) == _signature(expected)


def test_one_token_rules_are_looked_up_or_checked_and_only_the_others_matched():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    fast = FastAttributeRuler(nlp.vocab, "fast")
    fast.add_patterns(ruler.patterns)
    tables = _Tables.of(fast)
    assert fast.match(_doc(nlp, ["x"], ["NN"], ["ROOT"])) == ruler.match(_doc(nlp, ["x"], ["NN"], ["ROOT"]))
    looked_up = sorted({n for numbers in tables.table.values() for n in numbers})
    checked = sorted({n for rules in [*tables.checked.values(), tables.always] for n, _ in rules})
    assert looked_up == [0, 1, 2, 3, 4, 12]
    assert checked == [5, 6, 7]  # on a dependency label, NOT_IN, IS_SPACE
    assert len(tables.matcher) == 4  # a regular expression, two tokens, two patterns


def test_pipeline_attribute_ruler_is_replaced_in_place_and_a_pipeline_without_one_is_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(RULES)
    nlp.add_pipe("sentencizer")
    _speed_up_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler", "sentencizer"]
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    bare = spacy.blank("en")
    _speed_up_attribute_ruler(bare)
    assert bare.pipe_names == []


def test_model_pipeline_gives_the_same_token_attributes_with_the_fast_ruler():
    from tidings import Options
    from tidings.annotate import load_model

    text = ("Y'all ain't gonna believe it: there is nothin' left, she said. I told you.  \n\nThe mayor, who met them, "
            "didn't do that; those were gone and it gets worse.")
    plain, fast = load_model(Options().model), load_model(Options().model)
    _speed_up_attribute_ruler(fast)
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert _signature(fast(text)) == _signature(plain(text))


def test_a_pipeline_with_the_fast_ruler_saved_and_loaded_gives_the_same_token_attributes(tmp_path):
    from tidings import Options
    from tidings.annotate import load_model

    text = "Rebels attacked the town on Friday, and the mayor didn't say who they were."
    plain, fast = load_model(Options().model), load_model(Options().model)
    _speed_up_attribute_ruler(fast)
    fast.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert isinstance(loaded.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert len(loaded.get_pipe("attribute_ruler").patterns) == len(plain.get_pipe("attribute_ruler").patterns)
    assert _signature(loaded(text)) == _signature(plain(text))


def test_rules_added_after_a_first_call_are_used():
    nlp = spacy.blank("en")
    fast = FastAttributeRuler(nlp.vocab, "fast")
    fast.add_patterns(RULES[:1])
    fast(_doc(nlp, ["x"], ["NN"], ["ROOT"]))
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    fast.add_patterns(RULES[1:])
    for words, tags, deps in SENTENCES:
        assert _signature(fast(_doc(nlp, words, tags, deps))) == _signature(ruler(_doc(nlp, words, tags, deps)))


def test_serialisation_check_drops_only_what_cannot_travel():
    doc = spacy.blank("en")("Some text.")
    doc.user_data.update({EVENTS_KEY: [{"id": "e"}], "cache": object(), "names": {"a": [1, 2]}, "kinds": {"x", "y"}})
    _drop_unserialisable(doc)
    assert set(doc.user_data) == {EVENTS_KEY, "names"}
