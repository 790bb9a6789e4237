"""Reading the record from a minimum confidence: `tidings events`, `tidings export` and the web app agree with the store."""

from __future__ import annotations

import csv
import json
import re

import pytest
from webdata import build

from tidings.cli import main
from tidings.store import open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The web test store plus copies of its events, with a confidence on every event but one, spread over 0..1."""
    path = build(tmp_path_factory.mktemp("conf") / "conf.db")
    with open_store(path) as store:
        events = list(store.iter_events())
        events += [{**e, "id": f"{e['id']}-copy{k}", "mentions": [], "parent": None} for k in range(4) for e in events[:2]]
        for i, e in enumerate(events[1:], start=1):
            e["confidence"] = round(i / len(events), 3)
        events[0].pop("confidence", None)
        store.save_events(events)
    return path


def _expected(db, threshold: float) -> set[str]:
    with open_store(db) as store:
        return {e["id"] for e in store.iter_events() if e.get("confidence") is None or e["confidence"] >= threshold}


def run(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out = capsys.readouterr()
    return exit_.value.code, out.out, out.err


@pytest.mark.parametrize("threshold", [0.0, 0.3, 0.7, 1.0])
def test_events_command_lists_the_events_from_the_minimum_confidence(db, capsys, threshold):
    code, out, _ = run(["--db", db, "events", "--format", "json", "--min-confidence", str(threshold)], capsys)
    assert code == 0
    assert {e["id"] for e in json.loads(out)} == _expected(db, threshold)


@pytest.mark.parametrize("threshold", [0.3, 0.7])
def test_csv_export_keeps_the_events_from_the_minimum_confidence_with_their_confidence(db, capsys, tmp_path, threshold):
    out = tmp_path / "events.csv"
    code, _, _ = run(["--db", db, "export", "--format", "csv", "-o", str(out), "--min-confidence", str(threshold)], capsys)
    assert code == 0
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["id"] for r in rows} == _expected(db, threshold)
    assert all(r["confidence"] == "" or float(r["confidence"]) >= threshold for r in rows)


@pytest.mark.parametrize("threshold", [0.3, 0.7])
def test_report_counts_only_the_events_from_the_minimum_confidence(db, capsys, tmp_path, threshold):
    out = tmp_path / "report.md"
    code, _, err = run(["--db", db, "report", "-o", str(out), "--min-confidence", str(threshold)], capsys)
    assert code == 0 and f"({len(_expected(db, threshold))} events)" in err


@pytest.mark.parametrize("command", [["events"], ["export"], ["report"]])
@pytest.mark.parametrize("value", ["1.5", "-0.2", "high", "nan"])
def test_a_confidence_that_is_not_a_number_from_zero_to_one_is_a_usage_error(db, capsys, command, value):
    code, _, err = run(["--db", db, *command, "--min-confidence", value], capsys)
    assert code == 2 and "--min-confidence" in err


fastapi = pytest.importorskip("fastapi")


@pytest.fixture(scope="module")
def client(db):
    from fastapi.testclient import TestClient

    from tidings.web import create_app

    return TestClient(create_app(db))


@pytest.mark.parametrize("value, threshold", [("", 0.0), ("0", 0.0), ("0.5", 0.5), (".75", 0.75), ("0.12345", 0.12345), ("1", 1.0)])
def test_api_and_events_page_filter_by_confidence(db, client, value, threshold):
    api = client.get("/api/events", params={"min_confidence": value})
    assert api.status_code == 200
    assert {e["id"] for e in api.json()} == _expected(db, threshold)
    page = client.get("/events", params={"min_confidence": value, "per": 100})
    assert page.status_code == 200
    shown = set(re.findall(r'href="/events/([^"/?#]+)"', page.text))
    assert shown == _expected(db, threshold)


@pytest.mark.parametrize("value", ["1.5", "-1", "x", "nan", "0.5" + "0" * 30])
def test_api_refuses_a_confidence_that_is_not_a_number_from_zero_to_one(client, value):
    assert client.get("/api/events", params={"min_confidence": value}).status_code == 422


def test_event_page_shows_the_coder_confidence(db, client):
    with open_store(db) as store:
        e = next(e for e in store.iter_events() if e.get("confidence") is not None)
    page = client.get(f"/events/{e['id']}")
    assert page.status_code == 200 and f"coder confidence</abbr> {e['confidence']:.2f}" in page.text


@pytest.mark.parametrize("given, threshold", [([], 0.7), (["--min-confidence", "0"], 0.0), (["--min-confidence", "0.3"], 0.3)])
def test_the_read_min_confidence_setting_is_the_default_a_reader_can_override(db, capsys, monkeypatch, given, threshold):
    monkeypatch.setenv("TIDINGS_READ_MIN_CONFIDENCE", "0.7")
    code, out, _ = run(["--db", db, "events", "--format", "json", *given], capsys)
    assert code == 0
    assert {e["id"] for e in json.loads(out)} == _expected(db, threshold)


@pytest.mark.parametrize("value, threshold", [("", 0.7), ("0", 0.0), ("0.3", 0.3)])
def test_the_web_app_keeps_events_from_its_read_setting_unless_the_request_gives_a_confidence(db, value, threshold):
    from fastapi.testclient import TestClient

    from tidings._options import Options
    from tidings.web import create_app

    client = TestClient(create_app(db, options=Options(read_min_confidence=0.7)))
    assert {e["id"] for e in client.get("/api/events", params={"min_confidence": value}).json()} == _expected(db, threshold)
    page = client.get("/events", params={"min_confidence": value, "per": 100})
    assert set(re.findall(r'href="/events/([^"/?#]+)"', page.text)) == _expected(db, threshold)


def test_parquet_event_export_types_the_confidence_as_a_float_column(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from tidings.export import export_events

    events = [{"id": "e1", "type": {"cameo": "190"}, "confidence": 0.8125, "mentions": []}, {"id": "e2", "type": {"cameo": "042"}, "mentions": []}]
    export_events(events, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.schema.field("confidence").type == pa.float64()
    assert table.column("confidence").to_pylist() == [0.8125, None]


@pytest.mark.parametrize("threshold", [0.0, 0.5, 0.9])
def test_map_points_keep_the_located_events_from_the_minimum_confidence(tmp_path, threshold):
    events = [{"id": f"e{i}", "type": {"cameo": "190"}, "date": {"start": "2021-01-0%d" % (i + 1), "end": "2021-01-0%d" % (i + 1)},
               "location": {"name": "Kabul", "country": "AFG", "lat": 34.5, "lon": 69.2}, "mentions": [],
               **({"confidence": c} if c is not None else {})} for i, c in enumerate([0.2, 0.6, 0.95, None])]
    with open_store(tmp_path / "m.db") as store:
        store.save_events(events)
        shown = {p["id"] for p in store.map_points(min_confidence=threshold)["items"]}
    assert shown == {e["id"] for e in events if e.get("confidence") is None or e["confidence"] >= threshold}
