"""``iter_inputs``: many articles from files, folders, globs, JSON/JSONL, web archives and stdin.

Bad input never stops a batch: it is yielded as a :class:`~tidings.ReadError`
subclass naming the item (``file.jsonl:LINE`` for a JSONL line,
``file.json[INDEX]`` for an element of a JSON array, ``file.warc.gz@OFFSET``
for a web-archive record). Paths that cannot be read say why, with a code of
their own: :class:`~tidings._errors.MissingInput` (E107: no such path, a
broken symlink, a pattern matching nothing), :class:`~tidings._errors.NotAFile`
(E108: a FIFO, socket or device, a symlink loop) and
:class:`~tidings._errors.UnreadableInput` (E109: permission denied, a folder
that cannot be listed, an I/O error).
"""

from __future__ import annotations

import errno
import glob
import gzip
import io
import logging
import os
import shutil
import stat
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Iterable, Iterator, Optional

from .._errors import EmptyInput, MalformedInput, MissingInput, NotAFile, ReadError, TidingsError, TooLarge, UnreadableInput
from .._options import Options
from .._types import Document
from .article import read_article
from .decoding import check_size, decode
from .formats import detect_format, is_warc_name
from .records import read_json_text, read_jsonl_lines, read_jsonl_text
from .warc import WarcCounts, is_warc_bytes, read_warc

__all__ = ["iter_inputs", "expand_paths", "ReadCounts"]

log = logging.getLogger(__name__)
_GLOB_CHARS = set("*?[")
STDIN = "-"


@dataclass
class ReadCounts:
    """Figures of one :func:`iter_inputs` run: documents, errors by code, web-archive records skipped by reason."""

    documents: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    skipped_records: Counter[str] = field(default_factory=Counter)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _check_path(path: str) -> Optional[ReadError]:
    """Why ``path`` cannot be read as a file or folder, or ``None`` when it can be tried."""
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return NotAFile("symlink loop", path=path)
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            if os.path.islink(path):
                return MissingInput(f"broken symlink to {os.readlink(path)}", path=path)
            return MissingInput("no such file or folder", path=path)
        if exc.errno == errno.EACCES:
            return UnreadableInput("permission denied", path=path)
        return UnreadableInput(f"cannot open: {exc.strerror or exc}", path=path)
    if stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode):
        return None
    return NotAFile(_kind_of(st.st_mode), path=path)


