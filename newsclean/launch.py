"""How ``newsclean run`` and ``newsclean serve`` start the flow: Prefect's settings and its
temporary server, the task runner, the progress bar, and ``serve``'s stop on SIGTERM.

Prefect (and rich) are imported only inside these functions, so ``--help`` and ``explain``
never import them.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import random
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Seconds a run waits for Prefect's temporary server to answer (Prefect's default is 20; on a
# loaded 2-core machine the start took longer, and the run failed before it began).
EPHEMERAL_STARTUP_SECONDS = "90"


def quiet_prefect_defaults(verbose: bool = True, guard: bool = True) -> None:
    """Prefect's settings for a CLI run, where the user has not set them; ``guard``: a
    temporary server Prefect starts stops with this process, even one killed with SIGKILL
    (``run`` starts its own, ``TemporaryServer``)."""
    # Ephemeral runs print "database is locked" tracebacks from the telemetry heartbeat
    # (PrefectHQ/prefect#18934); turning analytics off removes them. Users can override both.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault(
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", EPHEMERAL_STARTUP_SECONDS
    )
    if not verbose:  # the terminal gets warnings and errors; the API (dashboard) every log
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
    if guard:
        from flows.server_guard import guard_temporary_server

        guard_temporary_server()


class TemporaryServer:
    """Prefect's temporary API server for one run, started by the CLI as soon as it knows a
    flow will run, so that the server starts (3.5-4.5 s) while this process imports the flow.

    Prefect would start the same server at the flow's first call, with the CLI waiting: the
    same command (uvicorn on Prefect's app factory, port 8000-8999, the UI off), the same
    environment and database. The CLI also no longer imports Prefect's server modules (about
    1.5 s). It runs under ``flows.server_guard``, so it stops with the CLI however the CLI
    ends, and ``stop`` ends it as Prefect's own ``stop`` does."""

    PORTS = range(8000, 9000)
    PORT_IN_USE = 3  # uvicorn's exit code when its port is taken

    def __init__(self, verbose: bool) -> None:
        spec = importlib.util.find_spec("prefect")  # where it is, without importing it
        assert spec is not None and spec.submodule_search_locations
        self.app_dir = str(Path(spec.submodule_search_locations[0]).parent)
        self.env = {
            **os.environ,
            "PREFECT_UI_ENABLED": "0",
            "PREFECT__SERVER_EPHEMERAL": "1",
            "PREFECT__SERVER_FINAL": "1",
        }
        self.timeout = float(EPHEMERAL_STARTUP_SECONDS)
        self.verbose = verbose
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @classmethod
    def start(cls, verbose: bool = False) -> TemporaryServer | None:
        """The server, starting; None where Prefect starts none: an API URL is configured,
        or the settings turn the temporary server off (Prefect then says what to do).

        Launched before Prefect is imported (a second of this process's start-up) unless
        PREFECT_API_URL is set; a server the settings then rule out (an API URL from a
        profile, say) is stopped at once. The server reads the same settings: the same
        environment, working folder and Prefect home."""
        if os.environ.get("PREFECT_API_URL"):
            return None
        server = cls(verbose)
        server._launch()
        # at exit, after Prefect's log and event workers (registered later, so run earlier)
        # have sent what they hold, as Prefect stops its own temporary server
        atexit.register(server.stop)
        from prefect.settings import get_current_settings

        settings = get_current_settings()
        if settings.api.url or not settings.server.ephemeral.enabled:
            server.stop()
            return None
        server.timeout = float(settings.server.ephemeral.startup_timeout_seconds)
        if verbose:
            print(f"Starting temporary server on http://127.0.0.1:{server.port}", file=sys.stderr)
        return server

    def command(self) -> list[str]:
        """Prefect's own uvicorn command for its temporary server, run by the guard."""
        from flows.server_guard import guarded_command

        uvicorn = [sys.executable, "-m", "uvicorn", "--app-dir", self.app_dir, "--factory"]
        uvicorn += ["prefect.server.api.server:create_app", "--host", "127.0.0.1"]
        uvicorn += ["--port", str(self.port), "--log-level", "error", "--lifespan", "on"]
        return guarded_command(uvicorn, os.getpid())

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def _launch(self) -> None:
        self.port = _free_port(self.PORTS)
        self.process = subprocess.Popen(self.command(), env=self.env)

    def wait(self) -> None:
        """Until the server answers (its port taken meanwhile: another port); raises
        RuntimeError when it exits or does not answer within Prefect's start-up timeout."""
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            code = self.process.poll()
            if code == self.PORT_IN_USE:
                self._launch()
            elif code is not None:
                raise RuntimeError(f"Prefect's temporary server exited with code {code}")
            elif _answers(f"{self.api_url}/health"):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(
            f"Prefect's temporary server did not answer within {self.timeout:.0f} s "
            "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)"
        )

    def serve_here(self) -> str:
        """Wait for the server, then point this process's Prefect at it for the rest of the
        process: its settings in every thread (the threads Prefect started already too:
        their settings are the process's, built from the environment), the processes it
        starts, and its log and event workers as they send what they hold at exit."""
        from prefect.context import refresh_global_settings_context

        self.wait()
        os.environ["PREFECT_API_URL"] = self.api_url
        refresh_global_settings_context()
        return self.api_url

    def stop(self) -> None:
        """Stop the server: uvicorn shuts down on SIGTERM; killed if not gone in 5 s."""
        process, self.process = self.process, None
        if process is None:
            return
        if self.verbose:
            print(f"Stopping temporary server on http://127.0.0.1:{self.port}", file=sys.stderr)
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _free_port(ports: range) -> int:
    """A port of ``ports`` nothing listens on now, picked at random as Prefect picks its
    temporary server's (runs side by side each get their own)."""
    for _ in range(50):
        port = random.choice(ports)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {ports.start}-{ports.stop - 1} for Prefect's server")


def _answers(url: str) -> bool:
    """Whether ``url`` answers 200, asked directly (never through a proxy the environment
    names: the server is on this machine's loopback)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=2) as resp:
            return bool(resp.status == 200)
    except (OSError, urllib.error.URLError):
        return False


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
