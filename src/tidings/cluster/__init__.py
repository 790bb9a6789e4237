"""Reading and coding on a Dask cluster, and the corpus-scale batch mode (Parquet partitions).

- :func:`ingest_cluster` -- :func:`tidings.ingest` with the read and code
  stages on a Dask cluster (``"local"`` or a scheduler address); links,
  writes and fusion stay on the driver, so the store gets the same records.
- :func:`write_partitions` -- read and code a set of inputs without a
  database into document and mention Parquet partitions (what ``tidings
  batch`` runs), in this process, on local worker processes or on a cluster.
- :func:`load_partitions` -- load such partitions into a store and fuse
  (what ``tidings fuse --from DIR`` runs); loading twice changes nothing.

Dask is the optional extra ``cluster`` (``pip install 'tidings[cluster]'``),
Parquet the extra ``parquet``. See docs/cluster.md.
"""

from __future__ import annotations

from ._runner import LOCAL, open_runner
from .ingest import ingest_cluster
from .partitions import BatchReport, document_schema, load_partitions, mention_schema, read_partitions, write_partitions

__all__ = [
    "ingest_cluster",
    "write_partitions",
    "load_partitions",
    "read_partitions",
    "BatchReport",
    "document_schema",
    "mention_schema",
    "open_runner",
    "LOCAL",
]
