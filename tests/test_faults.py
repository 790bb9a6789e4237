"""Faults: a killed ingest, two writers at once, a reader during ingest; the store ends as a clean run leaves it.

Every run here is a real ``tidings ingest`` process (``python -m``-style
start of :func:`tidings.cli.main`) with the real read, store and fuse
stages. Coding is not the point, so a small rule-based coder stands in for
the model: it turns sentences like "Kim Jong Un visited Beijing on
2018-03-26." into mention records, which the real fusion merges into events
and stories.

- **kill -9 at random points** (10, from a fixed seed): the process kills
  itself with SIGKILL just before its n-th SQL statement, n drawn from the
  statements of a clean run, with points forced into the migrations of the
  new database and into fusion. A second, uninterrupted run must leave the
  store as the clean run does.
- **two writers**: two ingest processes start together on one new database,
  each with half of the files (then each with all of them).
- **a reader during ingest**: ``tidings serve`` on the database while an
  ingest writes to it; every answer is a 200, and at the end it serves the
  clean run's counts.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

TESTS = Path(__file__).resolve().parent

# One runner process imports tidings once and forks a child for every ingest
# (a fresh process each time, without paying the imports again). A child runs
# `tidings ingest` through tidings.cli.main with the rule-based coder in place
# of the model; a hook counts its SQL statements (``log``: their heads are
# written at exit) and the child kills itself with SIGKILL just before
# statement ``kill_at``. Commands come as JSON lines on stdin
# ({"runs": [{"argv", "kill_at", "log"}, ...]}, run at the same time); the
# runner answers with one JSON line {"status": [exit status or -signal, ...],
# "errors": [stderr tail, ...]} once all have ended.
RUNNER = f"""
import json, os, re, signal, sys, tempfile
sys.path.insert(0, {str(TESTS)!r})
from sqlalchemy import event
from sqlalchemy.engine import Engine
from test_fuse_factory import mention
import tidings._ingest as ingest_module
from tidings.cli import main

KILL_AT = 0
heads = []

@event.listens_for(Engine, "before_cursor_execute")
def _count(conn, cursor, statement, parameters, context, executemany):
    heads.append(" ".join(statement.split()[:4]))
    if KILL_AT and len(heads) >= KILL_AT:
        os.kill(os.getpid(), signal.SIGKILL)

PLACE_OF = {{"Beijing": "China", "Pyongyang": "North Korea", "Seoul": "South Korea", "Panmunjom": "South Korea", "Singapore": None}}
SENTENCE = re.compile(
    r"(?P<src>Kim Jong Un|Xi Jinping|Moon Jae-in|Donald Trump) (?P<verb>visited|met) "
    r"(?P<obj>Beijing|Pyongyang|Seoul|Singapore|Kim Jong Un|Xi Jinping|Moon Jae-in|Donald Trump)"
    r"(?: in (?P<place>Beijing|Pyongyang|Seoul|Singapore|Panmunjom))? on (?P<date>\\d{{4}}-\\d{{2}}-\\d{{2}})[^.]*\\."
)

def rule_coder(docs, *, options=None, nlp=None, on_error=None):
    out = {{}}
    for d in docs:
        records = []
        for n, hit in enumerate(SENTENCE.finditer(d["text"])):
            visit = hit["verb"] == "visited"
            place = hit["obj"] if visit else hit["place"]
            records.append(mention(
                hit["src"], PLACE_OF[place] if visit else hit["obj"], cameo="042" if visit else "040",
                date=hit["date"], place=place, published=(d.get("published") or "")[:10] or None,
                document=d["id"], outlet=d.get("outlet") or "Unknown", id=f"m-{{d['id']}}-{{n}}",
                sentence=hit.group(0), trigger="visit" if visit else "meet",
            ))
        out[d["id"]] = records
    return out

real_stages = ingest_module._stages

def stages(code, fuse):
    read, signature, index, _, update = real_stages(False, fuse)
    return read, signature, index, rule_coder if code else None, update

ingest_module._stages = stages

