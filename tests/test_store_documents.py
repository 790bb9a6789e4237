"""Store: documents, removed spans, signatures and full-text search."""

from __future__ import annotations

import pytest

from tidings import NotFound, StoreError, open_store
from tidings.store import fulltext


def make_doc(n: int, **extra):
    text = extra.pop("text", f"Article {n}. Iranian forces seized tanker number {n} in the Strait of Hormuz.")
    doc = {
        "id": f"d{n:04d}",
        "title": f"Tanker {n} seized",
        "outlet": "Meridian Maritime Report",
        "author": "Lena Okafor",
        "published": f"2025-09-{(n % 28) + 1:02d}",
        "published_inferred": False,
        "language": "en",
        "words": len(text.split()),
        "text": text,
        "raw": "Share this\n" + text,
        "removed": [{"text": "Share this", "start": 0, "end": 10, "reason": "share"}],
        "updates": [],
        "provenance": {"title": "found", "published": "given"},
        "source_path": f"/corpus/{n}.txt",
        "format": "text",
        "url": None,
        "duplicate_of": None,
    }
    doc.update(extra)
    return doc


def test_open_store_creates_file_in_wal_mode_with_foreign_keys(tmp_path):
    path = tmp_path / "new.db"
    with open_store(path) as s:
        assert path.exists()
        assert s.schema_version >= 1
        with s.transaction() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_open_store_in_missing_folder_is_a_store_error(tmp_path):
    with pytest.raises(StoreError) as err:
        open_store(tmp_path / "no" / "such" / "t.db")
    assert err.value.code == "E201"


def test_open_store_defaults_to_the_options_db(tmp_path):
    from tidings import Options

    with open_store(options=Options(db=str(tmp_path / "opt.db"))) as s:
        s.add_document(make_doc(1))
    assert (tmp_path / "opt.db").exists()


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {"title": None, "author": None, "published": None, "published_inferred": True},
        {"text": "Ünïcode — “quotes” and 漢字 survive.", "language": "xx"},
        {"removed": []},
        {"removed": [{"text": "Subscribe", "start": 40, "end": 49, "reason": "subscribe"}, {"text": "(Photo: AFP)", "start": 3, "end": 15, "reason": "photo-credit"}]},
        {"updates": [{"text": "Update: crew freed.", "start": 0, "end": 19, "kind": "update", "published": "2025-09-15"}], "subtitle": "A dek line", "original_outlet": "Gulf Dispatch"},
    ],
)
def test_document_round_trips_with_its_removed_spans(store, extra):
    doc = make_doc(7, **extra)
    assert store.add_document(doc, signature=[1, 2, 3]) == "stored"
    got = store.get_document(doc["id"])
    for key in ("id", "title", "outlet", "author", "published", "published_inferred", "language", "text", "raw", "updates", "provenance", "source_path", "format"):
        assert got[key] == doc.get(key), key
    assert got["removed"] == sorted(doc["removed"], key=lambda s: s["start"])
    assert got.get("subtitle") == doc.get("subtitle")
    assert got["coded"] is False


@pytest.mark.parametrize("notes", [
    {"warnings": ["published: 'not a date' is not a date (dropped)"], "replaced": 2, "encoding": "utf-8"},
    {"fetched": "2025-09-09T10:15:00+00:00", "canonical_url": "https://example.org/a", "source_offset": 1234},
    {"source_item": 3},
])
def test_the_read_stage_notes_on_a_document_are_kept(store, notes):
    doc = make_doc(8, **notes)
    store.add_document(doc)
    got = store.get_document(doc["id"])
    assert {k: got.get(k) for k in notes} == notes


def test_a_document_without_notes_gets_none_back(store):
    doc = make_doc(9)
    store.add_document(doc)
    got = store.get_document(doc["id"])
    assert not any(k in got for k in ("warnings", "replaced", "fetched", "canonical_url", "source_item"))


@pytest.mark.parametrize(
    "second, expected",
    [
        ({"source_path": "/corpus/7.txt"}, "unchanged"),
        ({"source_path": "/elsewhere/copy.txt"}, "duplicate"),
        ({"source_path": None}, "unchanged"),
    ],
)
def test_adding_the_same_document_again_writes_nothing(store, second, expected):
    store.add_document(make_doc(7))
    again = make_doc(7, title="Changed title", **second)
    assert store.add_document(again) == expected
    assert store.get_document("d0007")["title"] == "Tanker 7 seized"
    assert store.count_documents() == 1
    assert len(store.get_document("d0007")["removed"]) == 1


