"""Store: events are filtered by the coder's confidence when they are read, on every backend."""

from __future__ import annotations

import pytest

from tidings import QueryError


def _event(i: int, confidence: float | None) -> dict:
    ev: dict = {
        "id": f"e{i:02d}",
        "type": {"cameo": "190"},
        "source": {"code": "AAA", "name": "Army"} if i % 2 == 0 else {"code": "BBB", "name": "Police"},
        "date": {"start": f"2021-01-{1 + i:02d}", "end": f"2021-01-{1 + i:02d}"},
        "status": "reported",
        "mentions": [],
    }
    if confidence is not None:
        ev["confidence"] = confidence
    return ev


CONFIDENCES = [0.15, 0.4, 0.55, 0.7, 0.7001, 0.92, None, 1.0]
EVENTS = [_event(i, c) for i, c in enumerate(CONFIDENCES)]


def _kept(threshold: float) -> set[str]:
    return {e["id"] for e in EVENTS if e.get("confidence") is None or e["confidence"] >= threshold}


@pytest.mark.parametrize("threshold", [0.0, 0.4, 0.5, 0.7, 0.95, 1.0])
def test_min_confidence_keeps_the_events_at_or_above_it_and_those_without_one(store, threshold):
    store.save_events(EVENTS)
    assert {e["id"] for e in store.iter_events(min_confidence=threshold)} == _kept(threshold)
    page = store.events_page(min_confidence=threshold, limit=3, order="date")
    assert page["total"] == len(_kept(threshold))
    assert [e["id"] for e in page["items"]] == sorted(_kept(threshold))[:3]


def test_min_confidence_combines_with_the_other_filters(store):
    store.save_events(EVENTS)
    assert [e["id"] for e in store.iter_events(min_confidence=0.6, date_to="2021-01-05")] == ["e03", "e04"]
    even = {e["id"] for e in EVENTS[::2]}
    assert store.events_page(min_confidence=0.6, actor="AAA", limit=0)["total"] == len(_kept(0.6) & even)


@pytest.mark.parametrize("stored", ["high", True, [0.9], {"value": 0.9}])
def test_a_stored_confidence_that_is_not_a_number_counts_as_none_on_every_backend(store, stored):
    store.save_events([*EVENTS, {**_event(20, None), "confidence": stored}])
    assert {e["id"] for e in store.iter_events(min_confidence=0.7)} == _kept(0.7) | {"e20"}


@pytest.mark.parametrize("bad", [-0.1, 1.5, "0.7", True, float("nan")])
def test_a_min_confidence_that_is_not_a_number_from_zero_to_one_is_refused(store, bad):
    with pytest.raises(QueryError, match="min_confidence"):
        list(store.iter_events(min_confidence=bad))
