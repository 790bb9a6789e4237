"""``iter_inputs``: many articles from files, folders, globs, JSONL and stdin.

Bad input never stops a batch: it is yielded as a :class:`~tidings.ReadError`
subclass naming the file (``file.jsonl:LINE`` for a JSONL line).
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from .._errors import MalformedInput, ReadError, TidingsError, TooLarge, UnsupportedInput
from .._options import Options
from .._types import Document
from .article import read_article
from .decoding import check_size, decode_bytes
from .formats import detect_format

__all__ = ["iter_inputs", "expand_paths"]

log = logging.getLogger(__name__)
_GLOB_CHARS = set("*?[")
STDIN = "-"


def expand_paths(paths: Iterable[str]) -> Iterator[str | ReadError]:
    """Files named by ``paths`` (folders recursively, globs expanded, ``-`` kept), in sorted order."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path, not an iterable of characters
    for item in paths:
        item = str(item)
        if item == STDIN:
            yield STDIN
            continue
        p = Path(item)
        if p.is_file():
            yield str(p)
        elif p.is_dir():
            yield from (str(f) for f in _walk(p))
        elif _GLOB_CHARS & set(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield UnsupportedInput("no file matches this pattern", path=item)
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    yield from (str(f) for f in _walk(mp))
                elif mp.is_file():
                    yield str(mp)
        else:
            yield UnsupportedInput("no such file or folder", path=item)


def _walk(folder: Path) -> list[Path]:
    return sorted(
        f for f in folder.rglob("*")
        if f.is_file() and not any(part.startswith(".") for part in f.relative_to(folder).parts)
    )


def iter_inputs(
    paths: Iterable[str],
    *,
    options: Optional[Options] = None,
    outlet: Optional[str] = None,
    published: Any = None,
) -> Iterator[Document | ReadError]:
    """Read every article under ``paths``: files, folders (recursive), globs and ``-`` (stdin).

    JSONL files hold one article per line (``text`` or ``html``, optional
    ``url``, ``title``, ``outlet``, ``author``, ``published``). ``outlet``
    and ``published`` apply to articles that do not state their own.
    """
    options = options or Options()
    for path in expand_paths(paths):
        if isinstance(path, ReadError):
            yield path
            continue
        try:
            if path == STDIN:
                data = sys.stdin.buffer.read(options.max_bytes + 1 if options.max_bytes > 0 else -1)
                name = "<stdin>"
            else:
                name = path
                check_size(Path(path).stat().st_size, options.max_bytes, path)
                data = Path(path).read_bytes()
            yield from _read_bytes(data, name, options, outlet, published)
        except ReadError as err:
            yield err
        except TidingsError:
            raise  # configuration and knowledge-file errors concern the whole batch
        except OSError as exc:
            yield UnsupportedInput(f"cannot open: {exc.strerror or exc}", path=path)
        except Exception as exc:  # a bug must not stop a batch of thousands
            log.exception("unexpected failure reading %s", path)
            yield ReadError(f"unexpected failure: {type(exc).__name__}: {exc}", path=path)


def _read_bytes(data: bytes, name: str, options: Options, outlet: Optional[str], published: Any) -> Iterator[Document | ReadError]:
    check_size(len(data), options.max_bytes, name)
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                data = fh.read(options.max_bytes + 1 if options.max_bytes > 0 else -1)
        except (OSError, EOFError) as exc:
            raise MalformedInput(f"broken gzip file ({exc})", path=name) from None
        if options.max_bytes > 0 and len(data) > options.max_bytes:
            raise TooLarge(f"decompressed size is over the cap of {options.max_bytes:,} bytes", path=name)
    text, encoding = decode_bytes(data, path=name, max_bytes=options.max_bytes)
    fmt = detect_format(text, name.removesuffix(".gz") if name.endswith(".gz") else name)
    if fmt == "jsonl":
        yield from _read_jsonl(text, name, options, outlet, published)
        return
    doc = read_article(text, path=name, outlet=outlet, published=published, options=options, format=fmt)
    doc["encoding"] = encoding
    yield doc


_FIELDS = ("url", "title", "outlet", "author", "published")


def _read_jsonl(text: str, name: str, options: Options, outlet: Optional[str], published: Any) -> Iterator[Document | ReadError]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInput(f"not valid JSON ({exc.msg} at column {exc.colno})", path=where)
            continue
        except ValueError as exc:  # e.g. an integer over the digit limit
            yield MalformedInput(f"not valid JSON ({exc})", path=where)
            continue
        if not isinstance(obj, dict):
            yield MalformedInput("a JSONL line must be an object with `text` or `html`", path=where)
            continue
        body = obj.get("html") if isinstance(obj.get("html"), str) else obj.get("text")
        if not isinstance(body, str):
            yield MalformedInput("no `text` or `html` string on this line", path=where)
            continue
        fields = {k: obj.get(k) for k in _FIELDS if obj.get(k) not in (None, "")}
        for k in fields:
            if not isinstance(fields[k], str):
                fields[k] = str(fields[k])
        fields.setdefault("outlet", outlet)
        fields.setdefault("published", published)
        fmt = "html" if "html" in obj and isinstance(obj.get("html"), str) else detect_format(body)
        try:
            doc = read_article(body, path=where, options=options, format="text" if fmt == "jsonl" else fmt, **fields)
        except ReadError as err:
            yield err
            continue
        doc["source_path"] = name
        doc["source_line"] = n
        yield doc
