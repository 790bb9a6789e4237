"""Web archives: ``.warc`` and ``.warc.gz`` files (CC-NEWS, most crawls), streamed with warcio.

One document per ``response`` record with status 200 and per ``resource``
record whose content type is HTML or plain text (``text/html``,
``application/xhtml+xml``, ``text/plain``). The record's
``WARC-Target-URI`` is the document's ``url``; its ``WARC-Date`` is the
document's ``fetched`` time and the publication date when the page gives
none (``provenance["published"] = "fetched"``, ``published_inferred``);
a date inferred from the text that falls after the fetch is replaced by
the fetch day, since nothing is published after it was fetched.

Records are read one at a time: memory holds one record, capped by
``max_bytes`` (a larger record is one :class:`~tidings.TooLarge`). Other
records (``request``, ``warcinfo``, ``metadata``, ``revisit``, redirects,
errors, images, scripts...) are skipped and counted in
:class:`WarcCounts`. A corrupt record is one
:class:`~tidings.MalformedInput` naming the file and the record's byte
offset (``crawl.warc.gz@1234``); reading goes on at the next record start
found after it (the next gzip member, or the next ``WARC/1.`` line).
warcio's own complaints, which it writes to stderr, are captured and
reported the same way.
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Iterator, Optional

from .._errors import EmptyInput, MalformedInput, ReadError, TooLarge, UnsupportedInput
from .._options import Options
from .._types import Document
from .article import read_article
from .fields import check_date

__all__ = ["WarcCounts", "read_warc", "is_warc_bytes"]

log = logging.getLogger(__name__)
ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
INSTALL = "pip install 'tidings[warc]'"


def is_warc_bytes(head: bytes) -> bool:
    """The first bytes of a file (decompressed) start a WARC record."""
    return head.startswith((b"WARC/1.", b"WARC/0."))


@dataclass
class WarcCounts:
    """What one WARC file held: documents read, errors, and records skipped by reason."""

    documents: int = 0
    errors: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """``"3 documents, 1 error, skipped: 4 request, 1 warcinfo"``."""
        parts = [f"{self.documents} document{'s' if self.documents != 1 else ''}", f"{self.errors} error{'s' if self.errors != 1 else ''}"]
        if self.skipped:
            parts.append("skipped: " + ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items())))
        return ", ".join(parts)


def _quiet(fn: Any, *args: Any) -> tuple[Any, str]:
    """Run ``fn(*args)`` with stderr captured (warcio writes damage reports there)."""
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        result = fn(*args)
    return result, buf.getvalue().strip()


def _clip(text: str, limit: int = 120) -> str:
    """One printable line of at most ``limit`` characters."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _next_start(fh: BinaryIO, after: int, gzipped: bool) -> Optional[int]:
    """The byte offset of the next record start after ``after``, or ``None``."""
    marker = b"\x1f\x8b\x08" if gzipped else b"\nWARC/1."
    pos = after + 1
    fh.seek(pos)
    tail = b""
    while True:
        chunk = fh.read(1 << 20)
        if not chunk:
            return None
        data = tail + chunk
        i = data.find(marker)
        if i >= 0:
            start = pos - len(tail) + i
            return start if gzipped else start + 1
        tail = data[-(len(marker) - 1):]
        pos += len(chunk)


def _kind(record: Any) -> tuple[Optional[str], str]:
    """``(content type, "")`` for an article record, ``(None, reason)`` for one to skip."""
    rtype = record.rec_type
    if rtype == "response":
        http = record.http_headers
        if http is None:
            return None, "response without HTTP headers"
        status = http.get_statuscode()
        if status != "200":
            return None, f"HTTP {status or '?'} response"
        ctype = http.get_header("Content-Type") or ""
    elif rtype == "resource":
        ctype = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None, f"{rtype} record"
    base = ctype.split(";")[0].strip().lower()
    if base not in ARTICLE_TYPES:
        return None, f"{base or 'untyped'} content"
    return base, ""


def _apply_fetch_date(doc: Document, fetched: Optional[str]) -> None:
    doc["fetched"] = fetched
    day, _ = check_date("published", fetched)
    if day is None:
        return
    prov = doc.setdefault("provenance", {})
    published = doc.get("published")
    if not published or (doc.get("published_inferred") and published > day):
        doc["published"] = day
        doc["published_inferred"] = True
        prov["published"] = "fetched"


