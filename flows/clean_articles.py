"""The Prefect flow: discover raw/ -> clean in batches -> deduplicate -> write -> report.

The flow is thin: every task calls a plain function of a stage's module (``flows.plan``,
``flows.staging``, ``flows.furniture``, ``flows.dedup``, ``flows.commit``, ``flows.publish``),
of ``flows.batches`` (on the workers) or of ``flows.io``.
One task per batch of files (never per document), so Prefect's per-task cost (about 7 ms with
threads) stays negligible. Large in-memory values passed between tasks are wrapped in
``quote`` so Prefect does not walk them looking for futures (that walk cost 13 s on 2,140
documents, against 0.3 s for the work itself).

The flow comes first and reads as the run's story; the steps it calls follow (``_take_in``:
one part of the run). The tasks are in ``flows.tasks``.
"""

from __future__ import annotations

import os
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger
from prefect.context import get_run_context
from prefect.task_runners import ProcessPoolTaskRunner

from cleaners.config import PipelineConfig
from cleaners.dedup import DedupKey
from flows import cluster, discovery, handoff, io, runfiles
from flows.articles import Languages
from flows.cluster import on_cluster
from flows.furniture import add_reclean, export_bodies, files_to_reclean, take_furniture_results
from flows.languages_ahead import _LanguagesAhead
from flows.memory import give_back, settle
from flows.plan import InputPlan, check_gone, cleaning_fingerprint, input_parts
from flows.publish import keep_languages, keep_rows, render_share_of
from flows.report import (
    _publish_artifacts,
    finish_report,
    make_report,
    merge_reports,
    read_earlier_in_run,
)
from flows.staging import RunDocs, StagedBatch
from flows.state import State
from flows.tally import _Tally, _Written, run_stats
from flows.tasks import (
    _work,
    accept_batch,
    clean_batch,
    commit_state,
    deduplicate,
    detect_languages_ahead,
    discover_inputs,
    drop_site_furniture,
    learn_site_furniture,
    plan_inputs,
    plan_outputs,
    write_articles,
    write_indexes,
    write_report,
)
from flows.web_inputs import is_archive
from flows.workers import (
    INLINE_MAX,
    Sealed,
    _batches,
    _progress,
    _quoted,
    _Result,
    _shared_api,
    _Workers,
    balanced_size,
    tapered_batches,
    write_share_size,
    write_shares,
)


