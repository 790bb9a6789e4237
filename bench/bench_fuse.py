"""Fusion time for 1k, 10k and 100k synthetic mentions (prints figures).

Synthetic mentions: real events of a random type family between two random
actors (200 countries, 3 sectors, some named people) on a random day of
2015-2019, each reported 1 to 7 times by random outlets with a date jitter of
up to a day, some undated, 5% forecasts. Run:

    .venv/bin/python bench/bench_fuse.py [N ...]
    .venv/bin/python bench/bench_fuse.py --batches K [N ...]
    .venv/bin/python bench/bench_fuse.py --store K [N ...]
    .venv/bin/python bench/bench_fuse.py --model trained [N ...]
    .venv/bin/python bench/bench_fuse.py --stream [N ...]

Each size (and model) is fused in a fresh child process, which prints its
seconds, the stages' seconds (``FuseResult.stats``), B3 against the
synthetic truth, two memory figures: ``input MB``, the peak resident
memory once the synthetic mentions are built, and ``peak MB``, the peak
of the whole run (``ru_maxrss``), and the CPU seconds of the fusion (on a
shared machine they vary less than the wall-clock seconds). With ``--model trained`` each size is
fused with the rules' score and with the trained pairwise model
(``fusion_model``), and the ratio of the two times is printed.

With ``--batches K`` the mentions are fused in K batches by publication date
(``fuse(batch, existing=...)`` with all events so far), once oldest batch
first and once newest first (every batch then comes before what is fused
already, so the events from its earliest mention on are fused again); the
script prints the seconds of each against one run over all mentions in the
same process, and whether both give the one-run events. With ``--store K``
the same, but against a SQLite store in a temporary folder: one document per
mention, ``update_store`` after each batch (only the seconds of
``update_store`` count).

With ``--stream`` (default sizes 20k, 100k, 1M) the mentions are made one
day at a time in publication order (:func:`in_date_order`: no list of all
of them) and fused through :func:`tidings.fuse.fuse_stream`, which hands
each event out when it is final; the script keeps only a hash of each and
the counts B3 needs. Up to 200k mentions the same mentions are also fused
by :func:`tidings.fuse.fuse` from a list, in another child process, and the
script prints whether both paths gave the same hash of the events (with
their stories and forecast resolutions) and stories.
"""

from __future__ import annotations

import hashlib
import json
import random
import string
import sys
import time
from datetime import date, timedelta
from typing import Iterable, Iterator, Mapping

from tidings import Options
from tidings.fuse import fuse, fuse_stream
from tidings.fuse.scoring import b_cubed

CAMEOS = ["042", "043", "040", "036", "057", "061", "190", "183", "141", "173", "112", "0231"]
SECTORS = ["GOV", "MIL", "OPP"]


