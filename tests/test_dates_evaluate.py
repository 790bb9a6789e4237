"""The `dates` evaluation task: TimeML reading and TempEval-style scoring (hand-made data)."""

from __future__ import annotations

import pytest

from tidings import EvalDataError
from tidings.evaluate.dates import evaluate_dates, load_tml, score

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-03-27" functionInDocument="CREATION_TIME">March 27, 2018</TIMEX3></DCT>
<TEXT>
Kim &amp; Xi <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2018-03-26">yesterday</TIMEX3> in Beijing.
Talks lasted <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>, and he left <TIMEX3 tid="t3" type="DATE" value="2018-03-27">on Tuesday</TIMEX3>.
</TEXT>
</TimeML>
"""


def _doc(tmp_path, text=TML, name="X1.tml"):
    folder = tmp_path / "TBAQ-cleaned" / "TimeBank"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_tml_strips_tags_and_keeps_gold_offsets(tmp_path):
    doc = load_tml(_doc(tmp_path))
    assert doc["anchor"] == "2018-03-27"
    assert "Kim & Xi met yesterday" in doc["text"]
    assert [(g["text"], g["type"], g["value"]) for g in doc["gold"]] == [
        ("yesterday", "DATE", "2018-03-26"), ("two days", "DURATION", "P2D"), ("on Tuesday", "DATE", "2018-03-27")]
    for g in doc["gold"]:
        assert doc["text"][g["start"]:g["end"]] == g["text"]


def _t(start, end, value, type_="DATE", text="x"):
    return {"start": start, "end": end, "value": value, "type": type_, "text": text}


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        # exact span, right value
        ([_t(0, 5, "2018")], [_t(0, 5, "2018")], {"strict_f1": 1.0, "relaxed_f1": 1.0, "value_f1": 1.0}),
        # overlapping span only: relaxed but not strict
        ([_t(0, 10, "2018")], [_t(3, 10, "2018")], {"strict_f1": 0.0, "relaxed_f1": 1.0, "value_accuracy": 1.0}),
        # right span, wrong value and type
        ([_t(0, 5, "2018")], [_t(0, 5, "P1Y", "DURATION")], {"strict_f1": 1.0, "value_f1": 0.0, "type_accuracy": 0.0}),
        # one miss, one spurious
        ([_t(0, 5, "2018")], [_t(10, 15, "2018")], {"relaxed_precision": 0.0, "relaxed_recall": 0.0}),
        # half found
        ([_t(0, 5, "2018"), _t(10, 15, "2019")], [_t(0, 5, "2018")],
         {"relaxed_precision": 1.0, "relaxed_recall": 0.5, "value_f1": 2 / 3}),
    ],
)
def test_score(gold, pred, expected):
    figures, counts, errors = score([("d", gold, pred)])
    for name, value in expected.items():
        assert figures[name] == pytest.approx(value), name
    assert counts["gold"] == len(gold) and counts["predicted"] == len(pred)


def test_one_prediction_matches_at_most_one_gold_expression():
    gold = [_t(0, 5, "2018"), _t(6, 10, "2019")]
    figures, counts, _ = score([("d", gold, [_t(0, 10, "2018")])])
    assert counts["relaxed"] == 1
    assert figures["relaxed_recall"] == 0.5


def test_task_runs_end_to_end_on_a_folder(tmp_path):
    _doc(tmp_path)
    result = evaluate_dates(tmp_path)
    assert result.counts["documents"] == 1 and result.counts["gold"] == 3
    assert result.figures["relaxed_recall"] == 1.0


def test_missing_or_malformed_data_raises_eval_data_error(tmp_path):
    with pytest.raises(EvalDataError):
        evaluate_dates(tmp_path)
    bad = _doc(tmp_path, text="<TimeML><TEXT>no creation time</TEXT></TimeML>")
    with pytest.raises(EvalDataError):
        load_tml(bad)
