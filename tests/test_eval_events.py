"""`tidings eval events`: scoring coded events against the real-news gold set (no model load)."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tidings.evaluate.events import _figures, error_rows, factuality_class, score_article

SENTENCES = [(0, 40), (40, 80), (80, 120)]


def gold_event(cameo: str, trigger: tuple[int, int], *, alt: Optional[list[str]] = None, src: Optional[str] = None,
               tgt: Optional[str] = None, fact: str = "happened") -> dict[str, Any]:
    return {"trigger": list(trigger), "cameo": cameo, "alt_roots": alt or [], "factuality": fact,
            "source": {"span": None, "country": src, "sector": None} if src else None,
            "target": {"span": None, "country": tgt, "sector": None} if tgt else None}


def coded(cameo: str, start: int, *, src: Optional[str] = None, tgt: Optional[str] = None, status: str = "reported",
          negated: bool = False) -> dict[str, Any]:
    return {"type": {"cameo": cameo, "start": start, "end": start + 5, "trigger": "x"},
            "source": {"country": src} if src else None, "target": {"country": tgt} if tgt else None,
            "status": status, "negated": negated}


def sentence(n: int, *events: dict[str, Any]) -> dict[str, Any]:
    return {"sentence": n, "label": "event" if events else "no_event", "events": list(events)}


def test_a_right_event_in_the_right_sentence_counts_at_every_level() -> None:
    gold = [sentence(1, gold_event("173", (10, 18), src="FRA", tgt="FRA")), sentence(2), sentence(3)]
    out = score_article(gold, [coded("1731", 10, src="FRA", tgt="FRA")], SENTENCES)
    f = _figures(out["counts"])
    assert f["sentence_precision"] == f["sentence_recall"] == 1.0
    assert f["root_f1"] == f["full_f1"] == 1.0 and f["factuality_accuracy"] == 1.0


def test_an_event_coded_in_a_no_event_sentence_is_spurious() -> None:
    gold = [sentence(1), sentence(2, gold_event("042", (50, 56)))]
    out = score_article(gold, [coded("042", 5), coded("042", 50)], SENTENCES)
    f = _figures(out["counts"])
    assert f["root_precision"] == 0.5 and f["root_recall"] == 1.0 and f["sentence_precision"] == 0.5
    assert [n for _, n in out["spurious"]] == [1]


@pytest.mark.parametrize(("code", "alt", "matched"), [("190", [], True), ("180", ["18"], True), ("180", [], False)])
def test_roots_match_the_gold_root_or_its_alternatives(code: str, alt: list[str], matched: bool) -> None:
    gold = [sentence(1, gold_event("193", (3, 9), alt=alt))]
    out = score_article(gold, [coded(code, 3)], SENTENCES)
    assert out["counts"].get("root_matches", 0) == matched


def test_matching_is_one_to_one_and_prefers_overlapping_triggers() -> None:
    gold = [sentence(1, gold_event("190", (2, 8), src="SYR"), gold_event("190", (20, 26), src="TUR"))]
    preds = [coded("190", 20, src="TUR")]
    out = score_article(gold, preds, SENTENCES)
    assert out["counts"]["root_matches"] == 1 and out["counts"]["full_matches"] == 1  # paired with the TUR attack
    assert [g["source"]["country"] for g, _ in out["misses"]] == ["SYR"]


@pytest.mark.parametrize(("codes", "pred_events", "matches"), [
    (("057", "057", "057"), 1, 1),  # three actor pairs of one trigger and root: one mention
    (("057", "111"), 2, 1),  # one trigger, two roots: two mentions
])
def test_the_actor_pairs_of_one_trigger_and_root_count_as_one_mention(codes: tuple[str, ...], pred_events: int, matches: int) -> None:
    gold = [sentence(1, gold_event("057", (10, 16), src="HUN", tgt="NAT"))]
    preds = [coded(code, 10, src=src, tgt="NAT") for code, src in zip(codes, ("POL", "HUN", "CZE"))]
    out = score_article(gold, preds, SENTENCES)
    assert out["counts"]["pred_events"] == pred_events and out["counts"]["root_matches"] == matches
    (match,) = out["matches"]
    assert match[1]["source"]["country"] == ("HUN" if len(codes) == 3 else "POL")  # scored with the pair that agrees most


def test_countries_decide_the_full_level_and_the_country_accuracies() -> None:
    gold = [sentence(1, gold_event("111", (2, 8), src="USA", tgt="CHN"))]
    out = score_article(gold, [coded("111", 2, src="USA", tgt="RUS")], SENTENCES)
    f = _figures(out["counts"])
    assert f["root_f1"] == 1.0 and f["full_f1"] == 0.0
    assert f["source_country_accuracy"] == 1.0 and f["target_country_accuracy"] == 0.0


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({"status": "confirmed"}, "happened"),
        ({"status": "reported"}, "happened"),
        ({"status": "unconfirmed"}, "reported_unconfirmed"),
        ({"status": "disputed"}, "reported_unconfirmed"),
        ({"status": "forecast"}, "future"),
        ({"status": "hypothetical"}, "hypothetical"),
        ({"status": "denied"}, "negated"),
        ({"status": "reported", "negated": True}, "negated"),
        ({"status": "reported", "modality": {"labels": ["question"]}}, "question"),
        # a coded event keeps its modality on its mention
        ({"status": "unconfirmed", "mentions": [{"modality": {"labels": ["question"]}}]}, "question"),
        # a future denied ("the council will not lift the sanctions") is negated (guidelines, section 4)
        ({"status": "forecast", "mentions": [{"modality": {"labels": ["negated", "future"]}}]}, "negated"),
        ({"status": "forecast", "mentions": [{"modality": {"labels": ["future"]}}]}, "future"),
    ],
)
def test_coded_status_reads_as_gold_factuality(event: dict[str, Any], expected: str) -> None:
    assert factuality_class(event) == expected


def test_events_outside_every_sentence_are_ignored_and_empty_counts_give_zeros() -> None:
    out = score_article([sentence(1)], [coded("010", 500)], SENTENCES)
    assert out["counts"].get("pred_events", 0) == 0
    assert set(_figures({}).values()) == {0.0}


@pytest.mark.parametrize(
    ("coded_date", "gold_date", "own", "right"),
    [
        ({"start": "2016-11-27", "end": "2016-11-27", "precision": "day", "basis": "text"}, "2016-11-27", 1, 1),
        ({"start": "2016-11-01", "end": "2016-11-30", "precision": "month", "basis": "text"}, "2016-11-27", 1, 1),  # coarser agrees
        ({"start": "2016-11-26", "end": "2016-11-26", "precision": "day", "basis": "text"}, "2016-11-27", 1, 0),
        ({"start": "2016-11-27", "end": "2016-11-27", "precision": "reported", "basis": "reported"}, "2016-11-27", 0, 0),  # not its own
        ({"start": "2016-11-27", "end": "2016-11-27", "precision": "day", "basis": "text"}, None, 1, 0),
    ],
)
def test_matched_events_dates_are_scored_against_the_golds_own_date(coded_date, gold_date, own, right) -> None:
    g = gold_event("173", (10, 18))
    g["date"] = gold_date
    p = coded("173", 10)
    p["date"] = coded_date
    c = score_article([sentence(1, g)], [p], SENTENCES)["counts"]
    assert c.get("own_date", 0) == own and c.get("own_date_right", 0) == right and c.get("gold_date", 0) == int(bool(gold_date))


@pytest.mark.parametrize(
    ("gold_fact", "status", "negated", "kinds"),
    [
        ("happened", "reported", False, []),
        ("future", "reported", False, ["factuality"]),
        ("negated", "reported", True, []),
        ("happened", "unconfirmed", False, ["factuality"]),
    ],
)
def test_error_rows_name_a_matched_event_read_with_another_factuality(gold_fact: str, status: str, negated: bool, kinds: list[str]) -> None:
    text = "x" * 120
    gold = [sentence(1, gold_event("042", (3, 9), fact=gold_fact)), sentence(2), sentence(3)]
    out = score_article(gold, [coded("042", 3, status=status, negated=negated)], SENTENCES)
    rows = error_rows(out, text, SENTENCES, split="dev", article="a1")
    assert [r["kind"] for r in rows] == kinds
    for r in rows:
        assert (r["gold"], r["coded"], r["sentence"], r["split"], r["article"]) == (gold_fact, factuality_class(out["matches"][0][1]), 1, "dev", "a1")


def test_error_rows_list_misses_country_mismatches_and_spurious_events_with_their_sentences() -> None:
    text = "".join(chr(97 + i % 26) for i in range(120))
    gold = [sentence(1, gold_event("190", (2, 8), src="SYR"), gold_event("173", (20, 26))), sentence(2), sentence(3)]
    out = score_article(gold, [coded("190", 2, src="TUR"), coded("042", 85)], SENTENCES)
    rows = error_rows(out, text, SENTENCES, split="cal", article="a2")
    by_kind = {r["kind"]: r for r in rows}
    assert set(by_kind) == {"missed", "source_country", "spurious"}
    assert by_kind["missed"]["gold"] == "173" and by_kind["missed"]["trigger"] == text[20:26]
    assert (by_kind["source_country"]["gold"], by_kind["source_country"]["coded"]) == ("SYR", "TUR")
    assert by_kind["spurious"]["sentence"] == 3 and by_kind["spurious"]["text"] == text[80:120]


@pytest.mark.parametrize(("coded_date", "gold_date", "kinds"), [
    ({"start": "2016-11-27", "precision": "day", "basis": "text"}, "2016-11-27", []),
    ({"start": "2016-11-27", "precision": "day", "basis": "text"}, "2016-11", []),
    (None, "2016-11-27", ["date"]),
    ({"start": "2016-11-20", "precision": "day", "basis": "text"}, "2016-11-27", ["date"]),
    (None, None, []),
])
def test_error_rows_name_a_matched_event_without_its_own_gold_date(coded_date, gold_date, kinds) -> None:
    g = gold_event("042", (3, 9))
    g["date"] = gold_date
    p = coded("042", 3)
    p["date"] = coded_date
    out = score_article([sentence(1, g), sentence(2), sentence(3)], [p], SENTENCES)
    rows = error_rows(out, "x" * 120, SENTENCES, split="dev", article="a3")
    assert [r["kind"] for r in rows] == kinds


@pytest.mark.parametrize("code", ["IGO", "UNO", "igo"])
def test_an_international_body_coded_in_the_country_slot_matches_a_gold_actor_without_country(code: str) -> None:
    gold = [sentence(1, gold_event("057", (3, 9), src="FRA")), sentence(2), sentence(3)]
    gold[0]["events"][0]["target"] = {"span": None, "country": None, "sector": "IGO"}
    out = score_article(gold, [coded("057", 3, src="FRA", tgt=code)], SENTENCES)
    assert out["counts"]["full_matches"] == 1
