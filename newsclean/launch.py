"""How ``newsclean run`` and ``newsclean serve`` start the flow: Prefect's settings for its
temporary server, the task runner, the progress bar, and ``serve``'s stop on SIGTERM.

Prefect (and rich) are imported only inside these functions, so ``--help`` and ``explain``
never import them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

# Seconds a run waits for Prefect's temporary server to answer (Prefect's default is 20; on a
# loaded 2-core machine the start took longer, and the run failed before it began).
EPHEMERAL_STARTUP_SECONDS = "90"


def quiet_prefect_defaults(verbose: bool = True) -> None:
    # Ephemeral runs print "database is locked" tracebacks from the telemetry heartbeat
    # (PrefectHQ/prefect#18934); turning analytics off removes them. Users can override both.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault(
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", EPHEMERAL_STARTUP_SECONDS
    )
    if not verbose:  # the terminal gets warnings and errors; the API (dashboard) every log
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
    # a temporary server stops with this process, even one killed with SIGKILL
    from flows.server_guard import guard_temporary_server

    guard_temporary_server()


def progress_bar() -> tuple[Any, Callable[[int, int, int], None]]:
    """The run's progress bar on stderr (files done of all, documents read, the rate since the
    flow started cleaning), and the hook the flow calls to move it."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("cleaning"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[docs]:,} documents · {task.fields[rate]}"),
        TimeElapsedColumn(),
        console=_stderr_console(),
        transient=True,
        redirect_stdout=False,  # worker processes must not inherit rich's stream proxies
        redirect_stderr=False,
    )
    task_id = progress.add_task("clean", total=None, docs=0, rate="")
    clock = [time.perf_counter()]

    def hook(done: int, total: int, docs: int) -> None:
        if done == 0:  # the flow starts cleaning now
            clock[0] = time.perf_counter()
        spent = time.perf_counter() - clock[0]
        rate = f"{docs / spent:,.0f} documents/s" if docs and spent > 0 else ""
        progress.update(task_id, completed=done, total=total, docs=docs, rate=rate)

    return progress, hook


def task_runner(workers: int, dask: str | None = None) -> Any:
    """Worker processes (``--workers``), or a Dask cluster's workers (``--dask``); the flow
    starts them only for a stage too large for its own thread, and points them at its own
    Prefect API (see ``flows.workers``)."""
    if dask:
        from flows.cluster import dask_runner

        return dask_runner(dask, workers)
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

    if workers < 2:
        return ThreadPoolTaskRunner(max_workers=1)
    return ProcessPoolTaskRunner(max_workers=workers)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def stop_serving_on_sigterm() -> None:
    """SIGTERM stops ``serve`` as Ctrl-C does. Prefect's own handler calls the runner's async
    stop from inside the event loop without awaiting it (a "coroutine 'Runner.astop' was
    never awaited" warning, and the runner not stopped cleanly)."""
    from prefect.runner import Runner

    def stop(self: Any, *args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    Runner.handle_sigterm = stop  # type: ignore[method-assign]
