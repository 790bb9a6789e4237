"""The report's forecasts section: forecaster, probability and ICD 203 band, deadline basis, evidence, Brier scores above a minimum."""

from __future__ import annotations

import pytest
from test_report_render import ev

from tidings.report import build_report, forecast_rows, render


def fc(i, who, p, resolution, **kw):
    f = {"probability": p, "deadline": "2021-05-01", "deadline_basis": "stated", "forecaster": who, "resolution": resolution, "resolved_by": None}
    f.update(kw)
    return ev(i, "forecast", src=f"Src{i}", forecast=f)


CAME = fc(1, "Analyst", 0.7, "came_true", resolved_by="e0",
          evidence={"event": "e0", "event_date": "2021-04-20", "sources": ["State Agency"], "documents": ["d0"], "mentions": ["m0"]})
MISSED = fc(2, "Analyst", 0.9, "did_not_happen", evidence={"deadline": "2021-05-01", "as_of": "2021-06-01", "covered_by": ["d7", "d8"]})
OPEN = fc(3, "Pundit", 0.3, "open", deadline=None, deadline_basis="none")
IMPLIED = fc(4, "Pundit", None, "open", deadline_basis="implied", deadline_from="e1", question=True)
REAL = ev(0, "confirmed")


@pytest.mark.parametrize("forecast, basis, evidence", [
    (CAME, "stated", "event e0 on 2021-04-20, reported by State Agency"),
    (MISSED, "stated", "past 2021-05-01; 2 later documents cover its actors"),
    (OPEN, "none: open until a horizon is set", None),
    (IMPLIED, "implied", None),
])
def test_each_forecast_row_gives_basis_and_evidence(forecast, basis, evidence):
    (row,) = forecast_rows([forecast])
    assert row["deadline_basis_text"] == basis and row["evidence"] == evidence
    assert row["forecaster"] == forecast["forecast"]["forecaster"]


@pytest.mark.parametrize("p, band", [(0.7, "likely"), (0.9, "very likely"), (0.3, "unlikely"), (None, None)])
def test_probability_comes_with_its_icd203_band(p, band):
    (row,) = forecast_rows([fc(1, "A", p, "open")])
    assert row["band"] == band


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("least, shown", [(1, True), (2, True), (3, False)])
def test_brier_scores_only_for_forecasters_with_enough_resolved_forecasts(fmt, least, shown):
    text = render(build_report([REAL, CAME, MISSED, OPEN, IMPLIED], brier_min_forecasts=least), fmt)
    section = text.split("Forecasts")[-1]
    brier = "%.3f" % (((0.7 - 1) ** 2 + 0.9 ** 2) / 2)
    assert (brier in section) is shown
    assert "Pundit" in section  # listed as a forecaster, never scored (nothing resolved)
    assert ("No Brier score" in section) is not shown
    for words in ("very likely", "none: open until a horizon is set", "implied", "reported by State Agency", "2 later documents"):
        assert words in section, words
