"""Incremental runs over the state: what to read, deduplicate against earlier runs, commit,
and bring the output files up to date.

A run reads only new or changed raw files. Their documents are staged, checked for repeated
ids, lose their site furniture, and are clustered against everything the state holds: LSH band
keys give candidates (an index lookup), the exact shingle check decides. Clusters that gain or
lose members elect their canonical again (most complete copy first); the cluster id never
changes. Everything is then committed in one transaction, and the outputs are written from
the state, so a run killed at any point is finished, not repeated, by the next one.

No Prefect here: the flow wraps these functions in tasks.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import signal
import sqlite3
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from cleaners.config import DedupConfig, LimitsConfig, PipelineConfig
from cleaners.dedup import (
    DedupKey,
    UnionFind,
    all_band_keys,
    canonical_order,
    cluster_id,
    key_pairs,
    lead_of,
    make_key,
    normalize_for_dedup,
    shingle_hashes,
    similarity,
    verify,
    worth_checking,
    worth_checking_mask,
)
from cleaners.document import CleanDocument, Rejection
from cleaners.language import DEFERRED
from cleaners.pipeline import with_language
from cleaners.sitelines import drop_site_furniture, restore_site_furniture
from flows import inputs, io
from flows.state import (
    DOC_COLUMNS,
    FileRow,
    State,
    dedup_params,
    pack,
    pack_document,
    unpack,
)

PIPELINE_VERSION = "8"

# Fixes any faithful copy may need; the others (mojibake, entities) mark a damaged copy.
COSMETIC = frozenset({"normalize_spaces", "remove_invisible", "NFC", "remove_control_chars"})


def checkpoint(name: str) -> None:
    """Crash tests name a point here (NEWSCLEAN_KILL_AT) to SIGKILL the run exactly there."""
    if os.environ.get("NEWSCLEAN_KILL_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


def cleaning_fingerprint(cfg: PipelineConfig) -> str:
    """What a clean body depends on besides the raw bytes: a file cleaned under another
    fingerprint is cleaned again, so a changed rule applies to the whole corpus."""
    blob = json.dumps(
        {
            "pipeline": PIPELINE_VERSION,
            "encoding": cfg.to_dict()["encoding"],
            "boilerplate": cfg.to_dict()["boilerplate"],
            "language": cfg.to_dict()["language"],
            # what reading may take in (only when set: a state cleaned under the defaults
            # keeps its fingerprint); the corpus guard (gone_*) decides nothing about a body
            **(
                {"limits": {k: v for k, v in cfg.to_dict()["limits"].items() if "gone" not in k}}
                if _reading_limits(cfg.limits) != _reading_limits(LimitsConfig())
                else {}
            ),
        },
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _reading_limits(limits: LimitsConfig) -> tuple[int, ...]:
    return (limits.file_bytes, limits.decompressed_bytes, limits.document_chars, limits.json_depth)


# --- which files to read ---------------------------------------------------------------


@dataclass(slots=True)
class InputPlan:
    """The raw files of this run, split by what must happen to them."""

    todo: list[str] = field(default_factory=list)  # absolute paths to read (new or changed)
    stats: dict[str, tuple[int, int]] = field(default_factory=dict)  # rel -> (size, mtime_ns)
    touched: list[FileRow] = field(default_factory=list)  # same bytes, new mtime
    gone: list[str] = field(default_factory=list)  # in the state, no longer in raw/
    replaced: list[str] = field(default_factory=list)  # todo files the state already holds
    unchanged: int = 0
    seen: int = 0
    known: int = 0  # files the state held before this run
    # files the state holds under folders of raw/ that could not be listed this run: kept as
    # they are (unavailable, not gone)
    unavailable: list[str] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)  # those folders, relative to raw/


class TooManyGoneError(RuntimeError):
    """A run would take out more of the corpus as gone from raw/ than it may on its own."""


def plan_inputs(
    state: State,
    raw_dir: str,
    paths: list[str],
    fingerprint: str,
    unlisted: list[str] | tuple[str, ...] = (),
) -> InputPlan:
    """Skip files whose size, mtime (or else sha256) and cleaning fingerprint are unchanged.

    Files the state holds that raw/ no longer has are gone, except under ``unlisted`` folders
    (a listing error): those stay as they are, ``unavailable``."""
    rel_of = _relative_to(raw_dir)
    known = state.files()
    plan = InputPlan(seen=len(paths), known=len(known), unlisted=list(unlisted))
    present: set[str] = set()
    for p in paths:
        rel = rel_of(p)
        present.add(rel)
        try:
            st = os.stat(p)  # noqa: PTH116  (no Path per file: see inputs.discover_paths)
        except OSError:
            plan.todo.append(p)  # the reader will reject it with the reason
            plan.stats[rel] = (0, 0)
            continue
        old = known.get(rel)
        if old is not None and old.fingerprint == fingerprint:
            if (old.size, old.mtime_ns) == (st.st_size, st.st_mtime_ns):
                plan.unchanged += 1
                continue
            if (
                old.sha256
                and old.size == st.st_size
                and not os.path.islink(p)  # noqa: PTH114  (a link is checked by the reader)
                and _sha256(Path(p)) == old.sha256
            ):
                plan.unchanged += 1
                plan.touched.append(
                    FileRow(rel, st.st_size, st.st_mtime_ns, old.sha256, fingerprint)
                )
                continue
        plan.todo.append(p)
        plan.stats[rel] = (st.st_size, st.st_mtime_ns)
        if old is not None:
            plan.replaced.append(rel)
    missing = sorted(set(known) - present)
    prefixes = tuple("" if u in {"", "."} else u.rstrip("/") + "/" for u in unlisted)
    plan.unavailable = [r for r in missing if prefixes and r.startswith(prefixes)]
    plan.gone = [r for r in missing if not (prefixes and r.startswith(prefixes))]
    return plan


def check_gone(plan: InputPlan, limits: LimitsConfig) -> None:
    """Refuse a run that would take out much of the corpus as gone (raise TooManyGoneError):
    every file the state holds, or more than ``limits.gone_files`` files and more than
    ``limits.gone_share`` of them. An empty, unmounted or mistyped raw/ looks just like
    that, and publishing nothing would then delete the whole corpus."""
    gone = len(plan.gone)
    if not gone:
        return
    everything = gone >= plan.known
    if everything or (gone > limits.gone_files and gone > limits.gone_share * plan.known):
        share = gone / plan.known if plan.known else 1.0
        what = "every file" if everything else f"{gone:,} of {plan.known:,} files ({share:.0%})"
        first = ", ".join(plan.gone[:3]) + (", ..." if gone > 3 else "")
        raise TooManyGoneError(
            f"refusing to remove {what} of the corpus as gone from raw/ ({first});"
            f" nothing was changed. Check that --raw points at the right folder and that it"
            f" is mounted. If these files were removed on purpose, run again with --allow-gone"
            f" (or raise limits.gone_share in the config)."
        )


def _relative_to(raw_dir: str) -> Callable[[str], str]:
    """``inputs.relative`` for the paths under ``raw_dir`` that ``inputs.discover_paths`` gives,
    without two Path objects per file (100k files: 1.9 s with them)."""
    root = Path(raw_dir)
    prefix = os.path.join(str(root), "")  # noqa: PTH118  (paths from discover_paths start with it)

    def rel_of(p: str) -> str:
        if p.startswith(prefix) and os.sep == "/":
            return inputs.printable(p[len(prefix) :])
        return inputs.relative(Path(p), root)

    return rel_of


def input_parts(
    plan: InputPlan, raw_dir: str, limit: int, limits: LimitsConfig | None = None
) -> list[InputPlan]:
    """The run's files in parts of about ``limit`` documents (a part ends before the file
    that would take it past the limit), in their order; one part when they hold no more.

    Each part is taken in and committed like a run of its own, so the flow holds one part's
    records at a time. The first part also removes what is gone and the earlier versions of
    every changed file (those of later parts included: the state forgets them, and their new
    versions come in as new files), so a later part only adds documents.
    """
    if limit <= 0 or len(plan.todo) < 2:
        return [plan]
    if len(plan.todo) <= limit and not any(inputs.is_feed(p) for p in plan.todo):
        return [plan]
    root, bounds_ = Path(raw_dir), limits or LimitsConfig()
    counts = [inputs.documents_in(Path(p), root, bounds_) for p in plan.todo]
    if sum(counts) <= limit:
        return [plan]
    rels = list(map(_relative_to(raw_dir), plan.todo))
    bounds, start, docs = [], 0, 0
    for i, n in enumerate(counts):
        if i > start and docs + n > limit:
            bounds.append((start, i))
            start, docs = i, 0
        docs += n
    bounds.append((start, len(rels)))
    replaced = set(plan.replaced)
    parts = []
    for k, (a, b) in enumerate(bounds):
        own = rels[a:b]
        part = InputPlan(
            todo=plan.todo[a:b],
            stats={r: plan.stats[r] for r in own},
            seen=plan.seen,
            known=plan.known,
        )
        if k == 0:
            later = [r for r in rels[b:] if r in replaced]
            part.touched, part.unchanged = plan.touched, plan.unchanged
            part.replaced = [r for r in own if r in replaced]
            part.gone = sorted({*plan.gone, *later})
        parts.append(part)
    return parts


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


def keep_languages(state: State, languages: Languages) -> None:
    """Keep languages detected for canonicals in their clusters (a part of a run detects them
    while it commits; a later commit that touches the cluster clears them again)."""
    with state.transaction() as db:
        db.executemany(
            "UPDATE clusters SET language=?, language_score=? WHERE canonical=?"
            " AND language IS NULL",
            ((lang, score, doc_id) for doc_id, (lang, score) in sorted(languages.items())),
        )


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


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


# --- this run's documents --------------------------------------------------------------


@dataclass(slots=True)
class NewDoc:
    """What a run keeps in memory per new article: no text, only what dedup needs."""

    id: str
    source: str
    key: DedupKey
    site_keys: list[str]
    # site furniture the cleaning worker already removed (line keys), and the exact hash of
    # the body before that: distinct stories are counted on what was cleaned
    dropped: frozenset[str] = frozenset()
    story: str | None = None


@dataclass(slots=True)
class RunDocs:
    """This run's documents, as staged: articles (light records) and rejections."""

    articles: list[NewDoc] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    files: dict[str, str | None] = field(default_factory=dict)  # rel -> sha256
    rules: Counter[str] = field(default_factory=Counter)
    fixes: Counter[str] = field(default_factory=Counter)
    reasons: dict[str, str] = field(default_factory=dict)  # rule -> first reason seen
    read: int = 0
    ids: dict[str, str] = field(default_factory=dict)  # id -> where (this run)
    # source -> line counts over the state's articles of that site (each body once), for the
    # line keys this run's articles of the site hold (``site_read``), read once a run or part
    # for each key (the state does not change before the commit)
    site_base: dict[str, Counter[str]] = field(default_factory=dict)
    site_read: dict[str, set[str]] = field(default_factory=dict)
    run_id: str = ""  # the run these documents are (or part) of


