"""Ingest orchestration with small stand-in stages.

The stand-ins (a line-based reader, a MinHash over word shingles, a
one-mention-per-paragraph coder and a one-event-per-mention fuser) follow
the interfaces of ``tidings.read``, ``tidings.code`` and ``tidings.fuse``;
they let these tests pin down what :func:`tidings.ingest.ingest` does with
them. ``install`` is also used by the interrupted-ingest test, in a
subprocess running the real ``tidings ingest`` command.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tidings import EmptyInput, Options, TooLarge, open_store
from tidings._ingest import IngestReport, ingest

BOILERPLATE = ("share on", "subscribe", "photo:")


class Calls:
    coded: list[list[str]] = []
    fused: int = 0

    @classmethod
    def reset(cls) -> None:
        cls.coded = []
        cls.fused = 0


def read_file(path: Path, outlet=None, published=None):
    raw = path.read_text(encoding="utf-8")
    if not raw.strip():
        return EmptyInput("the file has no text", path=str(path))
    kept, removed, pos = [], [], 0
    for line in raw.splitlines(keepends=True):
        if line.strip().lower().startswith(BOILERPLATE):
            removed.append({"text": line.strip(), "start": pos, "end": pos + len(line.rstrip("\n")), "reason": "share"})
        else:
            kept.append(line)
        pos += len(line)
    text = "".join(kept).strip()
    return {
        "id": "d" + hashlib.sha1(" ".join(text.casefold().split()).encode()).hexdigest()[:15],
        "title": text.splitlines()[0],
        "outlet": outlet,
        "published": published,
        "published_inferred": False,
        "language": "es" if ".es." in path.name else "en",
        "words": len(text.split()),
        "text": text,
        "raw": raw,
        "removed": removed,
        "updates": [],
        "provenance": {},
        "source_path": str(path),
        "format": "text",
        "duplicate_of": None,
    }


def fake_iter_inputs(paths, *, options=None, outlet=None, published=None):
    for p in paths:
        p = Path(p)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            if options is not None and f.stat().st_size > options.max_bytes:
                yield TooLarge(f"the file has {f.stat().st_size} bytes", path=str(f))
                continue
            yield read_file(f, outlet, published)


def fake_minhash(text, num_perm=64):
    """MinHash over word 3-shingles with seeded hashes (stand-in for tidings.read)."""
    words = text.casefold().split()
    shingles = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    hashes = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles]
    mask = (1 << 61) - 1
    return [min(((h * (2 * i + 1) + i * 0x9E3779B97F4A7C15) & mask) for h in hashes) for i in range(num_perm)]


class FakeIndex:
    def __init__(self, threshold=0.8):
        self.threshold = threshold
        self.items: list[tuple[str, list[int]]] = []

    @classmethod
    def from_pairs(cls, pairs, threshold=0.8):
        index = cls(threshold)
        for doc_id, sig in pairs:
            index.add(doc_id, sig)
        return index

    def add(self, doc_id, signature):
        self.items.append((doc_id, signature))

    def link(self, doc_id, signature):
        hit = self.match(signature, exclude=doc_id)
        self.add(doc_id, signature)
        return hit

    def match(self, signature, exclude=None):
        best = None
        for doc_id, sig in self.items:
            if doc_id == exclude:
                continue
            j = sum(a == b for a, b in zip(sig, signature)) / len(sig)
            if j >= self.threshold and (best is None or j > best[1]):
                best = (doc_id, j)
        return best


def fake_code_documents(docs, *, options=None, nlp=None, on_error=None):
    Calls.coded.append([d["id"] for d in docs])
    out = {}
    for d in docs:
        mentions = []
        for para in d["text"].split("\n\n")[1:]:
            start = d["text"].index(para)
            mentions.append({"type": {"cameo": "171"}, "status": "reported", "mentions": [{"document": d["id"], "sentence": para, "start": start, "end": start + len(para)}]})
        out[d["id"]] = mentions
    return out


def fake_update_store(store, *, options=None):
    Calls.fused += 1
    events = []
    for m in store.iter_mentions(unfused_only=True):
        events.append(dict(m, id="e-" + m["id"], mentions=[dict(m["mentions"][0], id=m["id"])]))
    store.save_events(events)
    return {"events": len(events)}


def fake_stages(code, fuse):
    return fake_iter_inputs, fake_minhash, FakeIndex, fake_code_documents if code else None, fake_update_store if code and fuse else None


def install(target=None):
    """Replace the stage look-up of tidings.ingest with the stand-ins."""
    import importlib

    module = importlib.import_module("tidings._ingest")

    if target is None:
        module._stages = fake_stages
    else:
        target.setattr(module, "_stages", fake_stages)


def article(n: int, *, paragraphs: int = 3, extra: str = "") -> str:
    body = "\n\n".join(
        f"Paragraph {p} of report {n}: officials in port city {n} said vessel {n * 7 + p} was stopped by patrol boats {extra}." for p in range(paragraphs)
    )
    return f"Report {n} on the tanker\n\nShare on Facebook\n\n{body}\n\nSubscribe to our newsletter\n"


@pytest.fixture(autouse=True)
def _fakes(monkeypatch):
    install(monkeypatch)
    Calls.reset()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(article(n))
    return folder


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    return folder


@pytest.fixture
def store(tmp_path):
    (tmp_path / "db").mkdir()
    with open_store(tmp_path / "db" / "t.db") as s:
        yield s


def opts(**kw):
    # jobs=1: the stand-in stages live in this process; worker processes would import the real ones
    return Options(batch_size=2, jobs=1, **kw)


def test_ingest_stores_codes_and_fuses(store, corpus):
    report = ingest([str(corpus)], store=store, options=opts())
    assert (report.read, report.stored, report.unchanged, report.coded) == (5, 5, 0, 5)
    assert report.mentions == 5 * 3 and report.events == 15
    assert Calls.fused == 1
    assert [len(batch) for batch in Calls.coded] == [2, 2, 1]  # batches of options.batch_size
    assert store.count_mentions(unfused_only=True) == 0
    for doc in store.iter_documents():
        assert [s["text"] for s in doc["removed"]] == ["Share on Facebook", "Subscribe to our newsletter"]
        assert doc["coded"]


def test_reingesting_the_same_files_changes_nothing(store, corpus):
    ingest([str(corpus)], store=store, options=opts())
    before = (store.counts(), [d["ingested_at"] for d in store.iter_documents()])
    Calls.reset()
    report = ingest([str(corpus)], store=store, options=opts())
    assert (report.read, report.stored, report.unchanged, report.coded, report.mentions) == (5, 0, 5, 0, 0)
    assert Calls.coded == []
    assert (store.counts(), [d["ingested_at"] for d in store.iter_documents()]) == before


@pytest.mark.parametrize("batch_size", [1, 3, 50])
def test_near_duplicates_are_linked_stored_and_not_coded(store, tmp_path, batch_size):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(article(1, paragraphs=8))
    (folder / "b.txt").write_text("Republished from Meridian\n\n" + article(1, paragraphs=8))  # small edit
    (folder / "c.txt").write_text(article(2, paragraphs=8))
    report = ingest([str(folder)], store=store, options=Options(batch_size=batch_size, jobs=1))
    assert (report.stored, report.near_duplicates, report.coded) == (3, 1, 2)
    docs = {Path(d["source_path"]).name: d for d in store.iter_documents()}
    assert docs["b.txt"]["duplicate_of"] == docs["a.txt"]["id"]
    assert docs["c.txt"]["duplicate_of"] is None and docs["a.txt"]["duplicate_of"] is None


def test_near_duplicates_link_to_documents_of_earlier_runs(store, inbox):
    (inbox / "a.txt").write_text(article(1, paragraphs=8))
    (inbox / "b.txt").write_text(article(1, paragraphs=8) + "\nUpdated at noon.\n")
    ingest([str(inbox / "a.txt")], store=store, options=opts())
    report = ingest([str(inbox / "b.txt")], store=store, options=opts())
    assert report.near_duplicates == 1
    linked = [d for d in store.iter_documents() if d["duplicate_of"]]
    assert len(linked) == 1 and linked[0]["source_path"].endswith("b.txt")


def test_exact_copy_under_another_name_is_counted_not_stored(store, inbox):
    (inbox / "a.txt").write_text(article(1))
    (inbox / "copy.txt").write_text(article(1))
    report = ingest([str(inbox)], store=store, options=opts())
    assert (report.read, report.stored, report.duplicates, report.near_duplicates) == (2, 1, 1, 0)
    assert store.count_documents() == 1
    assert sum(len(b) for b in Calls.coded) == 1


def test_non_english_documents_are_stored_flagged_and_not_coded(store, inbox):
    (inbox / "a.txt").write_text(article(1))
    (inbox / "b.es.txt").write_text(article(2))
    report = ingest([str(inbox)], store=store, options=opts())
    assert (report.stored, report.non_english, report.coded) == (2, 1, 1)
    assert [d["language"] for d in store.iter_documents(language="es")] == ["es"]
    assert report.mentions == 3


def test_unreadable_inputs_are_skipped_with_a_reason_and_the_batch_goes_on(store, inbox):
    (inbox / "a.txt").write_text(article(1))
    (inbox / "empty.txt").write_text("  \n")
    report = ingest([str(inbox)], store=store, options=opts())
    assert report.stored == 1
    assert report.skipped == [(str(inbox / "empty.txt"), "E101 the file has no text")]
    assert "skipped 1 (E101 empty input x1)" in report.summary()


@pytest.mark.parametrize("code, fuse, fused, mentions", [(True, True, 1, 9), (True, False, 0, 9), (False, True, 0, 0), (False, False, 0, 0)])
def test_code_and_fuse_can_be_turned_off(store, inbox, code, fuse, fused, mentions):
    for n in range(3):
        (inbox / f"{n}.txt").write_text(article(n))
    report = ingest([str(inbox)], store=store, options=opts(), code=code, fuse=fuse)
    assert Calls.fused == fused
    assert report.mentions == mentions == store.counts()["mentions"]
    assert report.stored == 3


def test_documents_stored_without_coding_are_coded_by_the_next_run(store, corpus):
    ingest([str(corpus)], store=store, options=opts(), code=False)
    assert store.uncoded_documents(d["id"] for d in store.iter_documents()) == {d["id"] for d in store.iter_documents()}
    report = ingest([str(corpus)], store=store, options=opts())
    assert (report.stored, report.unchanged, report.coded, report.mentions) == (0, 5, 5, 15)
    assert store.uncoded_documents(d["id"] for d in store.iter_documents()) == set()


def test_given_outlet_and_date_reach_the_stored_documents(store, corpus):
    ingest([str(corpus)], store=store, options=opts(), outlet="Gulf Dispatch", published="2025-09-09", code=False)
    assert {(d["outlet"], d["published"]) for d in store.iter_documents()} == {("Gulf Dispatch", "2025-09-09")}


def test_progress_is_reported_per_batch(store, corpus):
    seen = []
    ingest([str(corpus)], store=store, options=opts(), progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert seen == [("read", 2, None), ("read", 4, None), ("read", 5, None), ("fuse", 0, 1), ("fuse", 1, 1)]


def test_ingest_opens_and_closes_its_own_store_from_the_options(tmp_path, corpus):
    db = tmp_path / "own.db"
    report = ingest([str(corpus)], options=opts(db=str(db)))
    assert isinstance(report, IngestReport) and report.stored == 5
    with open_store(db) as s:
        assert s.count_documents() == 5


def test_summary_names_every_count():
    r = IngestReport(read=3, stored=2, duplicates=1, skipped=[("x", "E102 binary"), ("y", "E102 binary"), ("z", "E104 too large")])
    line = r.summary()
    for part in ("read 3", "stored 2", "duplicates 1", "skipped 3 (E102 binary input x2, E104 too large x1)"):
        assert part in line
    assert "\n" not in line


def test_tidings_ingest_stays_callable_after_the_module_is_imported(store, corpus):
    import importlib

    import tidings

    importlib.import_module("tidings._ingest")
    report = tidings.ingest([str(corpus)], store=store, options=opts(), code=False)
    assert report.stored == 5


@pytest.mark.parametrize("as_", [str, Path, lambda p: [p]])
def test_a_single_path_may_be_given_as_str_or_path(store, corpus, as_):
    report = ingest(as_(corpus), store=store, options=opts(), code=False)
    assert report.read == 5
