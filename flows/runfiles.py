"""The run's folder: what the flow and its workers hand each other as files.

Workers never open the state (``state.WORKER_ENV``): a Dask cluster's workers may be other
machines, reaching the output folder over a network filesystem, where SQLite is not safe.
So a worker writes what it made (a cleaned batch's rows, a share's new bodies, an article
share's index lines) into ``<out>/.newsclean/runs/<run id>/``, and the flow, the one process
that opens the state, loads it; the flow writes there what a worker must read from the state
(the bodies a share of site furniture or of languages works on, the clusters an article
share renders). The process pool uses the same files, so there is one path.

Every name is chosen by the flow before it submits the task, so a task run again (a worker
killed, a retry) writes the same file; every write is atomic (``io.write_atomic``), so a
reader sees a whole file or none, and the last of two writers wins with the same bytes. The
flow deletes a file once it has taken it in, and the folder at the end of the run; the next
run (holding the output folder's lock) sweeps what a killed run left.

No Prefect here.
"""

from __future__ import annotations

import os
import pickle
import shutil
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import Any

from flows import io
from flows.state import STATE_PATH

RUNS = STATE_PATH.parent / "runs"


def run_folder(out: Path, run_id: str) -> Path:
    """The run's folder, as an absolute path (workers have another working directory)."""
    return out.resolve() / RUNS / run_id


def start_run_folder(out: Path, run_id: str) -> Path:
    """Make the run's folder, sweeping the folders of runs killed before they ended (the
    caller holds the output folder's lock, so no other run is using one)."""
    folder = run_folder(out, run_id)
    parent = folder.parent
    if parent.is_dir():
        for stale in parent.iterdir():
            if stale.name != run_id:
                shutil.rmtree(stale, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def end_run_folder(out: Path, run_id: str) -> None:
    shutil.rmtree(run_folder(out, run_id), ignore_errors=True)


def put(path: Path | str, value: Any) -> None:
    """Write ``value`` to a file of the run's folder (pickled: the reader is the same
    newsclean, as the flow checks before a cluster's first task; atomic)."""
    io.write_atomic(Path(path), pickle.dumps(value, protocol=5), make_parent=False)


def put_chunks(path: Path | str, chunks: Iterable[Any]) -> int:
    """Write ``chunks`` to a file of the run's folder one pickle after another, as they come,
    so that neither the writer nor the reader (``take_chunks``) holds them all at once (atomic
    like ``put``); return how many were written."""

    def fill(fd: int) -> int:
        count = 0
        for chunk in chunks:
            view = memoryview(pickle.dumps(chunk, protocol=5))
            while view:
                view = view[os.write(fd, view) :]
            count += 1
        return count

    return io.write_fd_atomic(Path(path), fill, make_parent=False)


def take_chunks(path: Path | str) -> Generator[Any, None, None]:
    """The chunks ``put_chunks`` wrote, one at a time, in their order."""
    with Path(path).open("rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def take(path: Path | str, drop: bool = False) -> Any:
    """Read a file of the run's folder; with ``drop``, delete it once read."""
    p = Path(path)
    value = pickle.loads(p.read_bytes())
    if drop:
        p.unlink(missing_ok=True)
    return value
