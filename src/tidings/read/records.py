"""JSON records: JSONL files read line by line, JSON files holding one record or an array of them.

A record is an object with ``text`` or ``html`` (a string) and optional
``url``, ``title``, ``outlet``, ``author``, ``published``. Each line (JSONL)
or array element (JSON) is read on its own: a bad one is one
:class:`~tidings.ReadError` naming it (``notes.jsonl:12`` for line 12,
``notes.json[3]`` for the fourth element), and every good one is kept.

What makes a line bad: invalid JSON, JSON nested deeper than Python's parser
goes, a number over the digit limit, not an object, no ``text``/``html``
string, a lone surrogate (``"\\ud800"``) in the article's text, bytes that
the decoding policy refuses, a line over the ``max_bytes`` cap. A bad
*metadata* value (a dict title, ``published: "not a date"``) does not make
the line bad: the document is read without it and the reason goes to its
``warnings`` (see :mod:`tidings.read.fields`).
"""

from __future__ import annotations

import json
import logging
from typing import Any, BinaryIO, Iterator, Optional

from .._errors import DecodeError, EmptyInput, MalformedInput, ReadError, TooLarge
from .._options import Options
from .._types import Document
from .article import read_article
from .decoding import decode
from .fields import check_date, check_string, describe, has_lone_surrogate
from .formats import detect_format

__all__ = ["read_record", "read_jsonl_lines", "read_jsonl_text", "read_json_text"]

log = logging.getLogger(__name__)
_METADATA = ("url", "title", "outlet", "author")


