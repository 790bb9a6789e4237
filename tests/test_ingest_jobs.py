"""Parallel ingest: `jobs` worker processes read and code; the store ends up as with one process.

Most tests start workers with ``fork`` so that the stand-in code stage of
``test_ingest_orchestration`` (installed in this process) reaches them; the
first test uses the real stages and the default ``spawn`` start.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
import test_ingest_orchestration as stand_in

from tidings import Options, load_options, open_store
from tidings._ingest import WorkerPool, extract_files, ingest, ingest_documents, worker_count

ARTICLES = [
    "Russian President Vladimir Putin visited Ankara on Tuesday and met Turkish President Recep Tayyip Erdogan.",
    "Police in Dhaka arrested three opposition activists after a protest outside the parliament on Monday.",
    "The European Union condemned the missile launch and urged North Korea to return to talks.",
    "France sent medical aid to Lebanon after the explosion in the port of Beirut, its foreign ministry said.",
    "Kenyan troops killed four militants near the Somali border, the army said on Friday.",
    "Japan and South Korea agreed to resume talks on the disputed islands next month.",
    "Iran accused Israel of sabotage at its Natanz nuclear site and vowed revenge.",
    "German Chancellor Angela Merkel met Emmanuel Macron in Paris to discuss the budget.",
]


def write_corpus(folder: Path) -> Path:
    """News-like files: the articles above, a near-duplicate, an exact copy, a Spanish one and an empty file."""
    folder.mkdir()
    for n, text in enumerate(ARTICLES):
        more = " ".join(ARTICLES[(n + k) % len(ARTICLES)] for k in (3, 5, 6))
        (folder / f"{n:02d}.txt").write_text(f"Report {n} from our correspondents\n\n{text}\n\n{more}\n", encoding="utf-8")
    (folder / "10-updated.txt").write_text((folder / "02.txt").read_text(encoding="utf-8") + "The report was updated on Sunday.\n", encoding="utf-8")
    (folder / "11-copy.txt").write_text((folder / "05.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "12.txt").write_text("La policía detuvo a tres activistas en Madrid el lunes por la noche tras una protesta.\n", encoding="utf-8")
    (folder / "13-empty.txt").write_text("", encoding="utf-8")
    return folder


def snapshot(db: Path) -> dict:
    with sqlite3.connect(db) as conn:
        return {
            "documents": conn.execute("SELECT rowid, id, text, language, duplicate_of, source_path, coded_at IS NOT NULL FROM documents ORDER BY rowid").fetchall(),
            "mentions": conn.execute('SELECT id, document, "index", data FROM mentions ORDER BY rowid').fetchall(),
            "events": conn.execute("SELECT id, data FROM events ORDER BY id").fetchall(),
            "links": conn.execute("SELECT event, mention FROM event_mentions ORDER BY event, mention").fetchall(),
        }


def run(corpus: Path, db: Path, **options) -> tuple[object, dict]:
    opts = Options(db=str(db), batch_size=3, **options)
    with open_store(options=opts) as store:
        report = ingest([str(corpus)], store=store, options=opts)
    return report, snapshot(db)


@pytest.mark.slow
@pytest.mark.model
def test_two_jobs_store_the_same_records_in_the_same_order_as_one(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    one, single = run(corpus, tmp_path / "one.db", jobs=1)
    two, double = run(corpus, tmp_path / "two.db", jobs=2)
    assert single["mentions"] and single["events"]
    assert double == single
    keep = ("read", "stored", "unchanged", "duplicates", "near_duplicates", "non_english", "coded", "mentions", "events", "skipped", "failed")
    assert {k: getattr(two, k) for k in keep} == {k: getattr(one, k) for k in keep}
    assert one.near_duplicates == 1 and one.duplicates == 1 and one.non_english == 1 and len(one.skipped) == 1


@pytest.fixture
def forked(monkeypatch):
    """Workers started with fork, with the stand-in coder and a fuse counter (the real reader)."""
    import tidings._ingest as module
    import tidings.code

    real = module._stages

    def stages(code, fuse):
        iter_inputs, minhash, index, _, _ = real(False, False)
        return iter_inputs, minhash, index, stand_in.fake_code_documents if code else None, stand_in.fake_update_store if fuse else None

    from tidings.read import read_article

    read_article("Police in Dhaka arrested three activists on Monday.")  # load the reader's models once, before the forks
    monkeypatch.setattr(module, "_START_METHOD", "fork")
    monkeypatch.setattr(module, "_stages", stages)
    monkeypatch.setattr(tidings.code, "code_documents", faulty(stand_in.fake_code_documents))
    stand_in.Calls.reset()
    return module


def faulty(coder):
    """The coder, except that it dies on a text holding CRASH and fails on one holding RAISE."""
    def code_documents(docs, *, options=None, nlp=None, on_error=None):
        from tidings import CodingError

        if any("CRASH" in d["text"] for d in docs):
            os._exit(3)  # what the kernel's OOM killer or a segfault looks like from the parent
        bad = [d for d in docs if "RAISE" in d["text"]]
        for d in bad:
            on_error(CodingError("the lexicon blew up", path=d["id"]))
        return coder([d for d in docs if d not in bad], options=options)
    return code_documents


def corpus_with(folder: Path, n: int, marks: dict[int, str]) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(stand_in.article(i, extra=marks.get(i, "")), encoding="utf-8")
    return folder


@pytest.mark.parametrize("mark", ["RAISE", "CRASH"])
def test_a_document_failing_in_a_worker_is_reported_and_the_rest_is_coded_and_fused(forked, tmp_path, mark):
    corpus = corpus_with(tmp_path / "c", 9, {4: mark})
    with open_store(tmp_path / "t.db") as store:
        report = ingest([str(corpus)], store=store, options=Options(batch_size=2, jobs=2))
        (failed_id, reason), = report.failed
        assert reason.startswith(f"E503 {failed_id}: ")
        assert ("lexicon blew up" if mark == "RAISE" else "worker process coding it died") in reason
        assert report.stored == 9 and report.coded == 8 and report.mentions >= 8
        assert stand_in.Calls.fused == 1 and report.events == report.mentions
        failed = store.get_document(failed_id)
        assert mark in failed["text"] and not store.uncoded_documents([d["id"] for d in store.iter_documents()]) - {failed_id}
        assert store.uncoded_documents([failed_id]) == {failed_id}  # a later run codes it again


def test_a_worker_dying_on_a_file_costs_that_file_only(forked, tmp_path, monkeypatch):
    import tidings.read

    real = tidings.read.iter_inputs

    def iter_inputs(paths, **kw):
        if any(str(p).endswith("005.txt") for p in paths):
            os._exit(9)
        return real(paths, **kw)

    monkeypatch.setattr(tidings.read, "iter_inputs", iter_inputs)
    corpus = corpus_with(tmp_path / "c", 9, {})
    with open_store(tmp_path / "t.db") as store:
        report = ingest([str(corpus)], store=store, options=Options(batch_size=2, jobs=2))
    (path, reason), = report.skipped
    assert path.endswith("005.txt") and reason.startswith("E100 ") and "worker process reading it died" in reason
    assert report.stored == 8 and report.coded == 8 and stand_in.Calls.fused == 1


def test_a_pool_is_a_coder_for_documents_read_elsewhere(forked, tmp_path):
    docs = [stand_in.read_file(p) for p in sorted(corpus_with(tmp_path / "c", 5, {2: "RAISE"}).iterdir())]
    with WorkerPool(Options(), jobs=2) as pool, open_store(tmp_path / "t.db") as store:
        report = ingest_documents(docs, store=store, options=Options(batch_size=2), coder=pool)
    assert report.coded == 4 and len(report.failed) == 1 and report.stored == 5


def test_small_inputs_stay_in_this_process(forked, tmp_path, monkeypatch):
    monkeypatch.setattr(forked, "WorkerPool", None)  # calling it would fail
    corpus = corpus_with(tmp_path / "c", 3, {})
    with open_store(tmp_path / "t.db") as store:
        report = ingest([str(corpus)], store=store, options=Options(jobs=2))  # 3 files < one batch of 32
    assert report.coded == 3


def test_extract_files_reads_and_codes_in_workers_with_the_same_records(forked, tmp_path):
    corpus = corpus_with(tmp_path / "c", 7, {})
    one = extract_files([str(corpus)], options=Options(batch_size=2, jobs=1), fuse=False)
    two = extract_files([str(corpus)], options=Options(batch_size=2, jobs=2), fuse=False)
    assert two.events == one.events and len(one.events) >= 7
    assert [d["id"] for d in two.documents] == [d["id"] for d in one.documents]


@pytest.mark.parametrize("jobs, expected", [(1, 1), (3, 3), (0, None)])
def test_jobs_zero_means_one_worker_per_usable_core(jobs, expected):
    count = worker_count(Options(jobs=jobs))
    assert count == (expected or len(os.sched_getaffinity(0)))


def test_jobs_come_from_the_environment_and_the_config_file(tmp_path):
    config = tmp_path / "tidings.toml"
    config.write_text("jobs = 3\n")
    assert load_options(config, env={}).jobs == 3
    assert load_options(config, env={"TIDINGS_JOBS": "1"}).jobs == 1
    assert load_options(env={}).jobs == 0
