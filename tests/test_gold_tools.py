"""The real-news gold set: article list and loader, snippet compilation, completeness and agreement (no model)."""

from __future__ import annotations

import pytest

from tidings.evaluate import default_data_root
from tidings.evaluate.gold import (
    FACTUALITY,
    agreement,
    article_texts,
    cohen_kappa,
    compile_records,
    load_articles,
    load_sentences,
    missing_sentences,
    sha1,
    validate_stored,
)

TEXT = "Police arrested two men on Monday. Police said the men had fled. Four floor plans are offered."
SENTS = {"doc": [(0, 34), (35, 64), (65, 95)]}
TEXTS = {"doc": TEXT}


def _event(**over: object) -> dict[str, object]:
    ev: dict[str, object] = {"trigger": "arrested", "cameo": "173", "alt_roots": [], "source": {"text": "Police", "country": "USA", "sector": "COP"},
                             "target": {"text": "two men", "country": None, "sector": None}, "factuality": "happened", "date": "2026-11-30"}
    ev.update(over)
    return ev


def _rec(sentence: int = 1, label: str = "event", events: list[dict[str, object]] | None = None, reason: str | None = None) -> dict[str, object]:
    return {"article": "doc", "sentence": sentence, "label": label, "reason": reason, "events": [_event()] if events is None else events}


def test_compile_turns_snippets_into_offsets_that_round_trip() -> None:
    stored, errors = compile_records([_rec()], TEXTS, SENTS)
    assert errors == []
    ev = stored[0]["events"][0]
    assert TEXT[ev["trigger"][0]:ev["trigger"][1]] == "arrested"
    assert TEXT[ev["source"]["span"][0]:ev["source"]["span"][1]] == "Police"
    assert TEXT[ev["target"]["span"][0]:ev["target"]["span"][1]] == "two men"
    assert ev["plover"] and "text" not in ev["source"]
    assert validate_stored(stored, SENTS) == []


@pytest.mark.parametrize("event, fragment", [
    (_event(trigger="fled"), "trigger 'fled'"),  # in the text, but in another sentence
    (_event(trigger="arrest"), "trigger 'arrest'"),  # only part of a word
    (_event(source={"text": "Army", "country": "USA", "sector": "MIL"}), "source text 'Army'"),
    (_event(cameo="999"), "unknown CAMEO code"),
    (_event(factuality="likely"), "factuality"),
    (_event(date="30 Nov"), "date"),
    (_event(source={"text": "Police", "country": "us", "sector": "COP"}), "source.country"),
    (_event(source={"text": "Police", "country": "USA", "sector": "XYZ"}), "source.sector"),
])
def test_compile_rejects_a_bad_item_with_one_line_naming_article_and_sentence(event: dict[str, object], fragment: str) -> None:
    stored, errors = compile_records([_rec(events=[event]), _rec(sentence=3, label="no_event", events=[], reason="listing")], TEXTS, SENTS)
    assert errors and all(e.startswith("doc sentence 1") and "\n" not in e for e in errors)
    assert any(fragment in e for e in errors)
    assert [r["sentence"] for r in stored] == [3]  # the good line is still compiled


def test_trigger_occurrence_picks_the_nth_match_in_the_sentence() -> None:
    text = "He said he said it."
    stored, errors = compile_records([{"article": "d", "sentence": 1, "label": "event",
                                       "events": [_event(trigger="said", trigger_occurrence=2, cameo="010", source=None, target=None)]}],
                                     {"d": text}, {"d": [(0, len(text))]})
    assert errors == [] and stored[0]["events"][0]["trigger"] == [11, 15]


@pytest.mark.parametrize("record, fragment", [
    (_rec(label="no_event", events=[]), "reason"),
    (_rec(label="event", events=[]), "at least one event"),
    (_rec(sentence=9), "no such sentence"),
])
def test_compile_rejects_inconsistent_sentence_labels(record: dict[str, object], fragment: str) -> None:
    _, errors = compile_records([record], TEXTS, SENTS)
    assert errors and fragment in errors[0]


def test_missing_sentences_lists_every_gap() -> None:
    from tidings.evaluate.gold import Article

    art = Article("doc", "tbaq", "x", "crime", "dev", "part1", "")
    assert missing_sentences([_rec(sentence=2)], [art], SENTS) == {"doc": [1, 3]}
    assert missing_sentences([_rec(sentence=n) for n in (1, 2, 3)], [art], SENTS) == {}


