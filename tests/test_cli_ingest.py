"""`tidings ingest`: thin command over tidings.ingest (stand-in stages)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from test_ingest_orchestration import Calls, article, install

from tidings import open_store
from tidings.cli import cli


@pytest.fixture(autouse=True)
def _fakes(monkeypatch):
    install(monkeypatch)
    monkeypatch.setenv("TIDINGS_JOBS", "1")  # the stand-in stages live in this process only
    Calls.reset()


@pytest.fixture
def setup(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    for n in range(3):
        (inbox / f"{n}.txt").write_text(article(n))
    return inbox, tmp_path / "t.db"


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_ingest_prints_a_summary_and_stores_documents(setup):
    inbox, db = setup
    result = run("--db", str(db), "ingest", str(inbox))
    assert result.exit_code == 0
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith("read 3, stored 3, unchanged 0, duplicates 0")
    assert "skipped 0" in line and "events 9" in line
    with open_store(db) as s:
        assert s.counts()["events"] == 9


def test_skipped_files_are_listed_one_per_line_on_stderr(setup):
    inbox, db = setup
    (inbox / "empty.txt").write_text("")
    (inbox / "big.txt").write_text(article(9, paragraphs=40))
    result = run("--db", str(db), "ingest", "--max-bytes", "2000", str(inbox))
    assert result.exit_code == 0
    lines = sorted(result.stderr.strip().splitlines())
    assert len(lines) == 2
    assert lines[0].startswith(f"skipped {inbox / 'big.txt'}: E104 ")
    assert lines[1] == f"skipped {inbox / 'empty.txt'}: E101 the file has no text"
    assert "skipped 2 (E101 empty input x1, E104 too large x1)" in result.stdout


def test_running_the_same_command_twice_changes_nothing(setup):
    inbox, db = setup
    run("--db", str(db), "ingest", str(inbox))
    result = run("--db", str(db), "ingest", str(inbox))
    assert "stored 0, unchanged 3" in result.stdout


@pytest.mark.parametrize(
    "flags, mentions, fused",
    [([], 9, 1), (["--no-fuse"], 9, 0), (["--no-code"], 0, 0)],
)
def test_no_code_and_no_fuse_flags(setup, flags, mentions, fused):
    inbox, db = setup
    assert run("--db", str(db), "ingest", *flags, str(inbox)).exit_code == 0
    assert Calls.fused == fused
    with open_store(db) as s:
        assert s.counts()["mentions"] == mentions


def test_outlet_and_published_are_given_to_every_document(setup):
    inbox, db = setup
    run("--db", str(db), "ingest", "--outlet", "Gulf Dispatch", "--published", "2025-09-09", "--no-code", str(inbox))
    with open_store(db) as s:
        assert {(d["outlet"], d["published"]) for d in s.iter_documents()} == {("Gulf Dispatch", "2025-09-09")}


@pytest.mark.parametrize("args", [["--published", "9 Sept"], ["--max-bytes", "0"], ["--jobs", "-1"], ["-j", "two"], []])
def test_bad_arguments_are_usage_errors(setup, args):
    inbox, db = setup
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", *args] + ([str(inbox)] if args else []))
    assert result.exit_code == 2


@pytest.mark.parametrize("flag", ["--jobs", "-j"])
def test_jobs_flag_reaches_the_options(setup, monkeypatch, flag):
    import tidings._ingest as module

    seen = []
    real = module.ingest

    def spy(paths, **kw):
        seen.append(kw["options"].jobs)
        return real(paths, **kw)

    monkeypatch.setattr(module, "ingest", spy)
    inbox, db = setup
    assert run("--db", str(db), "ingest", flag, "1", str(inbox)).exit_code == 0
    assert seen == [1]


def test_quiet_prints_only_skips(setup):
    inbox, db = setup
    (inbox / "empty.txt").write_text("")
    result = run("--db", str(db), "-q", "ingest", str(inbox))
    assert result.stdout == ""
    assert "E101" in result.stderr


def test_a_database_that_cannot_be_opened_is_a_one_line_error(setup, tmp_path, capsys):
    from tidings.cli import main

    inbox, _ = setup
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "missing" / "t.db"), "ingest", str(inbox)])
    assert exit_.value.code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("tidings: error: E201 ")