def _walk(folder: str) -> Iterator[str | ReadError]:
    """Files under ``folder`` in sorted order (hidden names skipped); unreadable entries are errors.

    Symlinked folders are followed once; a link back into a folder already
    being walked is a symlink loop.
    """
    stack: list[tuple[str, frozenset[tuple[int, int]]]] = []
    try:
        st = os.stat(folder)
        stack.append((folder, frozenset({(st.st_dev, st.st_ino)})))
    except OSError as exc:
        yield UnreadableInput(f"cannot open folder: {exc.strerror or exc}", path=folder)
        return
    while stack:
        current, seen = stack.pop()
        try:
            with os.scandir(current) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield UnreadableInput(f"cannot list folder: {exc.strerror or exc}", path=current)
            continue
        subdirs: list[tuple[str, frozenset[tuple[int, int]]]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            problem = _check_path(entry.path)
            if problem is not None:
                yield problem
                continue
            try:
                if entry.is_dir():
                    st = os.stat(entry.path)
                    key = (st.st_dev, st.st_ino)
                    if key in seen:
                        yield NotAFile("symlink loop (links back to a folder above it)", path=entry.path)
                        continue
                    subdirs.append((entry.path, seen | {key}))
                else:
                    yield entry.path
            except OSError as exc:
                yield UnreadableInput(f"cannot open: {exc.strerror or exc}", path=entry.path)
        stack.extend(subdirs[::-1])


def _walk_sorted(folder: str) -> Iterator[str | ReadError]:
    """Like :func:`_walk`, but files and sub-folders interleaved by full path (the order of a recursive sorted listing)."""
    items = list(_walk(folder))
    paths = sorted(i for i in items if isinstance(i, str))
    errors = [i for i in items if not isinstance(i, str)]
    yield from errors
    yield from paths


def expand_paths(paths: Iterable[str] | str | os.PathLike[str]) -> Iterator[str | ReadError]:
    """Files named by ``paths`` (folders recursively, globs expanded, ``-`` kept), in sorted order.

    Paths that cannot be read are yielded as :class:`~tidings.ReadError` with the reason.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [os.fspath(paths)]  # one path, not an iterable of characters
    for item in paths:
        item = os.fspath(item)
        if item == STDIN:
            yield STDIN
            continue
        problem = _check_path(item)
        if problem is None:
            if os.path.isdir(item):
                found = list(_walk_sorted(item))
                if not found:
                    yield EmptyInput("no files in this folder (hidden files are skipped)", path=item)
                yield from found
            else:
                yield item
        elif isinstance(problem, MissingInput) and _GLOB_CHARS & set(item) and not os.path.lexists(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield MissingInput("no file matches this pattern", path=item)
            for m in matches:
                sub = _check_path(m)
                if sub is not None:
                    yield sub
                elif os.path.isdir(m):
                    yield from _walk_sorted(m)
                else:
                    yield m
        else:
            yield problem


def iter_inputs(
    paths: Iterable[str] | str | os.PathLike[str],
    *,
    options: Optional[Options] = None,
    outlet: Optional[str] = None,
    published: Any = None,
    counts: Optional[ReadCounts] = None,
) -> Iterator[Document | ReadError]:
    """Read every article under ``paths``: files, folders (recursive), globs and ``-`` (stdin).

    Text and HTML files hold one article; JSONL files one record per line; a
    JSON file one record (an object) or many (an array); WARC files one
    article per HTML or text response (see :mod:`tidings.read.records` and
    :mod:`tidings.read.warc`). ``outlet`` and ``published`` apply to articles
    that do not state their own. ``counts``, when given, is filled as the
    items are yielded.
    """
    options = options or Options()
    counts = counts if counts is not None else ReadCounts()
    for item in _iter(paths, options, outlet, published, counts):
        if isinstance(item, ReadError):
            counts.errors[item.code] += 1
        else:
            counts.documents += 1
        yield item


def _iter(paths: Iterable[str] | str | os.PathLike[str], options: Options, outlet: Any, published: Any,
          counts: ReadCounts) -> Iterator[Document | ReadError]:
    for path in expand_paths(paths):
        if isinstance(path, ReadError):
            yield path
            continue
        try:
            if path == STDIN:
                data = sys.stdin.buffer.read(options.max_bytes + 1 if options.max_bytes > 0 else -1)
                if is_warc_bytes(_peek_decompressed(data)):
                    # an archive is not capped as a whole: spool all of stdin to disk and stream it
                    with tempfile.TemporaryFile() as spool:
                        spool.write(data)
                        shutil.copyfileobj(sys.stdin.buffer, spool)
                        yield from _warc(spool, "<stdin>", options, outlet, published, counts)
                else:
                    yield from _read_bytes(data, "<stdin>", options, outlet, published)
                continue
            yield from _read_file(path, options, outlet, published, counts)
        except ReadError as err:
            yield err
        except TidingsError:
            raise  # configuration and knowledge-file errors concern the whole batch
        except OSError as exc:
            yield _os_error(exc, path)
        except RecursionError:
            yield MalformedInput("input nested too deeply to read", path=path)
        except Exception as exc:  # a bug must not stop a batch of thousands
            log.exception("unexpected failure reading %s", path)
            yield ReadError(f"unexpected failure: {type(exc).__name__}: {exc}", path=path)


def _os_error(exc: OSError, path: str) -> ReadError:
    if exc.errno == errno.EACCES:
        return UnreadableInput("permission denied", path=path)
    if exc.errno == errno.ELOOP:
        return NotAFile("symlink loop", path=path)
    if exc.errno == errno.ENOENT:
        return MissingInput("no such file (removed while reading?)", path=path)
    return UnreadableInput(f"cannot open: {exc.strerror or exc}", path=path)


def _peek_decompressed(head: bytes) -> bytes:
    if head[:2] != b"\x1f\x8b":
        return head[:16]
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(head[:65536])) as fh:
            return fh.read(16)
    except (OSError, EOFError):
        return b""


def _warc(fh: BinaryIO, name: str, options: Options, outlet: Any, published: Any, counts: ReadCounts) -> Iterator[Document | ReadError]:
    wc = WarcCounts()
    yield from read_warc(fh, name, options, outlet=outlet, published=published, counts=wc)
    counts.skipped_records.update(wc.skipped)


def _read_file(path: str, options: Options, outlet: Any, published: Any, counts: ReadCounts) -> Iterator[Document | ReadError]:
    with open(path, "rb") as fh:
        head = fh.read(65536)
        fh.seek(0)
        warc_head = is_warc_bytes(_peek_decompressed(head))
        if is_warc_name(path) and not warc_head:
            raise MalformedInput("named as a web archive but does not start with a WARC record", path=path)
        if warc_head:
            yield from _warc(fh, path, options, outlet, published, counts)
            return
        lower = path.lower()
        if lower.endswith((".jsonl", ".ndjson")) and head[:2] != b"\x1f\x8b" and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            yield from read_jsonl_lines(fh, path, options, outlet, published)
            return
        check_size(os.fstat(fh.fileno()).st_size, options.max_bytes, path)
        data = fh.read()
    yield from _read_bytes(data, path, options, outlet, published)


def _read_bytes(data: bytes, name: str, options: Options, outlet: Any, published: Any) -> Iterator[Document | ReadError]:
    check_size(len(data), options.max_bytes, name)
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                data = fh.read(options.max_bytes + 1 if options.max_bytes > 0 else -1)
        except (OSError, EOFError) as exc:
            raise MalformedInput(f"broken gzip file ({exc})", path=name) from None
        if options.max_bytes > 0 and len(data) > options.max_bytes:
            raise TooLarge(f"decompressed size is over the cap of {options.max_bytes:,} bytes", path=name)
    stem = name.removesuffix(".gz") if name.endswith(".gz") else name
    lower = stem.lower()
    if lower.endswith((".jsonl", ".ndjson")):
        yield from read_jsonl_lines(io.BytesIO(data), name, options, outlet, published)
        return
    text, encoding, replaced = decode(data, path=name, max_bytes=options.max_bytes)
    fmt = detect_format(text, stem)
    if fmt in ("jsonl", "json"):
        records = read_jsonl_text if fmt == "jsonl" else read_json_text
        for item in records(text, name, options, outlet, published):
            if isinstance(item, dict) and (replaced or encoding != "utf-8"):
                item["encoding"], item["replaced"] = encoding, replaced
                if replaced:
                    item.setdefault("warnings", []).append(f"decoding: {replaced} invalid UTF-8 byte sequence{'s' if replaced > 1 else ''} replaced with U+FFFD in the file")
            yield item
        return
    notes = [f"decoding: {replaced} invalid UTF-8 byte sequence{'s' if replaced > 1 else ''} replaced with U+FFFD"] if replaced else []
    doc = read_article(text, path=name, outlet=outlet, published=published, options=options, format=fmt, warnings=notes)
    doc["encoding"] = encoding
    doc["replaced"] = replaced
    yield doc
