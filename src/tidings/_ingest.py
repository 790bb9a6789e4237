"""Ingest orchestration: read -> link near-duplicates -> code -> store -> fuse.

:func:`ingest` is what ``tidings ingest`` runs. It reads inputs with
:func:`tidings.read.iter_inputs` in batches of ``options.batch_size``
documents. For each batch it:

1. links near-duplicates: a MinHash signature per new document is matched
   against every stored signature (the index is rebuilt from the store at
   the start, so links work across runs) and ``duplicate_of`` is set to the
   best earlier document above ``options.near_duplicate_threshold``;
2. codes the documents that need it -- new, in one of ``options.languages``,
   not a near-duplicate -- with :func:`tidings.code.code_documents`;
3. writes each document with its removed spans and its mention records in
   ONE transaction, so an interrupted run leaves only whole documents.

Then :func:`tidings.fuse.update_store` fuses the new mentions into events,
stories and forecasts. Re-running the same command completes an
interrupted run: stored documents come back "unchanged" and documents that
were stored but never coded (``--no-code`` earlier, or a crash between the
stages) are coded then.

With ``options.jobs`` above 1 (0, the default, means one per core) and
more than one batch of input, the read and code stages run in that many
long-lived worker processes (:class:`WorkerPool`), each loading the
pipeline once; linking, writing and fusing stay in the calling process, in
input order, so the store ends up as with one process. A worker that dies
(out of memory, a crash in native code) costs only the file or document it
was working on, which is reported with a reason.

The library never prints; pass ``progress`` to follow along.
"""

from __future__ import annotations

import contextlib
import logging
import math
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, Protocol

from ._errors import CodingError, PipelineError, ReadError
from ._options import Options

if TYPE_CHECKING:
    from ._types import Document, Event
    from .store import Store

log = logging.getLogger(__name__)

__all__ = ["IngestReport", "ingest", "ingest_documents", "Extraction", "extract_files", "WorkerPool", "worker_count"]

#: ``progress(stage, done, total)``: stage "read" after each batch (documents
#: read, coded and written so far; total unknown), then "fuse" (0/1, then 1/1).
ProgressCallback = Callable[[str, int, Optional[int]], None]


class Coder(Protocol):
    """What codes a batch of documents: :func:`tidings.code.code_documents` by default.

    Returns the mention records by document id; a document whose coding
    failed is left out and reported through ``on_error``. Worker pools and
    clusters plug in here with the same call.
    """

    def __call__(self, docs: list["Document"], *, options: Options, on_error: Callable[[CodingError], None]) -> dict[str, list["Event"]]: ...


@dataclass
class IngestReport:
    """What one :func:`ingest` call did."""

    read: int = 0  # documents read (a JSONL file gives one per line)
    stored: int = 0  # new documents written
    unchanged: int = 0  # already stored from the same source
    duplicates: int = 0  # exact copies of a stored document from another source (not stored again)
    near_duplicates: int = 0  # stored, linked by duplicate_of to an earlier document, not coded
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, "E10x reason") of unreadable inputs
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document id, "E503 reason") of documents whose coding failed
    non_english: int = 0  # read documents outside options.languages (stored, not coded)
    coded: int = 0  # documents run through the code stage
    mentions: int = 0  # mention records written
    events: int = 0  # fused events in the store after the run
    fusion: dict[str, Any] = field(default_factory=dict)  # what tidings.fuse.update_store reported
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """The report as a plain dict (JSON-ready)."""
        return asdict(self)

    def summary(self) -> str:
        """One line for people: counts, then skipped reasons grouped by code."""
        parts = [
            f"read {self.read}",
            f"stored {self.stored}",
            f"unchanged {self.unchanged}",
            f"duplicates {self.duplicates}",
            f"near-duplicates {self.near_duplicates}",
            f"non-English {self.non_english}",
            f"coded {self.coded}",
            f"mentions {self.mentions}",
            f"events {self.events}",
        ]
        if self.skipped:
            reasons: dict[str, int] = {}
            for _, reason in self.skipped:
                code = reason.split(" ", 1)[0]
                reasons[code] = reasons.get(code, 0) + 1
            names = _read_error_names()
            parts.append(
                f"skipped {len(self.skipped)} ("
                + ", ".join(f"{c} {names[c]} x{n}" if c in names else f"{c} x{n}" for c, n in sorted(reasons.items()))
                + ")"
            )
        else:
            parts.append("skipped 0")
        if self.failed:
            parts.append(f"failed {len(self.failed)} (E503 coding failed, stored uncoded; a re-run tries again)")
        return ", ".join(parts) + f" in {self.seconds:.1f}s"


