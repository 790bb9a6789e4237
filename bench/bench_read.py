"""Throughput of the `read` stage: generate a corpus of text and HTML articles, time iter_inputs.

    python bench/bench_read.py [--files 2000] [--html-share 0.5] [--seed 7] [--signatures] [--containers]

Articles are built from templates with varied sentences, boilerplate lines
(paywall, share, comment forms, photo credits) and metadata lines, so the
whole reader runs: decoding, format detection, trafilatura (HTML), the
plain-text rules, metadata, language identification and ids. Prints
documents/s and MB/s overall and per format. With ``--containers`` the same
articles are also written as one JSONL file and one gzipped WARC file and
read in the same run; their CPU-time rates are printed beside the loose
files' (a ratio of 1.0 means the container costs nothing extra).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import tempfile
import time
from pathlib import Path

from tidings import ReadError
from tidings.read import iter_inputs, minhash_signature

PLACES = ["Beijing", "Seoul", "Kyiv", "Nairobi", "Caracas", "Dhaka", "Geneva", "Ankara", "Lagos", "Manila"]
ACTORS = ["the foreign minister", "rebel commanders", "the central bank", "opposition leaders", "police",
          "the United Nations envoy", "a government spokesman", "local officials", "union leaders", "the army"]
VERBS = ["met", "criticised", "accused", "agreed with", "warned", "praised", "threatened", "negotiated with",
         "rejected an offer from", "called on"]
TAILS = ["on Tuesday, according to state media.", "after weeks of tension, witnesses said.",
         "in a statement released late on Friday.", "despite earlier denials, two sources said.",
         "during a visit that had not been announced.", "as talks resumed in the capital."]
BOILER_HEAD = ["Subscribe now", "Get Full Access:", "Home | World | Politics | Business", "Save 40% Now"]
BOILER_TAIL = ["Share this article", "Leave a Reply", "You are commenting using your account. Log Out / Change )",
               "Connecting to %s", "© 2024 Example Media. All rights reserved.", "Sign up for our newsletter"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def sentence(rnd: random.Random) -> str:
    return f"{rnd.choice(ACTORS).capitalize()} in {rnd.choice(PLACES)} {rnd.choice(VERBS)} {rnd.choice(ACTORS)} {rnd.choice(TAILS)}"


def paragraphs(rnd: random.Random) -> list[str]:
    return [" ".join(sentence(rnd) for _ in range(rnd.randint(2, 5))) for _ in range(rnd.randint(4, 10))]


def text_article(rnd: random.Random, i: int) -> str:
    lines = rnd.sample(BOILER_HEAD, 2)
    lines += [f"Crisis Talks in {rnd.choice(PLACES)} Enter Day {i % 30 + 1}", f"By Reporter {i % 50}",
              f"{rnd.choice(MONTHS)} {rnd.randint(1, 28)}, {rnd.randint(2015, 2024)}"]
    body = paragraphs(rnd)
    body[0] = f"(JOHN DOE/AFP/Getty Images){body[0]}"
    return "\n\n".join(lines + body + rnd.sample(BOILER_TAIL, 3)) + "\n"


def html_article(rnd: random.Random, i: int) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs(rnd))
    date = f"{rnd.randint(2015, 2024)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    return (
        f"<!DOCTYPE html><html><head><title>Crisis Talks {i} - Example News</title>"
        f'<meta name="author" content="Reporter {i % 50}"><meta property="article:published_time" content="{date}">'
        '<meta property="og:site_name" content="Example News"></head><body>'
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>'
        f"<article><h1>Crisis Talks {i}</h1>{body}</article>"
        '<aside><h3>Most read</h3><ul><li><a href="/a">Markets fall</a></li><li><a href="/b">Storm warning</a></li></ul></aside>'
        "<footer><p>© 2024 Example News. All rights reserved.</p><p>Share this article</p></footer></body></html>"
    )


def build(folder: Path, files: int, html_share: float, seed: int) -> int:
    rnd = random.Random(seed)
    size = 0
    for i in range(files):
        sub = folder / f"batch{i % 10}"
        sub.mkdir(exist_ok=True)
        if rnd.random() < html_share:
            path, content = sub / f"a{i:05d}.html", html_article(rnd, i)
        else:
            path, content = sub / f"a{i:05d}.txt", text_article(rnd, i)
        path.write_text(content, encoding="utf-8")
        size += path.stat().st_size
    return size


def containers(folder: Path, out: Path) -> dict[str, Path]:
    """The loose files of ``folder`` as one JSONL file and one gzipped WARC file in ``out``."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    jsonl = out / "all.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for p in files:
            key = "html" if p.suffix == ".html" else "text"
            fh.write(json.dumps({key: p.read_text(encoding="utf-8")}) + "\n")
    paths = {"jsonl": jsonl}
    try:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter
    except ImportError:
        return paths
    warc = out / "all.warc.gz"
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, p in enumerate(files):
            body = p.read_bytes()
            ctype = "text/html" if p.suffix == ".html" else "text/plain"
            if ctype == "text/plain":
                rec = writer.create_warc_record(f"https://bench.example/{i}", "resource", payload=io.BytesIO(body), length=len(body),
                                                warc_headers_dict={"Content-Type": ctype, "WARC-Date": "2024-05-01T10:00:00Z"})
            else:
                http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
                rec = writer.create_warc_record(f"https://bench.example/{i}", "response", payload=io.BytesIO(body), length=len(body),
                                                http_headers=http, warc_headers_dict={"WARC-Date": "2024-05-01T10:00:00Z"})
            writer.write_record(rec)
    paths["warc"] = warc
    return paths


