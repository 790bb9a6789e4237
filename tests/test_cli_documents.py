"""`tidings documents` and `tidings documents show ID`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tidings import open_store
from tidings.cli import cli, main

JSONL_KEYS = {"id", "title", "outlet", "original_outlet", "author", "published", "published_inferred", "language", "words", "text", "removed", "duplicate_of"}


def doc(n, **extra):
    text = f"Paragraph one of report {n}.\n\nParagraph two says the tanker {n} was held."
    d = {
        "id": f"d{n:04d}", "title": f"Report {n}", "outlet": "Gulf Dispatch" if n % 2 else "Meridian", "author": "Lena Okafor",
        "published": f"2025-09-{n + 1:02d}", "published_inferred": n == 3, "language": "es" if n == 4 else "en",
        "words": len(text.split()), "text": text, "raw": text,
        "removed": [{"text": "Share on Facebook", "start": 0, "end": 17, "reason": "share"}, {"text": "(Photo: Staff)", "start": 30, "end": 44, "reason": "photo-credit"}],
        "provenance": {"published": "inferred" if n == 3 else "found"},
    }
    d.update(extra)
    return d


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.db"
    with open_store(path) as s:
        for n in range(5):
            s.add_document(doc(n, duplicate_of="d0001" if n == 2 else None))
        s.add_document(doc(5, published=None))
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_jsonl_prints_one_object_per_document_with_the_documented_keys(db):
    result = run("--db", db, "documents", "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 6
    records = [json.loads(line) for line in lines]
    for r in records:
        assert set(r) == JSONL_KEYS
        assert isinstance(r["published_inferred"], bool)
        assert [s["text"] for s in r["removed"]] == ["Share on Facebook", "(Photo: Staff)"]
    by_id = {r["id"]: r for r in records}
    assert by_id["d0002"]["duplicate_of"] == "d0001"
    assert by_id["d0003"]["published_inferred"] is True
    assert by_id["d0005"]["published"] is None
    assert by_id["d0000"]["text"].startswith("Paragraph one")


@pytest.mark.parametrize(
    "args, ids",
    [
        ([], ["d0000", "d0001", "d0002", "d0003", "d0004", "d0005"]),
        (["--language", "es"], ["d0004"]),
        (["--outlet", "gulf dispatch"], ["d0001", "d0003", "d0005"]),
        (["--limit", "2"], ["d0000", "d0001"]),
    ],
)
def test_filters(db, args, ids):
    result = run("--db", db, "documents", "--format", "jsonl", *args)
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ids


def test_table_lists_one_row_per_document(db):
    result = run("--db", db, "documents")
    rows = result.stdout.splitlines()
    assert rows[0].split()[:3] == ["id", "published", "outlet"]
    assert len(rows) == 7
    assert "2025-09-04*" in result.stdout  # inferred date is marked
    assert "[copy of d0001]" in result.stdout
    assert "6 document(s)" in result.stderr


def test_empty_store_says_how_to_add_documents(tmp_path):
    open_store(tmp_path / "e.db").close()
    result = run("--db", str(tmp_path / "e.db"), "documents")
    assert result.stdout == ""
    assert "tidings ingest" in result.stderr


def test_show_prints_metadata_text_and_removed_lines(db):
    result = run("--db", db, "documents", "show", "d0003")
    assert result.exit_code == 0
    out = result.stdout
    assert "title:" in out and "Report 3" in out
    assert "2025-09-04 (inferred from the text)" in out
    assert "Paragraph two says the tanker 3 was held." in out
    assert "removed (2):" in out
    assert "[share] Share on Facebook" in out and "[photo-credit] (Photo: Staff)" in out


def test_show_json_includes_provenance(db):
    result = run("--db", db, "documents", "show", "d0003", "--format", "json")
    data = json.loads(result.stdout)
    assert data["provenance"] == {"published": "inferred"}
    assert JSONL_KEYS <= set(data)


def test_show_unknown_id_is_a_one_line_error(db, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", db, "documents", "show", "nope"])
    assert exit_.value.code == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith("tidings: error: E502")


@pytest.mark.parametrize("query, ids", [("tanker 3", ["d0003"]), ("paragraph", ["d0000", "d0001", "d0002", "d0003", "d0004", "d0005"]), ("submarine", [])])
def test_search_finds_documents_holding_every_word(db, query, ids):
    result = run("--db", db, "documents", "search", query, "--format", "jsonl", "--limit", "10")
    assert sorted(json.loads(line)["id"] for line in result.stdout.splitlines()) == ids


def test_search_table_shows_a_snippet_with_the_words_marked(db):
    result = run("--db", db, "documents", "search", "held")
    assert "[held]" in result.stdout
    assert "6 document(s)" in result.stderr
