"""Forecast records: deadlines, resolution against later real events, Brier scores."""

from __future__ import annotations

import pytest
from test_fuse_factory import mention

from tidings.fuse import forecast_scores, fuse
from tidings.fuse.forecasts import resolve


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
        # "before May" as the code stage dates it: a range from publication to 1 May; the window ends the day before
        (dict(date="2018-03-27", end="2018-05-01", date_text="May", sentence="Trump could meet Kim before May."), "2018-04-30", "stated"),
        (dict(date="2018-05-01", end="2018-05-31", date_text="before May"), "2018-04-30", "stated"),
        (dict(date="2018-05-01", end="2018-05-31", date_text="by May"), "2018-05-31", "stated"),
        (dict(sentence="The two could meet over the next two months, officials say."), "2018-05-27", "stated"),
        (dict(sentence="A meeting may happen within the next 10 days."), "2018-04-06", "stated"),
        (dict(sentence="Trump and Kim may meet."), None, "none"),  # no invented horizon
    ],
)
def test_deadline_from_date_relative_phrase_or_none(kw, deadline, basis):
    f = the_forecast(fuse([forecast(**kw)]))
    assert f["forecast"]["deadline"] == deadline
    assert f["forecast"]["deadline_basis"] == basis
    assert f["status"] == "forecast"
    prop = f["forecast"]["proposition"]
    assert (prop["family"], prop["source"], prop["target"], prop["place"], prop["cameo"]) == ("contact", "Donald Trump", "Kim Jong Un", None, "036")


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
        # past the deadline, but no document after it follows these actors: the record does not cover the window
        (dict(source="Moon Jae-in", date="2018-04-27", published="2018-04-27", place="Panmunjom"), "2018-05-02", "open"),
        # a match reported only by the forecaster's own outlet is no evidence
        (dict(date="2018-04-20", published="2018-04-20", outlet="Bloomberg"), "2018-04-25", "open"),
        # a match dated only by its report may be background: no evidence either
        (dict(date=None, published="2018-04-20"), "2018-04-25", "open"),
    ],
)
def test_resolution_depends_on_match_deadline_and_reference_date(summit_kw, as_of, resolution):
    f_mention = forecast(date="2018-03-27", end="2018-05-01", date_text="May")
    f = the_forecast(fuse([f_mention, summit(**summit_kw)], as_of=as_of))
    assert f["forecast"]["resolution"] == resolution


@pytest.mark.parametrize(("published", "resolution"), [("2018-06-12", "did_not_happen"), ("2025-06-12", "open")])
def test_only_reports_soon_after_the_deadline_cover_its_window(published, resolution):
    """A report on the actors weeks after the deadline shows the record followed them; one years later does not."""
    f_mention = forecast(date="2018-03-27", end="2018-05-01", date_text="May")
    later = summit(date=published, published=published)
    f = the_forecast(fuse([f_mention, later], as_of="2025-07-01"))
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
        forecast(id="f4", outlet="AFP", probability=None, date="2018-03-27", end="2018-07-01", document="afp"),
        summit(id="s"),
    ]
    scores = forecast_scores(fuse(ms).events)
    assert scores["outlets"]["Bloomberg"]["brier"] == pytest.approx(0.065)
    assert scores["outlets"]["Bloomberg"]["n"] == 2
    assert scores["outlets"]["Reuters"]["brier"] == pytest.approx(0.01)
    assert scores["authors"]["A. Writer"]["brier"] == pytest.approx(0.065)
    assert scores["overall"]["n"] == 3 and scores["unscored"] == 1


@pytest.mark.parametrize(
    "second, records",
    [
        (dict(document="d1"), [2]),  # said again in the same article
        (dict(document="d2", published="2018-04-02"), [2]),  # and in the forecaster's next article, days later
        (dict(document="d2", outlet="Reuters", author=None), [1, 1]),  # another outlet's forecast of the same meeting
        (dict(document="d1", author="B. Writer"), [1, 1]),  # another author in the same paper
        (dict(document="d1", cited="Yonhap"), [1, 1]),  # a source the outlet cites: its forecast, not the outlet's
        # the same forecaster with another stated deadline: another prediction
        (dict(document="d2", date="2018-03-27", end="2018-05-01", date_text="May", sentence="Trump could meet Kim before May."), [1, 1]),
    ],
)
def test_one_forecasters_restatements_fuse_and_other_forecasters_or_deadlines_stay_apart(second, records):
    first = forecast(document="d1", author="A. Writer", date="2018-03-27", end="2018-07-01")
    kw = dict(author="A. Writer", date="2018-03-27", end="2018-07-01")
    kw.update(second)
    result = fuse([first, forecast(**kw)])
    assert sorted(len(f["mentions"]) for f in result.forecasts) == sorted(records)


