"""Near-duplicate detection: exact hashes, MinHash LSH candidates, exact verification.

Two stages, so the expensive part runs per document in parallel and only small values cross
into the single clustering step:

1. ``make_key(doc_id, text, ...)`` is per document and pure: the normalised text's hash, the
   set of hashed word shingles, their MinHash signature (datasketch) and a second small
   signature of the opening shingles, for copies cut short.
2. ``find_clusters(keys, cfg)`` groups exact duplicates, finds candidate pairs by LSH band
   keys (datasketch's band shape for the threshold; the same keys the state stores between
   runs; a low threshold, so heavily edited copies are found), then verifies each candidate on
   the exact shingle sets, so two stories that merely share a quoted paragraph are never merged.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import xxhash

from cleaners.arrays import unique
from cleaners.config import DedupConfig
from cleaners.encoding import TYPOGRAPHIC
from cleaners.lsh import band_keys, key_pairs, lsh_shape

_TOKEN = re.compile(r"[^\W_]+")  # runs of letters and digits

# UTF-8 text that was decoded as Windows-1252 loses the bytes cp1252 leaves undefined; ftfy
# can undo the mojibake but must put U+FFFD where such a byte was ("попул�рные"). Every
# character whose UTF-8 form holds one of those bytes (Cyrillic с, я, э, А, Н; about one Korean
# syllable in seven; almost nothing in Latin scripts) is dropped from the comparison copy of
# every text, together with U+FFFD, so a damaged copy still matches its clean original.
_LOST_BYTES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _lossy(ch: str) -> bool:
    """True when any case form of ch has a byte that cp1252 cannot carry."""
    forms = {ch, ch.lower(), ch.upper(), ch.casefold()}
    return any(_LOST_BYTES.intersection(f.encode("utf-8", "surrogatepass")) for f in forms)


# Applied after NFKC and case folding, and closed under case, so "Сьогодні" and "сьогодні"
# (С is safe, с is not) still normalise alike.
_LOSSY = {cp: None for cp in range(0x80, 0x10000) if not 0xD800 <= cp <= 0xDFFF and _lossy(chr(cp))}
_LOSSY[0xFFFD] = None
# the same set as one character class: removing with it is 4x faster than str.translate
_LOSSY_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_LOSSY)) + "]")


def normalize_for_dedup(text: str) -> list[str]:
    """Fold case, width, quotes and punctuation away; return the word tokens.

    Characters that lossy mojibake can destroy are left out of every text alike (see _LOSSY).

    >>> normalize_for_dedup("Russia’s “war” — RUSSIA's war!")
    ['russia', 's', 'war', 'russia', 's', 'war']
    >>> normalize_for_dedup("популярные") == normalize_for_dedup("попул\ufffdрные")
    True
    """
    if text.isascii():  # NFKC, case folding and the lossy set change nothing else here
        return text.translate(_ASCII_WORDS).split()
    plain = text
    for ch, by in _EARLY:
        if ch in plain:
            plain = plain.replace(ch, by)
    if plain.isascii():  # typographic punctuation was the only non-ASCII: no need to fold
        return plain.translate(_ASCII_WORDS).split()
    folded = unicodedata.normalize("NFKC", text).casefold()
    for ch, by in _PUNCTUATION:
        if ch in folded:
            folded = folded.replace(ch, by)
    if folded.isascii():  # typographic quotes and dashes were the only non-ASCII characters
        return folded.translate(_ASCII_WORDS).split()
    return _TOKEN.findall(_LOSSY_RE.sub("", folded))


# The fast path, 131 -> 55 us for a 4.5 KB article (a test checks it against the regex on any
# text): ``_TOKEN`` on ASCII text is a run of ASCII letters and digits, and str.translate has a
# fast path for an ASCII text and an ASCII table, as split has. News text is ASCII but for
# typographic punctuation (94 % of the articles of a generated corpus), so that is replaced
# first: by a space, where _TOKEN splits on it, or by nothing where the lossy set deletes it.
_ASCII_WORDS = str.maketrans({c: c.lower() if c.isalnum() else " " for c in map(chr, range(128))})
_PUNCTUATION = tuple(
    (ch, "" if ord(ch) in _LOSSY else " ")
    for ch in TYPOGRAPHIC + "\u201e\u00b7\u2022\u2032"  # and the low quote, dot, bullet, prime
)


def _early(ch: str, by: str) -> tuple[str, str]:
    """A punctuation mark's replacement before NFKC and case folding: ``by`` for a mark both
    leave alone (NFKC joins no mark of the set with a neighbour: none combines), else its
    NFKC form ("…" is "...", which the replacements after folding never see)."""
    kept = unicodedata.normalize("NFKC", ch)
    if kept == ch and ch.casefold() == ch and not unicodedata.combining(ch):
        return ch, by
    assert kept.isascii() and not unicodedata.combining(ch), ch
    return ch, kept


# A text that is ASCII once its typographic punctuation is replaced (most news text) is
# folded as ASCII: NFKC and casefold of a whole article cost more than the rest of the
# normalisation (about 4x on a generated article; a test compares the two on any text).
_EARLY = tuple(_early(ch, by) for ch, by in _PUNCTUATION)


def _ordered_shingles(tokens: list[str], size: int) -> np.ndarray:
    """xxh32 of every ``size``-word shingle, in text order (a short text is one shingle)."""
    return _shingles_of(" ".join(tokens).encode("utf-8"), size)


def _shingles_of(joined: bytes, size: int) -> np.ndarray:
    """``_ordered_shingles`` of the tokens joined by spaces and encoded (tokens hold no space):
    the text is encoded once, not each shingle (the exact hash reads the same bytes)."""
    if not joined:
        return np.zeros(0, dtype=np.uint32)
    words = joined.split(b" ")
    if len(words) < size:
        grams = [joined]
    else:  # the windows as a zip of shifted lists: no Python loop per shingle
        grams = list(map(b" ".join, zip(*(words[i:] for i in range(size)), strict=False)))
    return np.fromiter(map(xxhash.xxh32_intdigest, grams), dtype=np.uint32, count=len(grams))


def shingle_hashes(tokens: list[str], size: int) -> np.ndarray:
    """Hash every ``size``-word shingle with xxh32; return the sorted unique hashes.

    Texts shorter than one shingle hash as a single shingle of all their words.
    """
    return unique(_ordered_shingles(tokens, size))


# A copy cut after its first paragraphs ("Read more") shares only part of the full story's
# shingles (Jaccard 0.5 for a half), where banded MinHash starts to miss pairs (about 1 in
# 140 at 0.5, 1 in 4 at a third). Its opening is the full story's opening, though: a second,
# small signature of the first LEAD shingles, banded for high similarity, finds such copies.
# The exact check still decides, so a follow-up that reuses an opening is not merged.
LEAD = 40
LEAD_BANDS, LEAD_ROWS = 16, 4


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations (a, b) for these settings, drawn as
    ``MinHash(num_perm, seed)`` draws them (odd multipliers, any offsets), and its empty
    sketch. Not taken from datasketch itself: importing it costs worker processes 1.7 s (it
    loads SciPy); the tests check the values against it."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b, np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, the pre-mix datasketch's affine32 scheme applies."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    out: np.ndarray = hv ^ (hv >> np.uint32(16))
    return out


_ROWS = 4096  # shingles permuted at once: bounds the temporary matrix for very long texts


def _permuted(hashes: np.ndarray, cfg: DedupConfig) -> Iterator[np.ndarray]:
    a, b, _ = _permutations(cfg.num_perm, cfg.seed)
    mixed = _fmix32(hashes.astype(np.uint32))
    for i in range(0, len(mixed), _ROWS):
        yield mixed[i : i + _ROWS, None] * a + b  # uint32 arithmetic wraps, as in datasketch


def minhash_signature(hashes: np.ndarray, cfg: DedupConfig) -> np.ndarray:
    """MinHash signature of a set of 32-bit shingle hashes: datasketch's affine32 scheme
    (``MinHash.update_batch`` gives the same values), computed on the whole array at once."""
    signature: np.ndarray = _permutations(cfg.num_perm, cfg.seed)[2].copy()
    for block in _permuted(hashes, cfg):
        np.minimum(signature, block.min(axis=0), out=signature)
    return signature


def _signatures(
    shingles: np.ndarray, lead: np.ndarray, cfg: DedupConfig
) -> tuple[np.ndarray, np.ndarray]:
    """The signatures of ``shingles`` and of its subset ``lead`` (both sorted and unique),
    permuting each shingle once: one row per permutation (each signature value is then the
    minimum of a contiguous row), computed in place."""
    if len(shingles) > _ROWS:
        return minhash_signature(shingles, cfg), minhash_signature(lead, cfg)
    a, b, empty = _permutations(cfg.num_perm, cfg.seed)
    if not len(shingles):
        return empty.copy(), empty.copy()
    block = np.multiply.outer(a, _fmix32(shingles.astype(np.uint32)))
    block += b[:, None]  # uint32 arithmetic wraps, as in datasketch
    full = block.min(axis=1)
    head = block[:, np.searchsorted(shingles, lead)].min(axis=1) if len(lead) else empty.copy()
    return full, head


def _exact(tokens: list[str]) -> str:
    return hashlib.sha256(" ".join(tokens).encode("utf-8")).hexdigest()


def exact_hash(text: str) -> str:
    """The hash exact copies share: of the normalised body (``DedupKey.exact``)."""
    return _exact(normalize_for_dedup(text))


@dataclass(frozen=True, slots=True)
class DedupKey:
    """What clustering needs to know about one document (no text)."""

    id: str
    exact: str
    shingles: np.ndarray
    signature: np.ndarray
    word_count: int
    published: str | None
    repairs: int = 0
    lead: np.ndarray | None = None  # MinHash of the opening shingles (see LEAD)
    size: int = 0  # distinct shingles (``len(shingles)`` while the set is held); 0: unknown


def make_key(
    doc_id: str,
    text: str,
    word_count: int,
    published: str | None,
    cfg: DedupConfig,
    repairs: int = 0,
) -> DedupKey:
    """Build the dedup key of one cleaned body; ``repairs`` counts lines that needed fixing."""
    joined = " ".join(normalize_for_dedup(text)).encode("utf-8")
    exact = hashlib.sha256(joined).hexdigest()
    ordered = _shingles_of(joined, cfg.shingle)
    shingles = unique(ordered)
    signature, lead = _signatures(shingles, unique(ordered[:LEAD]), cfg)
    return DedupKey(
        doc_id, exact, shingles, signature, word_count, published, repairs, lead, len(shingles)
    )


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


# --- LSH band keys (``cleaners.lsh``) of a key and its opening -----------------------


def lead_of(key: DedupKey, cfg: DedupConfig) -> np.ndarray:
    """The opening's signature (a key built without one uses the whole signature)."""
    return key.lead if key.lead is not None else key.signature


def all_band_keys(signatures: np.ndarray, leads: np.ndarray, cfg: DedupConfig) -> np.ndarray:
    """Every LSH key of each document: the signature's bands, then the opening's bands."""
    bands, rows = lsh_shape(cfg.lsh_threshold, cfg.num_perm)
    main = band_keys(signatures, bands, rows)
    lead = band_keys(leads, min(LEAD_BANDS, cfg.num_perm // LEAD_ROWS), LEAD_ROWS, salt=1)
    return np.concatenate([main, lead], axis=1)


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
