"""What a run's stages took: the seconds and counts its parts add up, for its report
(``report.json``: ``timings``, ``parts``, ``languages_ahead``, ``prefect`` and the like)."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any

from flows.articles import Languages


@dataclass(slots=True)
class _Tally:
    """The seconds and counts a run's parts add up, for its report."""

    files: int  # files to read, in every part
    timings: dict[str, float] = field(default_factory=dict)
    done_files: int = 0
    read: int = 0
    cleaning: float = 0.0  # seconds inside the clean-batch tasks (cleaning and staging), summed
    cleaning_work: float = 0.0  # of the cleaning stage's wall time: the pooled tasks' share
    split: dict[str, float] = field(default_factory=lambda: {"staging": 0.0, "cpu": 0.0})
    processes: set[int] = field(default_factory=set)
    parallel: int = 1
    clean_stage: dict[str, float] = field(default_factory=dict)
    dropping_work: float = 0.0  # of the site-furniture stage's wall time: the tasks' share
    detected: int = 0  # languages detected ahead
    kept: int = 0  # of which during the commits of parts before the last
    ahead_seconds: float = 0.0
    ahead_wait: float = 0.0
    # (stage, wall clock when it began, when it ended), in order: what went on between two
    # stages is in neither
    spans: list[tuple[str, float, float]] = field(default_factory=list)

    def add(self, name: str, seconds: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + seconds
        now = time.time()
        self.spans.append((name, now - seconds, now))

    def ahead(self, found: Languages, seconds: float, waited: float) -> None:
        self.detected += len(found)
        self.ahead_seconds += seconds
        self.ahead_wait += waited

    def outside_tasks(
        self, submitted: float, first_start: float, last_end: float, parallel: int, cleaning: float
    ) -> None:
        """Add up the cleaning stage's time outside the pooled tasks (``clean_stage``), from
        when the flow submitted them, when the first began and the last ended (wall clock),
        how many ran at once and their seconds, summed."""
        # the cleaning stage's time outside the pooled tasks: before the first began (workers
        # starting), between them (summed over the workers: task-run cost, results, uneven
        # ends) and after the last ended (the flow's last accept and the re-clean check)
        first_start = min(first_start, last_end)
        for key, seconds in (
            ("before_first_task", first_start - submitted),
            ("between_tasks", max(0.0, parallel * (last_end - first_start) - cleaning)),
            ("after_last_task", time.time() - last_end),
        ):
            self.clean_stage[key] = self.clean_stage.get(key, 0.0) + seconds

    def part_stats(self, before: dict[str, float], spans: int, started: float) -> dict[str, Any]:
        """A part's entry in the report: its stages' seconds (the timings less ``before``,
        theirs when it began), when it ended and its stages' spans (from the ``spans``-th)."""
        return {
            "timings": {
                name: round(v - before.get(name, 0.0), 3)
                for name, v in self.timings.items()
                if name != "discover"
            },
            "ended": round(time.time() - started, 3),  # seconds into the run
            # each stage's [name, began, ended], in seconds into the run
            "spans": [
                [name, round(a - started, 3), round(b - started, 3)]
                for name, a, b in self.spans[spans:]
            ],
        }


@dataclass(frozen=True, slots=True)
class _Written:
    """What writing the article files took."""

    writers: int  # tasks that ran at once
    covered: int  # canonical articles whose language was detected ahead
    seconds: float  # in the tasks, summed
    cpu: float


def run_stats(
    tally: _Tally, work: dict[str, float], written: _Written, ahead_tasks: int, started: float
) -> dict[str, Any]:
    """The run's seconds for its report (``report.finish_report`` adds them): each stage's, the
    tasks' own (``work``: seconds inside the plain functions of the tasks that ran in the
    flow's process), the workers', the languages detected ahead, and Prefect's share."""
    timings = tally.timings
    writing, writing_cpu, writers = written.seconds, written.cpu, written.writers
    # Prefect's own share: wall time around each task call less the time inside it
    # (the cleaning phase: less the workers' cleaning time spread over the workers)
    work = dict(work)
    work["clean"] = max(tally.cleaning_work, work.pop("stage", 0.0))
    work["site_furniture"] = work.get("site_furniture", 0.0) + tally.dropping_work
    work["write"] = work.get("write", 0.0) + writing / max(1, writers)
    prefect_seconds = sum(max(0.0, timings[k] - work.get(k, 0.0)) for k in timings)
    seconds = time.time() - started
    return {
        "seconds": round(seconds, 3),
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "work_seconds": {k: round(v, 3) for k, v in work.items()},
        "cleaning_cpu_seconds": round(tally.cleaning, 3),
        "clean_batches": {k: round(v, 3) for k, v in tally.split.items()},
        "write_batches": {"seconds": round(writing, 3), "cpu": round(writing_cpu, 3)},
        "languages_ahead": {
            "tasks": ahead_tasks,
            "detected": tally.detected,  # documents (some turned out duplicates)
            # of which during earlier parts' commits (the canonicals' kept in their clusters)
            "kept_between_parts": tally.kept,
            "canonicals": written.covered,  # canonical articles whose language came from the last
            "seconds": round(tally.ahead_seconds, 3),
            "waited": round(tally.ahead_wait, 3),  # by the flow, for them to stop
        },
        "prefect": {
            "seconds": round(prefect_seconds, 3),
            "share": round(prefect_seconds / seconds, 4) if seconds else 0.0,
            "workers": tally.parallel,
            "processes": len(tally.processes - {os.getpid()}),  # worker processes that cleaned
            "clean_stage": {k: round(v, 3) for k, v in tally.clean_stage.items()},
        },
    }
