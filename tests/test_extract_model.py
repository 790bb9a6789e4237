"""End-to-end event coding with the real model, on sentences written for these tests and on the seeds.

Checks properties (code family, actor codes, date year, status kind), not exact strings.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tidings.code import code_documents, extract

pytestmark = pytest.mark.model

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "src" / "tidings" / "schema" / "event.schema.json").read_text(encoding="utf-8"))


def codes(events):
    return [e["type"]["cameo"] for e in events]


def actor_code(actor):
    return (actor or {}).get("code") or ""


@pytest.mark.parametrize(
    "text, family, source, target",
    [
        ("Russian President Vladimir Putin visited Ankara on Tuesday.", "04", "RUS", "TUR"),
        ("Police arrested three opposition activists in Caracas.", "17", "", ""),
        ("Israel released 20 Palestinian prisoners on Sunday.", "08", "ISR", ""),
        ("The European Union imposed new sanctions on Iran.", "16", "", "IRN"),
        ("France condemned the attack on its embassy in Libya.", "11", "FRA", ""),
        ("Germany and France signed a defence agreement in Paris.", "05", "", ""),
    ],
)
def test_sentences_get_their_code_family_and_actor_countries(nlp, text, family, source, target):
    events = extract(text, published="2019-05-14", nlp=nlp)
    hits = [e for e in events if e["type"]["cameo"].startswith(family)]
    assert hits, codes(events)
    if source:
        assert any(actor_code(e["source"]).startswith(source) for e in hits)
    if target:
        assert any(actor_code(e["target"]).startswith(target) for e in hits)
    for e in events:
        jsonschema.validate(e, SCHEMA)


def test_passive_voice_puts_the_agent_first(nlp):
    [ev] = [e for e in extract("Two journalists were detained by Turkish police on Monday.", published="2019-05-14", nlp=nlp) if e["type"]["cameo"] == "173"]
    assert actor_code(ev["source"]).startswith("TUR")
    assert ev["date"] is not None and ev["date"]["start"] == "2019-05-13"


def test_negated_event_is_flagged(nlp):
    events = extract("Japan did not send troops to Iraq.", published="2004-01-10", nlp=nlp)
    assert events and all(e["negated"] for e in events if e["type"]["cameo"].startswith("15"))


def test_background_history_keeps_its_own_year(nlp):
    events = extract("Kim Jong Un's uncle Jang Song Thaek was executed in 2013.", published="2018-03-27", nlp=nlp)
    [ev] = [e for e in events if e["type"]["cameo"].startswith("18")]
    assert ev["date"]["start"].startswith("2013")


def test_undated_event_has_no_date(nlp):
    events = extract("Chinese police closed the border crossing.", published="2018-03-27", nlp=nlp)
    assert events and all(e["date"] is None for e in events)


def test_prefilter_finds_the_same_events_on_trigger_sentences(nlp):
    from tidings import Options
    from tidings.code.pipeline import build_pipeline

    text = "The weather was cold. Prices rose again.\n\nXi Jinping met Kim Jong Un in Beijing. Police arrested two men."
    doc = {"id": "d", "text": text, "published": "2018-03-28", "language": "en"}
    plain = code_documents([doc], nlp=nlp)["d"]
    filtered = code_documents([doc], nlp=build_pipeline(Options(prefilter=True)))["d"]
    def key(evs):
        return sorted((e["type"]["cameo"], e["type"]["start"], actor_code(e["source"])) for e in evs)

    assert key(plain) == key(filtered) and plain


def test_non_english_documents_are_skipped(nlp):
    out = code_documents([{"id": "x", "text": "Le président a rencontré le premier ministre.", "language": "fr"}], nlp=nlp)
    assert out == {"x": []}


# ------------------------------------------------------------------ seeds


@pytest.fixture(scope="module")
def seed_events(seeds_dir, nlp):
    out = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        out[path.name] = extract(path.read_text(encoding="utf-8"), published="2018-03-27", nlp=nlp)
    return out


def all_events(seed_events):
    return [e for evs in seed_events.values() for e in evs]


def test_seeds_kims_trip_to_beijing_is_a_consult_event_dated_late_march(seed_events):
    trips = [e for e in all_events(seed_events) if e["type"]["cameo"].startswith("04")
             and "Jong Un" in ((e["source"] or {}).get("text") or "") and "CHN" in actor_code(e["target"])]
    assert trips
    dated = [e for e in trips if e["date"]]
    assert dated and all("2018-03-26" <= e["date"]["start"] <= "2018-03-28" for e in dated), [(e["date"]["start"], e["source"]["text"], e["mentions"][0]["sentence"]) for e in dated]


def test_seeds_xi_kim_meeting_is_attributed_to_xinhua(seed_events):
    meetings = [e for e in all_events(seed_events) if e["type"]["cameo"].startswith("04") and e["mentions"][0]["cited_source"]
                and "Xinhua" in (e["mentions"][0]["cited_source"].get("name") or "")]
    assert meetings
    assert any("Xi" in ((e["source"] or {}).get("text") or "") + ((e["target"] or {}).get("text") or "") for e in meetings)


def test_seeds_anonymous_reports_are_not_confirmed(seed_events):
    anon = [e for e in all_events(seed_events) if (e["mentions"][0]["cited_source"] or {}).get("anonymous")]
    assert all(e["status"] != "confirmed" for e in anon)


def test_seeds_dandong_closure_by_chinese_police(seed_events):
    closures = [e for e in all_events(seed_events) if e["type"]["cameo"][:2] in {"17", "19"} and "Dandong" in e["mentions"][0]["sentence"]]
    assert closures and actor_code(closures[0]["source"]).startswith("CHN")


def test_seeds_planned_talks_and_meetings_are_future_or_hedged(seed_events):
    planned = [e for e in all_events(seed_events) if e["type"]["cameo"].startswith("04") and e["date"] and e["date"]["start"] >= "2018-04-01"]
    assert planned
    assert all(e["status"] in {"forecast", "unconfirmed", "hypothetical"} for e in planned)
    inter_korean = [e for e in planned if {actor_code(e["source"])[:3], actor_code(e["target"])[:3]} == {"PRK", "KOR"}]
    assert inter_korean


def test_seeds_past_killings_keep_their_own_years(seed_events):
    violent = [e for e in all_events(seed_events) if e["type"]["cameo"].startswith("18") and e["date"]]
    years = {e["date"]["start"][:4] for e in violent}
    assert {"2013", "2017"} <= years


def test_seeds_no_event_comes_from_boilerplate(seed_events, seeds_dir):
    for events in seed_events.values():
        for e in events:
            sentence = e["mentions"][0]["sentence"].lower()
            assert "subscribe" not in sentence and "full access" not in sentence and "re-blogged" not in sentence


def test_seeds_headline_question_gives_a_question_mention(seed_events):
    titled = [e for e in seed_events["000_ad5998068eef33c5.txt"] if e["mentions"][0].get("in_title")]
    assert titled and titled[0]["type"]["cameo"].startswith("04")
    assert "question" in titled[0]["mentions"][0]["modality"]["labels"]
    assert titled[0]["status"] != "confirmed"
    s, e = titled[0]["mentions"][0]["spans"]["trigger"]
    assert titled[0]["mentions"][0]["sentence"][s:e] == titled[0]["type"]["trigger"]


def test_extract_command_prints_jsonl_and_table(tmp_path, nlp):
    from click.testing import CliRunner

    from tidings.cli import cli

    f = tmp_path / "a.txt"
    f.write_text("Chinese President Xi Jinping met Kim Jong Un in Beijing on Monday.\n", encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(cli, ["extract", str(f), "--published", "2018-03-28"])
    assert out.exit_code == 0, out.output
    events = [json.loads(line) for line in out.output.splitlines() if line.strip()]
    assert events and events[0]["type"]["cameo"].startswith("04") and events[0]["date"]["start"] == "2018-03-26"
    table = runner.invoke(cli, ["extract", str(f), "--format", "table"])
    assert table.exit_code == 0 and table.output.splitlines()[0].startswith("file\tcameo")


def test_two_processes_give_the_same_events(nlp):
    from tidings import Options

    docs = [{"id": f"d{i}", "text": t, "published": "2019-05-14", "language": "en"} for i, t in enumerate([
        "Russian President Vladimir Putin visited Ankara on Tuesday. Police arrested three activists.",
        "France condemned the attack on its embassy in Libya.",
    ])]
    one = code_documents(docs, nlp=nlp)
    two = code_documents(docs, nlp=nlp, options=Options(n_process=2))
    assert {k: [e["id"] for e in v] for k, v in one.items()} == {k: [e["id"] for e in v] for k, v in two.items()}
    assert sum(len(v) for v in two.values()) >= 3


def test_capitals_stand_for_their_governments(nlp):
    events = extract("Washington urged Beijing to negotiate with Pyongyang.", published="2018-03-27", nlp=nlp)
    pairs = {(e["type"]["cameo"][:2], actor_code(e["source"])[:6], actor_code(e["target"])[:6]) for e in events}
    assert ("02", "USAGOV", "CHNGOV") in pairs
    assert ("04", "CHNGOV", "PRKGOV") in pairs
