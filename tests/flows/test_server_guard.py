"""Prefect's temporary server stops with the CLI that started it, even a CLI killed with
SIGKILL (``flows.server_guard``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from flows.server_guard import GUARD_MODULE, guard_temporary_server, guarded_command

ROOT = Path(__file__).resolve().parents[2]

STORY = (
    "{site} council approves the {n} budget\n"
    "The city council of {site} approved the budget for the coming year after a long debate.\n"
    "Deputies agreed to spend more on repairing schools and hospitals in the old districts.\n"
    "The mayor said the first works would begin in spring, once the weather allows it.\n"
)


def test_wrapped_command_runs_uvicorn_under_the_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Prefect's own ``_run_uvicorn_command``, wrapped: the guard module with this process's
    pid, then uvicorn's arguments unchanged, and the same environment."""
    server_mod = pytest.importorskip("prefect.server.api.server")
    assert guard_temporary_server(force=True)
    assert guard_temporary_server(force=True)  # idempotent: wrapped once
    cls = server_mod.SubprocessASGIServer
    assert getattr(cls._run_uvicorn_command, "_newsclean_guard", False)
    assert not getattr(cls._run_uvicorn_command.__wrapped__, "_newsclean_guard", False)

    calls: list[tuple[list[str], dict[str, Any]]] = []

    def fake_popen(args: list[str], **kwargs: Any) -> str:
        calls.append((args, kwargs))
        return "process"

    monkeypatch.setattr(subprocess, "Popen", fake_popen)
    server = object.__new__(cls)  # not registered in Prefect's registry of servers
    server.port = 8765
    assert cls._run_uvicorn_command(server) == "process"
    cls._run_uvicorn_command.__wrapped__(server)  # Prefect's own, unwrapped
    (args, kwargs), (plain_args, plain_kwargs) = calls
    assert plain_args[:3] == [sys.executable, "-m", "uvicorn"]
    assert args == [sys.executable, "-m", GUARD_MODULE, str(os.getpid()), *plain_args[3:]]
    assert args[args.index("--port") + 1] == "8765"
    assert kwargs == plain_kwargs and kwargs["env"]["PREFECT__SERVER_EPHEMERAL"] == "1"
    assert guarded_command(["git", "status"], 7) == ["git", "status"]  # others: unchanged


def children() -> dict[int, list[int]]:
    """Every process's children, from /proc/*/stat."""
    kids: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile
        kids.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return kids


def cmdline(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")
    except OSError:
        return []


def alive(pid: int) -> bool:
    """Running (a zombie left for its new parent to reap counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def healthy(port: str) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.flow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_sigkilled_cli_takes_its_temporary_server_with_it(tmp_path: Path) -> None:
    raw = tmp_path / "raw" / "site"
    raw.mkdir(parents=True)
    for n in range(4):
        (raw / f"story-{n}.txt").write_text(STORY.format(site=f"Town{n}", n=2020 + n))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")  # a server of its own, no API URL
    # a backstop: a run that got past staging before the test's kill kills itself there
    env["NEWSCLEAN_KILL_AT"] = "after-stage"
    args = ["run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "clean")]
    log = (tmp_path / "cli.log").open("w")
    cli = subprocess.Popen(
        [sys.executable, "-m", "newsclean", *args, "--workers", "1"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    server = 0
    try:
        deadline = time.monotonic() + 90
        while not server and cli.poll() is None and time.monotonic() < deadline:
            server = next((k for k in children().get(cli.pid, []) if GUARD_MODULE in cmdline(k)), 0)
            time.sleep(0.05)
        assert server, f"no temporary server started:\n{(tmp_path / 'cli.log').read_text()}"
        command = cmdline(server)
        port = command[command.index("--port") + 1]
        up = False
        while not up and cli.poll() is None and time.monotonic() < deadline:
            up = healthy(port)
            time.sleep(0.1)
        # (a run that killed itself at the backstop had a server that answered)
        assert up or cli.poll() == -signal.SIGKILL, "the temporary server never answered"
        if cli.poll() is None:
            cli.send_signal(signal.SIGKILL)
        assert cli.wait(timeout=10) == -signal.SIGKILL
        killed = time.monotonic()
        while alive(server) and time.monotonic() - killed < 20:
            time.sleep(0.1)
        gone_after = time.monotonic() - killed
        assert not alive(server), f"server {server} still runs {gone_after:.0f} s after the kill"
        print(f"temporary server gone {gone_after:.1f} s after the CLI's SIGKILL")
    finally:
        log.close()
        if cli.poll() is None:
            cli.kill()
            cli.wait()
        if server and alive(server):
            os.kill(server, signal.SIGKILL)
