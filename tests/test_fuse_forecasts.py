"""Forecast records: deadlines, resolution against later real events, Brier scores."""

from __future__ import annotations

import pytest
from test_fuse_factory import mention

from tidings.fuse import forecast_scores, fuse


def forecast(**kw):
    base = dict(source="Donald Trump", target="Kim Jong Un", cameo="036", trigger="meet", status="forecast",
                place=None, date=None, published="2018-03-27", outlet="Bloomberg", probability=0.7)
    base.update(kw)
    return mention(**base)


def summit(**kw):
    base = dict(source="Donald Trump", target="Kim Jong Un", cameo="040", trigger="meet", date="2018-06-12",
                place="Singapore", published="2018-06-12", outlet="AP")
    base.update(kw)
    return mention(**base)


def the_forecast(result):
    (f,) = result.forecasts
    return f


@pytest.mark.parametrize(
    "kw, deadline, basis",
    [
        # "before May" as the code stage dates it: a range from publication to 1 May
        (dict(date="2018-03-27", end="2018-05-01", date_text="May"), "2018-05-01", "date"),
        (dict(date="2018-05-01", end="2018-05-31", date_text="before May"), "2018-05-01", "date"),
        (dict(date="2018-05-01", end="2018-05-31", date_text="by May"), "2018-05-31", "date"),
        (dict(sentence="The two could meet over the next two months, officials say."), "2018-05-27", "relative"),
        (dict(sentence="A meeting may happen within the next 10 days."), "2018-04-06", "relative"),
        (dict(sentence="Trump and Kim may meet."), "2019-03-27", "default"),
    ],
)
def test_deadline_from_date_relative_phrase_or_default(kw, deadline, basis):
    f = the_forecast(fuse([forecast(**kw)]))
    assert f["forecast"]["deadline"] == deadline
    assert f["forecast"]["deadline_basis"] == basis
    assert f["status"] == "forecast"
    assert f["forecast"]["proposition"] == {"family": "contact", "source": "Donald Trump", "target": "Kim Jong Un", "place": None}


def test_forecast_comes_true_when_a_matching_event_happens_before_the_deadline():
    result = fuse([forecast(date="2018-03-27", end="2018-07-01", id="f"), summit(id="s")])
    f = the_forecast(result)
    real = next(e for e in result.events if not e.get("forecast"))
    assert f["forecast"]["resolution"] == "came_true"
    assert f["forecast"]["resolved_by"] == real["id"]
    assert len(real["mentions"]) == 1  # the forecast resolved the event, it did not join it


@pytest.mark.parametrize(
    "summit_kw, as_of, resolution",
    [
        (dict(), None, "did_not_happen"),  # the summit came after the 1 May deadline
        (dict(date="2018-04-20", published="2018-04-20"), None, "came_true"),
        # another pair met; the latest report (10 May) is past the deadline
        (dict(source="Moon Jae-in", date="2018-04-27", published="2018-05-10", place="Panmunjom"), None, "did_not_happen"),
        (dict(source="Moon Jae-in", date="2018-04-27", published="2018-04-27", place="Panmunjom"), None, "open"),  # deadline not yet past
        (dict(source="Moon Jae-in", date="2018-04-27", published="2018-04-27", place="Panmunjom"), "2018-05-02", "did_not_happen"),
    ],
)
def test_resolution_depends_on_match_deadline_and_reference_date(summit_kw, as_of, resolution):
    f_mention = forecast(date="2018-03-27", end="2018-05-01", date_text="May")
    f = the_forecast(fuse([f_mention, summit(**summit_kw)], as_of=as_of))
    assert f["forecast"]["resolution"] == resolution


def test_open_forecast_resolves_incrementally_when_the_event_arrives():
    first = fuse([forecast(date="2018-03-27", end="2018-07-01", id="f")], as_of="2018-04-01")
    assert the_forecast(first)["forecast"]["resolution"] == "open"
    second = fuse([summit(id="s")], existing=first.events)
    f = the_forecast(second)
    assert f["forecast"]["resolution"] == "came_true"
    assert f["id"] in second.changed


def test_brier_scores_per_outlet_and_author():
    ms = [
        # Bloomberg: p=0.7 came true -> 0.09; p=0.2 did not happen -> 0.04; mean 0.065
        forecast(id="f1", date="2018-03-27", end="2018-07-01", probability=0.7, author="A. Writer"),
        forecast(id="f2", source="Xi Jinping", probability=0.2, date="2018-03-27", end="2018-04-30", author="A. Writer"),
        # Reuters: p=0.9 for the same summit that came true -> 0.01
        forecast(id="f3", outlet="Reuters", probability=0.9, date="2018-03-27", end="2018-07-01", document="rt"),
        # no probability: resolved but not scored
        forecast(id="f4", outlet="Reuters", probability=None, date="2018-03-27", end="2018-07-01", document="rt2"),
        summit(id="s"),
    ]
    scores = forecast_scores(fuse(ms).events)
    assert scores["outlets"]["Bloomberg"]["brier"] == pytest.approx(0.065)
    assert scores["outlets"]["Bloomberg"]["n"] == 2
    assert scores["outlets"]["Reuters"]["brier"] == pytest.approx(0.01)
    assert scores["authors"]["A. Writer"]["brier"] == pytest.approx(0.065)
    assert scores["overall"]["n"] == 3 and scores["unscored"] == 1


def test_forecasts_restated_in_one_article_are_one_record_but_other_articles_are_others():
    ms = [forecast(id="a", document="d1"), forecast(id="b", document="d1"), forecast(id="c", document="d2", outlet="Reuters")]
    result = fuse(ms)
    assert sorted(len(f["mentions"]) for f in result.forecasts) == [1, 2]


@pytest.mark.parametrize("event_day, resolution", [("2018-03-26", "did_not_happen"), ("2018-03-27", "came_true")])
def test_an_event_before_the_forecast_was_made_does_not_resolve_it(event_day, resolution):
    f = forecast(date="2018-03-27", end="2018-04-15", id="f")
    real = summit(id="s", date=event_day, published="2018-04-20")
    assert the_forecast(fuse([f, real]))["forecast"]["resolution"] == resolution
