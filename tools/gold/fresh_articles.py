"""Fresh real news for audits: articles outside the gold set, sampled and coded.

    .venv/bin/python tools/gold/fresh_articles.py --n 60 --seed 7301 --out fresh.jsonl
    .venv/bin/python tools/gold/fresh_articles.py --corpus wire --n 1000 --seed 4417 --out wire.jsonl
    .venv/bin/python tools/gold/fresh_articles.py --code fresh.jsonl --out events.jsonl

The first form samples ``--n`` documents (``--seed`` fixes the sample) from the ECB+ CoNLL files under
``../shared/eval/ecbplus-dev/diverse_cdcr`` (topics 2, 5, 12, 18, 21, 23, 34 and 35, the fusion dev
topics, left out; ``--corpus ecbdev`` samples those topics' documents that no train-topic file lists too: the
coding gold holds no ECB+ article), joins their tokens back into text (punctuation attached, the URL line dropped) and
writes ``{"id", "text"}`` lines; ``--skip FILE`` leaves out the ids listed in FILE. With ``--corpus wire``
it samples the TimeBank/AQUAINT and TR-News articles that are not in the gold article list (209), with
``--corpus local`` the LGL and GeoVirus ones, each line with the article's own date as ``published`` (the
TempEval creation time, the collectors' fetch time; 2015-01-01 for a TR-News article and 2016-01-01 for an
LGL or GeoVirus one that gives none). With ``--corpus web`` it samples the news pages of trafilatura's
evaluation set (``../shared/eval/trafilatura-eval``) that the read stage finds English, with a publication date and at
least 1,500 characters of clean text, read from their HTML by :func:`tidings.read.read_article` (boilerplate
removed), each with the page's own date as ``published``. The
second form codes such a file with the pipeline (each text dated its ``published``, else 2020-05-01) and
writes one line per event: CAMEO code, confidence, trigger, source and target (text, country, sector),
status, date and sentence, for judging two versions of the coder side by side. Nothing of the corpora is
stored in the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

DEV_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "ecbplus-dev" / "diverse_cdcr"


def _detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([,.;:!?%)\]}])", r"\1", s)
    s = re.sub(r"([(\[{$]) ", r"\1", s)
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s)
    s = re.sub(r'" (.*?) "', r'"\1"', s)
    return re.sub(r"(\w) - (\w)", r"\1-\2", s)


def documents(root: Path = ROOT, *, dev: bool = False) -> list[dict[str, str]]:
    """The train-topic documents as ``{"id", "text"}``, in file order; with ``dev``, those of the fusion dev topics'
    files that no train-topic file holds too (some documents are listed in both)."""
    if dev:
        train = {d["id"] for d in documents(root)}
        return [d for d in _documents(root, dev=True) if d["id"] not in train]
    return _documents(root, dev=False)


def _documents(root: Path, *, dev: bool) -> list[dict[str, str]]:
    found: dict[str, dict[int, list[str]]] = {}
    for path in sorted(str(p) for p in root.glob("*/annotation/original/*.conll.gz")):
        topic = int(re.match(r"(\d+)", path.split("/")[-1]).group(1))  # type: ignore[union-attr]
        if (topic in DEV_TOPICS) != dev:
            continue
        sents: dict[int, list[str]] = {}
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#begin"):
                    sents = found[line.split("(")[1].split(")")[0]] = {}  # a document listed twice is read once
                    continue
                parts = line.rstrip("\n").split("\t")
                if line.startswith("#end") or len(parts) < 4:
                    continue
                sents.setdefault(int(parts[1]), []).append(parts[3])
    out = []
    for doc_id, sents in found.items():
        lines = [_detok(sents[k]) for k in sorted(sents)]
        if lines and re.search(r"https?://|www\.|\.com|\.html?", lines[0]):
            lines = lines[1:]
        if lines:
            out.append({"id": doc_id, "text": "\n\n".join(lines)})
    return out


# the day an article of a corpus is coded on when it gives none
_UNDATED = {"trnews": "2015-01-01", "lgl": "2016-01-01", "geovirus": "2016-01-01"}


def gold_free(corpus: str, root: Path = ROOT.parents[1]) -> list[dict[str, str]]:
    """The articles of the gold set's corpora that are not in it: ``wire`` (TimeBank/AQUAINT, TR-News) or ``local``
    (LGL, GeoVirus), as ``{"id", "text", "published"}`` in file order."""
    from tidings.evaluate.gold import _xml_fetch_times, _xml_texts, load_articles, load_tml
    from tidings.time.recogniser import parse_written_date

    taken = {a.path for a in load_articles()}
    out: list[dict[str, str]] = []
    if corpus == "wire":
        for p in sorted((root / "tempeval3-train/data/TempEval3/Training/TBAQ-cleaned").glob("*/*.tml")):
            if str(p.relative_to(root)) not in taken:
                tml = load_tml(p)
                out.append({"id": "tbaq-" + p.stem, "text": str(tml["text"]), "published": str(tml["anchor"])[:10] or "2000-01-01"})
    files = {"wire": [("TR-News.xml", "trnews")], "local": [("lgl.xml", "lgl"), ("GeoVirus.xml", "geovirus")]}[corpus]
    for name, key in files:
        rel = f"geoparsing-dev/Corpora/{name}"
        texts = _xml_texts(root / rel, key)
        times = _xml_fetch_times(root / rel, key) if key != "geovirus" else {}
        for k, text in texts.items():
            if f"{rel}#{k}" in taken:
                continue
            day = parse_written_date(times.get(k, "")) if times else None
            out.append({"id": f"{key}-{k}", "text": text, "published": day.isoformat() if day else _UNDATED[key]})
    return out


def web_pages(root: Path = ROOT.parents[1], min_chars: int = 1500, limit: int | None = None) -> list[dict[str, str]]:
    """The English, dated pages of trafilatura's evaluation set as ``{"id", "text", "published"}``, read from their
    HTML by the read stage, in the order of its gold file (its first ``limit`` entries only, if given); pages that fail
    to read are left out."""
    from tidings import ReadError
    from tidings.read import read_article

    base = root / "trafilatura-eval" / "tests"
    gold = json.loads((base / "evaldata.json").read_text(encoding="utf-8"))
    out: list[dict[str, str]] = []
    for url, item in list(gold.items())[:limit]:
        name = str(item.get("file") or "")
        path = next((p for p in (base / "eval" / (name + ".gz"), base / "cache" / (name + ".gz")) if p.exists()), None)
        if path is None:
            continue
        try:
            doc = read_article(gzip.decompress(path.read_bytes()), url=url, path=str(path))
        except ReadError:
            continue
        if doc["language"] == "en" and doc["published"] and len(doc["text"]) >= min_chars:
            out.append({"id": "web-" + name, "text": doc["text"], "published": str(doc["published"])[:10]})
    return out


def code(items: list[dict[str, str]], out) -> None:  # type: ignore[no-untyped-def]
    """Code each text and write one JSON line per event."""
    from tidings.code.mentions import events_from_doc
    from tidings.code.pipeline import coding_context, get_pipeline

    nlp = get_pipeline(None)
    context = coding_context(nlp)
    for item in items:
        doc = nlp(item["text"])
        meta = {"id": item["id"], "text": item["text"], "published": item.get("published") or "2020-05-01", "language": "en",
                "title": None}
        for e in events_from_doc(doc, meta, context=context):  # type: ignore[arg-type]
            kind, src, tgt = e.get("type") or {}, e.get("source") or {}, e.get("target") or {}
            date = e.get("date") or {}
            out.write(json.dumps({
                "id": item["id"], "cameo": kind.get("cameo"), "conf": round(float(e.get("confidence", 0)), 3), "trigger": kind.get("trigger"),
                "source": [src.get("text"), src.get("country"), src.get("sector")], "target": [tgt.get("text"), tgt.get("country"), tgt.get("sector")],
                "status": e.get("status"), "date": date.get("value"), "sentence": ((e.get("mentions") or [{}])[0]).get("sentence"),
            }) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="sample fresh articles outside the gold set, or code a sample")
    ap.add_argument("--n", type=int, default=30, help="how many documents (default 30)")
    ap.add_argument("--seed", type=int, default=1, help="the sample's seed (default 1)")
    ap.add_argument("--skip", type=Path, help="a file of document ids to leave out")
    ap.add_argument("--corpus", choices=("ecb", "ecbdev", "wire", "local", "web"), default="ecb",
                    help="ECB+ train topics (default) or its fusion dev topics (none of them in the gold set), the wire "
                         "articles (TimeBank/AQUAINT, TR-News) or the local ones (LGL, GeoVirus) outside the gold set, or the "
                         "English news pages of trafilatura's evaluation set")
    ap.add_argument("--code", type=Path, help="code this sample file instead of sampling")
    ap.add_argument("--out", type=Path, required=True, help="where to write the JSON lines")
    args = ap.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as out:
        if args.code:
            code([json.loads(line) for line in args.code.read_text(encoding="utf-8").splitlines() if line.strip()], out)
            return 0
        docs = (documents() if args.corpus == "ecb" else documents(dev=True) if args.corpus == "ecbdev"
                else web_pages() if args.corpus == "web" else gold_free(args.corpus))
        skip = set(args.skip.read_text(encoding="utf-8").split()) if args.skip else set()
        docs = [d for d in docs if d["id"] not in skip]
        random.Random(args.seed).shuffle(docs)
        out.writelines(json.dumps(d) + "\n" for d in docs[:args.n])
    return 0


if __name__ == "__main__":
    sys.exit(main())