@flow(
    name="clean-articles",
    log_prints=True,
    # worker processes, one per core (started only for a stage too large for the flow's own
    # thread, see _Workers); the CLI's --workers replaces it. Scheduled and deployed runs use it.
    task_runner=ProcessPoolTaskRunner(max_workers=max(1, os.cpu_count() or 1)),  # type: ignore[arg-type]
)
def clean_articles(
    raw_dir: str = "raw",
    out_dir: str = "clean",
    config_path: str | None = None,
    batch_size: int | None = None,
    wait_for_lock: bool = True,
    allow_gone: bool = False,
    dask: str | None = None,
) -> dict[str, Any]:
    """Bring out_dir up to date with raw/: read only new or changed files, deduplicate them
    against everything earlier runs kept in the state, and publish one canonical per story.

    Returns this run's counts (``canonical + duplicates + rejected == read``, over the
    documents this run read) and the corpus totals. Only one run writes to an output
    directory at a time: a second one waits (or, with ``wait_for_lock=False``, fails at once
    with RunLockedError). A run killed at any point is completed by the next one.

    A run that would remove much of the corpus as gone from raw/ (all of it, or more than
    ``limits.gone_share`` of its files) fails with TooManyGoneError before it changes
    anything, unless ``allow_gone``.

    With ``dask`` (a scheduler's address, or ``local``; or ``dask`` in the config file) the
    CPU work runs on that Dask cluster's workers (``flows.cluster``): a deployed run names
    it so, since its task runner is this decorator's.
    """
    log = get_run_logger()
    started = time.time()
    settle()  # the flow's process: large blocks mapped apart (see flows.memory)
    _work.clear()
    cfg, config_dask = cluster.read_config(config_path)
    wanted = dask or config_dask
    if wanted and not cluster.is_dask(cluster.current_runner()):  # once more, on the cluster
        on = clean_articles.with_options(
            task_runner=cluster.dask_runner(wanted, max(1, os.cpu_count() or 1))
        )
        result: dict[str, Any] = on(
            raw_dir, out_dir, config_path, batch_size, wait_for_lock, allow_gone, wanted
        )
        return result
    size = batch_size or cfg.batch_size
    run_id = _run_id()
    timings: dict[str, float] = {}
    # the report names the folders as given; workers get absolute paths (a cluster's workers
    # run in folders of their own)
    named = (raw_dir, out_dir)
    raw_dir, out_dir = os.path.abspath(raw_dir), os.path.abspath(out_dir)  # noqa: PTH100
    out = Path(out_dir)

    with (
        io.run_lock(out, wait=wait_for_lock),
        State(out) as state,
        _shared_api(out),
        on_cluster(),
    ):
        state.check_params(cfg.dedup)
        runfiles.start_run_folder(out, run_id)
        # which files to read, in how many parts
        fingerprint = cleaning_fingerprint(cfg)
        t = time.perf_counter()
        plan = _find_inputs(state, (raw_dir, out_dir), fingerprint, cfg, allow_gone)
        parts = input_parts(plan, raw_dir, cfg.part_size, cfg.limits)
        timings["discover"] = time.perf_counter() - t
        if len(parts) > 1:
            log.info(
                "taking the %d files in %d parts of up to %d documents, each committed",
                len(plan.todo),
                len(parts),
                cfg.part_size,
            )
        # each part cleaned, rid of its site furniture, deduplicated and committed
        pool = _Workers(min(size, INLINE_MAX))
        tally = _Tally(len(plan.todo), timings)
        ahead = _LanguagesAhead(state, pool, detect_languages_ahead, cfg, out_dir, run_id)
        reports: list[dict[str, Any]] = []
        again: Counter[str] = Counter()
        part_stats: list[dict[str, Any]] = []  # per part: its stages' seconds, when it ended
        for k, part in enumerate(parts):
            last = k == len(parts) - 1
            before, spans = dict(tally.timings), len(tally.spans)
            taken = _take_in(
                state,
                part,
                pool,
                ahead,
                tally,
                cfg,
                size,
                (raw_dir, out_dir),
                named,
                k,
                run_id,
                started,
            )
            part_stats.append(tally.part_stats(before, spans, started))
            reports.append(taken.report)
            again.update(taken.again)
            if not last:  # the canonicals' languages wait in their clusters for the articles
                t = time.perf_counter()
                found, spent = ahead.finish()
                keep_languages(state, found)
                tally.ahead(found, spent, time.perf_counter() - t)
                tally.kept += len(found)
        canonical = taken.canonical  # cluster id -> canonical id, of the last part's clusters
        skipped = plan.unchanged
        report = merge_reports(state, plan, parts, reports, again)
        if "parts" in report:  # (a run of one part has no list of parts)
            for entry, stats in zip(report["parts"], part_stats, strict=True):
                entry.update(stats)
        del reports, parts, plan, taken  # the run's records are in the state now: let them go
        # the outputs, written from the state
        t = time.perf_counter()
        languages, ahead_seconds = ahead.finish()
        tally.ahead(languages, ahead_seconds, time.perf_counter() - t)
        written = _write_outputs(state, pool, cfg, out_dir, run_id, canonical, languages)
        timings["write"] = time.perf_counter() - t
        # the report, and the run's story in the dashboard
        report = finish_report(
            state, report, **run_stats(tally, _work, written, ahead.started, started)
        )
        write_report(out_dir, _quoted(report))
        _publish_artifacts(state, report)
        runfiles.end_run_folder(out, run_id)
        counts = report["counts"]
        log.info(
            "read %(read)d documents: %(canonical)d published, %(duplicates)d duplicates, "
            "%(rejected)d rejected",
            counts,
        )
        return {
            **counts,
            "skipped_files": skipped,
            "corpus": report["corpus"],
            "seconds": report["seconds"],
            "run_id": run_id,
            "languages": report["languages"],
        }


