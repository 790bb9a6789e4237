"""The coder's per-doc caches (``tidings.code._doc_cache``) give what reading the doc afresh gives, belong to one doc as
it is tokenised, and hand out values no caller can change; the cheaper patterns match as the plain ones did."""

from __future__ import annotations

import re

import pytest
import spacy

from tidings.code._doc_cache import doc_cache, doc_text, page_words, quotation_states, tokens_by_text
from tidings.code.events import _read_quotation_states
from tidings.code.mentions import _SCREEN_TERMS, _SOFTWARE_TERMS, _SPORT_TERMS, _namesakes, _page_words
from tidings.knowledge.model import WORD_RE

# written for these tests: quotes of every kind, names said again, page words of three kinds, hyphens and apostrophes
TEXTS = [
    "Minister Ola Berg visited the port on Monday. \u201cWe will rebuild it,\u201d Berg said. Berg left at noon.",
    "``The talks failed,'' said Anna Lind. Lind added: \"We walked out.\" Police arrested two men.",
    "The quarterback threw three touchdowns before halftime; the linebackers held on in the playoffs.",
    "Hackers used malware to steal passwords from the firm's servers, a security researcher said.",
    "The studio said the sequel would open in cinemas; the box office for the first film was huge.",
    "Jae-in Moon met the People's Party's leaders \u2014 the workers' union's heads \u2014 in Seoul. Moon's aides smiled.",
    "Bill Clinton spoke. Hillary Clinton answered. Clinton then left the hall",
]


@pytest.fixture(scope="module")
def parsed():
    from tidings.code import build_pipeline

    nlp = build_pipeline()
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("tidings")]):
        return [nlp(t) for t in TEXTS]


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_doc_text_is_the_joined_text_and_built_once(parsed, k):
    doc = parsed[k]
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_tokens_by_text_lists_every_token_of_that_text_in_order(parsed, k):
    doc = parsed[k]
    index = tokens_by_text(doc)
    for t in doc:
        assert index[t.text] == tuple(x.i for x in doc if x.text == t.text)
    assert sum(len(v) for v in index.values()) == len(doc)


def test_tokens_by_text_cannot_be_changed_by_a_caller(blank):
    doc = blank("Berg met Berg.")
    index = tokens_by_text(doc)
    with pytest.raises(TypeError):
        index["Berg"] = (1,)  # type: ignore[index]
    with pytest.raises(AttributeError):
        index["Berg"].append(1)  # type: ignore[attr-defined]
    assert tokens_by_text(doc)["Berg"] == (0, 2)


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_quotation_states_are_those_read_afresh_for_each_sentence(parsed, k):
    doc = parsed[k]
    for sent in doc.sents:
        cached = quotation_states(sent, _read_quotation_states)
        assert isinstance(cached, tuple)
        assert list(cached) == _read_quotation_states(sent)
        assert quotation_states(sent, _read_quotation_states) is cached


@pytest.mark.parametrize("k", range(len(TEXTS)))
@pytest.mark.parametrize("terms", [_SPORT_TERMS, _SOFTWARE_TERMS, _SCREEN_TERMS])
def test_page_words_once_per_doc_count_what_the_text_holds(parsed, k, terms):
    doc = parsed[k]
    assert page_words(doc, terms, _page_words) == _page_words(terms, doc.text)


@pytest.mark.parametrize("terms", [_SPORT_TERMS, _SOFTWARE_TERMS, _SCREEN_TERMS])
@pytest.mark.parametrize("text", TEXTS + [" ".join(TEXTS).upper(), "N.F.L. TKO Web sites, web site, e-mail; Box-office co-stars"])
def test_page_patterns_with_their_lookahead_match_as_the_plain_patterns(terms, text):
    plain = re.compile(re.sub(r"^\\b\(\?=\[[a-z]+\]\)", r"\\b", terms.pattern), terms.flags)
    assert plain.pattern != terms.pattern
    assert [m.span() for m in terms.finditer(text)] == [m.span() for m in plain.finditer(text)]


_PLAIN_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_](?:[^\W_]|[-‐‑][^\W_])*(?:['’][^\W_]+|['’](?=\s))?")


@pytest.mark.parametrize("text", TEXTS + ["U.S.-led D.P.R.K. talks; rock'n'roll, co--op, -x- a_b 'quoted' workers' end-", "x-" * 50 + "y"])
def test_word_pattern_matches_as_the_plain_pattern(text):
    assert [m.span() for m in WORD_RE.finditer(text)] == [m.span() for m in _PLAIN_WORD.finditer(text)]


def _namesakes_by_scan(doc, name, ctx):
    """The namesakes found by reading every token of the doc (how the lookup read them before the index)."""
    from tidings.code.mentions import _given_name

    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ == "ORG":
        return []
    others = [t for t in doc if t.i != name.i and t.text == name.text and t.pos_ == "PROPN" and t.dep_ not in {"compound", "poss"}
              and t.ent_type_ != "ORG"]
    if len({g for t in [name, *others] if (g := _given_name(t, ctx)) is not None}) > 1:
        return []
    return sorted(others, key=lambda t: abs(t.i - name.i))


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_namesakes_from_the_index_are_those_of_a_full_scan(parsed, coding_context, k):
    doc = parsed[k]
    for name in doc:
        assert [t.i for t in _namesakes(doc, name, coding_context)] == [t.i for t in _namesakes_by_scan(doc, name, coding_context)]


def test_a_copied_doc_gets_its_own_cache(blank):
    doc = blank("Berg said so.")
    first = doc_cache(doc)
    copy = doc.copy()
    assert doc_cache(copy) is not first
    assert doc_cache(copy) is doc_cache(copy)
    assert doc_cache(doc) is first


def test_user_data_carried_to_another_doc_is_not_read_as_its_cache(blank):
    one, other = blank("Berg said so."), blank("Lind left early today.")
    doc_cache(one)
    other.user_data.update(one.user_data)
    assert doc_text(other) == other.text
    assert tokens_by_text(other)["Lind"] == (0,)


def test_retokenizing_a_doc_makes_its_cache_anew(blank):
    doc = blank("Jan Berg met Berg.")
    assert tokens_by_text(doc)["Berg"] == (1, 3)
    with doc.retokenize() as retok:
        retok.merge(doc[0:2])
    assert tokens_by_text(doc)["Berg"] == (2,)
    assert tokens_by_text(doc)["Jan Berg"] == (0,)
    assert doc_text(doc) == doc.text


def test_coding_a_doc_again_gives_the_same_records(coding_context):
    from tidings import build_pipeline
    from tidings.code.mentions import events_from_doc

    nlp = build_pipeline()
    text = " ".join(TEXTS[:2]) + " Riot police fired tear gas at protesters in the capital on Tuesday."
    document = {"id": "t", "text": text, "published": "2021-06-01", "outlet": None}
    doc = nlp(text)
    first = events_from_doc(doc, document, context=coding_context)
    again = events_from_doc(doc, document, context=coding_context)  # the doc's caches warm
    fresh = events_from_doc(nlp(text), document, context=coding_context)
    assert first and first == again == fresh
