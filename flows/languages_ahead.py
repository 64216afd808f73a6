"""The canonicals' languages, detected on a worker while the flow deduplicates and commits
(``_LanguagesAhead``); the flow's ``detect-languages-ahead`` task runs
``flows.batches.detect_languages_batch``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from prefect import Task, get_run_logger

from cleaners.config import PipelineConfig
from flows import runfiles
from flows.articles import Languages
from flows.state import STATE_PATH, State
from flows.workers import _Result, _Workers


class _LanguagesAhead:
    """The canonicals' languages, detected on the workers while the flow deduplicates and
    commits.

    Cleaning defers language to the canonical articles, so the article files detected it for
    every one of them, after the commit. While the flow deduplicates and commits (one core),
    the workers wait; instead, one detects languages there: during dedup, of the run's new
    articles in their order (which will be canonical is not known yet: most are); during the
    commit, of the canonicals, from the other end. Each task stops at its stop file (in the
    state's directory); the article files detect what none reached. Only when the workers
    already run and cleaning deferred language (no allow-list). The flow hands a task the
    bodies in a file of the run's folder (workers never open the state).
    """

    def __init__(
        self,
        state: State,
        pool: _Workers,
        detect: Task[..., tuple[Languages, float]],
        cfg: PipelineConfig,
        out_dir: str,
        run_id: str,
    ) -> None:
        self.state = state
        self.pool = pool
        self.detect = detect  # the flow's detect-languages-ahead task
        self.cfg, self.out_dir, self.run_id = cfg, out_dir, run_id
        self.stops = Path(out_dir) / STATE_PATH.parent  # where the stop files go
        self.tasks: list[tuple[_Result[tuple[Languages, float]], Path, Path]] = []
        self.started = 0  # tasks started
        for stale in self.stops.glob("languages-*.stop"):  # a killed run's (this run holds
            stale.unlink(missing_ok=True)  # the output directory's lock)

    @property
    def on(self) -> bool:
        return self.pool.running and self.pool.count > 1 and not self.cfg.language.allow

    def start(self, ids: list[str]) -> None:
        """Detect these documents' languages, in this order, until ``stop``/``finish``."""
        if not self.on or not ids:
            return
        stop = self.stops / f"languages-{self.run_id}-{self.started}.stop"
        bodies = runfiles.run_folder(Path(self.out_dir), self.run_id) / (
            f"languages-{self.started}.pkl"
        )
        write_bodies(self.state, ids, bodies)
        future = self.pool.submit(
            self.detect, self.pool.count, str(bodies), self.out_dir, self.cfg, str(stop)
        )
        self.tasks.append((future, stop, bodies))
        self.started += 1

    def stop(self) -> None:
        """Tell the running tasks to stop after their current chunk (without waiting)."""
        for _, stop, _ in self.tasks:
            stop.touch()

    def finish(self) -> tuple[Languages, float]:
        """Stop every task; return what they found and their seconds, summed (a task that
        failed found nothing: the article files detect those languages, as without it)."""
        self.stop()
        found: Languages = {}
        seconds = 0.0
        tasks, self.tasks = self.tasks, []
        for future, stop, bodies in tasks:
            try:
                languages, spent = self.pool.take(future)
                found.update(languages)
                seconds += spent
            except Exception as exc:  # a speed-up only: the run goes on without it
                get_run_logger().warning(
                    "detecting languages ahead failed (%s); the article files detect them", exc
                )
            finally:
                stop.unlink(missing_ok=True)
                bodies.unlink(missing_ok=True)
        return found, seconds


BODIES_CHUNK = 500  # documents read from the state and written to the file at a time


def write_bodies(state: State, ids: list[str], path: Path) -> None:
    """Write the current bodies of ``ids`` ((id, packed body), in their order: staged, or
    kept once committed) for a worker's ``detect_languages_batch``, in chunks as they are
    read: at 100,000 documents the bodies of a run's new articles are some hundreds of MiB,
    which neither the flow nor the worker then holds at once."""

    def chunks() -> Iterator[list[tuple[str, bytes]]]:
        for i in range(0, len(ids), BODIES_CHUNK):
            part = ids[i : i + BODIES_CHUNK]
            found = dict(state.current_bodies(part))
            yield [(d, found[d]) for d in part if d in found]

    runfiles.put_chunks(path, chunks())
