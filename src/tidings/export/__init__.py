"""Stage `export`: events, mentions and documents in the formats researchers' tools read.

Formats (all take an iterable of records and a binary or text destination):

- ``jsonl``: the documented event schema (``tidings/schema/event.schema.json``), one object a line.
- ``csv`` / ``tsv``: one flat row per event; CAMEO codes stay zero-padded strings. Text cells
  that start like a spreadsheet formula (``=``, ``+``, ``-``, ``@``, tab, carriage return) get a
  leading apostrophe (``safe=False`` keeps them raw; see :func:`safe_cell`).
- ``gdelt``: a GDELT-like event table (tab-separated, GDELT 1.0/2.0 column names, plus
  tidings' status and certainty), one row per event.
- ``plover``: PLOVER JSON records (field names from the PLOVER data interchange
  specification: ``id``, ``date``, ``enddate``, ``source``, ``recipient``, ``event``,
  ``mode``, ``quad_code``, ``event_scale``, ``event_loc``, ``event_text``, ``cite_info``...), one a line.
- ``parquet``: documents, mentions or events as Apache Parquet (needs the ``parquet`` extra).
"""

from __future__ import annotations

from ._flat import EVENT_COLUMNS, GDELT_COLUMNS, event_row, gdelt_row, mention_rows, plover_record
from ._write import FORMATS, export_documents, export_events, export_mentions, safe_cell

__all__ = [
    "FORMATS",
    "EVENT_COLUMNS",
    "GDELT_COLUMNS",
    "export_events",
    "export_mentions",
    "export_documents",
    "event_row",
    "gdelt_row",
    "mention_rows",
    "plover_record",
    "safe_cell",
]
