"""The flow on a Dask cluster (``newsclean run --dask ADDRESS|local``): prefect-dask's
``DaskTaskRunner`` runs the CPU stages' tasks on the cluster's workers.

The workers read raw/ and write the article files and the files of the run's folder
(``flows.runfiles``); the flow's process plans, stages, deduplicates and commits, and is the
only one that opens the state: a ``WorkerPlugin`` marks every worker (``state.WORKER_ENV``)
so that opening it there fails. Before the first task the flow checks that the workers run
the same newsclean (``PIPELINE_VERSION``), and drains each worker's Prefect events client:
one left bound to an earlier run's temporary server would lose this run's task states.

prefect-dask and distributed are imported only when a run uses a cluster: importing them
costs about a second, which a run that finds nothing new must not pay.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import os
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cleaners.config import ConfigError, PipelineConfig, parse_config

LOCAL = "local"
# The config file's key for a cluster (``dask = "tcp://host:8786"`` or ``"local"``): a run
# setting, not a cleaning one, so it is taken out before ``cleaners.config`` reads the rest.
CONFIG_KEY = "dask"


class ClusterError(RuntimeError):
    """The cluster cannot run this flow (another newsclean on its workers, say)."""


def split_config(text: str) -> tuple[PipelineConfig, str | None]:
    """A config file's settings, and the cluster it names (``dask``; None: none).

    >>> cfg, spec = split_config('dask = "local"  # the CPU work on a local cluster')
    >>> spec, cfg.batch_size
    ('local', 2000)
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}") from None
    spec = data.pop(CONFIG_KEY, None)
    if spec is not None and (not isinstance(spec, str) or not spec.strip()):
        raise ConfigError(
            f'{CONFIG_KEY} must be a scheduler\'s address ("tcp://host:8786") or "local",'
            f" got {spec!r}"
        )
    return parse_config(data), spec


def read_config(path: str | None) -> tuple[PipelineConfig, str | None]:
    if not path:
        return PipelineConfig(), None
    return split_config(Path(path).read_text(encoding="utf-8"))


def is_dask(runner: Any) -> bool:
    """Whether a task runner is prefect-dask's (told without importing prefect_dask)."""
    return type(runner).__module__.startswith("prefect_dask")


# Settings for the cluster's workers: the statistical profiler samples every thread 100 times
# a second, in the task's process (see ``dask_runner``). Raising the event loop's tick (20 ms)
# and the memory monitor's interval (100 ms) too made no difference that showed (0.90x
# against 0.91x, alternated medians of 3), so they are left alone.
QUIET: dict[str, object] = {"distributed.worker.profile.enabled": False}


def dask_runner(spec: str, workers: int) -> Any:
    """prefect-dask's task runner for ``--dask``: ``local`` starts a cluster of ``workers``
    processes with one thread each, in this process's machine, for the run's time (its
    scheduler runs in the flow's process); an address connects to an existing cluster.

    The workers' statistical profiler is turned off: it samples every thread 100 times a
    second, and on 2 cores a local cluster of 2 workers ran 20k documents 10-20 % slower
    with it (0.80-0.90 of the process pool, against 0.91-1.02 without). Results come
    straight from the workers, not through the scheduler."""
    import dask
    from prefect_dask.task_runners import DaskTaskRunner

    for key, value in QUIET.items():
        dask.config.set({key: value})
        # a local cluster's worker processes read the configuration from the environment
        os.environ["DASK_" + key.upper().replace(".", "__").replace("-", "_")] = str(value)
    if spec == LOCAL:
        return DaskTaskRunner(
            cluster_kwargs={
                "n_workers": workers,
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,
            },
            client_kwargs={"direct_to_workers": True},
        )
    return DaskTaskRunner(address=spec, client_kwargs={"direct_to_workers": True})


