"""LSH band keys for an index that lives outside memory: the band shape datasketch's
``MinHashLSH`` would choose, each signature's band keys, and the pairs of documents that share
a key (``cleaners.dedup`` makes the keys, ``cleaners.pairs`` checks the pairs)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

_MIX = np.random.default_rng(20261123).integers(1, 2**63, size=(64, 64), dtype=np.uint64) | 1


@lru_cache(maxsize=8)
def lsh_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows per band: datasketch's own choice for this threshold (``MinHashLSH``
    with equal weights on false positives and false negatives), so candidates are the pairs
    MinHashLSH gives.

    Computed here rather than by building a ``MinHashLSH``: importing datasketch's LSH loads
    SciPy for its integrals, 1.3 s of every run. The areas it minimises are integrals of
    polynomials of degree b * r <= num_perm, which Gauss-Legendre quadrature with
    num_perm / 2 + 1 nodes gives exactly; the tests check the choice against datasketch's.

    >>> lsh_shape(0.3, 128)
    (37, 3)
    """
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)

    def area(lo: float, hi: float, b: int, r: int, inside: bool) -> float:
        s = (hi - lo) / 2 * nodes + (hi + lo) / 2
        hit = 1 - (1 - s ** float(r)) ** float(b)  # a pair at Jaccard s shares a band
        return float((hi - lo) / 2 * weights @ (hit if inside else 1 - hit))

    best, shape = float("inf"), (0, 0)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            error = 0.5 * area(0.0, threshold, b, r, True)
            error += 0.5 * area(threshold, 1.0, b, r, False)
            if error < best:
                best, shape = error, (b, r)
    if shape[0] < 2:
        raise ValueError("The number of bands are too small (b < 2)")
    return shape


_BAND_CHUNK = 8192


def band_keys(signatures: np.ndarray, bands: int, rows: int, salt: int = 0) -> np.ndarray:
    """One 63-bit key per (document, band): equal keys <=> equal band of the signature.

    ``signatures`` is (n, num_perm) uint32; the result is (n, bands) int64. The key mixes the
    band's values with odd multipliers and the band number, then a splitmix64 finaliser; a
    collision only adds a candidate, which the exact check then turns down.
    """
    signatures = np.atleast_2d(signatures)
    n = signatures.shape[0]
    out = np.empty((n, bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, n, _BAND_CHUNK):  # bounded temporaries: 8,192 signatures at once
            sig = signatures[start : start + _BAND_CHUNK].astype(np.uint64)
            for b in range(bands):
                part = sig[:, b * rows : (b + 1) * rows]
                h = (part * _MIX[(b + salt) % 64, :rows]).sum(axis=1, dtype=np.uint64)
                h += np.uint64(b + 1 + salt * 1009)
                h ^= h >> np.uint64(30)
                h *= np.uint64(0xBF58476D1CE4E5B9)
                h ^= h >> np.uint64(27)
                h *= np.uint64(0x94D049BB133111EB)
                h ^= h >> np.uint64(31)
                out[start : start + _BAND_CHUNK, b] = h
    out >>= np.uint64(1)
    return out.view(np.int64)


def key_pairs(keys: np.ndarray, slices: int = 16) -> np.ndarray:
    """Row pairs (i < j) that share at least one band key, from an (n, bands) key matrix, as a
    sorted (m, 2) array built in numpy: a key shared by many documents (a common opening)
    gives many pairs, which a Python loop would make slowly.

    The sorted keys are taken in ``slices`` runs (a group of equal keys is never split), each
    run's pairs made and made unique before the next: the pairs of all the keys at once were
    ten times the distinct ones (copies share most of their bands), 250 MiB at 100,000
    documents against 79 MiB now (tracemalloc), 3.1 -> 2.4 s.

    >>> key_pairs(np.array([[1, 2], [3, 2], [1, 9], [7, 8]])).tolist()
    [[0, 1], [0, 2]]
    """
    n = keys.shape[0] if keys.ndim == 2 else 0
    if keys.size == 0 or n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    width = keys.shape[1]
    flat = keys.ravel()
    index = np.int32 if n < 2**31 else np.int64  # row numbers: half the memory
    order = np.argsort(flat, kind="stable")
    step = -(-order.size // max(1, slices))
    found: list[np.ndarray] = []
    lo = 0
    while lo < order.size:
        hi = min(order.size, lo + step)
        last = flat[order[hi - 1]]
        while hi < order.size and flat[order[hi]] == last:  # the last group stays whole
            hi += 1
        found.append(_pair_codes(flat[order[lo:hi]], (order[lo:hi] // width).astype(index), n))
        lo = hi
    del order
    code = np.unique(np.concatenate(found))
    return np.stack([code // n, code % n], axis=1)


def _pair_codes(flat: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    """The distinct pairs of rows with equal keys, as codes ``i * n + j`` (i < j), from sorted
    keys and the row each came from."""
    starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]])
    sizes = np.diff(np.r_[starts, rows.size])
    parts: list[np.ndarray] = []
    two = starts[sizes == 2]  # most shared keys join two documents
    parts.append(_codes(rows[two], rows[two + 1], n))
    big = sizes > 2
    for k in np.unique(sizes[big]).tolist():  # every group of k members at once
        first = starts[big & (sizes == k)]
        members = rows[first[:, None] + np.arange(k)]  # (groups, k)
        i, j = np.triu_indices(k, 1)
        parts.append(_codes(members[:, i].ravel(), members[:, j].ravel(), n))
    code = np.concatenate(parts)
    return np.unique(code[code // n != code % n])


def _codes(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    a, b = a.astype(np.int64), b.astype(np.int64)
    code: np.ndarray = np.minimum(a, b) * n + np.maximum(a, b)
    return code
