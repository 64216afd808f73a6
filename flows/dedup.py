"""Deduplication against the state: this run's articles are clustered among themselves and
against every article the state holds.

LSH band keys give candidates (among this run's articles here, against the state's in
``flows.candidates``), the exact shingle check decides, with a second look at pairs just below
both bars (``cleaners.typos``). Clusters that gain or lose members elect their canonical again
(most complete copy first); the cluster id never changes. The result (``DedupPlan``) is what
the commit applies.

No Prefect here: the flow wraps these functions in tasks.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from cleaners.clusters import UnionFind, canonical_order, cluster_id
from cleaners.config import DedupConfig, PipelineConfig
from cleaners.dedup import DedupKey, all_band_keys, lead_of, normalize_for_dedup, shingle_hashes
from cleaners.lsh import key_pairs
from cleaners.pairs import passes, similarity, worth_checking, worth_checking_mask
from cleaners.typos import FLOOR, LONGEST, Words, fixable, similarity_respelt, words_of
from flows.candidates import Old, against_state, chunks, old_rows
from flows.plan import InputPlan
from flows.staging import RunDocs
from flows.state import State, unpack_document

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
        self.keys: OrderedDict[str, DedupKey] = OrderedDict()  # full keys, made once

    def prefetch(self, ids: list[str]) -> None:
        """Read the sets of these articles that are not cached, 500 to a query."""
        missing = [i for i in ids if i not in self.cache]
        for chunk in chunks(missing):
            where = {self.where[i]: i for i in chunk}
            for skey, blob in self.state.staged_shingles_of(list(where)):
                self.cache[where[skey]] = np.frombuffer(blob, dtype=np.uint32)
        while len(self.cache) > self.LIMIT:
            self.cache.popitem(last=False)

    def full(self, key: DedupKey) -> DedupKey:
        """``key`` with its shingle set (the key made with it is kept: a key meets many pairs,
        and making it again cost more than the pair's check)."""
        if len(key.shingles):
            return key
        made = self.keys.get(key.id)
        if made is not None:
            return made
        skey = self.where[key.id]
        got = _cached(self.cache, key.id, lambda: self.state.staged_shingles(skey), self.LIMIT)
        made = self.keys[key.id] = dataclasses.replace(key, shingles=got)
        if len(self.keys) > self.LIMIT:
            self.keys.popitem(last=False)
        return made


def _old_key(o: Old, shingles: _Shingles) -> DedupKey:
    nosig = np.zeros(0, np.uint32)
    got = shingles(o.id)
    return DedupKey(o.id, o.exact, got, nosig, o.word_count, o.published, o.repairs, None, len(got))


class _Check:
    """The exact check of a pair of keys (shingle sets held): which bar it passes, with its
    Jaccard and containment. A pair below both bars but within reach of the containment bar
    (``cleaners.typos.FLOOR``) is looked at again on the two bodies, one-letter typos
    forgiven ("typos"); the bodies are read from the run's staging area or the state, and the
    words of each are kept for the next pairs it meets (most second looks stop there)."""

    # distinct words kept over all the bodies (each about 160 bytes with its count and its
    # place by shape: 45 KiB for a body of 700 words; some 95 MiB in all); the least recently
    # used bodies go
    WORDS_KEPT = 600_000

    def __init__(self, state: State, cfg: DedupConfig) -> None:
        self.state, self.cfg = state, cfg
        self.words: OrderedDict[str, Words] = OrderedDict()
        self.kept = 0

    def _text(self, doc_id: str) -> str:
        found = dict(self.state.current_bodies([doc_id]))
        return unpack_document(found[doc_id]).text if doc_id in found else ""

    def _words(self, doc_id: str) -> Words:
        got = self.words.get(doc_id)
        if got is not None:
            self.words.move_to_end(doc_id)
            return got
        got = self.words[doc_id] = words_of(self._text(doc_id))
        self.kept += len(got.letters)
        while self.kept > self.WORDS_KEPT and len(self.words) > 1:
            self.kept -= len(self.words.popitem(last=False)[1].letters)
        return got

    def __call__(self, a: DedupKey, b: DedupKey) -> tuple[str | None, float, float]:
        if a.exact == b.exact:
            return "exact", 1.0, 1.0
        cfg = self.cfg
        j, c = similarity(a.shingles, b.shingles)
        smaller = min(len(a.shingles), len(b.shingles))
        check = passes(j, c, smaller, cfg)
        longer = max(len(a.shingles), len(b.shingles))
        if check is None and cfg.typos and c >= FLOOR and longer <= LONGEST:
            most = fixable(self._words(a.id), self._words(b.id))
            if most:
                again = similarity_respelt(self._text(a.id), self._text(b.id), cfg, most)
                if again is not None and passes(*again, smaller, cfg):
                    check = "typos"
        return check, j, c


def deduplicate(state: State, run: RunDocs, plan: InputPlan, cfg: PipelineConfig) -> DedupPlan:
    """Cluster this run's articles among themselves and against every article in the state."""
    dcfg = cfg.dedup
    dropping = set(plan.replaced) | set(plan.gone)
    removed: list[tuple[int, str, str | None, bytes | None, bytes | None]] = []
    for chunk in chunks(sorted(dropping)):
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
    check_pair = _Check(state, dcfg)
    for start in range(0, len(pairs), _PAIR_BLOCK):
        block = pairs[start : start + _PAIR_BLOCK]
        new_shingles.prefetch([new[i].id for i in np.unique(block).tolist()])
        for i, j in block.tolist():
            a, b = new[i], new[j]
            if (
                find("d:" + a.id) != find("d:" + b.id)
                and (masked or worth_checking(a.key, b.key, dcfg))
                and check_pair(full(a.key), full(b.key))[0]
            ):
                union("d:" + a.id, "d:" + b.id)

    # new against the state: same exact hash, or a shared band key
    shingles = _Shingles(state, cfg)
    for i, o in against_state(state, new, keys, removed_n, dcfg):
        d = new[i]
        if find("d:" + d.id) == find("c:" + o.cluster):
            continue
        if d.key.exact == o.exact or check_pair(full(d.key), _old_key(o, shingles))[0]:
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
        for chunk in chunks(sorted({c for _, olds in groups.values() for c in olds}))
        for cid, canon in state.rows(
            f"SELECT id, canonical FROM clusters WHERE id IN ({','.join('?' * len(chunk))})", chunk
        )
    }
    for new_ids, old_clusters in groups.values():
        olds: list[Old] = []
        for chunk in chunks(sorted(old_clusters)):
            olds += old_rows(state, f"cluster IN ({','.join('?' * len(chunk))})", chunk)
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

        def key_of(doc_id: str, old_map: dict[str, Old] = old_map) -> DedupKey:
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
            check, jac, con = check_pair(ck, key_of(member))
            check = check or "chain"
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
