"""The confidence features added for unseen text: lemma x root, the sentence detector's score, the document's mix of roots and sectors."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tidings.code._event_lexicon import LexEntry
from tidings.code.confidence import PAIR_BUCKETS, document_features, features
from tidings.code.context import CodingContext, CodingSettings
from tidings.code.events import EventCandidate

VOCAB = spacy.blank("en").vocab
CONTEXT = CodingContext(CodingSettings())


def detector_score(text: str, position: int) -> float:
    return CONTEXT.sentence_score(text, position)


def _doc(sentences: list[list[str]]) -> Doc:
    """A doc of flat sentences: every word hangs on the sentence's first verb-like word (enough for these features)."""
    words, heads, starts = [], [], []
    for sent in sentences:
        base = len(words)
        words.extend(sent)
        heads.extend([base + 1] * len(sent))
        starts.extend([True] + [False] * (len(sent) - 1))
    deps = ["ROOT" if h == i else "dep" for i, h in enumerate(heads)]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, sent_starts=starts)


def _candidate(doc: Doc, i: int, lemma: str, code: str) -> EventCandidate:
    tok = doc[i]
    entry = LexEntry("V", lemma, None, None, False, code, True, "lexicon.tsv:1")
    return EventCandidate(code=code, strong=True, trigger_start=tok.idx, trigger_end=tok.idx + len(tok), trigger_text=tok.text,
                          anchor_i=i, trigger_i=i, sentence=tok.sent, entry=entry)


def _event(code: str) -> dict:
    return {"type": {"cameo": code}, "source": None, "target": None, "status": "reported", "negated": False, "certainty": 0.5,
            "date": None, "location": None, "mentions": [{"modality": {"labels": [], "factuality": 2.0}, "cited_source": None}]}


def _feats(doc: Doc, i: int, lemma: str, code: str) -> dict[str, float]:
    sent = doc[i].sent
    position = sum(1 for s in doc.sents if s.start < sent.start)
    return features(doc, _candidate(doc, i, lemma, code), _event(code), sentence_candidates=1, pairs=1,
                    sentence_score=detector_score(sent.text, position))


def test_without_a_sentence_score_the_detector_features_are_left_out():
    doc = _doc([["Soldiers", "attacked", "the", "camp", "."]])
    f = features(doc, _candidate(doc, 1, "attack", "190"), _event("190"), sentence_candidates=1, pairs=1)
    assert "det" not in f and not any(n.startswith(("det<", "det>")) for n in f)


def _pair(f: dict[str, float]) -> str:
    names = [n for n in f if n.startswith("lr#")]
    assert len(names) == 1 and 0 <= int(names[0][3:]) < PAIR_BUCKETS
    return names[0]


@pytest.mark.parametrize(("lemma", "one", "other"), [("hold", "040", "173"), ("fire", "190", "0871"), ("strike", "190", "143")])
def test_the_same_lemma_at_another_root_falls_in_another_pair_bucket(lemma, one, other):
    doc = _doc([["Officials", lemma, "talks", "."]])
    assert _pair(_feats(doc, 1, lemma, one)) != _pair(_feats(doc, 1, lemma, other))


@pytest.mark.parametrize(("word", "code", "first", "second"), [
    ("met", "036", ["The", "ministers", "met", "in", "Oslo", "."], ["Rebels", "met", "envoys", "on", "Monday", "after", "weeks", "."]),
    ("attacked", "190", ["Troops", "attacked", "a", "village", "."], ["The", "militia", "attacked", "the", "convoy", "near", "Gao", "."]),
])
def test_the_same_lemma_and_root_in_another_sentence_falls_in_the_same_pair_bucket(word, code, first, second):
    a, b = _doc([first]), _doc([second])
    assert _pair(_feats(a, first.index(word), word, code)) == _pair(_feats(b, second.index(word), word, code))


@pytest.mark.parametrize(("eventful", "quiet"), [
    ("Soldiers attacked the rebel camp and killed ten fighters on Sunday.", "The weather in the valley was mild and sunny all week."),
    ("The prime minister met the visiting president in the capital.", "Tickets for the summer concert cost twenty dollars each."),
    ("Police arrested three protesters outside the parliament building.", "The recipe needs two eggs, flour and a little butter."),
])
def test_the_detector_scores_a_sentence_with_an_event_above_one_without(eventful, quiet):
    assert 0.0 <= detector_score(quiet, 3) < detector_score(eventful, 3) <= 1.0


@pytest.mark.parametrize("position", [0, 1])
def test_the_detector_feature_is_the_score_of_the_candidates_sentence_at_its_position(position):
    sentences = [["Soldiers", "attacked", "the", "camp", "."], ["Police", "arrested", "two", "men", "in", "Lagos", "."]]
    doc = _doc(sentences)
    i = 1 if position == 0 else len(sentences[0]) + 1
    f = _feats(doc, i, "attack" if position == 0 else "arrest", "190" if position == 0 else "111")
    sent = doc[i].sent
    assert f["det"] == detector_score(sent.text, position)
    assert sum(1 for n in f if n.startswith(("det<", "det>"))) == 1


GOV = {"country": "NGA", "sector": "GOV"}
CLUB = {"country": None, "sector": "SPT"}
HE = {"country": "NGA", "sector": "GOV", "pronoun": True}


@pytest.mark.parametrize(("source", "target", "pair"), [
    (GOV, CLUB, "sectors=public|other"),
    (None, GOV, "sectors=none|public"),
    (HE, None, "sectors=other|none"),  # an actor taken from a pronoun is not counted public
    (None, None, "sectors=none|none"),
])
def test_each_record_names_the_kinds_of_its_source_and_target(source, target, pair):
    events = [{"type": {"cameo": "042"}, "source": source, "target": target}]
    (row,) = document_features([{}], events)
    assert row[pair] == 1.0 and sum(1 for n in row if n.startswith("sectors=")) == 1


@pytest.mark.parametrize(("codes", "same", "roots"), [
    (["190"], ["<=0"], "<=1"),
    (["190", "193", "111"], ["<=2", "<=2", "<=0"], "<=3"),
    (["190", "190", "190", "195", "042"], [">2", ">2", ">2", ">2", "<=0"], "<=3"),
    (["010", "020", "030", "040", "051", "061", "071"], ["<=0"] * 7, ">6"),
])
def test_document_features_count_records_of_the_same_root_and_the_roots_of_the_document(codes, same, roots):
    events = [{"type": {"cameo": c}, "source": None, "target": None} for c in codes]
    rows = document_features([{} for _ in codes], events)
    assert [next(n[len("doc_same_root"):] for n in r if n.startswith("doc_same_root")) for r in rows] == same
    assert all(r[f"doc_roots{roots}"] == 1.0 for r in rows)
