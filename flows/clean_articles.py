"""The Prefect flow: discover raw/ -> clean in batches -> deduplicate -> write -> report.

The flow is thin: every task calls a plain function of a stage's module (``flows.plan``,
``flows.staging``, ``flows.furniture``, ``flows.dedup``, ``flows.commit``, ``flows.publish``),
of ``flows.batches`` (on the workers) or of ``flows.io``.
One task per batch of files (never per document), so Prefect's per-task cost (about 7 ms with
threads) stays negligible. Large in-memory values passed between tasks are wrapped in
``quote`` so Prefect does not walk them looking for futures (that walk cost 13 s on 2,140
documents, against 0.3 s for the work itself).

The flow comes first and reads as the run's story; the steps it calls follow (finding the
inputs, writing the outputs). Taking in one part of the run (clean, site furniture, dedup,
commit) is ``flows.intake``'s; the tasks are in ``flows.tasks``.
"""

from __future__ import annotations

import os
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger
from prefect.context import get_run_context
from prefect.task_runners import ProcessPoolTaskRunner

from cleaners.config import PipelineConfig
from flows import cluster, handoff, io, runfiles
from flows.articles import Languages
from flows.cluster import on_cluster
from flows.intake import take_in
from flows.languages_ahead import _LanguagesAhead
from flows.memory import settle
from flows.plan import InputPlan, check_gone, cleaning_fingerprint, input_parts
from flows.publish import keep_languages, keep_rows, render_share_of
from flows.report import _publish_artifacts, finish_report, merge_reports
from flows.state import State
from flows.tally import _Tally, _Written, run_stats
from flows.tasks import (
    _work,
    detect_languages_ahead,
    discover_inputs,
    plan_inputs,
    plan_outputs,
    write_articles,
    write_indexes,
    write_report,
)
from flows.workers import (
    INLINE_MAX,
    Sealed,
    _quoted,
    _Result,
    _shared_api,
    _Workers,
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
            taken = take_in(
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
