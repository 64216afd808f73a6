"""Near-duplicate pairs: whether a candidate pair is worth the exact check, and the check.

LSH band keys (``cleaners.dedup``) propose pairs at a low threshold, so heavily edited copies
are found; the signatures first screen out chance matches, then the exact shingle sets decide:
Jaccard >= ``jaccard``, or containment of the shorter in the longer >= ``containment``, so two
stories that merely share a quoted paragraph are never merged. (``cleaners.typos`` looks again
at pairs just below both bars.)
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from cleaners.config import DedupConfig
from cleaners.dedup import DedupKey


def similarity(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Exact (Jaccard, containment of the smaller set in the larger) of two hash sets.

    >>> similarity(np.array([1, 2, 3, 4]), np.array([1, 2]))
    (0.5, 1.0)
    """
    if len(a) == 0 or len(b) == 0:
        return 0.0, 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - inter
    return inter / union, inter / min(len(a), len(b))


# Two unrelated texts can share an LSH band through one stock phrase whose hash happens to be
# the minimum for that band's permutations, or through the vocabulary a site's stories share;
# their signatures then agree on few values. Such candidates are dropped before the exact
# check, which for an article of an earlier run means loading and shingling its body.
#
# How many values a pair that could pass the check must share follows from its set sizes: a
# pair passes only with Jaccard >= ``jaccard``, or with containment >= ``containment``, which
# for sets of s <= L shingles needs Jaccard >= c*s / (L + (1-c)*s) (0.67 for equal sizes,
# 0.04 for a copy cut to a twentieth). Each of the ``num_perm`` values agrees with probability
# equal to the Jaccard, so the agreement is binomial; a pair is checked unless so few agreeing
# values would happen less than once in ``1 / AGREEMENT_TAIL`` pairs at the smallest Jaccard
# that could pass (43 of 128 values for equal sizes). A copy cut short agrees on its opening
# (``MIN_LEAD_ESTIMATE`` of the opening's signature) even where the whole signature cannot
# tell, and every pair keeps the plain floor ``MIN_ESTIMATE`` besides. Keys of unknown size
# (states written before sizes were kept) get the floor only.
MIN_ESTIMATE = 0.05
MIN_LEAD_ESTIMATE = 0.3
AGREEMENT_TAIL = 1e-9
_GRID = 1000  # needed Jaccard rounded down to a thousandth: the floor only gets lower


@lru_cache(maxsize=8)
def agreement_floors(num_perm: int, tail: float = AGREEMENT_TAIL) -> np.ndarray:
    """For Jaccard k / 1000 (k = 0..1000): the fewest agreeing signature values a pair at
    that Jaccard shows with probability ``1 - tail`` (the ``tail`` quantile of the binomial
    agreement count), never below ``MIN_ESTIMATE`` of the signature.

    >>> floors = agreement_floors(128)
    >>> int(floors[600]), int(floors[300]), int(floors[0])
    (43, 11, 7)
    """
    base = next(m for m in range(num_perm + 1) if m / num_perm >= MIN_ESTIMATE)
    out = np.empty(_GRID + 1, dtype=np.int64)
    for k in range(_GRID + 1):
        p, total, m = k / _GRID, 0.0, 0
        while m < num_perm:
            total += math.comb(num_perm, m) * p**m * (1 - p) ** (num_perm - m)
            if total >= tail:
                break
            m += 1
        out[k] = max(base, m)
    return out


def needed_jaccard(small: np.ndarray, large: np.ndarray, cfg: DedupConfig) -> np.ndarray:
    """The smallest Jaccard at which sets of ``small`` <= ``large`` shingles can pass
    ``verify`` (sizes as arrays; the result is rounded down to the floors' grid)."""
    s, big = small.astype(np.float64), large.astype(np.float64)
    c = cfg.containment
    with np.errstate(divide="ignore", invalid="ignore"):
        by_containment = np.where(s > 0, c * s / (big + (1 - c) * s), 0.0)
    j = np.where(small < cfg.min_shingles, cfg.jaccard, np.minimum(cfg.jaccard, by_containment))
    grid: np.ndarray = np.floor(np.clip(j, 0.0, 1.0) * _GRID).astype(np.int64)
    return grid


def worth_checking(a: DedupKey, b: DedupKey, cfg: DedupConfig) -> bool:
    """Whether the signatures agree enough for a candidate pair to get the exact check.

    >>> sig = np.arange(128, dtype=np.uint32)
    >>> k = DedupKey("a", "x", sig, sig, 1, None, 0, sig, 200)
    >>> other = DedupKey("b", "y", sig, sig + 1, 1, None, 0, sig + 1, 200)
    >>> worth_checking(k, k, DedupConfig()), worth_checking(k, other, DedupConfig())
    (True, False)
    """
    if a.exact == b.exact:
        return True
    agree = int(np.count_nonzero(a.signature == b.signature))
    floors = agreement_floors(len(a.signature))
    if a.size and b.size:
        need = needed_jaccard(np.array([min(a.size, b.size)]), np.array([max(a.size, b.size)]), cfg)
        floor = int(floors[need[0]])
    else:
        floor = int(floors[0])
    if agree >= floor:
        return True
    if a.lead is None or b.lead is None:
        return True
    return float(np.mean(a.lead == b.lead)) >= MIN_LEAD_ESTIMATE


def verify(a: DedupKey, b: DedupKey, cfg: DedupConfig) -> str | None:
    """Return which exact check makes a and b duplicates, or None."""
    if a.exact == b.exact:
        return "exact"
    j, c = similarity(a.shingles, b.shingles)
    return passes(j, c, min(len(a.shingles), len(b.shingles)), cfg)


def passes(j: float, c: float, smaller: int, cfg: DedupConfig) -> str | None:
    """Which bar a pair with this Jaccard and containment passes (``smaller``: the shorter
    set's size; containment counts only from ``min_shingles``), or None."""
    if j >= cfg.jaccard:
        return "jaccard"
    if c >= cfg.containment and smaller >= cfg.min_shingles:
        return "containment"
    return None


def worth_checking_mask(
    pairs: np.ndarray,
    signatures: np.ndarray,
    leads: np.ndarray,
    exact: np.ndarray,
    sizes: np.ndarray,
    cfg: DedupConfig,
) -> np.ndarray:
    """``worth_checking`` for many pairs at once, for documents that all have an opening
    signature: True where the pair is worth the exact check. ``exact`` holds one integer per
    distinct exact hash, ``sizes`` each document's ``DedupKey.size``."""
    ok: np.ndarray = np.zeros(len(pairs), dtype=bool)
    floors = agreement_floors(signatures.shape[1] if signatures.ndim == 2 else cfg.num_perm)
    for s in range(0, len(pairs), 65536):  # bounded temporaries: 65,536 pairs of signatures
        a, b = pairs[s : s + 65536, 0], pairs[s : s + 65536, 1]
        sa, sb = sizes[a], sizes[b]
        known = (sa > 0) & (sb > 0)
        need = np.where(
            known, floors[needed_jaccard(np.minimum(sa, sb), np.maximum(sa, sb), cfg)], floors[0]
        )
        part = exact[a] == exact[b]
        part |= np.count_nonzero(signatures[a] == signatures[b], axis=1) >= need
        part |= (leads[a] == leads[b]).mean(axis=1) >= MIN_LEAD_ESTIMATE
        ok[s : s + 65536] = part
    return ok
