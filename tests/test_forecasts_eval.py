"""The forecast-question set and its scorer (no model)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tidings._errors import EvalDataError
from tidings.evaluate.forecasts import DATA, read_items, score


@pytest.fixture(scope="module")
def items():
    return read_items(DATA)


def test_the_set_has_questions_forecasts_and_negatives_split_by_item(items):
    assert len(items) >= 150
    negatives = [i for i in items if not i["gold"]["forecast"]]
    assert 25 <= len(negatives) <= 40
    assert sum(1 for i in items if i["gold"]["question"]) >= 20
    assert [i["split"] for i in items] == ["test" if k % 3 == 2 else "dev" for k in range(len(items))]
    assert len({i["id"] for i in items}) == len(items)


def test_gold_deadlines_are_dates_after_the_report_with_a_basis(items):
    for i in items:
        gold = i["gold"]
        if not gold["forecast"]:
            assert gold["deadline"] is None and gold["basis"] is None
            continue
        assert gold["basis"] in {"stated", "implied", "none"}
        assert (gold["deadline"] is None) == (gold["basis"] == "none"), i["id"]
        if gold["deadline"]:
            assert date.fromisoformat(gold["deadline"]) >= date.fromisoformat(i["published"]), i["id"]
        assert len(gold["cameo_root"]) == 2


def _record(cameo, source, target, deadline, basis="stated", question=False):
    return {"type": {"cameo": cameo}, "source": {"country": source, "code": source}, "target": {"country": target, "code": target},
            "forecast": {"deadline": deadline, "deadline_basis": basis, "question": question}}


def test_score_counts_detection_proposition_and_deadline():
    gold_fc = {"forecast": True, "question": False, "cameo_root": "04", "source": "USA", "target": "PRK", "deadline": "2018-06-30", "basis": "stated"}
    gold_no = {"forecast": False, "question": False, "cameo_root": None, "source": None, "target": None, "deadline": None, "basis": None}
    items = [{"id": "a", "text": "x", "gold": gold_fc}, {"id": "b", "text": "y", "gold": gold_fc},
             {"id": "c", "text": "z", "gold": gold_no}, {"id": "d", "text": "w", "gold": gold_fc}]
    predictions = [[_record("040", "PRK", "USA", "2018-06-30")],  # actors as a set: right
                   [_record("190", "USA", "PRK", "2018-06-29")],  # wrong root and day
                   [_record("040", "USA", "PRK", None)],  # a false alarm
                   []]  # a miss
    figures, counts, errors = score(items, predictions)
    assert counts == {"items": 4, "true_positives": 2, "false_positives": 1, "false_negatives": 1, "true_negatives": 0}
    assert figures["precision"] == pytest.approx(2 / 3) and figures["recall"] == pytest.approx(2 / 3)
    assert figures["proposition_accuracy"] == 0.5 and figures["deadline_accuracy"] == 0.5
    assert {e["id"] for e in errors} == {"b", "c", "d"}


@pytest.mark.parametrize("line", ["not json", json.dumps({"text": "Will X?", "published": "2020-01-01", "gold": {"forecast": True}})])
def test_a_bad_line_is_a_clear_error_naming_it(tmp_path, line):
    path = tmp_path / "q.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match="line 1"):
        read_items(path)
