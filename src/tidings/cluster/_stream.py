"""The driver's side: documents read on the workers, in input order, coded ahead.

:class:`Stream` turns paths into the read stage's stream of documents and
read errors, in the order :func:`tidings.read.iter_inputs` would give them
in one process, while the work runs on a :class:`~tidings.cluster._runner.Runner`:

1. The driver expands the paths (folders, globs) and sends groups of files
   to the workers as read tasks, a window of them ahead.
2. Workers read the files they see at the driver's absolute path; a file a
   worker cannot see comes back and the driver reads it itself. Standard
   input (``-``) is read on the driver.
3. As each read result arrives (in input order), the driver submits code
   tasks for its documents that will need coding (in a coded language, not
   already coded in the store, not yet submitted), a few documents per task,
   so the workers code ahead while the driver links and writes.
4. :meth:`Stream.coder` is the :class:`tidings._ingest.Coder` the ingest
   loop calls per batch: it collects the results coded ahead and submits
   what was not (documents from the store, near-duplicates' originals).

What to code is decided by the caller, exactly as in one process; coding
ahead only wastes work on documents the caller then drops (near-duplicates,
copies), never changes a record.
"""

from __future__ import annotations

import os
from collections import deque
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional

from .._errors import CodingError, PipelineError, ReadError, TidingsError
from .._options import Options
from ._runner import InProcess, Runner, TaskFuture
from ._tasks import FileRef, ReadItem, Unseen, code_docs, is_parquet, read_file, read_files

if TYPE_CHECKING:
    from .._types import Document, Event

__all__ = ["Stream"]

#: Files per read task.
FILES_PER_TASK = 4
#: Documents per code task (the workers' own batches: fewer, larger parsing calls).
DOCS_PER_TASK = 16


