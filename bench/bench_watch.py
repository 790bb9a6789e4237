"""`tidings watch` on the local fault server: faults met, nothing lost, nothing fetched twice, stop and resume.

    python bench/bench_watch.py [--pages 40] [--stop-after 12]

Three runs against tests/faultserver.py on 127.0.0.1 (documents stored
uncoded, so the figures are about fetching, not NLP):

1. the fault site (a feed, a news sitemap and four broken sources listing
   good pages and one page per fault class), two passes: the faults met by
   class, every listed URL stored or given up with a reason (lost = 0), no
   page body served twice, the second pass answered by 304s;
2. ``tidings watch --once`` over a URL list of ``--pages`` pages as a
   subprocess, SIGTERM after ``--stop-after`` page requests, then the same
   command again: the store compared with a clean run's;
3. throughput: pages/s of a watch pass over ``--pages`` pages beside reading
   and ingesting the same bytes from memory (the baseline), as a ratio.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from faultserver import FAULT_PAGES, FaultServer, Route, article, build_site, fault_sources  # noqa: E402

from tidings import Options, open_store  # noqa: E402
from tidings._ingest import ingest_documents  # noqa: E402
from tidings.read import read_article  # noqa: E402
from tidings.watch import Watcher, WatchSettings, WatchState  # noqa: E402

FAST = WatchSettings(delay=0, timeout=0.5, total_timeout=1.0, retries=1, backoff=0.05, max_attempts=1, concurrency=4, per_host=4)


def faults(workdir: Path) -> None:
    options = Options().replace(db=str(workdir / "faults.db"), max_bytes=1_000_000)
    with FaultServer() as server, open_store(options=options) as store:
        layout = build_site(server)
        with Watcher(fault_sources(server), store=store, options=options, settings=FAST, code=False) as watcher:
            first = watcher.run(once=True)
        hits = len(server.hits)
        with Watcher(fault_sources(server), store=store, options=options, settings=FAST, code=False) as watcher:
            second = watcher.run(once=True)
        state = WatchState(store.engine)
        listed = layout["feed"] + layout["sitemap"]
        rows = [state.page(server.url(p)) for p in listed]
        done = sum(1 for r in rows if r and r["status"] == "done" and store.has_document(r["document"]))
        failed = sum(1 for r in rows if r and r["status"] == "failed" and r["reason"])
        served = server.served()
        twice = [p for p in listed if served.get(p, 0) > 1 and not FAULT_PAGES.get(p)]
        later = server.hits[hits:]
        print("1. fault site, two passes")
        print(f"   listed URLs {len(listed)}: stored {done}, given up with a reason {failed}, lost {len(listed) - done - failed}")
        for key, n in sorted(first.faults.items()):
            print(f"   fault {key}: {n}")
        expected = {c for c in FAULT_PAGES.values() if c} | {"E709", "E705"}
        met = {k.split()[0] for k in first.faults}
        print(f"   fault classes expected {len(expected)}, met {len(expected & met)}; retries {first.retries}")
        print(f"   page bodies served twice: {len(twice)}")
        print(f"   second pass: {len(later)} requests, {sum(1 for h in later if h.status == 304)} answered 304, "
              f"pages fetched {second.fetched}, stored {second.stored}")


def _cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-c", "from tidings.cli import main; main()", "--db", str(db), "watch", *args]


def _docs(db: Path) -> list[tuple[str, str]]:
    with open_store(str(db)) as store:
        return sorted((d["id"], d["url"] or "") for d in store.iter_documents())


def stop_and_resume(workdir: Path, pages: int, stop_after: int) -> None:
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        for i in range(pages):
            server.routes[f"/p{i}.html"] = Route(article(500 + i), delay=0.05)
        server.routes["/list.txt"] = Route("".join(server.url(f"/p{i}.html") + "\n" for i in range(pages)).encode(), content_type="text/plain")
        args = ["--once", "--no-code", "--delay", "0", "--concurrency", "1", server.url("/list.txt")]
        env = {**os.environ, "TIDINGS_BATCH_SIZE": "5"}
        stopped, clean = workdir / "stopped.db", workdir / "clean.db"
        page_hits = lambda: sum(server.count(f"/p{i}.html") for i in range(pages))  # noqa: E731
        proc = subprocess.Popen(_cli(stopped, *args), cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while page_hits() < stop_after and proc.poll() is None:
            time.sleep(0.01)
        sent = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=120)
        exit_seconds = time.monotonic() - sent
        partial = len(_docs(stopped))
        subprocess.run(_cli(stopped, *args), cwd=workdir, env=env, capture_output=True, check=True)
        subprocess.run(_cli(clean, *args), cwd=workdir, env=env, capture_output=True, check=True)
        equal = _docs(stopped) == _docs(clean)
        twice = sum(1 for i in range(pages) if server.served().get(f"/p{i}.html", 0) != 2)
        print("2. SIGTERM and resume (tidings watch --once as a subprocess)")
        print(f"   SIGTERM after {stop_after} page requests: exit code {proc.returncode} in {exit_seconds:.1f}s, {partial} of {pages} documents stored")
        print(f"   after the re-run: {len(_docs(stopped))} documents; equal to a clean run's: {equal}; "
              f"pages not served exactly once per run: {twice}")


def throughput(workdir: Path, pages: int) -> None:
    bodies = [article(900 + i) for i in range(pages)]
    with FaultServer() as server:
        server.routes["/robots.txt"] = Route(b"", content_type="text/plain")
        for i, body in enumerate(bodies):
            server.routes[f"/t{i}.html"] = Route(body)
        server.routes["/list.txt"] = Route("".join(server.url(f"/t{i}.html") + "\n" for i in range(pages)).encode(), content_type="text/plain")
        read_article(bodies[0])  # load the reader's models before timing either side
        base_opts = Options().replace(db=str(workdir / "base.db"))
        started = time.perf_counter()
        with open_store(options=base_opts) as store:
            docs = [read_article(b, url=server.url(f"/t{i}.html")) for i, b in enumerate(bodies)]
            ingest_documents(docs, store=store, options=base_opts, code=False, fuse=False)
        base = time.perf_counter() - started
        opts = Options().replace(db=str(workdir / "watch.db"))
        started = time.perf_counter()
        with open_store(options=opts) as store:
            with Watcher([server.url("/list.txt")], store=store, options=opts, settings=WatchSettings(delay=0, concurrency=4, per_host=4), code=False) as w:
                report = w.run(once=True)
        watched = time.perf_counter() - started
    print("3. throughput (no coding)")
    print(f"   read+ingest from memory: {pages / base:.1f} pages/s; watch over HTTP: {pages / watched:.1f} pages/s "
          f"(ratio {base / watched:.2f}); stored {report.stored}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--stop-after", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        faults(work)
        stop_and_resume(work, args.pages, args.stop_after)
        throughput(work, args.pages)


if __name__ == "__main__":
    main()
