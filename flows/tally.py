"""What a run's stages took: the seconds and counts its parts add up, for its report."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from flows.publish import Languages


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
