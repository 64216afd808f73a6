"""The run's report: what it read and what became of every document (published, listed as
a duplicate or rejected), one report for a run taken in parts, the corpus after the commit,
and the run's story in the Prefect dashboard (``_publish_artifacts``).

No Prefect here, but for ``_publish_artifacts``, which imports it when called: the run as
plain Python (``flows.plain``) never loads it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from cleaners.config import PipelineConfig
from flows.candidates import chunks
from flows.dedup import DedupPlan
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
    for chunk in chunks(sorted(last)):
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
    for chunk in chunks(rels):
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


def _publish_artifacts(state: State, report: dict[str, Any]) -> None:
    """Tell the run's story in the dashboard: a summary table, a readable report (with the
    rejected documents) and the duplicates this run found, linked to the published files."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    c, files, total = report["counts"], report["files"], report["corpus"]
    rows: list[dict[str, Any]] = [
        {"metric": "files seen", "value": files["seen"]},
        {"metric": "files unchanged (skipped)", "value": files["unchanged"]},
        {"metric": "files read (new or changed)", "value": files["read"]},
        {"metric": "files gone from raw/ (their articles removed)", "value": files["removed"]},
        {"metric": "files unavailable (folder not listed: kept)", "value": files["unavailable"]},
        {"metric": "documents read", "value": c["read"]},
        {"metric": "published (canonical)", "value": c["canonical"]},
        {"metric": "duplicates", "value": c["duplicates"]},
        {"metric": "rejected", "value": c["rejected"]},
        {"metric": "corpus: canonical articles", "value": total["canonical"]},
        {"metric": "corpus: duplicates", "value": total["duplicates"]},
        {"metric": "corpus: rejected", "value": total["rejected"]},
        {"metric": "seconds", "value": report["seconds"]},
    ]
    rows += [{"metric": f"language {k}", "value": v} for k, v in report["languages"].items()]
    rows += [{"metric": f"rule {k}", "value": v} for k, v in report["rules_fired"].items()]
    rows += [
        {"metric": f"rejected: {k}", "value": v} for k, v in report["rejection_reasons"].items()
    ]
    create_table_artifact(key="run-summary", table=rows, description="newsclean run summary")

    out = Path(report["out_dir"]).resolve()
    rejected = list(
        state.rows(
            "SELECT path, record, reason FROM docs WHERE status='rejected' AND run_id=?"
            " ORDER BY path, record LIMIT 51",
            (report["run_id"],),
        )
    )
    reasons = report.get("rule_reasons", {})
    story = [
        "# newsclean run",
        "",
        f"Saw **{files['seen']}** files in `{report['raw_dir']}`: {files['unchanged']} "
        f"unchanged (skipped), {files['read']} new or changed, {files['removed']} gone. "
        f"Read **{c['read']}** documents: published **{c['canonical']}** canonical articles "
        f"to `{out}`, listed **{c['duplicates']}** as duplicates "
        f"({report['clusters_with_duplicates']} clusters), rejected **{c['rejected']}**. "
        f"The corpus now holds {total['canonical']} articles, {total['duplicates']} "
        f"duplicates and {total['rejected']} rejected documents. Took {report['seconds']} s.",
        "",
        "## Furniture removed (top rules)",
        "",
        "| rule | lines | why |",
        "|---|---|---|",
        *(
            f"| `{k}` | {v} | {reasons.get(k, '')} |"
            for k, v in list(report["rules_fired"].items())[:12]
        ),
        "",
        "## Languages",
        "",
        ", ".join(f"{k}: {v}" for k, v in report["languages"].items()) or "none",
        "",
        "## Rejected",
        "",
        *(
            f"- `{path}`{f' line {record}' if record else ''}: {reason}"
            for path, record, reason in rejected[:50]
        ),
        *(["- ... and more in rejected.jsonl"] if len(rejected) > 50 else []),
        *(["Nothing was rejected."] if not rejected else []),
        "",
        "## Removed: files gone from raw/",
        "",
        *(f"- `{path}`" for path in files["removed_paths"][:50]),
        *([f"- ... {files['removed'] - 50} more in report.json"] if files["removed"] > 50 else []),
        *(["No file was removed."] if not files["removed"] else []),
        *(
            [
                "",
                f"**{files['unavailable']} files kept as they were**: these folders of raw/"
                " could not be listed: " + ", ".join(f"`{u}`" for u in files["unlisted_folders"]),
            ]
            if files["unlisted_folders"]
            else []
        ),
        "",
        "## Time per stage (s)",
        "",
        ", ".join(f"{k} {v}" for k, v in report["timings"].items()),
    ]
    create_markdown_artifact(key="run-report", markdown="\n".join(story))

    lines = ["# Duplicates found in this run", ""]
    by_cluster: dict[str, list[dict[str, Any]]] = {}
    for m in report["merges"]:
        by_cluster.setdefault(m["cluster"], []).append(m)
    if not by_cluster:
        lines.append("No duplicates found in this run.")

    def where(doc_id: str) -> tuple[str, str, str]:
        row = state.db.execute(
            "SELECT title, path, source FROM docs WHERE id=?", (doc_id,)
        ).fetchone()
        return (row[0] or doc_id, row[1], row[2]) if row else (doc_id, "?", "?")

    for cid, merges in list(by_cluster.items())[:200]:
        canon = merges[0]["canonical"]
        title, path, source = where(canon)
        published = out / "articles" / f"{canon}.txt"
        lines.append(f"## {title} (`{cid}`)")
        lines.append(
            f"- canonical: `{canon}` from `{path}` ({source}), "
            f"published as `{published}`"  # (a browser opens no file:// link from the UI)
        )
        for m in merges:
            _, dpath, dsource = where(m["duplicate"])
            lines.append(
                f"- duplicate: `{m['duplicate']}` from `{dpath}` ({dsource}), jaccard "
                f"{m['jaccard']:.2f}, containment {m['containment']:.2f}, check: {m['check']}"
            )
        lines.append("")
    create_markdown_artifact(key="duplicate-clusters", markdown="\n".join(lines))
