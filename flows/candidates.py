"""Candidates against the state: which articles of earlier runs each new article must be
checked against. The state's LSH band keys and exact hashes are looked up for a block of new
articles at a time (an index lookup in SQLite), and the matches screened on their signatures
before ``flows.dedup`` checks them exactly; memory stays bounded by the block, not the state.

No Prefect here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from cleaners.config import DedupConfig
from cleaners.dedup import DedupKey
from cleaners.pairs import worth_checking, worth_checking_mask
from flows.staging import _NO_SHINGLES, NewDoc
from flows.state import State


@dataclass(frozen=True, slots=True)
class Old:
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


def old_rows(state: State, where: str, params: list[Any]) -> list[Old]:
    sql = (
        "SELECT id, n, cluster, exact, word_count, published, repairs, jaccard, containment,"
        f' "check", signature, lead, shingle_count, run_id FROM docs'
        f" WHERE status='article' AND {where}"
    )
    return [Old(*r) for r in state.rows(sql, params)]


def chunks(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


AGAINST_ROWS = 10_000  # new articles looked up against the state at once
OLD_BLOCK = 4_096  # state articles whose rows are read and screened at once
FETCH = 65_536  # (new row, state article) matches fetched from SQLite at once


def int_pairs(a: np.ndarray, b: np.ndarray, step: int = 50_000) -> Iterator[tuple[int, int]]:
    """Zip two integer arrays into Python tuples, ``step`` at a time: as whole Python lists,
    the 530,000 (band key, row) pairs of 10,000 articles were the flow's largest allocation
    in dedup and commit (42 MiB), against 4 MiB in numpy."""
    for start in range(0, len(a), step):
        yield from zip(
            a[start : start + step].tolist(), b[start : start + step].tolist(), strict=True
        )


def state_matches(db: sqlite3.Connection, count: int) -> np.ndarray:
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
        while got := cur.fetchmany(FETCH):
            block = np.array(got, dtype=np.int64)
            codes.append(np.unique(block[:, 1] * count + block[:, 0]))
    if not codes:
        return np.zeros((0, 2), dtype=np.int64)
    code = np.unique(np.concatenate(codes))
    return np.stack([code % count, code // count], axis=1)


def worth_checking_old(
    new: list[NewDoc], pairs: np.ndarray, olds: dict[int, Old], dcfg: DedupConfig
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


def against_state(
    state: State, new: list[NewDoc], keys: np.ndarray, removed_n: set[int], dcfg: DedupConfig
) -> list[tuple[int, Old]]:
    """The (new row, state article) pairs that share the exact hash or a band key and are
    worth the exact check, in (row, n) order. Looked up for 10,000 new articles at a time and
    screened 4,096 state articles at a time, so memory is bounded by the chunk: most pairs
    against a large state are chance band matches (of 5.0M pairs at 300k, 1 % were in one
    cluster), and only the survivors are kept."""
    db = state.db
    db.execute("CREATE TEMP TABLE IF NOT EXISTS q(key INTEGER, i INTEGER)")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS qe(exact TEXT, i INTEGER)")
    kept: list[tuple[int, Old]] = []
    # (a first run has no earlier articles to look up)
    if not new or not db.execute("SELECT 1 FROM docs WHERE status = 'article' LIMIT 1").fetchone():
        return kept
    gone = np.array(sorted(removed_n), dtype=np.int64)
    for lo in range(0, len(new), AGAINST_ROWS):
        hi = min(lo + AGAINST_ROWS, len(new))
        # in one transaction (of the temporary tables only): row by row, each insert was a
        # transaction of its own, 17 s for the 53 keys of each of 18,000 documents
        db.execute("BEGIN")
        try:
            db.execute("DELETE FROM q")
            db.execute("DELETE FROM qe")
            rows = np.repeat(np.arange(lo, hi, dtype=np.int64), keys.shape[1])
            db.executemany("INSERT INTO q VALUES (?, ?)", int_pairs(keys[lo:hi].ravel(), rows))
            db.executemany(
                "INSERT INTO qe VALUES (?, ?)", ((new[i].key.exact, i) for i in range(lo, hi))
            )
        finally:
            db.execute("COMMIT")
        pairs = state_matches(db, len(new))
        pairs = pairs[~np.isin(pairs[:, 1], gone)]
        ns = np.unique(pairs[:, 1])
        for start in range(0, len(ns), OLD_BLOCK):
            block = ns[start : start + OLD_BLOCK].tolist()
            olds = {
                o.n: o
                for chunk in chunks(block)
                for o in old_rows(state, f"n IN ({','.join('?' * len(chunk))})", chunk)
                if o.cluster
            }
            first = int(np.searchsorted(pairs[:, 1], block[0], side="left"))
            last = int(np.searchsorted(pairs[:, 1], block[-1], side="right"))
            these = pairs[first:last]
            these = these[np.isin(these[:, 1], np.array(sorted(olds), dtype=np.int64))]
            worth = worth_checking_old(new, these, olds, dcfg)
            kept.extend((i, olds[n]) for i, n in these[worth].tolist())
    kept.sort(key=lambda p: (p[0], p[1].n))
    return kept