def test_get_unknown_document_raises_not_found(store):
    with pytest.raises(NotFound) as err:
        store.get_document("nope")
    assert err.value.code == "E502"


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({}, 30),
        ({"limit": 7}, 7),
        ({"language": "fr"}, 10),
        ({"language": "en", "limit": 3}, 3),
        ({"outlet": "gulf dispatch"}, 15),
        ({"outlet": "Nobody"}, 0),
    ],
)
def test_iter_documents_filters_and_pages(store, monkeypatch, kwargs, expected):
    import tidings.store._store as impl

    monkeypatch.setattr(impl, "_PAGE", 4)  # force several pages
    for n in range(30):
        store.add_document(make_doc(n, language="fr" if n % 3 == 0 else "en", outlet="Gulf Dispatch" if n % 2 else "Meridian"))
    docs = list(store.iter_documents(**kwargs))
    assert len(docs) == expected
    assert len({d["id"] for d in docs}) == len(docs)
    dates = [d["published"] for d in docs]
    assert dates == sorted(dates)
    assert all(len(d["removed"]) == 1 for d in docs)


def test_undated_documents_come_last(store):
    store.add_document(make_doc(1, published=None))
    store.add_document(make_doc(2, published="2020-01-01"))
    assert [d["id"] for d in store.iter_documents()] == ["d0002", "d0001"]


def test_signatures_are_returned_for_documents_stored_with_one(store):
    store.add_document(make_doc(1), signature=[5, 6, 7])
    store.add_document(make_doc(2))
    assert list(store.signatures()) == [("d0001", [5, 6, 7])]


@pytest.mark.parametrize("fts", [True, False], ids=["fts5", "like-fallback"])
@pytest.mark.parametrize(
    "query, hits",
    [
        ("Hormuz", {"d0001", "d0002"}),
        ("bandar abbas", {"d0002"}),
        ("tanker AND", {"d0001", "d0002"}),  # operators are words, not syntax
        ('"unbalanced', set()),
        ("", set()),
        ("submarine", set()),
    ],
)
def test_search_documents_finds_all_words(store, monkeypatch, fts, query, hits):
    if not fts:
        monkeypatch.setattr(fulltext, "available", lambda conn: False)
    store.add_document(make_doc(1, text="A tanker was seized in the Strait of Hormuz and taken away. AND more."))
    store.add_document(make_doc(2, text="The tanker was taken from Hormuz to Bandar Abbas. And then."))
    store.add_document(make_doc(3, text="Nothing about the sea here."))
    found = store.search_documents(query)
    if query == '"unbalanced':
        assert found == []
        return
    assert {h["id"] for h in found} == hits
    for h in found:
        assert set(h) == {"id", "title", "outlet", "published", "snippet", "score"}


def test_search_ranks_the_more_relevant_document_first(store):
    store.add_document(make_doc(1, text="Hormuz. " + "Other words about shipping and insurance markets. " * 20))
    store.add_document(make_doc(2, text="Hormuz Hormuz Hormuz: the strait of Hormuz was closed."))
    assert [h["id"] for h in store.search_documents("hormuz")] == ["d0002", "d0001"]


def test_delete_document_removes_spans_mentions_and_search_entry(store):
    store.add_document(make_doc(1))
    store.replace_mentions("d0001", [{"type": {"cameo": "171"}}])
    store.delete_document("d0001")
    assert store.count_documents() == 0
    assert store.search_documents("Hormuz") == []
    assert store.counts()["mentions"] == 0
    with store.transaction() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM removed_spans").scalar() == 0


def test_a_failed_transaction_leaves_nothing_behind(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_document(make_doc(1))
            store.replace_mentions("d0001", [{"type": {"cameo": "171"}}])
            raise RuntimeError("crash")
    assert store.count_documents() == 0
    assert store.counts()["mentions"] == 0


def test_in_memory_store_works(tmp_path):
    with open_store(":memory:") as s:
        s.add_document(make_doc(1))
        assert s.count_documents() == 1
        assert s.search_documents("tanker")[0]["id"] == "d0001"


def test_a_reader_is_not_blocked_by_an_open_write_transaction(tmp_path):
    path = tmp_path / "shared.db"
    with open_store(path) as writer, open_store(path) as reader:
        writer.add_document(make_doc(1))
        with writer.transaction():
            writer.add_document(make_doc(2))
            # WAL: the reader sees the last committed state at once
            assert [d["id"] for d in reader.iter_documents()] == ["d0001"]
        assert reader.count_documents() == 2


def test_known_documents_answers_for_many_ids_at_once(store, monkeypatch):
    import tidings.store._store as impl

    monkeypatch.setattr(impl, "_PAGE", 3)
    for n in range(7):
        store.add_document(make_doc(n))
    asked = [f"d{n:04d}" for n in range(0, 14, 2)]
    assert store.known_documents(asked) == {"d0000", "d0002", "d0004", "d0006"}
    assert store.known_documents([]) == set()
