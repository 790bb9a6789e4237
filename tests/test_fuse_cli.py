"""The events, event, stories and forecasts commands read fused events from the store."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from test_fuse_factory import mention, store_of

from tidings.cli import cli
from tidings.fuse import update_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):

    path = tmp_path_factory.mktemp("fuse-cli") / "cli.db"
    ms = [
        mention(id="a", document="bb", outlet="Bloomberg", cited="anonymous", status="unconfirmed", published="2018-03-26"),
        mention(id="c", document="rt", outlet="Reuters", cited="Xinhua", status="confirmed", published="2018-03-28"),
        mention("Kim Jong Un", "Xi Jinping", cameo="040", trigger="meet", id="d", document="xh", outlet="Xinhua", published="2018-03-28"),
        mention("Donald Trump", "Kim Jong Un", cameo="036", trigger="meet", id="f", document="bb", status="forecast",
                date="2018-03-26", end="2018-07-01", place=None, probability=0.6, published="2018-03-26", outlet="Bloomberg"),
        mention("Donald Trump", "Kim Jong Un", cameo="040", trigger="meet", id="s", document="ap", date="2018-06-12",
                place="Singapore", published="2018-06-12", outlet="AP"),
    ]
    return store_of(path, ms)


def run(db, *args):
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    "args, expected_cameos",
    [
        ([], {"042", "040", "036"}),
        (["--type", "04"], {"042", "040"}),
        (["--status", "forecast"], {"036"}),
        (["--from", "2018-06-01"], {"040", "036"}),
        (["--actor", "USA"], {"040", "036"}),
    ],
)
def test_events_filters(db, args, expected_cameos):
    out = run(db, "events", "--format", "jsonl", *args)
    events = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert {e["type"]["cameo"] for e in events} == expected_cameos


def test_events_csv_has_a_row_per_event(db):
    rows = list(csv.DictReader(io.StringIO(run(db, "events", "--format", "csv"))))
    assert len(rows) == 4
    visit = next(r for r in rows if r["cameo"] == "042")
    assert visit["status"] == "confirmed" and visit["independent_sources"] == "2"


def test_event_shows_history_sources_and_merge_reasons(db):
    out = run(db, "events", "--format", "jsonl", "--type", "042")
    eid = json.loads(out.splitlines()[0])["id"]
    text = run(db, "event", eid)
    assert "unconfirmed" in text and "confirmed" in text
    assert "Reuters, citing Xinhua" in text
    assert "merged because:" in text and "sub-events:" in text


def test_stories_and_forecasts_commands(db):
    assert "Kim Jong Un visits Beijing" in run(db, "stories")
    out = json.loads(run(db, "forecasts", "--format", "json", "--min-count", "1"))
    (fc,) = out["forecasts"]
    assert fc["resolution"] == "came_true"
    assert out["scores"]["outlets"]["Bloomberg"]["brier"] == pytest.approx(0.16)


def test_unknown_event_is_a_one_line_error(db):
    from tidings.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "event", "e-nope"])
    assert exc.value.code == 1


def test_event_detach_takes_a_mention_out_in_the_store(tmp_path):
    from tidings.store import open_store

    path = tmp_path / "detach.db"
    ms = [mention(id="a", document="d1"), mention(id="b", document="d2", outlet="Reuters")]
    with open_store(path) as store:
        for m in ms:
            doc = m["mentions"][0]["document"]
            store.add_document({"id": doc, "text": f"text {doc}", "outlet": m["mentions"][0]["outlet"]})
            store.replace_mentions(doc, [m])
        update_store(store)
        (eid,) = [e["id"] for e in store.iter_events()]
    run(str(path), "event", eid, "--detach", "b")
    with open_store(path) as store:
        groups = sorted(sorted(m["id"] for m in e["mentions"]) for e in store.iter_events())
        assert groups == [["a"], ["b"]]
        assert store.count_mentions(unfused_only=True) == 0
        assert update_store(store)["mentions"] == 0


def test_fuse_command_fuses_what_is_left(tmp_path):
    from tidings.store import open_store

    path = tmp_path / "fuse.db"
    with open_store(path) as store:
        for m in (mention(id="a", document="d1"), mention(id="b", document="d2", outlet="Reuters")):
            doc = m["mentions"][0]["document"]
            store.add_document({"id": doc, "text": f"text {doc}", "outlet": m["mentions"][0]["outlet"]})
            store.replace_mentions(doc, [m])
    assert "2 mention(s) fused" in run(str(path), "fuse")
    assert "0 mention(s) fused" in run(str(path), "fuse")
    with open_store(path) as store:
        assert store.count_events() == 1
