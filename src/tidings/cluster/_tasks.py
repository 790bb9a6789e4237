"""The two tasks that run on the workers: read files, code documents.

Both are plain functions of picklable arguments (paths, documents,
:class:`~tidings.Options`) that return picklable records, so they run the
same in this process and on a Dask worker.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator, Optional, Union

from .._errors import CodingError, MalformedInput, ReadError, UnsupportedInput
from .._options import Options

if TYPE_CHECKING:
    from .._types import Document, Event

__all__ = ["FileRef", "Unseen", "ReadItem", "read_files", "read_file", "read_parquet_records", "code_docs"]


@dataclass(frozen=True)
class FileRef:
    """A file as the driver names it (``name``, kept in the records), where it lies and its size.

    For a Parquet record set, ``row_group`` names one row group to read (rows
    numbered from ``first_row``); ``None`` reads the whole file.
    """

    name: str
    path: str  # absolute on the driver
    size: int
    row_group: Optional[int] = None
    first_row: int = 0
    records: bool = False  # read a .parquet file as a record set (batch mode)


@dataclass(frozen=True)
class Unseen:
    """A file the worker cannot see at the driver's path (no shared file system): the driver reads it."""

    file: FileRef


#: What a read task returns per input: a document with its MinHash signature
#: (or None when not asked for), a read error, or a file the worker cannot see.
ReadItem = Union[tuple["Document", Optional[list[int]]], ReadError, Unseen]


def read_files(files: list[FileRef], options: Options, outlet: Optional[str], published: Any, signatures: bool) -> list[ReadItem]:
    """Read ``files`` with :func:`tidings.read.iter_inputs`, in order.

    A file is read only when the worker sees a file of the same size at its
    absolute path; otherwise it comes back as :class:`Unseen`. Paths in the
    records are the driver's names. With ``signatures`` each document comes
    with its MinHash signature (the driver needs it to link near-duplicates).
    """
    from ..read import minhash_signature

    out: list[ReadItem] = []
    for ref in files:
        try:
            visible = os.path.isfile(ref.path) and os.path.getsize(ref.path) == ref.size
        except OSError:
            visible = False
        if not visible:
            out.append(Unseen(ref))
            continue
        for item in read_file(ref, options, outlet, published):
            if isinstance(item, ReadError):
                out.append(item)
            else:
                out.append((item, minhash_signature(item["text"]) if signatures else None))
    return out


def read_file(ref: FileRef, options: Options, outlet: Optional[str], published: Any) -> "Iterator[Document | ReadError]":
    """The documents of one file (or Parquet row group), named as the driver names the file."""
    from ..read import iter_inputs

    if ref.records and is_parquet(ref.name):
        yield from read_parquet_records(ref, options, outlet, published)
        return
    for item in iter_inputs([ref.path], options=options, outlet=outlet, published=published):
        yield rename(item, ref)


def is_parquet(name: str) -> bool:
    """Whether ``name`` is read as a Parquet record set in batch mode."""
    return name.lower().endswith(".parquet")


def read_parquet_records(ref: FileRef, options: Options, outlet: Optional[str], published: Any) -> "Iterator[Document | ReadError]":
    """Rows of a Parquet record set, each read as a JSON record (``text`` or ``html``, ``url``, ``title``, ...).

    A row is named ``file.parquet[ROW]`` (0-based) in read errors; its
    document keeps the file as ``source_path`` and the row number + 1 as
    ``source_line``. Columns other than the record fields are ignored.
    """
    from ..read.records import read_record

    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield UnsupportedInput("reading Parquet record sets needs the optional package 'pyarrow'", path=ref.name,
                               fix="pip install 'tidings[parquet]'")
        return
    try:
        pf = pq.ParquetFile(ref.path)
        columns = [c for c in ("text", "html", "url", "title", "outlet", "author", "published") if c in pf.schema_arrow.names]
        table = pf.read_row_group(ref.row_group, columns=columns) if ref.row_group is not None else pf.read(columns=columns)
    except Exception as exc:  # pyarrow raises several types for a damaged file
        yield MalformedInput(f"unreadable Parquet file ({type(exc).__name__}: {exc})", path=ref.name)
        return
    if not {"text", "html"} & set(columns):
        yield MalformedInput("a Parquet record set needs a `text` or `html` column", path=ref.name)
        return
    for n, row in enumerate(table.to_pylist(), start=ref.first_row):
        where = f"{ref.name}[{n}]"
        try:
            doc = read_record({k: v for k, v in row.items() if v is not None}, where=where, source=ref.name, options=options,
                              outlet=outlet, published=published)
        except ReadError as err:
            yield err
            continue
        doc["source_path"] = ref.name
        doc["source_line"] = n + 1
        yield doc


def rename(item: "Document | ReadError", ref: FileRef) -> "Document | ReadError":
    """``item`` with the absolute path it was read from replaced by the driver's name of the file.

    Every string of the record that starts with the absolute path (``source_path``,
    ``file.jsonl:LINE``, ``archive.warc@OFFSET``, warnings) gets the name instead.
    """
    if ref.path == ref.name:
        return item
    if isinstance(item, ReadError):
        item.path = _swap(item.path, ref)
        return item
    for key, value in list(item.items()):
        if key not in ("text", "raw"):
            item[key] = _swap(value, ref)  # type: ignore[literal-required]
    return item


def _swap(value: Any, ref: FileRef) -> Any:
    if isinstance(value, str):
        return ref.name + value[len(ref.path):] if value.startswith(ref.path) else value
    if isinstance(value, list):
        return [_swap(v, ref) for v in value]
    if isinstance(value, dict):
        return {k: _swap(v, ref) for k, v in value.items()}
    return value


def code_docs(docs: list["Document"], options: Options) -> tuple[dict[str, list["Event"]], list[CodingError]]:
    """Code ``docs`` with this process's pipeline for ``options`` (built once, see PipelinePlugin).

    Returns the mention records by document id and the documents whose coding failed.
    """
    from ..code import code_documents, get_pipeline

    failed: list[CodingError] = []
    mentions = code_documents(docs, options=options, nlp=get_pipeline(options), on_error=failed.append)
    return mentions, failed
