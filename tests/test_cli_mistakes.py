"""Every mistake a user can type gets one clear line and a non-zero exit, never silence.

Usage errors (a bad date, status, format or port) exit with 2 before any work;
errors about the store (no database at --db, an unknown id) exit with 1.
"""

from __future__ import annotations

import csv
import json
import os

import pytest
from webdata import build

from tidings.cli import main


@pytest.fixture
def db(tmp_path):
    return build(tmp_path / "web.db")


def run(argv, capsys):
    """Run the command line as a user does; return (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out = capsys.readouterr()
    return exit_.value.code, out.out, out.err


BAD_DATES = ["2018-13-45", "26/03/2018", "2018-02-30", "March 2018", "yesterday", "2018-3-26x", ""]


@pytest.mark.parametrize("value", BAD_DATES)
@pytest.mark.parametrize("command", [["events"], ["export"], ["report"]])
@pytest.mark.parametrize("option", ["--from", "--to"])
def test_a_date_that_is_not_an_iso_date_is_a_usage_error(db, capsys, command, option, value):
    code, out, err = run(["--db", db, *command, option, value], capsys)
    assert code == 2
    assert out == ""
    assert "is not a date" in err and "YYYY-MM-DD" in err


@pytest.mark.parametrize("date_from, date_to, ids", [
    ("2021-04-02", None, {"e-visit", "e-fc"}),
    (None, "2021-03", {"e-visit"}),
    ("2021-05", None, {"e-fc"}),
    ("2021-04-03", "2021-04-09", set()),
    ("2021", "2021", {"e-visit", "e-fc"}),
])
def test_partial_dates_name_their_first_and_last_day(db, capsys, date_from, date_to, ids):
    argv = ["--db", db, "events", "--format", "json"]
    argv += ["--from", date_from] if date_from else []
    argv += ["--to", date_to] if date_to else []
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert {e["id"] for e in json.loads(out)} == ids


def test_a_window_that_ends_before_it_starts_is_a_usage_error(db, capsys):
    code, out, err = run(["--db", db, "events", "--from", "2021-05-01", "--to", "2021-04-01"], capsys)
    assert code == 2 and out == ""
    assert "--from 2021-05-01 is after --to 2021-04-01" in err


@pytest.mark.parametrize("command", [["export"], ["events"]])
def test_a_mistyped_status_is_a_usage_error_naming_the_choices(db, capsys, command):
    code, out, err = run(["--db", db, *command, "--status", "confirmd"], capsys)
    assert code == 2 and out == ""
    assert "confirmd" in err and "confirmed" in err


@pytest.mark.parametrize("command", [
    ["events"], ["event", "e-visit"], ["stories"], ["forecasts"], ["documents"], ["documents", "show", "d-one"],
    ["documents", "search", "visit"], ["export"], ["report"], ["serve"],
])
def test_a_database_that_does_not_exist_is_an_error_and_is_not_created(tmp_path, capsys, command):
    missing = tmp_path / "tpyo.db"
    code, out, err = run(["--db", str(missing), *command], capsys)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "no database here" in err and str(missing) in err
    assert not os.path.exists(missing)


@pytest.mark.parametrize("argv, fragment", [
    (["event", "e-nope"], "e-nope"),
    (["documents", "show", "d-nope"], "d-nope"),
    (["stories", "--id", "s-nope"], "s-nope"),
])
def test_an_unknown_id_is_a_one_line_error_naming_it(db, capsys, argv, fragment):
    code, out, err = run(["--db", db, *argv], capsys)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and fragment in err


@pytest.mark.parametrize("port", ["99999", "0", "-1", "http"])
def test_serve_refuses_a_port_out_of_range(db, capsys, port):
    code, out, err = run(["--db", db, "serve", "--port", port], capsys)
    assert code == 2 and out == ""
    assert "--port" in err and "Traceback" not in err


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.org"])
def test_serve_beyond_this_machine_needs_allow_remote(db, capsys, host):
    code, _, err = run(["--db", db, "serve", "--host", host], capsys)
    assert code == 2
    assert "--allow-remote" in err


@pytest.mark.parametrize("argv", [
    ["events", "--format", "xml"], ["export", "--format", "xlsx"], ["stories", "--format", "csv"], ["report", "--format", "pdf"],
])
def test_an_unknown_format_is_a_usage_error(db, capsys, argv):
    code, out, err = run(["--db", db, *argv], capsys)
    assert code == 2 and out == ""
    assert "--format" in err


@pytest.mark.parametrize("argv", [
    ["events", "--db", "{db}"],
    ["event", "e-visit", "--db", "{db}"],
    ["documents", "--db", "{db}"],
    ["documents", "show", "d-one", "--db", "{db}"],
    ["stories", "--db", "{db}", "--format", "json"],
    ["forecasts", "--format", "json", "--db", "{db}"],
    ["export", "--db", "{db}"],
])
def test_global_options_work_after_the_command_name(db, capsys, argv):
    code, out, err = run([a.format(db=db) for a in argv], capsys)
    assert code == 0, err
    assert out.strip()


def test_an_option_after_the_command_wins_over_the_one_before(db, tmp_path, capsys):
    code, out, _ = run(["--db", str(tmp_path / "other.db"), "events", "--format", "json", "--db", db], capsys)
    assert code == 0
    assert {e["id"] for e in json.loads(out)} == {"e-visit", "e-fc"}


def test_quiet_after_the_command_silences_the_summary(db, capsys):
    code, _, err = run(["events", "--db", db, "-q"], capsys)
    assert code == 0 and err == ""


@pytest.mark.parametrize("argv, key", [
    (["events", "--format", "json"], "id"),
    (["stories", "--format", "json"], "id"),
    (["documents", "--format", "json"], "id"),
    (["documents", "search", "Alpha", "--format", "json"], "id"),
    (["forecasts", "--format", "json"], "forecasts"),
    (["settings", "--format", "json"], "db"),
])
def test_every_listing_command_speaks_json(db, capsys, argv, key):
    code, out, _ = run(["--db", db, *argv], capsys)
    assert code == 0
    data = json.loads(out)
    first = data[0] if isinstance(data, list) else data
    assert key in first


FORMULAS = ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


@pytest.mark.parametrize("text", FORMULAS)
def test_csv_export_neutralises_cells_that_start_like_a_formula(tmp_path, capsys, text):
    from tidings.store import open_store

    path = build(tmp_path / "f.db")
    with open_store(path) as store:
        event = store.get_event("e-visit")
        event["source"]["name"] = text
        store.save_events([event])
    out = tmp_path / "events.csv"

    def sources(*extra):
        code, _, _ = run(["--db", path, "export", "--format", "csv", "-o", str(out), *extra], capsys)
        assert code == 0
        with open(out, newline="", encoding="utf-8") as fh:
            return {row["source_name"] for row in csv.DictReader(fh)}

    as_written = text.replace("\r", "\n")  # a carriage return inside a cell is written as a line break
    assert "'" + as_written in sources()
    assert as_written in sources("--raw-cells")


@pytest.mark.parametrize("value, expected", [("-3.5", "-3.5"), ("+7", "+7"), ("-", "'-"), ("=1", "'=1"), ("plain", "plain"), (-2.0, -2.0), (None, None)])
def test_safe_cell_leaves_numbers_and_plain_text_alone(value, expected):
    from tidings.export import safe_cell

    assert safe_cell(value) == expected


def test_ingest_of_paths_that_do_not_exist_is_a_usage_error_and_creates_nothing(tmp_path, capsys):
    db = tmp_path / "new.db"
    code, out, err = run(["--db", str(db), "ingest", str(tmp_path / "nope"), str(tmp_path / "nada.txt"), "--no-code"], capsys)
    assert code == 2
    assert "no such file or folder" in err and "nope" in err and "nada.txt" in err
    assert not db.exists()


def test_ingest_goes_on_past_a_missing_path_and_exits_with_1(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Rebels attacked a northern town on Monday, officials said.\n", encoding="utf-8")
    db = tmp_path / "new.db"
    code, _, err = run(["--db", str(db), "ingest", str(article), str(tmp_path / "typo.txt"), "--no-code", "-q"], capsys)
    assert code == 1
    assert "E107" in err and "typo.txt" in err
    from tidings.store import open_store

    with open_store(db) as store:
        assert store.count_documents() == 1


@pytest.mark.parametrize("command", ["ingest", "batch"])
@pytest.mark.parametrize("value", ["26/03/2018", "2018-03", "2018-13-01"])
def test_published_must_name_one_day(tmp_path, capsys, command, value):
    article = tmp_path / "a.txt"
    article.write_text("Text.\n", encoding="utf-8")
    extra = ["--out", str(tmp_path / "parts")] if command == "batch" else []
    code, _, err = run(["--db", str(tmp_path / "x.db"), command, str(article), "--published", value, *extra], capsys)
    assert code == 2 and "is not a day" in err


def test_ingest_refuses_jobs_with_a_cluster(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Text.\n", encoding="utf-8")
    code, _, err = run(["--db", str(tmp_path / "x.db"), "ingest", str(article), "--cluster", "local", "--jobs", "2"], capsys)
    assert code == 2 and "--cluster" in err
