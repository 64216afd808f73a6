"""The flow on a real Dask cluster: a scheduler and two workers started here, on 127.0.0.1,
as separate processes (``dask scheduler``, ``dask worker``), each in a folder of its own.

The cluster's outputs must be the process pool's, byte for byte (but for the run id each
run writes into its articles); a worker killed with SIGKILL in the middle of a run costs
time, not correctness; the scheduler never holds article text; no worker opens the state.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.flow,
    pytest.mark.usefixtures("prefect_harness"),
    pytest.mark.xdist_group("dask"),  # one cluster for the module's tests
]

ROOT = Path(__file__).resolve().parents[2]
MARKER = "Quillwort-7Q4 is a marker no scheduler may hold"


@dataclass
class Cluster:
    address: str
    scheduler: subprocess.Popen[bytes]
    workers: dict[str, subprocess.Popen[bytes]]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _end(proc: subprocess.Popen[bytes]) -> None:
    """End a process started here by its pid: SIGTERM, then SIGKILL after 10 s (a worker
    that ran Prefect tasks may not exit on SIGTERM)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    from distributed import Client

    home = tmp_path_factory.mktemp("cluster")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    dask = [sys.executable, "-m", "dask"]
    quiet = ["--nthreads", "1", "--no-nanny", "--no-dashboard"]
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}
    env.pop("NEWSCLEAN_WORKER", None)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        scheduler = subprocess.Popen(
            [*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            cwd=home,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(scheduler)
        workers = {}
        for name in ("w1", "w2"):
            (home / name).mkdir()
            workers[name] = subprocess.Popen(
                [*dask, "worker", address, *quiet, "--name", name],
                cwd=home / name,  # not the project's folder: paths must be absolute
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            procs.append(workers[name])
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=90)
            client.run(_warm)  # import the flow's modules now, not in the first task
        yield Cluster(address, scheduler, workers)
    finally:
        for proc in reversed(procs):
            _end(proc)


def _warm() -> None:
    import flows.batches
    import flows.tasks  # noqa: F401


def _outputs(out: Path, run_id: str) -> dict[str, str]:
    """Every output file's sha256 (the state and the report aside), the run's id replaced:
    two runs write their own id into the articles they publish."""
    found = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out).as_posix()
        if p.is_file() and not rel.startswith(".newsclean") and rel != "report.json":
            data = p.read_bytes().replace(run_id.encode(), b"RUN")
            found[rel] = hashlib.sha256(data).hexdigest()
    return found


def _pooled(raw: Path, out: Path, batch_size: int) -> dict[str, str]:
    from prefect.task_runners import ProcessPoolTaskRunner

    from flows.clean_articles import clean_articles

    pooled = clean_articles.with_options(task_runner=ProcessPoolTaskRunner(max_workers=2))
    result = pooled(raw_dir=str(raw), out_dir=str(out), batch_size=batch_size)
    return _outputs(out, result["run_id"])


def _on_cluster(cluster: Cluster, raw: Path, out: Path, batch_size: int) -> dict[str, Any]:
    from flows.clean_articles import clean_articles
    from flows.cluster import dask_runner

    run = clean_articles.with_options(task_runner=dask_runner(cluster.address, 2))
    result: dict[str, Any] = run(raw_dir=str(raw), out_dir=str(out), batch_size=batch_size)
    return result


def _env(name: str) -> str | None:
    return os.environ.get(name)  # (in the worker's process)


def _open_state(out: str) -> str:
    from flows.state import State

    try:
        State(Path(out)).close()
    except Exception as exc:
        return type(exc).__name__
    return "opened"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The sample raw/ (text, JSON Lines, HTML pages, a WARC archive), a generated corpus of
    2,000 documents and a marker story, and the process pool's outputs for it."""
    sys.path.insert(0, str(ROOT))
    from bench.make_corpus import generate

    home = tmp_path_factory.mktemp("corpus")
    generate(home, 2000)
    shutil.copytree(ROOT / "raw", home / "raw", dirs_exist_ok=True)
    story = home / "raw" / "markers.example" / "story.txt"
    story.parent.mkdir(parents=True)
    body = [f"{MARKER}, paragraph {n}, long enough to be kept as prose." for n in range(8)]
    story.write_text("A headline for the marker story\n" + "\n".join(body) + "\n")
    return home / "raw", _pooled(home / "raw", home / "pooled", 250)


def _scan(marker: bytes, dask_scheduler: Any = None) -> tuple[int, int]:
    """On the scheduler: how many task specs it holds, and how many hold the marker."""
    import pickle

    import cloudpickle

    held = hits = 0
    for ts in list(dask_scheduler.tasks.values()):
        if ts.run_spec is None:
            continue
        held += 1
        try:
            blob = cloudpickle.dumps(ts.run_spec, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            blob = repr(ts.run_spec).encode()
        hits += marker in blob
    return held, hits


def test_the_cluster_gives_the_process_pools_outputs_holds_no_text_and_never_opens_the_state(
    cluster: Cluster, corpus: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    from distributed import Client

    from flows.state import WORKER_ENV

    raw, want = corpus
    scans: list[tuple[int, int]] = []
    done = threading.Event()
    with Client(cluster.address, timeout=30) as client:

        def watch() -> None:
            while not done.is_set():
                scans.append(client.run_on_scheduler(_scan, MARKER.encode()))
                time.sleep(0.1)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            result = _on_cluster(cluster, raw, tmp_path / "dask", 250)
        finally:
            done.set()
            watcher.join(30)
    assert _outputs(tmp_path / "dask", result["run_id"]) == want
    held = [h for h, _ in scans if h]
    assert len(held) >= 3, f"the scans saw the run's tasks: {scans}"
    assert sum(hits for _, hits in scans) == 0, "a task spec on the scheduler held article text"
    lines = (tmp_path / "dask" / "articles.jsonl").read_text(encoding="utf-8")
    assert MARKER in lines  # (the marker story was published: the scan looked for real text)
    report = (tmp_path / "dask" / "report.json").read_text(encoding="utf-8")
    assert '"processes": 2' in report, "both workers cleaned batches"
    assert not any((tmp_path / "dask" / ".newsclean" / "runs").iterdir()), "the run's files"
    # every worker carried the guard during the run: opening the state there fails
    with Client(cluster.address, timeout=30) as client:
        assert set(client.run(_env, WORKER_ENV).values()) == {"1"}
        failed = client.run(_open_state, str(tmp_path / "dask"))
    assert set(failed.values()) == {"WorkerStateError"}


def _small_raw(root: Path) -> Path:
    raw = root / "raw"
    shutil.copytree(ROOT / "raw", raw)
    return raw


def test_a_deployed_run_named_a_cluster_runs_on_it(cluster: Cluster, tmp_path: Path) -> None:
    # a deployment's task runner is the decorator's: the flow's `dask` parameter (or the
    # config file's key) runs it once more, as a subflow on the cluster
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.clean_articles import clean_articles

    config = tmp_path / "run.toml"
    config.write_text(f'dask = "{cluster.address}"\nbatch_size = 3\n', encoding="utf-8")
    alone = clean_articles.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))
    result = alone(
        raw_dir=str(_small_raw(tmp_path)), out_dir=str(tmp_path / "out"), config_path=str(config)
    )
    assert result["canonical"] > 0
    report = (tmp_path / "out" / "report.json").read_text(encoding="utf-8")
    assert '"workers": 2' in report  # the cluster's two worker threads


def test_workers_running_another_newsclean_are_refused(
    cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.cluster
    import flows.plan
    from flows.cluster import ClusterError

    monkeypatch.setattr(flows.plan, "PIPELINE_VERSION", "older")  # this process only
    with pytest.raises(ClusterError, match="run another newsclean") as err:
        _on_cluster(cluster, _small_raw(tmp_path), tmp_path / "out", 3)
    assert "PIPELINE_VERSION older" in str(err.value)
    assert not (tmp_path / "out" / "articles.jsonl").exists()
    # the same PIPELINE_VERSION, other code (a worker started before cleaners/ changed)
    monkeypatch.undo()
    monkeypatch.setattr(flows.cluster, "_digest", ["0123456789ab"])
    with pytest.raises(ClusterError, match="code 0123456789ab"):
        _on_cluster(cluster, _small_raw(tmp_path / "again"), tmp_path / "out", 3)


def test_a_worker_killed_mid_run_costs_time_not_correctness(
    cluster: Cluster, corpus: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    raw, want = corpus
    out = tmp_path / "dask"
    victim = cluster.workers["w2"]
    killed = threading.Event()

    def kill_when_cleaning() -> None:  # once a first batch is staged: cleaning is under way
        deadline = time.monotonic() + 120
        runs = out / ".newsclean" / "runs"
        while time.monotonic() < deadline:
            if runs.is_dir() and any(runs.glob("*/clean-*.pkl")):
                os.kill(victim.pid, signal.SIGKILL)
                killed.set()
                return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_when_cleaning, daemon=True)
    killer.start()
    result = _on_cluster(cluster, raw, out, 250)
    killer.join(10)
    assert killed.is_set() and victim.wait(10) == -signal.SIGKILL
    assert _outputs(out, result["run_id"]) == want
