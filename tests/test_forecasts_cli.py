"""`tidings forecasts`: evidence, minimum counts, a user-set horizon and calibration."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_fuse_factory import mention, store_of

from tidings.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory):

    path = tmp_path_factory.mktemp("forecasts-cli") / "cli.db"
    ms = [
        # dated: due by 1 July, the summit of 12 June resolves it
        mention("Donald Trump", "Kim Jong Un", cameo="036", trigger="meet", id="f", document="bb", status="forecast",
                date="2018-03-26", end="2018-07-01", place=None, probability=0.6, published="2018-03-26", outlet="Bloomberg"),
        # no deadline: open unless a horizon is set
        mention("Moon Jae-in", "Kim Jong Un", cameo="036", trigger="meet", id="g", document="rt", status="forecast",
                date=None, place=None, probability=0.8, published="2018-03-27", outlet="Reuters", sentence="Moon will meet Kim."),
        mention("Donald Trump", "Kim Jong Un", cameo="040", trigger="meet", id="s", document="ap", date="2018-06-12",
                place="Singapore", published="2018-06-12", outlet="AP"),
        mention("Moon Jae-in", "Kim Jong Un", cameo="040", trigger="meet", id="m", document="yo", date="2018-04-27",
                place="Panmunjom", published="2018-04-27", outlet="Yonhap"),
    ]
    return store_of(path, ms)


def run(db, *args):
    result = CliRunner().invoke(cli, ["--db", db, "forecasts", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _by_outlet(out):
    data = json.loads(out)
    return {f["outlet"]: f for f in data["forecasts"]}, data["scores"]


def test_resolutions_name_their_evidence_and_no_score_comes_from_too_few(db):
    fcs, scores = _by_outlet(run(db, "--format", "json"))
    assert fcs["Bloomberg"]["resolution"] == "came_true" and fcs["Bloomberg"]["evidence"]["sources"] == ["ap"]
    assert fcs["Reuters"]["resolution"] == "open" and fcs["Reuters"]["deadline"] is None
    assert scores["outlets"]["Bloomberg"]["n"] == 1 and scores["outlets"]["Bloomberg"]["brier"] is None  # below 5
    _, scores = _by_outlet(run(db, "--format", "json", "--min-count", "1"))
    assert scores["outlets"]["Bloomberg"]["brier"] == pytest.approx(0.16)


@pytest.mark.parametrize("horizon, resolution", [("60", "came_true"), ("20", "did_not_happen")])
def test_a_horizon_scores_forecasts_without_a_deadline_without_changing_the_store(db, horizon, resolution):
    fcs, _ = _by_outlet(run(db, "--format", "json", "--horizon", horizon))
    assert fcs["Reuters"]["resolution"] == resolution and fcs["Reuters"]["deadline"] is None
    assert fcs["Reuters"]["horizon_deadline"]
    again, _ = _by_outlet(run(db, "--format", "json"))
    assert again["Reuters"]["resolution"] == "open"


def test_the_table_shows_evidence_scores_and_calibration(db):
    out = run(db, "--min-count", "1")
    assert "reported by ap" in out and "Brier scores" in out and "Calibration" in out
