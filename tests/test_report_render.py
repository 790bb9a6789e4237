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


# -- salience, window, ticks, lede, links: records built here ------------------------------------------

from datetime import date, timedelta  # noqa: E402

from tidings.report import safe_url  # noqa: E402
from tidings.report.axis import ticks  # noqa: E402
from tidings.report.salience import by_salience, event_salience, rank_stories, salience_parts, story_salience  # noqa: E402
from tidings.report.story import core_window, given_window, key_sources, lede, open_forecasts, split_background  # noqa: E402
from tidings.report.timeline import story_timeline_svg  # noqa: E402


def rec(eid, *, start=None, end=None, precision="day", status="reported", sources=1, docs=1, goldstein=1.0, in_title=False,
        history=None, rivals=None, forecast=None, story="s1", mentions=None, parent=None):
    e = {
        "id": eid, "story": story, "status": status, "independent_sources": sources, "documents": docs, "parent": parent,
        "type": {"cameo": "042", "cameo_label": "Make a visit", "goldstein": goldstein, "quad_class": 1},
        "source": {"name": "Alpha", "code": "ALPGOV"}, "target": {"name": "Beta", "code": "BETGOV"},
        "date": {"start": start, "end": end or start, "precision": precision} if start else None,
        "mentions": mentions if mentions is not None else [{"document": f"d-{eid}", "outlet": "Wire", "published": start or "2021-04-01", "in_title": in_title}],
        "status_history": history if history is not None else ([{"status": status, "as_of": start, "by": "Wire"}] if start else []),
        "rival_claims": rivals or [],
    }
    if forecast:
        e["forecast"] = forecast
    return e


@pytest.mark.parametrize("part, low, high", [
    ("sources", rec("a", start="2021-04-01", sources=1), rec("b", start="2021-04-01", sources=4)),
    ("documents", rec("a", start="2021-04-01", docs=1), rec("b", start="2021-04-01", docs=5)),
    ("in_title", rec("a", start="2021-04-01"), rec("b", start="2021-04-01", in_title=True)),
    ("goldstein", rec("a", start="2021-04-01", goldstein=1.0), rec("b", start="2021-04-01", goldstein=-9.5)),
    ("recency", rec("a", start="2021-01-01"), rec("b", start="2021-04-01")),
])
def test_each_salience_part_raises_the_score(part, low, high):
    ref = date(2021, 4, 2)
    assert salience_parts(high, ref)[part] > salience_parts(low, ref)[part]
    assert event_salience(high, ref) > event_salience(low, ref)


@pytest.mark.parametrize("kind", [{"status": "forecast"}, {"parent": "e0"}])
def test_forecasts_and_sub_events_count_half(kind):
    plain = rec("a", start="2021-04-01", sources=3)
    other = rec("b", start="2021-04-01", sources=3, **kind)
    ref = date(2021, 4, 1)
    assert event_salience(other, ref) == pytest.approx(event_salience(plain, ref) / 2, abs=1e-3)


def test_by_salience_puts_the_well_sourced_headline_event_first_whatever_the_input_order():
    events = [rec(f"e{i}", start=f"2021-04-0{i + 1}") for i in range(5)] + [rec("lead", start="2021-04-02", sources=4, docs=2, in_title=True)]
    for order in (events, events[::-1]):
        assert by_salience(order)[0]["id"] == "lead"


def test_story_salience_counts_the_best_event_and_a_quarter_of_the_next_four():
    assert story_salience([]) == 0
    assert story_salience([2.0]) == 2.0
    assert story_salience([1.0, 2.0, 1.0, 1.0, 1.0, 1.0, 9.0]) == pytest.approx(9.0 + 0.25 * (2 + 1 + 1 + 1))
    stories = [{"id": "s1"}, {"id": "s2"}]
    events = [rec("a", start="2021-04-01", story="s1"), rec("b", start="2021-04-01", story="s2", sources=5, docs=3)]
    assert [s["id"] for s in rank_stories(stories, events)] == ["s2", "s1"]


def test_core_window_spans_the_storys_days_and_names_outliers():
    core = [rec(f"c{i}", start=f"2018-03-2{6 + i % 2}") for i in range(8)]
    old = [rec("o2011", start="2011-01-01", end="2011-12-31", precision="year"), rec("o2008", start="2008-05-01")]
    fc = rec("f", status="forecast", history=[{"status": "forecast", "as_of": "2018-03-26", "by": "Wire"}],
             forecast={"deadline": "2018-05-01"}, mentions=[])
    fc["date"] = {"start": "2018-03-26", "end": "2018-05-01", "precision": "range"}
    w = core_window(core + old + [fc])
    assert w is not None
    assert w.start <= date(2018, 3, 26) and w.end >= date(2018, 3, 27)
    assert w.days <= 6  # the forecast's May horizon does not stretch the axis
    assert set(w.outliers) == {"o2011", "o2008"}
    story, background = split_background(core + old + [fc], w)
    assert {e["id"] for e in background} == {"o2011", "o2008"} and fc in story