def test_an_undated_restatement_in_another_article_joins_the_dated_forecast_without_vetoing_others():
    dated_july = forecast(document="d1", date="2018-03-27", end="2018-07-01")
    dated_may = forecast(document="d2", date="2018-03-27", end="2018-05-01", date_text="May", sentence="Trump could meet Kim before May.")
    undated = forecast(document="d3", published="2018-03-29")
    result = fuse([dated_july, dated_may, undated])
    sizes = sorted((len(f["mentions"]), f["forecast"]["deadline"]) for f in result.forecasts)
    assert [n for n, _ in sizes] == [1, 2]  # the undated one joins one of them; the two deadlines never merge
    assert {d for _, d in sizes} == {"2018-07-01", "2018-04-30"}


@pytest.mark.parametrize("event_day, resolution", [("2018-03-26", "did_not_happen"), ("2018-03-27", "came_true")])
def test_an_event_before_the_forecast_was_made_does_not_resolve_it(event_day, resolution):
    f = forecast(date="2018-03-27", end="2018-04-15", id="f")
    real = summit(id="s", date=event_day, published="2018-04-20")
    assert the_forecast(fuse([f, real]))["forecast"]["resolution"] == resolution


def test_a_resolution_names_its_event_and_evidence():
    result = fuse([forecast(date="2018-03-27", end="2018-07-01", id="f"), summit(id="s")])
    fc = the_forecast(result)["forecast"]
    assert fc["resolution"] == "came_true"
    assert fc["evidence"]["event"] == fc["resolved_by"]
    assert fc["evidence"]["mentions"] == ["s"] and fc["evidence"]["sources"] == ["ap"]
    missed = the_forecast(fuse([forecast(date="2018-03-27", end="2018-05-01", date_text="May"), summit()]))["forecast"]
    assert missed["resolution"] == "did_not_happen"
    assert missed["evidence"]["deadline"] == "2018-05-01" and missed["evidence"]["covered_by"]


@pytest.mark.parametrize("horizon, resolution", [(None, "open"), (120, "came_true"), (30, "did_not_happen")])
def test_a_forecast_without_deadline_is_scored_only_against_a_horizon_the_user_sets(horizon, resolution):
    from tidings.fuse.forecasts import resolve

    events = fuse([forecast(sentence="Trump and Kim will meet."), summit()]).events
    assert the_forecast(fuse([forecast(sentence="Trump and Kim will meet."), summit()]))["forecast"]["resolution"] == "open"
    resolve(events, horizon_days=horizon)
    (f,) = [e for e in events if e.get("forecast")]
    assert f["forecast"]["resolution"] == resolution


def test_a_hypothesis_is_no_forecast_record():
    result = fuse([forecast(status="hypothetical")])
    assert result.forecasts == []
    assert [e["status"] for e in result.events] == ["hypothetical"]


def test_a_scheduled_forecast_takes_the_stated_deadline_of_the_same_event_as_implied():
    stated = forecast(document="d1", date="2018-04-01", end="2018-04-30", date_text="April", sentence="The summit is scheduled in April.")
    later = forecast(document="d2", outlet="Reuters", published="2018-03-28", sentence="At the upcoming summit, Trump will meet Kim.")
    fcs = {f["forecast"]["outlet"]: f["forecast"] for f in fuse([stated, later]).forecasts}
    assert fcs["Reuters"]["deadline"] == "2018-04-30" and fcs["Reuters"]["deadline_basis"] == "implied"
    assert fcs["Reuters"]["deadline_from"] and fcs["Bloomberg"]["deadline_basis"] == "stated"


@pytest.mark.parametrize("min_count, brier", [(None, 0.09), (1, 0.09), (2, None)])
def test_no_brier_score_from_fewer_forecasts_than_the_minimum(min_count, brier):
    events = fuse([forecast(date="2018-03-27", end="2018-07-01", probability=0.7), summit()]).events
    scores = forecast_scores(events, min_count=min_count)
    got = scores["forecasters"]["Bloomberg"]["brier"]
    assert (got is None) if brier is None else got == pytest.approx(brier)
    assert scores["forecasters"]["Bloomberg"]["n"] == 1
    likely = next(r for r in scores["calibration"] if r["band"] == "likely")
    assert likely["n"] == 1 and likely["mean_probability"] == 0.7


