"""Crash points: the crash tests (tests/flows/test_crash.py) name one to SIGKILL a run
exactly there, and check that the next run finishes what it left.

No Prefect here.
"""

from __future__ import annotations

import os
import signal


def checkpoint(name: str) -> None:
    """Crash tests name a point here (NEWSCLEAN_KILL_AT) to SIGKILL the run exactly there."""
    if os.environ.get("NEWSCLEAN_KILL_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
