"""The packaged demo corpus and `tidings demo`."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from test_ingest_orchestration import Calls, install

from tidings import open_store
from tidings.cli import cli
from tidings.cli.demo import demo_corpus

FILES = sorted(p for p in demo_corpus().iterdir() if p.suffix in {".txt", ".html", ".jsonl"})
DATE = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, 20\d\d|20\d\d-\d\d-\d\d")


def reports():
    """(name, outlet-or-byline text, date text, body) of every report in the corpus."""
    out = []
    for path in FILES:
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for n, line in enumerate(raw.splitlines(), 1):
                r = json.loads(line)
                out.append((f"{path.name}:{n}", r["outlet"] and r["author"], r["published"], r["text"]))
        else:
            body = re.sub(r"<[^>]+>", " ", raw.split("<body>")[-1]) if path.suffix == ".html" else raw
            byline = re.search(r"^\s*By [A-Z][^\n]+$", body, re.M)
            date = DATE.search(body)
            out.append((path.name, byline and byline.group(0), date and date.group(0), body))
    return out


def test_corpus_has_six_to_ten_reports_in_text_html_and_jsonl():
    assert 6 <= len(reports()) <= 10
    assert {p.suffix for p in FILES} == {".txt", ".html", ".jsonl"}
    assert (demo_corpus() / "README.md").is_file()


@pytest.mark.parametrize("name, byline, date, body", reports(), ids=[r[0] for r in reports()])
def test_every_report_is_short_with_outlet_byline_and_date(name, byline, date, body):
    assert byline, f"{name} has no byline/outlet"
    assert date, f"{name} has no date"
    assert 150 <= len(body.split()) <= 350


def test_the_republished_copy_is_a_near_duplicate_of_its_original():
    read = pytest.importorskip("tidings.read")
    if not hasattr(read, "minhash_signature"):
        pytest.skip("read stage not complete")
    docs = {d["source_path"].rsplit("/", 1)[-1]: d for d in read.iter_inputs([str(demo_corpus())])}
    original, copy = docs["03-gulf-dispatch-iran-confirms.html"], docs["06-coastal-times-republished.txt"]
    assert original["id"] != copy["id"]
    index = read.NearDuplicateIndex(threshold=0.8)
    for name, d in docs.items():
        if name != "06-coastal-times-republished.txt":
            index.add(d["id"], read.minhash_signature(d["text"]))
    match = index.match(read.minhash_signature(copy["text"]))
    assert match is not None and match[0] == original["id"]


@pytest.fixture
def fakes(monkeypatch):
    install(monkeypatch)
    Calls.reset()


def test_demo_ingests_the_corpus_and_says_what_to_run_next(tmp_path, fakes):
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(cli, ["demo", "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0
    out = result.stdout
    for command in ("tidings", "events", "serve", "report", "documents"):
        assert command in out
    assert re.search(r"The store now holds \d+ documents, \d+ mentions, \d+ events, \d+ stories and \d+ forecasts", out)
    with open_store(db) as s:
        assert s.count_documents() == 8  # the stand-in reader reads a JSONL file as one document
    again = CliRunner().invoke(cli, ["demo", "--db", str(db)], catch_exceptions=False)
    assert "stored 0, unchanged 8" in again.stdout


def test_demo_fresh_starts_from_an_empty_database(tmp_path, fakes):
    db = tmp_path / "demo.db"
    with open_store(db) as s:
        s.add_document({"id": "old", "text": "an old document"})
    CliRunner().invoke(cli, ["demo", "--db", str(db), "--fresh"], catch_exceptions=False)
    with open_store(db) as s:
        assert not s.has_document("old")
        assert s.count_documents() == 8


@pytest.mark.model
@pytest.mark.slow
def test_demo_end_to_end_with_the_real_stages(tmp_path):
    """The whole pipeline on the demo corpus: arcs documented in data/demo/README.md."""
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(cli, ["demo", "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with open_store(db) as s:
        docs = {}
        for d in s.iter_documents():
            name = d["source_path"].rsplit("/", 1)[-1]
            docs[name + (f":{d['language']}" if name.endswith(".jsonl") else "")] = d
        assert len(docs) == 9
        assert docs["06-coastal-times-republished.txt"]["duplicate_of"] == docs["03-gulf-dispatch-iran-confirms.html"]["id"]
        assert docs["08-briefs.jsonl:es"]["coded"] is False
        assert all(d["coded"] for name, d in docs.items() if not d["duplicate_of"] and d["language"] == "en")
        counts = s.counts()
        assert counts["mentions"] > 0 and counts["events"] > 0
        assert s.count_mentions(unfused_only=True) == 0
        seizures = list(s.iter_events(cameo="17", date_from="2025-09-01"))
        assert seizures, "the 2025 seizure was not found"