def doc_row(doc: CleanDocument, key: DedupKey, site_keys: list[str], run_id: str) -> dict[str, Any]:
    return {
        "skey": skey(doc.raw_path, doc.record),
        "id": doc.id,
        "path": doc.raw_path,
        "record": doc.record,
        "source": doc.source,
        "title": doc.title,
        "status": "article",
        "body": pack_document(doc),
        "exact": key.exact,
        "signature": key.signature.astype(np.uint32).tobytes(),
        "lead": (key.lead if key.lead is not None else key.signature).astype(np.uint32).tobytes(),
        "word_count": key.word_count,
        "published": key.published,
        "repairs": key.repairs,
        "language": doc.language,
        "site_keys": json.dumps(site_keys),
        "run_id": run_id,
        "shingle_count": key.size,
    }


def rejection_row(r: Rejection, run_id: str) -> dict[str, Any]:
    return {
        "skey": skey(r.raw_path, r.record),
        "id": r.id,
        "path": r.raw_path,
        "record": r.record,
        "source": r.source,
        "status": "rejected",
        "rule": r.rule,
        "reason": r.reason,
        "run_id": run_id,
    }


def skey(path: str, record: int | None) -> str:
    """Where a document came from: its raw path, and line for a JSONL record."""
    return path + (f"#{record}" if record else "")