def _read_error_names() -> dict[str, str]:
    """``{"E101": "empty input", ...}`` from the ReadError subclasses."""
    names = {}
    todo = list(ReadError.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        names[cls.code] = "".join(" " + ch.lower() if ch.isupper() else ch for ch in cls.__name__).strip()
    return names


def _stages(code: bool, fuse: bool) -> tuple[Any, Any, Any, Any, Any]:
    """Resolve the stage functions up front, so a missing stage fails before any work.

    Callers ask for ``fuse`` only when they code (fusion works on mentions).
    """
    try:
        from .read import NearDuplicateIndex, iter_inputs, minhash_signature
    except ImportError as exc:
        raise PipelineError(f"the read stage is not available: {exc}") from None
    code_documents: Optional[Callable[..., dict[str, list[Event]]]] = None
    update_store: Optional[Callable[..., dict[str, int]]] = None
    if code:
        try:
            from .code import code_documents
        except ImportError as exc:
            raise PipelineError(f"the code stage is not available: {exc}", fix="ingest with --no-code") from None
    if fuse:
        try:
            from .fuse import update_store
        except ImportError as exc:
            raise PipelineError(f"the fuse stage is not available: {exc}", fix="ingest with --no-fuse") from None
    return iter_inputs, minhash_signature, NearDuplicateIndex, code_documents, update_store


def ingest(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    store: Optional["Store"] = None,
    options: Optional[Options] = None,
    outlet: Optional[str] = None,
    published: Optional[str] = None,
    code: bool = True,
    fuse: bool = True,
    progress: Optional[ProgressCallback] = None,
) -> IngestReport:
    """Read, store, code and fuse the articles at ``paths``.

    ``paths``: files, folders (recursive), globs or ``-`` for stdin.
    ``store``: an open store (default: ``open_store(options=options)``,
    closed again at the end). ``outlet``/``published`` are given to every
    document read (they override what the reader finds). ``code=False``
    stores documents only; ``fuse=False`` stops after coding. Unreadable
    inputs do not stop the batch: they are listed in ``report.skipped``.
    With ``options.jobs`` workers (see :func:`worker_count`) and more than
    one batch of input, reading and coding run in worker processes.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path, not an iterable of characters
    names = [os.fspath(p) for p in paths]
    opts = options or Options()
    with _read_in_workers(names, opts, outlet=outlet, published=published) as workers:
        if workers is not None:
            items, pool, signatures = workers
            return _run(items, store=store, options=opts, code=code, fuse=fuse, progress=progress, coder=None, pool=pool, signatures=signatures)
    iter_inputs = _stages(False, False)[0]
    items = iter_inputs(names, options=opts, outlet=outlet, published=published)
    return ingest_documents(items, store=store, options=opts, code=code, fuse=fuse, progress=progress)


def ingest_documents(
    items: Iterable["Document | ReadError"],
    *,
    store: Optional["Store"] = None,
    options: Optional[Options] = None,
    code: bool = True,
    fuse: bool = True,
    progress: Optional[ProgressCallback] = None,
    coder: Optional[Coder] = None,
) -> IngestReport:
    """Link, code, store and fuse documents that are already read.

    ``items`` are what the read stage yields: :class:`~tidings.Document`
    records, or :class:`~tidings.ReadError` for inputs that could not be
    read (listed in ``report.skipped``). This is :func:`ingest` without the
    reading, for callers that fetch or read documents themselves (feeds,
    archives). ``coder`` replaces the in-process code stage (see
    :class:`Coder`; a :class:`WorkerPool` is one).
    """
    return _run(items, store=store, options=options or Options(), code=code, fuse=fuse, progress=progress, coder=coder, pool=None, signatures=None)


def _run(
    items: Iterable["Document | ReadError"],
    *,
    store: Optional["Store"],
    options: Options,
    code: bool,
    fuse: bool,
    progress: Optional[ProgressCallback],
    coder: Optional[Coder],
    pool: Optional["WorkerPool"],
    signatures: Optional[dict[str, list[int]]],
) -> IngestReport:
    """The batch loop of :func:`ingest_documents`; with ``pool``, batches are coded in its workers.

    Batches are prepared (linked, the documents to code chosen) in input
    order and written in input order. With a pool, up to ``_AHEAD`` later
    batches are prepared and handed to the workers while an earlier one is
    still being coded, so the workers never wait for the writer; documents
    of a batch not yet written count as known to the later ones, as they
    would once written.
    """
    started = time.perf_counter()
    opts = options
    _, minhash_signature, NearDuplicateIndex, code_documents, update_store = _stages(code and coder is None and pool is None, code and fuse)
    if code and coder is not None:
        code_documents = coder
    own = store is None
    if store is None:
        from .store import open_store

        store = open_store(options=opts)
    report = IngestReport()
    note: ProgressCallback = progress or (lambda stage, done, total: None)
    coding = code and (code_documents is not None or pool is not None)

    def signature_of(doc: "Document") -> list[int]:
        known = signatures.pop(doc["id"], None) if signatures is not None else None
        return known if known is not None else list(minhash_signature(doc["text"]))

    def on_error(err: CodingError) -> None:
        report.failed.append((err.path or "", str(err)))

    try:
        index = NearDuplicateIndex.from_pairs(store.signatures(), threshold=opts.near_duplicate_threshold)
        window: deque[_Batch] = deque()
        in_flight: dict[str, int] = {}  # ids of documents prepared but not yet written, with their count
        written = 0
        ahead = _AHEAD if pool is not None else 0

        def finish(batch: _Batch) -> None:
            nonlocal written
            if pool is not None:
                batch.mentions = pool.collect(batch.tasks, on_error)
                report.coded += len(batch.mentions)
            _write(batch, store, report)
            for doc in batch.docs:
                in_flight[doc["id"]] -= 1
                if not in_flight[doc["id"]]:
                    del in_flight[doc["id"]]
            written += len(batch.docs)
            note("read", written, None)

        for docs in _batches(items, max(1, opts.batch_size), report):
            batch = _prepare(docs, store, opts, index, signature_of, coding, set(in_flight), report)
            for doc in docs:
                in_flight[doc["id"]] = in_flight.get(doc["id"], 0) + 1
                if signatures is not None:
                    signatures.pop(doc["id"], None)  # not needed for a document already stored
            if batch.to_code:
                if pool is not None:
                    batch.tasks = pool.submit_code(batch.to_code)
                else:
                    assert code_documents is not None
                    batch.mentions = code_documents(batch.to_code, options=opts, on_error=on_error)
                    report.coded += len(batch.mentions)
            window.append(batch)
            while len(window) > ahead:
                finish(window.popleft())
        while window:
            finish(window.popleft())
        if update_store is not None:
            note("fuse", 0, 1)
            result = update_store(store, options=opts)
            report.fusion = dict(result or {})
            note("fuse", 1, 1)
        report.events = store.count_events()
    finally:
        if own:
            store.close()
    report.seconds = time.perf_counter() - started
    log.info("ingest: %s", report.summary())
    return report


#: Batches a pool codes ahead of the one being written.
_AHEAD = 2


def _batches(items: Iterable["Document | ReadError"], size: int, report: IngestReport) -> Iterator[list["Document"]]:
    """The documents of ``items`` in lists of ``size``; read errors go to ``report.skipped``."""
    batch: list[Document] = []
    for item in items:
        if isinstance(item, ReadError):
            report.skipped.append((item.path or "-", f"{item.code} {item.message}"))
            log.info("skipped %s", item)
            continue
        report.read += 1
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class _Batch:
    """One batch on its way through linking, coding and writing."""

    docs: list["Document"]
    signatures: dict[str, list[int]]
    to_code: list["Document"]
    mentions: dict[str, list["Event"]] = field(default_factory=dict)
    tasks: list["_Task"] = field(default_factory=list)


def _prepare(
    batch: list["Document"],
    store: "Store",
    opts: Options,
    index: Any,
    signature_of: Callable[["Document"], list[int]],
    coding: bool,
    in_flight: set[str],
    report: IngestReport,
) -> _Batch:
    """Link the new documents of a batch to earlier ones and choose those to code.

    ``in_flight``: ids of earlier batches not yet written, taken as stored.
    """
    languages = set(opts.languages)
    signatures: dict[str, list[int]] = {}
    seen: set[str] = set()
    new: list[Document] = []  # first occurrence of each id not yet in the store
    pending_stored: list[str] = []  # stored earlier but never coded
    known = store.known_documents(d["id"] for d in batch) | {d["id"] for d in batch if d["id"] in in_flight}
    for doc in batch:
        if doc.get("language") not in languages:
            report.non_english += 1
        doc_id = doc["id"]
        if doc_id in seen:
            continue
        seen.add(doc_id)
        if doc_id in known:
            pending_stored.append(doc_id)
            continue
        signature = signature_of(doc)
        match = index.link(doc_id, signature)
        if match is not None:
            doc["duplicate_of"] = match[0]
            log.debug("%s is a near-duplicate of %s (Jaccard ~%.2f)", doc_id, match[0], match[1])
        signatures[doc_id] = signature
        new.append(doc)

    to_code: list[Document] = []
    if coding:
        to_code = [d for d in new if d.get("language") in languages and not d.get("duplicate_of")]
        for doc_id in store.uncoded_documents(pending_stored):
            stored = store.get_document(doc_id)
            if stored.get("language") in languages and not stored.get("duplicate_of"):
                to_code.append(stored)
    return _Batch(batch, signatures, to_code)


def _write(batch: _Batch, store: "Store", report: IngestReport) -> None:
    """Write a coded batch, one transaction per document (with its mention records)."""
    coded_ids = set(batch.mentions)
    written: set[str] = set()
    for doc in batch.docs:
        doc_id = doc["id"]
        with store.transaction():
            if doc_id in written:
                status = store.add_document(doc)
            else:
                status = store.add_document(doc, signature=batch.signatures.get(doc_id))
                if doc_id in coded_ids:
                    report.mentions += len(store.replace_mentions(doc_id, list(batch.mentions.get(doc_id, []))))
        written.add(doc_id)
        if status == "stored":
            report.stored += 1
            if doc.get("duplicate_of"):
                report.near_duplicates += 1
        elif status == "unchanged":
            report.unchanged += 1
        else:
            report.duplicates += 1


# --------------------------------------------------------------------------- worker processes


def worker_count(options: Options) -> int:
    """Worker processes for ``options``: ``options.jobs``, or one per usable core when it is 0."""
    if options.jobs > 0:
        return options.jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


#: Inputs larger than this (in all) are worth worker processes even in few files (a JSONL or WARC corpus).
_WORKERS_MIN_BYTES = 2_000_000


def _expand(names: list[str]) -> list["str | ReadError"]:
    """The files named by ``names``, as the read stage finds them (folders walked, globs expanded)."""
    from .read.inputs import expand_paths

    return list(expand_paths(names))


def _worth_workers(files: list["str | ReadError"], options: Options) -> bool:
    """More than one batch of input: more files than ``batch_size``, or more than a few MB.

    A smaller input is read and coded in the calling process: starting the
    workers costs a model load in each, more than they would save.
    """
    paths = [f for f in files if isinstance(f, str) and f != _STDIN]
    if len(paths) > max(1, options.batch_size):
        return True
    size = 0
    for f in paths:
        try:
            size += os.path.getsize(f)
        except OSError:
            continue
    return size > _WORKERS_MIN_BYTES


_STDIN = "-"


@contextlib.contextmanager
def _read_in_workers(
    names: list[str], options: Options, *, outlet: Optional[str], published: Optional[str]
) -> Iterator[Optional[tuple[Iterator["Document | ReadError"], "WorkerPool", dict[str, list[int]]]]]:
    """Read ``names`` in worker processes when they are worth it (see :func:`_worth_workers`), else None.

    Yields the items the workers read, the pool (which codes them too) and the
    MinHash signatures the workers fill in as they read; the pool is shut
    down when the block ends.
    """
    jobs = worker_count(options)
    files = _expand(names) if jobs > 1 else []
    if not files or not _worth_workers(files, options):
        yield None
        return
    with WorkerPool(options, jobs=jobs) as pool:
        signatures: dict[str, list[int]] = {}
        yield pool.read(files, outlet=outlet, published=published, signatures=signatures), pool, signatures


def _worker_start(parent: int) -> None:
    """Initialise a worker: Ctrl-C is for the parent, and the worker ends when its parent is gone.

    The pipeline is not loaded here but by the first coding task (a re-run
    with nothing to code loads no model); it then stays loaded in the worker.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)  # the parent was killed: nobody will collect our results

    threading.Thread(target=watch, name="tidings-parent-watch", daemon=True).start()


