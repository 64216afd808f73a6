"""The run's report: what it read and what became of every document (published, listed as
a duplicate or rejected), one report for a run taken in parts, the corpus after the commit.

No Prefect here: the flow wraps these functions in tasks.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from cleaners.config import PipelineConfig
from flows.dedup import DedupPlan, _chunks
from flows.plan import PIPELINE_VERSION, InputPlan
from flows.staging import RunDocs
from flows.state import State


def make_report(
    run_id: str,
    started: str,
    raw_dir: str,
    out_dir: str,
    plan: InputPlan,
    run: RunDocs,
    dedup: DedupPlan,
    cfg: PipelineConfig,
) -> dict[str, Any]:
    """What this run did, before the commit: every document it read is published, listed
    as a duplicate or rejected, and the three add up to ``read``."""
    canon_ids = set(dedup.clusters.values())
    new_ids = {d.id for d in run.articles}
    published = len(new_ids & canon_ids)
    counts = {
        "read": run.read,
        "canonical": published,
        "duplicates": len(new_ids) - published,
        "rejected": len(run.rejected),
    }
    if counts["canonical"] + counts["duplicates"] + counts["rejected"] != counts["read"]:
        raise RuntimeError(f"accounting mismatch: {counts}")
    reasons = Counter(r.rule for r in run.rejected)
    return {
        "run_id": run_id,
        "pipeline_version": PIPELINE_VERSION,
        "raw_dir": raw_dir,
        "out_dir": out_dir,
        "started": started,
        "counts": counts,
        "files": {
            "seen": plan.seen,
            "unchanged": plan.unchanged,
            "read": len(plan.todo),
            "changed": len(plan.replaced),
            **_removed(plan),
        },
        "replaced_documents": len(dedup.removed),
        "rules_fired": dict(run.rules.most_common()),
        "rule_reasons": dict(sorted(run.reasons.items())),
        "encoding_fixes": dict(run.fixes.most_common()),
        "rejection_reasons": dict(reasons.most_common()),
        "merges": dedup.merges,
        "clusters_with_duplicates": len({m["cluster"] for m in dedup.merges}),
        "config": cfg.to_dict(),
        "dedup_version": cfg.dedup.version,
    }


def merge_reports(
    state: State,
    plan: InputPlan,
    parts: list[InputPlan],
    reports: list[dict[str, Any]],
    again: Counter[str],
) -> dict[str, Any]:
    """One report for a run taken in parts (``reports``, one per part, after the last
    commit): documents read once each (``again``: what later parts read again, see
    ``read_earlier_in_run``), published and duplicate counts as the state now has them."""
    if len(reports) == 1:
        return reports[0]
    first = reports[0]
    summed: dict[str, Counter[str]] = {}
    for name in ("rules_fired", "encoding_fixes", "rejection_reasons"):
        summed[name] = Counter()
        for r in reports:
            summed[name].update(r[name])
    for key, n in again.items():
        if key.startswith("rejected:"):
            summed["rejection_reasons"][key.partition(":")[2]] -= n
    read = sum(r["counts"]["read"] for r in reports) - sum(again.values())
    rejected = sum(r["counts"]["rejected"] for r in reports) - (
        sum(again.values()) - again["article"]
    )
    canonical = state.db.execute(
        "SELECT count(*) FROM clusters c JOIN docs d ON d.id = c.canonical WHERE d.run_id=?",
        (first["run_id"],),
    ).fetchone()[0]
    counts = {
        "read": read,
        "canonical": canonical,
        "duplicates": read - rejected - canonical,
        "rejected": rejected,
    }
    if min(counts.values()) < 0:
        raise RuntimeError(f"accounting mismatch: {counts}")
    merges = _final_merges(state, [m for r in reports for m in r["merges"]])
    reasons: dict[str, str] = {}
    for r in reports:
        for rule, reason in r["rule_reasons"].items():
            reasons.setdefault(rule, reason)
    return {
        **first,
        "counts": counts,
        "files": {
            "seen": plan.seen,
            "unchanged": plan.unchanged,
            "read": sum(len(p.todo) for p in parts),
            "changed": len({r for p in parts for r in p.replaced} | set(plan.replaced)),
            **_removed(plan),
        },
        "parts": [
            {"files": len(p.todo), "read": r["counts"]["read"]}
            for p, r in zip(parts, reports, strict=True)
        ],
        "replaced_documents": sum(r["replaced_documents"] for r in reports),
        "rules_fired": dict(summed["rules_fired"].most_common()),
        "rule_reasons": dict(sorted(reasons.items())),
        "encoding_fixes": dict(summed["encoding_fixes"].most_common()),
        "rejection_reasons": dict((+summed["rejection_reasons"]).most_common()),
        "merges": merges,
        "clusters_with_duplicates": len({m["cluster"] for m in merges}),
    }


LISTED_GONE = 1000  # removed files a report names (all are counted)


def _removed(plan: InputPlan) -> dict[str, Any]:
    """What a report says of the files taken out as gone, and of those kept as unavailable
    (under folders of raw/ that could not be listed)."""
    return {
        "removed": len(plan.gone),
        "removed_paths": plan.gone[:LISTED_GONE],
        "unavailable": len(plan.unavailable),
        "unlisted_folders": plan.unlisted,
    }


def _final_merges(state: State, merges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The parts' merges as the run left them: a later part's entry for a duplicate replaces
    an earlier one, and each names the cluster and canonical the duplicate has now (a later
    part may have joined two clusters, or elected another canonical)."""
    last = {m["duplicate"]: m for m in merges}
    now: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(sorted(last)):
        sql = (
            "SELECT d.id, d.cluster, c.canonical FROM docs d JOIN clusters c ON c.id = d.cluster"
            f" WHERE d.id IN ({','.join('?' * len(chunk))})"
        )
        now.update((i, (cid, canon)) for i, cid, canon in state.rows(sql, chunk))
    out = []
    for m in merges:
        if last[m["duplicate"]] is not m or m["duplicate"] not in now:
            continue
        cid, canon = now[m["duplicate"]]
        if canon != m["duplicate"]:
            out.append({**m, "cluster": cid, "canonical": canon})
    return out


def read_earlier_in_run(state: State, rels: list[str], run_id: str) -> Counter[str]:
    """Documents of these files that this run already took in (an earlier part of it):
    ``article`` and one count per rejection rule. A part that cleans such a file again (its
    articles hold a line that later became site furniture) replaces them."""
    found: Counter[str] = Counter()
    for chunk in _chunks(rels):
        sql = (
            "SELECT status, rule, count(*) FROM docs"
            f" WHERE path IN ({','.join('?' * len(chunk))}) AND run_id=? GROUP BY status, rule"
        )
        for status, rule, n in state.rows(sql, [*chunk, run_id]):
            found["article" if status == "article" else f"rejected:{rule}"] += n
    return found


def finish_report(state: State, report: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """Add what the commit made of the corpus, and keep the final report in the state."""
    langs = Counter(
        lang
        for (lang,) in state.rows(
            "SELECT c.language FROM clusters c JOIN docs d ON d.id = c.canonical WHERE d.run_id=?",
            (report["run_id"],),
        )
    )
    report = {
        **report,
        **extra,
        "languages": dict(sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))),
        "corpus": state.counts(),
    }
    with state.transaction() as db:
        db.execute(
            "UPDATE runs SET report=? WHERE id=?",
            (json.dumps(report, ensure_ascii=False), report["run_id"]),
        )
    return report
