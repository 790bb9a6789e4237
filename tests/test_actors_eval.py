"""The actors evaluation task reads call/assert records and scores country, sector and coverage."""

from __future__ import annotations

import json

import pytest

from tidings import EvalDataError
from tidings.evaluate.actors import evaluate_actors, load_cases


def _record(test, args, asserts, inputs=None, kwargs=None, method="agent_to_code", parametrize=None):
    rec = {"file": "t.py", "test": test, "inputs": inputs or {},
           "calls": [{"target": "code", "method": method, "args": args, "kwargs": kwargs or {}}],
           "asserts": [{"lhs": lhs, "op": op, "rhs": rhs} for lhs, op, rhs in asserts]}
    if parametrize:
        rec["parametrize"] = parametrize
    return json.dumps(rec)


@pytest.fixture
def data(tmp_path):
    lines = [
        _record("t1", ["Chinese police"], [("code['country']", "Eq", "CHN"), ("code['code_1']", "Eq", "COP")]),
        _record("t2", ["d['actor']", "d['context']", "d['date']"],
                [("code['country']", "Eq", "d['want']")],
                inputs={"d": {"actor": "Defense Minister", "context": "German", "date": "Today", "want": "DEU"}}),
        _record("t3", ["Kim Jong Il"], [("code['code_1']", "In", ["GOV", "ELI"])], kwargs={"query_date": "1 June 2010"}),
        _record("t4", ["Marcus Beam"], [("code", "Is", None)]),
        _record("t5", ["x"], [("code['code_1']", "Eq", "????")]),
        _record("t6", ["cop"], [("code['code_1']", "Eq", "CRM")], method="short_text_to_agent",
                parametrize={"name": "cop", "values": ["gangsters", "riot police"]}),
        _record("t7", ["Zyx"], [("wiki['title']", "Eq", "Zyx")], method="query_wiki"),
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cases_resolve_references_dates_and_parameters(data):
    cases = {c["id"]: c for c in load_cases(data)}
    assert set(cases) == {"t1", "t2", "t3", "t4", "t6[gangsters]", "t6[riot police]"}  # t5 only has a placeholder
    assert cases["t2"]["text"] == "Defense Minister" and cases["t2"]["context"] == "German" and cases["t2"]["date"] is None
    assert cases["t3"]["date"] == "2010-06-01" and cases["t3"]["sector"] == ["GOV", "ELI"]
    assert cases["t4"]["none"] is True


def test_scores_count_what_each_case_asserts(data):
    result = evaluate_actors(load_cases(data))
    assert result.figures["country_accuracy"] == 1.0  # CHN, DEU
    assert result.figures["sector_accuracy"] == pytest.approx(3 / 4)  # riot police is not CRM
    assert result.figures["none_accuracy"] == 1.0
    assert result.counts["with_sector"] == 4
    assert [e["id"] for e in result.errors] == ["t6[riot police]"]


def test_bad_lines_and_missing_data_are_eval_data_errors(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(EvalDataError) as err:
        load_cases(bad)
    assert "bad.jsonl:1" in str(err.value)
    with pytest.raises(EvalDataError):
        load_cases(tmp_path / "empty_dir_without_files")
