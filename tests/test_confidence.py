"""The trained confidence of coded events: features, model, thresholds, calibration table, setting (mostly no model)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
import spacy
from click.testing import CliRunner
from spacy.tokens import Doc

from tidings import KnowledgeError
from tidings._options import Options, load_options
from tidings.code._event_lexicon import LexEntry
from tidings.code.confidence import (
    MODEL_FILE,
    ConfidenceModel,
    calibration_error,
    document_features,
    features,
    keep_confident,
    load_model,
    reliability,
)
from tidings.code.events import EventCandidate

VOCAB = spacy.blank("en").vocab
# "Police arrested the leader in Cairo ." with its parse written by hand
WORDS = ["Police", "arrested", "the", "leader", "in", "Cairo", "."]
HEADS = [1, 1, 3, 1, 1, 4, 1]
DEPS = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"]
POS = ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
# '" We will arrest him , " the minister said .': the trigger inside a quotation, under "said"
QWORDS = ['"', "We", "will", "arrest", "him", ",", '"', "the", "minister", "said", "."]
QHEADS = [9, 3, 3, 9, 3, 9, 9, 8, 9, 9, 9]
QDEPS = ["punct", "nsubj", "aux", "ccomp", "dobj", "punct", "punct", "det", "nsubj", "ROOT", "punct"]
QPOS = ["PUNCT", "PRON", "AUX", "VERB", "PRON", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]


def _doc(words, heads, deps, pos) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))


def _candidate(doc: Doc, i: int, *, strong: bool) -> EventCandidate:
    entry = LexEntry("V", "arrest", None, None, False, "111", strong, "lexicon.tsv:1")
    tok = doc[i]
    return EventCandidate(code="111", strong=strong, trigger_start=tok.idx, trigger_end=tok.idx + len(tok), trigger_text=tok.text,
                          anchor_i=i, trigger_i=i, sentence=doc[0:len(doc)], entry=entry)


def _event(source=None, target=None, labels=(), factuality=2.4) -> dict:
    return {"type": {"cameo": "111"}, "source": source, "target": target, "status": "reported", "negated": False, "certainty": 0.8,
            "date": None, "location": None,
            "mentions": [{"modality": {"labels": list(labels), "factuality": factuality}, "cited_source": None}]}


POLICE = {"country": "EGY", "sector": "COP", "kind": "group", "start": 0, "end": 6}


@pytest.mark.parametrize("strong, source, expected", [
    (True, POLICE, {"root=11", "code=111", "strong=True", "kind=V", "src=found", "src_country=yes", "src_sector=COP", "tgt=none",
                    "actors=one", "main=True", "quote=False", "title=True", "dep=ROOT"}),
    (False, None, {"strong=False", "src=none", "tgt=none", "actors=none", "strong_actors=False|False"}),
])
def test_features_of_a_hand_built_candidate_name_its_row_actors_and_clause(strong, source, expected):
    doc = _doc(WORDS, HEADS, DEPS, POS)
    f = features(doc, _candidate(doc, 1, strong=strong), _event(source=source), sentence_candidates=1, pairs=1)
    assert expected <= set(f)
    assert f["bias"] == 1.0 and f["fact"] == pytest.approx(0.8) and f["certainty"] == pytest.approx(0.8)
    assert sum(1 for name in f if name.startswith("lem#")) == 1


def test_a_trigger_inside_a_quotation_under_a_reporting_verb_is_not_the_main_clause():
    doc = _doc(QWORDS, QHEADS, QDEPS, QPOS)
    f = features(doc, _candidate(doc, 3, strong=True), _event(labels=["future"]), sentence_candidates=3, pairs=2)
    assert {"quote=True", "main=False", "dep=ccomp", "depth=1", "lab=future", "cands<=3", "pairs<=2"} <= set(f)


@pytest.mark.parametrize("n, bucket", [(1, "cands<=1"), (2, "cands<=2"), (5, "cands>3")])
def test_candidates_in_the_sentence_are_bucketed(n, bucket):
    doc = _doc(WORDS, HEADS, DEPS, POS)
    assert bucket in features(doc, _candidate(doc, 1, strong=True), _event(), sentence_candidates=n, pairs=1)


@pytest.mark.parametrize("weights, feats, low, high", [
    ({"bias": 0.0}, {"bias": 1.0}, 0.5, 0.5),
    ({"bias": 40.0}, {"bias": 1.0}, 0.999, 1.0),
    ({"bias": -40.0}, {"bias": 1.0}, 0.0, 0.001),
    ({"bias": 1.0, "strong=True": 2.0}, {"bias": 1.0, "strong=True": 1.0, "unknown": 1.0}, 0.95, 0.96),
])
def test_scores_are_the_logistic_of_the_weighted_features(weights, feats, low, high):
    assert low <= ConfidenceModel(weights, {}).score(feats) <= high


def test_a_saved_model_reads_back_equal(tmp_path):
    model = ConfidenceModel({"bias": 0.25, "root=19": -1.5}, {"C": 0.1})
    model.save(tmp_path / "m.json")
    assert ConfidenceModel.read(tmp_path / "m.json") == model


@pytest.mark.parametrize("content", ["", "{", json.dumps({"meta": {}}), json.dumps({"weights": {"bias": "x"}})])
def test_an_unreadable_model_file_is_a_knowledge_error(tmp_path, content):
    (tmp_path / "m.json").write_text(content)
    with pytest.raises(KnowledgeError, match="confidence model"):
        ConfidenceModel.read(tmp_path / "m.json")


def test_the_packaged_model_is_small_says_how_it_was_trained_and_scores_within_0_1():
    from importlib import resources

    size = (resources.files("tidings") / "data" / MODEL_FILE).read_bytes()
    assert len(size) < 20_000
    model = load_model()
    assert model.meta["trained_on"].startswith("gold set ") and model.meta["C"] > 0
    doc = _doc(WORDS, HEADS, DEPS, POS)
    for strong in (True, False):
        for source in (POLICE, None):
            score = model.score(features(doc, _candidate(doc, 1, strong=strong), _event(source=source), sentence_candidates=1, pairs=1))
            assert 0.0 <= score <= 1.0


GOV = {"country": "EGY", "sector": "GOV"}
FAN = {"country": None, "sector": None}
HE = {"country": "EGY", "sector": "GOV", "pronoun": True}


@pytest.mark.parametrize(("actors", "share", "own"), [
    ([(GOV, None), (FAN, None)], 0.5, [True, False]),
    ([(None, GOV), (FAN, GOV), (FAN, FAN), (None, None)], 0.5, [True, True, False, False]),
    ([(HE, None), (FAN, FAN)], 0.0, [False, False]),  # an actor taken from a pronoun does not count
    ([(FAN, None)], 0.0, [False]),
])
def test_document_features_give_each_record_the_share_of_records_with_a_public_actor(actors, share, own):
    events = [{"source": s, "target": t} for s, t in actors]
    rows = document_features([{"bias": 1.0} for _ in events], events)
    assert [r["doc_public"] for r in rows] == [share] * len(events)
    assert [r[f"self_public={o}"] for r, o in zip(rows, own)] == [1.0] * len(events)
    assert all(r["bias"] == 1.0 and r[f"doc_n{len(events) // 5}"] == 1.0 for r in rows)


@pytest.mark.parametrize(("n", "bucket"), [(1, 0), (4, 0), (5, 1), (12, 2), (40, 4)])
def test_document_features_bucket_the_number_of_records(n, bucket):
    events = [{"source": FAN, "target": None}] * n
    assert all(r[f"doc_n{bucket}"] == 1.0 for r in document_features([{}] * n, events))


SCORES = [0.05, 0.3, 0.31, 0.5, 0.69, 0.7, 0.95, 1.0]


@pytest.mark.parametrize("low, high", [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.95), (0.0, 1.0)])
def test_a_higher_threshold_keeps_a_subset(low, high):
    events = [{"id": n, "confidence": c} for n, c in enumerate(SCORES)]
    kept_low = {e["id"] for e in keep_confident(events, low)}
    kept_high = {e["id"] for e in keep_confident(events, high)}
    assert kept_high <= kept_low
    assert kept_high == {n for n, c in enumerate(SCORES) if c >= high}


def test_threshold_zero_keeps_everything_even_events_without_a_confidence():
    events = [{"id": 1}, {"id": 2, "confidence": 0.0}]
    assert keep_confident(events, 0.0) == events
    assert keep_confident(events, 0.5) == [{"id": 1}]


def test_the_reliability_table_bins_counts_and_shares():
    pairs = [(0.1, False), (0.15, True), (0.5, True), (0.55, False), (0.59, True), (0.9, True), (1.0, True)]
    rows = reliability(pairs, bins=5)
    assert [r["n"] for r in rows] == [2, 0, 3, 0, 2]
    assert rows[0]["mean_confidence"] == 0.125 and rows[0]["share_right"] == 0.5
    assert rows[1]["mean_confidence"] is None and rows[1]["share_right"] is None
    assert rows[2]["share_right"] == pytest.approx(0.667, abs=1e-3)
    assert rows[4] == {"lo": 0.8, "hi": 1.0, "n": 2, "mean_confidence": 0.95, "share_right": 1.0}
    assert sum(r["n"] for r in reliability(pairs, bins=10)) == len(pairs)
    # gaps: |0.125-0.5|*2 + |0.547-0.667|*3 + |0.95-1|*2, over 7
    assert calibration_error(rows) == pytest.approx((0.375 * 2 + abs(0.547 - 0.667) * 3 + 0.05 * 2) / 7, abs=1e-3)


def test_an_empty_table_has_no_calibration_error():
    assert calibration_error(reliability([])) == 0.0


def test_a_perfectly_calibrated_table_has_no_calibration_error():
    pairs = [(0.5, True), (0.5, False), (0.9, True)] + [(0.9, True)] * 8 + [(0.9, False)]
    assert calibration_error(reliability(pairs, bins=10)) == pytest.approx(0.0, abs=1e-3)


@pytest.mark.parametrize("source, value", [("env", "0.6"), ("config", 0.6), ("override", 0.6)])
def test_min_confidence_flows_into_options(tmp_path, source, value):
    assert Options().min_confidence == 0.0
    if source == "env":
        options = load_options(env={"TIDINGS_MIN_CONFIDENCE": value})
    elif source == "config":
        (tmp_path / "t.toml").write_text(f"min_confidence = {value}\n")
        options = load_options(tmp_path / "t.toml", env={})
    else:
        options = load_options(env={}, min_confidence=value)
    assert options.min_confidence == 0.6


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_the_min_confidence_flag_reaches_the_options(tmp_path, monkeypatch, command):
    import tidings._ingest as module
    from tidings.cli import cli

    seen = []

    def spy(paths, **kw):
        seen.append(kw["options"].min_confidence)
        if command == "extract":
            return SimpleNamespace(skipped=[], failed=[], documents=[], events=[])
        raise KeyboardInterrupt  # the options were seen; the run itself is not under test

    monkeypatch.setattr(module, "extract_files" if command == "extract" else "ingest", spy)
    (tmp_path / "a.txt").write_text("Police arrested the leader.")
    CliRunner().invoke(cli, ["--db", str(tmp_path / "t.db"), command, "--min-confidence", "0.7", str(tmp_path / "a.txt")])
    assert seen == [0.7]
    bad = CliRunner().invoke(cli, ["--db", str(tmp_path / "t.db"), command, "--min-confidence", "1.5", str(tmp_path / "a.txt")])
    assert bad.exit_code == 2


# Sentences written for these tests.
TEXT = ("Egyptian police arrested the opposition leader in Cairo on Monday. "
        "The two foreign ministers met in Geneva to discuss the ceasefire. "
        "Officials said the army may withdraw its troops from the valley. "
        "Four floor plans are offered, and visitors praised the garden.")


@pytest.mark.model
def test_every_coded_event_carries_a_confidence_and_the_threshold_drops_the_rest():
    from tidings.code.mentions import events_from_doc
    from tidings.code.pipeline import coding_context, get_pipeline

    nlp = get_pipeline()
    context = coding_context(nlp)
    doc = nlp(TEXT)
    document = {"id": "doc-confidence", "text": TEXT, "published": "2025-09-09", "outlet": None}
    events = events_from_doc(doc, document, context=context)
    assert len(events) >= 2
    for event in events:
        assert 0.0 <= event["confidence"] <= 1.0
        assert event["mentions"][0]["confidence"] == event["confidence"]
        assert "certainty" in event  # kept beside it: how sure the text is
    scores = sorted(e["confidence"] for e in events)
    for threshold in (0.0, scores[0], scores[len(scores) // 2], scores[-1], 1.0):
        kept = events_from_doc(doc, document, context=context, min_confidence=threshold)
        assert {e["id"] for e in kept} == {e["id"] for e in events if e["confidence"] >= threshold}


@pytest.mark.model
@pytest.mark.shared
def test_eval_events_reports_thresholds_and_calibration_and_honours_the_setting(eval_dir):
    from tidings.evaluate.events import THRESHOLDS, evaluate_events

    every = evaluate_events(eval_dir, limit=3)
    f = every.figures
    for split in ("dev", "cal", "test"):
        for t in THRESHOLDS:
            assert 0.0 <= f[f"{split}_root_precision_at_{t}"] <= 1.0
            assert f[f"{split}_root_recall_at_{t}"] <= f[f"{split}_root_recall"]
        assert [f[f"{split}_kept_at_{t}"] for t in THRESHOLDS] == sorted((f[f"{split}_kept_at_{t}"] for t in THRESHOLDS), reverse=True)
        binned = sum(v for k, v in every.counts.items() if k.startswith(f"{split}_calibration_") and k.endswith("_n"))
        assert binned == every.counts[f"{split}_pred_events"]
    kept = evaluate_events(eval_dir, limit=3, options=Options(min_confidence=0.7))
    for split in ("dev", "cal", "test"):
        assert kept.figures[f"{split}_root_precision"] == f[f"{split}_root_precision_at_0.7"]
        assert kept.figures[f"{split}_root_recall"] == f[f"{split}_root_recall_at_0.7"]


@pytest.mark.parametrize(("values", "expected"), [((0.92, 0.84), 0.92), ((None, 0.6), 0.6), ((None, None), None)])
def test_a_fused_event_takes_the_highest_confidence_of_its_mentions(values, expected):
    from test_fuse_factory import mention

    from tidings.fuse import fuse

    recs = []
    for i, value in enumerate(values):
        rec = mention(document=f"doc{i}", outlet=f"Outlet {i}")
        if value is not None:
            rec["confidence"] = rec["mentions"][0]["confidence"] = value
        recs.append(rec)
    (event,) = fuse(recs).events
    assert event.get("confidence") == expected


def test_code_documents_leaves_out_events_below_the_min_confidence_setting():
    from tidings import Options
    from tidings.code import code_documents

    doc = {"id": "mc", "text": "Police in Lyon arrested two men on Friday. Rebels shelled the airport in Gao on Sunday.",
           "published": "2024-05-13", "outlet": None, "language": "en"}
    everything = code_documents([doc], options=Options())["mc"]
    assert everything and all(0.0 <= e["confidence"] <= 1.0 for e in everything)
    cut = sorted(e["confidence"] for e in everything)[-1]
    kept = code_documents([doc], options=Options(min_confidence=cut))["mc"]
    assert kept and all(e["confidence"] >= cut for e in kept) and len(kept) <= len(everything)
    assert code_documents([doc], options=Options(min_confidence=min(1.0, cut + 1e-6)))["mc"] == []