def _read_task(path: str, options: Options, outlet: Optional[str], published: Optional[str]) -> list[tuple["Document | ReadError", Optional[list[int]]]]:
    """Read one input file (in a worker): its documents, each with its MinHash signature, and its read errors."""
    from .read import iter_inputs, minhash_signature

    out: list[tuple[Document | ReadError, Optional[list[int]]]] = []
    for item in iter_inputs([path], options=options, outlet=outlet, published=published):
        out.append((item, None if isinstance(item, ReadError) else list(minhash_signature(item["text"]))))
    return out


def _code_task(docs: list["Document"], options: Options) -> tuple[dict[str, list["Event"]], list[CodingError]]:
    """Code documents (in a worker) with the worker's pipeline: their records and the coding errors."""
    from .code import code_documents

    errors: list[CodingError] = []
    mentions = code_documents(docs, options=options, on_error=errors.append)  # the worker's pipeline, built on first use
    return mentions, errors


_PENDING = object()

#: How worker processes start (see docs/scale.md): "spawn", a fresh interpreter that inherits nothing.
_START_METHOD = "spawn"


@dataclass
class _Task:
    """One call handed to the workers, kept until its result is taken (so it can be run again)."""

    fn: Callable[..., Any]
    args: tuple[Any, ...]
    future: "Future[Any]"
    outcome: Any = _PENDING


