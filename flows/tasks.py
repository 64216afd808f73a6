"""The flow's tasks: each calls a plain function of a stage's module (or of ``flows.io``).

Tasks that run in the flow's own process time the plain function they call (``_work``), so
the flow can report Prefect's own share of a run: the wall time around each task call less
the time inside it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

import flows.commit
import flows.dedup
import flows.furniture
import flows.plan
import flows.publish
import flows.staging
from cleaners.config import PipelineConfig
from cleaners.dedup import DedupKey
from flows import batches, discovery, io
from flows.articles import Languages
from flows.dedup import DedupPlan
from flows.handoff import Look
from flows.plan import InputPlan
from flows.staging import RunDocs, StagedBatch
from flows.state import State
from flows.workers import (
    Sealed,
)

# Seconds spent inside the plain functions of the tasks that run in this process; the flow
# compares them with the wall time around each task call to report Prefect's own share.
_work: dict[str, float] = {}


def _timed(name: str, start: float) -> None:
    _work[name] = _work.get(name, 0.0) + time.perf_counter() - start


@dataclass(frozen=True, slots=True)
class Found:
    """The raw files a run found, in one object: Prefect links each item of a task's returned
    list to the task run (a dict entry per path, 0.5 s for 100k paths), not what is inside an
    object."""

    paths: list[str]
    unlisted: list[str]  # folders under raw/ that could not be listed


@task(name="discover-inputs", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def discover_inputs(raw_dir: str, given: Sealed[Look] | None = None) -> Found:
    """raw/'s files; ``given``: as the CLI found them a moment ago (``flows.handoff``)."""
    start = time.perf_counter()
    try:
        if given is not None:
            return Found(given.value.paths, given.value.unlisted)
        listing = discovery.list_inputs(Path(raw_dir))
        return Found(listing.paths, listing.unlisted)
    finally:
        _timed("discover", start)


@task(name="plan-inputs", cache_policy=NO_CACHE)
def plan_inputs(
    state: State,
    raw_dir: str,
    paths: list[str],
    fingerprint: str,
    unlisted: list[str],
    given: Sealed[Look] | None = None,
) -> InputPlan:
    """Which files to read; ``given``: the CLI's plan, still true (``flows.handoff``)."""
    start = time.perf_counter()
    try:
        if given is not None:
            return given.value.plan
        return flows.plan.plan_inputs(state, raw_dir, paths, fingerprint, unlisted)
    finally:
        _timed("discover", start)


@task(name="clean-batch", cache_policy=NO_CACHE)
def clean_batch(
    paths: Sealed[list[str]], raw_dir: str, cfg: PipelineConfig, file: str, run_id: str
) -> StagedBatch:
    return batches.clean_to_file(paths.value, raw_dir, cfg, file, run_id)


@task(name="accept-batch", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def accept_batch(
    state: State, run: RunDocs, batch: StagedBatch, plan: InputPlan, run_id: str
) -> None:
    start = time.perf_counter()
    try:
        flows.staging.accept_batch(state, run, batch, set(plan.replaced) | set(plan.gone), run_id)
    finally:
        _timed("stage", start)


@task(name="learn-site-furniture", cache_policy=NO_CACHE)
def learn_site_furniture(
    state: State, run: RunDocs, plan: InputPlan, cfg: PipelineConfig
) -> tuple[dict[str, dict[str, int]], list[str]]:
    start = time.perf_counter()
    try:
        dropping = set(plan.replaced) | set(plan.gone)
        return flows.furniture.site_furniture_plan(state, run, dropping, cfg)
    finally:
        _timed("site_furniture", start)


@task(name="drop-site-furniture", cache_policy=NO_CACHE)
def drop_site_furniture(
    bodies_file: str,
    out_file: str,
    furniture: Sealed[dict[str, dict[str, int]]],
    repairs: Sealed[dict[str, int]],
    cfg: PipelineConfig,
) -> tuple[list[tuple[str, DedupKey, int]], float]:
    return batches.drop_furniture_batch(bodies_file, out_file, furniture.value, repairs.value, cfg)


@task(name="deduplicate", cache_policy=NO_CACHE)
def deduplicate(state: State, run: RunDocs, plan: InputPlan, cfg: PipelineConfig) -> DedupPlan:
    start = time.perf_counter()
    try:
        return flows.dedup.deduplicate(state, run, plan, cfg)
    finally:
        _timed("dedup", start)


@task(name="commit-state", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def commit_state(
    state: State,
    run_id: str,
    plan: InputPlan,
    run: RunDocs,
    dedup: DedupPlan,
    fingerprint: str,
    cfg: PipelineConfig,
    report: dict[str, Any],
) -> None:
    start = time.perf_counter()
    try:
        flows.commit.commit(state, run_id, plan, run, dedup, fingerprint, cfg, report)
    finally:
        _timed("commit", start)


@task(name="plan-outputs", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def plan_outputs(state: State, out_dir: str) -> list[str] | None:
    start = time.perf_counter()
    try:
        return flows.publish.outputs_plan(state, out_dir)
    finally:
        _timed("write", start)


@task(name="write-articles", cache_policy=NO_CACHE)
def write_articles(
    share_file: str, out_dir: str, cfg: PipelineConfig, ahead: Sealed[Languages], rows_file: str
) -> tuple[int, float, float]:
    return batches.write_articles_batch(share_file, out_dir, cfg, ahead.value, rows_file)


@task(name="detect-languages-ahead", cache_policy=NO_CACHE)
def detect_languages_ahead(
    bodies_file: str, out_dir: str, cfg: PipelineConfig, stop: str
) -> tuple[Languages, float]:
    return batches.detect_languages_batch(bodies_file, out_dir, cfg, stop)


@task(name="write-indexes", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_indexes(state: State, out_dir: str, cfg: PipelineConfig) -> None:
    start = time.perf_counter()
    try:
        flows.publish.finish_outputs(state, out_dir, cfg)
    finally:
        _timed("write", start)


@task(name="write-report", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_report(out_dir: str, report: dict[str, Any]) -> None:
    io.write_atomic(Path(out_dir) / "report.json", io.dumps_pretty(report) + "\n")
