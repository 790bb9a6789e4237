"""Document and mention Parquet partitions: the corpus-scale batch mode and its loader.

:func:`write_partitions` reads and codes a set of inputs (in this process, on
local worker processes or on a Dask cluster) without a database and writes::

    DIR/documents/part-00000.parquet   one row per document kept
    DIR/mentions/part-00000.parquet    one row per mention record of those documents
    DIR/_tidings.json                  manifest: counts, skipped inputs, failed documents

Part ``n`` of both folders holds one batch: ``part_size`` documents in input
order and their mentions. A part is written to a hidden temporary file and
renamed, so an interrupted run leaves whole parts only; the manifest is
written last. :func:`load_partitions` loads the parts into a store in order
(documents with their removed spans and MinHash signatures, mentions), then
fuses: the store ends up with the records :func:`tidings.ingest` writes for
the same inputs into an empty store. Loading twice changes nothing.

The schema (``DOCUMENT_SCHEMA``, ``MENTION_SCHEMA``; docs/cluster.md lists
it): a column per scalar document field, JSON text columns for nested fields
(``removed``, ``updates``, ``provenance``, ``dateline``), the MinHash
``signature`` as a list of integers, ``coded``/``error`` for the code stage,
``extra`` (JSON) for fields this schema does not name; per mention the
document id, its index, its id, the columns a query filters on, and the whole
record as JSON in ``record``.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, cast

from .._errors import CodingError, ConfigError, MissingExtra, NotFound, ReadError
from .._ingest import IngestReport, ProgressCallback
from .._options import Options
from ._runner import open_runner
from ._stream import Stream

if TYPE_CHECKING:
    from .._types import Document, Event
    from ..store import Store

log = logging.getLogger(__name__)

__all__ = ["BatchReport", "write_partitions", "load_partitions", "read_partitions", "FORMAT", "MANIFEST"]

FORMAT = "tidings-partitions"
VERSION = 1
MANIFEST = "_tidings.json"

#: Scalar document fields: (name, Arrow type name).
_DOC_SCALARS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("title", "string"),
    ("subtitle", "string"),
    ("outlet", "string"),
    ("original_outlet", "string"),
    ("author", "string"),
    ("published", "string"),
    ("published_inferred", "bool_"),
    ("modified", "string"),
    ("language", "string"),
    ("language_score", "float64"),
    ("words", "int64"),
    ("url", "string"),
    ("source_path", "string"),
    ("source_line", "int64"),
    ("format", "string"),
    ("encoding", "string"),
    ("duplicate_of", "string"),
    ("text", "string"),
    ("raw", "string"),
)
#: Nested document fields, stored as JSON text.
_DOC_JSON = ("removed", "updates", "provenance", "dateline")
#: Mention fields copied into their own columns (the full record is in ``record``).
_MENTION_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cameo", ("type", "cameo")),
    ("source_code", ("source", "code")),
    ("target_code", ("target", "code")),
    ("date_start", ("date", "start")),
    ("date_end", ("date", "end")),
    ("status", ("status",)),
)


def _pa() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise MissingExtra("Parquet partitions", "parquet", "pyarrow") from None
    return pyarrow


def document_schema() -> Any:
    """The Arrow schema of a documents part."""
    pa = _pa()
    fields = [pa.field("position", pa.int64(), nullable=False)]
    fields += [pa.field(name, getattr(pa, kind)()) for name, kind in _DOC_SCALARS]
    fields += [pa.field(name, pa.string()) for name in _DOC_JSON]
    fields += [
        pa.field("signature", pa.list_(pa.int64())),
        pa.field("coded", pa.bool_(), nullable=False),
        pa.field("error", pa.string()),
        pa.field("extra", pa.string()),
    ]
    return pa.schema(fields, metadata={"format": FORMAT, "version": str(VERSION)})


def mention_schema() -> Any:
    """The Arrow schema of a mentions part."""
    pa = _pa()
    fields = [
        pa.field("document", pa.string(), nullable=False),
        pa.field("index", pa.int32(), nullable=False),
        pa.field("id", pa.string()),
    ]
    fields += [pa.field(name, pa.string()) for name, _ in _MENTION_KEYS]
    fields.append(pa.field("record", pa.string(), nullable=False))
    return pa.schema(fields, metadata={"format": FORMAT, "version": str(VERSION)})


@dataclass
class BatchReport:
    """What one :func:`write_partitions` call did."""

    read: int = 0  # documents read
    written: int = 0  # documents written to parts
    duplicates: int = 0  # later copies of a document already in the set (same clean text): not written
    near_duplicates: int = 0  # written with duplicate_of, not coded
    non_english: int = 0  # written, outside options.languages, not coded
    coded: int = 0  # documents through the code stage
    mentions: int = 0  # mention records written
    parts: int = 0  # part files per folder
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, "E10x reason")
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document id, "E503 reason")
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """The report as a plain dict (JSON-ready)."""
        return asdict(self)

    def summary(self) -> str:
        """One line for people."""
        parts = [
            f"read {self.read}",
            f"written {self.written}",
            f"duplicates {self.duplicates}",
            f"near-duplicates {self.near_duplicates}",
            f"non-English {self.non_english}",
            f"coded {self.coded}",
            f"mentions {self.mentions}",
            f"parts {self.parts}",
            f"skipped {len(self.skipped)}",
        ]
        if self.failed:
            parts.append(f"failed {len(self.failed)} (E503 coding failed, written uncoded)")
        return ", ".join(parts) + f" in {self.seconds:.1f}s"


def _json(value: Any) -> Optional[str]:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _get(value: Any, path: tuple[str, ...]) -> Optional[str]:
    for part in path:
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return None if value is None else str(value)


class _PartWriter:
    """Writes numbered parts of both folders, each through a temporary file."""

    def __init__(self, out: Path) -> None:
        self.pa = _pa()
        self.out = out
        self.docs_dir = out / "documents"
        self.mentions_dir = out / "mentions"
        for folder in (self.docs_dir, self.mentions_dir):
            if folder.is_dir() and any(folder.glob("part-*.parquet")):
                raise ConfigError(f"{folder} already holds partitions", path=str(out), fix="write to a new or empty folder")
            folder.mkdir(parents=True, exist_ok=True)
        (out / MANIFEST).unlink(missing_ok=True)
        self.doc_schema = document_schema()
        self.mention_schema = mention_schema()
        self.parts = 0

    def write(self, rows: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> None:
        name = f"part-{self.parts:05d}.parquet"
        self._write(self.pa.Table.from_pylist(rows, schema=self.doc_schema), self.docs_dir / name)
        self._write(self.pa.Table.from_pylist(mentions, schema=self.mention_schema), self.mentions_dir / name)
        self.parts += 1

    def _write(self, table: Any, path: Path) -> None:
        tmp = path.with_name(f".{path.name}.tmp")
        self.pa.parquet.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)


def _document_row(position: int, doc: "Document", signature: Optional[list[int]], coded: bool, error: Optional[str]) -> dict[str, Any]:
    row: dict[str, Any] = {"position": position}
    data = cast(dict[str, Any], doc)
    for name, _ in _DOC_SCALARS:
        row[name] = data.get(name)
    for name in _DOC_JSON:
        row[name] = _json(data.get(name))
    named = {n for n, _ in _DOC_SCALARS} | set(_DOC_JSON)
    extra = {k: v for k, v in data.items() if k not in named}
    row.update(signature=signature, coded=coded, error=error, extra=_json(extra) if extra else None)
    return row


def _mention_rows(doc_id: str, mentions: list["Event"]) -> list[dict[str, Any]]:
    rows = []
    for n, m in enumerate(mentions):
        row: dict[str, Any] = {"document": doc_id, "index": n, "id": m.get("id"), "record": _json(m)}
        for name, path in _MENTION_KEYS:
            row[name] = _get(m, path)
        rows.append(row)
    return rows


def write_partitions(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    address: Optional[str] = None,
    jobs: Optional[int] = None,
    options: Optional[Options] = None,
    outlet: Optional[str] = None,
    published: Optional[str] = None,
    part_size: int = 1000,
    progress: Optional[ProgressCallback] = None,
) -> BatchReport:
    """Read and code the articles at ``paths`` into Parquet partitions under ``out`` (no database).

    ``address``: ``None`` (this process, or ``jobs`` local worker processes),
    ``"local"`` (a local Dask cluster, ``jobs`` workers or one per core) or a
    Dask scheduler address. Besides what :func:`tidings.read.iter_inputs`
    reads, a ``.parquet`` file is a record set: one article per row, with the
    columns of a JSONL record (``text`` or ``html``, ``url``, ``title``,
    ``outlet``, ``author``, ``published``), one read task per row group.
    Documents are kept in input order; a later copy
    of a document (same clean text) is left out, a near-duplicate of an
    earlier one is kept with ``duplicate_of`` and not coded, as
    :func:`tidings.ingest` does. Unreadable inputs are listed in
    ``report.skipped``, documents whose coding failed in ``report.failed``
    (written uncoded). ``out`` must not hold partitions yet.
    """
    from ..read import NearDuplicateIndex, minhash_signature

    started = time.perf_counter()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    names = [os.fspath(p) for p in paths]
    opts = options or Options()
    if part_size < 1:
        raise ConfigError(f"part size must be at least 1, not {part_size}")
    writer = _PartWriter(Path(out))
    report = BatchReport()
    note: ProgressCallback = progress or (lambda stage, done, total: None)
    languages = set(opts.languages)
    index = NearDuplicateIndex(threshold=opts.near_duplicate_threshold)
    seen: set[str] = set()
    with open_runner(address, jobs=jobs, options=opts) as runner:
        stream = Stream(runner, names, options=opts, outlet=outlet, published=published, signatures=True, parquet_records=True)
        pending: list[tuple[Document, list[int]]] = []

        def flush() -> None:
            to_code = [d for d, _ in pending if d.get("language") in languages and not d.get("duplicate_of")]
            errors: dict[str, str] = {}

            def failed(err: CodingError) -> None:
                errors[err.path or ""] = str(err)
                report.failed.append((err.path or "", str(err)))

            mentions = stream.coder(to_code, options=opts, on_error=failed) if to_code else {}
            report.coded += len(mentions)
            rows, mention_rows = [], []
            for doc, signature in pending:
                did = doc["id"]
                rows.append(_document_row(report.written, doc, signature, did in mentions, errors.get(did)))
                mention_rows.extend(_mention_rows(did, mentions.get(did, [])))
                report.written += 1
            report.mentions += len(mention_rows)
            writer.write(rows, mention_rows)
            report.parts = writer.parts
            pending.clear()
            note("read", report.read, None)

        for item in stream.items():
            if isinstance(item, ReadError):
                report.skipped.append((item.path or "-", f"{item.code} {item.message}"))
                continue
            report.read += 1
            did = item["id"]
            if did in seen:
                report.duplicates += 1
                continue
            seen.add(did)
            if item.get("language") not in languages:
                report.non_english += 1
            signature = stream.signatures.pop(did, None) or minhash_signature(item["text"])
            match = index.link(did, signature)
            if match is not None:
                item["duplicate_of"] = match[0]
                report.near_duplicates += 1
            pending.append((item, signature))
            if len(pending) >= part_size:
                flush()
        if pending or writer.parts == 0:
            flush()
    report.seconds = time.perf_counter() - started
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "model": opts.model,
        "languages": list(opts.languages),
        "report": report.as_dict(),
    }
    tmp = Path(out) / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, Path(out) / MANIFEST)
    return report


def _parts(directory: Path) -> list[tuple[Path, Path]]:
    docs = sorted((directory / "documents").glob("part-*.parquet"))
    if not docs:
        raise NotFound(f"no document partitions under {directory}", path=str(directory), fix="write them with `tidings batch PATHS --out DIR`")
    out = []
    for d in docs:
        m = directory / "mentions" / d.name
        if not m.is_file():
            raise NotFound(f"{d.name} has documents but no mentions part", path=str(directory / "mentions"), fix="write the set again with `tidings batch`")
        out.append((d, m))
    return out


def read_partitions(directory: str | os.PathLike[str]) -> Iterator[tuple["Document", Optional[list[int]], Optional[list["Event"]], Optional[str]]]:
    """``(document, signature, mentions or None when uncoded, coding error)`` of every part, in order."""
    pa = _pa()
    for doc_path, mention_path in _parts(Path(directory)):
        mentions: dict[str, list[Event]] = {}
        for row in pa.parquet.read_table(mention_path).to_pylist():
            mentions.setdefault(row["document"], []).append(json.loads(row["record"]))
        for row in sorted(pa.parquet.read_table(doc_path).to_pylist(), key=lambda r: r["position"]):
            yield _document(row), row["signature"], (mentions.get(row["id"], []) if row["coded"] else None), row["error"]


def _document(row: dict[str, Any]) -> "Document":
    doc: dict[str, Any] = {}
    if row.get("extra"):
        doc.update(json.loads(row["extra"]))
    for name, _ in _DOC_SCALARS:
        if row.get(name) is not None:
            doc[name] = row[name]
    for name in _DOC_JSON:
        if row.get(name) is not None:
            doc[name] = json.loads(row[name])
    return cast("Document", doc)


def load_partitions(
    store: "Store",
    directory: str | os.PathLike[str],
    *,
    options: Optional[Options] = None,
    fuse: bool = True,
    as_of: Optional[str] = None,
    progress: Optional[ProgressCallback] = None,
) -> IngestReport:
    """Load the partitions under ``directory`` into ``store``, then fuse (with ``fuse``).

    Each document is written with its removed spans, signature and mentions
    in one transaction. A document already stored keeps its record; its
    mentions are added only when it was stored uncoded. So loading twice
    changes nothing, and an interrupted load finishes when run again. The
    report counts like :func:`tidings.ingest`'s (``skipped`` from the
    manifest, ``failed`` from the parts).
    """
    started = time.perf_counter()
    opts = options or Options()
    update_store: Optional[Callable[..., dict[str, int]]] = None
    if fuse:
        from ..fuse import update_store as fuse_store

        update_store = fuse_store
    root = Path(directory)
    report = IngestReport()
    manifest = root / MANIFEST
    if manifest.is_file():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            report.skipped = [(str(s[0]), str(s[1])) for s in data.get("report", {}).get("skipped", [])]
        except (ValueError, AttributeError) as exc:
            raise ConfigError(f"unreadable manifest: {exc}", path=str(manifest)) from None
    note: ProgressCallback = progress or (lambda stage, done, total: None)
    languages = set(opts.languages)
    for doc, signature, mentions, error in read_partitions(root):
        report.read += 1
        did = doc["id"]
        if doc.get("language") not in languages:
            report.non_english += 1
        if error:
            report.failed.append((did, error))
        with store.transaction():
            status = store.add_document(doc, signature=signature)
            if mentions is not None and (status == "stored" or (status == "unchanged" and store.uncoded_documents([did]))):
                report.mentions += len(store.replace_mentions(did, mentions))
                report.coded += 1
        if status == "stored":
            report.stored += 1
            if doc.get("duplicate_of"):
                report.near_duplicates += 1
        elif status == "unchanged":
            report.unchanged += 1
        else:
            report.duplicates += 1
        if report.read % 500 == 0:
            note("read", report.read, None)
    note("read", report.read, None)
    if update_store is not None:
        note("fuse", 0, 1)
        report.fusion = dict(update_store(store, options=opts, as_of=as_of) or {})
        note("fuse", 1, 1)
    report.events = store.count_events()
    report.seconds = time.perf_counter() - started
    return report