@pytest.mark.parametrize(
    "date_text, sentence, event_day, resolution",
    [
        ("30 June", "Trump will meet Kim by 30 June.", "2018-06-30", "came_true"),  # "by D" includes D
        ("1 July", "Trump will meet Kim before 1 July.", "2018-07-01", "did_not_happen"),  # "before D" ends the day before
        ("1 July", "Trump will meet Kim before 1 July.", "2018-06-30", "came_true"),
    ],
)
def test_resolution_uses_the_deadline_rule(date_text, sentence, event_day, resolution):
    day = date_text.split()[0].zfill(2)
    month = "06" if "June" in date_text else "07"
    f = forecast(date=f"2018-{month}-{day}", date_text=date_text, sentence=sentence)
    real = summit(date=event_day, published="2018-07-05")
    assert the_forecast(fuse([f, real]))["forecast"]["resolution"] == resolution


@pytest.mark.parametrize(
    "sentence, probability, band",
    [
        ("Iran will probably release the crew, and we put the chance at about 70 percent.", 0.7, "likely"),
        ("Analysts see a 30% chance that Trump and Kim meet.", 0.3, "unlikely"),
        ("Trump and Kim will meet.", 0.85, "very likely"),  # the words' reading: "will"
    ],
)
def test_a_probability_the_forecaster_states_as_a_number_wins_over_its_words(sentence, probability, band):
    m = forecast(sentence=sentence, probability=0.85)
    m["mentions"][0]["modality"]["cues"] = [{"text": "will", "label": "future", "probability": 0.85, "forecast": True}]
    fc = the_forecast(fuse([m]))["forecast"]
    assert fc["probability"] == pytest.approx(probability)
    assert fc["probability_cue"]["band"] == band


def test_one_forecaster_restating_a_forecast_in_another_article_is_scored_once():
    ms = [forecast(id="a", document="d1", date="2018-03-27", end="2018-07-01", probability=0.7),
          forecast(id="b", document="d2", published="2018-04-02", date="2018-03-27", end="2018-07-01", probability=0.7),
          forecast(id="c", document="d3", outlet="Reuters", date="2018-03-27", end="2018-07-01", probability=0.9),
          summit(id="s")]
    result = fuse(ms)
    by_forecaster = {f["forecast"]["forecaster"]: f for f in result.forecasts}
    assert sorted(by_forecaster) == ["Bloomberg", "Reuters"]
    assert {m["document"] for m in by_forecaster["Bloomberg"]["mentions"]} == {"d1", "d2"}
    scores = forecast_scores(result.events)
    assert scores["forecasters"]["Bloomberg"]["n"] == 1 and scores["forecasters"]["Reuters"]["n"] == 1


def test_records_of_one_forecast_fused_apart_are_linked_by_restates_and_scored_once():
    # two runs that never compared the mentions (as an earlier store and a new batch may): linked after fusion
    first = fuse([forecast(id="a", document="d1", date="2018-03-27", end="2018-07-01")]).events
    second = fuse([forecast(id="b", document="d2", published="2018-04-02", date="2018-03-27", end="2018-07-01"), summit(id="s")]).events
    events = [dict(e, id="x-" + e["id"]) for e in first] + second
    resolve(events)
    fcs = {e["mentions"][0]["document"]: e for e in events if e.get("forecast")}
    assert fcs["d2"]["forecast"]["restates"] == fcs["d1"]["id"]
    assert fcs["d1"]["forecast"]["restates"] is None
    assert forecast_scores(events)["forecasters"]["Bloomberg"]["n"] == 1


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("as_of, horizon", [(None, None), ("2018-06-01", None), (None, 45)])
def test_resolving_over_events_read_once_gives_what_resolve_gives(seed, as_of, horizon):
    import copy

    from test_fuse_stream import forecasts_and_gaps

    from tidings.fuse.forecasts import resolve_over

    events = fuse(forecasts_and_gaps(seed)).events
    for e in events:
        if e.get("forecast"):
            e["forecast"].update(resolution="open", resolved_by=None, evidence=None, restates=None)
    whole, parts = copy.deepcopy(events), copy.deepcopy(events)
    resolve(whole, as_of=as_of, horizon_days=horizon)
    resolve_over([e for e in parts if e.get("forecast")], iter([e for e in parts if not e.get("forecast")]), as_of=as_of, horizon_days=horizon)
    assert [e["forecast"] for e in parts if e.get("forecast")] == [e["forecast"] for e in whole if e.get("forecast")]
    assert {e["forecast"]["resolution"] for e in whole if e.get("forecast")} >= {"came_true", "did_not_happen"}
