"""The factuality evaluation: CoNLL reading, score mapping, and a run on a tiny file."""

from __future__ import annotations

import pytest

from tidings._errors import EvalDataError
from tidings.evaluate.factuality import evaluate_factuality, modality_score, read_conll

CONLL = (
    "0\tOfficials\t_\tNNS\t1\tnsubj\tofficial\n"
    "1\tsaid\t3.0\tVBD\t1\tROOT\tsay\n"
    "2\tthe\t_\tDT\t3\tdet\tthe\n"
    "3\trebels\t_\tNNS\t5\tnsubj\trebel\n"
    "4\tmay\t_\tMD\t5\taux\tmay\n"
    "5\tattack\t1.4\tVB\t1\tccomp\tattack\n"
    "6\t.\t_\t.\t1\tpunct\t.\n"
    "\n"
    "0\tTroops\t_\tNNS\t3\tnsubj\ttroop\n"
    "1\tdid\t_\tVBD\t3\taux\tdo\n"
    "2\tnot\t_\tRB\t3\tneg\tnot\n"
    "3\tleave\t-2.6\tVB\t3\tROOT\tleave\n"
    "4\t.\t_\t.\t3\tpunct\t.\n"
)


def test_read_conll_gives_words_and_gold_by_token(tmp_path):
    path = tmp_path / "dev.conll"
    path.write_text(CONLL, encoding="utf-8")
    sents = list(read_conll(path))
    assert [len(w) for w, _ in sents] == [7, 5]
    assert sents[0][1] == {1: 3.0, 5: 1.4} and sents[1][1] == {3: -2.6}


def test_a_malformed_value_is_an_eval_data_error(tmp_path):
    path = tmp_path / "dev.conll"
    path.write_text("0\tword\tmaybe\tNN\t0\tROOT\tword\n", encoding="utf-8")
    with pytest.raises(EvalDataError):
        list(read_conll(path))


@pytest.mark.parametrize(
    "labels, p, score",
    [
        ([], None, 3.0),
        (["reported"], None, 2.8),
        (["negated"], 0.03, -2.037),
        (["hedged"], 0.5, 1.5),
        (["hedged"], 0.7, 2.1),
        (["negated", "hedged"], 0.3, -1.47),
        (["question"], None, 1.5),
    ],
)
def test_modality_maps_onto_the_uw_scale(labels, p, score):
    assert modality_score({"labels": labels, "cues": [], "probability": p}) == pytest.approx(score)


def test_scores_keep_the_order_of_certainty():
    ladder = [
        {"labels": ["negated"], "probability": 0.03},
        {"labels": ["hedged"], "probability": 0.4},
        {"labels": ["hedged"], "probability": 0.7},
        {"labels": [], "probability": None},
    ]
    scores = [modality_score(m) for m in ladder]
    assert scores == sorted(scores)


@pytest.mark.model
def test_evaluation_on_a_tiny_file_reads_hedge_and_negation(tmp_path, nlp):
    path = tmp_path / "dev.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = evaluate_factuality(path)
    assert result.counts["predicates"] == 3 and result.counts["sentences"] == 2
    assert result.figures["sign_accuracy"] == 1.0
    assert result.figures["mae"] < 1.0
    assert evaluate_factuality(path, limit=1).counts["predicates"] == 2


def test_missing_data_is_an_eval_data_error(tmp_path):
    with pytest.raises(EvalDataError):
        evaluate_factuality(tmp_path)
