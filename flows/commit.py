"""The commit: a run (or a part of one) applied to the state in one transaction.

Documents of changed or gone files go with their band keys, the staged documents come in
with their clusters, and the files, clusters and the run's report are written; the articles
whose files must change are left pending for the outputs (``flows.publish``).

No Prefect here: the flow wraps these functions in tasks.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from cleaners.config import PipelineConfig
from cleaners.dedup import all_band_keys
from flows.articles import article_sha
from flows.candidates import int_pairs
from flows.checkpoint import checkpoint
from flows.dedup import DedupPlan
from flows.plan import InputPlan
from flows.staging import RunDocs
from flows.state import DOC_COLUMNS, State, dedup_params


def commit(
    state: State,
    run_id: str,
    plan: InputPlan,
    run: RunDocs,
    dedup: DedupPlan,
    fingerprint: str,
    cfg: PipelineConfig,
    report: dict[str, Any],
) -> None:
    """Apply the whole run to the state in one transaction."""
    checkpoint("before-commit")

    def keys_of(sigs: list[bytes], leads: list[bytes]) -> np.ndarray:
        return all_band_keys(
            np.array([np.frombuffer(s, dtype=np.uint32) for s in sigs]),
            np.array([np.frombuffer(s, dtype=np.uint32) for s in leads]),
            cfg.dedup,
        )

    with state.transaction() as db:
        db.execute(
            "INSERT OR REPLACE INTO meta VALUES ('dedup', ?)",
            (json.dumps(dedup_params(cfg.dedup), sort_keys=True),),
        )
        # what the articles this run touches look like now, to tell which really change
        # (not those an earlier part of this run wrote: their articles are this run's anyway)
        prior = {
            cid: (sha or article_sha(state, cid, cfg), last)
            for cid, sha, last in db.execute(
                "SELECT id, article_sha, article_run FROM clusters"
                " WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(dedup.clusters)),),
            ).fetchall()
            if last != run_id
        }
        # documents of changed or vanished files go first, with their band keys
        for n, _doc_id, sig, lead in dedup.removed:
            if sig and lead:
                ks = keys_of([sig], [lead])[0]
                db.executemany("DELETE FROM bands WHERE key=? AND n=?", ((int(k), n) for k in ks))
        db.executemany("DELETE FROM docs WHERE n=?", ((r[0],) for r in dedup.removed))
        checkpoint("commit-middle")
        # this run's documents go in with their cluster (one write per row, not an insert
        # and an update); earlier articles that changed cluster or match are updated
        cols = ", ".join(("id", *DOC_COLUMNS))
        staged = set(run.ids)
        db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS m(id TEXT PRIMARY KEY, cluster TEXT, jaccard REAL,"
            ' containment REAL, "check" TEXT)'
        )
        db.execute("DELETE FROM m")
        db.executemany(
            "INSERT INTO m VALUES (?, ?, ?, ?, ?)", (r for r in dedup.members if r[0] in staged)
        )
        picked = ", ".join(f"s.{c}" for c in ("id", *DOC_COLUMNS))
        db.execute(
            f'INSERT INTO docs({cols}, cluster, jaccard, containment, "check")'
            f' SELECT {picked}, m.cluster, m.jaccard, m.containment, m."check"'
            " FROM staging s LEFT JOIN m ON m.id = s.id"
        )
        db.execute("DELETE FROM m")
        db.executemany(
            'UPDATE docs SET cluster=?, jaccard=?, containment=?, "check"=? WHERE id=?',
            (
                (cid, j, c, chk, doc_id)
                for doc_id, cid, j, c, chk in dedup.members
                if doc_id not in staged
            ),
        )
        found = db.execute(
            "SELECT d.n, d.signature, d.lead FROM docs d JOIN staging s ON s.id = d.id"
            " WHERE d.status = 'article'"
        )
        while new_rows := found.fetchmany(10_000):  # bounded memory: 10,000 signatures at a time
            ks = keys_of([r[1] for r in new_rows], [r[2] for r in new_rows])
            ns = np.repeat(np.array([r[0] for r in new_rows], dtype=np.int64), ks.shape[1])
            flat = ks.ravel()
            order = np.lexsort((ns, flat))  # in key order: B-tree inserts 4x faster
            db.executemany(
                "INSERT OR IGNORE INTO bands VALUES (?, ?)", int_pairs(flat[order], ns[order])
            )
        db.executemany("DELETE FROM clusters WHERE id=?", ((c,) for c in sorted(dedup.deleted)))
        db.executemany(
            "INSERT OR REPLACE INTO clusters(id, canonical, article_sha, article_run)"
            " VALUES (?, ?, '', ?)",
            ((cid, canon, run_id) for cid, canon in sorted(dedup.clusters.items())),
        )
        for cid, (sha, last) in sorted(prior.items()):
            if article_sha(state, cid, cfg) == sha:  # same bytes: the article keeps its run
                db.execute(
                    "UPDATE clusters SET article_sha=?, article_run=? WHERE id=?",
                    (sha, last, cid),
                )
        # files
        db.executemany("DELETE FROM files WHERE path=?", ((p,) for p in plan.gone))
        db.executemany(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
            (
                (rel, size, mtime, run.files.get(rel), fingerprint, run_id)
                for rel, (size, mtime) in plan.stats.items()
            ),
        )
        db.executemany(
            "UPDATE files SET size=?, mtime_ns=? WHERE path=?",
            ((f.size, f.mtime_ns, f.path) for f in plan.touched),
        )
        db.executemany(
            "INSERT OR IGNORE INTO pending VALUES (?)", ((i,) for i in sorted(dedup.pending))
        )
        if dedup.pending or run.read or plan.gone:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('outputs', 'stale')")
        db.execute(
            "INSERT OR REPLACE INTO runs VALUES (?, ?, ?)",
            (run_id, report["started"], json.dumps(report, ensure_ascii=False)),
        )
        # every commit counts: a plan made before it no longer holds (flows.handoff)
        db.execute(
            "INSERT INTO meta VALUES ('commits', '1') ON CONFLICT(key)"
            " DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )
        db.execute("DELETE FROM staging")
        db.execute("DELETE FROM staged_shingles")
    checkpoint("after-commit")
