"""Near-duplicate clusters of a set of keys: exact copies, then LSH candidates checked exactly.

``find_clusters(keys, cfg)`` groups exact duplicates, finds candidate pairs by LSH band keys,
checks each (``cleaners.pairs``) and elects each cluster's canonical: the most complete body.
It never merges on the MinHash estimate alone. The flow clusters against its state with the
same parts (``flows.dedup``), and besides looks again at pairs just below both bars with
their typos forgiven (``cleaners.typos``), which needs the texts; this is the procedure on keys
held in memory, without that second look.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from cleaners.config import DedupConfig
from cleaners.dedup import DedupKey, all_band_keys, lead_of
from cleaners.lsh import key_pairs
from cleaners.pairs import similarity, verify, worth_checking, worth_checking_mask


@dataclass(frozen=True, slots=True)
class Member:
    """A duplicate in a cluster, with how it matched the canonical."""

    id: str
    jaccard: float
    containment: float
    check: str  # "exact", "jaccard", "containment", or "via <id>" for a chained match


@dataclass(frozen=True, slots=True)
class Cluster:
    id: str
    canonical: str
    duplicates: tuple[Member, ...]


def canonical_order(key: DedupKey) -> tuple[int, int, int, str, str]:
    """Most complete body first, then earliest published (unknown last), then id.

    Between equally complete bodies, the one that needed fewer encoding repairs wins: a copy
    whose mojibake had to be undone is less faithful than the text it was made from.
    """
    return (-key.word_count, key.repairs, 0 if key.published else 1, key.published or "", key.id)


class UnionFind:
    """Disjoint sets of string keys; a set's root is its smallest key.

    >>> uf = UnionFind()
    >>> uf.union("b", "c"); uf.union("c", "a")
    >>> uf.find("b"), uf.find("z")
    ('a', 'z')
    """

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster_id(member_ids: list[str]) -> str:
    """A stable cluster id: derived from the smallest member id."""
    return "c" + hashlib.sha256(min(member_ids).encode()).hexdigest()[:15]


def find_clusters(keys: list[DedupKey], cfg: DedupConfig) -> list[Cluster]:
    """Group the keys into clusters of near-duplicates; singletons are clusters too.

    It never merges on the MinHash estimate alone: every merge passes an exact check.
    """
    by_id = {k.id: k for k in keys}
    uf = UnionFind()
    find, union = uf.find, uf.union

    # exact duplicates first: one representative per normalised text goes to LSH
    reps: dict[str, str] = {}
    for k in sorted(keys, key=lambda k: k.id):
        if k.exact in reps:
            union(reps[k.exact], k.id)
        else:
            reps[k.exact] = k.id

    rep_ids = sorted(reps.values())
    if rep_ids:
        sigs = np.array([by_id[r].signature for r in rep_ids], dtype=np.uint32)
        leads = np.array([lead_of(by_id[r], cfg) for r in rep_ids], dtype=np.uint32)
        pairs = key_pairs(all_band_keys(sigs, leads, cfg))
        if all(by_id[r].lead is not None for r in rep_ids):
            exact = np.arange(len(rep_ids))  # representatives have distinct exact hashes
            sizes = np.array([by_id[r].size for r in rep_ids], dtype=np.int64)
            pairs = pairs[worth_checking_mask(pairs, sigs, leads, exact, sizes, cfg)]
        for x, y in pairs.tolist():
            a, b = rep_ids[x], rep_ids[y]
            ka, kb = by_id[a], by_id[b]
            if find(a) != find(b) and worth_checking(ka, kb, cfg) and verify(ka, kb, cfg):
                union(a, b)

    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(find(k.id), []).append(k.id)
    clusters: list[Cluster] = []
    for ids in groups.values():
        ordered = sorted((by_id[i] for i in ids), key=canonical_order)
        canon = ordered[0]
        members = []
        for dup in ordered[1:]:
            check = verify(canon, dup, cfg)
            j, c = similarity(canon.shingles, dup.shingles)
            if canon.exact == dup.exact:
                j, c = 1.0, 1.0
            members.append(Member(dup.id, round(j, 4), round(c, 4), check or "chain"))
        clusters.append(Cluster(cluster_id(ids), canon.id, tuple(members)))
    clusters.sort(key=lambda c: c.canonical)
    return clusters
