"""The sentence detector before the parser: words/s against bare spaCy, and the events it keeps.

Usage::

    .venv/bin/python bench/bench_detector.py [--limit 300] [--repeats 5] [--held-out | --folder PATH] [--profile] [--components] [--spacy-ruler] [--eval ../shared/eval]

Texts: the news articles of LGL, TR-News and GeoVirus (the reader of
``bench_ingest_jobs.py``), the first ``--limit``; with ``--held-out``
instead the gold set's articles (``tidings/data/gold``, all splits; the
count is printed), which the detector's training leaves out (it is trained
on the other articles of the same corpora, so the default texts are mostly
in-sample for it; articles added to the gold set after its last training
may have been among them); with
``--folder`` the documents tidings reads from a folder (e.g. ``../shared/seeds``).

In one process, ``--repeats`` paired runs (default 5), each timing in turn:

- bare spaCy: ``spacy.load(model).pipe(texts)`` (the same model, all its
  components);
- ``code_documents`` parsing every sentence (``prefilter`` off);
- ``code_documents`` parsing only the sentences the detector picks
  (``prefilter`` on).

Every run is timed in CPU seconds of this process (``time.process_time``;
everything runs in it, ``n_process`` 1), so that other jobs on a shared
machine slow the wall clock but not the figures. Prints the median words/s
(per CPU second) of each and its ratio to bare spaCy, then the
detector's own cost (``TidingsPrefilter.inputs``: scoring every sentence,
picking the context, blanking the rest; median of the runs), the share of
sentences and characters parsed (counted on the docs the pipeline really
makes, ``tidings.code._inputs``: a sentence blanked out is not parsed), and
the event recall of the detector run against the parse-everything run
(events matched by document and trigger offsets; also with the same CAMEO
code), with the lost events split into those in parsed sentences (context
the coder lacked) and those in dropped ones. ``--profile`` adds the top
functions by cumulative time of one detector run. ``--spacy-ruler`` adds a
fourth run to each repeat: the detector pipeline with the model's attribute
ruler run by spaCy (its ``Matcher``) instead of tidings' table look-up
(``tidings.code.pipeline.FastAttributeRuler``), the paired ratio of the two
and whether their records are the same. ``--components`` prints the CPU
time of each pipeline component over the detector run's docs, and of bare
spaCy's over the whole texts, with the tokens each run feeds them (so that
the cost per token of a component can be compared between the two).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Callable, cast

warnings.filterwarnings("ignore", message=r".*\[W109\]")  # docs carrying candidates cannot travel between processes

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def news(eval_dir: Path, limit: int) -> list[dict[str, Any]]:
    """Documents of the first ``limit`` LGL, TR-News and GeoVirus articles (a publication date only where it is one)."""
    from bench_ingest_jobs import load_articles

    docs = []
    for n, art in enumerate(load_articles(eval_dir, limit)):
        doc: dict[str, Any] = {"id": f"a{n}", "text": art["text"], "language": "en", "title": art.get("title"), "outlet": art.get("outlet")}
        doc["published"] = art["published"] if _ISO.match(art.get("published", "")) else None
        docs.append(doc)
    return docs


def held_out(eval_dir: Path) -> list[dict[str, Any]]:
    """Documents of the gold set's articles (every split), which the detector's training leaves out."""
    from tidings.evaluate.gold import article_dates, article_texts, load_articles

    articles = load_articles()
    texts = article_texts(articles, eval_dir)
    published = article_dates(articles, eval_dir)
    return [{"id": a.id, "text": texts[a.id], "language": "en", "published": published[a.id]} for a in articles]


def folder(path: Path) -> list[Any]:
    """The documents tidings reads from ``path`` (read errors left out)."""
    from tidings.read import iter_inputs

    return [{**d, "language": "en"} for d in iter_inputs([str(path)]) if isinstance(d, dict)]


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """What ``fn`` gives and the CPU time it took (``time.process_time``: other people's jobs on a shared machine do not count)."""
    t0 = time.process_time()
    out = fn()
    return out, time.process_time() - t0


def keys(result: dict[str, list[Any]], with_code: bool = False) -> set[tuple[Any, ...]]:
    """Events as (document, trigger start, trigger end[, CAMEO code])."""
    return {(d, e["type"]["start"], e["type"]["end"]) + ((e["type"]["cameo"],) if with_code else ()) for d, evs in result.items() for e in evs}


def input_docs(nlp: Any, docs: list[Any], options: Any) -> dict[str, list[Any]]:
    """The docs ``code_documents`` parses for each document with this pipeline (titles apart left out)."""
    from tidings.code import _chunk_limit, _inputs
    from tidings.code.pipeline import DOCUMENT_KEY

    return {did: [d for d in made if not d.user_data[DOCUMENT_KEY]["in_title"]] for did, made in _inputs(nlp, docs, _chunk_limit(nlp, options))}


def spacy_parsed(nlp: Any, docs: list[Any], options: Any) -> list[Any]:
    """The detector pipeline's input docs of ``docs`` run through spaCy's own components only (tidings' left out)."""
    made = [d for ds in input_docs(nlp, docs, options).values() for d in ds]
    with nlp.select_pipes(disable=["tidings_prefilter", "tidings_events", "tidings_code"]):
        return list(nlp.pipe(made, batch_size=options.batch_size))


def parsed_sentences(nlp: Any, docs: list[Any], options: Any) -> dict[str, dict[tuple[int, int], bool]]:
    """For each document, its sentences (the cheap split) and whether the parser sees them: in an input doc, not blanked out."""
    from tidings.annotate import sentence_ranges
    from tidings.code.pipeline import DOCUMENT_KEY

    out: dict[str, dict[tuple[int, int], bool]] = {}
    for d in docs:
        text = d["text"]
        seen = [(doc.user_data[DOCUMENT_KEY]["offset"], doc.text) for doc in input_docs(nlp, [d], options).get(d["id"], [])]
        out[d["id"]] = {(s, e): any(off <= s and e <= off + len(t) and t[s - off:e - off] == text[s:e] for off, t in seen)
                        for s, e in sentence_ranges(text)}
    return out


def components(nlp: Any, docs: list[Any], options: Any) -> tuple[dict[str, float], int]:
    """CPU seconds of making the input docs (tokenizer, detector, blanking) and of each component over all of them, and their tokens."""
    from tidings.code import _chunk_limit, _inputs

    made, t = timed(lambda: [d for _, ds in _inputs(nlp, docs, _chunk_limit(nlp, options)) for d in ds])
    return _run_components(nlp, made, options, {"inputs": t})


def bare_components(bare: Any, texts: list[str], options: Any) -> tuple[dict[str, float], int]:
    """The same for bare spaCy on the whole texts: its tokenizer, then each of its components."""
    made, t = timed(lambda: [bare.make_doc(text) for text in texts])
    return _run_components(bare, made, options, {"tokenizer": t})


def _run_components(nlp: Any, made: list[Any], options: Any, out: dict[str, float]) -> tuple[dict[str, float], int]:
    tokens = sum(len(d) for d in made)
    for name, proc in nlp.pipeline:
        if name == "tidings_prefilter":  # its work is in the inputs
            continue
        t0 = time.process_time()
        made = list(proc.pipe(made, batch_size=options.batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in made]
        out[name] = time.process_time() - t0
    return out, tokens


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--limit", type=int, default=300, help="articles (default 300)")
    ap.add_argument("--repeats", type=int, default=5, help="paired runs; medians are printed (default 5)")
    ap.add_argument("--held-out", action="store_true", help="the gold set's articles instead (all splits; left out of the detector's training)")
    ap.add_argument("--folder", type=Path, help="the documents read from this folder instead")
    ap.add_argument("--profile", action="store_true", help="profile one run with the detector")
    ap.add_argument("--components", action="store_true",
                    help="CPU seconds of each pipeline component over the detector run's docs, one component after another")
    ap.add_argument("--spacy-ruler", action="store_true",
                    help="one more run: the detector with spaCy's own attribute ruler instead of tidings' table look-up")
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args(argv)

    import spacy

    from tidings import Options
    from tidings.code import build_pipeline, code_documents
    from tidings.code.pipeline import TidingsPrefilter

    docs: list[Any] = held_out(args.eval) if args.held_out else folder(args.folder) if args.folder else news(args.eval, args.limit)
    texts = [d["text"] for d in docs]
    words = sum(len(t.split()) for t in texts)
    kind = "gold-set (held-out)" if args.held_out else str(args.folder) if args.folder else "LGL/TR-News/GeoVirus"
    print(f"texts: {len(docs)} {kind} articles, {words:,} words; "
          f"{args.repeats} paired runs, medians")

    options = Options()
    bare = spacy.load(options.model)
    full = build_pipeline(options)
    detect = build_pipeline(options.replace(prefilter=True))
    prefilter = cast(TidingsPrefilter, detect.get_pipe("tidings_prefilter"))
    plain = None
    if args.spacy_ruler:  # the same pipeline with the model's attribute ruler as spaCy runs it (same rules)
        plain = build_pipeline(options.replace(prefilter=True))
        plain.remove_pipe("attribute_ruler")
        plain.add_pipe("attribute_ruler", after="parser").add_patterns(bare.get_pipe("attribute_ruler").patterns)
    for nlp in (full, detect, *([plain] if plain is not None else [])):  # warm up: models, caches
        code_documents(docs[:5], options=options, nlp=nlp)
    list(bare.pipe(texts[:5]))

    runs: dict[str, list[float]] = {"bare": [], "full": [], "detector": [], "detector_only": [], "spacy_ruler": []}
    everything: dict[str, list[Any]] = {}
    picked: dict[str, list[Any]] = {}
    same: dict[str, list[Any]] = {}
    order = ["bare", "full", "detector"] + (["spacy_ruler"] if plain is not None else [])
    for r in range(args.repeats):  # the runs in a rotating order, so that none is always first (warm caches, load)
        for name in order[r % len(order):] + order[:r % len(order)]:
            if name == "bare":
                _, t = timed(lambda: list(bare.pipe(texts, batch_size=options.batch_size)))
            elif name == "full":
                everything, t = timed(lambda: code_documents(docs, options=options, nlp=full))
            elif name == "spacy_ruler":
                same, t = timed(lambda: code_documents(docs, options=options, nlp=cast(Any, plain)))
            else:
                picked, t = timed(lambda: code_documents(docs, options=options, nlp=detect))
            runs[name].append(t)
        _, t = timed(lambda: [prefilter.inputs(text) for text in texts])
        runs["detector_only"].append(t)
    paired = [b / d for b, d in zip(runs["bare"], runs["detector"])]
    med = {k: statistics.median(v) for k, v in runs.items() if v}  # spacy_ruler runs only with --spacy-ruler
    for name, label in (("bare", "bare spaCy nlp.pipe"), ("full", "code_documents, every sentence"), ("detector", "code_documents, detector on")):
        print(f"{label:34s} {words / med[name]:8,.0f} words/s  x{med['bare'] / med[name]:.2f} of bare  ({med[name]:.1f} CPU s)")
    print(f"detector on vs every sentence:     x{med['full'] / med['detector']:.2f}")
    print(f"detector on vs bare, paired runs:  x{min(paired):.2f} to x{max(paired):.2f}")
    print(f"the detector itself:               {words / med['detector_only']:8,.0f} words/s  ({med['detector_only']:.2f} CPU s, "
          f"{med['detector_only'] / med['detector']:.1%} of the detector run)")
    if plain is not None:
        ruler = [s / d for s, d in zip(runs["spacy_ruler"], runs["detector"])]
        print(f"detector on, spaCy's attribute ruler {words / med['spacy_ruler']:6,.0f} words/s  x{med['bare'] / med['spacy_ruler']:.2f} of bare  "
              f"({med['spacy_ruler']:.1f} CPU s); tidings' ruler x{min(ruler):.2f} to x{max(ruler):.2f} of it, paired; "
              f"same records: {same == picked}")

    parsed = parsed_sentences(detect, docs, options)
    n_sent = sum(len(v) for v in parsed.values())
    kept_sent = sum(sum(v.values()) for v in parsed.values())
    n_chars = sum(e - s for v in parsed.values() for s, e in v)
    kept_chars = sum(e - s for v in parsed.values() for (s, e), p in v.items() if p)
    pieces = sum(len(v) for v in input_docs(detect, docs, options).values())
    print(f"parsed with the detector: {kept_sent}/{n_sent} sentences ({kept_sent / n_sent:.1%}), {kept_chars / n_chars:.1%} of characters, "
          f"in {pieces} docs ({pieces / len(texts):.1f} per article); threshold {prefilter.detector.threshold:.4f}")
    for with_code, what in ((False, "document + trigger offsets"), (True, "document + trigger offsets + CAMEO code")):
        a, b = keys(everything, with_code), keys(picked, with_code)
        print(f"event recall against parsing everything ({what}): {len(a & b) / max(1, len(a)):.4f} ({len(a & b)}/{len(a)}); "
              f"events only with the detector: {len(b - a)}")

    lost = keys(everything) - keys(picked)
    inside = sum(1 for d, start, _ in lost if any(s <= start < e for (s, e), p in parsed[d].items() if p))
    print(f"events lost: {len(lost)}, {inside} of them in parsed sentences (context the coder lacks), {len(lost) - inside} in dropped ones")

    if args.components:
        print("by component (CPU s, all docs through one component, then the next; per 1,000 tokens in brackets):")
        runs_by = [("bare spaCy", bare_components(bare, texts, options))]
        runs_by += [(label, components(nlp, docs, options)) for label, nlp in (("detector, tidings' ruler", detect),
                                                                             ("detector, spaCy's ruler", plain)) if nlp is not None]
        for label, (spent, n_tokens) in runs_by:
            print(f"  {label}: {n_tokens:,} tokens, {sum(spent.values()):.2f} s: "
                  + ", ".join(f"{k} {v:.2f} ({v / sum(spent.values()):.0%}, {1000 * v / max(1, n_tokens):.3f})" for k, v in spent.items()))

    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        code_documents(docs, options=options, nlp=detect)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
