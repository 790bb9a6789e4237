"""The trained factuality scorer: its file, its features, and how it reads sentences we wrote."""

from __future__ import annotations

import numpy as np
import pytest

from tidings import KnowledgeError
from tidings.code.factuality import DIMENSIONS, MODEL_FILE, FactualityModel, hashed, load_model


def tiny_model(weights: dict[str, float], dense: int = 4) -> FactualityModel:
    buckets = {b: w for name, w in weights.items() for b in hashed([name])}
    index = np.array(sorted(buckets), dtype=np.int32)
    return FactualityModel(
        index=index, weights=np.array([buckets[b] for b in index], dtype=np.float32),
        dense_mean=np.zeros(dense, np.float32), dense_scale=np.ones(dense, np.float32), dense_weights=np.zeros(dense, np.float32),
        meta={"note": "hand-made"},
    )


def test_feature_hashes_are_stable_distinct_and_in_range():
    names = ["lem=visit", "lab=negated", "bias", "lem=visit"]
    buckets = hashed(names)
    assert buckets == sorted(set(buckets)) and len(buckets) == 3
    assert all(0 <= b < DIMENSIONS for b in buckets)
    assert hashed(["lem=visit"]) == hashed(["lem=visit"])  # CRC-32: the same on every run and machine


def test_a_saved_model_reads_back_equal(tmp_path):
    model = tiny_model({"bias": 2.5, "lab=negated": -4.0})
    path = tmp_path / "m.npz"
    model.save(path)
    back = FactualityModel.read(path)
    assert np.array_equal(back.index, model.index) and np.allclose(back.weights, model.weights)
    assert back.meta == {"note": "hand-made"}


@pytest.mark.parametrize("content", [b"", b"not a numpy file", b"PK\x03\x04broken"])
def test_an_unreadable_model_file_is_a_one_line_knowledge_error(tmp_path, content):
    path = tmp_path / "bad.npz"
    path.write_bytes(content)
    with pytest.raises(KnowledgeError) as err:
        FactualityModel.read(path)
    assert "factuality model" in str(err.value) and "\n" not in str(err.value)


def test_the_packaged_model_is_small_and_says_how_it_was_trained():
    from importlib import resources

    size = (resources.files("tidings") / "data" / MODEL_FILE).stat().st_size  # type: ignore[attr-defined]
    assert size < 5_000_000
    meta = load_model().meta
    assert meta["trained_on"].startswith("UW train") and meta["predicates"] > 5000
    assert 0.5 < meta["cv_pearson_r"] <= 1.0


def test_scores_are_clipped_to_the_scale():
    import spacy

    nlp = spacy.blank("en")
    doc = nlp("They met.")
    assert tiny_model({"bias": 40.0}).score(doc, 1, {"labels": []}) == 3.0
    assert tiny_model({"bias": -40.0}).score(doc, 1, {"labels": []}) == -3.0


# Sentences written for these tests, one reading each: (sentence, predicate, lowest, highest).
READINGS = [
    ("Rebels attacked the northern town on Monday.", "attacked", 2.0, 3.0),
    ("The minister did not attend the summit in Vienna.", "attend", -3.0, -1.0),
    ("The company failed to pay its workers in March.", "pay", -3.0, -0.5),
    ("The army may withdraw its troops from the valley next week.", "withdraw", -1.0, 2.5),
    ("Police said the suspect tried to cross the border at night.", "cross", -1.0, 2.5),
    ("Officials have no plans to close the port.", "close", -3.0, 0.5),
    ("The two leaders will meet in Geneva next month.", "meet", 0.0, 2.8),
    ("If the talks collapse, the strike will resume.", "collapse", -1.5, 2.0),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, word, low, high", READINGS)
def test_the_model_reads_sentences_we_wrote(sentence, word, low, high):
    from tidings.code.modality import analyse_modality
    from tidings.code.pipeline import coding_context, get_pipeline

    nlp = get_pipeline()
    context = coding_context(nlp)
    doc = nlp.make_doc(sentence)
    for name, proc in nlp.pipeline:
        if not name.startswith("tidings_"):
            doc = proc(doc)
    i = next(t.i for t in doc if t.text == word)
    score = context.factuality.score(doc, i, analyse_modality(doc, i, lexicon=context.claims))
    assert low <= score <= high, f"{word!r} in {sentence!r} scored {score}"


@pytest.mark.model
@pytest.mark.parametrize("sentence, low, high", [
    ("Police arrested the opposition leader in Cairo on Monday.", 2.0, 3.0),
    ("Police did not arrest the opposition leader in Cairo on Monday.", -3.0, -1.0),
    ("Police may arrest the opposition leader in Cairo next week.", -1.0, 2.5),
])
def test_every_coded_mention_carries_its_factuality(sentence, low, high):
    import tidings

    events = tidings.extract(sentence, published="2025-09-09")
    assert events
    for event in events:
        for mention in event["mentions"]:
            assert low <= mention["modality"]["factuality"] <= high


@pytest.mark.model
def test_a_mention_shown_by_a_video_carries_it_as_evidence_with_offsets():
    import tidings

    text = "Video posted on social media showed soldiers arresting protesters in the capital on Monday."
    mentions = [m for e in tidings.extract(text, published="2025-09-09") for m in e["mentions"] if m.get("evidence")]
    assert mentions
    for m in mentions:
        assert m["cited_source"] is None
        ev = m["evidence"]
        assert ev["kind"] == "video" and text[ev["start"]:ev["end"]] == ev["text"]
        assert m["spans"]["evidence"] == [ev["start"], ev["end"]]