@dataclass(slots=True)
class StagedBatch:
    """What a worker hands back after staging a batch: light records, never article text."""

    articles: list[NewDoc] = field(default_factory=list)
    where: dict[str, str] = field(default_factory=dict)  # article id -> staging key
    rejected: list[Rejection] = field(default_factory=list)
    files: dict[str, str | None] = field(default_factory=dict)
    rules: Counter[str] = field(default_factory=Counter)
    fixes: Counter[str] = field(default_factory=Counter)
    reasons: dict[str, str] = field(default_factory=dict)
    read: int = 0
    seconds: float = 0.0  # the whole task, wall time
    staging: float = 0.0  # of which staging in the state, wall time
    cpu: float = 0.0  # the task's CPU time (its thread's; less than ``seconds`` when it waited)
    started: float = 0.0  # wall clock (time.time) when the task's work began and ended
    finished: float = 0.0
    pid: int = 0  # the process that cleaned it (the run reports how many took part)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled by columns (the batch goes back from the worker to the flow): the
        articles' MinHash signatures as two arrays instead of two small arrays and two
        dataclass states per article, and one shared empty shingle set. 2,000 documents:
        32 -> 11 ms to pickle, 26 -> 12 ms to unpickle (the flow unpickles every batch), and
        the flow keeps 2.9 KB per article instead of 4.1 (each signature a row of its
        batch's array)."""
        keys = [a.key for a in self.articles]
        assert not any(k.shingles.size for k in keys), "a batch holds light keys only"
        leads = [k.lead for k in keys]
        present = [lead is not None for lead in leads]
        columns = (
            [a.id for a in self.articles],
            [a.source for a in self.articles],
            [(k.id, k.exact, k.word_count, k.published, k.repairs, k.size) for k in keys],
            _stacked([k.signature for k in keys]),
            _stacked([lead for lead in leads if lead is not None]),
            present,
            [a.site_keys for a in self.articles],
            [(a.dropped, a.story) for a in self.articles],
        )
        scalars = (self.read, self.seconds, self.staging, self.cpu, self.started, self.finished)
        rest = (self.where, self.rejected, self.files, self.rules, self.fixes, self.reasons)
        return (_unpack_batch, (columns, rest, scalars, self.pid))


def _stacked(arrays: list[np.ndarray]) -> np.ndarray:
    return np.stack(arrays) if arrays else np.zeros((0, 0), np.uint32)


def _unpack_batch(
    columns: tuple[Any, ...], rest: tuple[Any, ...], scalars: tuple[float, ...], pid: int
) -> StagedBatch:
    ids, sources, fields, sigs, leads, present, site_keys, local = columns
    articles: list[NewDoc] = []
    at = 0
    for n, (kid, exact, words, published, repairs, size) in enumerate(fields):
        lead = None
        if present[n]:
            lead, at = leads[at], at + 1
        key = DedupKey(kid, exact, _NO_SHINGLES, sigs[n], words, published, repairs, lead, size)
        articles.append(NewDoc(ids[n], sources[n], key, site_keys[n], *local[n]))
    where, rejected, files, rules, fixes, reasons = rest
    read, seconds, staging, cpu, started, finished = scalars
    return StagedBatch(
        articles,
        where,
        rejected,
        files,
        rules,
        fixes,
        reasons,
        int(read),
        seconds,
        staging,
        cpu,
        started,
        finished,
        pid,
    )


def stage_documents(
    state: State,
    docs: list[CleanDocument],
    keys: list[DedupKey],
    site_keys: dict[str, list[str]],
    rejected: list[Rejection],
    run_id: str,
    local: dict[str, tuple[frozenset[str], str]] | None = None,
) -> StagedBatch:
    """Stage a cleaned batch (one transaction) and return its light records (runs in the
    worker that cleaned it; ids are checked afterwards, by ``accept_batch``)."""
    out = StagedBatch(rejected=list(rejected), read=len(docs) + len(rejected))
    rows: list[dict[str, Any]] = []
    shingles: list[tuple[str, np.ndarray]] = []
    for doc, key in zip(docs, keys, strict=True):
        keys_ = site_keys.get(doc.id, [])
        rows.append(doc_row(doc, key, keys_, run_id))
        where = skey(doc.raw_path, doc.record)
        shingles.append((where, key.shingles))
        dropped, story = (local or {}).get(doc.id, (frozenset(), None))
        out.articles.append(NewDoc(doc.id, doc.source, light_key(key), keys_, dropped, story))
        out.where[doc.id] = where
        out.rules.update(r.rule for r in doc.removed)
        for removal in doc.removed:
            out.reasons.setdefault(removal.rule, removal.reason)
        for f in doc.encoding_fixes:
            out.fixes.update(f.steps)
    rows += [rejection_row(r, run_id) for r in rejected]
    state.stage(rows, shingles)
    return out


def light_key(key: DedupKey) -> DedupKey:
    """A dedup key without its shingle set: what a run keeps in memory per new article (the
    sets stay in the state until dedup checks a pair, see ``_NewShingles``)."""
    return dataclasses.replace(key, shingles=_NO_SHINGLES)


def accept_batch(
    state: State, run: RunDocs, batch: StagedBatch, replaced: set[str], run_id: str
) -> None:
    """Take a staged batch into the run. A document whose id is already used (earlier in the
    run, or in the state by a file this run does not replace) is rejected (``duplicate_id``)."""
    run.files.update(batch.files)
    run.read += batch.read
    run.rules.update(batch.rules)
    run.fixes.update(batch.fixes)
    for rule, reason in batch.reasons.items():
        run.reasons.setdefault(rule, reason)
    ids = [d.id for d in batch.articles] + [r.id for r in batch.rejected]
    taken = _ids_taken_in_state(state, ids, replaced)
    for d in batch.articles:
        where = batch.where[d.id]
        other = run.ids.get(d.id) or taken.get(d.id)
        if other is None:
            run.ids[d.id] = where
            run.articles.append(d)
            continue
        path, _, record = where.partition("#")
        rec = int(record) if record else None
        state.unstage(where)
        r = Rejection(
            _free_id(state, run, inputs.make_id(d.source, path, rec) + "-dup", replaced),
            d.source,
            path,
            rec,
            "duplicate_id",
            f"id {d.id!r} is already used by {other}",
        )
        state.stage([rejection_row(r, run_id)])
        run.ids[r.id] = where
        run.rejected.append(r)
    for r in batch.rejected:
        where = skey(r.raw_path, r.record)
        if r.id in run.ids or r.id in taken:  # a rejection must not take another's id either
            state.unstage(where)
            r = Rejection(
                _free_id(state, run, r.id + "-dup", replaced),
                r.source,
                r.raw_path,
                r.record,
                r.rule,
                r.reason,
            )
            state.stage([rejection_row(r, run_id)])
        run.ids[r.id] = where
        run.rejected.append(r)
    checkpoint("after-stage")


def _free_id(state: State, run: RunDocs, base: str, replaced: set[str]) -> str:
    candidate, n = base, 1
    while candidate in run.ids or _ids_taken_in_state(state, [candidate], replaced):
        n += 1
        candidate = f"{base}{n}"
    return candidate


def _ids_taken_in_state(state: State, ids: list[str], replaced: set[str]) -> dict[str, str]:
    taken: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        sql = f"SELECT id, path, record FROM docs WHERE id IN ({','.join('?' * len(chunk))})"
        for doc_id, path, record in state.rows(sql, chunk):
            if path not in replaced:
                taken[doc_id] = path + (f"#{record}" if record else "")
    return taken


# --- site furniture ----------------------------------------------------------------------


def _site_counts(state: State, run: RunDocs, dropping: set[str] | None) -> dict[str, Counter[str]]:
    """Line counts over the distinct stories of each site this run has articles from: the
    articles of the state (less those of ``dropping`` files; None counts the state alone)
    plus this run's articles, one count per normalised body, as one run over all of them
    counts them (a site's copy of another site's story is one of its stories too: counting
    the state's canonicals only left such copies out, so a run in parts, or a later run,
    could miss a line that one run finds).

    Only the lines this run's articles hold are counted (the only ones whose counts can
    change, or decide anything about this run's articles): the state's other lines of the
    same sites grew with the state, some 50 MiB per 100,000 stories held."""
    lines_of: dict[str, set[str]] = {}
    for d in run.articles:
        if d.source != inputs.UNKNOWN_SOURCE:
            lines_of.setdefault(d.source, set()).update(d.site_keys)
    sources = sorted(lines_of)
    todo = {s: lines_of[s] - run.site_read.get(s, set()) for s in sources}
    todo = {s: keys for s, keys in todo.items() if keys}
    for chunk in _chunks(sorted(todo)):
        sql = (
            "SELECT DISTINCT source, exact, site_keys FROM docs"
            f" WHERE status='article' AND source IN ({','.join('?' * len(chunk))})"
        )
        for source, _, keys in state.rows(sql, chunk):
            if keys:
                wanted = todo[source]
                run.site_base.setdefault(source, Counter()).update(
                    k for k in json.loads(keys) if k in wanted
                )
        for source in chunk:
            run.site_read.setdefault(source, set()).update(todo[source])
    counts = {s: run.site_base.get(s, Counter()).copy() for s in sources}
    if dropping is None:
        return counts
    # the state's articles of changed or gone files, each body once, unless a file that stays
    # holds the same body (through the path and exact-hash indexes: a correlated NOT EXISTS
    # let SQLite scan every article for each)
    gone: dict[tuple[str, str], str] = {}
    for chunk in _chunks(sorted(dropping)):
        sql = (
            "SELECT source, exact, site_keys FROM docs"
            f" WHERE path IN ({','.join('?' * len(chunk))}) AND status='article'"
        )
        for source, exact, keys in state.rows(sql, chunk):
            if keys and source in counts:
                gone[(source, exact)] = keys
    for (source, exact), keys in sorted(gone.items()):
        held = state.rows(
            "SELECT path FROM docs WHERE exact=? AND +source=? AND status='article'",
            (exact, source),
        )
        if all(path in dropping for (path,) in held):
            counts[source].subtract(json.loads(keys))
    counts = {s: +c for s, c in counts.items()}  # (no zero counts, as if never counted)
    counted: set[tuple[str, str]] = set()
    for d in run.articles:
        story = d.story or d.key.exact
        if d.source in counts and (d.source, story) not in counted:
            counted.add((d.source, story))
            counts[d.source].update(d.site_keys)
    return counts


def files_to_reclean(state: State, run: RunDocs, plan: InputPlan, cfg: PipelineConfig) -> list[str]:
    """Unchanged raw files whose articles hold a line that became site furniture in this
    run: cleaned again, so the corpus is what one run over all of raw/ would have made."""
    min_stories = cfg.boilerplate.site_min_stories
    if min_stories <= 0 or not run.articles:
        return []
    dropping = set(plan.replaced) | set(plan.gone)
    before = _site_counts(state, run, None)
    after = _site_counts(state, run, dropping)
    crossed = {
        source: {k for k, n in c.items() if n >= min_stories > before[source][k]}
        for source, c in after.items()
    }
    staged = set(run.files)
    paths: set[str] = set()
    for source, keys in crossed.items():
        for chunk in _chunks(sorted(keys), 100):
            # only rows whose JSON holds one of the keys as a string (a cheap superset: the
            # decoded list decides)
            holds = " OR ".join("instr(site_keys, ?) > 0" for _ in chunk)
            sql = (
                "SELECT path, site_keys FROM docs"
                f" WHERE source=? AND status='article' AND ({holds})"
            )
            params = [source, *(json.dumps(k) for k in chunk)]
            for path, site_keys in state.rows(sql, params):
                if (
                    path not in dropping
                    and path not in staged
                    and keys & set(json.loads(site_keys))
                ):
                    paths.add(path)
    return sorted(paths)


def add_reclean(plan: InputPlan, state: State, raw_dir: str, rels: list[str]) -> list[str]:
    """Put files found by ``files_to_reclean`` into the plan; return their full paths."""
    known = state.files(rels)
    for rel in rels:
        row = known[rel]
        plan.stats[rel] = (row.size, row.mtime_ns)
        plan.replaced.append(rel)
    full = [str(Path(raw_dir) / rel) for rel in rels]
    plan.todo.extend(full)
    return full


def site_furniture_plan(
    state: State, run: RunDocs, dropping: set[str], cfg: PipelineConfig
) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Each site's furniture (line key -> stories, for the lines found in ``site_min_stories``
    or more distinct stories, this run's and earlier runs') and the ids of this run's
    articles whose body must change: they hold such a line that the cleaning worker did not
    remove already, or the worker removed a line the whole run does not count as furniture
    (its batch counted a story twice that the run counts once, say)."""
    min_stories = cfg.boilerplate.site_min_stories
    if min_stories <= 0 or not run.articles:
        return {}, []
    counts = _site_counts(state, run, dropping)
    furniture = {
        source: {k: n for k, n in c.items() if n >= min_stories} for source, c in counts.items()
    }
    furniture = {source: lines for source, lines in furniture.items() if lines}
    ids = []
    for d in run.articles:
        lines = furniture.get(d.source, {})
        if {k for k in d.site_keys if k in lines} != d.dropped:
            ids.append(d.id)
    return furniture, ids


def drop_staged_furniture(
    state: State,
    ids: list[str],
    furniture: dict[str, dict[str, int]],
    repairs: dict[str, int],
    cfg: PipelineConfig,
) -> list[tuple[str, DedupKey, int]]:
    """Remove site furniture from staged articles and restage them in one transaction (runs in
    a worker); return (id, new dedup key, lines removed) for each article that changed."""
    min_stories = cfg.boilerplate.site_min_stories
    changed: list[tuple[CleanDocument, DedupKey]] = []
    out: list[tuple[str, DedupKey, int]] = []
    for doc_id in ids:
        doc = state.staged_document(doc_id)
        base = restore_site_furniture(doc)  # as cleaned, before its worker's furniture
        new = drop_site_furniture(base, furniture.get(doc.source, {}), min_stories)
        if new.paragraphs == doc.paragraphs and new.removed == doc.removed:
            continue
        key = make_key(new.id, new.text, new.word_count, new.published, cfg.dedup, repairs[doc_id])
        changed.append((new, key))
        out.append((doc_id, light_key(key), len(new.removed) - len(doc.removed)))
    state.restage(changed)
    return out


def take_furniture_results(run: RunDocs, results: list[tuple[str, DedupKey, int]]) -> int:
    """Give this run's articles the keys of their cleaner bodies; return how many changed."""
    where = {d.id: n for n, d in enumerate(run.articles)}
    for doc_id, key, removed in results:
        d = run.articles[where[doc_id]]
        run.articles[where[doc_id]] = dataclasses.replace(d, key=key)
        run.rules["site.repeated"] += removed
    return len(results)


