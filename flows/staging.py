"""Staging: a cleaned batch goes into the state's staging area, and the run keeps light
records of its documents (no text, only what site furniture and dedup need).

A worker writes the batch it cleaned into a file of the run's folder (``stage_documents``,
``flows.runfiles``); the flow then takes each batch into the state's staging area and into
the run (``accept_batch``), where a document whose id is already used is rejected.
Nothing staged is part of the corpus before the commit (``flows.commit``).

No Prefect here: the flow wraps these functions in tasks.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from cleaners.dedup import DedupKey
from cleaners.document import CleanDocument, Rejection
from flows import runfiles
from flows.checkpoint import checkpoint
from flows.ids import make_id
from flows.state import State, pack_document

_NO_SHINGLES = np.zeros(0, np.uint32)


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
    """Where a document came from: its raw path, and the line of a JSONL record or the byte
    offset of a WARC record."""
    return path + (f"#{record}" if record is not None else "")


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
    file: str = ""  # the staging file: the batch's rows for the state (``StagedRows``)

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
        return (_unpack_batch, (columns, rest, scalars, self.pid, self.file))


def _stacked(arrays: list[np.ndarray]) -> np.ndarray:
    return np.stack(arrays) if arrays else np.zeros((0, 0), np.uint32)


def _unpack_batch(
    columns: tuple[Any, ...],
    rest: tuple[Any, ...],
    scalars: tuple[float, ...],
    pid: int,
    file: str = "",
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
        file,
    )


# A cleaned batch's rows for the state's staging area, as a staging file holds them: the
# documents' rows, and their shingle sets (uint32 bytes) by staging key.
StagedRows = tuple[list[dict[str, Any]], list[tuple[str, bytes]]]


def stage_documents(
    docs: list[CleanDocument],
    keys: list[DedupKey],
    site_keys: dict[str, list[str]],
    rejected: list[Rejection],
    run_id: str,
    local: dict[str, tuple[frozenset[str], str]] | None = None,
) -> tuple[StagedBatch, StagedRows]:
    """A cleaned batch's light records, and its rows for the state (runs in the worker that
    cleaned it; the flow stages the rows and checks the ids, in ``accept_batch``)."""
    out = StagedBatch(rejected=list(rejected), read=len(docs) + len(rejected))
    rows: list[dict[str, Any]] = []
    shingles: list[tuple[str, bytes]] = []
    for doc, key in zip(docs, keys, strict=True):
        keys_ = site_keys.get(doc.id, [])
        rows.append(doc_row(doc, key, keys_, run_id))
        where = skey(doc.raw_path, doc.record)
        shingles.append((where, key.shingles.astype(np.uint32).tobytes()))
        dropped, story = (local or {}).get(doc.id, (frozenset(), None))
        out.articles.append(NewDoc(doc.id, doc.source, light_key(key), keys_, dropped, story))
        out.where[doc.id] = where
        out.rules.update(r.rule for r in doc.removed)
        for removal in doc.removed:
            out.reasons.setdefault(removal.rule, removal.reason)
        for f in doc.encoding_fixes:
            out.fixes.update(f.steps)
    rows += [rejection_row(r, run_id) for r in rejected]
    return out, (rows, shingles)


def light_key(key: DedupKey) -> DedupKey:
    """A dedup key without its shingle set: what a run keeps in memory per new article (the
    sets stay in the state until dedup checks a pair, see ``flows.dedup._NewShingles``)."""
    return dataclasses.replace(key, shingles=_NO_SHINGLES)


def accept_batch(
    state: State, run: RunDocs, batch: StagedBatch, replaced: set[str], run_id: str
) -> None:
    """Take a cleaned batch into the state's staging area (from its staging file, deleted
    once taken in) and into the run. A document whose id is already used (earlier in the
    run, or in the state by a file this run does not replace) is rejected (``duplicate_id``)."""
    rows, shingles = runfiles.take(batch.file)
    state.stage(rows, shingles)
    del rows, shingles
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
            _free_id(state, run, make_id(d.source, path, rec) + "-dup", replaced),
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
    Path(batch.file).unlink(missing_ok=True)
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
