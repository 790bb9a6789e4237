"""The sentence event detector before the parser: scores, threshold, model file, training logic, pre-filter inputs."""

from __future__ import annotations

import importlib.util
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
import spacy

from tidings import KnowledgeError
from tidings.code import _doc_inputs, _prefilter, code_documents
from tidings.code.detector import BUCKETS, FEATURES_VERSION, MODEL_FILE, SentenceDetector, features, hashed, load_detector, tokens

FORMS = frozenset({"arrested", "met", "attack", "attacked"})
TEXT = "The weather was mild. Police arrested three men. Prices rose.\n\nKim met Xi in Beijing. It rained."


def _detector(weights: dict[str, float], threshold: float = 0.5) -> SentenceDetector:
    w = np.zeros(BUCKETS, dtype=np.float32)
    for name, value in weights.items():
        w[hashed([name])[0]] += value
    return SentenceDetector(weights=w, threshold=threshold, meta={})


# a hand-set detector: a sentence with a trigger word form scores high, others low
HAND = {"bias": -3.0, "trig<=1": 6.0, "trig<=2": 6.0}


def _train_module():
    path = Path(__file__).resolve().parents[1] / "tools" / "train_detector.py"
    spec = importlib.util.spec_from_file_location("train_detector", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_detector", mod)  # dataclasses look their module up while the class is made
    spec.loader.exec_module(mod)
    return sys.modules["train_detector"]


def test_tokens_are_words_numbers_and_punctuation_marks_that_matter():
    assert tokens('He said: "We attacked 3,000 posts?"') == ["He", "said", ":", '"', "We", "attacked", "3,000", "posts", "?", '"']


@pytest.mark.parametrize("text, position, present, absent", [
    ("Police arrested three men.", 0, {"u:arrested", "b:police|arrested", "trig<=1", "t:arrested", "pos<=0"}, {"digits", "quote"}),
    ('"We met 3 times," he said.', 5, {"u:<num>", "digits", "quote", "quote_first", "pos<=8", "trig<=1"}, {"question"}),
    ("Who attacked whom?", 1, {"question", "t1:attacked|whom"}, {"trig<=0"}),
])
def test_features_name_words_triggers_and_shape(text, position, present, absent):
    names = set(features(text, position, FORMS))
    assert present <= names and not absent & names


def test_feature_hashing_is_stable_across_processes():
    # CRC-32, not Python's salted hash(): the same buckets in every process
    assert hashed(["bias", "u:police"]) == [zlib.crc32(b"bias") % BUCKETS, zlib.crc32(b"u:police") % BUCKETS]


def test_detector_scores_every_sentence_of_the_cheap_split():
    scores = _detector(HAND).scores(TEXT, FORMS)
    assert [TEXT[s:e] for s, e, _ in scores] == ["The weather was mild.", "Police arrested three men.", "Prices rose.",
                                                "Kim met Xi in Beijing.", "It rained."]
    high = [p > 0.5 for _, _, p in scores]
    assert high == [False, True, False, True, False]


@pytest.mark.parametrize("threshold, bridge, kept", [
    (0.5, 0, ["Police arrested three men.", "Kim met Xi in Beijing."]),
    (0.5, 1, ["Police arrested three men. Prices rose.\n\nKim met Xi in Beijing."]),  # one sentence between: parsed too, one piece
    (0.0, 0, [TEXT]),  # every sentence kept: adjacent ones merged into one range
    (1.0, 1, []),
])
def test_threshold_keeps_the_candidate_sentences_and_merges_adjacent_ones(threshold, bridge, kept):
    ranges = _detector(HAND, threshold).candidates(TEXT, FORMS, bridge=bridge)
    assert [TEXT[s:e] for s, e in ranges] == kept


def test_bridge_never_reaches_past_the_first_or_last_candidate():
    text = "It rained. Police arrested three men. It rained. It rained. Kim met Xi. It rained."
    ranges = _detector(HAND).candidates(text, FORMS, bridge=1)
    assert [text[s:e] for s, e in ranges] == ["Police arrested three men.", "Kim met Xi."]


def test_forms_the_model_never_saw_are_always_parsed():
    det = _detector(HAND)
    ranges = det.candidates("Nothing here. They parleyed at dawn.", FORMS, always=frozenset({"parleyed"}))
    assert [r for r in ranges] == [(14, 36)]


def test_saved_model_reads_back_the_same(tmp_path):
    det = _detector(HAND, threshold=0.37)
    det.save(tmp_path / "d.npz")
    back = SentenceDetector.read(tmp_path / "d.npz")
    assert back.threshold == pytest.approx(0.37) and np.array_equal(back.weights, det.weights)
    assert back.scores(TEXT, FORMS) == det.scores(TEXT, FORMS)


def _corrupt(path: Path) -> None:
    path.write_bytes(b"not a zip file")


def _wrong_buckets(path: Path) -> None:
    np.savez_compressed(path, index=np.array([1], dtype=np.int32), weights=np.array([1.0], dtype=np.float32),
                        threshold=np.array(0.5), meta=np.array('{"buckets": 16, "features_version": 1}'))


def _index_out_of_range(path: Path) -> None:
    np.savez_compressed(path, index=np.array([BUCKETS + 5], dtype=np.int64), weights=np.array([1.0], dtype=np.float32),
                        threshold=np.array(0.5), meta=np.array(f'{{"buckets": {BUCKETS}, "features_version": {FEATURES_VERSION}}}'))


@pytest.mark.parametrize("make, message", [
    (None, "is missing"),
    (_corrupt, "cannot read the sentence detector model"),
    (_wrong_buckets, "made for other features"),
    (_index_out_of_range, "corrupt"),
])
def test_missing_or_bad_model_file_is_a_clear_error_naming_it(tmp_path, make, message):
    path = tmp_path / "detector.npz"
    if make:
        make(path)
    with pytest.raises(KnowledgeError, match=message) as info:
        SentenceDetector.read(path)
    assert str(path) in str(info.value) and "prefilter = false" in str(info.value)


def test_packaged_model_is_small_and_loads():
    det = load_detector()
    size = (Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / MODEL_FILE).stat().st_size
    assert size < 3_000_000 and 0.0 < det.threshold < 1.0 and det.meta.get("sentences", 0) > 1000


# ------------------------------------------------------------------ training logic (tools/train_detector.py)


@pytest.mark.parametrize("scores, events, expected", [
    ([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0], 0.8),  # the lowest scored sentence with an event
    ([0.9, 0.8, 0.2, 0.1], [50, 49, 1, 0], 0.8),  # 99 of 100 events kept without the 0.2 sentence
    ([0.9, 0.8, 0.2, 0.1], [50, 48, 2, 0], 0.2),  # 98 of 100 are not enough
    ([0.5, 0.4], [0, 0], 1.0),  # no event: keep nothing
])
def test_threshold_is_the_highest_that_keeps_99_percent_of_events(scores, events, expected):
    tool = _train_module()
    assert tool.threshold_for(np.array(scores, dtype=float), np.array(events, dtype=float)) == pytest.approx(expected)


def _synthetic(tool, n_docs: int, seed: int):
    """Documents of four sentences; those naming an attack hold an event."""
    rng = np.random.default_rng(seed)
    texts, sentences = {}, []
    for d in range(n_docs):
        parts, spans = [], []
        for k in range(4):
            event = bool(rng.random() < 0.4)
            sent = "Rebels attacked the town." if event else rng.choice(["The weather was mild.", "Prices rose again.", "It rained."])
            start = sum(len(p) + 1 for p in parts)
            parts.append(str(sent))
            spans.append((start, start + len(sent), k, int(event)))
        texts[f"s{seed}-{d}"] = " ".join(parts)
        sentences += [tool.Sentence(f"s{seed}-{d}", s, e, k, n) for s, e, k, n in spans]
    return texts, sentences


def test_training_on_a_tiny_synthetic_set_finds_the_event_sentences_and_check_compares():
    tool = _train_module()
    texts, train = _synthetic(tool, 30, 1)
    dev_texts, dev = _synthetic(tool, 10, 2)
    texts.update(dev_texts)
    x, x_dev = tool.design(train, texts, FORMS), tool.design(dev, texts, FORMS)
    w, threshold, figures = tool.train(x, train, x_dev, dev, grid=(1.0,), folds=3, log=lambda *_: None)
    dev_scores = tool.predict(x_dev, w)
    labels = np.array([s.events > 0 for s in dev])
    assert figures["dev"]["events"] >= 0.99 and dev_scores[labels].min() >= threshold > dev_scores[~labels].max()
    model = SentenceDetector(weights=w.astype(np.float32), threshold=threshold)
    same, _ = tool.compare(model, SentenceDetector(weights=w.astype(np.float32), threshold=threshold), x_dev)
    moved, message = tool.compare(model, SentenceDetector(weights=(w * 0.2).astype(np.float32), threshold=threshold), x_dev)
    assert same and not moved and "differ by at most" in message


# ------------------------------------------------------------------ the pre-filter in code_documents


@pytest.fixture()
def blank_prefilter():
    nlp = spacy.blank("en")
    nlp.add_pipe("tidings_prefilter")
    pre = _prefilter(nlp)
    assert pre is not None
    object.__setattr__(pre, "detector", _detector(HAND))
    pre.forms = FORMS
    pre.extra_forms = frozenset()
    return nlp, pre


@pytest.mark.parametrize("limit", [10_000, 30])
def test_prefilter_parses_only_kept_sentences_and_offsets_point_into_the_whole_text(blank_prefilter, limit):
    nlp, pre = blank_prefilter
    docs = _doc_inputs(nlp, {"id": "d", "text": TEXT}, limit, pre)
    pieces = [(d.user_data["tidings.document"]["offset"], d.text) for d in docs]
    # the sentences not kept are blanked in place: every character is the text's own or a space, so offsets hold
    assert all(len(TEXT) >= off + len(text) and all(c in (TEXT[off + i], " ") for i, c in enumerate(text)) for off, text in pieces)
    assert " ".join(" ".join(text for _, text in pieces).split()) == "Police arrested three men. Kim met Xi in Beijing."
    assert all(text.strip() for _, text in pieces)  # no input of blanks only


def test_without_prefilter_the_whole_text_is_one_input():
    nlp = spacy.blank("en")
    assert _prefilter(nlp) is None
    [doc] = _doc_inputs(nlp, {"id": "d", "text": TEXT}, 10_000, None)
    assert doc.text == TEXT and doc.user_data["tidings.document"]["offset"] == 0


def test_prefilter_events_keep_offsets_into_the_whole_text(nlp):
    from tidings import Options
    from tidings.code.pipeline import build_pipeline

    text = ("The weather was cold and the market was quiet for most of the day.\n\n"
            "Police in Cairo arrested two opposition leaders on Tuesday, the interior ministry said.")
    events = code_documents([{"id": "d", "text": text, "language": "en"}], nlp=build_pipeline(Options(prefilter=True)))["d"]
    assert events
    for e in events:
        assert text[e["type"]["start"]:e["type"]["end"]] == e["type"]["trigger"]


# ------------------------------------------------------------------ context and blanking (what the coder reads across sentences)

STORY = ("Mayor Bill Euille met the council on Monday. The weather was mild. It rained.\n\n"
         "Prices rose. \"We need the money,\" Euille said. The council adjourned.")


@pytest.mark.parametrize("text, keep, expected", [
    (STORY, [False, False, False, False, True, False], {0}),  # "Euille said": the sentence that introduced him
    (STORY, [True, False, False, False, True, False], set()),  # already kept
    ("The council met the mayor. It rained. The council adjourned.", [False, False, True], set()),  # "The" is no name: the text has "the"
    ("Police came. It rained. Police left. Then police arrested Kopp.", [False, False, True, False], set()),  # "police" in lower case too
    ("Kopp came. It rained. Kopp left.", [False, False, False], set()),  # nothing kept, no context
])
def test_context_sentences_are_the_earlier_ones_that_introduce_a_name_a_kept_sentence_uses(text, keep, expected):
    from tidings.annotate import sentence_ranges
    from tidings.code.detector import context_sentences

    assert context_sentences(text, sentence_ranges(text), keep) == expected


EUILLE = {"bias": -3.0, "u:said": 6.0}


@pytest.mark.parametrize("context, shown", [
    (True, ["Mayor Bill Euille met the council on Monday.", "\"We need the money,\" Euille said."]),
    (False, ["\"We need the money,\" Euille said."]),
])
def test_masked_text_keeps_its_length_and_shows_only_the_kept_and_context_sentences(context, shown):
    masked, ranges = _detector(EUILLE).masked(STORY, FORMS, context=context)
    assert len(masked) == len(STORY) and masked.count("\n") == STORY.count("\n")
    assert [w for w in masked.split() if w] == " ".join(shown).split()
    assert all(masked[i] == STORY[i] for i in range(len(STORY)) if not masked[i].isspace())
    assert len(ranges) == 1 and masked[ranges[0][0]:ranges[0][1]].strip() == masked.strip()  # one piece: the gaps are blank


def test_masked_text_is_the_text_itself_when_every_sentence_is_kept_and_empty_ranges_when_none_is():
    assert _detector(HAND, 0.0).masked(TEXT, FORMS) == (TEXT, [(0, len(TEXT))])
    masked, ranges = _detector(HAND, 1.0).masked(TEXT, FORMS)
    assert ranges == [] and not masked.strip()


def test_prefilter_inputs_are_the_masked_text_and_its_ranges(blank_prefilter):
    _, pre = blank_prefilter
    masked, ranges = pre.inputs(TEXT)
    assert masked == pre.detector.masked(TEXT, FORMS)[0] and len(masked) == len(TEXT)
    assert masked.split() == "Police arrested three men. Kim met Xi in Beijing.".split() and len(ranges) == 1


@pytest.mark.parametrize("text, keep, expected", [
    ("It rained. Police Lt. Gary Spangler said. It rained.", [False, False, True, False], [False, True, True, False]),
    ("Acting U.S. Attorney Michelle Jacobs spoke. It rained.", [False, True, False], [True, True, False]),
    ("Mr. A. B. Smith came. It rained.", [False, False, False, True, False], [True, True, True, True, False]),
    ("It rained in the U.S. Rebels attacked.", [False, True], [True, True]),  # a sentence ending in initials: joined, to be safe
    ("They met in Iraq. Rebels attacked.", [False, True], [False, True]),  # a short name is no abbreviation
])
def test_pieces_of_a_sentence_cut_after_an_abbreviation_are_kept_together(text, keep, expected):
    from tidings.annotate import sentence_ranges
    from tidings.code.detector import whole_sentences

    sentences = sentence_ranges(text)
    assert len(sentences) == len(keep) and whole_sentences(text, sentences, keep) == expected


def test_masked_text_keeps_a_closing_quote_after_a_kept_full_stop_and_blanks_one_after_a_dropped_sentence():
    text = '"We attacked." It rained. "They arrested him." The end.'
    masked, ranges = _detector(HAND).masked(text, FORMS, context=False)
    assert masked.split() == ['"We', 'attacked."', '"They', 'arrested', 'him."'] and ranges == [(0, text.index("The end."))]
