"""Fuzz the read stage's readers with Hypothesis for a fixed time each.

    python bench/fuzz_readers.py [--minutes 10] [--readers text,bytes,html,jsonl,json,metadata,dates,arguments,prose]

Each reader has a strategy (what inputs look like) and a property (what must
hold); ``tests/test_read_fuzz.py`` runs the same properties with few
examples in the test suite. The properties:

* **no escape**: only :class:`tidings.TidingsError` subclasses leave a reader
  (any other exception is a failure), and every error is one line naming its item;
* **storable**: every document's text, title and other strings encode as
  UTF-8 (no lone surrogates), metadata fields are ``str`` or ``None``, and
  ``published`` is a date :func:`tidings.time.parse_iso` reads;
* **round trip** (``prose``): plain-text prose paragraphs (22 or more
  words of letters, a full stop, no marks of mojibake such as ``Â`` before
  a cp1252 symbol, which ftfy repairs) come back as the clean text exactly:
  NFC, whitespace folded, one blank line between paragraphs
  (:func:`expected_prose`), by ``read_article`` and through a JSONL record;
* **JSONL isolation**: a fuzzed line between two good lines never costs the
  good lines.

Prints, per reader, the examples run, the failures (distinct failing
properties, each with a shrunk example) and the time spent. Hypothesis keeps
no example database here (``database=None``), so runs are independent.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
import unicodedata
from typing import Any, Callable

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tidings import ReadError, TidingsError
from tidings._options import Options
from tidings.read import decode, iter_inputs, read_article
from tidings.read.decoding import MOJIBAKE_HINT
from tidings.read.fields import check_date, check_string
from tidings.read.records import read_json_text, read_jsonl_lines
from tidings.time import parse_iso

OPTIONS = Options()
GOOD = "Officials said the talks in Geneva would resume on Monday after a week of delays, diplomats said."
FIELDS = ("title", "author", "outlet", "url", "published")


# --- properties ---------------------------------------------------------------------------------

def check_error(err: BaseException) -> None:
    """Only TidingsErrors escape, and they print as one line."""
    if not isinstance(err, TidingsError):
        raise err
    assert "\n" not in str(err) and str(err).startswith(err.code), str(err)


def check_document(doc: Any) -> None:
    """A document is storable: UTF-8 strings, typed metadata, a readable date."""
    assert isinstance(doc, dict) and isinstance(doc["text"], str) and doc["text"].strip()
    doc["text"].encode("utf-8")
    doc["raw"].encode("utf-8")
    for key in FIELDS + ("subtitle", "original_outlet"):
        value = doc.get(key)
        assert value is None or isinstance(value, str), (key, value)
        if value is not None:
            value.encode("utf-8")
    if doc.get("published"):
        assert parse_iso(doc["published"]) is not None, doc["published"]
    assert all(isinstance(w, str) and "\n" not in w for w in doc.get("warnings", []))


def read_or_refuse(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except Exception as exc:
        check_error(exc)
        return None


def prop_text(text: str) -> None:
    doc = read_or_refuse(lambda: read_article(text))
    if doc is not None:
        check_document(doc)


def prop_bytes(data: bytes) -> None:
    decoded = read_or_refuse(lambda: decode(data))
    if decoded is not None:
        decoded.text.encode("utf-8")
        assert decode(data) == decoded  # the same bytes are always read the same way
    doc = read_or_refuse(lambda: read_article(data))
    if doc is not None:
        check_document(doc)


def prop_html(html: str) -> None:
    doc = read_or_refuse(lambda: read_article(html, format="html"))
    if doc is not None:
        check_document(doc)


def prop_jsonl(line: bytes) -> None:
    good = [json.dumps({"text": GOOD.replace("Geneva", city)}).encode() for city in ("Vienna", "Oslo")]
    data = b"\n".join([good[0], line.replace(b"\n", b" "), good[1]])
    items = []
    for item in read_jsonl_lines(io.BytesIO(data), "fuzz.jsonl", OPTIONS):
        if isinstance(item, ReadError):
            check_error(item)
        else:
            check_document(item)
        items.append(item)
    docs = [i for i in items if isinstance(i, dict)]
    assert docs[0]["text"].startswith("Officials said the talks in Vienna") and docs[-1]["text"].startswith("Officials said the talks in Oslo")
    assert len(items) in (2, 3)


def prop_json(value: Any) -> None:
    text = json.dumps(value)
    for item in read_json_text(text, "fuzz.json", OPTIONS):
        if isinstance(item, ReadError):
            check_error(item)
        else:
            check_document(item)


def prop_metadata(record: dict[str, Any]) -> None:
    line = json.dumps({"text": GOOD, **record}).encode()
    items = list(read_jsonl_lines(io.BytesIO(line), "meta.jsonl", OPTIONS))
    assert len(items) == 1
    doc = items[0]
    assert isinstance(doc, dict), doc  # a bad metadata value never costs the document
    check_document(doc)
    for key in FIELDS:
        if key in record and doc["provenance"].get(key) == "given":
            expected = check_date(key, record[key])[0] if key == "published" else check_string(key, record[key])[0]
            assert doc[key] == expected


def prop_arguments(case: tuple[bool, dict[str, Any]]) -> None:
    as_html, given = case
    body = f"<html><head><title>Talks - Site</title></head><body><p>{GOOD}</p></body></html>" if as_html else GOOD
    doc = read_or_refuse(lambda: read_article(body, **given))
    if doc is not None:
        check_document(doc)


def prop_dates(value: Any) -> None:
    iso, why = check_date("published", value)
    assert (iso is None) or (why is None)
    if iso is not None:
        assert parse_iso(iso) is not None
    if why is not None:
        assert "\n" not in why and why.startswith("published: ")


def expected_prose(paragraphs: list[str]) -> str:
    """What the clean text of prose paragraphs is: NFC, whitespace folded, paragraphs one blank line apart."""
    return "\n\n".join(" ".join(unicodedata.normalize("NFC", p).split()) for p in paragraphs)


def prop_prose(case: tuple[list[str], str, str]) -> None:
    paragraphs, sep, pad = case
    raw = sep.join(pad + p.replace(" ", " " + pad) + pad for p in paragraphs)
    doc = read_article(raw)
    assert doc["text"] == expected_prose(paragraphs), (doc["text"], doc["removed"])
    assert doc["title"] is None and not doc["removed"]
    via_jsonl = list(read_jsonl_lines(io.BytesIO(json.dumps({"text": raw}).encode()), "p.jsonl", OPTIONS))
    assert via_jsonl[0]["text"] == doc["text"]


# --- strategies ---------------------------------------------------------------------------------

_tags = st.sampled_from(["p", "div", "span", "a", "b", "h1", "h2", "article", "script", "style", "nav", "table", "td", "li", "br", "meta", "title", "body", "html", "head", "!--"])
_html_piece = st.one_of(
    st.text(max_size=60),
    st.builds(lambda t, s: f"<{t}>{s}</{t}>", _tags, st.text(max_size=80)),
    st.builds(lambda t: f"<{t}>", _tags),
    st.builds(lambda t: f"</{t}>", _tags),
    st.just(GOOD),
    st.sampled_from(["&amp;", "&#0;", "&#xd800;", "&nbsp;", "<![CDATA[x]]>", "<?xml version='1.0'?>", "<!doctype html>", '<meta charset="bogus">']),
)
_json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40), st.just("\ud800"))
_json = st.recursive(_json_scalar, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)
_record = st.dictionaries(st.sampled_from(["text", "html", *FIELDS, "other"]), st.one_of(_json, st.just(GOOD)), max_size=6)
_date_text = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"\A\d{1,4}-\d{1,2}-\d{1,2}([T ]\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:?\d\d)?)?\Z"),
    st.from_regex(r"\A\d{4}(-W\d\d(-\d)?|-\d\d)?\Z"),
    st.builds(lambda d, m, y: f"{d} {m} {y}", st.integers(0, 40), st.sampled_from(["March", "Mar.", "Sept", "Foo"]), st.integers(0, 3000)),
)
_word = st.text(alphabet=st.characters(categories=["Lu", "Ll"], max_codepoint=0x2FFF), min_size=1, max_size=9)
# prose: 22+ words (past every short-line rule), a final full stop, no marks of mojibake (those are repaired)
_paragraph = st.lists(_word, min_size=22, max_size=40).map(lambda ws: " ".join(ws) + ".").filter(lambda p: not MOJIBAKE_HINT.search(p))

STRATEGIES: dict[str, tuple[Callable[[Any], None], Any]] = {
    "text": (prop_text, st.text(max_size=400)),
    "bytes": (prop_bytes, st.one_of(st.binary(max_size=400), st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
                                    st.tuples(st.text(max_size=200), st.binary(max_size=6)).map(lambda tb: tb[0].encode("utf-8", "surrogatepass") + tb[1]))),
    "html": (prop_html, st.lists(_html_piece, max_size=12).map("".join)),
    "jsonl": (prop_jsonl, st.one_of(st.binary(max_size=200), _json.map(lambda v: json.dumps(v).encode()), _record.map(lambda r: json.dumps(r).encode()))),
    "json": (prop_json, st.one_of(_json, st.lists(_record, max_size=4), _record)),
    "metadata": (prop_metadata, st.dictionaries(st.sampled_from(FIELDS), _json, max_size=5)),
    "dates": (prop_dates, st.one_of(_date_text, _json)),
    "arguments": (prop_arguments, st.tuples(st.booleans(), st.dictionaries(st.sampled_from(FIELDS), st.one_of(_json, _date_text), max_size=5))),
    "prose": (prop_prose, st.tuples(st.lists(_paragraph, min_size=1, max_size=4), st.sampled_from(["\n\n", "\n\n\n", "\r\n\r\n", "\n \n"]), st.sampled_from(["", " ", "\t"]))),
}


def run(reader: str, seconds: float, batch: int = 200) -> tuple[int, list[str], float]:
    """Fuzz one reader for ``seconds``: ``(examples run, failures, seconds spent)``."""
    prop, strategy = STRATEGIES[reader]
    examples = 0
    failures: list[str] = []
    seen: set[str] = set()

    def body(value: Any) -> None:
        nonlocal examples
        examples += 1
        prop(value)

    test = settings(max_examples=batch, deadline=None, database=None, derandomize=False,
                    phases=[Phase.generate, Phase.shrink], suppress_health_check=list(HealthCheck))(given(strategy)(body))
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        try:
            test()
        except Exception as exc:  # a falsified property: record it and go on with new examples
            key = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''}"
            if key not in seen:
                seen.add(key)
                failures.append(key)
    return examples, failures, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="time per reader (default 10)")
    parser.add_argument("--readers", default=",".join(STRATEGIES), help="comma-separated, from: " + ", ".join(STRATEGIES))
    args = parser.parse_args(argv)
    readers = [r.strip() for r in args.readers.split(",") if r.strip()]
    unknown = [r for r in readers if r not in STRATEGIES]
    if unknown:
        parser.error(f"unknown readers: {', '.join(unknown)}")
    read_article(GOOD)  # load lazily imported libraries before timing
    list(iter_inputs([]))
    print(f"{'reader':10} {'examples':>9} {'failures':>8} {'seconds':>8}")
    total_failures = 0
    for reader in readers:
        examples, failures, spent = run(reader, args.minutes * 60)
        total_failures += len(failures)
        print(f"{reader:10} {examples:9d} {len(failures):8d} {spent:8.0f}", flush=True)
        for failure in failures:
            print(f"    {failure}")
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())
