"""The detector's features of how a trigger form is used: the word classes around it, its suffix, its case."""

from __future__ import annotations

import numpy as np
import pytest

from tidings import KnowledgeError
from tidings.code.detector import BUCKETS, SentenceDetector, features

FORMS = frozenset({"attack", "attacked", "attacks", "arrest", "arrested", "arresting", "protest", "talks"})


@pytest.mark.parametrize("text, present", [
    ("Rebels plan to attack the depot.", {"tp:to", "tpt:to|attack", "tn:det", "sfx:0|to"}),
    ("The army will attack at dawn.", {"tp:modal", "tpt:modal|attack", "tn:prep"}),
    ("Two men were arrested on Friday.", {"tp:be", "tpt:be|arrested", "sfx:ed|be", "tn:prep", "pcn:be|prep"}),
    ("Officers have arrested the driver.", {"tp:have", "sfx:ed|have"}),
    ("She was arresting a thief.", {"tp:be", "sfx:ing|be", "tn:det"}),
    ("The attack on the bridge failed.", {"tp:det", "tpt:det|attack", "tn:prep"}),
    ("They attacked Harbourtown twice.", {"tp:pron", "tn:cap", "tnt:cap|attacked"}),
    ("Then Rangers attacked 3 posts.", {"tp:cap", "tn:num"}),
    ("Rangers attacked 3 posts.", {"tp:w", "tn:num"}),  # the first word is capitalised anyway
    ("Attack!", {"tp:<s>", "tn:</s>"}),
    ("The talks resumed.", {"tp:det", "sfx:s|det"}),
])
def test_the_words_around_a_trigger_form_are_named_by_their_class(text, present):
    names = set(features(text, 0, FORMS))
    assert present <= names


@pytest.mark.parametrize("text", [
    "A street called Protest Lane was closed.",
    "Readers of Attack Monthly wrote in.",
])
def test_a_capitalised_trigger_form_inside_a_sentence_is_marked(text):
    assert "tcap" in features(text, 0, FORMS)


@pytest.mark.parametrize("text", [
    "Protest leaders gathered.",  # the first word is capitalised anyway
    "Crowds marched to protest the tax.",
])
def test_a_trigger_form_in_lower_case_or_opening_the_sentence_is_not_marked_capitalised(text):
    assert "tcap" not in features(text, 0, FORMS)


@pytest.mark.parametrize("text", [
    "The weather was mild on Friday.",
    "Prices rose to a new high.",
])
def test_a_sentence_without_a_trigger_form_has_no_trigger_context(text):
    assert not [n for n in features(text, 0, FORMS) if n.split(":")[0] in {"tp", "tpt", "tn", "tnt", "sfx", "pcn"} or n == "tcap"]


def test_every_trigger_form_of_a_sentence_gets_its_context_not_only_the_first():
    names = set(features("Police arrested a man after the attack on a bus.", 0, FORMS))
    assert {"tpt:w|arrested", "tpt:det|attack"} <= names


def test_a_model_trained_on_the_features_without_trigger_context_is_refused(tmp_path):
    path = tmp_path / "detector.npz"
    np.savez_compressed(path, index=np.array([1], dtype=np.int32), weights=np.array([1.0], dtype=np.float32),
                        threshold=np.array(0.5), meta=np.array(f'{{"buckets": {BUCKETS}, "features_version": 1}}'))
    with pytest.raises(KnowledgeError, match="made for other features"):
        SentenceDetector.read(path)


@pytest.mark.parametrize("text, form, present", [
    ("Police arrested the driver.", "arrested", {"k:V", "r:17", "r:17|w"}),
    ("The talks ended.", "talks", {"k:N", "r:04", "r:04|det"}),
])
def test_a_trigger_form_brings_what_the_packaged_lexicon_rows_say(text, form, present):
    from tidings.code._event_lexicon import load_lexicon

    classes = load_lexicon().trigger_classes()
    assert present - {n for n in present if "|" in n} <= classes[form]
    assert present <= set(features(text, 0, load_lexicon().trigger_forms()))


def test_a_form_only_a_user_lexicon_has_gets_its_neighbours_but_no_row_classes():
    names = features("Rebels will zorbify the depot.", 0, frozenset({"zorbify"}))
    assert {"tp:modal", "tn:det"} <= set(names)
    assert not [n for n in names if n.startswith(("k:", "r:")) or n in {"strong", "weak"}]