def country(k: int) -> str:
    up = string.ascii_uppercase
    return up[k % 26] + up[(k // 26) % 26] + up[(k // 676) % 26]


def actor(rng: random.Random) -> dict:
    c = country(rng.randrange(200))
    if rng.random() < 0.3:
        return {"name": f"Leader {c} {rng.randrange(3)}", "code": c + "GOV", "country": c, "kind": "person"}
    s = rng.choice(SECTORS)
    return {"name": f"{c} {s}", "code": c + s, "country": c, "kind": "organisation"}


def _mention(rng: random.Random, k: int, j: int, src: dict, tgt: dict, day: date, cameo: str, forecast: bool) -> dict:
    """Report ``j`` of synthetic event ``k`` (published a day or two after ``day``)."""
    doc = f"d{k}-{j}"
    when = day + timedelta(days=rng.randint(0, 1))
    dated = rng.random() < 0.8
    return {
        "id": f"m-{doc}",
        "type": {"cameo": cameo, "trigger": "visit"},
        "source": src,
        "target": tgt,
        "date": {"start": day.isoformat(), "end": day.isoformat(), "precision": "day", "text": None} if dated else None,
        "location": None,
        "status": "forecast" if forecast else rng.choice(["reported", "reported", "unconfirmed", "confirmed"]),
        "certainty": 0.7,
        "mentions": [{
            "document": doc,
            "outlet": f"Outlet {rng.randrange(300)}",
            "published": (when + timedelta(days=1)).isoformat(),
            "sentence": f"{src['name']} and {tgt['name']} event {k % 97}",
            "cited_source": None,
            "modality": {"labels": [], "probability": 0.6 if forecast else None},
            "status": "reported",
        }],
    }


def gold_of(mention_id: str) -> str:
    """The synthetic event a mention reports (its id is ``m-d<event>-<report>``)."""
    return "g" + mention_id[3:].rsplit("-", 1)[0]


def synthetic(n: int, seed: int = 1) -> tuple[list[dict], dict[str, str]]:
    rng = random.Random(seed)
    out: list[dict] = []
    gold: dict[str, str] = {}
    k = 0
    base = date(2015, 1, 1)
    while len(out) < n:
        k += 1
        src, tgt = actor(rng), actor(rng)
        day = base + timedelta(days=rng.randrange(5 * 365))
        cameo = rng.choice(CAMEOS)
        forecast = rng.random() < 0.05
        for j in range(rng.randint(1, 7)):
            if len(out) >= n:
                break
            out.append(_mention(rng, k, j, src, tgt, day, cameo, forecast))
            gold[out[-1]["id"]] = f"g{k}"
    return out, gold


def in_date_order(n: int, seed: int = 1) -> Iterator[dict]:
    """``n`` synthetic mentions (as :func:`synthetic` makes them, about 4 per event, over 2015-2019), made one day at a time, by publication date.

    Only the mentions of the last two days are held: events are made day by
    day and their reports (published one or two days later) given out once
    their publication day is complete.
    """
    rng = random.Random(seed)
    base = date(2015, 1, 1)
    per_day = n / 4 / (5 * 365)  # events a day; 4 reports an event on average
    waiting: dict[date, list[dict]] = {}
    made = k = 0
    day = base
    while made < n:
        for _ in range(int(per_day) + (rng.random() < per_day - int(per_day))):
            k += 1
            src, tgt, cameo, forecast = actor(rng), actor(rng), rng.choice(CAMEOS), rng.random() < 0.05
            for j in range(rng.randint(1, 7)):
                if made >= n:
                    break
                m = _mention(rng, k, j, src, tgt, day, cameo, forecast)
                waiting.setdefault(date.fromisoformat(m["mentions"][0]["published"]), []).append(m)
                made += 1
        complete = day + timedelta(days=1)  # later events are published from the day after it on
        for published in sorted(d for d in waiting if d <= complete):
            yield from waiting.pop(published)
        day += timedelta(days=1)
    for published in sorted(waiting):
        yield from waiting.pop(published)


def _rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (``ru_maxrss`` is in kB on Linux)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(sizes: list[int], model: str = "rules") -> None:
    """One fresh child process per size and model, so that each peak memory is that run's own."""
    import subprocess

    print(f"{'mentions':>9} {'model':>7} {'seconds':>8} {'per 1k':>7} {'events':>8} {'comparisons':>12} {'cmp/mention':>11} {'B3 F1':>6} "
          f"{'input MB':>8} {'peak MB':>8} {'CPU s':>7}")
    for n in sizes:
        base = None
        for name in dict.fromkeys(("rules", model)):
            out = subprocess.run([sys.executable, __file__, "--one", str(n), name], check=True, capture_output=True, text=True).stdout
            row, dt = out.rsplit("\n", 2)[-2].split("\t")
            base = float(dt) if base is None else base
            ratio = f"  x{float(dt) / base:.1f} of rules" if name != "rules" else ""
            print(row + ratio, flush=True)


def one(n: int, name: str) -> None:
    """Fuse ``n`` synthetic mentions with scorer ``name`` in this process; print the row and the seconds."""
    ms, gold = synthetic(n)
    before = _rss_mb()  # the synthetic mentions themselves
    t, cpu = time.perf_counter(), time.process_time()
    result = fuse(ms, options=Options().replace(fusion_model=name))
    dt, cpu = time.perf_counter() - t, time.process_time() - cpu
    print(_row(n, name, dt, result, gold) + f" {before:>8.0f} {_rss_mb():>8.0f} {cpu:>7.1f}  {result.stats['seconds']}\t{dt}")


def _row(n: int, name: str, dt: float, result, gold: dict[str, str]) -> str:
    response = [[m["id"] for m in e["mentions"]] for e in result.events]
    key: dict[str, list[str]] = {}
    for mid, g in gold.items():
        key.setdefault(g, []).append(mid)
    f1 = b_cubed(list(key.values()), response)[2]
    cmp = result.stats["comparisons"]
    return f"{n:>9} {name:>7} {dt:>8.2f} {dt / n * 1000:>7.3f} {len(result.events):>8} {cmp:>12} {cmp / n:>11.2f} {f1:>6.3f}"


class Tally:
    """B3 against the synthetic truth and a hash of the events, taken event by event (the events themselves are not kept).

    The hash is a sum of per-event hashes (so the order events come in does
    not matter); the story of each event is added at the end, from
    ``story_of``, since a stream knows it only then.
    """

    def __init__(self) -> None:
        self.n = 0
        self.events = 0
        self.precision = 0.0
        self.gold: dict[str, tuple[int, int]] = {}  # synthetic event -> (sum of squared overlaps, mentions)
        self.total = 0

    def add(self, event: Mapping) -> None:
        ids = [m["id"] for m in event["mentions"]]
        counts: dict[str, int] = {}
        for mid in ids:
            counts[gold_of(mid)] = counts.get(gold_of(mid), 0) + 1
        self.n += len(ids)
        self.events += 1
        self.precision += sum(c * c for c in counts.values()) / len(ids)
        for g, c in counts.items():
            sq, size = self.gold.get(g, (0, 0))
            self.gold[g] = (sq + c * c, size + c)
        text = json.dumps({**event, "story": None}, sort_keys=True, default=str)
        self.total += _h(event["id"] + "\t" + text)

    def b3(self) -> float:
        """B-cubed F1 (as :func:`tidings.fuse.scoring.b_cubed` with every mention in both clusterings)."""
        precision = self.precision / self.n
        recall = sum(sq / size for sq, size in self.gold.values()) / self.n
        return 2 * precision * recall / (precision + recall)

    def hash(self, story_of: Mapping[str, str], stories: Iterable[Mapping]) -> str:
        """A hash of the events (each with its story) and of the stories."""
        total = self.total + sum(_h(f"{eid}\t{sid}") for eid, sid in story_of.items())
        total += sum(_h(json.dumps(s, sort_keys=True)) for s in stories)
        return f"{total % (1 << 64):016x}"


def _h(text: str) -> int:
    return int.from_bytes(hashlib.sha1(text.encode()).digest()[:16], "big")


_STREAM_HEADER = (f"{'mentions':>9} {'path':>6} {'seconds':>8} {'per 1k':>7} {'events':>8} {'comparisons':>12} {'B3 F1':>6} "
                  f"{'peak MB':>8} {'CPU s':>7} {'late':>5} {'hash':>16}")


def stream_one(n: int, path: str) -> None:
    """Fuse ``n`` synthetic mentions in publication order in this process and print a row (see :func:`streamed`)."""
    t, cpu = time.perf_counter(), time.process_time()
    tally = Tally()
    if path == "stream":
        stream = fuse_stream(in_date_order(n))
        for event in stream:
            tally.add(event)
        story_of, stories, stats = stream.story_of, stream.stories, stream.stats
    else:
        result = fuse(list(in_date_order(n)))
        for event in result.events:
            tally.add(event)
        story_of, stories, stats = {e["id"]: e["story"] for e in result.events}, result.stories, {**result.stats, "late": 0}
    dt, cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"{n:>9} {path:>6} {dt:>8.2f} {dt / n * 1000:>7.3f} {tally.events:>8} {stats['comparisons']:>12} {tally.b3():>6.3f} "
          f"{_rss_mb():>8.0f} {cpu:>7.1f} {stats['late']:>5} {tally.hash(story_of, stories):>16}  {stats['seconds']}")


def streamed(sizes: list[int], check_up_to: int = 200_000) -> None:
    """Each size fused through :func:`fuse_stream` from mentions made day by day; up to ``check_up_to`` also through :func:`fuse` (from a list).

    Every run is a fresh child process (``peak MB`` is its ``ru_maxrss``,
    input included); ``same`` says whether both paths gave the same hash of
    events, stories and forecast resolutions.
    """
    import subprocess

    print(_STREAM_HEADER)
    for n in sizes:
        rows = {}
        for path in ("stream", "fuse") if n <= check_up_to else ("stream",):
            out = subprocess.run([sys.executable, __file__, "--stream-one", str(n), path], check=True, capture_output=True, text=True).stdout
            rows[path] = out.rstrip("\n").splitlines()[-1]
            print(rows[path], flush=True)
        if len(rows) == 2:
            same = rows["stream"].split()[10] == rows["fuse"].split()[10]
            print(f"{n:>9} same events, stories and forecasts through both paths: {'yes' if same else 'NO'}", flush=True)


def canonical(events: list) -> set:
    return {(frozenset(m["id"] for m in e["mentions"]), e["id"], e["status"], e.get("story")) for e in events}


_BATCH_HEADER = (f"{'mentions':>9} {'batches':>7} {'one run s':>9} {'oldest first s':>14} {'ratio':>6} {'same':>5} "
                 f"{'newest first s':>14} {'ratio':>6} {'same':>5}")


def _in_order(n: int, k: int) -> tuple[list[dict], list[list[dict]]]:
    """``n`` synthetic mentions in publication order, and the same cut into ``k`` consecutive batches."""
    ms, _ = synthetic(n)
    ms.sort(key=lambda m: (m["mentions"][0]["published"], m["id"]))
    return ms, [ms[i * len(ms) // k : (i + 1) * len(ms) // k] for i in range(k)]


def in_batches(sizes: list[int], k: int) -> None:
    print(_BATCH_HEADER)
    for n in sizes:
        ms, parts = _in_order(n, k)
        t = time.perf_counter()
        want = canonical(fuse(ms).events)
        one = time.perf_counter() - t
        row = [f"{n:>9} {k:>7} {one:>9.2f}"]
        for order in (parts, parts[::-1]):
            t = time.perf_counter()
            events: list = []
            for part in order:
                events = fuse(part, existing=events).events
            dt = time.perf_counter() - t
            row.append(f"{dt:>14.2f} {dt / one:>6.1f} {str(canonical(events) == want):>5}")
        print(" ".join(row))


def _store_run(ms: list[dict], parts: list[list[dict]]) -> tuple[float, set]:
    import tempfile
    from pathlib import Path

    from tidings.fuse import update_store
    from tidings.store import open_store

    seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        for part in parts:
            for m in part:
                first = m["mentions"][0]
                store.add_document({"id": first["document"], "text": "text of " + first["document"], "outlet": first["outlet"], "published": first["published"]})
                store.replace_mentions(first["document"], [m])
            t = time.perf_counter()
            update_store(store)
            seconds += time.perf_counter() - t
        return seconds, canonical(list(store.iter_events()))


def in_store_batches(sizes: list[int], k: int) -> None:
    print(_BATCH_HEADER)
    for n in sizes:
        ms, parts = _in_order(n, k)
        one, want = _store_run(ms, [ms])
        row = [f"{n:>9} {k:>7} {one:>9.2f}"]
        for order in (parts, parts[::-1]):
            dt, got = _store_run(ms, order)
            row.append(f"{dt:>14.2f} {dt / one:>6.1f} {str(got == want):>5}")
        print(" ".join(row))


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--batches"]:
        in_batches([int(a) for a in args[2:]] or [1_000, 10_000], int(args[1]))
    elif args[:1] == ["--store"]:
        in_store_batches([int(a) for a in args[2:]] or [1_000], int(args[1]))
    elif args[:1] == ["--stream"]:
        streamed([int(a) for a in args[1:]] or [20_000, 100_000, 1_000_000])
    elif args[:1] == ["--stream-one"]:
        stream_one(int(args[1]), args[2])
    elif args[:1] == ["--one"]:
        one(int(args[1]), args[2])
    elif args[:1] == ["--model"]:
        main([int(a) for a in args[2:]] or [1_000, 10_000], args[1])
    else:
        main([int(a) for a in args] or [1_000, 10_000, 100_000])
