"""The fusion evaluation task on a tiny hand-made data set in the ECB+ mention format."""

from __future__ import annotations

import json

import pytest

from tidings import EvalDataError
from tidings.evaluate.fusion import run_fusion


def _mention(doc, sent, mid, tokens, text, chain, sentence, left, topic="1"):
    return {
        "doc_id": doc, "sent_id": str(sent), "m_id": str(mid), "tokens_ids": tokens, "tokens_str": text,
        "coref_chain": chain, "full_sentence": sentence, "left_sentence": left, "topic": topic,
        "mention_type": "ACT", "is_pronoun": False,
    }


@pytest.fixture()
def data(tmp_path):
    root = tmp_path / "ariecattan"
    root.mkdir()
    # two arrests of different people (chains A and B) and one fire (chain C), topic 1
    events = [
        _mention("1_1.xml", 0, 1, [1], "arrested", "A", "Police arrested Smith on Monday", "Police"),
        _mention("1_2.xml", 0, 2, [1], "arrested", "A", "Officers arrested Smith downtown", "Officers"),
        _mention("1_3.xml", 0, 3, [1], "fire", "C", "A fire destroyed the mill", "A"),
        _mention("1_4.xml", 0, 4, [1], "blaze", "C", "The blaze destroyed the old mill", "The"),
    ]
    entities = [
        {**_mention("1_1.xml", 0, 10, [2], "Smith", "S", "", ""), "mention_type": "HUM"},
        {**_mention("1_2.xml", 0, 11, [2], "Smith", "S", "", ""), "mention_type": "HUM"},
    ]
    (root / "dev_event_gold_mentions.json").write_text(json.dumps(events))
    (root / "dev_entity_gold_mentions.json").write_text(json.dumps(entities))
    return tmp_path


def test_task_reports_all_figures_for_ours_and_the_lemma_baseline(data):
    result = run_fusion(data, use_model=False)
    for prefix in ("", "lemma_"):
        for name in ("muc_f1", "b3_f1", "ceafe_f1", "conll_f1"):
            assert 0.0 <= result.figures[prefix + name] <= 1.0
    # "arrested" x2 fuse (same lemma, same argument); "fire" and "blaze" fuse as one synonym set of families.toml
    assert result.counts == {"topics": 1, "mentions": 4, "gold_clusters": 2, "clusters": 2, "lemma_clusters": 3}
    assert result.figures["b3_p"] == pytest.approx(1.0)
    assert result.figures["conll_f1"] > result.figures["lemma_conll_f1"]


def test_missing_files_are_an_eval_data_error(tmp_path):
    with pytest.raises(EvalDataError):
        run_fusion(tmp_path, use_model=False)