def apply_site_furniture(
    state: State, run: RunDocs, dropping: set[str], cfg: PipelineConfig
) -> int:
    """Remove from this run's articles the short lines found in ``site_min_stories`` or more
    distinct stories of their site (this run's and earlier runs'); return how many changed.
    (The flow does the same with the middle step spread over its workers.)"""
    furniture, ids = site_furniture_plan(state, run, dropping, cfg)
    repairs = {d.id: d.key.repairs for d in run.articles}
    return take_furniture_results(run, drop_staged_furniture(state, ids, furniture, repairs, cfg))


# --- deduplication against the state -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Old:
    """An article of the state, as far as electing a canonical needs it."""

    id: str
    n: int
    cluster: str
    exact: str
    word_count: int
    published: str | None
    repairs: int
    jaccard: float | None
    containment: float | None
    check: str | None
    signature_blob: bytes | None = None
    lead_blob: bytes | None = None
    size: int | None = None  # distinct shingles; None in rows of states that did not keep it
    run_id: str | None = None  # the run that read it

    @property
    def signature(self) -> np.ndarray:
        return np.frombuffer(self.signature_blob or b"", dtype=np.uint32)

    @property
    def lead(self) -> np.ndarray:
        return np.frombuffer(self.lead_blob or b"", dtype=np.uint32)


_NO_SHINGLES = np.zeros(0, np.uint32)
_PAIR_BLOCK = 4096  # candidate pairs whose shingle sets are read from the staging area at once


@dataclass(slots=True)
class DedupPlan:
    """What the commit must change: member rows, clusters to write and to delete."""

    members: list[
        tuple[str, str, float | None, float | None, str | None]
    ]  # id, cluster, j, c, check
    clusters: dict[str, str]  # cluster id -> canonical id (clusters that changed)
    deleted: set[str]  # cluster ids that no longer exist
    removed: list[tuple[int, str, bytes | None, bytes | None]]  # n, id, signature, lead
    pending: set[str]  # article ids whose files must be rewritten or removed
    merges: list[dict[str, Any]]  # this run's merges, for the report


def _cached(
    cache: OrderedDict[str, np.ndarray], key: str, make: Callable[[], np.ndarray], limit: int
) -> np.ndarray:
    """The cached value of ``key``, made and kept if missing; beyond ``limit`` entries the
    least recently used goes."""
    got = cache.get(key)
    if got is None:
        got = cache[key] = make()
        if len(cache) > limit:
            cache.popitem(last=False)
    else:
        cache.move_to_end(key)
    return got


class _Shingles:
    """Shingle sets of state articles, computed from their stored bodies when first needed;
    the most recently used are kept (bounded, as ``_NewShingles``)."""

    LIMIT = 20_000

    def __init__(self, state: State, cfg: PipelineConfig) -> None:
        self.state, self.cfg = state, cfg
        self.cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def __call__(self, doc_id: str) -> np.ndarray:
        def make() -> np.ndarray:
            doc = self.state.document(doc_id)
            tokens = normalize_for_dedup(doc.text if doc else "")
            return shingle_hashes(tokens, self.cfg.dedup.shingle)

        return _cached(self.cache, doc_id, make, self.LIMIT)


