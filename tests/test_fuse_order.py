"""Fusion does not depend on the order or the batches the mentions come in.

The same mentions given in any order, fused at once or in batches (with
``fuse(batch, existing=...)`` or ``update_store`` against a store), give the
same events (their mention sets, ids, codes, statuses, sources, forecast
resolutions) and the same stories as one run over all of them. Inputs:
records built here, and the demo corpus, the seeds and articles written for
these tests, coded once per module with the model and then permuted.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any, Iterable

import pytest
from test_fuse_factory import mention
from test_fuse_incremental import kim_corpus, synthetic

from tidings.fuse import fuse, update_store

DEMO = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "demo"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# ---------------------------------------------------------------- canonical forms


def _mention_ids(event: dict) -> frozenset[str]:
    return frozenset(m["id"] for m in event.get("mentions") or [])


def canonical(events: Iterable[dict]) -> dict[frozenset[str], tuple]:
    """Each event keyed by its mention ids, with what fusion decided about it (ids of links by mention sets too)."""
    events = list(events)
    sets = {e["id"]: _mention_ids(e) for e in events}
    story_of: dict[str, list[frozenset[str]]] = {}
    for e in events:
        story_of.setdefault(e.get("story") or "", []).append(sets[e["id"]])
    out = {}
    for e in events:
        fc = e.get("forecast") or {}
        out[sets[e["id"]]] = (
            e["id"],
            e.get("status"),
            (e.get("type") or {}).get("cameo"),
            (e.get("source") or {}).get("code"),
            (e.get("target") or {}).get("code"),
            (e.get("date") or {}).get("start"),
            e.get("independent_sources"),
            tuple((h.get("status"), h.get("as_of")) for h in e.get("status_history") or []),
            sorted((c.get("mention"), c.get("status")) for c in e.get("rival_claims") or []),
            sets.get(e.get("parent") or ""),
            fc.get("resolution"),
            sets.get(fc.get("resolved_by") or ""),
            e.get("story"),
            frozenset(story_of[e.get("story") or ""]),
        )
    return out


def canonical_stories(stories: Iterable[dict], events: Iterable[dict]) -> set[tuple[str, frozenset[frozenset[str]]]]:
    """Stories as (id, set of their events' mention sets)."""
    sets = {e["id"]: _mention_ids(e) for e in events}
    return {(s["id"], frozenset(sets[i] for i in s["events"] if i in sets)) for s in stories}


def batches(items: list, rng: random.Random, most: int = 5) -> list[list]:
    """``items`` shuffled and cut into 1..``most`` batches."""
    items = items[:]
    rng.shuffle(items)
    k = rng.randint(1, min(most, len(items)))
    cuts = sorted(rng.sample(range(1, len(items)), k - 1))
    return [items[a:b] for a, b in zip([0, *cuts], [*cuts, len(items)])]


def fuse_in_batches(parts: list[list], **kw: Any):
    events: list = []
    result = None
    for part in parts:
        result = fuse(part, existing=events, **kw)
        events = result.events
    assert result is not None
    return result


def by_document(mentions: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for m in mentions:
        out.setdefault(m["mentions"][0]["document"], []).append(m)
    return out


def store_in_batches(path: Path, documents: dict[str, dict], mentions: list[dict], parts: list[list[str]]):
    """A store at ``path`` fed document by document in ``parts``, with ``update_store`` after each part."""
    from tidings.store import open_store

    grouped = by_document(mentions)
    store = open_store(path)
    for part in parts:
        for doc_id in part:
            store.add_document(documents[doc_id])
            store.replace_mentions(doc_id, grouped.get(doc_id, []))
        update_store(store)
    return store


def _document_of(ms: list[dict]) -> dict[str, dict]:
    docs = {}
    for doc_id, group in by_document(ms).items():
        m0 = group[0]["mentions"][0]
        docs[doc_id] = {"id": doc_id, "text": f"text of {doc_id}", "outlet": m0["outlet"], "published": m0["published"]}
    return docs


# ---------------------------------------------------------------- records built here


def forecast_corpus() -> list[dict]:
    """A forecast past its deadline by a later, unrelated report, and a report from before it."""
    return [
        mention("Donald Trump", "Kim Jong Un", cameo="036", id="fc", document="fc-doc", status="forecast", date="2018-03-27",
                end="2018-04-01", date_text="by April 1", place=None, probability=0.7, published="2018-03-26"),
        mention("Moon Jae-in", "North Korea", cameo="042", id="f-late", document="late-doc", date="2018-05-02", place="Pyongyang",
                published="2018-05-03"),
        mention("Moon Jae-in", "North Korea", cameo="042", id="f-old", document="old-doc", date="2018-01-09", place="Panmunjom",
                published="2018-01-10"),
    ]


def rival_corpus() -> list[dict]:
    """Reports of one visit over days, a rival claim, confirmation, and two meetings during it."""
    return [
        mention(id="r1", document="r-bb", outlet="Bloomberg", cited="anonymous", status="unconfirmed", published="2018-03-26"),
        mention("Kim Yo Jong", id="r2", document="r-dw", outlet="Duowei News", cited="South Korean media", published="2018-03-26"),
        mention(id="r3", document="r-rt", outlet="Reuters", cited="Xinhua", status="confirmed", published="2018-03-28"),
        mention("Kim Jong Un", "Xi Jinping", cameo="040", id="r4", document="r-xh", outlet="Xinhua", published="2018-03-28"),
        mention("Kim Jong Un", "Xi Jinping", cameo="040", id="r5", document="r-kc", outlet="KCNA", cited="KCNA", published="2018-03-28"),
        mention(id="r6", document="r-yn", outlet="Yonhap", published="2018-03-29", date=None),
        mention(id="r7", document="r-ap", outlet="AP", status="denied", cited="KCNA", published="2018-03-30", date=None),
    ]


def built_corpus() -> list[dict]:
    return kim_corpus() + rival_corpus() + forecast_corpus() + synthetic(25, 3, seed=11)


@pytest.mark.parametrize("seed", range(6))
def test_fuse_gives_the_same_events_and_stories_for_any_input_order(seed):
    ms = built_corpus()
    want = fuse(ms)
    shuffled = ms[:]
    random.Random(seed).shuffle(shuffled)
    got = fuse(shuffled)
    assert canonical(got.events) == canonical(want.events)
    assert canonical_stories(got.stories, got.events) == canonical_stories(want.stories, want.events)


@pytest.mark.parametrize("seed", range(8))
def test_fusing_batches_in_any_order_gives_the_one_run_result(seed):
    ms = built_corpus()
    want = fuse(ms)
    got = fuse_in_batches(batches(ms, random.Random(seed)))
    assert canonical(got.events) == canonical(want.events)
    assert canonical_stories(got.stories, got.events) == canonical_stories(want.stories, want.events)


def test_an_earlier_batch_after_a_later_one_gives_the_one_run_clusters():
    ms = kim_corpus() + rival_corpus()
    early = [m for m in ms if m["mentions"][0]["published"] <= "2018-03-27"]
    late = [m for m in ms if m["mentions"][0]["published"] > "2018-03-27"]
    got = fuse(early, existing=fuse(late).events)
    assert canonical(got.events) == canonical(fuse(ms).events)


def test_a_later_batch_fuses_only_what_it_touches():
    ms = built_corpus()
    first = fuse([m for m in ms if m["id"] != "f-late"])
    second = fuse([m for m in ms if m["id"] == "f-late"], existing=first.events)
    # the one new event, its story's events, and the forecast it puts past its deadline
    assert len(second.changed) <= 3
    assert "f-late" in {m["id"] for e in second.events if e["id"] in second.changed for m in e["mentions"]}


def test_a_forecast_past_its_deadline_stays_so_when_an_older_batch_comes(tmp_path):
    ms = forecast_corpus()
    docs = _document_of(ms)
    want = fuse(ms, documents=docs)
    (fc,) = want.forecasts
    assert fc["forecast"]["resolution"] == "did_not_happen"
    # the second run loads the forecast but not the later report that put it past its deadline
    with store_in_batches(tmp_path / "s.db", docs, ms, [["fc-doc", "late-doc"], ["old-doc"]]) as store:
        events = list(store.iter_events())
    assert canonical(events) == canonical(want.events)


@pytest.mark.parametrize("seed", range(3))
def test_update_store_in_any_batches_gives_the_one_run_events_and_stories(tmp_path, seed):
    ms = kim_corpus() + rival_corpus() + forecast_corpus() + synthetic(6, 3, seed=11)
    docs = _document_of(ms)
    want = fuse(ms, documents=docs)
    parts = batches(sorted(docs), random.Random(seed), most=6)
    with store_in_batches(tmp_path / "s.db", docs, ms, parts) as store:
        events = list(store.iter_events())
        assert store.count_mentions(unfused_only=True) == 0
    assert canonical(events) == canonical(want.events)


def test_update_store_leaves_no_outdated_story_rows(tmp_path):
    ms = kim_corpus() + rival_corpus()
    docs = _document_of(ms)
    want = fuse(ms, documents=docs)
    late_first = sorted(docs, key=lambda d: docs[d]["published"], reverse=True)
    with store_in_batches(tmp_path / "s.db", docs, ms, [[d] for d in late_first]) as store:
        events = list(store.iter_events())
        stories = list(store.iter_stories())
    assert canonical_stories(stories, events) == canonical_stories(want.stories, want.events)


class _RecordingStore:
    """A store that records the stories fusion asks it to delete (and otherwise is the store)."""

    def __init__(self, store) -> None:
        self.store = store
        self.deleted: list[str] = []

    def __getattr__(self, name: str):
        return getattr(self.store, name)

    def delete_stories(self, ids) -> None:
        self.deleted.extend(ids)


def test_update_store_asks_to_delete_exactly_the_outdated_stories(tmp_path):
    from tidings.store import open_store

    ms = kim_corpus() + rival_corpus()
    docs = _document_of(ms)
    want = {s["id"] for s in fuse(ms, documents=docs).stories}
    grouped = by_document(ms)
    with open_store(tmp_path / "s.db") as plain:
        store = _RecordingStore(plain)
        for doc_id in sorted(docs, key=lambda d: docs[d]["published"], reverse=True):
            plain.add_document(docs[doc_id])
            plain.replace_mentions(doc_id, grouped[doc_id])
            update_store(store)
        stored = {s["id"] for s in plain.iter_stories()}
    assert store.deleted, "newest first, stories get earlier events and so new ids"
    assert len(store.deleted) == len(set(store.deleted))
    assert set(store.deleted) == stored - want


# ---------------------------------------------------------------- coded articles (model)

# Three reports of one seizure, published over three days, plus a background
# report; written for these tests. The earliest report names no date.
ARTICLES = {
    "t1-first-report.txt": (
        "Outlet: Harbour Watch\nPublished: 2025-10-03\n\n"
        "Unidentified gunmen seized a cargo ship near the port of Aden, two maritime security sources said on Friday. "
        "The ship was boarded by armed men, the sources said."
    ),
    "t2-confirmation.txt": (
        "Outlet: Red Sea Courier\nPublished: 2025-10-04\n\n"
        "Yemen's coast guard said on Saturday that gunmen seized the cargo ship near Aden on Thursday, October 2. "
        "The coast guard said it was searching for the vessel."
    ),
    "t3-release.txt": (
        "Outlet: Harbour Watch\nPublished: 2025-10-06\n\n"
        "The gunmen released the cargo ship on Monday, the Yemeni coast guard said. "
        "Yemen's foreign minister met the Saudi ambassador in Riyadh on Sunday to discuss the seizure."
    ),
    "t4-background.txt": (
        "Outlet: Gulf Review\nPublished: 2025-10-05\n\n"
        "Houthi forces seized the Galaxy Leader in November 2023. "
        "Iran seized the Stena Impero on July 19, 2019, and released it on September 27, 2019."
    ),
}


def _inputs(directory: Path) -> list[Path]:
    for name, text in ARTICLES.items():
        (directory / name).write_text(text, encoding="utf-8")
    paths = sorted(directory.glob("t*.txt")) + sorted(p for p in DEMO.iterdir() if p.name[:1].isdigit())
    if SEEDS.exists():
        paths += sorted(SEEDS.glob("*.txt"))
    return paths


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    """Documents and mention records of the inputs, read and coded once (copies linked in file order)."""
    import tidings

    paths = _inputs(tmp_path_factory.mktemp("articles"))
    ex = tidings.extract_files(paths, fuse=False)
    assert not ex.failed
    return {d["id"]: d for d in ex.documents}, ex.events


@pytest.mark.model
def test_coded_inputs_give_several_stories_to_keep_apart(coded):
    docs, ms = coded
    result = fuse(ms, documents=docs)
    assert len(docs) >= 12 and len(ms) >= 100
    assert len(result.stories) >= 5
    assert any(len(e["mentions"]) > 1 for e in result.events)


@pytest.mark.model
@pytest.mark.parametrize("seed", range(5))
def test_coded_mentions_fuse_alike_in_any_order_and_batches(coded, seed):
    docs, ms = coded
    want = fuse(ms, documents=docs)
    rng = random.Random(seed)
    shuffled = ms[:]
    rng.shuffle(shuffled)
    got = fuse(shuffled, documents=docs)
    assert canonical(got.events) == canonical(want.events)
    in_batches = fuse_in_batches(batches(ms, rng, most=6), documents=docs)
    assert canonical(in_batches.events) == canonical(want.events)
    assert canonical_stories(in_batches.stories, in_batches.events) == canonical_stories(want.stories, want.events)


@pytest.mark.model
@pytest.mark.parametrize("seed", range(3))
def test_coded_documents_stored_in_any_batches_fuse_alike(coded, tmp_path, seed):
    docs, ms = coded
    want = fuse(ms, documents=docs)
    parts = batches(sorted(docs), random.Random(seed), most=5)
    with store_in_batches(tmp_path / "s.db", docs, ms, parts) as store:
        events = list(store.iter_events())
    assert canonical(events) == canonical(want.events)


def _ingest_counts(paths: list[Path], db: Path, parts: list[list[Path]]) -> tuple[dict, dict[str, int]]:
    from tidings import Options, ingest, open_store

    options = Options().replace(db=str(db))
    with open_store(options=options) as store:
        for part in parts:
            ingest([str(p) for p in part], store=store, options=options)
        events = list(store.iter_events())
        return canonical(events), store.counts()


@pytest.mark.model
@pytest.mark.slow
def test_ingesting_files_in_two_orders_gives_the_same_events(tmp_path):
    """End to end through ``tidings.ingest``: all at once in file order, and file by file newest first.

    The near-duplicate pair of the demo corpus (06 copies 03) is kept in file
    order in both runs, since which of two copies is coded depends on which
    is read first (read and ingest stages, not fusion).
    """
    paths = _inputs(tmp_path)
    at_once = _ingest_counts(paths, tmp_path / "a.db", [paths])
    copy = next(p for p in paths if p.name.startswith("06-"))
    rest = [p for p in paths if p != copy]
    newest_first = rest[::-1]
    newest_first.insert(newest_first.index(next(p for p in paths if p.name.startswith("03-"))) + 1, copy)
    one_by_one = _ingest_counts(paths, tmp_path / "b.db", [[p] for p in newest_first])
    assert one_by_one[0] == at_once[0]
    assert dict(one_by_one[1]) == dict(at_once[1])


def test_a_document_coded_again_with_the_same_mentions_is_linked_again(tmp_path):
    """replace_mentions drops the links of the old mentions; fusing the same records again must restore them."""
    from tidings.store import open_store

    ms = kim_corpus() + rival_corpus()
    docs = _document_of(ms)
    grouped = by_document(ms)
    with store_in_batches(tmp_path / "s.db", docs, ms, [sorted(docs)]) as store:
        before = {e["id"]: e for e in store.iter_events()}
        store.replace_mentions("r-rt", grouped["r-rt"])  # e.g. a second process coded it too
        assert store.count_mentions(unfused_only=True) == len(grouped["r-rt"])
        update_store(store)
        assert store.count_mentions(unfused_only=True) == 0
        assert {e["id"]: e for e in store.iter_events()} == before
    with open_store(tmp_path / "s.db") as store:
        assert update_store(store)["mentions"] == 0
