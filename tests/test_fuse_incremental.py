"""Incremental fusion equals batch fusion; blocking keeps cost near linear; update_store on a real store."""

from __future__ import annotations

import random
import string

import pytest
from test_fuse_factory import mention

from tidings.fuse import fuse, update_store


def country(k: int) -> str:
    letters = string.ascii_uppercase
    return "Q" + letters[(k // 26) % 26] + letters[k % 26]


def synthetic(n_events: int, per_event: int, seed: int = 7) -> list[dict]:
    """Mentions of ``n_events`` distinct visits (distinct actors and days), ``per_event`` reports each."""
    rng = random.Random(seed)
    out = []
    for k in range(n_events):
        day = 1 + (k * 7) % 27
        month = 1 + (k // 4) % 12
        for j in range(per_event):
            m = mention(
                "Kim Jong Un", "China",
                date=f"2018-{month:02d}-{day:02d}",
                published=f"2018-{month:02d}-{min(day + j, 28):02d}",
                outlet=f"Outlet {rng.randrange(5)}",
                document=f"doc-{k}-{j}",
                id=f"m-{k}-{j}",
                place=None,
            )
            m["source"] = {"name": f"Leader {k}", "code": country(k) + "GOV", "country": country(k), "kind": "person"}
            m["target"] = {"name": f"Host {k}", "code": country(k + 1000) + "GOV", "country": country(k + 1000), "kind": "person"}
            out.append(m)
    return out


def partition(result):
    return {e["id"]: frozenset(m["id"] for m in e["mentions"]) for e in result.events}


def kim_corpus():
    return [
        mention(id="a", document="bb", outlet="Bloomberg", cited="anonymous", status="unconfirmed", published="2018-03-26"),
        mention("Kim Jong Il", id="old", document="bb", date="2011-05-20", published="2018-03-26"),
        mention(id="f", document="bb", source="Donald Trump", target="Kim Jong Un", cameo="036", status="forecast",
                date="2018-03-26", end="2018-07-01", place=None, probability=0.6, published="2018-03-26"),
        mention("Kim Yo Jong", id="b", document="dw", outlet="Duowei News", cited="South Korean media", published="2018-03-27"),
        mention(id="c", document="rt", outlet="Reuters", cited="Xinhua", status="confirmed", published="2018-03-28"),
        mention("Kim Jong Un", "Xi Jinping", cameo="040", id="d", document="xh", outlet="Xinhua", published="2018-03-28"),
        mention("Donald Trump", "Kim Jong Un", cameo="040", id="s", document="ap", date="2018-06-12", place="Singapore", published="2018-06-12", outlet="AP"),
        mention("Donald Trump", "Kim Jong Un", cameo="040", id="s2", document="afp", date="2018-06-12", place="Singapore", published="2018-06-13", outlet="AFP"),
    ]


@pytest.mark.parametrize("cut", ["2018-03-26", "2018-03-27", "2018-03-28", "2018-06-12"])
def test_incremental_fusion_equals_batch(cut):
    ms = kim_corpus()
    batch = fuse(ms)
    early = [m for m in ms if m["mentions"][0]["published"] <= cut]
    late = [m for m in ms if m["mentions"][0]["published"] > cut]
    first = fuse(early)
    second = fuse(late, existing=first.events)
    assert partition(second) == partition(batch)
    def strip(r):
        return {e["id"]: (e["status"], e["status_history"], e["rival_claims"], e["story"], e["forecast"], e["parent"]) for e in r.events}

    assert strip(second) == strip(batch)
    assert sorted(s["id"] for s in second.stories) == sorted(s["id"] for s in batch.stories)
    assert set(second.changed) <= set(partition(batch))


def test_refusing_the_same_mentions_changes_nothing():
    first = fuse(kim_corpus())
    again = fuse([], existing=first.events)
    assert partition(again) == partition(first)


def test_recoded_mention_replaces_its_old_version():
    first = fuse(kim_corpus())
    recoded = mention(id="c", document="rt", outlet="Reuters", cited="Xinhua", status="denied", published="2018-03-28")
    second = fuse([recoded], existing=first.events)
    visit = next(e for e in second.events if "c" in {m["id"] for m in e["mentions"]})
    assert sum(1 for e in second.events for m in e["mentions"] if m["id"] == "c") == 1
    assert visit["status"] == "denied"


@pytest.mark.parametrize("n_events", [40, 120])
def test_blocking_compares_far_fewer_pairs_than_all_pairs(n_events):
    ms = synthetic(n_events, per_event=4)
    result = fuse(ms)
    n = len(ms)
    assert len([e for e in result.events if not e.get("parent")]) == n_events
    # each mention meets only its own event's earlier mentions (at most 3 here)
    assert result.stats["comparisons"] <= 3 * n
    assert result.stats["comparisons"] < n * (n - 1) / 2 / 10


def test_cost_grows_about_linearly():
    small = fuse(synthetic(60, 3)).stats["comparisons"]
    large = fuse(synthetic(240, 3)).stats["comparisons"]
    assert large <= 4 * small * 1.25


def _store_with(tmp_path, ms, name="t.db"):
    from tidings.store import open_store

    store = open_store(tmp_path / name)
    return store


def _ingest(store, ms):
    by_doc: dict[str, list[dict]] = {}
    for m in ms:
        by_doc.setdefault(m["mentions"][0]["document"], []).append(m)
    for doc, group in by_doc.items():
        m0 = group[0]["mentions"][0]
        if not store.has_document(doc):
            store.add_document({"id": doc, "text": f"text of {doc}", "outlet": m0["outlet"], "published": m0["published"]})
        store.replace_mentions(doc, group)


def test_update_store_incrementally_matches_batch_store(tmp_path):
    pytest.importorskip("tidings.store")
    from tidings.store import open_store

    ms = kim_corpus()
    with open_store(tmp_path / "batch.db") as batch:
        _ingest(batch, ms)
        report = update_store(batch)
        assert report["mentions"] == len(ms)
        want = {e["id"]: sorted(m["id"] for m in e["mentions"]) for e in batch.iter_events()}
        want_stories = sorted(s["id"] for s in batch.iter_stories())
    with open_store(tmp_path / "inc.db") as inc:
        _ingest(inc, [m for m in ms if m["mentions"][0]["published"] <= "2018-03-27"])
        update_store(inc)
        _ingest(inc, [m for m in ms if m["mentions"][0]["published"] > "2018-03-27"])
        report = update_store(inc)
        got = {e["id"]: sorted(m["id"] for m in e["mentions"]) for e in inc.iter_events()}
        assert got == want
        assert inc.count_mentions(unfused_only=True) == 0
        assert report["mentions"] == 4
        assert set(want_stories) <= {s["id"] for s in inc.iter_stories()}
        assert update_store(inc)["mentions"] == 0


def test_update_store_loads_only_events_near_the_new_mentions(tmp_path):
    from tidings.store import open_store

    ms = synthetic(15, 2)
    with open_store(tmp_path / "s.db") as store:
        _ingest(store, ms)
        update_store(store)
        before = {e["id"]: e for e in store.iter_events()}
        extra = synthetic(15, 3)[-1]  # a third report of the last event only
        extra["mentions"][0]["document"] = "late-doc"
        _ingest(store, [extra])
        report = update_store(store)
        assert report["changed"] == 1
        assert report["events"] < len(before)


@pytest.mark.parametrize("gap, stories", [(14, 1), (3, 2)])
def test_story_gap_setting_splits_stories(gap, stories):
    from tidings import Options

    ms = [
        mention(id="a", document="d1", date="2018-03-26", published="2018-03-27"),
        mention("Kim Jong Un", "China", id="b", document="d2", cameo="040", date="2018-04-02", published="2018-04-03", place="Beijing"),
    ]
    result = fuse(ms, options=Options(story_gap_days=gap))
    assert len(result.stories) == stories


def test_forecast_ingested_after_its_event_resolves_against_the_store(tmp_path):
    from tidings.store import open_store

    summit = mention("Donald Trump", "Kim Jong Un", cameo="040", id="s", document="ap", date="2018-06-12",
                     place="Singapore", published="2018-06-12", outlet="AP")
    old_forecast = mention("Donald Trump", "Kim Jong Un", cameo="036", id="f", document="bb", status="forecast",
                           date="2018-03-26", end="2018-07-01", place=None, probability=0.6, published="2018-03-26")
    with open_store(tmp_path / "f.db") as store:
        _ingest(store, [summit])
        update_store(store)
        _ingest(store, [old_forecast])
        update_store(store)
        (fc,) = [e for e in store.iter_events(status="forecast")]
        assert fc["forecast"]["resolution"] == "came_true"
        # a later, unrelated run does not undo the resolution
        _ingest(store, [mention(id="z", document="late", date="2019-02-01", published="2019-02-02")])
        update_store(store)
        (fc,) = [e for e in store.iter_events(status="forecast")]
        assert fc["forecast"]["resolution"] == "came_true"


@pytest.mark.parametrize("replace, left", [(True, ["b"]), (False, ["a", "b", "c"])])
def test_recoded_document_can_replace_all_its_old_mentions(replace, left):
    first = fuse([mention(id="a", document="d1"), mention(id="c", document="d1", outlet="Reuters", sentence="Kim went to Beijing.")])
    # d1 is coded again and now yields one mention, "b"
    second = fuse([mention(id="b", document="d1")], existing=first.events, replace_documents=replace)
    assert sorted(m["id"] for e in second.events for m in e["mentions"]) == sorted(left)


@pytest.mark.parametrize(
    "kw, title",
    [
        (dict(), "Kim Jong Un visits Beijing"),
        (dict(place=None), "Kim Jong Un visits China"),
        (dict(cameo="040", trigger="meet", target="Xi Jinping"), "Kim Jong Un meets Xi Jinping"),
        (dict(source=None, cameo="190", trigger="attack", target=None), "Use conventional military force: Beijing"),
        # no target and no place: the verb phrase less its closing preposition, never a verb with its object cut off
        (dict(cameo="010", trigger="said", target=None, place=None), "Kim Jong Un makes a statement"),
        (dict(cameo="057", trigger="signed", target=None, place=None), "Kim Jong Un signs an agreement"),
        (dict(cameo="173", trigger="arrested", target=None, place=None), "Kim Jong Un arrests"),
    ],
)
def test_story_titles_name_actor_action_and_place_or_target(kw, title):
    from tidings.fuse import title_for

    (event,) = fuse([mention(**kw)]).events
    assert title_for(event) == title


def test_a_sub_event_given_without_its_parent_keeps_its_own_id():
    first = fuse([mention(id="v"), mention("Kim Jong Un", "Xi Jinping", cameo="040", trigger="meet", id="m", outlet="Xinhua")])
    child = next(e for e in first.events if e.get("parent"))
    again = fuse([], existing=[child])
    assert [e["id"] for e in again.events] == [child["id"]]
    assert again.events[0]["parent"] == child["parent"]