class WorkerPool:
    """``jobs`` long-lived worker processes that read and code; each loads the pipeline once.

    Used by :func:`ingest` and :func:`extract_files` when ``options.jobs``
    asks for more than one process; also a :class:`Coder`
    (``ingest_documents(docs, coder=pool)``), for callers that keep one pool
    for many calls. Workers are started with ``spawn`` (a fresh interpreter,
    see ``docs/scale.md``): nothing of the parent -- open databases, threads,
    loaded models -- is inherited. A worker that dies while reading a file or
    coding a document (out of memory, a crash in native code, killed) breaks
    the pool; the pool is started again, the unfinished calls are run again
    one at a time to find the file or document at fault, which alone is
    reported (a :class:`~tidings.ReadError` or :class:`~tidings.CodingError`
    with the reason), and the run goes on.
    """

    def __init__(self, options: Optional[Options] = None, *, jobs: Optional[int] = None, start_method: Optional[str] = None) -> None:
        self.options = (options or Options()).replace(n_process=1)  # the workers are the processes
        self.jobs = jobs if jobs is not None else worker_count(self.options)
        self.start_method = start_method or _START_METHOD
        self.restarts = 0  # times the pool was started again after a worker died
        self._live: list[_Task] = []
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(self.start_method)
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),))

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(cancel=exc[0] is not None)

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers (after their current call; queued calls are dropped with ``cancel``)."""
        self._executor.shutdown(wait=True, cancel_futures=cancel)
        self._live.clear()

    # -- calls ---------------------------------------------------------------------
    def _submit(self, fn: Callable[..., Any], *args: Any) -> _Task:
        try:
            future = self._executor.submit(fn, *args)
        except BrokenProcessPool:  # a worker died since the last call
            self._recover()
            future = self._executor.submit(fn, *args)
        task = _Task(fn, args, future)
        self._live.append(task)
        return task

    def _result(self, task: _Task) -> Any:
        """The result of ``task``; when a worker died, every unfinished call is run again (see the class)."""
        if task.outcome is _PENDING:
            try:
                task.outcome = task.future.result()
            except BrokenProcessPool:
                self._recover()
        self._live.remove(task)
        return task.outcome

    def _recover(self) -> None:
        broken = [t for t in self._live if t.outcome is _PENDING and (not t.future.done() or isinstance(t.future.exception(), BrokenProcessPool))]
        log.warning("a worker process died; running the %d unfinished calls again one at a time", len(broken))
        self._restart()
        for t in broken:
            t.outcome = self._alone(t.fn, t.args)

    def _restart(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        self.restarts += 1
        self._executor = self._start()

    def _alone(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        """Run one call with nothing else in the pool, so that a death is its own."""
        try:
            return self._executor.submit(fn, *args).result()
        except BrokenProcessPool:
            self._restart()
        if fn is _code_task and len(args[0]) > 1:  # find the document at fault
            mentions: dict[str, list[Event]] = {}
            errors: list[CodingError] = []
            for doc in args[0]:
                one, errs = self._alone(fn, ([doc], *args[1:]))
                mentions.update(one)
                errors.extend(errs)
            return mentions, errors
        if fn is _code_task:
            doc_id = args[0][0].get("id", "")
            return {}, [CodingError("the worker process coding it died (out of memory, a crash in native code, or killed)", path=doc_id)]
        return [(ReadError("the worker process reading it died (out of memory, a crash in native code, or killed)", path=args[0]), None)]

    # -- reading -------------------------------------------------------------------
    def read(self, files: Iterable["str | ReadError"], *, outlet: Optional[str] = None, published: Optional[str] = None,
             signatures: Optional[dict[str, list[int]]] = None) -> Iterator["Document | ReadError"]:
        """What the read stage yields for ``files`` (from :func:`tidings.read.inputs.expand_paths`), in order.

        Files are read in the workers, a few batches ahead of the consumer;
        stdin (``-``) is read here. The MinHash signature of each document,
        computed in the workers, goes to ``signatures`` by document id.
        """
        ahead = max(2 * max(1, self.options.batch_size), 4 * self.jobs)
        queue: deque[Any] = deque()
        todo = iter(files)

        def fill() -> None:
            while len(queue) < ahead:
                f = next(todo, None)
                if f is None:
                    return
                queue.append(f if isinstance(f, ReadError) or f == _STDIN else self._submit(_read_task, f, self.options, outlet, published))

        fill()
        while queue:
            head = queue.popleft()
            fill()
            if isinstance(head, ReadError):
                yield head
                continue
            results = _read_task(head, self.options, outlet, published) if isinstance(head, str) else self._result(head)
            for item, signature in results:
                if signatures is not None and signature is not None and not isinstance(item, ReadError):
                    signatures.setdefault(item["id"], signature)
                yield item

    # -- coding --------------------------------------------------------------------
    def submit_code(self, docs: list["Document"], options: Optional[Options] = None) -> list[_Task]:
        """Hand ``docs`` to the workers in about ``2 * jobs`` calls of similar text length.

        ``options`` (default: the pool's) decide how they are coded; each
        worker keeps one pipeline per set of coding settings.
        """
        opts = options.replace(n_process=1) if options is not None else self.options
        parts: list[list[Document]] = []
        target = math.ceil(sum(len(d.get("text") or "") for d in docs) / (2 * self.jobs)) or 1
        size = 0
        for doc in docs:
            if not parts or size >= target:
                parts.append([])
                size = 0
            parts[-1].append(doc)
            size += len(doc.get("text") or "")
        return [self._submit(_code_task, part, opts) for part in parts]

    def collect(self, tasks: list[_Task], on_error: Callable[[CodingError], None]) -> dict[str, list["Event"]]:
        """The records of the calls of :meth:`submit_code`, by document id; errors go to ``on_error``."""
        out: dict[str, list[Event]] = {}
        for task in tasks:
            mentions, errors = self._result(task)
            out.update(mentions)
            for err in errors:
                on_error(err)
        return out

    def __call__(self, docs: list["Document"], *, options: Options, on_error: Callable[[CodingError], None]) -> dict[str, list["Event"]]:
        """Code ``docs`` in the workers with ``options`` (the :class:`Coder` call)."""
        return self.collect(self.submit_code(docs, options), on_error)


@dataclass
class Extraction:
    """What :func:`extract_files` found: events, the documents read, the inputs skipped."""

    events: list["Event"]
    documents: list["Document"]
    skipped: list[ReadError]
    failed: list[CodingError] = field(default_factory=list)  # documents whose coding failed


def extract_files(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    options: Optional[Options] = None,
    outlet: Optional[str] = None,
    published: Optional[str] = None,
    fuse: bool = True,
) -> "Extraction":
    """Events of the articles at ``paths`` without a database (what ``tidings extract`` runs).

    Inputs are read like :func:`ingest` reads them and copies are linked
    (``duplicate_of``) so that they do not count as independent sources.
    With ``fuse`` the mentions of all the files are fused into one record per
    event, sorted by date; otherwise one record per mention is returned, in
    input order. Unreadable inputs are listed in ``skipped``. Like
    :func:`ingest`, a large input is read and coded in ``options.jobs``
    worker processes.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    names = [os.fspath(p) for p in paths]
    opts = options or Options()
    with _read_in_workers(names, opts, outlet=outlet, published=published) as workers:
        if workers is not None:
            items, pool, signatures = workers
            return _extract(items, opts, pool, signatures, fuse)
    iter_inputs, _, _, code_documents, _ = _stages(True, False)
    assert code_documents is not None
    return _extract(iter_inputs(names, options=opts, outlet=outlet, published=published), opts, code_documents, {}, fuse)


def _extract(items: Iterable["Document | ReadError"], opts: Options, coder: Coder, signatures: dict[str, list[int]], fuse: bool) -> "Extraction":
    _, minhash_signature, NearDuplicateIndex, _, _ = _stages(False, False)
    index = NearDuplicateIndex(threshold=opts.near_duplicate_threshold)
    docs: list[Document] = []
    skipped: list[ReadError] = []
    for item in items:
        if isinstance(item, ReadError):
            skipped.append(item)
            continue
        signature = signatures.pop(item["id"], None)
        match = index.link(item["id"], signature if signature is not None else minhash_signature(item["text"]))
        if match is not None:
            item["duplicate_of"] = match[0]
        docs.append(item)
    failed: list[CodingError] = []
    coded = coder(docs, options=opts, on_error=failed.append)
    mentions = [ev for d in docs for ev in coded.get(d["id"], [])]
    if not fuse or not mentions:
        return Extraction(mentions, docs, skipped, failed)
    from .fuse import fuse as fuse_mentions

    events = fuse_mentions(mentions, documents={d["id"]: d for d in docs}, options=opts).events
    events.sort(key=lambda e: ((e.get("date") or {}).get("start") or "9999", e.get("id") or ""))
    return Extraction(events, docs, skipped, failed)
