"""Streaming fusion (``fuse_stream``) gives what ``fuse`` gives, handing events out as they become final.

Inputs are generated here: visits and meetings over several months (some
with a meeting during the visit: a main event and a sub-event), forecasts
and the events that resolve them (or not), undated mentions, denials,
month-long dates and documents with several mentions, given in publication
order with the mentions of one day shuffled.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any, Iterator

import pytest
from test_fuse_factory import mention
from test_fuse_incremental import kim_corpus

from tidings._errors import MalformedInput
from tidings.fuse import fuse, fuse_stream
from tidings.fuse.blocking import stale

PAIRS = [("Kim Jong Un", "China"), ("Donald Trump", "Kim Jong Un"), ("Moon Jae-in", "Kim Jong Un"), ("Xi Jinping", "South Korea")]
OUTLETS = ["Reuters", "AP", "AFP", "Yonhap", "Xinhua"]


def generated(seed: int, n_events: int = 40) -> list[dict[str, Any]]:
    """Mentions of ``n_events`` events over about 8 months, in publication order (shuffled within a day)."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    start = date(2018, 1, 1)
    for k in range(n_events):
        day = start + timedelta(days=rng.randrange(240))
        source, target = rng.choice(PAIRS)
        kind = rng.random()
        for j in range(rng.randint(1, 4)):
            published = day + timedelta(days=rng.randint(0, 3))
            doc = f"doc-{k}-{j}"
            common = dict(document=doc, outlet=rng.choice(OUTLETS), published=published.isoformat(), place=None)
            if kind < 0.15:  # a forecast of a meeting a month on, made a few weeks before
                made = day - timedelta(days=20)
                out.append(mention(source, target, cameo="036", status="forecast", date=day.isoformat(), probability=0.7,
                                   id=f"f-{k}-{j}", **{**common, "published": made.isoformat()}))
                continue
            undated = rng.random() < 0.25
            status = rng.choice(["reported", "reported", "confirmed", "unconfirmed", "denied"])
            out.append(mention(source, target, cameo="042", status=status, date=None if undated else day.isoformat(),
                               end=None if undated or rng.random() < 0.8 else (day + timedelta(days=30)).isoformat(),
                               id=f"m-{k}-{j}", **common))
            if kind > 0.7:  # a meeting during the visit, told in the same document: a sub-event
                out.append(mention(source, target, cameo="040", trigger="meet", date=day.isoformat(), id=f"s-{k}-{j}", **common))
    rng.shuffle(out)
    out.sort(key=lambda m: m["mentions"][0]["published"])
    return out


def streamed(mentions: list[dict[str, Any]], **kwargs: Any) -> tuple[list[dict[str, Any]], Any]:
    stream = fuse_stream(iter(mentions), **kwargs)
    events = [dict(e) for e in stream]
    for e in events:
        e["story"] = stream.story_of[e["id"]]
    return events, stream


def as_text(records: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in records)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("lateness", [3, 31])  # mentions here are published up to 3 days after their date
def test_streaming_gives_the_events_stories_and_resolutions_of_fuse(seed, lateness):
    ms = generated(seed)
    want = fuse(ms)
    got, stream = streamed(ms, lateness_days=lateness)
    assert as_text(got) == as_text(want.events)
    assert as_text(stream.stories) == as_text(want.stories)
    assert as_text(stream.forecasts) == as_text(want.forecasts)
    assert stream.stats["late"] == 0


def test_generated_mentions_have_what_the_comparison_needs():
    events = fuse(generated(1)).events
    assert any(e.get("parent") for e in events)  # sub-events
    assert any((e.get("forecast") or {}).get("resolution") == "came_true" for e in events)
    assert any(e.get("forecast") and e["forecast"].get("resolution") != "came_true" for e in events)
    assert any((e.get("date") or {}).get("basis") == "reported" for e in events)  # undated mentions only
    assert len({e.get("story") for e in events}) > 3