def _run_id() -> str:
    try:
        ctx = get_run_context()
        return str(ctx.flow_run.id)  # type: ignore[union-attr]
    except Exception:  # running as plain Python, without Prefect's engine
        return uuid.uuid4().hex


def _find_inputs(
    state: State,
    dirs: tuple[str, str],
    fingerprint: str,
    cfg: PipelineConfig,
    allow_gone: bool,
) -> InputPlan:
    """Find raw/'s files and plan which to read (or take what the CLI found a moment ago,
    when it still holds: ``flows.handoff``). ``dirs``: raw/ and the output folder, absolute.
    The files of folders that could not be listed are kept as they are; a run that would
    remove much of the corpus as gone is refused (TooManyGoneError) unless ``allow_gone``."""
    log = get_run_logger()
    raw_dir, out_dir = dirs
    look = handoff.take(raw_dir, out_dir, fingerprint, state)
    given = Sealed(look) if look is not None else None
    listing = discover_inputs(raw_dir, given)
    paths = listing.paths
    plan = plan_inputs(
        _quoted(state), raw_dir, _quoted(paths), fingerprint, listing.unlisted, given
    )
    for folder in listing.unlisted:
        log.warning("cannot list %s under %s: its files are kept as they are", folder, raw_dir)
    if plan.unavailable:
        log.warning(
            "%d files of the corpus are under folders that could not be listed: kept, not removed",
            len(plan.unavailable),
        )
    if not allow_gone:
        check_gone(plan, cfg.limits)
    log.info(
        "found %d input files under %s: %d new or changed, %d unchanged, %d gone",
        len(paths),
        raw_dir,
        len(plan.todo),
        plan.unchanged,
        len(plan.gone),
    )
    return plan


@dataclass(slots=True)
class _Taken:
    """What taking in one part gave: its report, its clusters (cluster id -> canonical id),
    and what it read again of earlier parts (``report.read_earlier_in_run``)."""

    report: dict[str, Any]
    canonical: dict[str, str]
    again: Counter[str]


def _take_in(
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
) -> _Taken:
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
    return _Taken(report, dedup.clusters, earlier)


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


def _write_outputs(
    state: State,
    pool: _Workers,
    cfg: PipelineConfig,
    out_dir: str,
    run_id: str,
    canonical: dict[str, str],
    languages: Languages,
) -> _Written:
    """Write the article files the commits left pending, in shares on the workers (with the
    languages detected ahead for their canonicals), then the indexes; nothing when the
    outputs are clean."""
    todo = plan_outputs(_quoted(state), out_dir)
    writers, covered, writing, writing_cpu = 0, 0, 0.0, 0.0
    if todo is not None:
        writing_workers = pool.parallel(len(todo))
        share = write_share_size(len(todo), writing_workers)
        given = write_shares(todo, share, canonical, languages)
        covered = sum(len(k) for _, k in given)
        folder = runfiles.run_folder(Path(out_dir), run_id)
        shares: list[tuple[_Result[tuple[int, float, float]], Path, Path]] = []
        for n, (chunk, known) in enumerate(given):
            # the flow reads the share's clusters from the state; a worker renders them
            share_file, rows_file = (folder / f"articles-{n}-{k}.pkl" for k in ("in", "out"))
            runfiles.put(share_file, render_share_of(state, chunk))
            future = pool.submit(
                write_articles,
                writing_workers,
                str(share_file),
                out_dir,
                cfg,
                Sealed(known),
                str(rows_file),
            )
            shares.append((future, share_file, rows_file))
        del given
        writers = max(1, min(len(shares), writing_workers))
        for future, share_file, rows_file in shares:
            _, seconds, cpu = pool.take(future)
            keep_rows(state, runfiles.take(rows_file, drop=True))
            share_file.unlink(missing_ok=True)
            writing += seconds
            writing_cpu += cpu
        write_indexes(_quoted(state), out_dir, cfg)
    return _Written(writers, covered, writing, writing_cpu)


def _pages_in(path: str) -> int:
    """One for a file; the documents an archive is estimated to hold (from its size)."""
    return discovery.documents_in(Path(path)) if is_archive(path) else 1
