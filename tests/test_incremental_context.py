"""update_store reads as context only what the new mentions bear on: stories near their days, forecasts by key."""

from __future__ import annotations

from typing import Any, Iterator

import pytest
from test_fuse_factory import mention
from test_fuse_incremental import synthetic

from tidings.fuse import fuse, update_store
from tidings.store import open_store


def _ingest(store, ms):
    for m in ms:
        doc = m["mentions"][0]["document"]
        store.add_document({"id": doc, "text": "text of " + doc, "published": m["mentions"][0]["published"], "outlet": m["mentions"][0]["outlet"]})
        store.replace_mentions(doc, [m])


class Reads:
    """The store, counting the events fusion reads from it."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.read: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def _count(self, events: Iterator[dict]) -> Iterator[dict]:
        for e in events:
            self.read.add(e["id"])
            yield e

    def iter_events(self, **kw: Any) -> Iterator[dict]:
        return self._count(self.store.iter_events(**kw))

    def events_by_keys(self, keys: Any, **kw: Any) -> Iterator[dict]:
        return self._count(self.store.events_by_keys(keys, **kw))

    def get_event(self, id: str) -> dict:
        e = self.store.get_event(id)
        self.read.add(e["id"])
        return e


def _canonical(events):
    return {(frozenset(m["id"] for m in e["mentions"]), e["id"], e["status"], e.get("story"),
             (e.get("forecast") or {}).get("resolution"), (e.get("forecast") or {}).get("resolved_by")) for e in events}


def _lone(id: str, day: str, k: int) -> dict:
    """A report of its own actors and day, sharing no key with the synthetic visits."""
    m = mention(cameo="043", id=id, document=f"lone-{id}", date=day, published=day, place=None)
    m["source"] = {"name": f"Envoy {k}", "code": f"ZZ{k}GOV", "country": f"Z{k:02d}", "kind": "person"}
    m["target"] = {"name": f"Minister {k}", "code": f"YY{k}GOV", "country": f"Y{k:02d}", "kind": "person"}
    return m


@pytest.mark.parametrize("days", [("1995-06-01", "2018-12-20"), ("2017-06-01", "2019-01-10")], ids=["decades apart", "a year apart"])
def test_reports_far_apart_read_only_the_stories_near_each(tmp_path, days):
    stored = synthetic(15, 2)  # January to April 2018
    new = [_lone(f"n{k}", day, k) for k, day in enumerate(days)]
    with open_store(tmp_path / "s.db") as store:
        _ingest(store, stored)
        update_store(store)
        _ingest(store, new)
        reads = Reads(store)
        report = update_store(reads)
        events = list(store.iter_events())
    assert reads.read == set() and report["loaded"] == 0  # the weeks between the two reports are not read
    assert _canonical(events) == _canonical(fuse([*stored, *new]).events)


def _forecast(id: str, published: str, deadline: str, actors: tuple[dict, dict] | None = None) -> dict:
    m = mention("Donald Trump", "Kim Jong Un", cameo="036", id=id, document=f"doc-{id}", status="forecast", date=published, end=deadline,
                date_text="by " + deadline, place=None, probability=0.7, published=published)
    if actors:
        m["source"], m["target"] = actors
    return m


@pytest.mark.parametrize("published", ["2018-05-03", "2018-06-20"])
def test_a_forecast_away_from_the_new_reports_is_resolved_without_its_story(tmp_path, published):
    ours = _forecast("f-ours", "2018-03-26", "2018-04-01")  # Trump to meet Kim Jong Un by April 1
    other = _forecast("f-other", "2018-03-26", "2018-04-01", ({"name": "Envoy 9", "code": "ZZ9GOV", "country": "Z09", "kind": "person"},
                                                              {"name": "Minister 9", "code": "YY9GOV", "country": "Y09", "kind": "person"}))
    # a later report on North Korea covers the deadline of the forecast on its leader: it did not happen
    late = mention("Moon Jae-in", "North Korea", cameo="042", id="late", document="late-doc", date=published, place="Pyongyang",
                   published=published)
    stored = [*synthetic(8, 2), ours, other]
    with open_store(tmp_path / "s.db") as store:
        _ingest(store, stored)
        update_store(store)
        _ingest(store, [late])
        reads = Reads(store)
        report = update_store(reads)
        events = list(store.iter_events())
    want = fuse([*stored, late])
    by_mention = {e["mentions"][0]["id"]: e for e in want.forecasts}
    assert by_mention["f-ours"]["forecast"]["resolution"] == "did_not_happen"
    assert by_mention["f-ours"]["id"] in reads.read and by_mention["f-other"]["id"] not in reads.read
    assert report["resolved"] == 1  # read to be resolved, not grouped into stories: its story (March) is not at stake
    assert _canonical(events) == _canonical(want.events)


@pytest.mark.parametrize("last", ["meeting", "forecast"])  # the report coded after the forecast, or the forecast after it
@pytest.mark.parametrize("day, read, resolution", [
    ("2018-03-30", True, "came_true"),  # in the forecast's window: it may come true
    ("2018-05-10", True, "did_not_happen"),  # in the months after its deadline: a report on its actors covers it
    ("2018-09-20", False, "open"),  # later than both: it bears on nothing, and the forecast is not read
])
def test_a_forecast_and_a_report_on_it_are_resolved_as_in_one_run_whichever_comes_last(tmp_path, day, read, resolution, last):
    forecast = _forecast("f", "2018-03-26", "2018-04-01")
    meeting = mention("Donald Trump", "Kim Jong Un", cameo="036", id="meet", document="meet-doc", date=day, place="Singapore",
                      published=day, outlet="AP")
    first, second = (forecast, meeting) if last == "meeting" else (meeting, forecast)
    stored = [*synthetic(4, 2), first]
    with open_store(tmp_path / "s.db") as store:
        _ingest(store, stored)
        update_store(store)
        _ingest(store, [second])
        reads = Reads(store)
        update_store(reads)
        events = list(store.iter_events())
    want = fuse([*stored, second])
    (fc,) = want.forecasts
    assert fc["forecast"]["resolution"] == resolution
    if last == "meeting":  # a stored forecast is read only when the new report bears on it
        assert (fc["id"] in reads.read) == read
    assert _canonical(events) == _canonical(want.events)


def test_events_by_keys_keeps_to_a_date_window(store):
    ms = synthetic(15, 1)
    _ingest(store, ms)
    update_store(store)
    events = list(store.iter_events())
    long = {**events[0], "id": "e-spanning", "mentions": [], "date": {"start": "2018-01-20", "end": "2018-04-10"}}
    store.save_events([long])
    events.append(long)
    store.save_event_keys({e["id"]: ["x"] for e in events})
    every = {e["id"] for e in store.events_by_keys(["x"])}
    march = {e["id"] for e in store.events_by_keys(["x"], date_from="2018-03-01", date_to="2018-03-31")}
    assert every == {e["id"] for e in events}
    assert march == {e["id"] for e in events if e["date"]["start"].startswith("2018-03")} | {"e-spanning"}


@pytest.mark.parametrize("which", ["m1", "m2"])
def test_detaching_a_mention_resolves_again_the_forecasts_of_other_stories_it_bears_on(tmp_path, which):
    import copy

    from tidings.fuse import detach_in_store
    from tidings.fuse.forecasts import resolve

    forecast = _forecast("f", "2018-03-26", "2018-08-30")
    reports = [mention("Donald Trump", "Kim Jong Un", cameo="036", id=f"m{i}", document=f"d{i}", date="2018-08-10", place="Singapore",
                       published=f"2018-08-1{i - 1}", outlet=outlet) for i, outlet in ((1, "AP"), (2, "Reuters"))]
    with open_store(tmp_path / "s.db") as store:
        _ingest(store, [*synthetic(4, 2), forecast, *reports])
        update_store(store)
        merged = next(e for e in store.iter_events() if any(m["id"] == which for m in e["mentions"]))
        assert {m["id"] for m in merged["mentions"]} == {"m1", "m2"}
        detach_in_store(store, merged["id"], which)
        events = list(store.iter_events())
    stored = {e["id"]: e["forecast"]["resolved_by"] for e in events if e.get("forecast")}
    again = copy.deepcopy(events)
    resolve(again)
    assert stored == {e["id"]: e["forecast"]["resolved_by"] for e in again if e.get("forecast")}
    assert all(by in {e["id"] for e in events} for by in stored.values())