def test_agreement_counts_roots_and_factuality_on_overlapping_triggers() -> None:
    a, _ = compile_records([_rec(), _rec(sentence=3, label="no_event", events=[], reason="listing")], TEXTS, SENTS)
    b, _ = compile_records([_rec(events=[_event(cameo="111", alt_roots=["17"], factuality="reported_unconfirmed")]),
                            _rec(sentence=3, label="event", events=[_event(trigger="offered", cameo="030", source=None, target=None)])],
                           TEXTS, SENTS)
    figures, counts = agreement(a, b)
    assert counts["matched_triggers"] == 1 and counts["sentences"] == 2
    assert figures["root_agreement"] == 0.0 and figures["root_agreement_alt"] == 1.0
    assert figures["factuality_agreement"] == 0.0 and figures["sentence_agreement"] == 0.5


@pytest.mark.parametrize("pairs, expected", [
    ([("a", "a"), ("b", "b")], 1.0),
    ([("a", "b"), ("b", "a")], -1.0),
    ([("a", "a"), ("a", "b"), ("b", "b"), ("b", "a")], 0.0),
    ([], None),
])
def test_cohen_kappa(pairs: list[tuple[str, str]], expected: float | None) -> None:
    assert cohen_kappa(pairs) == expected


def test_selection_is_balanced_and_every_article_has_sentences() -> None:
    arts = load_articles()
    sents = load_sentences()
    assert len(arts) >= 64 and len({a.id for a in arts}) == len(arts)
    assert {a.domain for a in arts} == {"politics", "conflict", "crime", "business", "soft"}
    assert sum(a.domain in ("soft", "business") for a in arts) >= 10
    for domain in {a.domain for a in arts}:
        splits = [a.split for a in arts if a.domain == domain]
        assert abs(splits.count("dev") - splits.count("test")) <= 1
    assert all(sents.get(a.id) for a in arts)
    assert set(FACTUALITY) >= {"happened", "negated"}


def test_calibration_split_has_its_own_parts_and_every_domain() -> None:
    arts = load_articles()
    cal = [a for a in arts if a.split == "cal"]
    assert len(cal) >= 30
    assert {a.part for a in cal} == {"part3", "part4", "part5", "part6", "part7", "part8", "part11", "part12"}
    assert {a.part for a in arts if a.split in ("dev", "test")} == {"part1", "part2"}
    for batch in (("part3", "part4"), ("part5", "part6"), ("part7", "part8"), ("part11", "part12")):
        assert {a.domain for a in cal if a.part in batch} == {a.domain for a in arts}
    assert {a.domain for a in cal} == {a.domain for a in arts}


def test_held_out_split_has_its_own_parts_every_domain_and_no_article_of_another_split() -> None:
    arts = load_articles()
    hold = [a for a in arts if a.split == "hold"]
    assert len(hold) >= 100
    assert {a.part for a in hold} == {"part9", "part10", "part13", "part14", "part15", "part16"}
    for batch in (("part9", "part10"), ("part13", "part14"), ("part15", "part16")):
        assert {a.domain for a in hold if a.part in batch} == {a.domain for a in arts}
    assert len({a.id for a in arts}) == len(arts)
    assert not {a.part for a in arts if a.split != "hold"} & {"part9", "part10", "part13", "part14", "part15", "part16"}