def child(run, err_path):
    global KILL_AT
    KILL_AT = int(run.get("kill_at") or 0)
    fd = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(fd, 2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    code = 0
    try:
        main(run["argv"])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        import traceback
        traceback.print_exc()
        code = 70
    if run.get("log"):
        with open(run["log"], "w") as f:
            f.write("\\n".join(heads))
    sys.stderr.flush()
    os._exit(code)

# warm up in the runner itself (lazy imports, the language model), so that children start ready
warm = tempfile.mkdtemp()
with open(os.path.join(warm, "a.txt"), "w") as f:
    f.write("Warm-up\\n\\nKim Jong Un visited Beijing on 2018-03-26, officials said on Monday.\\n")
try:
    main(["--db", os.path.join(warm, "w.db"), "-q", "ingest", os.path.join(warm, "a.txt")])
except SystemExit:
    pass
heads.clear()

for line in sys.stdin:
    runs = json.loads(line)["runs"]
    pids = []
    for n, run in enumerate(runs):
        err_path = tempfile.mktemp(suffix=".err")
        pid = os.fork()
        if pid == 0:
            child(run, err_path)
        pids.append((pid, err_path))
    status, errors = [], []
    for pid, err_path in pids:
        _, st = os.waitpid(pid, 0)
        status.append(-os.WTERMSIG(st) if os.WIFSIGNALED(st) else os.WEXITSTATUS(st))
        with open(err_path) as f:
            errors.append(f.read()[-800:])
        os.unlink(err_path)
    print(json.dumps({{"status": status, "errors": errors}}), flush=True)
"""


EVENTS = [
    ("Kim Jong Un visited Beijing on {d}", "2018-03-26"),
    ("Xi Jinping met Kim Jong Un in Beijing on {d}", "2018-03-27"),
    ("Moon Jae-in met Kim Jong Un in Panmunjom on {d}", "2018-04-27"),
    ("Donald Trump met Kim Jong Un in Singapore on {d}", "2018-06-12"),
    ("Moon Jae-in visited Pyongyang on {d}", "2018-09-18"),
    ("Kim Jong Un visited Beijing on {d}", "2019-01-08"),
]
OUTLETS = ["Harbour Wire", "Coastal Times", "Meridian Report", "Gulf Review"]
MONTHS = "January February March April May June July August September October November December".split()
WORDS = """harbour patrol vessel crew cargo insurer minister navy coast guard convoy strait tanker port authority envoy
delegation banquet railway station motorcade treaty summit border sanctions reporters cameras airport hotel
factory museum university parade ceremony garden""".split()


def make_corpus(folder: Path, n_files: int = 18) -> list[Path]:
    """``n_files`` short articles: each of six events reported on several days, some with a background sentence."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    paths = []
    for i in range(n_files):
        text, day = EVENTS[i % len(EVENTS)]
        y, m, d = (int(x) for x in day.split("-"))
        published = f"{MONTHS[m - 1]} {min(d + 1 + i // len(EVENTS), 28)}, {y}"
        outlet = OUTLETS[i % len(OUTLETS)]
        filler = [" ".join(rng.choice(WORDS) for _ in range(14)) for _ in range(3)]
        body = [f"{text.format(d=day)}, officials said.", *(f"Witnesses mentioned the {words}." for words in filler)]
        if i % 4 == 3:
            back_text, back_day = EVENTS[(i + 2) % len(EVENTS)]
            body.append(f"Earlier, {back_text.format(d=back_day)}.")
        article = f"Report {i}: {text.split(' on ')[0]}\n\nBy Staff Writer {i % 3}, {outlet}\nPublished: {published}\n\n" + "\n\n".join(body) + "\n"
        path = folder / f"{i:03d}.txt"
        path.write_text(article, encoding="utf-8")
        paths.append(path)
    return paths


class Runner:
    """The forking runner process (see ``RUNNER``)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", RUNNER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     env=dict(os.environ, TIDINGS_BATCH_SIZE="4", TIDINGS_JOBS="1"))

    def start(self, *runs: dict) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"runs": list(runs)}) + "\n")
        self.proc.stdin.flush()

    def done(self, timeout: float = 0.0) -> bool:
        assert self.proc.stdout is not None
        return bool(select.select([self.proc.stdout], [], [], timeout)[0])

    def result(self) -> dict:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"the runner died ({self.proc.poll()})"
        return json.loads(line)

    def run(self, *runs: dict) -> dict:
        self.start(*runs)
        return self.result()

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=60)
        finally:
            self.proc.stdout.close()


def ingest(db: Path, paths: list[Path] | Path, *, kill_at: int = 0, log: Path | None = None) -> dict:
    """One run of ``tidings --db DB -q ingest PATHS`` for :class:`Runner`."""
    names = [str(p) for p in (paths if isinstance(paths, list) else [paths])]
    return {"argv": ["--db", str(db), "-q", "ingest", *names], "kill_at": kill_at, "log": str(log or "")}


def state(db: Path) -> dict:
    """What a store holds, without timestamps: counts, documents, mentions by event, events, stories."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "mentions", "events", "stories", "forecasts")}
        counts["unfused"] = conn.execute("SELECT count(*) FROM mentions WHERE NOT fused").fetchone()[0]
        counts["uncoded"] = conn.execute("SELECT count(*) FROM documents WHERE coded_at IS NULL").fetchone()[0]
        documents = conn.execute("SELECT id, text, duplicate_of FROM documents ORDER BY id").fetchall()
        mentions = conn.execute("SELECT id, document, event FROM mentions ORDER BY id").fetchall()
        events = {}
        for eid, data in conn.execute("SELECT id, data FROM events"):
            e = json.loads(data)
            events[eid] = (sorted(m["id"] for m in e["mentions"]), e.get("status"), e.get("story"), e.get("parent"), e.get("independent_sources"))
        stories = {sid: sorted(json.loads(data)["events"]) for sid, data in conn.execute("SELECT id, data FROM stories")}
    told = {e[2] for e in events.values()}
    leftover = sorted(set(stories) - told)  # rows no event belongs to any more
    counts["stories"] -= len(leftover)
    return {"counts": counts, "documents": documents, "mentions": mentions, "events": events,
            "stories": {k: v for k, v in stories.items() if k in told}, "leftover_stories": leftover}


def _difference(got: dict, want: dict) -> str:
    """The first few entries that differ, per part of the state."""
    out = []
    for key in want:
        a, b = got.get(key), want[key]
        if a == b:
            continue
        if isinstance(b, dict) and isinstance(a, dict):
            a_items, b_items = set(map(repr, a.items())), set(map(repr, b.items()))
        else:
            a_items, b_items = set(map(repr, a or [])), set(map(repr, b))
        out.append(f"{key}: only here {sorted(a_items - b_items)[:4]}, only in the clean run {sorted(b_items - a_items)[:4]}")
    return "; ".join(out)


def assert_clean(db: Path, clean: dict, where: str = "") -> None:
    """The store at ``db`` holds what the clean run left, with no outdated story rows."""
    got = state(db)
    leftover = got.pop("leftover_stories")
    want = dict(clean["state"])
    assert want.pop("leftover_stories") == []
    assert got == want, f"{where}: {_difference(got, want)}"
    assert leftover == [], where


@pytest.fixture(scope="module")
def runner():
    r = Runner()
    yield r
    r.close()


@pytest.fixture(scope="module")
def clean(runner, tmp_path_factory):
    """The corpus and the state after one uninterrupted ingest, with the heads of its SQL statements."""
    folder = tmp_path_factory.mktemp("faults")
    paths = make_corpus(folder / "corpus")
    log = folder / "statements.txt"
    out = runner.run(ingest(folder / "clean.db", folder / "corpus", log=log))
    assert out["status"] == [0], out["errors"]
    result = state(folder / "clean.db")
    assert result["counts"]["documents"] == len(paths)
    assert result["counts"]["unfused"] == 0 and result["counts"]["uncoded"] == 0
    assert result["counts"]["events"] >= 6 and result["counts"]["stories"] >= 3
    assert any(len(e[0]) > 2 for e in result["events"].values()), "reports of one event are fused"
    return {"corpus": folder / "corpus", "paths": paths, "state": result, "statements": log.read_text().splitlines()}


def kill_points(statements: list[str], rng: random.Random, n: int = 10) -> list[tuple[str, int]]:
    """``n`` statement numbers (1-based) to die at: two in the migrations, three in fusion, the rest anywhere."""
    first_doc = next(i for i, s in enumerate(statements) if s.upper().startswith("INSERT INTO DOCUMENTS"))
    first_event = next(i for i, s in enumerate(statements) if "EVENTS" in s.upper().split() and i > first_doc)
    assert 0 < first_doc < first_event < len(statements)
    points = [("migrations", rng.randint(1, first_doc)) for _ in range(2)]
    points += [("fusion", rng.randint(first_event + 1, len(statements))) for _ in range(3)]
    points += [("anywhere", rng.randint(1, len(statements))) for _ in range(n - len(points))]
    return points


def test_kill_9_at_random_points_then_a_rerun_gives_the_clean_store(runner, clean, tmp_path):
    points = kill_points(clean["statements"], random.Random(20251130))
    dbs = [tmp_path / f"killed-{k}.db" for k in range(len(points))]
    where = [f"a kill in {phase} at statement {at} ({clean['statements'][at - 1]!r})" for phase, at in points]
    # independent databases: the killed runs go side by side, then the re-runs
    killed = runner.run(*(ingest(db, clean["corpus"], kill_at=at) for db, (_, at) in zip(dbs, points)))
    for k, status in enumerate(killed["status"]):
        assert status == -signal.SIGKILL, f"not killed: {where[k]}: {killed['errors'][k]}"
    rerun = runner.run(*(ingest(db, clean["corpus"]) for db in dbs))
    for k, db in enumerate(dbs):
        assert rerun["status"][k] == 0, f"the re-run after {where[k]} failed: {rerun['errors'][k]}"
        assert_clean(db, clean, f"after {where[k]}")


@pytest.mark.parametrize("split", ["halves", "all-twice"])
def test_two_ingests_into_one_new_database_give_the_clean_store(runner, clean, tmp_path, split):
    db = tmp_path / "shared.db"
    paths = clean["paths"]
    parts = [paths[0::2], paths[1::2]] if split == "halves" else [paths, paths[::-1]]
    out = runner.run(*(ingest(db, part) for part in parts))
    assert out["status"] == [0, 0], out["errors"]
    assert_clean(db, clean)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(port: int, path: str) -> tuple[int, object]:
    import httpx

    r = httpx.get(f"http://127.0.0.1:{port}{path}", timeout=10)
    return r.status_code, (r.json() if r.headers.get("content-type", "").startswith("application/json") else r.text)


def test_serve_answers_during_an_ingest_and_then_serves_the_clean_counts(runner, clean, tmp_path):
    pytest.importorskip("fastapi")
    db = tmp_path / "served.db"
    assert runner.run(ingest(db, clean["paths"][:4]))["status"] == [0]  # serve opens an existing store
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom tidings.cli import main\nmain(sys.argv[1:])", "--db", str(db), "-q", "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if _get(port, "/api/events")[0] == 200:
                    break
            except Exception:  # noqa: BLE001 - not listening yet
                pass
            assert server.poll() is None, server.communicate()[1][-800:]
            assert time.monotonic() < deadline, "serve did not answer within 60 s"
            time.sleep(0.2)
        runner.start(ingest(db, clean["corpus"]))
        answers = []
        while not runner.done():
            for path in ("/api/events", "/api/stories", "/"):
                answers.append((path, _get(port, path)[0]))
        out = runner.result()
        assert out["status"] == [0], out["errors"]
        assert len(answers) >= 3, "the ingest ended before the server was asked anything"
        assert [a for a in answers if a[1] != 200] == []
        status, body = _get(port, "/api/events?limit=1000")
        assert status == 200 and isinstance(body, list)
        assert len(body) == clean["state"]["counts"]["events"]
        assert_clean(db, clean)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.communicate()
