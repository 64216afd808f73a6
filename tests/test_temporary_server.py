"""The CLI's own start of Prefect's temporary server (``newsclean.launch.TemporaryServer``):
the command and environment Prefect would use, when it starts one and when not, and what
its wait does with a port taken, a server that died or one that never answers."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import types
from typing import Any

import pytest

from flows.server_guard import GUARD_MODULE
from newsclean import launch
from newsclean.launch import TemporaryServer


class FakeProcess:
    """A server process whose ``poll`` answers in turn from ``codes`` (then the last)."""

    def __init__(self, codes: list[int | None]) -> None:
        self.codes = codes
        self.terminated = self.killed = False

    def poll(self) -> int | None:
        return self.codes.pop(0) if len(self.codes) > 1 else self.codes[0]

    def terminate(self) -> None:
        self.terminated = True

    def kill(self) -> None:
        self.killed = True

    def wait(self, timeout: float | None = None) -> int:
        return 0


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], dict[str, str]]]:
    """Every process a TemporaryServer launches, not started: (command, environment)."""
    calls: list[tuple[list[str], dict[str, str]]] = []

    def popen(args: list[str], env: dict[str, str], **kwargs: Any) -> FakeProcess:
        calls.append((args, env))
        return FakeProcess([None])

    fake = types.SimpleNamespace(Popen=popen, TimeoutExpired=subprocess.TimeoutExpired)
    monkeypatch.setattr(launch, "subprocess", fake)
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    return calls


def test_command_and_environment_are_prefects_own_under_the_guard(
    launched: list[tuple[list[str], dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same uvicorn arguments and server settings as Prefect's own start of its
    temporary server (so a Prefect upgrade that changes them fails here), run by the guard
    with this process's pid."""
    server_mod = pytest.importorskip("prefect.server.api.server")
    monkeypatch.setattr(server_mod, "subprocess", vars(launch)["subprocess"])  # the fake
    prefects = object.__new__(server_mod.SubprocessASGIServer)
    prefects.port = 8765
    run_uvicorn = server_mod.SubprocessASGIServer._run_uvicorn_command
    getattr(run_uvicorn, "__wrapped__", run_uvicorn)(prefects)  # Prefect's own, unguarded
    ((plain_args, plain_env),) = launched

    ours = TemporaryServer(verbose=False)
    ours.port = 8765
    args = ours.command()
    assert plain_args[:3] == [sys.executable, "-m", "uvicorn"]
    assert args == [sys.executable, "-m", GUARD_MODULE, str(os.getpid()), *plain_args[3:]]
    for key in ("PREFECT_UI_ENABLED", "PREFECT__SERVER_EPHEMERAL", "PREFECT__SERVER_FINAL"):
        assert ours.env[key] == plain_env[key]


def test_no_server_when_an_api_url_is_set(
    launched: list[tuple[list[str], dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert TemporaryServer.start() is None
    assert launched == []


def test_a_server_the_settings_rule_out_is_stopped_at_once(
    launched: list[tuple[list[str], dict[str, str]]],
) -> None:
    """An API URL from Prefect's settings (a profile, say) and not from the environment: the
    server launched before the settings were read is stopped, and Prefect uses that API."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:4200/api"}):
        assert TemporaryServer.start() is None
    assert len(launched) == 1


def test_started_server_points_prefect_at_itself(
    launched: list[tuple[list[str], dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once it answers, every thread's Prefect uses it (the process's settings, which a
    thread without settings of its own reads) and so do the processes started later."""
    import prefect.context
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_SERVER_EPHEMERAL_ENABLED,
        get_current_settings,
        temporary_settings,
    )

    monkeypatch.setattr(launch, "_answers", lambda url: True)
    # settings as a user's are by default (the test session's name an API of their own)
    with temporary_settings(
        updates={PREFECT_SERVER_EPHEMERAL_ENABLED: True}, restore_defaults={PREFECT_API_URL}
    ):
        server = TemporaryServer.start()
    assert server is not None and len(launched) == 1
    assert server.api_url == f"http://127.0.0.1:{server.port}/api"
    assert 8000 <= server.port < 9000
    saved = prefect.context.GLOBAL_SETTINGS_CONTEXT
    try:
        url = server.serve_here()
        assert url == server.api_url
        assert os.environ["PREFECT_API_URL"] == url  # the workers it spawns inherit it
        seen: list[str | None] = []
        thread = threading.Thread(target=lambda: seen.append(get_current_settings().api.url))
        thread.start()
        thread.join()
        assert seen == [url]
    finally:
        monkeypatch.delenv("PREFECT_API_URL", raising=False)
        prefect.context.GLOBAL_SETTINGS_CONTEXT = saved
    process = server.process
    assert isinstance(process, FakeProcess)
    server.stop()
    assert process.terminated and server.process is None
    server.stop()  # again, as at exit: nothing left to stop


def test_wait_takes_another_port_when_its_port_was_taken(
    launched: list[tuple[list[str], dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(launch, "_answers", lambda url: True)
    server = TemporaryServer(verbose=False)
    server.process = FakeProcess([TemporaryServer.PORT_IN_USE])  # type: ignore[assignment]
    server.wait()
    assert len(launched) == 1  # a second launch, on a port found free
    assert launched[0][0][launched[0][0].index("--port") + 1] == str(server.port)


def test_wait_says_when_the_server_died_or_never_answered(
    launched: list[tuple[list[str], dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(launch, "_answers", lambda url: False)
    server = TemporaryServer(verbose=False)
    server.process = FakeProcess([None, 1])  # type: ignore[assignment]
    with pytest.raises(RuntimeError, match="exited with code 1"):
        server.wait()
    server = TemporaryServer(verbose=False)
    server.timeout = 0.2
    silent = FakeProcess([None])
    server.process = silent  # type: ignore[assignment]
    with pytest.raises(RuntimeError, match="did not answer within"):
        server.wait()
    assert silent.terminated and server.process is None


def test_free_port_skips_ports_in_use() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(RuntimeError, match="no free port"):
            launch._free_port(range(port, port + 1))
        assert launch._free_port(range(port, port + 1000)) != port
