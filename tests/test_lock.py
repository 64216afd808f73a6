"""One writer per output directory: a real second process is refused or waits."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.io import RunLockedError, is_locked, run_lock

HOLD = """
import sys, time
from pathlib import Path
from flows.io import run_lock
with run_lock(Path(sys.argv[1]), wait=False):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_in_subprocess(out: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(out), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_second_run_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    proc = hold_in_subprocess(tmp_path, 30)
    try:
        with pytest.raises(RunLockedError, match=f"pid {proc.pid}"), run_lock(tmp_path, wait=False):
            pass
        assert is_locked(tmp_path)
    finally:
        proc.kill()
        proc.wait()


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    proc = hold_in_subprocess(tmp_path, 30)
    proc.kill()  # SIGKILL: no cleanup code runs
    proc.wait()
    assert is_locked(tmp_path) is None
    with run_lock(tmp_path, wait=False):
        pass


def test_waiting_run_goes_after_the_holder(tmp_path: Path) -> None:
    proc = hold_in_subprocess(tmp_path, 1.5)
    start = time.monotonic()
    with run_lock(tmp_path, wait=True, poll=0.1):
        waited = time.monotonic() - start
    proc.wait()
    assert waited >= 0.5
