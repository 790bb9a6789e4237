"""The Dask worker plugin that builds the coding pipeline once per worker (imports Dask)."""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from .._errors import ConfigError
from .._options import Options

__all__ = ["PipelinePlugin"]


class PipelinePlugin(WorkerPlugin):
    """Builds the pipeline for ``options`` when a worker starts or joins.

    The pipeline lands in :func:`tidings.code.get_pipeline`'s per-process
    table, where every code task of that worker finds it; so the model and the
    coding context load once per worker process, not once per task. A worker
    running another tidings version than the driver refuses the plugin.
    """

    name = "tidings-pipeline"

    def __init__(self, options: Options, version: str) -> None:
        self.options = options
        self.version = version

    def setup(self, worker: Any) -> None:
        """Check the tidings version and build the pipeline."""
        from .. import __version__
        from ..code import get_pipeline

        if __version__ != self.version:
            raise ConfigError(
                f"worker {worker.address} runs tidings {__version__}, the driver {self.version}",
                fix="install the same tidings version on the driver and every worker",
            )
        get_pipeline(self.options)
