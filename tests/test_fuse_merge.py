"""Fusion merges mentions of one real event and keeps different events apart."""

from __future__ import annotations

import pytest
from test_fuse_factory import mention

from tidings import Options
from tidings.fuse import fuse
from tidings.fuse.families import load_families
from tidings.fuse.similarity import prepare, score


def real_events(result):
    return [e for e in result.events if not e.get("forecast")]


def ids_together(result, a, b):
    for e in result.events:
        ids = {m["id"] for m in e["mentions"]}
        if a in ids:
            return b in ids
    raise AssertionError(f"{a} not in any event")


@pytest.mark.parametrize(
    "other, together",
    [
        (dict(), True),  # the same visit reported by another outlet
        (dict(date="2018-03-27"), True),  # one day later is within the window
        (dict(date=None, published="2018-03-28"), True),  # undated report published two days later
        (dict(source="Kim Jong Il", date="2011-05-20", published="2011-05-21"), False),  # other leader, other year
        (dict(date="2018-05-07", published="2018-05-08"), False),  # Kim's second trip, weeks later
        (dict(source="Donald Trump"), False),  # another country's leader in the source role
        (dict(place="Singapore", target=None), False),  # another country's place
        (dict(cameo="190", trigger="attack"), False),  # incompatible type family
        (dict(status="forecast", probability=0.6), False),  # a forecast never joins a real event
    ],
)
def test_merge_or_keep_apart(other, together):
    a = mention(id="a", outlet="Bloomberg")
    b = mention(id="b", outlet="Reuters", **other)
    assert ids_together(fuse([a, b]), "a", "b") is together


def test_meeting_roles_are_symmetric():
    a = mention("Kim Jong Un", "Xi Jinping", cameo="040", trigger="meet", id="a")
    b = mention("Xi Jinping", "Kim Jong Un", cameo="040", trigger="meet", id="b", outlet="Reuters")
    result = fuse([a, b])
    assert len(result.events) == 1
    assert "source~target:same" in result.events[0]["merge"][0]["keys"]


def test_meeting_during_a_visit_becomes_a_sub_event_of_the_visit():
    visit = mention(id="v", outlet="Bloomberg")
    meeting = mention("Kim Jong Un", "Xi Jinping", cameo="040", trigger="meet", id="m", outlet="Xinhua")
    events = {e["type"]["cameo"]: e for e in fuse([meeting, visit]).events}
    assert set(events) == {"042", "040"}
    assert events["040"]["parent"] == events["042"]["id"]
    assert events["042"]["sub_events"] == [events["040"]["id"]]
    assert events["042"]["parent"] is None


def test_merge_reasons_name_the_mention_keys_and_score():
    a = mention(id="a")
    b = mention(id="b", outlet="Reuters")
    (event,) = fuse([a, b]).events
    (reason,) = event["merge"]
    assert reason["mention"] == "b" and reason["with"] == "a"
    assert {"type:042", "source:same", "target:same", "date:overlap", "place:same"} <= set(reason["keys"])
    assert 0.5 <= reason["score"] <= 1.0


def test_threshold_setting_controls_merging():
    a = mention(id="a", sentence="Kim Jong Un arrived in Beijing.")
    b = mention(id="b", outlet="Reuters", place=None, date=None, published="2018-03-27", sentence="A special train was seen.", trigger="travel")
    assert len(fuse([a, b], options=Options(fuse_threshold=0.5)).events) == 1
    assert len(fuse([a, b], options=Options(fuse_threshold=0.99)).events) == 2


@pytest.mark.parametrize(
    "a_kw, b_kw, vetoed",
    [
        (dict(), dict(), False),
        (dict(), dict(source="Donald Trump"), True),
        (dict(), dict(date="2018-04-20"), True),
        (dict(), dict(place="Seoul", target=None), True),
        (dict(), dict(status="forecast"), True),
    ],
)
def test_score_is_zero_exactly_when_a_hard_constraint_fails(a_kw, b_kw, vetoed):
    fams = load_families()
    value, keys = score(prepare(mention(**a_kw), fams), prepare(mention(**b_kw), fams))
    assert (value == 0.0) is vetoed
    assert any(k.startswith("veto:") for k in keys) is vetoed


