"""The bad-input corpus (bench/make_bad_inputs.py): every kind is stored or refused with one line, never a traceback."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import tidings
from tidings import ReadError
from tidings.read import iter_inputs

_SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "make_bad_inputs.py"


def _load():
    spec = importlib.util.spec_from_file_location("make_bad_inputs", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_bad_inputs"] = module
    spec.loader.exec_module(module)
    return module


MAKER = _load()
KINDS = sorted(MAKER.KINDS)

# kinds named in issue 14 ("Silent misreads" and the JSONL bullet) that the corpus must hold
REQUIRED = {
    "jsonl-lone-surrogate", "jsonl-deep-nesting", "json-array", "ascii-invalid-bytes", "utf8-stray-byte",
    "meta-not-a-date", "meta-dict-title", "meta-list-title", "unreadable-folder", "symlink-loop", "fifo",
    "missing-path", "empty-file", "binary-junk", "huge-line", "nul-bytes", "utf8-bom", "utf16-le-bom",
    "utf16-no-bom", "html-no-body",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    made = MAKER.make_corpus(root / "corpus")
    yield made
    for paths in made.values():  # let pytest remove what the kinds locked
        for p in paths:
            path = Path(p)
            if path.exists() and not path.is_symlink():
                path.chmod(0o755 if path.is_dir() else 0o644)


def _one_line(err: ReadError) -> bool:
    text = str(err)
    return "\n" not in text and "Traceback" not in text and text.startswith(err.code) and len(text) < 400


def test_the_corpus_holds_at_least_fifty_kinds_including_every_case_of_the_issue(corpus):
    assert len(corpus) >= 50
    assert REQUIRED <= set(corpus)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_reads_to_documents_or_one_line_reasons(corpus, kind):
    items = list(iter_inputs(corpus[kind]))
    assert items, "every input gives at least a document or a reason"
    for item in items:
        if isinstance(item, ReadError):
            assert _one_line(item), str(item)
            assert item.path and (item.path.startswith(corpus[kind][0].rsplit("/", 1)[0]) or item.path in corpus[kind])
        else:
            assert isinstance(item, dict) and item["text"].strip()
            item["text"].encode("utf-8")  # storable: no lone surrogates
            assert all("\n" not in w for w in item.get("warnings", []))
            for key in ("title", "author", "outlet", "url", "published"):
                assert item.get(key) is None or isinstance(item[key], str)
            if item.get("published"):
                assert tidings.time.parse_iso(item["published"]) is not None


@pytest.mark.parametrize(
    "kind, expected",
    [
        ("jsonl-lone-surrogate", ["doc", "E103", "doc"]),
        ("jsonl-deep-nesting", ["doc", "E106", "doc"]),
        ("json-array", ["doc", "doc"]),
        ("meta-not-a-date", ["doc", "doc", "doc"]),
        ("symlink-loop", ["E108"]),
        ("fifo", ["E108"]),
        ("missing-path", ["E107"]),
        ("empty-file", ["E101"]),
        ("nul-bytes", ["E102"]),
        ("jsonl-huge-line", ["doc", "E104", "doc"]),
        ("warc-corrupt-record", ["doc", "E106", "doc", "doc"]),
    ],
)
def test_named_kinds_give_the_expected_outcome(corpus, kind, expected):
    items = list(iter_inputs(corpus[kind]))
    assert [i.code if isinstance(i, ReadError) else "doc" for i in items] == expected


def test_every_kind_ingests_into_a_store_without_an_exception(corpus, tmp_path):
    paths = [p for kind in KINDS for p in corpus[kind]]
    with tidings.open_store(tmp_path / "bad.db") as store:
        report = tidings.ingest(paths, store=store, code=False)
        docs = list(store.iter_documents())
    assert report.read >= 50 and len(report.skipped) >= 40
    assert all("\n" not in reason and reason[:1] == "E" for _, reason in report.skipped)
    assert len(docs) == report.stored >= 20  # many kinds share one text: stored once
    assert all(isinstance(d["text"], str) and d["text"] for d in docs)
    assert all(d.get("published") is None or tidings.time.parse_iso(d["published"]) is not None for d in docs)
    assert all(d.get("title") is None or isinstance(d["title"], str) and not d["title"].startswith(("{", "[")) for d in docs)
