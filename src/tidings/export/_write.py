"""Writers for each export format."""

from __future__ import annotations

import csv
import io
import json
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import IO, TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Optional, Union

if TYPE_CHECKING:
    from typing_extensions import TypeIs

from .._errors import ConfigError, MissingExtra
from .._types import Document, Event
from ._flat import EVENT_COLUMNS, GDELT_COLUMNS, event_row, gdelt_row, mention_rows, plover_record

FORMATS = ("jsonl", "csv", "tsv", "gdelt", "plover", "parquet")

Dest = Union[str, Path, IO[str], IO[bytes]]

DOCUMENT_COLUMNS = (
    "id", "title", "outlet", "original_outlet", "author", "published", "published_inferred",
    "language", "words", "url", "duplicate_of", "text",
)


#: What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def safe_cell(value: Any) -> Any:
    """``value`` neutralised for a spreadsheet: text that starts like a formula gets a leading apostrophe.

    Cells that start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return are run as formulas by spreadsheet programs when a CSV file is
    opened (CSV injection). Such text is written as ``'=...``, which the
    programs show as the text itself. Numbers (``-3.5``) and values that are
    not text are left alone.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def _cell(value: Any, safe: bool = True) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if safe:
        value = safe_cell(value)
    if isinstance(value, str) and "\r" in value:
        # rows end in "\n", so the csv module would leave a bare carriage return unquoted and break the row
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def _takes_text(stream: IO[str] | IO[bytes]) -> "TypeIs[IO[str]]":
    """A text stream (open text file, StringIO, sys.stdout); otherwise it takes bytes."""
    return isinstance(stream, io.TextIOBase) or hasattr(stream, "encoding")


@contextmanager
def _text_out(dest: Dest) -> Iterator[IO[str]]:
    """``dest`` as a text stream: a path is opened and closed; a binary stream is wrapped and left open."""
    if isinstance(dest, (str, Path)):
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            yield fh
    elif _takes_text(dest):
        yield dest
    else:
        wrapper = io.TextIOWrapper(dest, encoding="utf-8", newline="", write_through=True)
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()  # a dropped wrapper would close the caller's stream


def _write_table(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...], dest: Dest, delimiter: str, safe: bool = True) -> int:
    with _text_out(dest) as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), delimiter=delimiter, extrasaction="ignore",
                                lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writeheader()
        n = 0
        for row in rows:
            writer.writerow({k: _cell(row.get(k), safe) for k in columns})
            n += 1
        return n


def _write_jsonl(records: Iterable[Mapping[str, Any]], dest: Dest) -> int:
    with _text_out(dest) as fh:
        n = 0
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False, default=str) + "\n")
            n += 1
        return n


def _pyarrow() -> tuple[ModuleType, ModuleType]:
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise MissingExtra("Parquet export", "parquet", "pyarrow") from None
    import pyarrow as pa
    import pyarrow.parquet as pq

    return pa, pq


def _write_parquet(rows: list[dict[str, Any]], columns: tuple[str, ...], dest: Dest, types: Optional[dict[str, Any]] = None) -> int:
    pa, pq = _pyarrow()
    data = {c: [r.get(c) for r in rows] for c in columns}
    fields = []
    for c in columns:
        t = (types or {}).get(c)
        if t is None:
            sample = next((v for v in data[c] if v is not None), None)
            if isinstance(sample, bool):
                t = pa.bool_()
            elif isinstance(sample, int):
                t = pa.int64()
            elif isinstance(sample, float):
                t = pa.float64()
            else:
                t = pa.string()
                data[c] = [None if v is None else str(v) for v in data[c]]
        fields.append(pa.field(c, t))
    table = pa.table(data, schema=pa.schema(fields))
    target = str(dest) if isinstance(dest, (str, Path)) else dest
    pq.write_table(table, target)
    return len(rows)


def _floaty(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> None:
    for r in rows:
        for k in keys:
            if r.get(k) is not None:
                r[k] = float(r[k])


def export_events(events: Iterable[Event], fmt: str, dest: Dest, *, urls: Optional[dict[str, str]] = None, safe: bool = True) -> int:
    """Write events in ``fmt`` to ``dest`` (path or open file); return the number of records.

    ``safe`` (the default) neutralises CSV, TSV and GDELT cells that a
    spreadsheet would run as formulas (see :func:`safe_cell`).
    """
    if fmt == "jsonl":
        return _write_jsonl(events, dest)
    if fmt in ("csv", "tsv"):
        return _write_table((event_row(e) for e in events), EVENT_COLUMNS, dest, "," if fmt == "csv" else "\t", safe)
    if fmt == "gdelt":
        return _write_table((gdelt_row(e, urls=urls) for e in events), GDELT_COLUMNS, dest, "\t", safe)
    if fmt == "plover":
        return _write_jsonl((plover_record(e) for e in events), dest)
    if fmt == "parquet":
        pa, _ = _pyarrow()
        rows = [event_row(e) for e in events]
        _floaty(rows, ("goldstein", "certainty", "confidence", "location_lat", "location_lon", "forecast_probability"))
        types = {"cameo": pa.string(), "cameo_root": pa.string(), "quad_class": pa.int64(),
                 "goldstein": pa.float64(), "certainty": pa.float64(), "confidence": pa.float64(), "location_lat": pa.float64(),
                 "location_lon": pa.float64(), "location_geonameid": pa.int64(), "negated": pa.bool_(),
                 "documents": pa.int64(), "independent_sources": pa.int64(), "mentions": pa.int64(),
                 "forecast_probability": pa.float64()}
        return _write_parquet(rows, EVENT_COLUMNS, dest, types)
    raise ConfigError(f"unknown export format {fmt!r}; formats: {', '.join(FORMATS)}")


MENTION_COLUMNS = ("event", "mention", "document", "outlet", "published", "start", "end", "sentence",
                   "cited_source", "cited_kind", "cited_anonymous", "modality", "probability", "status", "spans",
                   "stated", "stated_basis")


def export_mentions(events: Iterable[Event], fmt: str, dest: Dest, *, safe: bool = True) -> int:
    """Write one row per mention (csv, tsv, jsonl or parquet); ``safe`` as in :func:`export_events`."""
    rows = [r for e in events for r in mention_rows(e)]
    if fmt == "jsonl":
        return _write_jsonl(rows, dest)
    if fmt in ("csv", "tsv"):
        return _write_table(rows, MENTION_COLUMNS, dest, "," if fmt == "csv" else "\t", safe)
    if fmt == "parquet":
        pa, _ = _pyarrow()
        _floaty(rows, ("probability",))
        return _write_parquet(rows, MENTION_COLUMNS, dest, {"start": pa.int64(), "end": pa.int64(),
                                                             "probability": pa.float64(), "cited_anonymous": pa.bool_()})
    raise ConfigError(f"mentions export supports jsonl, csv, tsv, parquet; not {fmt!r}")


def export_documents(documents: Iterable[Document], fmt: str, dest: Dest, *, safe: bool = True) -> int:
    """Write documents (metadata and clean text) as jsonl, csv, tsv or parquet; ``safe`` as in :func:`export_events`."""
    rows = [{c: d.get(c) for c in DOCUMENT_COLUMNS} for d in documents]
    if fmt == "jsonl":
        return _write_jsonl(rows, dest)
    if fmt in ("csv", "tsv"):
        return _write_table(rows, DOCUMENT_COLUMNS, dest, "," if fmt == "csv" else "\t", safe)
    if fmt == "parquet":
        pa, _ = _pyarrow()
        return _write_parquet(rows, DOCUMENT_COLUMNS, dest, {"words": pa.int64(), "published_inferred": pa.bool_()})
    raise ConfigError(f"documents export supports jsonl, csv, tsv, parquet; not {fmt!r}")
