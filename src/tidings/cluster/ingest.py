"""``ingest_cluster``: :func:`tidings.ingest` with reading and coding on a Dask cluster."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Callable, Iterable, Optional

from .._ingest import IngestReport, ProgressCallback, ingest_documents
from .._options import Options
from ._runner import open_runner
from ._stream import Stream

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["ingest_cluster"]


def ingest_cluster(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    address: str,
    store: Optional["Store"],
    options: Optional[Options],
    outlet: Optional[str] = None,
    published: Optional[str] = None,
    code: bool = True,
    fuse: bool = True,
    progress: Optional[ProgressCallback] = None,
) -> IngestReport:
    """Read, store, code and fuse the articles at ``paths``, reading and coding on a Dask cluster.

    ``address``: ``"local"`` starts a local cluster with one single-threaded
    worker process per core (stopped at the end); anything else is the address
    of a running Dask scheduler (``tcp://host:8786``). Workers read the files
    they see at the driver's absolute paths and the driver reads the others;
    each worker builds the pipeline once. Near-duplicate links, writing and
    fusing stay on this process, in input order, through
    :func:`tidings._ingest.ingest_documents`, so the store ends up with the
    records :func:`tidings.ingest` writes. The other arguments are those of
    :func:`tidings.ingest`.

    Raises :class:`~tidings.MissingExtra` without Dask (``pip install
    'tidings[cluster]'``) and :class:`~tidings.PipelineError` when the
    scheduler cannot be reached or the workers cannot build the pipeline.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    names = [os.fspath(p) for p in paths]
    opts = options or Options()
    own = store is None
    if store is None:
        from ..store import open_store

        store = open_store(options=opts)
    started = time.perf_counter()
    try:
        with open_runner(address or "local", options=opts, code=code) as runner:
            coded_already = _coded_in(store)
            stream = Stream(runner, names, options=opts, outlet=outlet, published=published, code=code, coded_already=coded_already)
            report = ingest_documents(stream.items(), store=store, options=opts, code=code, fuse=fuse, progress=progress, coder=stream.coder if code else None)
        report.seconds = time.perf_counter() - started  # with starting and stopping the cluster
        return report
    finally:
        if own:
            store.close()


def _coded_in(store: "Store") -> Callable[[list[str]], set[str]]:
    def coded(ids: list[str]) -> set[str]:
        """Those of ``ids`` stored and coded already (a re-run does not code them again)."""
        known = store.known_documents(ids)
        return known - store.uncoded_documents(known) if known else set()

    return coded
