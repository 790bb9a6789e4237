"""An ingest killed mid-way leaves a consistent store, and re-running it completes the work.

A real ``tidings ingest`` process is started on a generated corpus of a few
hundred files, killed with SIGKILL once some documents are stored, checked
(``PRAGMA integrity_check``, every stored document whole), run again, and
the final state is compared with a clean, uninterrupted run.

Two variants: the stand-in stages of ``test_ingest_orchestration`` (always
available, with coding and fusion, the coder slowed a little so the kill
lands mid-run) and the real read stage with ``--no-code --no-fuse``.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
N_FILES = 200

BOOT_FAKE = f"""
import sys, time
sys.path.insert(0, {str(TESTS)!r})
import test_ingest_orchestration as stand_in
stand_in.install()
coder = stand_in.fake_code_documents
def slow(docs, **kw):
    time.sleep(0.003 * len(docs))
    return coder(docs, **kw)
stand_in.fake_code_documents = slow
from tidings.cli import main
main(sys.argv[1:])
"""

BOOT_REAL = "import sys\nfrom tidings.cli import main\nmain(sys.argv[1:])\n"

WORDS = "harbour patrol vessel crew cargo insurer minister navy coast guard convoy strait tanker port authority envoy".split()


def make_corpus(folder: Path) -> None:
    folder.mkdir()
    for n in range(N_FILES):
        words = [WORDS[(n * 7 + i * 3) % len(WORDS)] for i in range(40)]
        paras = [
            f"Port officials in district {n} said the {words[0]} and the {words[1]} met on day {n % 28 + 1} to discuss item {n}.",
            f"The {words[2]} {words[3]} was inspected by {words[4]} teams, according to report number {n * 13}.",
            f"Analysts said talks on case {n} could resume within {n % 9 + 2} weeks, citing {words[5]} sources.",
        ]
        text = f"Harbour bulletin {n}: {words[6]} update\n\nShare on Facebook\n\n" + "\n\n".join(paras) + "\n\nSubscribe to our newsletter\n"
        if n % 60 == 59:  # a republished copy of an earlier file
            original = (folder / f"{n - 30:04d}.txt").read_text()
            text = "Republished from Harbour Wire\n\n" + original.replace("Subscribe", "A note on insurance rates was added to this copy.\n\nSubscribe")
        (folder / f"{n:04d}.txt").write_text(text, encoding="utf-8")


def run_cli(boot: str, db: Path, corpus: Path, extra: list[str], *, jobs: int, kill_after: int | None = None) -> int:
    env = dict(os.environ, TIDINGS_BATCH_SIZE="4", TIDINGS_NEAR_DUPLICATE_THRESHOLD="0.6", TIDINGS_JOBS=str(jobs), PYTHONUNBUFFERED="1")
    cmd = [sys.executable, "-c", boot, "--db", str(db), "-q", "ingest", str(corpus), *extra]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if kill_after is None:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        return proc.returncode
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                    if conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= kill_after:
                        break
            except sqlite3.OperationalError:
                pass  # tables not created yet
        time.sleep(0.005)
    if proc.poll() is not None:
        _, err = proc.communicate()
        pytest.fail(f"the ingest ended (status {proc.returncode}) before it could be interrupted: {err.decode()[-500:]}")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    return proc.returncode


def snapshot(db: Path) -> dict:
    """The content of a store, without timestamps."""
    with sqlite3.connect(db) as conn:
        docs = conn.execute("SELECT id, text, title, language, duplicate_of, coded_at IS NOT NULL FROM documents ORDER BY id").fetchall()
        spans = conn.execute('SELECT document, start, "end", reason, text FROM removed_spans ORDER BY document, start').fetchall()
        mentions = conn.execute('SELECT id, document, "index", data, fused, event FROM mentions ORDER BY id').fetchall()
        events = conn.execute("SELECT id, data FROM events ORDER BY id").fetchall()
        links = conn.execute("SELECT event, mention FROM event_mentions ORDER BY event, mention").fetchall()
    return {"documents": docs, "spans": spans, "mentions": mentions, "events": events, "links": links}


def check_consistent(db: Path, clean: dict, *, coded: bool) -> int:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    state = snapshot(db)
    clean_docs = {d[0]: d for d in clean["documents"]}
    clean_spans = {}
    for s in clean["spans"]:
        clean_spans.setdefault(s[0], []).append(s)
    spans = {}
    for s in state["spans"]:
        spans.setdefault(s[0], []).append(s)
    mentions = {}
    for m in state["mentions"]:
        mentions.setdefault(m[1], []).append(m[0])
    clean_mentions = {}
    for m in clean["mentions"]:
        clean_mentions.setdefault(m[1], []).append(m[0])
    for doc in state["documents"]:
        doc_id, is_coded = doc[0], doc[5]
        assert doc[:4] == clean_docs[doc_id][:4], "a stored document differs from the clean run"
        assert spans.get(doc_id) == clean_spans.get(doc_id), "a stored document lacks its removed spans"
        if coded and is_coded:
            assert mentions.get(doc_id) == clean_mentions.get(doc_id), "a coded document lacks mentions"
        else:
            assert doc_id not in mentions
    return len(state["documents"])


# The stand-in stages live in the process that installs them, so that variant runs
# with one job; the real reader runs in two worker processes (killed with their parent).
VARIANTS = {
    "stand-in-stages": (BOOT_FAKE, [], True, 1),
    "real-reader": (BOOT_REAL, ["--no-code", "--no-fuse"], False, 2),
}


@pytest.mark.slow
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes_it(tmp_path, monkeypatch, variant):
    boot, extra, coded, jobs = VARIANTS[variant]
    if variant == "real-reader":
        read = pytest.importorskip("tidings.read")
        if not all(hasattr(read, name) for name in ("iter_inputs", "minhash_signature", "NearDuplicateIndex")):
            pytest.skip("the read stage is not complete yet")
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"

    # the clean run, in this process (same code path as the command, without its start-up)
    from tidings import Options, open_store
    from tidings._ingest import ingest

    if variant == "stand-in-stages":
        import test_ingest_orchestration as stand_in

        stand_in.install(monkeypatch)
    with open_store(clean_db) as store:
        ingest([str(corpus)], store=store, options=Options(batch_size=4, near_duplicate_threshold=0.6, jobs=jobs), code=coded, fuse=coded)
    clean = snapshot(clean_db)
    assert len(clean["documents"]) == N_FILES
    assert any(d[4] for d in clean["documents"])  # republished copies are linked to their original
    if coded:
        assert all(d[5] for d in clean["documents"] if d[4] is None)

    code = run_cli(boot, killed_db, corpus, extra, jobs=jobs, kill_after=40)
    assert code == -signal.SIGKILL
    stored = check_consistent(killed_db, clean, coded=coded)
    assert 40 <= stored < N_FILES

    run_cli(boot, killed_db, corpus, extra, jobs=jobs)
    assert snapshot(killed_db) == clean
