"""The dashboard path: a real `prefect server start` process, a real `newsclean run` against it,
and the flow run, its task runs and its artifacts read back through the server's API."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.builders import build_raw

pytestmark = [pytest.mark.flow, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def api(url: str, path: str, body: dict | None = None) -> object:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        url + path, data=data, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
    }
    env.pop("PREFECT_PROFILE", None)
    log = (home / "server.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "prefect",
            "server",
            "start",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-ui",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if api(url, "/health") is True:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((home / "server.log").read_text()[-2000:])
            time.sleep(0.5)
        yield url, env
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_run_against_a_real_server_is_readable_through_the_api(
    server: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    url, env = server
    raw = tmp_path / "raw"
    raw.mkdir()
    want = build_raw(raw)
    out = tmp_path / "clean"
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "run", "--raw", str(raw), "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    run_id = json.loads((out / "report.json").read_text())["run_id"]

    flow_run = api(url, f"/flow_runs/{run_id}")
    assert isinstance(flow_run, dict) and flow_run["state_type"] == "COMPLETED"
    tasks = api(url, "/task_runs/filter", {"flow_runs": {"id": {"any_": [run_id]}}, "limit": 50})
    names = {t["name"].rsplit("-", 1)[0] for t in tasks}  # type: ignore[union-attr]
    expected = {"discover-inputs", "clean-batch", "deduplicate", "write-articles", "write-indexes"}
    assert expected <= names
    artifacts = api(url, "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [run_id]}}})
    by_key = {a["key"]: a for a in artifacts if a.get("key")}  # type: ignore[union-attr]
    summary = by_key["run-summary"]["data"]
    summary = json.loads(summary) if isinstance(summary, str) else summary
    metrics = {row["metric"]: row["value"] for row in summary}
    assert metrics["documents read"] == want["read"]
    assert metrics["duplicates"] == want["duplicates"]
    assert "harbor/port-copy.txt" in by_key["duplicate-clusters"]["data"]
