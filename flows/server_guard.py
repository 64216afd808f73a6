"""Tie Prefect's temporary API server to the process that started it.

Without PREFECT_API_URL, Prefect starts a temporary server as a child process
(``python -m uvicorn ...``, from ``SubprocessASGIServer._run_uvicorn_command``) and stops it
at exit. A process killed with SIGKILL runs no exit code, and its server ran on, about
225 MB each time. ``guard_temporary_server()`` makes Prefect start that child as
``python -m flows.server_guard PARENT_PID <uvicorn's arguments>`` instead: the same process
with the same environment, running uvicorn in-process, plus a thread that watches the parent
and stops the server once the parent is gone, however it died.

The watch compares ``os.getppid()`` with the parent's pid (an orphan is adopted by init or a
subreaper). PR_SET_PDEATHSIG is not used: it fires when the *thread* that started the child
exits, and Prefect may start the server from a short-lived thread.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
import time
import types
from collections.abc import Sequence
from typing import Any

GUARD_MODULE = "flows.server_guard"
POLL_SECONDS = 1.0
# uvicorn shuts down on SIGTERM; a server not gone this long after is ended outright
GRACE_SECONDS = 5.0

_install_lock = threading.Lock()
_launching = threading.local()  # set while the wrapped method runs, in that thread only


def guarded_command(args: Sequence[str], parent_pid: int) -> list[str]:
    """``python -m uvicorn ARGS`` as ``python -m flows.server_guard PARENT_PID ARGS``;
    any other command unchanged.

    >>> guarded_command(["py", "-m", "uvicorn", "--port", "8000"], 42)
    ['py', '-m', 'flows.server_guard', '42', '--port', '8000']
    >>> guarded_command(["py", "-m", "other"], 42)
    ['py', '-m', 'other']
    """
    args = [str(a) for a in args]
    if len(args) >= 3 and args[1:3] == ["-m", "uvicorn"]:
        return [args[0], "-m", GUARD_MODULE, str(parent_pid), *args[3:]]
    return args


class _GuardedSubprocess(types.ModuleType):
    """Prefect's server module's ``subprocess``: the real module, but a ``Popen`` called from
    within the wrapped ``_run_uvicorn_command`` starts the guarded command."""

    def __init__(self, real: types.ModuleType) -> None:
        super().__init__(real.__name__, real.__doc__)
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def Popen(self, args: Any, *rest: Any, **kwargs: Any) -> Any:  # noqa: N802 (subprocess's name)
        parent = getattr(_launching, "parent", None)
        if parent is not None and isinstance(args, list | tuple):
            args = guarded_command(args, parent)
        return self._real.Popen(args, *rest, **kwargs)


def _api_url_configured() -> bool:
    from prefect.settings import get_current_settings

    return bool(os.environ.get("PREFECT_API_URL") or get_current_settings().api.url)


def guard_temporary_server(force: bool = False) -> bool:
    """Make every temporary server Prefect starts from now on in this process stop when this
    process dies. Idempotent. Returns whether the guard is in place.

    With an API URL configured no temporary server starts, and Prefect's server module (over
    a second to import) is left unimported, unless ``force`` or it is imported already. A
    Prefect without the private method it wraps is left as it is."""
    if not force and "prefect.server.api.server" not in sys.modules and _api_url_configured():
        return False
    try:
        from prefect.server.api import server as server_module
    except ImportError:
        return False
    cls = getattr(server_module, "SubprocessASGIServer", None)
    with _install_lock:
        original = getattr(cls, "_run_uvicorn_command", None)
        real_subprocess = getattr(server_module, "subprocess", None)
        if (
            cls is None
            or not callable(original)
            or not isinstance(real_subprocess, types.ModuleType)
        ):
            return False
        if getattr(original, "_newsclean_guard", False):
            return True

        @functools.wraps(original)
        def run_uvicorn_command(self: Any, *args: Any, **kwargs: Any) -> Any:
            _launching.parent = os.getpid()  # this process's pid now (not at install: forks)
            try:
                return original(self, *args, **kwargs)
            finally:
                _launching.parent = None

        run_uvicorn_command._newsclean_guard = True  # type: ignore[attr-defined]
        if not isinstance(real_subprocess, _GuardedSubprocess):
            guarded = _GuardedSubprocess(real_subprocess)
            server_module.subprocess = guarded  # type: ignore[attr-defined]
        cls._run_uvicorn_command = run_uvicorn_command
    return True


def _watch_parent(
    parent_pid: int, poll: float = POLL_SECONDS, grace: float = GRACE_SECONDS
) -> None:
    """Wait until the parent is gone, then SIGTERM this process (uvicorn shuts down
    cleanly) and exit outright if it still runs ``grace`` seconds later."""
    while os.getppid() == parent_pid:
        time.sleep(poll)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(grace)
    os._exit(1)


def main(argv: Sequence[str]) -> None:
    """``python -m flows.server_guard PARENT_PID UVICORN_ARGS...``"""
    import runpy

    if not argv or not argv[0].isdigit():
        sys.exit("usage: python -m flows.server_guard PARENT_PID [uvicorn arguments...]")
    parent_pid = int(argv[0])
    threading.Thread(
        target=_watch_parent, args=(parent_pid,), name="server-guard", daemon=True
    ).start()
    sys.argv = ["uvicorn", *argv[1:]]
    runpy.run_module("uvicorn", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