def _record_document(record: Any, ctype: str, where: str, name: str, offset: int, options: Options,
                     outlet: Any, published: Any) -> Document | ReadError:
    cap = options.max_bytes if options.max_bytes > 0 else -1
    try:
        body, noise = _quiet(lambda: record.content_stream().read(cap + 1 if cap > 0 else -1))
    except Exception as exc:  # warcio and zlib raise several types on broken content
        return MalformedInput(f"broken record content ({type(exc).__name__}: {exc})", path=where)
    if noise:
        return MalformedInput(f"broken record content ({_clip(noise)})", path=where)
    if cap > 0 and len(body) > cap:
        return TooLarge(f"record content is over the cap of {options.max_bytes:,} bytes", path=where)
    url = record.rec_headers.get_header("WARC-Target-URI")
    fetched = record.rec_headers.get_header("WARC-Date")
    try:
        doc = read_article(body, url=url, outlet=outlet, published=published, path=where, options=options,
                           format="html" if ctype != "text/plain" else "text")
    except ReadError as err:
        return err
    except RecursionError:
        return MalformedInput("page nested too deeply to read", path=where)
    except Exception as exc:  # one page must not stop an archive of thousands
        log.exception("unexpected failure reading %s", where)
        return ReadError(f"unexpected failure: {type(exc).__name__}: {exc}", path=where)
    _apply_fetch_date(doc, fetched)
    doc["source_path"] = name
    doc["source_offset"] = offset
    return doc


def read_warc(
    fh: BinaryIO,
    name: str,
    options: Options,
    *,
    outlet: Any = None,
    published: Any = None,
    counts: Optional[WarcCounts] = None,
) -> Iterator[Document | ReadError]:
    """Documents and errors of the WARC stream ``fh`` (seekable, plain or gzipped), one record at a time.

    Errors name ``NAME@OFFSET``. When the file yields no document at all, a
    last :class:`~tidings.EmptyInput` says what it held instead.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield UnsupportedInput("reading WARC files needs the optional package 'warcio'", path=name, fix=INSTALL)
        return
    counts = counts if counts is not None else WarcCounts()
    fh.seek(0)
    gzipped = fh.read(2) == b"\x1f\x8b"
    base = 0
    reported: set[int] = set()  # offsets of records already reported as corrupt: one error each
    while True:
        fh.seek(base)
        it = ArchiveIterator(fh)
        records = iter(it)
        previous = base
        failed_at: Optional[int] = None
        while True:
            try:
                record, noise = _quiet(next, records, None)
            except Exception as exc:  # warcio raises ArchiveLoadFailed, parser and zlib errors
                start = it.offset or base  # where the failed record begins (warcio counts from the file start once it has read one)
                counts.errors += 1
                yield MalformedInput(f"corrupt WARC record ({type(exc).__name__}: {_clip(str(exc))})", path=f"{name}@{start}")
                failed_at = start
                break
            if noise and previous not in reported:  # warcio noticed while skipping past the previous record
                counts.errors += 1
                reported.add(previous)
                yield MalformedInput(f"WARC damage after this record: {_clip(noise)}", path=f"{name}@{previous}")
            start = previous = it.offset or base  # read_to_end of the last record moved it to this one's start
            if record is None:
                break
            where = f"{name}@{start}"
            if not record.rec_type:
                counts.errors += 1
                reported.add(start)
                yield MalformedInput("corrupt WARC record (no WARC-Type)", path=where)
                continue
            ctype, reason = _kind(record)
            if ctype is None:
                counts.skipped[reason] += 1
                continue
            item = _record_document(record, ctype, where, name, start, options, outlet, published)
            if isinstance(item, dict):
                counts.documents += 1
            else:
                counts.errors += 1
            yield item
        if failed_at is None:
            break
        nxt = _next_start(fh, failed_at, gzipped)
        if nxt is None:
            break
        base = nxt
    if counts.documents == 0 and counts.errors == 0:
        yield EmptyInput(f"no article records in this web archive ({counts.summary()})", path=name)
    log.info("%s: %s", name, counts.summary())
