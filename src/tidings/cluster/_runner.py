"""Where the read and code tasks run: in this process, or on a Dask cluster.

:func:`open_runner` picks the runner from an address and a job count:

- no address and at most one job: :class:`InProcess` (no Dask needed);
- ``"local"``, or no address and ``jobs`` > 1: a Dask ``LocalCluster`` started
  here with one single-threaded worker process per job (default: one per core),
  stopped again when the runner closes;
- any other address: the Dask scheduler there (``tcp://host:8786``), whose
  workers must have tidings and the spaCy model installed.

Every Dask worker gets the :class:`~tidings.cluster._plugin.PipelinePlugin`,
which builds the coding pipeline once when the worker starts (or joins later).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable, Optional, Protocol

from .._errors import ConfigError, MissingExtra, PipelineError, TidingsError
from .._options import Options

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["Runner", "InProcess", "DaskRunner", "open_runner", "LOCAL"]

#: The address that starts a local cluster.
LOCAL = "local"


class TaskFuture(Protocol):
    """The part of a future the stream uses (Dask futures have it)."""

    def done(self) -> bool: ...

    def result(self) -> Any: ...


class Runner(Protocol):
    """Runs tasks and hands back futures."""

    workers: int  # how many tasks run at once
    parallel: bool  # whether tasks run beside the driver (worth submitting ahead)

    def submit(self, fn: Callable[..., Any], *args: Any) -> TaskFuture: ...

    def wait_any(self, futures: list[TaskFuture]) -> None: ...

    def gather(self, futures: list[TaskFuture]) -> list[Any]: ...

    def close(self) -> None: ...


class _Done:
    """A future of a task that already ran."""

    def __init__(self, value: Any = None, error: Optional[BaseException] = None) -> None:
        self._value = value
        self._error = error

    def done(self) -> bool:
        return True

    def result(self) -> Any:
        if self._error is not None:
            raise self._error
        return self._value


class InProcess:
    """Runs each task when it is submitted, in this process."""

    workers = 1
    parallel = False

    def submit(self, fn: Callable[..., Any], *args: Any) -> TaskFuture:
        """Run ``fn(*args)`` now; its result (or exception) waits in the future."""
        try:
            return _Done(fn(*args))
        except Exception as exc:  # handed over at result(), as a Dask future would
            return _Done(error=exc)

    def wait_any(self, futures: list[TaskFuture]) -> None:
        """Nothing to wait for: every task has run."""

    def gather(self, futures: list[TaskFuture]) -> list[Any]:
        """The results, in order."""
        return [f.result() for f in futures]

    def close(self) -> None:
        """Nothing to release."""

    def __enter__(self) -> "InProcess":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class DaskRunner:
    """Tasks on a Dask cluster through a ``distributed.Client``."""

    parallel = True

    def __init__(self, client: "Client", *, owns_cluster: bool = False, address: str = "") -> None:
        self.client = client
        self.address = address
        self._owns = owns_cluster
        self.workers = max(1, sum(int(w.get("nthreads", 1)) for w in client.scheduler_info().get("workers", {}).values()))

    def submit(self, fn: Callable[..., Any], *args: Any) -> TaskFuture:
        """Submit ``fn(*args)`` as a task (pure=False: every call is its own task)."""
        future: TaskFuture = self.client.submit(fn, *args, pure=False)
        return future

    def wait_any(self, futures: list[TaskFuture]) -> None:
        """Block until at least one of ``futures`` is done."""
        if futures:
            wait: Any = _distributed().wait  # untyped in distributed
            wait(futures, return_when="FIRST_COMPLETED")

    def gather(self, futures: list[TaskFuture]) -> list[Any]:
        """The results, in order (one round trip)."""
        client: Any = self.client  # untyped in distributed
        return list(client.gather(futures))

    def close(self) -> None:
        """Disconnect; stop the local cluster if this runner started it."""
        client: Any = self.client  # untyped in distributed
        cluster = client.cluster if self._owns else None
        client.close()
        if cluster is not None:
            cluster.close()

    def __enter__(self) -> "DaskRunner":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingExtra("the distributed engine (--cluster)", "cluster", "distributed") from None
    return distributed


def open_runner(address: Optional[str], *, jobs: Optional[int] = None, options: Optional[Options] = None, code: bool = True) -> "InProcess | DaskRunner":
    """The runner for ``address`` (None, ``"local"`` or a scheduler address) and ``jobs``.

    With ``code``, every Dask worker builds the pipeline for ``options`` once
    (before this returns for the workers already there). Raises
    :class:`~tidings.MissingExtra` without Dask, :class:`~tidings.ConfigError`
    for ``jobs`` with a remote address and :class:`~tidings.PipelineError`
    when the scheduler cannot be reached or a worker cannot load tidings or
    the model.
    """
    if jobs is not None and jobs < 1:
        raise ConfigError(f"jobs must be at least 1, not {jobs}")
    if not address and (jobs or 1) == 1:
        return InProcess()
    if address and address != LOCAL and jobs is not None:
        raise ConfigError("jobs applies to a local cluster only", fix="size a remote cluster with its `dask worker` processes")
    distributed = _distributed()
    if not address or address == LOCAL:
        n = jobs or os.cpu_count() or 1
        try:
            cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        except Exception as exc:
            raise PipelineError(f"cannot start a local Dask cluster: {type(exc).__name__}: {exc}") from None
        runner = DaskRunner(distributed.Client(cluster), owns_cluster=True, address=LOCAL)
    else:
        try:
            client = distributed.Client(address, timeout="20s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise PipelineError(
                f"cannot reach the Dask scheduler at {address}: {exc}",
                fix="start one with `dask scheduler` and workers with `dask worker ADDRESS --nthreads 1`",
            ) from None
        runner = DaskRunner(client, address=address)
    if code:
        try:
            _prepare_workers(runner, options or Options())
        except BaseException:
            runner.close()
            raise
    return runner


def _prepare_workers(runner: DaskRunner, options: Options) -> None:
    """Register the pipeline plugin: each worker, now or when it joins, builds the pipeline once."""
    from .. import __version__
    from ._plugin import PipelinePlugin

    try:
        runner.client.register_plugin(PipelinePlugin(options, __version__), name=PipelinePlugin.name)
    except TidingsError:
        raise
    except Exception as exc:
        raise PipelineError(
            f"the Dask workers at {runner.address} could not prepare the pipeline: {type(exc).__name__}: {exc}",
            fix="install the same tidings and its spaCy model on every worker (pip install 'tidings[cluster]')",
        ) from None
