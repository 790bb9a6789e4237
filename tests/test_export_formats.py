"""Each export format is read back with a standard reader and compared to what was written."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources

import jsonschema
import pytest

from tidings.export import EVENT_COLUMNS, GDELT_COLUMNS, export_documents, export_events, export_mentions

SCHEMA = json.loads(resources.files("tidings").joinpath("schema/event.schema.json").read_text())


def make_event(i: int, *, cameo: str = "042", status: str = "confirmed", location: bool = True, forecast: bool = False) -> dict:
    mention = {
        "id": f"m-{i}",
        "document": f"d{i:04d}",
        "outlet": "Example Wire",
        "published": "2020-05-0%d" % (1 + i % 9),
        "sentence": f'Leader {i} visited the capital, "officials" said; commas, tabs\tand newlines\nsurvive.',
        "start": 10 * i,
        "end": 10 * i + 40,
        "cited_source": {"name": "officials", "kind": "official", "anonymous": True},
        "modality": {"labels": ["reported"], "probability": None},
        "status": status,
        "spans": {"trigger": [10 * i + 7, 10 * i + 14]},
    }
    event = {
        "id": f"e-{i}",
        "type": {"cameo": cameo, "cameo_label": "Make a visit", "plover": "CONSULT", "plover_mode": "visit",
                 "quad_class": 1, "goldstein": 1.9},
        "source": {"name": f"Leader {i}", "code": "PRKGOV", "country": "PRK", "sector": "GOV", "kind": "person"},
        "target": {"name": "China", "code": "CHNGOV", "country": "CHN", "sector": "GOV", "kind": "country"} if i % 2 == 0 else None,
        "date": {"start": "2020-05-01", "end": "2020-05-03", "precision": "range", "text": "early May"},
        "location": {"name": "Beijing", "country": "CHN", "lat": 39.9075, "lon": 116.39723, "geonameid": 1816670,
                     "text": "Beijing"} if location else None,
        "status": status,
        "negated": False,
        "certainty": 0.9,
        "mentions": [mention],
        "documents": 1,
        "independent_sources": 1,
        "status_history": [{"status": status, "as_of": "2020-05-01", "by": "Example Wire"}],
    }
    if forecast:
        event["forecast"] = {"probability": 0.7, "deadline": "2020-06-01", "forecaster": "Analyst",
                             "resolution": "open", "resolved_by": None}
    return event


EVENTS = [make_event(0), make_event(1, cameo="0211", location=False), make_event(2, cameo="190", status="forecast", forecast=True)]


def test_jsonl_export_validates_against_the_event_schema_and_round_trips():
    buf = io.StringIO()
    assert export_events(EVENTS, "jsonl", buf) == 3
    lines = buf.getvalue().splitlines()
    back = [json.loads(line) for line in lines]
    for rec in back:
        jsonschema.validate(rec, SCHEMA)
    assert back == EVENTS


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_delimited_export_keeps_cameo_codes_as_zero_padded_strings(fmt, delimiter):
    buf = io.StringIO()
    export_events(EVENTS, fmt, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue()), delimiter=delimiter))
    assert [r["cameo"] for r in rows] == ["042", "0211", "190"]
    assert [r["cameo_root"] for r in rows] == ["04", "02", "19"]
    assert list(rows[0]) == list(EVENT_COLUMNS)
    assert rows[0]["sentence"] == EVENTS[0]["mentions"][0]["sentence"]  # quoting survives tabs and newlines
    assert rows[1]["target_code"] == "" and rows[0]["target_code"] == "CHNGOV"
    assert float(rows[0]["goldstein"]) == pytest.approx(1.9)


def test_csv_export_reads_back_with_pandas_when_codes_are_read_as_strings():
    pd = pytest.importorskip("pandas")
    buf = io.StringIO()
    export_events(EVENTS, "csv", buf)
    frame = pd.read_csv(io.StringIO(buf.getvalue()), dtype={"cameo": str, "cameo_root": str})
    assert list(frame["cameo"]) == ["042", "0211", "190"]
    assert frame["documents"].sum() == 3


def test_gdelt_table_has_one_row_per_event_with_gdelt_columns():
    buf = io.StringIO()
    export_events(EVENTS, "gdelt", buf, urls={"d0000": "https://example.org/a"})
    rows = list(csv.DictReader(io.StringIO(buf.getvalue()), delimiter="\t"))
    assert list(rows[0]) == list(GDELT_COLUMNS)
    assert rows[0]["SQLDATE"] == "20200501"
    assert rows[0]["EventBaseCode"] == "042" and rows[1]["EventBaseCode"] == "021"
    assert rows[0]["Actor1Code"] == "PRKGOV" and rows[0]["SOURCEURL"] == "https://example.org/a"
    assert rows[2]["Status"] == "forecast"


def test_plover_records_use_the_interchange_field_names():
    buf = io.StringIO()
    export_events(EVENTS, "plover", buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert {"id", "date", "enddate", "source", "recipient", "event", "mode", "quad_code", "event_loc"} <= set(recs[0])
    assert recs[0]["event"] == ["CONSULT"] and recs[0]["source"][0]["code"] == "PRK"
    assert recs[0]["event_loc"]["geonameid"] == 1816670
    assert recs[1]["recipient"] == [] and recs[1]["event_loc"] is None


def test_parquet_events_round_trip_through_pyarrow(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert export_events(EVENTS, "parquet", path) == 3
    table = pq.read_table(path).to_pylist()
    assert [r["cameo"] for r in table] == ["042", "0211", "190"]
    assert table[0]["location_lat"] == pytest.approx(39.9075)
    assert table[1]["location_lat"] is None
    assert table[2]["forecast_probability"] == pytest.approx(0.7)


def test_parquet_mentions_and_documents_round_trip(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    export_mentions(EVENTS, "parquet", tmp_path / "m.parquet")
    mentions = pq.read_table(tmp_path / "m.parquet").to_pylist()
    assert [m["mention"] for m in mentions] == ["m-0", "m-1", "m-2"]
    assert mentions[0]["cited_anonymous"] is True
    docs = [{"id": "d1", "title": "T", "outlet": "O", "original_outlet": None, "author": None, "published": "2020-01-01",
             "published_inferred": False, "language": "en", "words": 3, "url": None, "duplicate_of": None, "text": "a b c"}]
    export_documents(docs, "parquet", tmp_path / "d.parquet")
    assert pq.read_table(tmp_path / "d.parquet").to_pylist() == docs


def test_unknown_format_is_a_config_error():
    from tidings import ConfigError

    with pytest.raises(ConfigError):
        export_events(EVENTS, "xlsx", io.StringIO())