def _parse(line: str, where: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInput(f"not valid JSON ({exc.msg} at column {exc.colno})", path=where) from None
    except RecursionError:
        raise MalformedInput("JSON nested too deeply to read", path=where) from None
    except ValueError as exc:  # e.g. an integer over the digit limit
        raise MalformedInput(f"not valid JSON ({exc})", path=where) from None


def read_record(
    obj: Any,
    *,
    where: str,
    source: str,
    options: Options,
    outlet: Any = None,
    published: Any = None,
    warnings: Optional[list[str]] = None,
) -> Document:
    """One JSON record to a document; raise a :class:`~tidings.ReadError` naming ``where`` when it is not an article.

    ``outlet`` and ``published`` apply when the record states none (or only a
    rejected one).
    """
    if not isinstance(obj, dict):
        raise MalformedInput(f"a record must be an object with `text` or `html`, not {describe(obj)}", path=where)
    notes = list(warnings or [])
    html, text = obj.get("html"), obj.get("text")
    if isinstance(html, str) and html.strip():
        body, key = html, "html"
    elif isinstance(text, str):
        body, key = text, "text"
    elif isinstance(html, str):
        body, key = html, "html"
    else:
        present = [f"`{k}` is {describe(obj[k])}" for k in ("text", "html") if obj.get(k) is not None]
        detail = f" ({', '.join(present)}, not a string)" if present else ""
        raise MalformedInput(f"no `text` or `html` string in this record{detail}", path=where)
    bad = has_lone_surrogate(body)
    if bad:
        raise DecodeError(f"invalid surrogate {bad} in `{key}`", path=where, fix="the text cannot be encoded as UTF-8; fix the producer")
    if not body.strip():
        raise EmptyInput(f"`{key}` is empty", path=where)
    fields: dict[str, Any] = {}
    for name in _METADATA:
        value, why = check_string(name, obj.get(name))
        if why:
            notes.append(why)
        fields[name] = value
    day, why = check_date("published", obj.get("published"))
    if why:
        notes.append(why)
    fields["published"] = day if day else published
    if not fields["outlet"]:
        fields["outlet"] = outlet
    fmt = "html" if key == "html" else detect_format(body)
    if fmt in ("jsonl", "json"):
        fmt = "text"
    return read_article(body, path=where, options=options, format=fmt, warnings=notes, **fields)


def _checked_record(obj: Any, where: str, source: str, options: Options, outlet: Any, published: Any,
                    warnings: Optional[list[str]] = None) -> Document | ReadError:
    try:
        doc = read_record(obj, where=where, source=source, options=options, outlet=outlet, published=published, warnings=warnings)
    except ReadError as err:
        return err
    except RecursionError:
        return MalformedInput("record nested too deeply to read", path=where)
    except Exception as exc:  # one record must not stop a file of thousands
        log.exception("unexpected failure reading %s", where)
        return ReadError(f"unexpected failure: {type(exc).__name__}: {exc}", path=where)
    doc["source_path"] = source
    return doc


def _line_text(raw: bytes, where: str, options: Options) -> tuple[str, str, int]:
    """A JSONL line's text, its encoding and the bad byte sequences replaced (the decoding policy, line by line)."""
    try:
        return raw.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    decoded = decode(raw, path=where, max_bytes=options.max_bytes)
    return decoded.text, decoded.encoding, decoded.replaced


def _line(raw: bytes | str, n: int, name: str, options: Options, outlet: Any, published: Any) -> Optional[Document | ReadError]:
    where = f"{name}:{n}"
    notes: list[str] = []
    encoding: Optional[str] = None
    replaced = 0
    if isinstance(raw, bytes):
        if not raw.strip():
            return None
        try:
            line, encoding, replaced = _line_text(raw, where, options)
        except ReadError as err:
            return err
        if replaced:
            notes.append(f"decoding: {replaced} invalid UTF-8 byte sequence{'s' if replaced > 1 else ''} replaced with U+FFFD")
        elif encoding != "utf-8":
            notes.append(f"decoding: line read as {encoding}, not UTF-8")
    else:
        line = raw
    if not line.strip():
        return None
    if n == 1 and line.startswith("\ufeff"):
        line = line[1:]
    try:
        obj = _parse(line, where)
    except ReadError as err:
        return err
    doc = _checked_record(obj, where, name, options, outlet, published, notes)
    if isinstance(doc, dict):
        doc["source_line"] = n
        if encoding is not None and (replaced or encoding != "utf-8"):
            # a record reads like the same record from any other source (a Parquet row, an argument)
            # unless its line needed more than plain UTF-8
            doc["encoding"] = encoding
            doc["replaced"] = replaced
    return doc


def read_jsonl_lines(fh: BinaryIO, name: str, options: Options, outlet: Any = None, published: Any = None) -> Iterator[Document | ReadError]:
    """Stream a JSONL file from a binary handle, one line at a time; ``max_bytes`` caps each line, not the file."""
    cap = options.max_bytes if options.max_bytes > 0 else -1
    n = 0
    found = False
    while True:
        raw = fh.readline(cap + 1 if cap > 0 else -1)
        if not raw:
            if not found:
                yield EmptyInput("no records in this JSONL file", path=name)
            return
        n += 1
        if cap > 0 and len(raw) > cap and not raw.endswith(b"\n"):
            while True:  # skip the rest of the over-long line
                more = fh.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            found = True
            yield TooLarge(f"line is over the cap of {options.max_bytes:,} bytes", path=f"{name}:{n}")
            continue
        item = _line(raw, n, name, options, outlet, published)
        if item is not None:
            found = True
            yield item


def read_jsonl_text(text: str, name: str, options: Options, outlet: Any = None, published: Any = None) -> Iterator[Document | ReadError]:
    """JSONL already decoded (stdin, a decompressed file), one line at a time."""
    for n, line in enumerate(text.split("\n"), start=1):
        item = _line(line, n, name, options, outlet, published)
        if item is not None:
            yield item


def read_json_text(text: str, name: str, options: Options, outlet: Any = None, published: Any = None) -> Iterator[Document | ReadError]:
    """A JSON file: an object is one record, an array holds one record per element.

    A file of several objects one per line is read as JSONL.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    try:
        obj = json.loads(stripped)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and stripped.startswith("{"):
            yield from read_jsonl_text(stripped, name, options, outlet, published)
            return
        yield MalformedInput(f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})", path=name)
        return
    except RecursionError:
        yield MalformedInput("JSON nested too deeply to read", path=name)
        return
    except ValueError as exc:
        yield MalformedInput(f"not valid JSON ({exc})", path=name)
        return
    if isinstance(obj, dict):
        yield _checked_record(obj, name, name, options, outlet, published)
        return
    if not isinstance(obj, list):
        yield MalformedInput(f"a JSON file must hold an object or an array of objects, not {describe(obj)}", path=name)
        return
    if not obj:
        yield EmptyInput("the JSON array holds no records", path=name)
        return
    for i, element in enumerate(obj):
        item = _checked_record(element, f"{name}[{i}]", name, options, outlet, published)
        if isinstance(item, dict):
            item["source_item"] = i
        yield item