def test_loader_reads_every_article_with_its_recorded_sha1() -> None:
    root = default_data_root()
    if not (root / "tempeval3-train").is_dir():
        pytest.skip("../shared/eval not present")
    arts = load_articles()
    texts = article_texts(arts, root)
    sents = load_sentences()
    for art in arts:
        assert sha1(texts[art.id]) == art.sha1
        spans = sents[art.id]
        assert all(0 <= s < e <= len(texts[art.id]) and texts[art.id][s:e].strip() == texts[art.id][s:e] for s, e in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def _settle_module():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "gold" / "settle.py"
    spec = importlib.util.spec_from_file_location("gold_settle", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ev(trigger, cameo, fact="happened", src=None):
    return {"trigger": trigger, "cameo": cameo, "factuality": fact, "source": {"text": "x", "country": src} if src else None, "target": None}


@pytest.mark.parametrize(
    ("b_events", "b_label", "agreed"),
    [
        ([_ev("Attacked", "1901", src="SYR")], "event", True),  # same root, trigger case and fine code do not matter
        ([_ev("attacked", "18", src="SYR")], "event", False),  # another root
        ([_ev("attacked", "190", fact="negated", src="SYR")], "event", False),  # another factuality
        ([_ev("attacked", "190", src="TUR")], "event", False),  # another source country
        ([], "no_event", False),
    ],
)
def test_settling_keeps_agreements_and_lays_disagreements_side_by_side(b_events, b_label, agreed):
    settle = _settle_module().settle
    a = {("art", 1): {"article": "art", "sentence": 1, "text": "t", "label": "event", "events": [_ev("attacked", "190", src="SYR")]}}
    b = {("art", 1): {"article": "art", "sentence": 1, "text": "t", "label": b_label, "events": b_events}}
    out, counts = settle(a, b)
    assert counts["agreed"] == int(agreed) and counts["to_settle"] == int(not agreed)
    if agreed:
        assert out[0]["label"] == "event" and "settle" not in out[0]
    else:
        assert out[0]["label"] == "" and out[0]["settle"]["B"]["label"] == b_label


def _tool(name: str):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "gold" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"gold_{name}", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize(
    ("dltime", "day"),
    [
        ("2009-03-20 12:24:52.002364-05", "2009-03-20"),  # LGL: an ISO date-time
        ("7:58 AM ET, Sat January 3, 2015", "2015-01-03"),  # TR-News: a clock time, then the date
        ("2016-12-19", "2016-12-19"),
        ("", None),  # no fetch date: the article is coded undated
    ],
)
def test_article_dates_read_the_fetch_date_of_geoparsing_articles(tmp_path, dltime, day) -> None:
    from tidings.evaluate.gold import Article, article_dates

    (tmp_path / "c.xml").write_text(f"<articles><article docid='7'><dltime>{dltime}</dltime><text>x</text></article></articles>")
    art = Article("lgl-7", "lgl", "c.xml#7", "crime", "cal", "part3", "")
    assert article_dates([art], tmp_path) == {"lgl-7": day}


def test_article_dates_give_geovirus_none(tmp_path) -> None:
    from tidings.evaluate.gold import Article, article_dates

    (tmp_path / "g.xml").write_text("<articles><article><text>x</text></article></articles>")
    assert article_dates([Article("geovirus-0", "geovirus", "g.xml#0", "soft", "cal", "part3", "")], tmp_path) == {"geovirus-0": None}


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("Police arrested two men on Tuesday.", True),
        ("The mayor resigned last week.", True),
        ("Rebels seized the town three days ago.", True),
        ("The plant closed in 2008.", True),
        ("Police arrested two men.", False),
        ("The weekly market was busy.", False),  # "weekly" is no date of the event
    ],
)
def test_redate_lists_sentences_with_a_time_word(sentence, listed) -> None:
    assert bool(_tool("redate").TIME_WORD.search(sentence)) is listed


def test_redate_settle_counts_agreement_and_marks_disagreements(tmp_path) -> None:
    import json

    redate = _tool("redate")
    rows = [{"article": "a", "sentence": n, "event": 0, "date": d} for n, d in enumerate(["2009-03-20", None, "2009-03"], start=1)]
    (tmp_path / "A.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    rows[2] = {**rows[2], "date": None}
    (tmp_path / "B.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    counts = redate._settle(tmp_path / "A.jsonl", tmp_path / "B.jsonl", tmp_path / "S.jsonl")
    assert counts["same_date"] == 2 and counts["events"] == 3
    settled = [json.loads(line) for line in (tmp_path / "S.jsonl").read_text().splitlines()]
    assert [("settle" in r) for r in settled] == [False, False, True]
    assert settled[2]["settle"]["A"] == "2009-03" and settled[2]["settle"]["B"] is None


def test_redate_rejects_a_malformed_date_naming_the_line(tmp_path) -> None:
    from tidings._errors import TidingsError

    (tmp_path / "A.jsonl").write_text('{"article": "a", "sentence": 1, "event": 0, "date": "20 March"}\n')
    with pytest.raises(TidingsError, match=r"A.jsonl:1: date '20 March'"):
        _tool("redate")._read(tmp_path / "A.jsonl")


def test_redated_gold_keeps_no_text() -> None:
    import json

    from tidings.evaluate.gold import gold_dir

    for name in ("dates_passA.jsonl", "dates_passB.jsonl", "dates_settled.jsonl"):
        for line in (gold_dir() / "passes" / name).read_text().splitlines():
            assert not {"text", "trigger", "note"} & set(json.loads(line)), name
