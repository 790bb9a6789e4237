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

The library never prints; pass ``progress`` to follow along.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional, Protocol

from ._errors import CodingError, PipelineError, ReadError
from ._options import Options

if TYPE_CHECKING:
    from ._types import Document, Event
    from .store import Store

log = logging.getLogger(__name__)

__all__ = ["IngestReport", "ingest", "ingest_documents", "Extraction", "extract_files"]

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
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path, not an iterable of characters
    names = [os.fspath(p) for p in paths]
    opts = options or Options()
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
    archives). ``coder`` replaces the in-process code stage (see :class:`Coder`).
    """
    started = time.perf_counter()
    opts = options or Options()
    _, minhash_signature, NearDuplicateIndex, code_documents, update_store = _stages(code and coder is None, code and fuse)
    if code and coder is not None:
        code_documents = coder
    own = store is None
    if store is None:
        from .store import open_store

        store = open_store(options=opts)
    report = IngestReport()
    note: ProgressCallback = progress or (lambda stage, done, total: None)
    try:
        index = NearDuplicateIndex.from_pairs(store.signatures(), threshold=opts.near_duplicate_threshold)
        batch: list[Document] = []
        for item in items:
            if isinstance(item, ReadError):
                report.skipped.append((item.path or "-", f"{item.code} {item.message}"))
                log.info("skipped %s", item)
                continue
            report.read += 1
            batch.append(item)
            if len(batch) >= max(1, opts.batch_size):
                _process(batch, store, opts, index, minhash_signature, code_documents, report)
                batch = []
                note("read", report.read, None)
        if batch:
            _process(batch, store, opts, index, minhash_signature, code_documents, report)
            note("read", report.read, None)
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


def _process(
    batch: list["Document"],
    store: "Store",
    opts: Options,
    index: Any,
    minhash_signature: Callable[[str], list[int]],
    code_documents: Optional[Callable[..., dict[str, list["Event"]]]],
    report: IngestReport,
) -> None:
    """Link, code and write one batch; one transaction per document."""
    languages = set(opts.languages)
    signatures: dict[str, list[int]] = {}
    seen: set[str] = set()
    new: list[Document] = []  # first occurrence of each id not yet in the store
    pending_stored: list[str] = []  # stored earlier but never coded
    known = store.known_documents(d["id"] for d in batch)
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
        signature = list(minhash_signature(doc["text"]))
        match = index.link(doc_id, signature)
        if match is not None:
            doc["duplicate_of"] = match[0]
            log.debug("%s is a near-duplicate of %s (Jaccard ~%.2f)", doc_id, match[0], match[1])
        signatures[doc_id] = signature
        new.append(doc)

    to_code: list[Document] = []
    if code_documents is not None:
        to_code = [d for d in new if d.get("language") in languages and not d.get("duplicate_of")]
        for doc_id in store.uncoded_documents(pending_stored):
            stored = store.get_document(doc_id)
            if stored.get("language") in languages and not stored.get("duplicate_of"):
                to_code.append(stored)
    mentions: dict[str, list[Event]] = {}
    if to_code:
        assert code_documents is not None
        mentions = code_documents(to_code, options=opts, on_error=lambda err: report.failed.append((err.path or "", str(err))))
        report.coded += len(mentions)
    coded_ids = set(mentions)

    written: set[str] = set()
    for doc in batch:
        doc_id = doc["id"]
        with store.transaction():
            if doc_id in written:
                status = store.add_document(doc)
            else:
                status = store.add_document(doc, signature=signatures.get(doc_id))
                if doc_id in coded_ids:
                    report.mentions += len(store.replace_mentions(doc_id, list(mentions.get(doc_id, []))))
        written.add(doc_id)
        if status == "stored":
            report.stored += 1
            if doc.get("duplicate_of"):
                report.near_duplicates += 1
        elif status == "unchanged":
            report.unchanged += 1
        else:
            report.duplicates += 1


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
    input order. Unreadable inputs are listed in ``skipped``.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    opts = options or Options()
    iter_inputs, minhash_signature, NearDuplicateIndex, code_documents, _ = _stages(True, False)
    index = NearDuplicateIndex(threshold=opts.near_duplicate_threshold)
    docs: list[Document] = []
    skipped: list[ReadError] = []
    for item in iter_inputs([os.fspath(p) for p in paths], options=opts, outlet=outlet, published=published):
        if isinstance(item, ReadError):
            skipped.append(item)
            continue
        match = index.link(item["id"], minhash_signature(item["text"]))
        if match is not None:
            item["duplicate_of"] = match[0]
        docs.append(item)
    failed: list[CodingError] = []
    coded = code_documents(docs, options=opts, on_error=failed.append)
    mentions = [ev for d in docs for ev in coded.get(d["id"], [])]
    if not fuse or not mentions:
        return Extraction(mentions, docs, skipped, failed)
    from .fuse import fuse as fuse_mentions

    events = fuse_mentions(mentions, documents={d["id"]: d for d in docs}, options=opts).events
    events.sort(key=lambda e: ((e.get("date") or {}).get("start") or "9999", e.get("id") or ""))
    return Extraction(events, docs, skipped, failed)
