"""The whole run as plain Python, step for step what the flow (``flows.clean_articles``) does
with its tasks: benchmarks and unit tests use it.

A run reads only new or changed raw files (``flows.plan``). Their documents are staged
(``flows.staging``), checked for repeated ids, lose their site furniture (``flows.furniture``),
and are clustered against everything the state holds (``flows.dedup``): LSH band keys give
candidates (an index lookup), the exact shingle check decides. Clusters that gain or lose
members elect their canonical again (most complete copy first); the cluster id never changes.
Everything is then committed in one transaction (``flows.commit``), and the outputs are
written from the state (``flows.publish``), so a run killed at any point is finished, not
repeated, by the next one. ``flows.report`` tells what the run did.

No Prefect here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from cleaners.config import PipelineConfig
from flows import discovery, io, runfiles
from flows.batches import clean_to_file
from flows.commit import commit
from flows.dedup import deduplicate
from flows.furniture import add_reclean, apply_site_furniture, files_to_reclean
from flows.plan import InputPlan, check_gone, cleaning_fingerprint, input_parts, plan_inputs
from flows.publish import sync_outputs
from flows.report import finish_report, make_report, merge_reports, read_earlier_in_run
from flows.staging import RunDocs, accept_batch
from flows.state import State


def run_plain(
    raw_dir: str,
    out_dir: str,
    cfg: PipelineConfig,
    run_id: str,
    started: str = "",
    allow_gone: bool = False,
) -> dict[str, Any]:
    """The whole run as plain Python, step for step what the flow does with its tasks
    (benchmarks and unit tests use it; the flow adds tasks, retries and artifacts)."""
    with io.run_lock(Path(out_dir)), State(Path(out_dir)) as state:
        state.check_params(cfg.dedup)
        fingerprint = cleaning_fingerprint(cfg)
        listing = discovery.list_inputs(Path(raw_dir))
        plan = plan_inputs(state, raw_dir, listing.paths, fingerprint, listing.unlisted)
        if not allow_gone:
            check_gone(plan, cfg.limits)
        parts = input_parts(plan, raw_dir, cfg.part_size, cfg.limits)
        folder = runfiles.start_run_folder(Path(out_dir), run_id)
        reports, again = [], Counter[str]()
        for part in parts:
            report, earlier = _plain_part(
                state, part, raw_dir, out_dir, cfg, run_id, started, folder
            )
            reports.append(report)
            again.update(earlier)
        report = merge_reports(state, plan, parts, reports, again)
        sync_outputs(state, out_dir, cfg)
        runfiles.end_run_folder(Path(out_dir), run_id)
        return finish_report(state, report)


def _plain_part(
    state: State,
    plan: InputPlan,
    raw_dir: str,
    out_dir: str,
    cfg: PipelineConfig,
    run_id: str,
    started: str,
    folder: Path,
) -> tuple[dict[str, Any], Counter[str]]:
    """One part of a run (all of it, unless it is large: see ``plan.input_parts``), up to
    its commit; return its report and what it read again of earlier parts."""
    fingerprint = cleaning_fingerprint(cfg)
    state.clear_staging()
    run = RunDocs(run_id=run_id)
    size = cfg.batch_size
    dropping = set(plan.replaced) | set(plan.gone)
    for i in range(0, len(plan.todo), size):
        file = str(folder / f"clean-{i}.pkl")
        staged = clean_to_file(plan.todo[i : i + size], raw_dir, cfg, file, run_id)
        accept_batch(state, run, staged, dropping, run_id)
    again = files_to_reclean(state, run, plan, cfg)
    earlier: Counter[str] = Counter()
    if again:
        earlier = read_earlier_in_run(state, again, run_id)
        full = add_reclean(plan, state, raw_dir, again)
        file = str(folder / "clean-again.pkl")
        staged = clean_to_file(full, raw_dir, cfg, file, run_id)
        accept_batch(state, run, staged, set(plan.replaced) | set(plan.gone), run_id)
    dropping = set(plan.replaced) | set(plan.gone)
    apply_site_furniture(state, run, dropping, cfg)
    dedup = deduplicate(state, run, plan, cfg)
    report = make_report(run_id, started, raw_dir, out_dir, plan, run, dedup, cfg)
    commit(state, run_id, plan, run, dedup, fingerprint, cfg, report)
    return report, earlier
