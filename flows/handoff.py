"""The command line's look at raw/, handed to the flow it starts in the same process.

``newsclean run`` lists raw/ and compares it with the state before Prefect starts, to stop
early when there is nothing to do; the flow then did the same again. At 100,000 files each
look costs 1.5-2 s (a stat per file, the state's file table read whole), a tenth of a
scheduled run that adds a few hundred documents. So the CLI leaves what it found here, and
the flow takes it instead of looking again when it is still true: the same raw/, output
folder and cleaning fingerprint, taken within ``MAX_AGE`` seconds, and no commit to the state
since (``commits``, bumped by every commit in the same transaction). Anything else (a
deployed run, another process, a run that waited for the lock while another committed) looks
again. What was found is held once: the flow takes it or drops it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from flows.plan import InputPlan
from flows.state import State

MAX_AGE = 30.0  # seconds: raw/ as it was then is as good as raw/ now (the next run sees more)
COMMITS = "commits"  # the meta key every commit bumps


@dataclass(frozen=True, slots=True)
class Look:
    """What the CLI found: raw/'s files, the folders it could not list, and the plan."""

    raw_dir: str  # absolute
    out_dir: str  # absolute
    fingerprint: str
    commits: str | None  # the state's commit count when the plan was made
    paths: list[str]
    unlisted: list[str]
    plan: InputPlan
    made: float  # time.monotonic()


_held: list[Look] = []


def commits(state: State) -> str | None:
    """What changes with every commit to the state: the commits counted, with the runs and
    files held (so that a commit by a newsclean that does not count them shows too); None
    before the first commit that counted."""
    counted = state.get_meta(COMMITS)
    if counted is None:
        return None
    runs, files = (
        state.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("runs", "files")
    )
    return f"{counted}:{runs}:{files}"


def hand_over(look: Look) -> None:
    _held[:] = [look]


def take(raw_dir: str, out_dir: str, fingerprint: str, state: State) -> Look | None:
    """The look the CLI handed over, if it still holds for this run (see the module's
    docstring); None otherwise. Either way it is not held any longer."""
    look = _held.pop() if _held else None
    if look is None:
        return None
    now = commits(state)
    if (
        now is None
        or look.commits != now
        or (look.raw_dir, look.out_dir, look.fingerprint) != (raw_dir, out_dir, fingerprint)
        or time.monotonic() - look.made > MAX_AGE
    ):
        return None
    return look


def drop() -> None:
    _held.clear()
