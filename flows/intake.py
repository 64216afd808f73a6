"""Take in one part of a run's files: clean them in batches (on the workers), drop the site
furniture the whole run's counts make, deduplicate them against the state and commit them.

The flow (``flows.clean_articles``) calls ``take_in`` once per part (the whole run, unless it
is large: see ``plan.input_parts``); the tasks it submits are in ``flows.tasks``.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import get_run_logger

from cleaners.config import PipelineConfig
from cleaners.dedup import DedupKey
from flows import discovery, runfiles
from flows.furniture import add_reclean, export_bodies, files_to_reclean, take_furniture_results
from flows.languages_ahead import _LanguagesAhead
from flows.memory import give_back
from flows.plan import InputPlan, cleaning_fingerprint
from flows.report import make_report, read_earlier_in_run
from flows.staging import RunDocs, StagedBatch
from flows.state import State
from flows.tally import _Tally
from flows.tasks import (
    accept_batch,
    clean_batch,
    commit_state,
    deduplicate,
    drop_site_furniture,
    learn_site_furniture,
)
from flows.web_inputs import is_archive
from flows.workers import (
    Sealed,
    _batches,
    _progress,
    _quoted,
    _Result,
    _Workers,
    balanced_size,
    tapered_batches,
)


@dataclass(slots=True)
class Taken:
    """What taking in one part gave: its report, its clusters (cluster id -> canonical id),
    and what it read again of earlier parts (``report.read_earlier_in_run``)."""

    report: dict[str, Any]
    canonical: dict[str, str]
    again: Counter[str]


def take_in(
    state: State,
    plan: InputPlan,
    pool: _Workers,
    ahead: _LanguagesAhead,
    tally: _Tally,
    cfg: PipelineConfig,
    size: int,
    dirs: tuple[str, str],
    named: tuple[str, str],
    part: int,
    run_id: str,
    started: float,
) -> Taken:
    """Clean a part of the run's files, deduplicate them against the state and commit them
    (the whole run, unless it is large: see ``plan.input_parts``). ``dirs`` are raw/ and
    the output folder as absolute paths, ``named`` as the report names them."""
    raw_dir, out_dir = dirs
    fingerprint = cleaning_fingerprint(cfg)
    folder = runfiles.run_folder(Path(out_dir), run_id)
    run, earlier = _clean(state, plan, pool, tally, cfg, size, raw_dir, folder, part, run_id)
    _drop_furniture(state, run, plan, pool, tally, cfg, folder, part)

    try:  # a failure stops the detection, so the run does not wait for it to end
        ahead.start([d.id for d in run.articles])
        t = time.perf_counter()
        dedup = deduplicate(_quoted(state), _quoted(run), _quoted(plan), cfg)
        give_back()
        tally.add("dedup", time.perf_counter() - t)

        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started))
        report = make_report(run_id, stamp, *named, plan, run, dedup, cfg)
        ahead.stop()
        wanted = set(dedup.clusters.values())
        earlier_ids = sorted(i for i in wanted if i not in run.ids)  # earlier runs' clusters
        ahead.start(earlier_ids + [d.id for d in reversed(run.articles) if d.id in wanted])
        t = time.perf_counter()
        commit_state(
            _quoted(state),
            run_id,
            _quoted(plan),
            _quoted(run),
            _quoted(dedup),
            fingerprint,
            cfg,
            _quoted(report),
        )
    except BaseException:
        ahead.finish()
        raise
    give_back()
    tally.add("commit", time.perf_counter() - t)
    return Taken(report, dedup.clusters, earlier)


def _clean(
    state: State,
    plan: InputPlan,
    pool: _Workers,
    tally: _Tally,
    cfg: PipelineConfig,
    size: int,
    raw_dir: str,
    folder: Path,
    part: int,
    run_id: str,
) -> tuple[RunDocs, Counter[str]]:
    """Clean the part's files in batches (each staged by the task that cleaned it) and take
    every batch into the run; then clean again the unchanged files whose articles hold a line
    that just became site furniture. Return the run's documents and what that read again of
    earlier parts."""
    log = get_run_logger()
    t = time.perf_counter()
    state.clear_staging()
    run = RunDocs(run_id=run_id)
    # an archive counts as the pages it holds: two archives are worth both workers
    workers = pool.parallel(sum(map(_pages_in, plan.todo)))
    size = balanced_size(len(plan.todo), size, workers)
    chunks = tapered_batches(plan.todo, size, workers)
    submitted = time.time()
    # each batch's staging file is named here, so a task run again writes the same file
    futures: list[_Result[StagedBatch] | None] = [
        pool.submit(
            clean_batch,
            workers,
            Sealed(chunk),
            raw_dir,
            cfg,
            str(folder / f"clean-{part}-{n}.pkl"),
            run_id,
        )
        for n, chunk in enumerate(chunks)
    ]
    first_start, last_end = float("inf"), submitted
    cleaning = 0.0
    if _progress.fn:
        _progress.fn(tally.done_files, tally.files, tally.read)
    for n, chunk in enumerate(chunks):
        future = futures[n]
        assert future is not None
        batch = pool.take(future)
        futures[n] = None  # let the batch's records go
        tally.processes.add(batch.pid)
        cleaning += batch.seconds
        tally.split["staging"] += batch.staging
        tally.split["cpu"] += batch.cpu
        first_start, last_end = min(first_start, batch.started), max(last_end, batch.finished)
        accept_batch(_quoted(state), _quoted(run), _quoted(batch), _quoted(plan), run_id)
        tally.done_files += len(chunk)
        tally.read += batch.read
        if _progress.fn:
            _progress.fn(tally.done_files, tally.files, tally.read)
    parallel = max(1, min(len(chunks), workers))
    tally.parallel = max(tally.parallel, parallel)
    tally.cleaning_work += cleaning / parallel  # (a re-clean below runs in the flow)
    again = files_to_reclean(state, run, plan, cfg)
    earlier: Counter[str] = Counter()
    if again:  # unchanged files whose articles hold a line that just became furniture
        log.info("cleaning %d unchanged files again for new site furniture", len(again))
        earlier = read_earlier_in_run(state, again, run_id)
        full = add_reclean(plan, state, raw_dir, again)
        for n, chunk in enumerate(_batches(full, size)):
            file = str(folder / f"clean-{part}-again-{n}.pkl")
            batch = clean_batch(Sealed(chunk), raw_dir, cfg, file, run_id)
            cleaning += batch.seconds
            tally.cleaning_work += batch.seconds
            tally.split["staging"] += batch.staging
            tally.split["cpu"] += batch.cpu
            accept_batch(_quoted(state), _quoted(run), _quoted(batch), _quoted(plan), run_id)
    tally.cleaning += cleaning
    tally.add("clean", time.perf_counter() - t)
    tally.outside_tasks(submitted, first_start, last_end, parallel, cleaning)
    return run, earlier


def _drop_furniture(
    state: State,
    run: RunDocs,
    plan: InputPlan,
    pool: _Workers,
    tally: _Tally,
    cfg: PipelineConfig,
    folder: Path,
    part: int,
) -> None:
    """Learn the site furniture from the whole run's counts and restage the articles whose
    body must change without it: the workers drop it from the bodies the flow hands them in
    files of the run's folder, and hand the new bodies back the same way."""
    log = get_run_logger()
    t = time.perf_counter()
    furniture, holders = learn_site_furniture(_quoted(state), _quoted(run), _quoted(plan), cfg)
    repairs = {d.id: d.key.repairs for d in run.articles}
    dropping_workers = pool.parallel(len(holders))
    share = max(1, min(2000, -(-len(holders) // dropping_workers)))
    pending: list[tuple[_Result[tuple[list[tuple[str, DedupKey, int]], float]], Path] | None]
    pending = []
    for n, chunk in enumerate(_batches(holders, share)):
        bodies, changed = (folder / f"furniture-{part}-{n}-{kind}.pkl" for kind in ("in", "out"))
        export_bodies(state, chunk, bodies)
        future = pool.submit(
            drop_site_furniture,
            dropping_workers,
            str(bodies),
            str(changed),
            Sealed(furniture),
            Sealed({i: repairs[i] for i in chunk}),
            cfg,
        )
        pending.append((future, changed))
    changed_count, dropping_seconds = 0, 0.0
    for n in range(len(pending)):
        done = pending[n]
        assert done is not None
        results, seconds = pool.take(done[0])
        pending[n] = None
        state.restage(runfiles.take(done[1], drop=True))
        (folder / done[1].name.replace("-out", "-in")).unlink(missing_ok=True)
        changed_count += take_furniture_results(run, results)
        dropping_seconds += seconds
    tally.dropping_work += dropping_seconds / max(1, min(len(pending), dropping_workers))
    tally.add("site_furniture", time.perf_counter() - t)
    log.info(
        "site furniture: %d articles lost lines repeated across their site while cleaning;"
        " %d changed once the whole run's counts were known",
        sum(1 for d in run.articles if d.dropped),
        changed_count,
    )


def _pages_in(path: str) -> int:
    """One for a file; the documents an archive is estimated to hold (from its size)."""
    return discovery.documents_in(Path(path)) if is_archive(path) else 1