class Stream:
    """Documents of ``paths`` read and coded through ``runner``; see the module doc."""

    def __init__(
        self,
        runner: "Runner | InProcess",
        paths: list[str],
        *,
        options: Options,
        outlet: Optional[str] = None,
        published: Any = None,
        code: bool = True,
        coded_already: Optional[Callable[[list[str]], set[str]]] = None,
        signatures: bool = False,
        parquet_records: bool = False,
    ) -> None:
        self.runner = runner
        self.paths = paths
        self.options = options
        self.worker_options = options.replace(n_process=1)  # each worker is one process
        self.outlet = outlet
        self.published = published
        self.code = code
        self.coded_already = coded_already
        self.with_signatures = signatures
        self.parquet_records = parquet_records
        self.signatures: dict[str, list[int]] = {}  # document id -> MinHash signature (with ``signatures``)
        self._coding: dict[str, TaskFuture] = {}  # document id -> future of the code task holding it
        self._passed: list[str] = []  # ids handed out since the coder last released results
        ahead = max(DOCS_PER_TASK, 1) * runner.workers * 4
        self._ahead = max(ahead, 2 * max(1, options.batch_size)) if runner.parallel else 0
        self._read_window = 2 * runner.workers if runner.parallel else 1

    # -- reading ------------------------------------------------------------
    def _units(self) -> Iterator[ReadError | str | list[FileRef]]:
        """Read errors, ``-``, and groups of consecutive files (or Parquet row groups), in input order."""
        from ..read.inputs import STDIN, expand_paths

        group: list[FileRef] = []
        for item in expand_paths(self.paths):
            if isinstance(item, str) and item != STDIN:
                for ref in self._refs(item):
                    group.append(ref)
                    if len(group) >= FILES_PER_TASK:
                        yield group
                        group = []
                continue
            if group:
                yield group
                group = []
            yield item
        if group:
            yield group

    def _refs(self, name: str) -> list[FileRef]:
        """The file ``name``, or one ref per row group of a Parquet record set."""
        path = os.path.abspath(name)
        try:
            size = os.path.getsize(name)
        except OSError:
            return [FileRef(name, path, -1)]  # the read reports it
        if not (self.parquet_records and is_parquet(name)):
            return [FileRef(name, path, size)]
        try:
            import pyarrow.parquet as pq

            meta = pq.ParquetFile(path).metadata
        except Exception:  # no pyarrow, or a damaged file: the read task reports it
            return [FileRef(name, path, size, records=True)]
        refs, first = [], 0
        for i in range(meta.num_row_groups):
            refs.append(FileRef(name, path, size, row_group=i, first_row=first, records=True))
            first += meta.row_group(i).num_rows
        return refs or [FileRef(name, path, size, records=True)]

    def items(self) -> Iterator["Document | ReadError"]:
        """Documents and read errors in input order (documents coded ahead on the workers)."""
        units = self._units()
        reads: deque[tuple[str, Any]] = deque()  # ("error", ReadError) | ("stdin", "-") | ("read", future)
        ready: deque[Document | ReadError] = deque()
        in_flight = 0
        waiting = 0  # documents in ``ready``
        exhausted = False

        def refill() -> None:
            nonlocal in_flight, exhausted
            while not exhausted and in_flight < self._read_window:
                unit = next(units, None)
                if unit is None:
                    exhausted = True
                elif isinstance(unit, ReadError):
                    reads.append(("error", unit))
                elif isinstance(unit, str):
                    reads.append(("stdin", unit))
                else:
                    reads.append(("read", self.runner.submit(read_files, unit, self.options, self.outlet, self.published, self.with_signatures)))
                    in_flight += 1

        def take() -> None:
            """Resolve the next read unit into ``ready``, coding its documents ahead."""
            nonlocal in_flight, waiting
            kind, payload = reads.popleft()
            if kind == "error":
                ready.append(payload)
                return
            if kind == "stdin":
                got = self._read_here([payload])
            else:
                in_flight -= 1
                got = []
                for entry in _result(payload):
                    got.extend(self._read_here([entry.file]) if isinstance(entry, Unseen) else [entry])
            docs: list[Document] = []
            for entry in got:
                if isinstance(entry, ReadError):
                    ready.append(entry)
                    continue
                if isinstance(entry, Unseen):  # only a worker's answer, resolved above
                    continue
                doc, signature = entry
                if signature is not None:
                    self.signatures[doc["id"]] = signature
                docs.append(doc)
                ready.append(doc)
            waiting += len(docs)
            self._code_ahead(docs)

        refill()
        while True:
            while reads and (not ready or waiting < self._ahead):
                take()
                refill()
            if not ready:
                return
            item = ready.popleft()
            if not isinstance(item, ReadError):
                waiting -= 1
                self._passed.append(item["id"])
            yield item

    def _read_here(self, names: "list[str] | list[FileRef]") -> list[ReadItem]:
        """Read on the driver (standard input, files the workers cannot see)."""
        from ..read import iter_inputs, minhash_signature

        out: list[ReadItem] = []
        for name in names:
            if isinstance(name, FileRef):
                items = read_file(name, self.options, self.outlet, self.published)
            else:
                items = iter_inputs([name], options=self.options, outlet=self.outlet, published=self.published)
            for item in items:
                if isinstance(item, ReadError):
                    out.append(item)
                else:
                    out.append((item, minhash_signature(item["text"]) if self.with_signatures else None))
        return out

    # -- coding -------------------------------------------------------------
    def _code_ahead(self, docs: list["Document"]) -> None:
        if not (self.code and self.runner.parallel and docs):
            return
        languages = set(self.options.languages)
        todo = [d for d in docs if d["id"] not in self._coding and d.get("language") in languages and (d.get("text") or "").strip()]
        if todo and self.coded_already is not None:
            done = self.coded_already([d["id"] for d in todo])
            todo = [d for d in todo if d["id"] not in done]
        self._submit(_unique(todo))

    def _submit(self, docs: list["Document"]) -> None:
        for i in range(0, len(docs), DOCS_PER_TASK):
            chunk = [_for_coding(d) for d in docs[i : i + DOCS_PER_TASK]]
            future = self.runner.submit(code_docs, chunk, self.worker_options)
            for d in chunk:
                self._coding[d["id"]] = future

    def coder(self, docs: list["Document"], *, options: Options, on_error: Callable[[CodingError], None]) -> dict[str, list["Event"]]:
        """Mention records of ``docs`` by id (the :class:`tidings._ingest.Coder` shape).

        Results coded ahead are used; the rest is submitted now. A document
        whose coding failed is left out and passed to ``on_error``. Results of
        documents handed out before this call and not asked for are dropped.
        """
        if options != self.options:
            raise PipelineError("the stream codes with the options it was made with", fix="pass the same Options to the stream and the ingest")
        self._submit(_unique([d for d in docs if d["id"] not in self._coding]))
        futures: dict[int, TaskFuture] = {}
        for d in docs:
            f = self._coding[d["id"]]
            futures.setdefault(id(f), f)
        results = _gather(self.runner, list(futures.values()))
        mentions: dict[str, list[Event]] = {}
        errors: dict[str, CodingError] = {}
        for coded, failed in results:
            mentions.update(coded)
            errors.update((e.path or "", e) for e in failed)
        out: dict[str, list[Event]] = {}
        for d in docs:
            did = d["id"]
            if did in errors:
                if did not in out:
                    on_error(errors.pop(did))
                continue
            if did in mentions:
                out[did] = mentions[did]
        for did in self._passed:
            self._coding.pop(did, None)
        for d in docs:
            self._coding.pop(d["id"], None)
        self._passed = []
        return out


def _unique(docs: list["Document"]) -> list["Document"]:
    seen: set[str] = set()
    out = []
    for d in docs:
        if d["id"] not in seen:
            seen.add(d["id"])
            out.append(d)
    return out


def _for_coding(doc: "Document") -> "Document":
    """The document without what coding does not read (the raw input, removed spans), to ship less."""
    slim = doc.copy()
    slim.pop("raw", None)
    slim.pop("removed", None)
    return slim


def _result(future: TaskFuture) -> Any:
    try:
        return future.result()
    except TidingsError:
        raise
    except Exception as exc:
        raise PipelineError(f"a task failed on the cluster: {type(exc).__name__}: {exc}") from None


def _gather(runner: "Runner | InProcess", futures: list[TaskFuture]) -> list[Any]:
    try:
        return runner.gather(futures)
    except TidingsError:
        raise
    except Exception as exc:
        raise PipelineError(f"a task failed on the cluster: {type(exc).__name__}: {exc}") from None
