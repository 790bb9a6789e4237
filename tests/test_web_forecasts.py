"""The forecasts page and its JSON: deadline basis, resolution evidence, scores per forecaster with a minimum, calibration."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from webdata import DOCS, EVENT, FORECAST  # noqa: E402

from tidings._options import Options  # noqa: E402
from tidings.store import open_store  # noqa: E402
from tidings.web import create_app  # noqa: E402

JSON = {"accept": "application/json"}


def _forecast(fid: str, **fc) -> dict:
    base = dict(FORECAST["forecast"], resolution="open", resolved_by=None, evidence=None)
    base.update(fc)
    return dict(FORECAST, id=fid, forecast=base)


FORECASTS = [
    _forecast("e-stated", probability=0.6, deadline="2021-04-30", deadline_basis="stated", deadline_text="before May",
              resolution="came_true", resolved_by="e-visit",
              evidence={"event": "e-visit", "event_date": "2021-04-02", "sources": ["State Agency"], "documents": ["d-two"], "mentions": ["m2"]}),
    _forecast("e-implied", probability=0.85, deadline="2021-04-30", deadline_basis="implied", deadline_from="e-stated",
              resolution="did_not_happen", evidence={"deadline": "2021-04-30", "as_of": "2021-06-01", "covered_by": ["d-two"], "reports_after_deadline": 1}),
    _forecast("e-none", probability=0.3, deadline=None, deadline_basis="none"),
    _forecast("e-question", probability=None, deadline="2021-06-30", deadline_basis="stated", question=True),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("forecasts") / "web.db")
    with open_store(path) as store:
        for d in DOCS:
            store.add_document(dict(d))
        store.save_events([dict(EVENT)] + [dict(f) for f in FORECASTS])
    return path


@pytest.fixture(scope="module", params=[None, 1, 2, 3], ids=lambda n: f"min{n}")
def client(request, db):
    options = Options() if request.param is None else Options(brier_min_forecasts=request.param)
    return TestClient(create_app(db, options=options))


def _row(html: str, fid: str) -> str:
    return html.split(f'data-forecast="{fid}"')[1].split("</tr>")[0]


def test_scores_follow_the_minimum_of_the_settings(client):
    least = client.app.state.store.options.brier_min_forecasts
    scores = client.get("/api/forecasts").json()["scores"]
    entry = scores["forecasters"]["Wire One (A. Analyst)"]
    assert scores["min_count"] == least and entry["n"] == 2  # the open one and the question are not scored
    if least <= 2:
        assert entry["brier"] == pytest.approx(((0.6 - 1) ** 2 + 0.85 ** 2) / 2)
    else:
        assert entry["brier"] is None
    assert client.get("/api/sources/Wire%20One%20(A.%20Analyst)").json()["brier"] == entry["brier"]
    html = client.get("/forecasts").text
    table = html.split('class="scores scores-forecasters"')[1].split("</table>")[0]
    assert ("%.3f" % entry["brier"] if entry["brier"] is not None else "<td class=\"num\">-</td>") in table


def test_calibration_rows_count_resolved_forecasts_by_band(client):
    least = client.app.state.store.options.brier_min_forecasts
    rows = {r["band"]: r for r in client.get("/api/forecasts").json()["scores"]["calibration"]}
    assert rows["likely"]["n"] == 1 and rows["very likely"]["n"] == 1 and rows["unlikely"]["n"] == 0
    assert rows["likely"]["observed"] == (1.0 if least <= 1 else None)
    html = client.get("/forecasts").text
    assert "<caption>Calibration by ICD 203 band</caption>" in html and html.count('class="calibration"') == 1


@pytest.mark.parametrize("fid, basis", [("e-stated", "stated"), ("e-implied", "implied"), ("e-none", "none: open until you set a horizon")])
def test_each_forecast_shows_its_deadline_basis(client, fid, basis):
    row = _row(client.get("/forecasts").text, fid)
    assert re.search(r'class="basis[^"]*">' + re.escape(basis), row)
    if fid == "e-implied":
        assert 'href="/events/e-stated"' in row  # where the implied deadline comes from


def test_resolution_evidence_names_and_links_the_event(client):
    html = client.get("/forecasts").text
    came = _row(html, "e-stated").split('class="evidence"')[1]
    assert 'href="/events/e-visit"' in came and "2021-04-02" in came and "State Agency" in came
    missed = _row(html, "e-implied").split('class="evidence"')[1]
    assert "2021-04-30" in missed and "1 later document cover" in missed and "/events/" not in missed
    assert 'class="none"' in _row(html, "e-none").split('class="evidence"')[1]


def test_the_page_answers_json_with_the_rows_it_shows(client):
    html = client.get("/forecasts?per=2&sort=deadline").text
    data = client.get("/forecasts?per=2&sort=deadline", headers=JSON).json()
    assert data["total"] == 4 and len(data["forecasts"]) == 2
    assert [f["event"] for f in data["forecasts"]] == re.findall(r'data-forecast="([^"]+)"', html)
    api = {f["event"]: f for f in client.get("/api/forecasts").json()["forecasts"]}
    for f in data["forecasts"]:
        assert f == api[f["event"]]
    assert data["scores"] == client.get("/api/forecasts").json()["scores"]
    assert api["e-none"]["deadline_basis_text"] == "none: open until you set a horizon" and api["e-question"]["question"] is True