@pytest.mark.parametrize("spread_days", [1, 30, 400])
def test_core_window_without_outliers_holds_every_date(spread_days):
    events = [rec(f"e{i}", start=(date(2020, 1, 1) + timedelta(days=i * spread_days // 9)).isoformat()) for i in range(10)]
    w = core_window(events)
    assert w is not None and w.outliers == ()
    assert w.start <= date(2020, 1, 1) and w.end >= date(2020, 1, 1) + timedelta(days=spread_days)


@pytest.mark.parametrize("start, end", [("0001-01-01", "9999-12-31"), ("9999-12-31", None), (None, "0001-01-01")])
def test_windows_at_the_ends_of_the_calendar_draw(start, end):
    events = [rec("a", start="2021-04-01", end="9999-12-31", precision="range"), rec("b", start="0001-01-01")]
    w = given_window(start, end, core_window(events))
    assert w is not None
    assert "<svg" in story_timeline_svg(events, w, background=[])


def test_given_window_overrides_and_keeps_the_missing_end():
    auto = core_window([rec("a", start="2021-04-01"), rec("b", start="2021-04-03")])
    w = given_window("2021-03-01", None, auto)
    assert w is not None and w.given and w.start == date(2021, 3, 1) and auto is not None and w.end == auto.end
    assert given_window(None, None, auto) is auto
    swapped = given_window("2021-05-01", "2021-04-01", None)
    assert swapped is not None and swapped.start < swapped.end


@pytest.mark.parametrize("days", [1, 4, 12, 45, 200, 800, 4000, 40000])
@pytest.mark.parametrize("plot", [120, 300, 600, 1200])
def test_tick_labels_never_overlap_and_stay_in_order(days, plot):
    lo = date(2008, 2, 27)
    marks = ticks(lo, lo + timedelta(days=days - 1), plot)
    assert marks
    for a, b in zip(marks, marks[1:]):
        assert a.day < b.day
        assert b.x - a.x >= (a.width + b.width) / 2  # label boxes (estimated) do not touch
    assert all(0 <= t.x <= plot for t in marks)


@pytest.mark.parametrize("lo, hi", [(date(1, 1, 2), date(9999, 12, 30)), (date(9999, 12, 1), date(9999, 12, 30)), (date(1, 1, 2), date(1, 1, 3))])
def test_ticks_at_the_ends_of_the_calendar(lo, hi):
    marks = ticks(lo, hi, 540)
    assert len(marks) >= 2 and all(lo <= t.day <= hi for t in marks)


def test_ticks_get_denser_on_a_wider_axis():
    lo, hi = date(2021, 1, 1), date(2021, 12, 31)
    assert len(ticks(lo, hi, 1200)) > len(ticks(lo, hi, 200))


HISTORY = [{"status": "unconfirmed", "as_of": "2018-03-26", "by": "Wire One"},
           {"status": "reported", "as_of": "2018-03-26", "by": "Wire One"},
           {"status": "confirmed", "as_of": "2018-03-28", "by": "Paper, citing State Agency"}]
ANON = [{"document": "d1", "outlet": "Wire One", "published": "2018-03-26", "status": "unconfirmed",
         "cited_source": {"name": "News site", "anonymous": False, "cites": {"name": "unnamed sources", "anonymous": True}}}]


@pytest.mark.parametrize("rivals, expect", [
    ([], None),
    ([{"claim": "Gamma", "against": "Alpha", "by": "Paper, citing some outlets", "refuted": True, "refuted_by": "Paper, citing State Agency"}],
     "a rival claim by some outlets naming Gamma in place of Alpha was refuted by State Agency"),
    ([{"claim": "Gamma", "against": "Alpha", "by": "Tabloid", "refuted": False}], "a rival claim by Tabloid naming Gamma in place of Alpha remains open"),
])
def test_lede_tells_the_status_history_with_its_sources_and_rival_claims(rivals, expect):
    e = rec("v", start="2018-03-26", status="confirmed", sources=3, docs=2, history=HISTORY, rivals=rivals, mentions=ANON)
    text = lede(e)
    assert "Unconfirmed reports from 26 March 2018 citing anonymous sources were confirmed by State Agency on 28 March" in text
    assert "3 independent sources in 2 documents" in text
    if expect:
        assert expect in text
    else:
        assert "rival" not in text


@pytest.mark.parametrize("history, status, expect", [
    ([{"status": "reported", "as_of": "2020-01-05", "by": "Wire"}, {"status": "denied", "as_of": "2020-02-01", "by": "Ministry"}],
     "denied", "Reports from 5 January 2020 were denied by Ministry on 1 February"),
    ([{"status": "confirmed", "as_of": "2020-01-05", "by": "Agency"}], "confirmed", "Confirmed by Agency on 5 January 2020"),
    ([{"status": "unconfirmed", "as_of": "2019-12-30", "by": "Wire"}, {"status": "confirmed", "as_of": "2020-01-02", "by": "Agency"}],
     "confirmed", "were confirmed by Agency on 2 January 2020"),
])
def test_lede_wording_follows_the_record_not_a_template_of_the_seeds(history, status, expect):
    assert expect in lede(rec("x", start=history[0]["as_of"], status=status, history=history))


def test_key_sources_and_open_forecasts():
    a = rec("a", start="2021-04-01")
    a["sources"] = [{"source": "wire one", "via": ["Wire One, citing unnamed sources (anonymous)"]}]
    b = rec("b", start="2021-04-02")
    b["sources"] = [{"source": "wire one", "via": ["Wire One"]}, {"source": "agency", "via": ["Agency"]}]
    top = key_sources([a, b])
    assert top[0] == {"name": "Wire One", "events": 2, "anonymous": True, "via": ["Wire One, citing unnamed sources (anonymous)", "Wire One"]}
    f1 = rec("f1", status="forecast", forecast={"deadline": "2021-06-01", "resolution": "open"})
    f2 = rec("f2", status="forecast", forecast={"deadline": "2021-05-01", "resolution": None})
    f3 = rec("f3", status="forecast", forecast={"deadline": "2021-04-01", "resolution": "came_true"})
    assert [e["id"] for e in open_forecasts([a, f1, f2, f3])] == ["f2", "f1"]


def test_story_timeline_draws_horizons_off_the_edge_status_changes_rivals_and_background():
    lead = rec("v", start="2018-03-26", status="confirmed", history=HISTORY,
               rivals=[{"claim": "Gamma", "against": "Alpha", "as_of": "2018-03-27", "refuted": True, "refuted_by": "State Agency"}])
    fc = rec("f", status="forecast", history=[{"status": "forecast", "as_of": "2018-03-26", "by": "Wire"}], forecast={"deadline": "2018-05-01"})
    old = rec("o", start="2011-06-01")
    events = [lead, fc, old]
    w = core_window(events)
    assert w is not None and w.start.year == 2018 and w.outliers == ("o",)  # one old episode among few points stays out
    story, background = split_background(events, w)
    svg = story_timeline_svg(story, w, background=background, link="/events/{id}")
    assert 'class="horizon"' in svg and "by 1 May" in svg
    assert svg.count('class="status-change"') == 2  # unconfirmed -> reported -> confirmed
    assert 'class="rival-claim"' in svg and "Gamma instead of Alpha (refuted by State Agency)" in svg
    assert 'class="background-band"' in svg and "(2011)" in svg
    assert 'data-start="2018-03-2' in svg
    assert "<title>event date 2011" not in svg  # the background episode has no row of its own


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "data:text/html,<b>x</b>",
                                 "vbscript:msgbox", "//evil.example/x", "/relative", "https:/one-slash"])
def test_only_http_addresses_become_links_in_reports(url):
    assert safe_url(url) is None
    docs = {"d0": {"title": "First report", "url": url, "outlet": "Wire"}}
    html = render(build_report(EVENTS, documents=docs), "html")
    assert 'href="' + url.strip() not in html and "href=\"javascript" not in html.lower()
    assert "First report" in html
    md = render(build_report(EVENTS, documents=docs), "md")
    assert "](" not in md.split("## Sources")[1]


@pytest.mark.parametrize("url", ["https://example.org/a?b=c", "http://example.org/"])
def test_http_addresses_stay_links(url):
    assert safe_url(url) == url
    html = render(build_report(EVENTS, documents={"d0": {"title": "First report", "url": url, "outlet": "Wire"}}), "html")
    assert f'href="{url}"'.replace("&", "&amp;") in html


def test_report_window_follows_the_core_and_names_the_outliers():
    events = [rec(f"c{i}", start=f"2018-03-2{6 + i % 3}") for i in range(9)] + [rec("old", start="2008-01-01", end="2008-12-31", precision="year")]
    report = build_report(events)
    assert report.window is not None and report.window.start.year == 2018
    assert [e["id"] for e in report.outliers] == ["old"]
    for fmt in ("md", "html"):
        text = render(report, fmt)
        assert "2008-01-01" in text.split("Key developments")[0]  # the outlier is named before the developments
