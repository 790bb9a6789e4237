"""The seeds' stories: the March 2018 trip is one story; background events of other years stay out of it.

Uses the session's seeds store (both seed articles read, coded, fused, stored).
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.shared]


def _year(ev: dict[str, Any]) -> int | None:
    d = ev.get("date") or {}
    start = d.get("start") if d.get("precision") != "reported" else None
    return int(start[:4]) if start else None


@pytest.fixture(scope="module")
def events(seeds_store) -> list[dict[str, Any]]:
    return list(seeds_store.iter_events())


@pytest.fixture(scope="module")
def trip(events) -> dict[str, Any]:
    visits = [ev for ev in events if ev["type"]["cameo"] == "042" and (ev.get("source") or {}).get("name") == "Kim Jong Un" and _year(ev) == 2018]
    assert visits, "the seeds should hold Kim Jong Un's 2018 visit"
    return max(visits, key=lambda ev: len(ev["mentions"]))


def test_kim_jong_il_2011_visit_is_not_in_the_trip_story(events, trip):
    earlier = [ev for ev in events if ev["type"]["cameo"].startswith("04") and _year(ev) == 2011]
    assert earlier
    assert all(ev["story"] != trip["story"] for ev in earlier)


@pytest.mark.parametrize("year", [2008, 2011, 2013, 2017])
def test_background_events_of_other_years_stay_out_of_the_trip_story(events, trip, year):
    found = [ev for ev in events if _year(ev) == year]
    assert found, f"the seeds mention events of {year}"
    assert all(ev["story"] != trip["story"] for ev in found)


def test_events_of_march_2018_with_the_trip_actors_are_in_the_trip_story(events, trip):
    actors = {"Kim Jong Un", "Xi Jinping"}
    near = [
        ev for ev in events
        if str((ev.get("date") or {}).get("start") or "").startswith("2018-03")
        and {(ev.get("source") or {}).get("name"), (ev.get("target") or {}).get("name")} & actors
    ]
    assert near
    assert {ev["story"] for ev in near} == {trip["story"]}
