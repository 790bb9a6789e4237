"""The PETRARCH coding figures: root, code and PLOVER recall, root precision, actor countries."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.evaluate.coding import Record, score


def event(cameo: str, plover: str, source: str = "", target: str = "") -> dict[str, Any]:
    return {"type": {"cameo": cameo, "plover": plover}, "source": {"code": source}, "target": {"code": target}}


@pytest.mark.parametrize(
    ("gold", "predicted", "root", "code", "plover"),
    [
        ("043", event("043", "CONSULT"), 1.0, 1.0, 1.0),  # same code
        ("042", event("043", "CONSULT"), 1.0, 0.0, 1.0),  # same root, other code
        ("064", event("050", "COOPERATE"), 0.0, 0.0, 1.0),  # other root, one PLOVER type
        ("190", event("043", "CONSULT"), 0.0, 0.0, 0.0),  # nothing in common
    ],
)
def test_recall_counts_root_code_and_plover_matches(gold: str, predicted: dict[str, Any], root: float, code: float, plover: float) -> None:
    figures = score([Record("s1", "", None, "text", [("USA", "CHN", gold)])], [[predicted]])["figures"]
    assert (figures["root_recall"], figures["code_recall"], figures["plover_recall"]) == (root, code, plover)


def test_plover_recall_leaves_out_codes_without_a_plover_counterpart() -> None:
    records = [Record("s1", "", None, "text", [("USA", "CHN", "043"), ("USA", "CHN", "999")])]
    result = score(records, [[event("043", "CONSULT")]])
    assert result["counts"]["plover_codings"] == 1
    assert result["figures"]["plover_recall"] == 1.0
    assert result["figures"]["root_recall"] == 0.5


def test_no_event_sentences_count_every_prediction_as_wrong() -> None:
    records = [Record("s1", "", None, "text", [], noevents=True), Record("s2", "", None, "text", [("USA", "CHN", "043")])]
    figures = score(records, [[event("190", "ASSAULT")], [event("043", "CONSULT", "USAGOV", "CHNGOV")]])["figures"]
    assert figures["root_precision"] == 0.5
    assert figures["source_accuracy"] == figures["target_accuracy"] == 1.0


@pytest.mark.parametrize(
    ("gold", "predicted", "kinds"),
    [
        ("043", "043", []),  # found: no error
        ("042", "043", ["code"]),  # root right, full code wrong
        ("190", "043", ["root"]),  # root missed
    ],
)
def test_errors_tell_a_missed_root_from_a_wrong_full_code(gold: str, predicted: str, kinds: list[str]) -> None:
    result = score([Record("s1", "", None, "text", [("USA", "CHN", gold)])], [[event(predicted, "CONSULT")]])
    assert [e["kind"] for e in result["errors"]] == kinds
    assert all(e["gold"][2] == gold for e in result["errors"])