def test_fused_event_counts_documents_and_keeps_every_mention():
    ms = [mention(id=f"x{i}", document=f"doc{i % 2}", outlet=f"Outlet {i % 2}") for i in range(4)]
    (event,) = fuse(ms).events
    assert event["documents"] == 2
    assert sorted(m["id"] for m in event["mentions"]) == ["x0", "x1", "x2", "x3"]
    assert all(m["claim"]["type"]["cameo"] == "042" for m in event["mentions"])


def test_event_takes_the_most_precise_date():
    a = mention(id="a", date="2018-03-25", end="2018-03-28")
    b = mention(id="b", outlet="Reuters", date="2018-03-26")
    (event,) = fuse([a, b]).events
    assert event["date"]["start"] == event["date"]["end"] == "2018-03-26"


def test_fused_events_validate_against_the_event_schema():
    import json
    from importlib import resources

    import jsonschema

    schema = json.loads((resources.files("tidings") / "schema" / "event.schema.json").read_text(encoding="utf-8"))
    ms = [
        mention(id="a", cited="anonymous", status="unconfirmed"),
        mention("Kim Yo Jong", id="b", outlet="Duowei News"),
        mention(id="c", outlet="Reuters", cited="Xinhua", status="confirmed", published="2018-03-28"),
        mention("Kim Jong Un", "Xi Jinping", cameo="040", trigger="meet", id="d", outlet="Xinhua"),
        mention("Donald Trump", "Kim Jong Un", cameo="036", status="forecast", probability=0.6, place=None, id="f"),
    ]
    result = fuse(ms)
    assert {e["status"] for e in result.events} >= {"confirmed", "forecast"}
    for event in result.events:
        jsonschema.validate(event, schema)


@pytest.mark.parametrize("which", ["a", "b"])
def test_detached_mention_becomes_its_own_event_and_stays_apart(which):
    from tidings.fuse import detach

    first = fuse([mention(id="a"), mention(id="b", outlet="Reuters"), mention(id="c", outlet="AP")])
    (event,) = first.events
    result = detach(first.events, which)
    groups = sorted(sorted(m["id"] for m in e["mentions"]) for e in result.events)
    rest = sorted({"a", "b", "c"} - {which})
    assert groups == sorted([rest, [which]])
    assert event["id"] in {e["id"] for e in result.events}  # the old event keeps its id
    assert len({e["id"] for e in result.events}) == 2
    kept = next(e for e in result.events if e["id"] == event["id"])
    assert which not in {g["mention"] for g in kept["merge"]}
    # a later report still joins the old event, never the detached mention
    later = fuse([mention(id="d", outlet="AFP", published="2018-03-29")], existing=result.events)
    assert sorted(len(e["mentions"]) for e in later.events) == [1, 3]


def test_detaching_an_unknown_mention_is_an_error():
    from tidings import NotFound
    from tidings.fuse import detach

    with pytest.raises(NotFound):
        detach(fuse([mention(id="a")]).events, "zzz")


def test_the_fusion_stage_is_reached_as_tidings_fuse():
    import tidings

    assert len(tidings.fuse.fuse([mention(id="a"), mention(id="b", outlet="Reuters")]).events) == 1


def test_mentions_without_ids_get_them_and_repeated_ids_count_once():
    nameless = mention(id="x")
    del nameless["id"]
    result = fuse([nameless, mention(id="b"), mention(id="b", outlet="Reuters")])
    ids = sorted(m["id"] for e in result.events for m in e["mentions"])
    assert ids == ["b", "mention-0"]
