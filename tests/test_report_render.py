"""Situation reports: content grouped by status, escaped article text, self-contained HTML."""

from __future__ import annotations

import re

import pytest

from tidings.report import build_report, render
from tidings.report.figures import network_svg, timeline_svg


def ev(i, status, *, src="Alpha", tgt="Beta", date="2021-04-0%d", outlet="Wire", anonymous=False, history=None, forecast=None):
    e = {
        "id": f"e{i}",
        "type": {"cameo": "042", "cameo_label": "Make a visit", "plover": "CONSULT", "plover_mode": None, "quad_class": 1, "goldstein": 1.9},
        "source": {"name": src, "code": src[:3].upper() + "GOV", "country": None, "sector": "GOV", "kind": "country"},
        "target": {"name": tgt, "code": tgt[:3].upper() + "GOV", "country": None, "sector": "GOV", "kind": "country"},
        "date": {"start": date % (i + 1), "end": date % (i + 1), "precision": "day", "text": None},
        "location": None,
        "status": status,
        "negated": False,
        "certainty": 0.5,
        "mentions": [{"document": f"d{i}", "outlet": outlet, "published": date % (i + 1), "sentence": "s", "start": 0, "end": 1,
                      "cited_source": {"name": "unnamed sources", "kind": "anonymous", "anonymous": anonymous} if anonymous else None,
                      "modality": {"labels": []}}],
        "documents": 1,
        "independent_sources": 1,
        "status_history": history or [{"status": status, "as_of": date % (i + 1), "by": outlet}],
    }
    if forecast:
        e["forecast"] = forecast
    return e


EVENTS = [
    ev(0, "confirmed", history=[{"status": "unconfirmed", "as_of": "2021-04-01", "by": "Wire"},
                                {"status": "confirmed", "as_of": "2021-04-03", "by": "State Agency"}], anonymous=True),
    ev(1, "unconfirmed", src="Gamma"),
    ev(2, "denied", src="Delta"),
    ev(3, "forecast", forecast={"probability": 0.7, "deadline": "2021-05-01", "forecaster": "Analyst", "resolution": "came_true", "resolved_by": "e0"}),
]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_report_groups_events_by_status_and_lists_forecasts_and_sources(fmt):
    text = render(build_report(EVENTS, documents={"d0": {"title": "First report", "url": "https://example.org/1", "outlet": "Wire"}}), fmt)
    assert "Confirmed" in text and "Disputed or denied" in text
    assert "came true" in text
    assert "https://example.org/1" in text
    assert "unconfirmed" in text and "State Agency" in text  # the status history is shown
    assert "Did this happen: Gamma" in text  # an open question for the unconfirmed event


def test_html_report_is_self_contained_and_escapes_article_text():
    hostile = ev(5, "reported", src="<script>alert(1)</script>")
    html = render(build_report([hostile]), "html")
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    assert not re.search(r'(src|href)="https?://', html.split("<h2>Sources</h2>")[0])  # nothing fetched
    assert "<svg" in html


def test_timeline_draws_one_segment_per_status_change():
    svg = timeline_svg([EVENTS[0]])
    assert svg.count('class="status-seg"') == 2
    assert "confirmed from 2021-04-03 by State Agency" in svg


def test_network_draws_an_edge_per_actor_pair_and_skips_self_loops():
    events = [ev(0, "confirmed"), ev(1, "confirmed"), ev(2, "confirmed", src="Beta", tgt="Beta")]
    svg = network_svg(events)
    assert svg.count("<line") == 1
    assert "2 events" in svg


def test_empty_inputs_render_placeholders():
    assert "No dated events" in timeline_svg([])
    assert "No actor pairs" in network_svg([])
    assert "No events" in render(build_report([]), "md")
