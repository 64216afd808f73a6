"""Run a development benchmark's own scorer on a folder of predictions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def score(bench: Path, pred: Path, name: str) -> str:
    """The scorer's summary line for ``pred`` (``<id>.txt`` files) on ``bench``'s pages."""
    out = subprocess.run(
        [
            sys.executable,
            str(bench / "score.py"),
            str(pred),
            str(bench / "pages"),
            "--ids",
            str(bench / "ids.txt"),
            "--name",
            name,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return out.splitlines()[-1] if out else f"{name}: no output"
