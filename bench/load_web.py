"""Bounded load test of the web app on 127.0.0.1: every page type, concurrency 8 and 32.

    .venv/bin/python bench/load_web.py [--db bench-store.db] [--requests 100] [--concurrency 8 32]
                                       [--server serve|uvicorn] [--timeout 30] [--store-calls]

Starts ``tidings serve`` (or uvicorn on ``tidings.web.app.create_app``) on a
free port of 127.0.0.1 over a store (build one with bench/make_store.py),
picks ids from the store (stories, events, documents, actors), then for each
concurrency and each page type sends a fixed number of requests and prints
requests/s, p50/p95/p99 latency and errors (non-2xx answers and failures),
then a mixed run over all page types. Nothing leaves the machine; the
server is stopped at the end.

``--store-calls`` first times, in this process, the store calls each page
needs (``events_page``, ``stories_page``, ``map_points``, ``search``, ...)
with the same ids: p50/p95 per call, the part of a page's time the store
is responsible for.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from typing import Callable

import httpx

from tidings import open_store

HOST = "127.0.0.1"
WORDS = ["hormuz", "sanctions", "talks", "tanker", "seized", '"strait of hormuz"', "kyiv OR kharkiv", "nucl*", "protest -police", "aid"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def start_server(db: str, port: int, kind: str, workers: int = 1) -> subprocess.Popen[bytes]:
    if kind == "serve":
        exe = shutil.which("tidings", path=os.path.dirname(sys.executable)) or "tidings"
        cmd = [exe, "--db", db, "serve", "--host", HOST, "--port", str(port), "--workers", str(workers)]
    else:
        code = ("import sys, uvicorn; from tidings.web.app import create_app; "
                "uvicorn.run(create_app(sys.argv[1]), host=sys.argv[2], port=int(sys.argv[3]), log_level='warning')")
        cmd = [sys.executable, "-c", code, db, HOST, str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
        try:
            httpx.get(f"http://{HOST}:{port}/api", timeout=5)
            return proc
        except httpx.HTTPError:
            time.sleep(0.5)
    stop_server(proc)
    raise SystemExit("server did not answer within 180 s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def page_types(db: str, rnd: random.Random) -> dict[str, Callable[[], str]]:
    """URL makers per page type, with ids sampled from the store."""
    with open_store(db, read_only=True) as store:
        n_events = store.events_page(limit=0)["total"]
        stories = [s["id"] for s in store.stories_page(limit=200, offset=0)["items"]]
        events = [e["id"] for off in rnd.sample(range(0, max(1, n_events - 50)), k=min(10, max(1, n_events // 50)))
                  for e in store.events_page(order="id", limit=20, offset=off)["items"]]
        docs = [d["id"] for d in store.documents_page(limit=200)["items"]]
        codes = sorted({a["code"] for a in store.actors_page(limit=500)["items"] if a["code"]})
    return {
        "stories list": lambda: "/",
        "story": lambda: f"/stories/{rnd.choice(stories)}",
        "event": lambda: f"/events/{rnd.choice(events)}",
        "events list": lambda: "/events",
        "map": lambda: "/map",
        "search": lambda: "/search?" + httpx.QueryParams(q=rnd.choice(WORDS)).__str__(),
        "document": lambda: f"/documents/{rnd.choice(docs)}",
        "actor": lambda: f"/actors/{rnd.choice(codes)}",
        "forecasts": lambda: "/forecasts",
        "API JSON": lambda: f"/api/events?limit=50&offset={rnd.randrange(0, 1000)}",
    }


async def run(base: str, urls: list[str], concurrency: int, timeout: float) -> tuple[float, list[float], int, list[str]]:
    """Send ``urls`` with at most ``concurrency`` in flight; wall time, latencies, errors, first error texts."""
    latencies: list[float] = []
    errors = 0
    samples: list[str] = []
    queue = list(reversed(urls))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:

        async def worker() -> None:
            nonlocal errors
            while queue:
                url = queue.pop()
                t = time.perf_counter()
                try:
                    r = await client.get(url)
                    ok = r.status_code < 400
                    why = f"{r.status_code} {url}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__} {url}"
                latencies.append(time.perf_counter() - t)
                if not ok:
                    errors += 1
                    if len(samples) < 3:
                        samples.append(why)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return time.perf_counter() - t0, latencies, errors, samples


def pct(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def report(name: str, wall: float, lat: list[float], errors: int, samples: list[str]) -> None:
    ms = sorted(x * 1000 for x in lat)
    print(f"{name:<14} {len(lat):>6} {len(lat) / wall:>8.1f} {pct(ms, 50):>8.0f} {pct(ms, 95):>8.0f} {pct(ms, 99):>8.0f} {errors:>6}"
          + (f"   e.g. {samples[0]}" if samples else ""), flush=True)


def store_calls(db: str, rnd: random.Random, n: int) -> None:
    """p50/p95 of the store calls behind each page, ``n`` calls each, on the store at ``db``."""
    with open_store(db, read_only=True) as store:
        total = store.events_page(limit=0)["total"]
        stories = [s["id"] for s in store.stories_page(limit=200)["items"]]
        events = [e["id"] for e in store.events_page(order="id", limit=200, offset=rnd.randrange(max(1, total - 200)))["items"]]
        docs = [d["id"] for d in store.documents_page(limit=200)["items"]]
        codes = sorted({a["code"] for a in store.actors_page(limit=500)["items"] if a["code"]})
        calls: dict[str, Callable[[], object]] = {
            "stories_page": lambda: store.stories_page(limit=50),
            "get_story + events_page(story)": lambda: (lambda sid: (store.get_story(sid), store.events_page(story=sid, limit=100)))(rnd.choice(stories)),
            "get_event": lambda: store.get_event(rnd.choice(events)),
            "events_page (newest 50)": lambda: store.events_page(limit=50),
            "events_page (page 100)": lambda: store.events_page(limit=50, offset=5000),
            "events_page (cameo + month)": lambda: store.events_page(cameo="19", date_from="2025-03-01", date_to="2025-03-31"),
            "events_page (actor name)": lambda: store.events_page(actor="okafor"),
            "map_points (1000)": lambda: store.map_points(limit=1000),
            "search (all kinds, top 20)": lambda: store.search(rnd.choice(WORDS)),
            "get_document + events_page(document)": lambda: (lambda d: (store.get_document(d), store.events_page(document=d)))(rnd.choice(docs)),
            "get_actor + events_page(actor)": lambda: (lambda c: (store.get_actor(c), store.events_page(actor=c)))(rnd.choice(codes)),
            "forecasts_page": lambda: store.forecasts_page(limit=50),
        }
        print(f"store calls on {total:,} events, {n} calls each (load average {os.getloadavg()[0]:.1f})")
        print(f"{'call':<38} {'p50 ms':>8} {'p95 ms':>8} {'cpu ms':>8}")
        for name, fn in calls.items():
            fn()
            times = []
            cpu = time.process_time()
            for _ in range(n):
                t = time.perf_counter()
                fn()
                times.append(1000 * (time.perf_counter() - t))
            times.sort()
            print(f"{name:<38} {pct(times, 50):>8.1f} {pct(times, 95):>8.1f} {1000 * (time.process_time() - cpu) / n:>8.1f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="bench-store.db")
    ap.add_argument("--requests", type=int, default=100, help="requests per page type and concurrency")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[8, 32])
    ap.add_argument("--server", choices=["serve", "uvicorn"], default="serve")
    ap.add_argument("--workers", type=int, default=1, help="server processes (tidings serve --workers)")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per request before it counts as an error")
    ap.add_argument("--only", nargs="*", default=None, help="page types to run (default: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--store-calls", action="store_true", help="time the store calls behind the pages first")
    ap.add_argument("--store-only", action="store_true", help="only time the store calls (no server)")
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    if args.store_calls or args.store_only:
        store_calls(args.db, rnd, args.requests)
        if args.store_only:
            return
    makers = page_types(args.db, rnd)
    if args.only:
        makers = {k: v for k, v in makers.items() if k in args.only}
    port = free_port()
    proc = start_server(args.db, port, args.server, args.workers)
    base = f"http://{HOST}:{port}"
    try:
        with open_store(args.db, read_only=True) as store:
            print(f"store: {store.counts()}; server: {args.server} ({args.workers} worker(s)) on {base}; load average {os.getloadavg()[0]:.1f}")
        asyncio.run(run(base, [m() for m in makers.values()], 1, args.timeout))  # warm up every page once
        for c in args.concurrency:
            print(f"\nconcurrency {c}: {args.requests} requests per page type")
            print(f"{'page':<14} {'req':>6} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}")
            for name, make in makers.items():
                report(name, *asyncio.run(run(base, [make() for _ in range(args.requests)], c, args.timeout)))
            mixed = [rnd.choice(list(makers.values()))() for _ in range(args.requests * 2)]
            report("mixed", *asyncio.run(run(base, mixed, c, args.timeout)))
    finally:
        stop_server(proc)


if __name__ == "__main__":
    main()
