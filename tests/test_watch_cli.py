"""`tidings watch` as people run it: one-line faults, a summary, SIGTERM and resume, settings."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from faultserver import FaultServer, Route, article, build_site, fault_sources

from tidings import Options, open_store
from tidings._errors import ConfigError
from tidings.cli import cli
from tidings.watch import Watcher, WatchSettings, load_watch_settings

PAGES = 16


def _tidings(db, *args):
    return [sys.executable, "-c", "from tidings.cli import main; main()", "--db", str(db), "watch", *args]


def _documents(db):
    with open_store(str(db)) as store:
        return sorted((d["id"], d["url"]) for d in store.iter_documents())


def _statuses(db):
    from tidings.watch import WatchState

    with open_store(str(db)) as store:
        return WatchState(store.engine).counts()


@pytest.fixture()
def list_site():
    """A URL list of PAGES pages that each take a moment to answer."""
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", content_type="text/plain")
        for i in range(PAGES):
            server.routes[f"/p{i}.html"] = Route(article(200 + i), delay=0.1)
        server.routes["/list.txt"] = Route("".join(server.url(f"/p{i}.html") + "\n" for i in range(PAGES)).encode(), content_type="text/plain")
        yield server


@pytest.mark.slow
def test_sigterm_stops_after_the_pages_in_hand_and_a_rerun_resumes_to_the_clean_result(list_site, tmp_path):
    server = list_site
    env = {**os.environ, "TIDINGS_BATCH_SIZE": "5"}
    args = ["--once", "--no-code", "--delay", "0", "--concurrency", "1", server.url("/list.txt")]
    stopped, clean = tmp_path / "stopped.db", tmp_path / "clean.db"
    proc = subprocess.Popen(_tidings(stopped, *args), cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while sum(server.count(f"/p{i}.html") for i in range(PAGES)) < 7:
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "SIGTERM: stopping" in err and "(stopped)" in out
    partial = _documents(stopped)
    assert 5 <= len(partial) < PAGES
    # every page fetched so far is stored; the rest wait in the queue
    assert sum(server.count(f"/p{i}.html") for i in range(PAGES)) == len(partial)
    assert _statuses(stopped)["pending"] == PAGES - len(partial)

    resumed = subprocess.run(_tidings(stopped, *args), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    # the clean run in-process: the same library call the command makes, without a third interpreter start
    options = Options().replace(db=str(clean), batch_size=5)
    with open_store(options=options) as store:
        with Watcher([server.url("/list.txt")], store=store, options=options, settings=WatchSettings(delay=0, concurrency=1), code=False) as w:
            assert w.run(once=True).stored == PAGES
    assert _documents(stopped) == _documents(clean)
    assert len(_documents(clean)) == PAGES
    assert _statuses(stopped) == _statuses(clean) == {"pending": 0, "retry": 0, "done": PAGES, "failed": 0}
    # nothing fetched twice: each page went out once to the stopped-and-resumed watch and once to the clean one
    assert all(server.served()[f"/p{i}.html"] == 2 for i in range(PAGES))


@pytest.mark.slow
def test_faults_are_one_line_each_on_stderr_and_the_summary_on_stdout(tmp_path):
    with FaultServer() as server:
        build_site(server)
        runner = CliRunner()
        result = runner.invoke(cli, [
            "--db", str(tmp_path / "t.db"), "watch", "--once", "--no-code", "--delay", "0", "--timeout", "1.0", "--retries", "0",
            "--max-bytes", "1000000", *fault_sources(server),
        ], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    faults = [line for line in result.stderr.splitlines() if line.startswith("fault ")]
    codes = {line.split(": ", 1)[1].split(" ", 1)[0] for line in faults}
    assert {"E702", "E703", "E704", "E705", "E706", "E707", "E708", "E709", "E106"} <= codes
    assert all(line.count("\n") == 0 and server.url("/") in line for line in faults)
    assert "stored 8" in result.stdout and "given up" in result.stdout


def test_watch_settings_come_from_the_config_table_the_environment_and_flags(tmp_path):
    config = tmp_path / "tidings.toml"
    config.write_text('[tidings]\nbatch_size = 8\n\n[watch]\nuser_agent = "newsroom-bot/2.0 (+mailto:desk@example.org)"\ndelay = 3\n', encoding="utf-8")
    settings = load_watch_settings(config, env={"TIDINGS_WATCH_DELAY": "2.5", "TIDINGS_WATCH_RETRIES": "7"}, retries=1)
    assert settings.agent == "newsroom-bot/2.0 (+mailto:desk@example.org)"
    assert (settings.delay, settings.retries) == (2.5, 1)
    assert WatchSettings().agent.startswith("tidings/")


@pytest.mark.parametrize("table, problem", [
    ('[watch]\ndelay = "soon"\n', "must be float"),
    ("[watch]\nspeed = 3\n", "unknown watch setting"),
    ("[watch]\nconcurrency = 0\n", "at least 1"),
])
def test_a_bad_watch_setting_is_one_clear_error(tmp_path, table, problem):
    config = tmp_path / "tidings.toml"
    config.write_text(table, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_watch_settings(config, env={})


def test_the_user_agent_is_sent_and_matched_against_robots_txt(tmp_path):
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"User-agent: newsbot\nDisallow: /\n\nUser-agent: *\nAllow: /\n", content_type="text/plain")
        server.routes["/p.html"] = Route(article(1))
        server.routes["/list.txt"] = Route(server.url("/p.html").encode() + b"\n", content_type="text/plain")
        runner = CliRunner()
        base = ["--db", str(tmp_path / "t.db"), "watch", "--once", "--no-code", "--delay", "0"]
        blocked = runner.invoke(cli, base + ["--user-agent", "newsbot/1.0", server.url("/list.txt")], catch_exceptions=False)
        assert "E708" in blocked.stderr and server.count("/p.html") == 0
        assert all(h.headers.get("user-agent") == "newsbot/1.0" for h in server.recorded())
        allowed = runner.invoke(cli, ["--db", str(tmp_path / "u.db"), *base[2:], server.url("/list.txt")], catch_exceptions=False)
        assert "stored 1" in allowed.stdout
        assert server.recorded()[-1].headers.get("user-agent", "").startswith("tidings/")