def test_events_are_handed_out_before_the_input_ends():
    ms = generated(2)
    taken = []

    def source() -> Iterator[dict[str, Any]]:
        for m in ms:
            taken.append(m)
            yield m

    stream = fuse_stream(source(), lateness_days=3)
    next(iter(stream))
    assert len(taken) < len(ms) // 2
    assert list(stream)  # the rest comes too
    assert stream.stats["closed"] > 0


def test_the_kim_corpus_streams_like_fuse_with_its_old_visit_counted_late():
    ms = sorted(kim_corpus(), key=lambda m: m["mentions"][0]["published"])
    want = fuse(ms)
    got, stream = streamed(ms)
    assert as_text(got) == as_text(want.events)
    assert stream.stats["late"] == 1 and stream.stats["late_mentions"] == ["old"]  # dated 2011, published 2018


def test_a_mention_dated_further_back_than_the_lateness_is_counted_late():
    ms = generated(1)
    _, stream = streamed(ms, lateness_days=2)
    assert stream.stats["late"] > 0
    assert set(stream.stats["late_mentions"]) <= {m["id"] for m in ms}


def test_a_mention_of_an_earlier_day_than_the_one_before_it_raises():
    ms = generated(3)
    ms.insert(5, ms.pop())  # the newest mention early: the next one is of an earlier day
    assert ms[6]["mentions"][0]["published"] < ms[5]["mentions"][0]["published"]
    with pytest.raises(MalformedInput, match=ms[6]["id"]):
        list(fuse_stream(ms))


