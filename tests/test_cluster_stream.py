"""The driver's side of the distributed engine without a cluster or a model.

A deferred runner stands in for Dask (tasks run when their result is asked
for, so submitting ahead is observable); a stand-in coder replaces the spaCy
code task. The reading is the real read stage.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from tidings import CodingError, ConfigError, MissingExtra, NotFound, Options, ReadError
from tidings.cluster import _stream, document_schema, open_runner, read_partitions
from tidings.cluster._runner import InProcess
from tidings.cluster._stream import Stream
from tidings.cluster._tasks import FileRef, Unseen, read_files
from tidings.read import iter_inputs

TEXTS = {
    "a.txt": "Ministers met in Rome on Monday to discuss the budget, officials said. The talks will resume next week.",
    "b.txt": "Police arrested two men in Lyon on Tuesday after a robbery at a bank, prosecutors said.",
    "c.txt": "",
    "d.txt": "Farmers protested in Madrid on Wednesday against new water rules, the union said. Traffic was blocked for hours.",
    "e.txt": "The central bank raised interest rates on Thursday, citing inflation, its governor said.",
}


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    root = tmp_path / "inbox"
    root.mkdir()
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "f.jsonl").write_text(json.dumps({"text": "Rebels seized a town in the north on Friday, the army said."}) + "\n{oops\n", encoding="utf-8")
    return root


class _Later:
    def __init__(self, fn: Callable[..., Any], args: tuple) -> None:
        self.fn, self.args, self.ran, self.value = fn, args, False, None

    def done(self) -> bool:
        return self.ran

    def result(self) -> Any:
        if not self.ran:
            self.value, self.ran = self.fn(*self.args), True
        return self.value


class Deferred:
    """A 'parallel' runner whose tasks run when their result is first asked for."""

    workers = 2
    parallel = True

    def __init__(self) -> None:
        self.submitted: list[tuple[str, int]] = []

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Later:
        self.submitted.append((fn.__name__, len(args[0])))
        return _Later(fn, args)

    def wait_any(self, futures: list) -> None:
        futures[0].result()

    def gather(self, futures: list) -> list:
        return [f.result() for f in futures]

    def close(self) -> None:
        pass


def fake_code_docs(docs: list[dict], options: Options) -> tuple[dict, list]:
    """One mention per document naming its first word; a document about a bank fails."""
    out, failed = {}, []
    for d in docs:
        if "bank" in d["text"]:
            failed.append(CodingError("cannot code", path=d["id"]))
        else:
            out[d["id"]] = [{"type": {"trigger": d["text"].split()[0]}, "document": d["id"]}]
    return out, failed


def _shape(item: Any) -> Any:
    return ("error", item.code, item.path) if isinstance(item, ReadError) else ("doc", item["id"], item.get("source_path"))


@pytest.mark.parametrize("runner", [InProcess, Deferred])
def test_the_stream_gives_what_iter_inputs_gives_in_the_same_order(inbox, runner):
    paths = [str(inbox), str(inbox / "missing.txt")]
    expected = [_shape(i) for i in iter_inputs(paths, options=Options())]
    got = [_shape(i) for i in Stream(runner(), paths, options=Options(), code=False).items()]
    assert got == expected
    assert {s[0] for s in got} == {"doc", "error"}


def test_relative_paths_keep_the_names_given(inbox, monkeypatch):
    monkeypatch.chdir(inbox.parent)
    items = list(Stream(Deferred(), ["inbox"], options=Options(), code=False).items())
    assert [_shape(i) for i in items] == [_shape(i) for i in iter_inputs(["inbox"], options=Options())]
    names = [i.path if isinstance(i, ReadError) else i["source_path"] for i in items]
    assert names and all(n.startswith("inbox" + os.sep) for n in names)
    assert any(n.endswith("f.jsonl:2") for n in names)


@pytest.mark.parametrize("change", ["missing", "other size"])
def test_a_file_the_worker_cannot_see_comes_back_unseen(inbox, change):
    path = inbox / "a.txt"
    ref = FileRef("a.txt", str(path) + ("-elsewhere" if change == "missing" else ""), path.stat().st_size + (0 if change == "missing" else 1))
    assert read_files([ref], Options(), None, None, False) == [Unseen(ref)]


def test_files_the_workers_cannot_see_are_read_on_the_driver(inbox, monkeypatch):
    """Workers without the shared file system: the driver reads those files, records unchanged."""
    def blind(files, *args):
        return [Unseen(f) for f in files]

    monkeypatch.setattr(_stream, "read_files", blind)
    got = [_shape(i) for i in Stream(Deferred(), [str(inbox)], options=Options(), code=False).items()]
    assert got == [_shape(i) for i in iter_inputs([str(inbox)], options=Options())]


def test_documents_are_coded_ahead_and_the_coder_returns_only_what_it_is_asked(inbox, monkeypatch):
    monkeypatch.setattr(_stream, "code_docs", fake_code_docs)
    runner = Deferred()
    stream = Stream(runner, [str(inbox)], options=Options(), code=True)
    docs = [i for i in stream.items() if not isinstance(i, ReadError)]
    ahead = sum(n for name, n in runner.submitted if name == "fake_code_docs")
    assert ahead == len(docs)  # every readable English document was submitted before being asked for
    errors: list[CodingError] = []
    asked = [d for d in docs if "Madrid" not in d["text"]]
    out = stream.coder(asked, options=Options(), on_error=errors.append)
    bank = [d["id"] for d in asked if "bank" in d["text"]]
    assert sorted(out) == sorted(d["id"] for d in asked if d["id"] not in bank)
    assert [e.path for e in errors] == bank
    assert stream._coding == {}  # results of documents handed out are released
    assert sum(n for name, n in runner.submitted if name == "fake_code_docs") == ahead  # nothing coded twice


def test_the_coder_submits_documents_it_did_not_see(monkeypatch):
    monkeypatch.setattr(_stream, "code_docs", fake_code_docs)
    stream = Stream(Deferred(), [], options=Options(), code=True)
    doc = {"id": "x1", "text": "Troops withdrew from the border.", "language": "en"}
    assert stream.coder([doc], options=Options(), on_error=lambda e: None) == {"x1": [{"type": {"trigger": "Troops"}, "document": "x1"}]}


def test_documents_already_coded_in_the_store_are_not_coded_ahead(inbox, monkeypatch):
    monkeypatch.setattr(_stream, "code_docs", fake_code_docs)
    runner = Deferred()
    stream = Stream(runner, [str(inbox)], options=Options(), code=True, coded_already=lambda ids: set(ids))
    list(stream.items())
    assert not [s for s in runner.submitted if s[0] == "fake_code_docs"]


def test_without_dask_the_cluster_asks_for_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtra) as err:
        open_runner("local")
    assert "pip install 'tidings[cluster]'" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("address, jobs", [(None, 0), ("tcp://10.0.0.1:8786", 2)])
def test_job_counts_that_make_no_sense_are_refused(address, jobs):
    with pytest.raises(ConfigError):
        open_runner(address, jobs=jobs)


@pytest.mark.parametrize("address, jobs", [(None, None), (None, 1), ("", 1)])
def test_one_job_without_an_address_runs_in_this_process(address, jobs):
    assert isinstance(open_runner(address, jobs=jobs), InProcess)


def test_loading_a_folder_without_partitions_names_it(tmp_path):
    with pytest.raises(NotFound) as err:
        list(read_partitions(tmp_path))
    assert str(tmp_path) in str(err.value)


def test_the_document_schema_has_json_columns_for_nested_fields():
    schema = document_schema()
    for name in ("removed", "updates", "provenance", "dateline", "extra"):
        assert str(schema.field(name).type) == "string"
    assert str(schema.field("signature").type) == "list<item: int64>"


@pytest.mark.parametrize("part_size", [1, 2, 100])
def test_partitions_give_back_every_document_field_and_mention(inbox, monkeypatch, tmp_path, part_size):
    from tidings.cluster import write_partitions

    monkeypatch.setattr(_stream, "code_docs", fake_code_docs)
    out = tmp_path / "set"
    report = write_partitions([str(inbox)], out, options=Options(), part_size=part_size)
    read = [d for d in iter_inputs([str(inbox)], options=Options()) if not isinstance(d, ReadError)]
    back = list(read_partitions(out))
    def given(doc: dict) -> dict:  # a null column stands for a field that is absent or None
        return {k: v for k, v in doc.items() if v is not None}

    assert [given(doc) for doc, *_ in back] == [given(d) for d in read]
    assert report.parts == -(-len(read) // part_size) and len(report.skipped) == 2
    for doc, signature, mentions, error in back:
        assert len(signature) == 128
        if "bank" in doc["text"]:
            assert mentions is None and error.startswith("E503")
        else:
            assert mentions == fake_code_docs([doc], Options())[0][doc["id"]] and error is None


def test_partitions_are_not_written_over(inbox, monkeypatch, tmp_path):
    from tidings.cluster import write_partitions

    monkeypatch.setattr(_stream, "code_docs", fake_code_docs)
    write_partitions([str(inbox / "a.txt")], tmp_path / "set", options=Options())
    with pytest.raises(ConfigError):
        write_partitions([str(inbox / "a.txt")], tmp_path / "set", options=Options())


def test_a_worker_with_another_tidings_version_refuses_the_pipeline():
    pytest.importorskip("distributed")
    from types import SimpleNamespace

    from tidings.cluster._plugin import PipelinePlugin

    with pytest.raises(ConfigError) as err:
        PipelinePlugin(Options(), "0.0.0-other").setup(SimpleNamespace(address="tcp://127.0.0.1:1"))
    assert "0.0.0-other" in str(err.value) and "tcp://127.0.0.1:1" in str(err.value)


RECORDS = [
    {"text": "Ministers met in Rome on Monday to discuss the budget, officials said.", "outlet": "Reuters", "published": "2025-03-03"},
    {"text": "   ", "outlet": None, "published": None},
    {"html": "<html><body><article><h1>Kenya protests</h1><p>Kenyan police fired tear gas at protesters in Nairobi on Tuesday, "
             "the interior ministry said.</p></article></body></html>", "url": "https://example.org/kenya", "published": "2025-06-10"},
    {"text": "Farmers protested in Madrid on Wednesday against new water rules, the union said.", "title": "Farmers protest", "published": None},
]


@pytest.mark.parametrize("row_group_size", [1, 3, 10])
def test_a_parquet_record_set_reads_like_the_same_records_in_jsonl(tmp_path, row_group_size):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{k: r.get(k) for k in ("text", "html", "url", "title", "outlet", "published")} for r in RECORDS]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "set.parquet", row_group_size=row_group_size)
    (tmp_path / "set.jsonl").write_text("\n".join(json.dumps({k: v for k, v in r.items() if v is not None}) for r in RECORDS) + "\n", encoding="utf-8")
    got = list(Stream(Deferred(), [str(tmp_path / "set.parquet")], options=Options(), code=False, parquet_records=True).items())
    want = list(iter_inputs([str(tmp_path / "set.jsonl")], options=Options()))
    assert [type(i) for i in got] == [type(i) for i in want]
    assert [i.path for i in got if isinstance(i, ReadError)] == [str(tmp_path / "set.parquet[1]")]

    def same(doc: dict) -> dict:
        return {k: v for k, v in doc.items() if k not in ("source_path", "raw", "warnings") and v is not None}

    assert [same(d) for d in got if not isinstance(d, ReadError)] == [same(d) for d in want if not isinstance(d, ReadError)]
    assert [d["source_line"] for d in got if not isinstance(d, ReadError)] == [1, 3, 4]