def is_loopback(address: str) -> bool:
    """Whether a scheduler's address is on this machine (its workers can reach Prefect's
    temporary server on 127.0.0.1).

    >>> is_loopback("tcp://127.0.0.1:8786"), is_loopback("localhost:8786")
    (True, True)
    >>> is_loopback("tcp://10.0.0.5:8786"), is_loopback("tls://sched.example:8786")
    (False, False)
    """
    if address == LOCAL:
        return True
    host = urlsplit(address if "://" in address else f"tcp://{address}").hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def threads(runner: Any) -> int:
    """How many tasks a Dask task runner runs at once: its local cluster's worker threads
    (without starting it), or an existing cluster's, asked of its scheduler."""
    if runner.address is None and runner._cluster is None:
        kwargs = runner.cluster_kwargs
        return int(kwargs.get("n_workers") or 1) * int(kwargs.get("threads_per_worker") or 1)
    return max(1, int(sum(runner.client.nthreads().values())))


def current_runner() -> Any:
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    return ctx.task_runner if ctx is not None else None


def prepare(runner: Any) -> None:
    """Before a run's first task on a cluster: mark its workers (they must not open the
    state), check that they run this newsclean, and drain their Prefect events (see the
    module's docstring). Raises ClusterError."""
    from flows.cluster_plugin import NewscleanWorker

    client = runner.client
    client.register_plugin(NewscleanWorker())
    want = _versions()
    try:
        have = client.run(_versions)
    except Exception as exc:  # a worker without newsclean cannot even unpickle the call
        raise ClusterError(
            f"the cluster's workers cannot run newsclean ({type(exc).__name__}: {exc});"
            " install the same newsclean on every worker"
        ) from None
    if not have:
        raise ClusterError("the cluster has no workers; start some and run again")
    other = {w: v for w, v in have.items() if v != want}
    if other:
        worker, (version, pipeline, code) = sorted(other.items())[0]
        raise ClusterError(
            f"{len(other)} of the cluster's {len(have)} workers run another newsclean"
            f" ({worker}: newsclean {version}, PIPELINE_VERSION {pipeline}, code {code}; this"
            f" run: newsclean {want[0]}, PIPELINE_VERSION {want[1]}, code {want[2]}); install"
            " the same newsclean on every worker (a worker started before newsclean changed"
            " keeps the code it imported: restart it)"
        )
    drain(client)


def drain(client: Any) -> None:
    """Flush and stop each worker's Prefect events client (one per process, bound to the
    first API it used; after a drain the next task makes a new one, for this run's API)."""
    # (the dashboard's records only: never fail a run on it)
    with contextlib.suppress(Exception):
        client.run(_drain_events)


async def _drain_events() -> None:
    from prefect.events.worker import EventsWorker

    drained = EventsWorker.drain_all(timeout=10)
    if not isinstance(drained, tuple):  # (a coroutine, called on the worker's event loop)
        await drained


def _versions() -> tuple[str, str, str]:
    """This process's newsclean: its version, PIPELINE_VERSION, and a digest of the code of
    ``cleaners`` and ``flows`` as imported (a worker started before a change, or a checkout
    edited without a new PIPELINE_VERSION, differs there)."""
    from flows.plan import PIPELINE_VERSION
    from newsclean import __version__

    return (__version__, PIPELINE_VERSION, _code_digest())


_digest: list[str] = []


def _code_digest() -> str:
    """sha256 of the source files of the ``cleaners`` and ``flows`` packages, first 12
    digits. Taken once per process, at its first check: a long-lived worker keeps the
    digest of the code it has, so a later change on disk shows as a difference."""
    if not _digest:
        import cleaners

        h = hashlib.sha256()
        for package in (Path(cleaners.__file__).parent, Path(__file__).parent):
            for path in sorted(package.rglob("*.py")):
                h.update(path.relative_to(package.parent).as_posix().encode())
                h.update(path.read_bytes())
        _digest.append(h.hexdigest()[:12])
    return _digest[0]


@contextmanager
def on_cluster() -> Iterator[None]:
    """While the flow runs: at its end, drain the workers' Prefect events, so the run's
    last task states reach the server before a temporary one stops."""
    runner = current_runner()
    try:
        yield
    finally:
        if is_dask(runner) and runner._client is not None:
            drain(runner._client)