def timed(path: Path) -> tuple[int, int, float]:
    """``(documents, errors, CPU seconds)`` of reading ``path``."""
    docs = errors = 0
    cpu = time.process_time()
    for item in iter_inputs([str(path)]):
        if isinstance(item, ReadError):
            errors += 1
        else:
            docs += 1
    return docs, errors, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--html-share", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--signatures", action="store_true", help="also time MinHash signatures of the clean texts")
    ap.add_argument("--containers", action="store_true", help="also read the same articles from one JSONL and one WARC file")
    args = ap.parse_args()
    rates: dict[str, tuple[int, int, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = build(folder, args.files, args.html_share, args.seed)
        next(iter_inputs([str(next(folder.rglob("*.txt")))]))  # load models once, outside the timing
        per = {"text": [0, 0.0, 0, 0.0], "html": [0, 0.0, 0, 0.0]}  # docs, wall s, bytes, cpu s
        errors = 0
        texts = []
        started = time.perf_counter()
        cpu = time.process_time()
        last, last_cpu = started, cpu
        for item in iter_inputs([str(folder)]):
            now, now_cpu = time.perf_counter(), time.process_time()
            if isinstance(item, ReadError):
                errors += 1
            else:
                stats = per[item["format"]]
                stats[0] += 1
                stats[1] += now - last
                stats[2] += len(item["raw"].encode("utf-8"))
                stats[3] += now_cpu - last_cpu
                texts.append(item["text"])
            last, last_cpu = now, now_cpu
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        if args.containers:
            with tempfile.TemporaryDirectory() as tmp2:
                for name, path in containers(folder, Path(tmp2)).items():
                    rates[name] = timed(path)
    docs = sum(v[0] for v in per.values())
    print(f"corpus: {args.files} files, {size / 1e6:.2f} MB, html share {args.html_share}")
    print(f"read: {docs} documents, {errors} errors in {seconds:.2f} s: {docs / seconds:.1f} documents/s, {size / 1e6 / seconds:.2f} MB/s")
    print(f"cpu: {cpu:.2f} s: {docs / cpu:.1f} documents/s of CPU time, {size / 1e6 / cpu:.2f} MB/s")
    for fmt, (n, secs, nbytes, cpu_s) in per.items():
        if n:
            print(f"  {fmt}: {n} documents, {n / secs:.1f} documents/s ({n / cpu_s:.1f} of CPU time), "
                  f"{nbytes / 1e6 / secs:.2f} MB/s ({nbytes / 1e6 / cpu_s:.2f} of CPU time)")
    for name, (n, errs, cpu_s) in rates.items():
        print(f"  {name} container: {n} documents, {errs} errors, {n / cpu_s:.1f} documents/s of CPU time "
              f"({(n / cpu_s) / (docs / cpu):.2f}x the loose files)")
    if args.signatures:
        minhash_signature("warm up")
        t, c = time.perf_counter(), time.process_time()
        for text in texts:
            minhash_signature(text)
        s, cs = time.perf_counter() - t, time.process_time() - c
        print(f"minhash: {len(texts) / s:.1f} signatures/s ({len(texts) / cs:.1f} of CPU time)")


if __name__ == "__main__":
    main()
