"""Tokenizer rule for hyphens, the pre-filter and the registered components (no model)."""

from __future__ import annotations

import pytest
import spacy

from tidings.annotate import fix_tokenizer, sentence_ranges
from tidings.code._event_lexicon import load_lexicon
from tidings.code.pipeline import candidate_ranges


@pytest.fixture(scope="module")
def blank():
    return fix_tokenizer(spacy.blank("en"))


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Moon Jae-in spoke", ["Moon", "Jae-in", "spoke"]),
        ("the inter-Korean summit", ["the", "inter-Korean", "summit"]),
        ("a well-known long-range missile", ["a", "well-known", "long-range", "missile"]),
        ("the Trump-Kim meeting", ["the", "Trump-Kim", "meeting"]),
        ("on 10-12 March", ["on", "10", "-", "12", "March"]),
        ("the 1950-53 war", ["the", "1950", "-", "53", "war"]),
        ("a 5-year plan", ["a", "5", "-", "year", "plan"]),
        ("talks -- and more", ["talks", "--", "and", "more"]),
        ("Seoul's view", ["Seoul", "'s", "view"]),
    ],
)
def test_hyphens_between_letters_stay_whole_and_number_ranges_split(blank, text, tokens):
    assert [t.text for t in blank(text)] == tokens


def test_default_english_tokenizer_splits_names_which_is_why_the_rule_exists():
    assert "Jae" in [t.text for t in spacy.blank("en")("Moon Jae-in")]


@pytest.mark.parametrize(
    "text, n",
    [("Kim arrived. He left.", 2), ("Title\n\nBody text here. More text!", 3), ("One sentence only", 1), ("U.S. troops. Next", 2)],
)
def test_cheap_sentence_split(text, n):
    ranges = sentence_ranges(text)
    assert len(ranges) == n
    assert all(text[s:e].strip() for s, e in ranges)


def test_prefilter_keeps_only_sentences_with_a_trigger_form():
    forms = load_lexicon().trigger_forms()
    text = "The weather was mild. Kim met Xi in Beijing. Prices rose. Police arrested three men."
    kept = [text[s:e] for s, e in candidate_ranges(text, forms)]
    assert kept == ["Kim met Xi in Beijing.", "Police arrested three men."]


def test_prefilter_component_is_registered_and_reads_user_lexicon(tmp_path):
    (tmp_path / "extra.lexicon.tsv").write_text("V\tparley\t-\t-\t046\tstrong\n", encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("tidings_prefilter", config={"knowledge_paths": [str(tmp_path)]})
    doc = nlp("Nothing here. They parleyed at dawn.")
    assert [doc.text[s:e] for s, e in doc._.tidings_candidates] == ["They parleyed at dawn."]


def test_events_component_is_configurable():
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("tidings_events", config={"skip_headings": False})
    assert pipe.context.settings.skip_headings is False
    assert "tidings_events" in nlp.pipe_names