class _NewShingles:
    """Shingle sets of this run's articles, read from the staging area when a pair needs them;
    the most recently used are kept (bounded, so memory does not grow with the run)."""

    LIMIT = 20_000

    def __init__(self, state: State, run: RunDocs) -> None:
        self.state, self.where = state, run.ids
        self.cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def prefetch(self, ids: list[str]) -> None:
        """Read the sets of these articles that are not cached, 500 to a query."""
        missing = [i for i in ids if i not in self.cache]
        for chunk in _chunks(missing):
            where = {self.where[i]: i for i in chunk}
            for skey, blob in self.state.staged_shingles_of(list(where)):
                self.cache[where[skey]] = np.frombuffer(blob, dtype=np.uint32)
        while len(self.cache) > self.LIMIT:
            self.cache.popitem(last=False)

    def full(self, key: DedupKey) -> DedupKey:
        if len(key.shingles):
            return key
        skey = self.where[key.id]
        got = _cached(self.cache, key.id, lambda: self.state.staged_shingles(skey), self.LIMIT)
        return dataclasses.replace(key, shingles=got)


def _old_key(o: _Old, shingles: _Shingles) -> DedupKey:
    nosig = np.zeros(0, np.uint32)
    got = shingles(o.id)
    return DedupKey(o.id, o.exact, got, nosig, o.word_count, o.published, o.repairs, None, len(got))


def _old_rows(state: State, where: str, params: list[Any]) -> list[_Old]:
    sql = (
        "SELECT id, n, cluster, exact, word_count, published, repairs, jaccard, containment,"
        f' "check", signature, lead, shingle_count, run_id FROM docs'
        f" WHERE status='article' AND {where}"
    )
    return [_Old(*r) for r in state.rows(sql, params)]