def test_a_mention_without_any_date_after_dated_ones_joins_the_stream_on_the_day_it_arrives():
    ms = generated(2)
    undated = mention("Kim Jong Un", "China", id="undated", document="u", date=None, outlet="Wire U")
    undated["published"] = None
    for m in undated["mentions"]:
        m["published"] = None
    ms.insert(len(ms) // 2, undated)
    got, _ = streamed(ms)
    assert any("undated" in {m["id"] for m in e["mentions"]} for e in got)


@pytest.mark.parametrize("key, cut, expected", [
    ("040|k:CHN|122", date(2012, 1, 1), True),  # bucket 122 (6-day buckets) ended long before
    (f"040|k:CHN|{date(2018, 3, 1).toordinal() // 6}", date(2018, 3, 1), False),
    ("040|k:CHN|A2017", date(2018, 3, 1), True),
    ("040|k:CHN|Y2018", date(2018, 3, 1), False),
    ("040|k:CHN|undated", date(2018, 3, 1), True),
    ("forecast|xinhua|040|k:CHN", date(2018, 3, 1), False),
])
def test_a_key_goes_stale_once_no_timely_record_reaches_it(key, cut, expected):
    assert stale(key, cut, window=3) is expected


def forecasts_and_gaps(seed: int) -> list[dict[str, Any]]:
    """Forecasts restated late (same deadline or another), scheduled ones without a deadline, deadlines that pass with
    and without later reports, and runs of one pair's meetings a little less and a little more than the story gap apart.
    """
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    start = date(2018, 1, 1)
    n = 0

    def add(source: str, target: str, published: date, **kw: Any) -> None:
        nonlocal n
        n += 1
        out.append(mention(source, target, id=f"x-{n}", document=kw.pop("document", f"x-doc-{n}"), published=published.isoformat(),
                           place=None, **kw))

    for _ in range(12):  # forecasts: made, restated, and what happens after
        source, target = rng.choice(PAIRS)
        made = start + timedelta(days=rng.randrange(200))
        deadline = made + timedelta(days=rng.randint(15, 60))
        forecaster = rng.choice(OUTLETS)
        kw = dict(cameo="036", status="forecast", probability=rng.choice([0.3, 0.7, 0.9]), outlet=forecaster)
        add(source, target, made, date=made.isoformat(), end=deadline.isoformat(), date_text="by then", **kw)
        for _ in range(rng.randint(0, 2)):  # restated weeks or months later, with the same deadline or another
            later = made + timedelta(days=rng.randint(1, 120))
            same = rng.random() < 0.6
            end = deadline if same else deadline + timedelta(days=rng.randint(5, 40))
            add(source, target, later, date=made.isoformat(), end=end.isoformat(), date_text="by then", **kw)
        if rng.random() < 0.5:  # another outlet calls the meeting scheduled, with no deadline of its own
            add(source, target, made + timedelta(days=rng.randint(0, 5)), cameo="036", status="forecast", date=None, probability=0.7,
                outlet=rng.choice(OUTLETS), sentence=f"At the upcoming summit, {source} will meet {target}.")
        if rng.random() < 0.3:  # a forecast with no deadline at all stays open
            add(source, target, made, cameo="036", status="forecast", date=None, probability=0.5, outlet=rng.choice(OUTLETS),
                sentence=f"{source} and {target} may meet one day.")
        outcome = rng.random()
        if outcome < 0.4:  # it happens before the deadline, first told by the forecaster itself, then by others
            day = made + timedelta(days=rng.randint(3, (deadline - made).days))
            for j in range(rng.randint(1, 3)):
                add(source, target, day + timedelta(days=j), cameo="040", trigger="meet", date=day.isoformat(),
                    outlet=forecaster if j == 0 else rng.choice(OUTLETS))
        for _ in range(rng.choice([0, 3, 14])):  # reports on the actors after the deadline: inside the coverage window or not
            day = deadline + timedelta(days=rng.randint(1, 130))
            add(source, rng.choice([t for _, t in PAIRS]), day, cameo="042", date=day.isoformat(), outlet=rng.choice(OUTLETS))
    for k in range(4):  # one pair's meetings 10 to 18 days apart: stories that span the gap or break there
        source, target = rng.choice(PAIRS)
        day = start + timedelta(days=rng.randrange(150))
        for j in range(rng.randint(3, 6)):
            doc = f"run-{k}-{j}"
            add(source, target, day, cameo="040", trigger="meet", date=day.isoformat(), document=doc, outlet=rng.choice(OUTLETS))
            if rng.random() < 0.5:  # the same article looks back at an earlier meeting
                back = day - timedelta(days=rng.randint(5, 20))
                add(source, target, day, cameo="042", date=back.isoformat(), document=doc, outlet=rng.choice(OUTLETS))
            day += timedelta(days=rng.randint(10, 18))
    rng.shuffle(out)
    out.sort(key=lambda m: m["mentions"][0]["published"])
    return out


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_late_restatements_deadlines_and_story_gaps_stream_as_fuse_gives_them(seed):
    ms = forecasts_and_gaps(seed) + generated(seed, n_events=20)
    ms.sort(key=lambda m: m["mentions"][0]["published"])
    want = fuse(ms)
    got, stream = streamed(ms)
    assert stream.stats["late"] == 0
    assert as_text(got) == as_text(want.events)
    assert as_text(stream.stories) == as_text(want.stories)
    assert as_text(stream.forecasts) == as_text(want.forecasts)


def test_the_forecast_cases_are_all_there():
    resolutions, restated, implied, spans = set(), 0, 0, []
    for seed in range(1, 7):
        result = fuse(forecasts_and_gaps(seed))
        for f in result.forecasts:
            resolutions.add(f["forecast"]["resolution"])
            restated += len(f["mentions"]) > 1 or bool(f["forecast"]["restates"])
            implied += f["forecast"]["deadline_basis"] == "implied"
        spans += [(date.fromisoformat(s["end"]) - date.fromisoformat(s["start"])).days for s in result.stories if s["start"]]
    assert resolutions == {"came_true", "did_not_happen", "open"}
    assert restated and implied
    assert max(spans) > 14  # a story longer than the gap between two of its events
