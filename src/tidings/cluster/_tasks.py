"""The two tasks that run on the workers: read files, code documents.

Both are plain functions of picklable arguments (paths, documents,
:class:`~tidings.Options`) that return picklable records, so they run the
same in this process and on a Dask worker.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional, Union

from .._errors import CodingError, ReadError
from .._options import Options

if TYPE_CHECKING:
    from .._types import Document, Event

__all__ = ["FileRef", "Unseen", "ReadItem", "read_files", "code_docs"]


@dataclass(frozen=True)
class FileRef:
    """A file as the driver names it (``name``, kept in the records), where it lies and its size."""

    name: str
    path: str  # absolute on the driver
    size: int


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
    from ..read import iter_inputs, minhash_signature

    out: list[ReadItem] = []
    for ref in files:
        try:
            visible = os.path.isfile(ref.path) and os.path.getsize(ref.path) == ref.size
        except OSError:
            visible = False
        if not visible:
            out.append(Unseen(ref))
            continue
        for item in iter_inputs([ref.path], options=options, outlet=outlet, published=published):
            item = rename(item, ref)
            if isinstance(item, ReadError):
                out.append(item)
            else:
                out.append((item, minhash_signature(item["text"]) if signatures else None))
    return out


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