def _chunks(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_AGAINST_ROWS = 10_000  # new articles looked up against the state at once
_OLD_BLOCK = 4_096  # state articles whose rows are read and screened at once
_FETCH = 65_536  # (new row, state article) matches fetched from SQLite at once


def _int_pairs(a: np.ndarray, b: np.ndarray, step: int = 50_000) -> Iterator[tuple[int, int]]:
    """Zip two integer arrays into Python tuples, ``step`` at a time: as whole Python lists,
    the 530,000 (band key, row) pairs of 10,000 articles were the flow's largest allocation
    in dedup and commit (42 MiB), against 4 MiB in numpy."""
    for start in range(0, len(a), step):
        yield from zip(
            a[start : start + step].tolist(), b[start : start + step].tolist(), strict=True
        )


def _state_matches(db: sqlite3.Connection, count: int) -> np.ndarray:
    """The distinct (new row, state article n) pairs of the rows now in the temporary tables
    q and qe, sharing a band key or the exact hash: an (m, 2) int64 array sorted by n, then
    by row. Fetched in blocks into numpy: held as a set of Python tuples, the 5.0M pairs of
    96k articles against a 200k-article state took gigabytes."""
    codes: list[np.ndarray] = []
    for sql in (
        "SELECT q.i, b.n FROM q JOIN bands b ON b.key = q.key",
        "SELECT qe.i, d.n FROM qe JOIN docs d ON d.exact = qe.exact WHERE d.status = 'article'",
    ):
        cur = db.execute(sql)
        while got := cur.fetchmany(_FETCH):
            block = np.array(got, dtype=np.int64)
            codes.append(np.unique(block[:, 1] * count + block[:, 0]))
    if not codes:
        return np.zeros((0, 2), dtype=np.int64)
    code = np.unique(np.concatenate(codes))
    return np.stack([code % count, code // count], axis=1)


def _worth_checking_old(
    new: list[NewDoc], pairs: np.ndarray, olds: dict[int, _Old], dcfg: DedupConfig
) -> np.ndarray:
    """``worth_checking`` for each (new row, state article n) candidate pair: at once, in
    numpy, for the pairs whose both sides have an opening signature (one pair at a time took
    0.1 ms, for about three pairs per new article against a 10k state), one by one for the
    others. Every n of ``pairs`` is in ``olds``."""
    out: np.ndarray = np.zeros(len(pairs), dtype=bool)
    if not len(pairs):
        return out
    rows_i = np.unique(pairs[:, 0])
    rows_n = np.unique(pairs[:, 1])
    mine = [new[i].key for i in rows_i.tolist()]
    theirs = [olds[n] for n in rows_n.tolist()]
    has_lead = np.array([k.lead is not None for k in mine] + [bool(o.lead_blob) for o in theirs])
    a = np.searchsorted(rows_i, pairs[:, 0])
    b = len(rows_i) + np.searchsorted(rows_n, pairs[:, 1])
    whole = has_lead[a] & has_lead[b]
    if whole.any():
        exact_ids: dict[str, int] = {}
        exact = np.array(
            [exact_ids.setdefault(e, len(exact_ids)) for e in [k.exact for k in mine + theirs]]
        )
        # (as the state stores them: uint32; a side without an opening signature gets its
        # whole signature in its place, never compared)
        sigs = np.stack([k.signature for k in mine] + [o.signature for o in theirs])
        leads = np.stack(
            [k.lead if k.lead is not None else k.signature for k in mine]
            + [o.lead if o.lead_blob else o.signature for o in theirs]
        )
        sigs, leads = sigs.astype(np.uint32), leads.astype(np.uint32)
        sizes = np.array([k.size for k in mine] + [o.size or 0 for o in theirs], dtype=np.int64)
        index = np.stack([a[whole], b[whole]], axis=1)
        out[whole] = worth_checking_mask(index, sigs, leads, exact, sizes, dcfg)
    for k in np.flatnonzero(~whole).tolist():
        i, n = pairs[k].tolist()
        o = olds[n]
        light = DedupKey(o.id, o.exact, _NO_SHINGLES, o.signature, 0, None, 0, o.lead, o.size or 0)
        out[k] = worth_checking(new[i].key, light, dcfg)
    return out


def _against_state(
    state: State, new: list[NewDoc], keys: np.ndarray, removed_n: set[int], dcfg: DedupConfig
) -> list[tuple[int, _Old]]:
    """The (new row, state article) pairs that share the exact hash or a band key and are
    worth the exact check, in (row, n) order. Looked up for 10,000 new articles at a time and
    screened 4,096 state articles at a time, so memory is bounded by the chunk: most pairs
    against a large state are chance band matches (of 5.0M pairs at 300k, 1 % were in one
    cluster), and only the survivors are kept."""
    db = state.db
    db.execute("CREATE TEMP TABLE IF NOT EXISTS q(key INTEGER, i INTEGER)")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS qe(exact TEXT, i INTEGER)")
    kept: list[tuple[int, _Old]] = []
    # (a first run has no earlier articles to look up)
    if not new or not db.execute("SELECT 1 FROM docs WHERE status = 'article' LIMIT 1").fetchone():
        return kept
    gone = np.array(sorted(removed_n), dtype=np.int64)
    for lo in range(0, len(new), _AGAINST_ROWS):
        hi = min(lo + _AGAINST_ROWS, len(new))
        # in one transaction (of the temporary tables only): row by row, each insert was a
        # transaction of its own, 17 s for the 53 keys of each of 18,000 documents
        db.execute("BEGIN")
        try:
            db.execute("DELETE FROM q")
            db.execute("DELETE FROM qe")
            rows = np.repeat(np.arange(lo, hi, dtype=np.int64), keys.shape[1])
            db.executemany("INSERT INTO q VALUES (?, ?)", _int_pairs(keys[lo:hi].ravel(), rows))
            db.executemany(
                "INSERT INTO qe VALUES (?, ?)", ((new[i].key.exact, i) for i in range(lo, hi))
            )
        finally:
            db.execute("COMMIT")
        pairs = _state_matches(db, len(new))
        pairs = pairs[~np.isin(pairs[:, 1], gone)]
        ns = np.unique(pairs[:, 1])
        for start in range(0, len(ns), _OLD_BLOCK):
            block = ns[start : start + _OLD_BLOCK].tolist()
            olds = {
                o.n: o
                for chunk in _chunks(block)
                for o in _old_rows(state, f"n IN ({','.join('?' * len(chunk))})", chunk)
                if o.cluster
            }
            first = int(np.searchsorted(pairs[:, 1], block[0], side="left"))
            last = int(np.searchsorted(pairs[:, 1], block[-1], side="right"))
            these = pairs[first:last]
            these = these[np.isin(these[:, 1], np.array(sorted(olds), dtype=np.int64))]
            worth = _worth_checking_old(new, these, olds, dcfg)
            kept.extend((i, olds[n]) for i, n in these[worth].tolist())
    kept.sort(key=lambda p: (p[0], p[1].n))
    return kept


def deduplicate(state: State, run: RunDocs, plan: InputPlan, cfg: PipelineConfig) -> DedupPlan:
    """Cluster this run's articles among themselves and against every article in the state."""
    dcfg = cfg.dedup
    dropping = set(plan.replaced) | set(plan.gone)
    removed: list[tuple[int, str, str | None, bytes | None, bytes | None]] = []
    for chunk in _chunks(sorted(dropping)):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT n, id, cluster, signature, lead FROM docs WHERE path IN ({marks})"
        removed.extend(state.rows(sql, chunk))
    removed_n = {r[0] for r in removed}

    new = run.articles
    by_id = {d.id: d for d in new}
    uf = UnionFind()
    find, union = uf.find, uf.union

    # nodes: "d:<id>" for a new article, "c:<cluster id>" for a cluster of the state
    for d in new:
        find("d:" + d.id)

    if new:
        sigs = np.array([d.key.signature for d in new], dtype=np.uint32)
        leads = np.array([lead_of(d.key, dcfg) for d in new], dtype=np.uint32)
        keys = all_band_keys(sigs, leads, dcfg)
        pairs = key_pairs(keys)
        masked = all(d.key.lead is not None for d in new)  # else worth_checking decides
        if masked:
            exact_ids: dict[str, int] = {}
            exact = np.array([exact_ids.setdefault(d.key.exact, len(exact_ids)) for d in new])
            sizes = np.array([d.key.size for d in new], dtype=np.int64)
            pairs = pairs[worth_checking_mask(pairs, sigs, leads, exact, sizes, dcfg)]
        del sigs, leads
    else:
        keys = np.zeros((0, 1), dtype=np.int64)
        pairs = np.zeros((0, 2), dtype=np.int64)
        masked = True

    # new against new: exact hash, then shared band keys, each checked exactly
    first_of: dict[str, str] = {}
    for d in sorted(new, key=lambda d: d.id):
        if d.key.exact in first_of:
            union("d:" + first_of[d.key.exact], "d:" + d.id)
        else:
            first_of[d.key.exact] = d.id
    new_shingles = _NewShingles(state, run)
    full = new_shingles.full
    for start in range(0, len(pairs), _PAIR_BLOCK):
        block = pairs[start : start + _PAIR_BLOCK]
        new_shingles.prefetch([new[i].id for i in np.unique(block).tolist()])
        for i, j in block.tolist():
            a, b = new[i], new[j]
            if (
                find("d:" + a.id) != find("d:" + b.id)
                and (masked or worth_checking(a.key, b.key, dcfg))
                and verify(full(a.key), full(b.key), dcfg)
            ):
                union("d:" + a.id, "d:" + b.id)

    # new against the state: same exact hash, or a shared band key
    shingles = _Shingles(state, cfg)
    for i, o in _against_state(state, new, keys, removed_n, dcfg):
        d = new[i]
        if find("d:" + d.id) == find("c:" + o.cluster):
            continue
        if d.key.exact == o.exact or verify(full(d.key), _old_key(o, shingles), dcfg):
            union("d:" + d.id, "c:" + o.cluster)

    # groups: the clusters this run touches
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for node in list(uf.parent):
        root = find(node)
        new_ids, old_clusters = groups.setdefault(root, ([], []))
        (new_ids if node.startswith("d:") else old_clusters).append(node[2:])
    lost = {r[2] for r in removed if r[2]}
    # a cluster of the state that a candidate pair looked up but no new article joined is
    # not touched (unless it lost members): electing its canonical again would change nothing
    groups = {r: g for r, g in groups.items() if g[0] or lost.intersection(g[1])}
    touched_old = {c for _, olds in groups.values() for c in olds}
    for c in sorted(lost - touched_old):
        groups["c:" + c] = ([], [c])

    out = DedupPlan([], {}, set(), [(r[0], r[1], r[3], r[4]) for r in removed], set(), [])
    out.pending.update(r[1] for r in removed)
    canon_before = {
        cid: canon
        for chunk in _chunks(sorted({c for _, olds in groups.values() for c in olds}))
        for cid, canon in state.rows(
            f"SELECT id, canonical FROM clusters WHERE id IN ({','.join('?' * len(chunk))})", chunk
        )
    }
    for new_ids, old_clusters in groups.values():
        olds: list[_Old] = []
        for chunk in _chunks(sorted(old_clusters)):
            olds += _old_rows(state, f"cluster IN ({','.join('?' * len(chunk))})", chunk)
        olds = [o for o in olds if o.n not in removed_n]
        cid = min(old_clusters) if old_clusters else cluster_id(new_ids)
        out.deleted.update(c for c in old_clusters if c != cid)
        out.pending.update(canon_before[c] for c in old_clusters if c in canon_before)
        if not olds and not new_ids:
            out.deleted.add(cid)
            continue
        order: list[tuple[tuple[int, int, int, str, str], str]] = [
            (canonical_order(by_id[i].key), i) for i in new_ids
        ]
        order += [
            ((-o.word_count, o.repairs, 0 if o.published else 1, o.published or "", o.id), o.id)
            for o in olds
        ]
        order.sort()
        canon = order[0][1]
        out.clusters[cid] = canon
        out.pending.add(canon)
        # (a canonical cleaned again, its file changed or new furniture found, is measured
        # again against its members: they kept their similarities to its old body)
        same_canon = len(old_clusters) == 1 and canon_before.get(cid) == canon
        same_canon = same_canon and canon not in by_id

        out.members.append((canon, cid, None, None, None))
        old_map = {o.id: o for o in olds}

        def key_of(doc_id: str, old_map: dict[str, _Old] = old_map) -> DedupKey:
            if doc_id in by_id:
                return full(by_id[doc_id].key)
            return _old_key(old_map[doc_id], shingles)

        ck: DedupKey | None = None  # the canonical's key, built when a member needs it
        for _, member in order[1:]:
            was = old_map.get(member)
            if same_canon and was is not None and was.check is not None:
                out.members.append((member, cid, was.jaccard, was.containment, was.check))
                continue
            ck = ck or key_of(canon)
            mk = key_of(member)
            if mk.exact == ck.exact:
                jac = con = 1.0
                check: str | None = "exact"
            else:
                jac, con = similarity(ck.shingles, mk.shingles)
                check = verify(ck, mk, dcfg) or "chain"
            out.members.append((member, cid, round(jac, 4), round(con, 4), check))
            # (a document an earlier part of this run read is one of the run's merges too)
            if member in by_id or (was is not None and was.run_id == run.run_id):
                out.merges.append(
                    {
                        "cluster": cid,
                        "canonical": canon,
                        "duplicate": member,
                        "jaccard": round(jac, 4),
                        "containment": round(con, 4),
                        "check": check,
                    }
                )
    return out


# --- commit --------------------------------------------------------------------------------


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
                "INSERT OR IGNORE INTO bands VALUES (?, ?)", _int_pairs(flat[order], ns[order])
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
        db.execute("DELETE FROM staging")
        db.execute("DELETE FROM staged_shingles")
    checkpoint("after-commit")


# --- outputs -------------------------------------------------------------------------------


def render_text(doc: CleanDocument) -> str:
    """The article file: title, blank line, paragraphs separated by blank lines."""
    head = f"{doc.title}\n\n" if doc.title else ""
    return f"{head}{doc.text}\n"


_DUP_ORDER = "d.word_count DESC, d.repairs, d.published IS NULL, d.published, d.id"


_DUP_COLUMNS = 'd.id, d.path, d.record, d.source, d.title, d.jaccard, d.containment, d."check"'


def _dup_entry(row: tuple[Any, ...]) -> dict[str, Any]:
    i, path, record, source, title, j, c, chk = row
    return {
        "id": i,
        "raw_path": path,
        "raw_record": record,
        "source": source,
        "title": title,
        "similarity": {"jaccard": j, "containment": c},
        "check": chk,
    }


def _article_meta(
    doc: CleanDocument, cid: str, dups: list[dict[str, Any]], dedup_version: str | None
) -> dict[str, Any]:
    return {
        **doc.metadata(),
        "cluster_id": cid,
        "duplicates": dups,
        "pipeline_version": PIPELINE_VERSION,
        "dedup_version": dedup_version,
    }


# A canonical's language detected ahead of its article (``stages.detect_languages_batch``):
# document id -> (language, score)
Languages = dict[str, tuple[str, float]]


def render_article(
    state: State, cid: str, cfg: PipelineConfig, ahead: Languages | None = None
) -> tuple[CleanDocument, dict[str, Any], str] | None:
    """A cluster's canonical article: the document, its metadata (without run_id) and the
    run that last changed it. A canonical whose language the cleaning stage deferred gets it
    detected here, unless the cluster already holds it (``render_outputs`` keeps it there)
    or ``ahead`` does (the flow detects some while it commits)."""
    row = state.db.execute(
        "SELECT canonical, article_run, language, language_score FROM clusters WHERE id=?",
        (cid,),
    ).fetchone()
    if row is None:
        return None
    canon, last_run, language, score = row
    doc = state.document(canon)
    if doc is None:
        return None
    if language is None and ahead and canon in ahead:
        language, score = ahead[canon]
    if doc.language == DEFERRED and language is not None:
        doc = dataclasses.replace(doc, language=language, language_score=score)
    else:
        if doc.language == DEFERRED and cfg.language.method == "profile":
            state.load_language_model()  # the scorer's arrays, from the state's directory
        doc = with_language(doc, cfg)
    dups = [
        _dup_entry(r)
        for r in state.rows(
            f"SELECT {_DUP_COLUMNS} FROM docs d WHERE d.cluster=? AND d.id != ?"
            f" AND d.status='article' ORDER BY {_DUP_ORDER}",
            (cid, canon),
        )
    ]
    return doc, _article_meta(doc, cid, dups, state.dedup_version()), last_run


def article_sha(state: State, cid: str, cfg: PipelineConfig) -> str:
    rendered = render_article(state, cid, cfg)
    assert rendered is not None, cid
    doc, meta, _ = rendered
    blob = render_text(doc) + json.dumps(meta, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _write_if_changed(path: Path, data: str) -> bool:
    payload = data.encode("utf-8")
    if io.holds(path, payload):
        return False
    io.write_atomic(path, payload, make_parent=False)  # sync_outputs made the directory
    return True


def sync_outputs(state: State, out_dir: str, cfg: PipelineConfig) -> int:
    """Bring clean/ up to date with the state; return how many article files were written.

    Only the articles a commit marked pending are rewritten (or removed, when they stopped
    being canonical), each only if its bytes changed; then the three indexes are rewritten
    from the state. Done only when a commit left the outputs stale, so a re-run over an
    unchanged raw/ touches no file. A run killed half-way leaves them stale for the next run.
    The flow runs the same three steps, with ``render_outputs`` shared among its workers.
    """
    todo = outputs_plan(state, out_dir)
    if todo is None:
        return 0
    written = render_outputs(state, out_dir, todo, cfg)
    finish_outputs(state, out_dir, cfg)
    return written


def outputs_plan(state: State, out_dir: str) -> list[str] | None:
    """Sweep what a killed run left and the files of articles no longer published; return
    the clusters whose article must be rendered again, or None when the outputs are clean."""
    status = state.get_meta("outputs")
    out = Path(out_dir)
    articles = out / "articles"
    for leftover in [*out.glob(".*.tmp"), *articles.glob(".*.tmp")]:
        leftover.unlink(missing_ok=True)  # a write killed half-way (we hold the run lock)
    if status == "clean":
        return None
    canon = {c: cid for cid, c in state.rows("SELECT id, canonical FROM clusters")}
    if status is None:  # never synced: every article, and sweep files no article owns
        pending = set(canon)
        if articles.is_dir():
            keep = {f"{c}.{ext}" for c in canon for ext in ("txt", "json")}
            for stale in articles.iterdir():
                if stale.suffix in {".txt", ".json"} and stale.name not in keep:
                    stale.unlink()
    else:
        pending = {r[0] for r in state.rows("SELECT id FROM pending")}
    for doc_id in sorted(pending - set(canon)):  # no longer published
        (articles / f"{doc_id}.txt").unlink(missing_ok=True)
        (articles / f"{doc_id}.json").unlink(missing_ok=True)
    articles.mkdir(parents=True, exist_ok=True)
    return [canon[d] for d in sorted(pending & set(canon))]


def render_outputs(
    state: State,
    out_dir: str,
    clusters: list[str],
    cfg: PipelineConfig,
    ahead: Languages | None = None,
) -> int:
    """Write the given clusters' article files (each only if its bytes changed) and cache
    their index lines in the state; return how many files were written. Workers run it on
    shares of the clusters; the lines are only trusted once ``finish_outputs`` marks the
    outputs clean (a pending article is always rendered again). The canonical's language goes
    into the cluster's row with the line (cleaning defers it: see ``render_article``)."""
    articles = Path(out_dir) / "articles"
    written = 0
    fresh: list[tuple[bytes, str, float, str]] = []
    for cid in clusters:
        rendered = render_article(state, cid, cfg, ahead)
        assert rendered is not None, cid
        doc, meta, last_run = rendered
        meta = {**meta, "run_id": last_run}
        path = articles / f"{doc.id}.txt"
        written += _write_if_changed(path, render_text(doc))
        written += _write_if_changed(path.with_suffix(".json"), io.dumps_pretty(meta) + "\n")
        checkpoint("mid-outputs")
        row = {"id": doc.id, "text": doc.text, **{k: v for k, v in meta.items() if k != "id"}}
        line = json.dumps(row, ensure_ascii=False) + "\n"
        fresh.append((pack(line.encode("utf-8"), 1), doc.language, doc.language_score, cid))
        if len(fresh) >= ROWS_PER_WRITE:
            _keep_rows(state, fresh)
    _keep_rows(state, fresh)
    return written


# Index lines a worker holds before writing them to the state: a share of 33k articles held
# all of its lines (about 4 KB each) until its end.
ROWS_PER_WRITE = 1000


def _keep_rows(state: State, fresh: list[tuple[bytes, str, float, str]]) -> None:
    with state.transaction() as db:
        db.executemany("UPDATE clusters SET row=?, language=?, language_score=? WHERE id=?", fresh)
    fresh.clear()


def finish_outputs(state: State, out_dir: str, cfg: PipelineConfig) -> None:
    """Rewrite the three indexes from the state (articles from the cached lines), then mark
    the outputs clean."""
    out = Path(out_dir)
    missing = [r[0] for r in state.rows("SELECT id FROM clusters WHERE row IS NULL")]
    if missing:  # none after render_outputs; a state written by an older version may have some
        render_outputs(state, out_dir, missing, cfg)

    index = out / "articles.jsonl"
    published = state.db.execute("SELECT count(*) FROM clusters").fetchone()[0]
    try:
        lines = io.write_chunks_atomic(
            index, _index_lines(state, index, _index_intact(state, index))
        )
    except _ForeignIndexError:
        lines = -1
    if lines != published:  # not the file the state describes: every line from the state
        io.write_chunks_atomic(index, _index_lines(state, index, False))
    stat = index.stat()
    dups = out / "duplicates.jsonl"
    expected = state.counts()["duplicates"]
    try:
        lines = io.write_chunks_atomic(
            dups, _duplicate_lines(state, dups, _index_intact(state, dups, "duplicates_index"))
        )
    except _ForeignIndexError:
        lines = -1
    if lines != expected:  # not the file the state describes: every line from the state
        io.write_chunks_atomic(dups, _duplicate_lines(state, dups, False))
    dup_stat = dups.stat()
    io.write_jsonl_atomic(out / "rejected.jsonl", _rejected_rows(state))
    checkpoint("before-synced")
    with state.transaction() as db:
        db.execute("DELETE FROM pending")
        db.execute("INSERT OR REPLACE INTO meta VALUES ('outputs', 'clean')")
        db.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)",
            (
                ("articles_index", f"{stat.st_size}:{stat.st_mtime_ns}"),
                ("duplicates_index", f"{dup_stat.st_size}:{dup_stat.st_mtime_ns}"),
            ),
        )


_INDEX_HEAD = b'{"id": "'  # how every line of articles.jsonl starts (json.dumps, id first)


class _ForeignIndexError(ValueError):
    """articles.jsonl holds a line newsclean did not write."""


def _index_intact(state: State, index: Path, key: str = "articles_index") -> bool:
    """Whether an index (articles.jsonl; duplicates.jsonl with ``key`` duplicates_index) is
    the file the last complete run wrote (size and mtime as recorded then)."""
    stat = index.stat() if index.is_file() else None
    recorded = state.get_meta(key)
    return stat is not None and recorded == f"{stat.st_size}:{stat.st_mtime_ns}"


def _index_lines(state: State, index: Path, splice: bool) -> Iterator[bytes]:
    """The lines of articles.jsonl, in canonical id order: the cached line of every article.

    With ``splice`` (the file on disk is intact) only the pending articles' lines come from
    the state; every other line is copied from the file as it is, so an incremental run does
    not decompress the whole corpus's lines again. The pending set holds every article whose
    line changed or went since that file was written (a killed run's too: it is cleared only
    with the indexes).
    """
    if not splice:
        sql = "SELECT row FROM clusters ORDER BY canonical"
        for (cached,) in state.db.cursor().execute(sql):
            yield unpack(cached)
        return
    pending = {r[0] for r in state.rows("SELECT id FROM pending")}
    sql = (
        "SELECT c.canonical, c.row FROM pending p JOIN clusters c ON c.canonical = p.id"
        " ORDER BY c.canonical"
    )
    fresh = iter(state.db.cursor().execute(sql))
    nxt = next(fresh, None)
    with index.open("rb") as fh:
        for line in fh:
            if not line.startswith(_INDEX_HEAD):
                raise _ForeignIndexError(index)
            doc_id = line[len(_INDEX_HEAD) : line.index(b'"', len(_INDEX_HEAD))].decode()
            while nxt is not None and nxt[0] < doc_id:
                yield unpack(nxt[1])
                nxt = next(fresh, None)
            if doc_id not in pending:
                yield line
    while nxt is not None:
        yield unpack(nxt[1])
        nxt = next(fresh, None)


_DUPLICATE_OF = b', "duplicate_of": "'  # the last two keys of a duplicates.jsonl line


def _duplicate_of(line: bytes, index: Path) -> str:
    """The canonical a line of duplicates.jsonl names (``duplicate_of``)."""
    at = line.rfind(_DUPLICATE_OF)
    if at < 0 or not line.startswith(_INDEX_HEAD) or not line.endswith(b'"}\n'):
        raise _ForeignIndexError(index)
    start = at + len(_DUPLICATE_OF)
    return line[start : line.index(b'"', start)].decode()


def _duplicate_lines(state: State, index: Path, splice: bool) -> Iterator[bytes]:
    """The lines of duplicates.jsonl, by canonical id and then as each cluster orders its
    duplicates.

    With ``splice`` (the file on disk is intact) only the lines of clusters whose canonical
    is pending come from the state, and the others are copied as they are, so an incremental
    run does not read every duplicate again. A cluster a run touches has its canonical before
    and after the run pending (``deduplicate``), so every line it changes, moves or drops is
    under a pending canonical.
    """
    if not splice:
        for row in _duplicate_rows(state):
            yield (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
        return
    pending = {r[0] for r in state.rows("SELECT id FROM pending")}
    fresh = _duplicate_rows(state, pending_only=True)
    nxt = next(fresh, None)
    with index.open("rb") as fh:
        for line in fh:
            canon = _duplicate_of(line, index)
            while nxt is not None and nxt["duplicate_of"] < canon:
                yield (json.dumps(nxt, ensure_ascii=False) + "\n").encode("utf-8")
                nxt = next(fresh, None)
            if canon not in pending:
                yield line
    while nxt is not None:
        yield (json.dumps(nxt, ensure_ascii=False) + "\n").encode("utf-8")
        nxt = next(fresh, None)


def _duplicate_rows(state: State, pending_only: bool = False) -> Iterator[dict[str, Any]]:
    """Every duplicate's row (or those of the clusters whose canonical is pending), ordered
    as duplicates.jsonl is."""
    # the pending clusters' rows looked up from the pending ids (SQLite keeps a CROSS JOIN's
    # order; left to itself it scanned every document: 0.4 s at 100k, against 8 ms)
    source = (
        "pending p CROSS JOIN clusters c ON c.canonical = p.id CROSS JOIN docs d"
        " ON d.cluster = c.id"
        if pending_only
        else "docs d JOIN clusters c ON d.cluster = c.id"
    )
    sql = (
        f"SELECT {_DUP_COLUMNS}, c.canonical, c.id FROM {source}"
        f" WHERE d.status='article' AND d.id != c.canonical ORDER BY c.canonical, {_DUP_ORDER}"
    )
    for *entry, canon, cid in list(state.rows(sql)):
        yield {
            **_dup_entry(tuple(entry)),
            "duplicate_of": canon,
            "cluster_id": cid,
        }


def _rejected_rows(state: State) -> Iterator[dict[str, Any]]:
    sql = (
        "SELECT id, source, path, record, rule, reason FROM docs WHERE status='rejected'"
        " ORDER BY path, record IS NOT NULL, record, id"
    )
    for i, source, path, record, rule, reason in list(state.rows(sql)):
        yield {
            "id": i,
            "source": source,
            "raw_path": path,
            "raw_record": record,
            "rule": rule,
            "reason": reason,
        }


# --- the run's report ----------------------------------------------------------------------


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
